"""Session 21, spk32: whom a pronoun in a cue, or a quotation standing alone, stands for.
Sentences written for recoupe."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # « chez X », « du côté de X »: the sentence places a stance with X, who speaks next
    ("La fermeture de l'usine a été annoncée lundi. « C'est un coup dur pour la vallée », a regretté le maire Paul Girard. "
     "Même colère chez Marc Dubois, délégué syndical du site. « Nous allons nous battre », a-t-il lancé.",
     "Nous allons nous battre", "Marc Dubois"),
    ("Le projet de loi divise la majorité. « Ce texte est équilibré », a défendu le député Jean Moreau. Le ton est tout "
     "autre du côté de la sénatrice Claire Lambert. « C'est une erreur historique », a-t-elle dénoncé.",
     "erreur historique", "Claire Lambert"),
    # a quotation standing alone after such a sentence
    ("Les commerçants du centre-ville sont inquiets. « On perd des clients chaque jour », a expliqué Paul Girard. "
     "Même inquiétude chez Marc Dubois, boulanger depuis vingt ans. « Je ne sais pas si je tiendrai l'hiver. »",
     "tiendrai l'hiver", "Marc Dubois"),
])
def test_a_stance_placed_with_someone_hands_them_the_floor(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the sentence goes on about the speaker with a pronoun: he still speaks
    ("« Le dossier avance bien », a assuré le maire Paul Girard. Il a dîné mardi chez Marc Dubois, son adjoint. "
     "« Nous sommes d'accord sur l'essentiel », a-t-il ajouté.", "essentiel", "Paul Girard"),
    # a woman named after « chez » is not what « il » stands for
    ("« Le dossier avance bien », a assuré le maire Paul Girard. Même optimisme chez Claire Lambert, son adjointe. "
     "« Nous sommes d'accord sur l'essentiel », a-t-il ajouté.", "essentiel", "Paul Girard"),
])
def test_the_speaker_goes_on_otherwise(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the name is the complement of a noun for a person: named to tell who the subject is
    ("Paul Girard a défendu la réforme des retraites devant les députés. Le débat reste vif, ce dont s'amuse l'ancien "
     "conseiller de Jacques Moreau. « Il faut savoir sourire », a-t-il commenté.", "savoir sourire", "Paul Girard"),
    ("Marc Dubois a quitté le parti jeudi. La décision a surpris l'entourage de ce proche de Louis Bernard. "
     "« Je n'avais plus ma place », a-t-il expliqué.", "plus ma place", "Marc Dubois"),
])
def test_a_name_telling_who_someone_is_is_not_the_pronouns_antecedent(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_a_body_quoted_goes_on_over_a_man_named_in_its_complement(quotes_of):
    # the union is quoted; the president is only named in a complement of the narrator's sentence
    qs, _ = quotes_of("Trois reporters ont été arrêtés jeudi à Caracas. « Nous n'avons plus de nouvelles d'eux depuis midi », "
                      "alors qu'ils couvraient un meeting de soutien au président Paul Girard, a dénoncé le principal "
                      "syndicat de journalistes du pays, le Syndicat national des travailleurs de la presse (SNTP). "
                      "« Le contact a été perdu », a-t-il ajouté.")
    assert one(qs, "contact a été perdu").speaker_name != "Paul Girard"


def test_the_first_role_of_a_phrase_tells_the_gender_of_the_name_closing_it(quotes_of):
    # "le premier adjoint de la maire de Lyon X": X is the deputy (a man), not the mayor
    qs, art = quotes_of("« Les écoles sont sûres », a assuré le premier adjoint de la maire de Lyon Paul Girard. "
                        "Selon l'élu, « aucun risque n'a été relevé ». « Nous avons tout vérifié », a-t-il ajouté.")
    assert one(qs, "tout vérifié").speaker_name == "Paul Girard"
    assert one(qs, "aucun risque").speaker_name == "Paul Girard"


def test_an_indefinite_description_opening_a_sentence_with_quoted_words_is_not_the_new_speaker(quotes_of):
    # « Une équipe de garants … « … », a-t-elle précisé »: the sentence's words have their speaker, who goes on
    qs, _ = quotes_of("Claire Lambert, l'ancienne ministre, présente le grand débat. « Chacun pourra débattre librement dans "
                      "sa commune », a-t-elle indiqué. Une équipe de 250 garants sera chargée de faire en sorte « que les "
                      "discussions restent neutres », a-t-elle précisé. « Maintenant, il faut avancer », insiste-t-elle.")
    assert one(qs, "restent neutres").speaker_name == "Claire Lambert"
    assert one(qs, "il faut avancer").speaker_name == "Claire Lambert"


def test_a_kinship_noun_right_before_a_name_tells_the_persons_gender(quotes_of):
    # "son mari Dominique X": a man, never what « elle » stands for
    qs, _ = quotes_of("La chanteuse prépare un nouvel album. Un hommage à son mari Dominique Girard, décédé en janvier. Sur "
                      "France Bleu, elle avait déjà évoqué ce morceau : « Je lui ai demandé de m'écrire une chanson », "
                      "avait-elle révélé.")
    assert one(qs, "écrire une chanson").speaker_name != "Dominique Girard"
