"""Session 19 (spk23): a quotation standing alone after a sentence of the journalist's that brings in
a new person as its subject, when that sentence also holds quoted words or names others; sentences of
our own."""

from conftest import one

_BEFORE = "Le maire Paul Renaud a défendu le projet mardi. « Nous irons jusqu'au bout », a-t-il déclaré. "


def test_a_new_subject_takes_over_though_the_sentence_names_others(quotes_of):
    # "Lors de la réunion de Y, X avait … Z": X, the subject, among several people named
    qs, _ = quotes_of(
        _BEFORE + "Lors de la visite du préfet Jean Dufour, la conseillère Sophie Marchal avait aussitôt interpellé "
        "l'architecte Marc Lebrun sur le calendrier. « On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Sophie Marchal"


def test_a_new_subject_takes_over_though_the_sentence_holds_quoted_words(quotes_of):
    # "X a pointé une « … » du chantier. « … »": the sentence's own quoted words do not stop X taking over
    qs, _ = quotes_of(
        _BEFORE + "La conseillère Sophie Marchal a pointé de son côté une « dérive » du chantier. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Sophie Marchal"


def test_the_subject_of_a_subordinate_clause_does_not_take_over(quotes_of):
    # "Alors que X est …, le maire …": X is not who the sentence brings in to speak
    qs, _ = quotes_of(
        _BEFORE + "Alors que Sophie Marchal est la favorite du scrutin, Jean Dufour et le maire ont visité le chantier. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name != "Sophie Marchal"


def test_a_sentence_naming_the_last_speaker_keeps_him(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Lors de la visite du préfet Jean Dufour, Paul Renaud avait interpellé l'architecte Marc Lebrun. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Paul Renaud"


def test_a_pronoun_subject_keeps_the_last_speaker(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Lors de la visite du préfet Jean Dufour, il avait interpellé l'architecte Marc Lebrun. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Paul Renaud"


def test_the_closing_mark_of_the_last_quotation_does_not_hide_the_new_subject(quotes_of):
    # "… ? » La conseillère X a protesté contre … « … »": the mark glued to the sentence after it
    qs, _ = quotes_of(
        "Le maire Paul Renaud a défendu le projet mardi. « Qui peut croire que nous renoncerons ? »"
        "La conseillère Sophie Marchal avait protesté lundi contre le tracé retenu par la ville et par l'architecte Marc Lebrun. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Sophie Marchal"


def test_a_description_of_a_person_as_the_new_subject_takes_over(quotes_of):
    # "Le chef de file des écologistes a attaqué le maire. « … »": the one the description stands for
    qs, _ = quotes_of(
        _BEFORE + "Le chef de file des écologistes, Sophie Marchal, tient une réunion lundi. "
        "Mardi soir, le chef de file des écologistes a attaqué le projet devant ses partisans. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Sophie Marchal"


def test_an_indefinite_description_as_the_new_subject_takes_over(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Un conseiller municipal de l'opposition va plus loin sur le calendrier du chantier. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name != "Paul Renaud"


def test_a_description_of_the_last_speaker_keeps_him(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Le maire a ensuite présenté le calendrier des travaux aux habitants. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Paul Renaud"


def test_a_thing_as_the_subject_keeps_the_last_speaker(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "La réunion publique a duré plus de trois heures mardi soir. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Paul Renaud"


def test_a_name_in_apposition_to_the_subject_takes_embedded_words(quotes_of):
    # "L'une des responsables du collectif, X, a salué « … »": X, not the last speaker
    qs, _ = quotes_of(
        _BEFORE + "L'une des responsables de l'association, Sophie Marchal a rendu hommage à « un élu courageux et visionnaire »."
    )
    assert one(qs, "élu courageux").speaker_name == "Sophie Marchal"
    qs, _ = quotes_of(
        _BEFORE + "Un des porte-parole du collectif, Jean Dufour a rendu hommage à « un élu courageux et visionnaire »."
    )
    assert one(qs, "élu courageux").speaker_name == "Jean Dufour"


def test_a_name_as_an_object_does_not_take_embedded_words(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Le conseil a ensuite remercié la riveraine Sophie Marchal pour « une décision courageuse qui protège enfin le quartier »."
    )
    assert one(qs, "décision courageuse").speaker_name != "Sophie Marchal"
