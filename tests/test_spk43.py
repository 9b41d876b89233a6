"""Session 24, spk43: the cue and its subject (an inverted subject past a channel whose noun a
participle qualifies, « celui qui » after the channel, « …, selon X » closing a sentence that goes
on past the closing mark). Sentences written for recoupe."""

import pytest
from conftest import one

from recoupe.enrich.quotes import rule_quotes


def rules_speaker(enrich_body, body, quoted):
    """The speaker the rules give the quotation holding ``quoted`` (before the learned ranker)."""
    e, doc, fields = enrich_body(body)
    _, found, _ = rule_quotes(doc, fields, e.entities)
    return one(found, quoted).speaker_name


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a participle qualifying the channel's noun ("une allocution télévisée") is part of the channel
    ("Le ministre Paul Girard a réuni son cabinet dimanche. « Les noms que nous avons sont tous "
     "locaux », a déclaré dans une allocution télévisée le chef du gouvernement.",
     "noms que nous avons", "chef du gouvernement"),
    ("Le maire Paul Girard a visité le chantier lundi. « Les travaux reprendront dès la semaine prochaine », a "
     "annoncé dans un message enregistré la présidente de la région, Claire Martin.",
     "travaux reprendront", "Claire Martin"),
])
def test_a_participle_after_the_channels_noun_is_part_of_the_channel(enrich_body, body, quoted, speaker):
    assert rules_speaker(enrich_body, body, quoted) == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # « celui qui » / « celle qui » after the channel: the person the passage is about
    ("Le chanteur Marc Dubois a répondu aux critiques. Nicolas Martin, rescapé de l'attentat, ne partage pas cet "
     "avis. « Je pense qu'il faut prendre le temps de regarder », confie à RTL celui qui s'est caché sous le toit.",
     "prendre le temps", "Nicolas Martin"),
    ("Le chanteur Marc Dubois a répondu aux critiques. Claire Martin a fondé l'association en 2016. « Nous "
     "n'avons jamais reçu la moindre subvention », explique au Parisien celle qui préside aujourd'hui le bureau.",
     "moindre subvention", "Claire Martin"),
])
def test_celui_qui_after_the_channel_is_the_person_spoken_of(enrich_body, body, quoted, speaker):
    assert rules_speaker(enrich_body, body, quoted) == speaker


def test_a_time_phrase_after_the_channel_leaves_no_subject(quotes_of):
    # "à tous les journalistes": a phrase of the channel, not the subject of the incise
    qs, _ = quotes_of("Le ministre Paul Girard a visité la base lundi. « Nous tiendrons la ligne jusqu'au bout », "
                      "a-t-il répété à tous les journalistes présents.")
    assert one(qs, "tiendrons la ligne").speaker_name == "Paul Girard"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the sentence goes on past the closing mark, then ends on « , selon X »: X's words
    ("Le chef de la police régionale, Josep Ferran, a parlé lundi. Selon la police, les assaillants préparaient "
     "des bombes. L'attaque aurait été commise de « manière plus rudimentaire » sans être « de l'ampleur espérée » "
     "par ses auteurs, selon Josep Ferran.", "manière plus rudimentaire", "Josep Ferran"),
    ("Le ministre Paul Girard a visité l'usine mardi. « Tout est sous contrôle », a-t-il dit. La population éligible "
     "est estimée « entre neuf et douze millions » de personnes, d'après l'institut Ipsos.",
     "entre neuf et douze", "institut Ipsos"),
])
def test_selon_closing_the_sentence_gives_the_quoted_words_source(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_selon_inside_a_clause_with_its_own_verb_is_not_read_as_closing(quotes_of):
    # a verb between the closing mark and « selon »: the sentence's own cue decides, not « selon »
    qs, _ = quotes_of("Le ministre Paul Girard a visité l'usine mardi. « Nous ne fermerons pas ce site », a "
                      "déclaré Paul Girard, qui a rencontré les salariés, selon la direction.")
    assert one(qs, "fermerons pas").speaker_name == "Paul Girard"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a programme's title in marks right after the channel's preposition: the channel, then the subject
    ("Le chanteur Marc Dubois a répondu aux critiques. « Je ne regrette rien », a-t-il dit. « J'ai eu très peur ce "
     "soir-là », a confié dans « Quotidien » la chanteuse Lou Martin.", "très peur", "Lou Martin"),
    ("Le chanteur Marc Dubois a répondu aux critiques. « Je ne regrette rien », a-t-il dit. « Sur une zone pareille, "
     "c'est tout simplement énorme », a cependant alerté dans « L'Œil du 20 heures » de France 2, Emmanuelle Amar, "
     "épidémiologiste.", "zone pareille", "Emmanuelle Amar"),
])
def test_a_title_in_marks_after_the_channels_preposition_is_the_channel(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker
    assert not [q for q in qs if q.text in ("Quotidien", "L'Œil du 20 heures")]  # the title is no quotation



@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # two adjuncts between commas after the incise's verb, then the subject
    ("Le chanteur Marc Dubois a répondu aux critiques. « Je ne regrette rien », a-t-il dit. « Les portes étaient "
     "verrouillées », a confié au téléphone, depuis Bangkok, Paul Martin, au Parisien.", "portes étaient", "Paul Martin"),
    ("Le ministre Marc Dubois a visité l'usine. « Nous surveillons la situation », a-t-il dit. « Le risque zéro "
     "n'existe pas », a reconnu sur Europe 1, mercredi 2 octobre, la porte-parole du gouvernement, Claire Martin.",
     "risque zéro", "Claire Martin"),
])
def test_two_adjuncts_between_the_verb_and_its_inverted_subject(enrich_body, body, quoted, speaker):
    assert rules_speaker(enrich_body, body, quoted) == speaker
