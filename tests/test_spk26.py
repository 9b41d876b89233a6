"""Resolution rules of session 19 (spk26): whom a subject pronoun that speaks stands for. Sentences
of our own."""

from conftest import one


def test_a_name_introduced_by_a_title_takes_over_from_the_last_speaker(quotes_of):
    # "Le porte-parole de la préfecture, X, a assuré": a new subject, whom "il" stands for after
    qs, _ = quotes_of(
        "Le maire de Vienne, Marc Dufour, a réagi mardi à la fermeture de l'usine. « C'est un coup dur pour la "
        "ville », a-t-il regretté. Une heure plus tard, le porte-parole de la préfecture, Jean Morel, a tenté "
        "de rassurer les salariés : « Des solutions de reclassement seront proposées à chacun », a-t-il assuré."
    )
    assert one(qs, "Des solutions de reclassement").speaker_name == "Jean Morel"


def test_a_name_after_a_title_without_comma_takes_over_too(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Vienne, Marc Dufour, a réagi mardi à la fermeture de l'usine. « C'est un coup dur pour la "
        "ville », a-t-il regretté. De son côté, le président du conseil régional Paul Garnier a exprimé sa "
        "colère. « Nous avions pourtant versé des aides importantes », a-t-il dénoncé."
    )
    assert one(qs, "Nous avions pourtant versé").speaker_name == "Paul Garnier"


def test_a_name_in_a_complement_of_the_title_does_not_take_over(quotes_of):
    # the person named inside the object's complement is no new subject: "il" is still the mayor
    qs, _ = quotes_of(
        "Le maire de Vienne, Marc Dufour, a réagi mardi à la fermeture de l'usine. « C'est un coup dur pour la "
        "ville », a-t-il regretté. Il a aussi écrit au ministre de l'Industrie, Luc Perrin. « Nous attendons "
        "des réponses rapides », a-t-il ajouté."
    )
    assert one(qs, "Nous attendons des réponses").speaker_name == "Marc Dufour"
