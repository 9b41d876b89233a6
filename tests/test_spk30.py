"""Session 21 (spk30): descriptions standing for a person the article names. Sentences of our own."""

from conftest import one


def test_the_head_of_state_is_the_president_named_with_a_country(quotes_of):
    # « le chef de l'État » is the one the article made « président brésilien », not any « chef »
    qs, _ = quotes_of(
        "Le président brésilien Carlos Mendes a reçu jeudi la ministre chilienne Ana Rojas. Après l'entretien, le chef "
        "de l'État a promis « un accord avant la fin de l'année » sur les droits de douane."
    )
    assert one(qs, "un accord avant la fin").speaker_name == "Carlos Mendes"


def test_the_head_of_state_is_not_a_party_president(quotes_of):
    # « président de LR » is another office than the head of state's: the one the story is about
    qs, _ = quotes_of(
        "François Delmas a inauguré mardi le nouveau musée de Rouen. François Delmas y a croisé Paul Verdier, président "
        "de LR, venu en voisin. Le chef de l'État a salué « un lieu ouvert à tous » devant les élus."
    )
    assert one(qs, "un lieu ouvert").speaker_name == "François Delmas"


def test_the_head_of_government_is_the_prime_minister(quotes_of):
    qs, _ = quotes_of(
        "Le Premier ministre Jean Auclair a rencontré les syndicats lundi, en présence du ministre du Travail Luc Ferrant. "
        "Le chef du gouvernement a promis « une réponse rapide » aux revendications."
    )
    assert one(qs, "une réponse rapide").speaker_name == "Jean Auclair"


def test_the_head_of_diplomacy_is_not_the_economy_minister(quotes_of):
    # « le chef de la diplomatie »: not one the article makes « ministre de l'Économie »
    qs, _ = quotes_of(
        "La ministre de l'Économie, Claire Jourdan, a présenté son budget mercredi. « La situation au Sahel est très "
        "préoccupante », a déclaré pour sa part le chef de la diplomatie."
    )
    assert one(qs, "très préoccupante").speaker_name != "Claire Jourdan"


def test_she_is_not_one_of_the_students(quotes_of):
    # « l'un des étudiants » is a man: a later « a-t-elle écrit » is the woman named since
    qs, _ = quotes_of(
        "Des étudiants occupent le lycée depuis lundi. « Nous ne partirons pas », a déclaré l'un d'eux. La rectrice, "
        "Sophie Marchal, s'est exprimée sur les réseaux sociaux. « Le dialogue reste ouvert », a-t-elle écrit."
    )
    assert one(qs, "Le dialogue reste ouvert").speaker_name == "Sophie Marchal"


def test_the_head_of_government_is_the_one_just_quoted_not_the_one_named_last(quotes_of):
    # no one is given the office: « le chef du gouvernement » is the one just quoted by name, not the
    # one his reply speaks of
    qs, _ = quotes_of(
        "Le député Marc Lenoir a interpellé le gouvernement mardi. « Vous avez menti », a lancé Marc Lenoir. « Je n'ai "
        "rien caché », lui a répondu Paul Girard. Le chef du gouvernement a ajouté que Marc Lenoir avait voté la loi. "
        "« Vous l'avez votée vous-même », a répondu le chef du gouvernement."
    )
    assert one(qs, "votée vous-même").speaker_name == "Paul Girard"


def test_the_head_of_state_is_the_president_of_a_country_the_article_names(quotes_of):
    qs, _ = quotes_of(
        "Le président du Venezuela, Nicolás Maduro, a reçu mardi une délégation de l'opposition. Le chef de l'État a "
        "assuré vouloir « un dialogue sans conditions » avec elle."
    )
    assert one(qs, "un dialogue sans conditions").speaker_name == "Nicolás Maduro"


def test_a_former_office_is_the_one_just_quoted_not_the_one_holding_it_now(quotes_of):
    # « l'ancienne maire du quartier »: an office held before, which « conseillère municipale » does not
    # exclude; not the mayor named after, who holds it now
    qs, _ = quotes_of(
        "Un incendie a détruit une école dans la nuit, a indiqué Claire Morin, conseillère municipale. « Personne n'a "
        "été blessé », a déclaré Claire Morin. « Il faudra reconstruire vite », a ajouté l'ancienne maire du quartier. "
        "Anne Roux, maire de la ville, s'est rendue sur place dans la matinée."
    )
    assert one(qs, "reconstruire vite").speaker_name == "Claire Morin"
