"""Resolution rules of session 16 (issue 12, spk15): when a singular subject pronoun stands for an
organisation rather than for the person named near it. Kept for their precision on unannotated
OrangeSum articles, not for a dev example; sentences of our own."""

from conftest import one


def test_a_party_in_brackets_is_no_antecedent(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Garnier a été mis en cause mardi. Dans un témoignage diffusé par une radio, la plaignante "
        "accuse le député de l'Union populaire (UP) du Var. Il promet de « tout dire aux juges »."
    )
    assert one(qs, "tout dire aux juges").speaker_name == "Paul Garnier"


def test_an_agent_of_a_passive_is_no_antecedent(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Brest, Marc Lenoir, est visé par une plainte. Même si une plainte a été déposée contre lui par "
        "l'association Transparence Publique, le maire ne démissionnera pas. Dans un entretien, il a affirmé : "
        "« Je reste à mon poste jusqu'au bout. »"
    )
    assert one(qs, "Je reste à mon poste").speaker_name == "Marc Lenoir"


def test_a_company_heading_its_subject_phrase_is_the_antecedent(quotes_of):
    qs, _ = quotes_of(
        "Le directeur du dépôt, Jean Lemaire, affirme que le feu n'est pas parti de chez lui. La société Vermanol "
        "laisse pourtant penser le contraire. Elle a affirmé : « Les images de nos caméras montrent le départ du feu "
        "à l'extérieur. »"
    )
    assert one(qs, "Les images de nos caméras").speaker_name == "Vermanol"


def test_an_organisation_subject_is_the_antecedent(quotes_of):
    qs, _ = quotes_of(
        "L'Unicef publie mardi son rapport annuel sur la santé des enfants. Elle réclame « un plan d'urgence pour "
        "les hôpitaux pédiatriques »."
    )
    assert one(qs, "un plan d'urgence").speaker_name == "Unicef"


def test_a_person_brought_in_after_a_body_just_quoted_takes_the_pronoun(quotes_of):
    qs, _ = quotes_of(
        "« Les trois quarts des classes sont fermées », indique le Snes dans un communiqué. Le directeur du collège, "
        "Marc Moulin, dénonce un manque de moyens. « Personne ne nous a prévenus », regrette-t-il."
    )
    assert one(qs, "Personne ne nous a prévenus").speaker_name == "Marc Moulin"


def test_a_person_description_subject_of_a_relative_clause_is_the_antecedent(quotes_of):
    qs, _ = quotes_of(
        "Le chanteur Marc Aubry a publié mardi un message jugé maladroit. Son message a suscité de vives réactions "
        "sur le réseau social Twitter, auxquelles le chanteur a répondu dans la soirée. « Je ne voulais blesser "
        "personne », a-t-il ajouté."
    )
    assert one(qs, "Je ne voulais blesser").speaker_name == "Marc Aubry"


def test_a_pronoun_in_a_fronted_clause_announces_the_subject_after_it(quotes_of):
    qs, _ = quotes_of(
        "Le tribunal a donné huit jours au boulanger Paul Morel pour cesser le bruit, à la demande de son voisin "
        "Henri Blanc. Faute du temps dont il disposait, Paul Morel a choisi une solution simple. Les machines "
        "tournent désormais le jour. « Je n'avais pas le choix », assure-t-il."
    )
    assert one(qs, "Je n'avais pas le choix").speaker_name == "Paul Morel"
