"""Mends of session 15's speaker-attribution rules (mend2), on sentences of our own."""

from conftest import one

from recoupe.enrich.quotes.coref import first_name_gender
from recoupe.lang import fr_quotes as L
from recoupe.normalise import name_key


def test_the_person_a_description_belongs_to_does_not_speak(quotes_of):
    # "La fille de X « … »": the daughter's words, never X's
    for sentence in (
        "La maison a brûlé. La fille de Jean Dupont « ne veut plus entendre parler de cette affaire qui a détruit sa famille ».",
        "La maison a brûlé. Le voisin de Jean Dupont « a tout vu depuis sa fenêtre au premier étage ».",
        "La maison a brûlé. L'épouse de l'ancien maire Jean Dupont « ne souhaite pas s'exprimer pour le moment ».",
        "Dans un communiqué publié samedi, l'avocat de Jean Dupont « conteste fermement toutes les accusations portées ».",
        "Après avoir rencontré le préfet, la mère de Paul Roux « refuse toute idée de médiation avec la mairie ».",
    ):
        qs, _ = quotes_of(sentence)
        assert all(q.speaker_name not in ("Jean Dupont", "Paul Roux") for q in qs), sentence


def test_a_description_ending_with_a_place_or_a_body_then_a_name_still_gives_the_name(quotes_of):
    qs, _ = quotes_of(
        "« Nous perdons un immense artiste », a tweeté la ministre de la Culture Anne Roussel. "
        "Le député socialiste des Hautes-Alpes Marc Fabre a de son côté sur le réseau social cette « voix unique qui a bercé tant de générations »."
    )
    assert one(qs, "voix unique").speaker_name == "Marc Fabre"


def test_a_title_with_au_is_no_addressee(quotes_of):
    # "l'adjoint au maire de Lyon chargé des sports X": X holds the office; no letter is addressed to anyone
    qs, _ = quotes_of(
        "Le plan est lancé. « Nous voulons aider les familles les plus fragiles », "
        "a déclaré l'adjoint au maire de Lyon chargé des sports Paul Roux."
    )
    assert one(qs, "familles les plus fragiles").speaker_name == "Paul Roux"
    qs, _ = quotes_of(
        "La crèche ouvrira en mars. « Nous avons enfin trouvé les financements nécessaires », "
        "a expliqué l'adjointe au maire chargée de la petite enfance Marie Leclerc."
    )
    assert one(qs, "financements nécessaires").speaker_name == "Marie Leclerc"


def test_a_question_its_subject_puts_is_the_subjects(quotes_of):
    # "X a posé cette question : « … ? »": X asks; only "à la question « … »" puts words to the one who answers
    qs, _ = quotes_of(
        "Le maire Paul Roux a ouvert la séance. Une élue a posé cette question : « Pourquoi le budget des écoles baisse-t-il encore cette année ? »"
    )
    assert one(qs, "budget des écoles").speaker_name == "Une élue"
    qs, _ = quotes_of(
        "Le conseil a siégé lundi. Paul Roux s'est longtemps posé la question : « Pourquoi ai-je accepté ce poste alors que tout allait mal ? »"
    )
    assert one(qs, "accepté ce poste").speaker_name == "Paul Roux"


def test_comme_l_a_rappele_does_not_override_a_cue_before_the_quotation(quotes_of):
    qs, _ = quotes_of(
        "La piscine sera rénovée. Le maire Paul Roux a promis « une piscine entièrement neuve pour la rentrée prochaine », "
        "comme l'a rappelé son adjointe Marie Dupont."
    )
    assert one(qs, "piscine entièrement neuve").speaker_name == "Paul Roux"
    qs, _ = quotes_of(
        "Le festival revient. Il propose « une expérience unique pour toute la famille et les amis », comme l'indique son nom."
    )
    assert all(q.speaker_name != "indique" for q in qs)


def test_given_names_of_both_sexes_or_folding_into_the_other_are_in_neither_list():
    feminine = {name_key(w) for w in L.FEMININE_FIRST_NAMES}
    masculine = {name_key(w) for w in L.MASCULINE_FIRST_NAMES}
    assert not feminine & masculine
    for name in ("Aimée", "Josée", "Renée", "Andrée", "Danièle", "Danielle"):
        assert name_key(name) not in masculine, name
    for name in ("Nicola", "Robin", "Chris", "Sam", "Lou", "Alix", "Nour", "Vivien", "Céleste", "Yaël"):
        assert first_name_gender(f"{name} Martin") is None, name
    assert first_name_gender("Daniele Rossi") is None  # Daniele, a man's name in Italy, folds as Danielle


def test_a_locution_ending_and_starting_at_a_token():
    from recoupe.enrich.nlp import load
    from recoupe.enrich.quotes.grammar import locution_ending_at, locution_starting_at

    doc = load()("Il a d'emblée précisé de son côté sa position.")
    words = [t.text for t in doc]
    d = words.index("d'")
    assert locution_starting_at(doc, d, len(doc)) == d + 1
    assert locution_ending_at(doc, d + 1, 0) == d
    de = words.index("de")
    assert locution_starting_at(doc, de, len(doc)) == de + 2
    assert locution_starting_at(doc, de, de + 2) is None
