"""Speaker rules of session 18 (spk22): words given to the one who said them, not to another person
or body the sentence names. Sentences of our own."""

import pytest
from conftest import one


def test_a_locution_opened_by_an_adverb_inside_the_incise(quotes_of):
    # "quant à lui": its first word is an adverb, the locution is passed over all the same
    qs, _ = quotes_of(
        "La maire de Lille, Agnès Morel, a salué la décision. « Pour moi, c'est une bonne nouvelle pour la ville », "
        "a quant à lui lancé le député Paul Renard."
    )
    assert one(qs, "une bonne nouvelle").speaker_name == "Paul Renard"


def test_par_exemple_between_the_auxiliary_and_the_participle(quotes_of):
    qs, _ = quotes_of(
        "Plusieurs élus ont réagi à l'annonce du maire Jean Vidal. « Le parti va choisir un homme qui ne lit "
        "jamais les dossiers », a par exemple écrit Marc Delorme, ancien conseiller du sénateur."
    )
    assert one(qs, "ne lit jamais").speaker_name == "Marc Delorme"


def test_the_subject_before_a_colon_does_not_take_an_incise_with_its_own_subject(quotes_of):
    qs, _ = quotes_of(
        "Déjà critiqué pour ses blagues, le show de Marc Delorme n'est décidément pas du goût de tout le monde : « Là, je ne peux pas "
        "applaudir », a déclaré Claire Vidal au magazine Télé Loisirs."
    )
    assert one(qs, "je ne peux pas").speaker_name == "Claire Vidal"


def test_an_outlet_that_relays_with_any_verb_gives_way_to_the_source_the_sentence_names(quotes_of):
    qs, _ = quotes_of(
        "Un cycliste a été renversé samedi sur la départementale. Selon la préfecture, « le conducteur roulait "
        "bien trop vite » alors que la chaussée « était parfaitement sèche », précise le quotidien régional."
    )
    assert one(qs, "roulait bien trop vite").speaker_name == "préfecture"


def test_words_reported_by_an_outlet_go_to_who_said_them(quotes_of):
    qs, _ = quotes_of(
        "Le ministre Paul Renard a quitté la réunion avant la fin. Il aurait confié à ses proches sa « grande "
        "lassitude », révèle Le Canard enchaîné."
    )
    assert one(qs, "grande lassitude").speaker_name == "Paul Renard"


def test_a_participle_with_its_own_subject_after_a_comma(quotes_of):
    qs, _ = quotes_of(
        "La nouvelle émission sera diffusée en août. Comme le souligne Radio Nord, le ton sera plus doux qu'au "
        "Royaume-Uni, France 2 promettant des « portraits touchants et parfois drôles de familles ordinaires »."
    )
    assert one(qs, "portraits touchants").speaker_name == "France 2"


def test_c_est_ainsi_que_takes_the_verb_right_after_que(quotes_of):
    qs, _ = quotes_of(
        "« C'était un grand musicien et un ami fidèle pendant trente ans ». C'est ainsi que Paul Renard, ancien "
        "batteur du groupe, a rendu hommage au chanteur Marc Delorme, dont la mort a été annoncée lundi."
    )
    assert one(qs, "un grand musicien").speaker_name == "Paul Renard"


def test_quoted_words_owned_by_the_person_after_de(quotes_of):
    qs, _ = quotes_of(
        "L'acteur Marc Delorme a quitté le plateau en colère. Il semblerait que le « je vous aime beaucoup » de "
        "Claire Vidal n'ait pas suffi à le calmer."
    )
    assert one(qs, "je vous aime beaucoup").speaker_name == "Claire Vidal"


def test_selon_lui_after_the_words_is_the_subject_of_the_sentence_s_reporting_verb(quotes_of):
    qs, _ = quotes_of(
        "« Les usines resteront ouvertes », a assuré le ministre Paul Renard. Le député Marc Delorme a ensuite "
        "regretté que sur la rénovation des écoles, le gouvernement ait « coupé les crédits sans prévenir », selon lui."
    )
    assert one(qs, "coupé les crédits").speaker_name == "Marc Delorme"


def test_a_participle_after_a_label_in_marks_takes_the_person_the_sentence_opens_with(quotes_of):
    qs, _ = quotes_of(
        "Au sein du parti, certains soutiennent le ministre. À l'instar du secrétaire général du parti, Paul "
        "Renard, pour qui il est l'un des « présidentiables » du Parti radical, ajoutant que « c'est sûrement lui "
        "qui a aujourd'hui le plus de chances »."
    )
    assert one(qs, "le plus de chances").speaker_name == "Paul Renard"


def test_a_reflexive_incise_between_two_quoted_pieces(quotes_of):
    qs, _ = quotes_of(
        "Le candidat a raillé son adversaire lors du meeting. « Il y a un type marrant, monsieur Durand. Je le "
        "trouve drôle », s'est moqué Paul Renard « Il cite un poème qu'il n'a pas lu ! »"
    )
    assert one(qs, "un type marrant").speaker_name == "Paul Renard"


def test_par_la_voix_de_names_who_speaks_for_the_body(quotes_of):
    qs, _ = quotes_of(
        "Le syndicat CGT, par la voix de son secrétaire général Paul Renard, a dénoncé un « mépris total » des salariés."
    )
    assert one(qs, "mépris total").speaker_name == "Paul Renard"


def test_selon_an_outlet_then_a_colon_gives_first_person_words_to_the_clause_s_subject(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Renard a perdu sa carte de transport. Selon un indiscret du journal Le Point, Paul Renard a "
        "cependant réglé son billet et poursuivi son voyage non sans se plaindre : « Moi, ancien ministre, j'ai été "
        "traité comme un fraudeur »."
    )
    assert one(qs, "traité comme un fraudeur").speaker_name == "Paul Renard"



@pytest.mark.parametrize(("body", "words", "speaker"), [
    # the same rules on short sentences of their kind (not only the long shapes above)
    ("« C'est une bonne nouvelle », a quant à lui lancé le député Paul Renard.", "bonne nouvelle", "Paul Renard"),
    ("« Le parti se trompe de cible », a par exemple écrit Marc Delorme.", "se trompe de cible", "Marc Delorme"),
    ("Selon la préfecture, « le conducteur roulait trop vite », précise le quotidien.", "roulait trop vite", "préfecture"),
    ("Paul Renard aurait confié sa « grande lassitude », révèle Le Canard enchaîné.", "grande lassitude", "Paul Renard"),
    ("Le ton sera plus doux, France 2 promettant des « portraits touchants ».", "portraits touchants", "France 2"),
    ("« C'était un ami fidèle ». C'est ainsi que Paul Renard a rendu hommage au chanteur Marc Delorme, mort lundi.",
     "un ami fidèle", "Paul Renard"),
    ("Le « je vous aime » de Claire Vidal n'a pas suffi.", "je vous aime", "Claire Vidal"),
    ("Le député Marc Delorme a regretté que le gouvernement ait « coupé les crédits », selon lui.", "coupé les crédits",
     "Marc Delorme"),
    ("« Je le trouve drôle », s'est moqué Paul Renard « Il cite un poème qu'il n'a pas lu ! »", "trouve drôle", "Paul Renard"),
    ("La CGT, par la voix de Paul Renard, a dénoncé un « mépris total ».", "mépris total", "Paul Renard"),
])
def test_short_forms(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_selon_an_outlet_then_a_colon_the_one_who_receives_words_does_not_say_them(quotes_of):
    # (short « Selon <outlet>, X a … : « Je … » » sentences are read as the outlet's reported speech, an
    # indirect quotation before the marks, which the rule above does not reach)
    qs, _ = quotes_of("Le ministre a hésité. Selon Le Point, Paul Renard a reçu un message des cadres : « Je ne voterai pas pour toi ».")
    assert one(qs, "voterai pas").speaker_name != "Paul Renard"
