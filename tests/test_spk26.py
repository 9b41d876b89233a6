"""Resolution rules of session 19 (spk26): whom a subject pronoun that speaks stands for. Sentences
of our own."""

from types import SimpleNamespace

from conftest import one

from recoupe.enrich.quotes.speakers import _within_marks


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


def test_a_person_named_as_the_main_subject_past_an_opening_phrase_takes_over(quotes_of):
    # "Invité de France Inter mardi, X a critiqué …": X is the sentence's subject, "il" stands for him,
    # not for the one quoted before
    qs, _ = quotes_of(
        "Le ministre du Budget, Henri Vasseur, a présenté lundi une réforme des retraites des fonctionnaires. "
        "« Elle est juste et nécessaire », a-t-il affirmé. Invité de France Inter mardi matin, Lucien Barre a "
        "vivement critiqué cette annonce. « On fait payer les plus modestes », a-t-il déclaré."
    )
    assert one(qs, "On fait payer les plus modestes").speaker_name == "Lucien Barre"


def test_a_name_inside_quoted_words_left_unread_does_not_take_over(quotes_of):
    # the name stands between quotation marks, in the speaker's own words: no new subject
    qs, _ = quotes_of(
        "Le chanteur Marc Olivier a rendu hommage à son ami disparu. « C'était un frère », a-t-il confié. "
        "\"Je n'ai rien à ajouter : comme je l'ai dit, Paul Lenoir n'a pas besoin de moi pour être aimé\", "
        "a-t-il poursuivi. « Je pense à sa famille », a-t-il conclu."
    )
    assert one(qs, "Je pense à sa famille").speaker_name == "Marc Olivier"


def test_within_marks_reads_straight_marks_as_opening_or_closing():
    text = 'TITRE "Je ne dirai rien : comme je l\'ai dit, Paul Lenoir est un ami", a-t-il dit.'
    art = SimpleNamespace(text=text, quoted=[])
    assert _within_marks(art, 0, text.index("Paul"))
    text = 'Il le tient. "Que le maire se rassure : Paul Lenoir est marié.'
    # the mark right after quoted words already read closes them
    art = SimpleNamespace(text=text, quoted=[(0, text.index('"') - 1)])
    assert not _within_marks(art, text.index('"'), text.index("Paul"))
    text = 'Selon lui, \u00abc\u2019est fini\u00bb. Paul Lenoir est parti.'
    art = SimpleNamespace(text=text, quoted=[])
    assert not _within_marks(art, 0, text.index("Paul"))
