"""Session 16, issue 12 (spk16): who speaks a quotation with no cue of its own, when it does not
simply go on with the last speaker; rules kept for their precision on unannotated articles;
sentences of our own."""

from conftest import one

_BEFORE = "Le maire Paul Renaud a défendu le projet mardi. « Nous irons jusqu'au bout », a-t-il déclaré. "


def test_a_person_named_as_the_subject_of_a_verb_of_attitude_takes_over(quotes_of):
    # "Y s'est agacé de ces critiques. « … »": Y, brought in by the sentence just before
    qs, _ = quotes_of(
        _BEFORE + "Interrogée par la radio locale, la conseillère Sophie Marchal s'est agacée de ces retards. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Sophie Marchal"


def test_a_subject_pronoun_keeps_the_last_speaker(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Il s'est agacé des retards pris par le chantier. « On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name == "Paul Renaud"


def test_a_person_named_as_an_object_keeps_the_last_speaker(quotes_of):
    # the newcomer must be the subject: "Il a critiqué Y" / "Y" as an object is not who speaks
    qs, _ = quotes_of(
        _BEFORE + "Le maire a aussi visé l'architecte Sophie Marchal, qui a dessiné les plans. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name != "Sophie Marchal"


def test_several_subjects_of_a_plural_verb_do_not_take_over(quotes_of):
    qs, _ = quotes_of(
        _BEFORE + "Depuis, Sophie Marchal et Jean Dufour ont dénoncé la méthode employée. "
        "« On nous promet des travaux depuis dix ans sans rien voir venir. »"
    )
    assert one(qs, "sans rien voir venir").speaker_name not in ("Sophie Marchal", "Jean Dufour")


def test_a_sentence_pointing_back_to_the_words_names_their_speaker(quotes_of):
    # « "…". C'est par ces mots que X a réagi »
    qs, _ = quotes_of(
        _BEFORE + "\n\n« Ce projet ne verra jamais le jour tant que je serai là. » C'est par ces mots que "
        "la députée Sophie Marchal a réagi mercredi à l'annonce du maire."
    )
    assert one(qs, "ne verra jamais le jour").speaker_name == "Sophie Marchal"
    qs, _ = quotes_of(
        _BEFORE + "\n\n« Ce projet ne verra jamais le jour tant que je serai là. » Voilà ce qu'a répondu "
        "la députée Sophie Marchal au maire."
    )
    assert one(qs, "ne verra jamais le jour").speaker_name == "Sophie Marchal"


def test_a_quotation_opening_a_paragraph_is_the_next_sentence_subjects(quotes_of):
    # « "…". Interrogée mardi, Y a jugé … »: the speaker named right after the quotation
    qs, _ = quotes_of(
        _BEFORE + "\n\n« C'est une erreur qui coûtera cher à la ville ». Interrogée mercredi sur la radio locale, "
        "Sophie Marchal a jugé le projet trop coûteux."
    )
    assert one(qs, "coûtera cher à la ville").speaker_name == "Sophie Marchal"


def test_a_fact_about_someone_after_a_paragraph_opening_quotation_is_not_its_speaker(quotes_of):
    # "Alors que Y a été …" and "Y est mort, a affirmé Z": facts, not who speaks
    qs, _ = quotes_of(
        _BEFORE + "\n\n« C'est une erreur qui coûtera cher à la ville ». Alors que Sophie Marchal a été "
        "nommée mardi, le conseil a annoncé une réunion."
    )
    assert one(qs, "coûtera cher à la ville").speaker_name != "Sophie Marchal"


def test_a_first_name_alone_as_the_subject_of_a_verb_of_attitude_takes_over(quotes_of):
    # "Au micro de la radio, Léa se souvient. « … »": a name the entity step may miss, not a description
    qs, _ = quotes_of(
        _BEFORE + "Au micro de la radio locale, Margaux se souvient. « Nous avions peur de sortir le soir dans ce quartier. »"
    )
    assert one(qs, "peur de sortir le soir").speaker_name == "Margaux"


def test_a_named_subject_inverted_at_the_end_of_a_relative_clause_takes_over(quotes_of):
    # "Un constat que ne partage pas Y. « … »": Y, brought in to answer
    qs, _ = quotes_of(_BEFORE + "Un constat que ne partage pas Sophie Marchal. « Ce projet arrive bien trop tard pour les habitants. »")
    assert one(qs, "bien trop tard").speaker_name == "Sophie Marchal"
    qs, _ = quotes_of(_BEFORE + "Des retards que déplore Sophie Marchal. « Ce projet arrive bien trop tard pour les habitants. »")
    assert one(qs, "bien trop tard").speaker_name == "Sophie Marchal"


def test_a_noun_that_is_no_words_does_not_point_back(quotes_of):
    # "C'est ce credo qu'ont suivi …": not "C'est ce qu'a dit X"
    qs, _ = quotes_of(
        _BEFORE + "\n\n« Nous nageons comme nous voulons. » C'est ce credo qu'ont voulu défendre sept nageuses "
        "dimanche au cours d'une action dans une piscine de la ville."
    )
    assert all("credo" not in (q.speaker_name or "") and "défendre" not in (q.speaker_name or "") for q in qs)


def test_review_what_does_not_bring_a_speaker_in_keeps_the_last_one(quotes_of):
    for between, words in (
        ("Le projet a été validé par la commission que préside Jean Dufour. ", "« Le chantier commencera dès la rentrée prochaine. »"),
        ("Personne n'a réagi au conseil municipal. ", "« Le chantier commencera dès la rentrée prochaine. »"),
        ("", "« C'est une chance pour tout le quartier. » Ainsi, le préfet Jean Dufour a annoncé mercredi la suspension du chantier."),
        ("", "« C'est une chance pour tout le quartier. » C'est ce message que la députée Sophie Marchal a dénoncé mercredi."),
    ):
        qs, _ = quotes_of(_BEFORE + between + words)
        q = [x for x in qs if "chantier commencera" in x.text or "chance pour tout" in x.text][0]
        assert q.speaker_name == "Paul Renaud", (between, words, q)
