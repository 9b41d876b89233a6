"""Descriptions that name again someone or a body the article named (session 18, helper spk21):
titles coordinated under one determiner before a name are all that person's; the feminine "la
cheffe du gouvernement" names the Prime Minister as the masculine does; an organisation named
once and then called « le syndicat », « le groupe », « la compagnie » is that organisation, but
only one of the kind the noun may name (no newspaper for « le groupe », no company for « le
syndicat »). Sentences of our own."""

from conftest import one


def test_titles_coordinated_under_one_determiner_are_one_persons(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Valmont et président du conseil départemental Henri Lacaze a visité le chantier mardi. "
        "Il a salué le travail des ouvriers. Interrogé sur le retard des travaux, le maire de Valmont a "
        "rappelé les intempéries de l'hiver. « Nous avons perdu trois semaines à cause de la pluie », a-t-il dit."
    )
    assert one(qs, "perdu trois semaines").speaker_name == "Henri Lacaze"


def test_a_second_determiner_makes_two_people(quotes_of):
    # "le maire de Valmont et le président …": two people; the mayor is not the one named
    qs, _ = quotes_of(
        "Le maire de Valmont et le président du conseil départemental Henri Lacaze ont visité le chantier mardi. "
        "Ils ont salué le travail des ouvriers. « Nous avons perdu trois semaines à cause de la pluie », a rappelé "
        "le maire de Valmont."
    )
    assert one(qs, "perdu trois semaines").speaker_name != "Henri Lacaze"


def test_la_cheffe_du_gouvernement_is_the_prime_minister_named(quotes_of):
    qs, _ = quotes_of(
        "La Première ministre norvégienne Ingrid Solberg a annoncé mercredi un plan d'aide aux pêcheurs. "
        "Le pays traverse une crise sans précédent. « Personne ne sera laissé de côté », a assuré la cheffe "
        "du gouvernement lors d'une conférence de presse."
    )
    assert one(qs, "laissé de côté").speaker_name == "Ingrid Solberg"


def test_le_syndicat_names_again_the_union_named_before(quotes_of):
    qs, _ = quotes_of(
        "Un train régional a roulé trois kilomètres portes ouvertes près de Vierzon. Pour la CGT, cet incident "
        "montre le manque de personnel à bord. « Il n'y avait aucun contrôleur dans ce train », ajoute le syndicat."
    )
    assert one(qs, "aucun contrôleur").speaker_name == "CGT"


def test_le_groupe_names_a_body_named_right_before_after_a(quotes_of):
    qs, _ = quotes_of(
        "Les transports seront perturbés mardi en Île-de-France. Même prudence à la RATP. « Nous conseillons "
        "à nos voyageurs de limiter leurs déplacements », a prévenu le groupe lundi."
    )
    assert one(qs, "limiter leurs déplacements").speaker_name == "RATP"


def test_le_groupe_is_no_newspaper(quotes_of):
    qs, _ = quotes_of(
        "Des militants écologistes ont bloqué deux imprimeries dans la nuit. Les lecteurs du Daily Mail et du "
        "Courrier de l'Ouest n'ont pas reçu leur journal samedi. « C'est une attaque contre la presse libre », "
        "a dénoncé le groupe."
    )
    assert one(qs, "presse libre").speaker_name not in ("Daily Mail", "Courrier de l'Ouest")


def test_le_syndicat_is_no_company(quotes_of):
    qs, _ = quotes_of(
        "Le constructeur Valdor a annoncé la fermeture de son usine de Lorient. Les salariés ont appris la "
        "nouvelle lundi matin. « C'est un coup de massue pour toute la région », a réagi le syndicat."
    )
    assert one(qs, "coup de massue").speaker_name != "Valdor"


def test_a_partner_named_with_avec_is_not_le_groupe(quotes_of):
    qs, _ = quotes_of(
        "Le constructeur Valdor a publié ses résultats annuels jeudi. Il maintient son alliance avec Ferrand. "
        "« Nos ventes ont progressé de 8 % », a indiqué le groupe."
    )
    assert one(qs, "progressé de 8").speaker_name != "Ferrand"


def test_a_report_is_not_the_newspaper_just_quoted(quotes_of):
    qs, _ = quotes_of(
        "Les accidents de trottinette ont doublé en deux ans, selon un rapport publié mardi. « Les jeunes "
        "conducteurs sont les plus touchés », souligne Le Figaro. « Un accident sur trois a lieu la nuit », "
        "précise le rapport."
    )
    assert one(qs, "Un accident sur trois").speaker_name != "Le Figaro"


def test_the_communique_of_a_seat_of_power_is_that_ministry(quotes_of):
    qs, _ = quotes_of(
        "Le gouvernement a présenté mercredi sa réforme des cotisations. La mesure donnera « un gain net de "
        "pouvoir d'achat pour tous les salariés », explique le communiqué de Bercy."
    )
    assert one(qs, "gain net").speaker_name == "Bercy"


def test_l_internaute_is_not_the_minister_named_in_the_first_sentence(quotes_of):
    qs, _ = quotes_of(
        "Le plan de réouverture des écoles doit être présenté jeudi par le ministre de l'Éducation Paul Verdier. "
        "Dans un quartier de Lyon, des parents ont organisé un pique-nique devant une école fermée. Une vidéo "
        "postée samedi sur Twitter montre une dizaine de familles assises sur le trottoir. « Les enfants "
        "veulent revoir leurs copains », a commenté l'internaute."
    )
    assert one(qs, "revoir leurs copains").speaker_name != "Paul Verdier"


def test_la_presidence_is_the_palace_the_article_named(quotes_of):
    qs, _ = quotes_of(
        "L'Élysée a réagi mardi soir à la démission du ministre. « Le gouvernement poursuivra son action », "
        "a affirmé la présidence dans un communiqué."
    )
    assert one(qs, "poursuivra son action").speaker_name == "Élysée"


def test_la_presidence_stays_when_no_palace_is_named(quotes_of):
    qs, _ = quotes_of(
        "Le sommet européen s'est ouvert jeudi à Bruxelles. « Les discussions seront longues », a prévenu la "
        "présidence finlandaise de l'Union."
    )
    assert "Élysée" not in (one(qs, "discussions seront longues").speaker_name or "")


def test_an_office_names_again_the_main_subject_after_a_long_opening_phrase(quotes_of):
    # (a guard: the baseline finds him by another path too)
    qs, _ = quotes_of(
        "Dominique Marchand, député du Rhône, était attendu à Lyon. En visite sur le chantier pour inaugurer le "
        "nouveau tramway de la ville avec Anne Roux, Dominique Marchand a salué le travail des ouvriers. Le député "
        "du Rhône a ajouté que ce tramway était « une belle réussite pour toute la région »."
    )
    assert one(qs, "belle réussite").speaker_name == "Dominique Marchand"


def test_a_unions_local_branch_is_a_union(quotes_of):
    qs, _ = quotes_of(
        "La grève s'annonce très suivie jeudi, selon le SNES. À Paris, le SNUipp-FSU Paris prévoit 70 % de "
        "grévistes et 200 écoles fermées. Une mobilisation « historique », se félicite le syndicat."
    )
    assert one(qs, "historique").speaker_name == "SNUipp-FSU Paris"
