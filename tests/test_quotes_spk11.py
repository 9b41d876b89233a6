"""Speakers of direct quotations (session 15, issue 12): a news outlet named only as the channel of
someone's words, and the one quoted words address, are never offered as their speaker; on
sentences of our own."""

from recoupe.enrich.quotes import rule_quotes
from recoupe.enrich.quotes.ranker import _addressed, _after_channel_word, candidates
from recoupe.lang import fr_quotes as L


def _rules(enrich_body, body):
    e, doc, fields = enrich_body(body)
    return rule_quotes(doc, fields, e.entities)


def test_the_channel_words_are_lists_of_lower_case_words():
    assert "auprès" in L.CHANNEL_PREPOSITIONS and "micro" in L.CHANNEL_NOUNS
    assert "vous" in L.SECOND_PERSON_WORDS and "madame" in L.VOCATIVE_TITLES
    for words in (L.CHANNEL_PREPOSITIONS, L.CHANNEL_NOUNS, L.SECOND_PERSON_WORDS, L.VOCATIVE_TITLES):
        assert all(w == w.lower() for w in words)


def test_an_outlet_after_a_preposition_of_a_channel_is_a_channel(enrich_body):
    body = ("Le navigateur Paul Rivière est rentré à Brest après deux ans en mer. "
            "Il a confié au quotidien Le Télégramme qu'il repartirait vite. Le Monde rapporte aussi son récit.")
    art, _, _ = _rules(enrich_body, body)
    at = art.text.index("Le Télégramme")
    assert _after_channel_word(art, at)
    assert not _after_channel_word(art, art.text.index("Le Monde"))


def test_an_outlet_named_only_as_the_channel_is_not_a_candidate_of_a_speakerless_quotation(enrich_body):
    body = ("Les deux marins ont appris la pandémie à leur retour, au bout de trois mois en mer. "
            "« On était stupéfaits, incapables d'y croire », racontent-ils à la BBC.")
    art, found, before = _rules(enrich_body, body)
    n = next(n for n, q in enumerate(found) if "stupéfaits" in q.text)
    assert found[n].speaker_name is None  # "-ils": no one person, and the rules name no group
    assert any(m.type == "organisation" and "BBC" in art.text[m.start:m.end] for m in art.mentions)
    cands = candidates(art, found, before)[n] or []
    assert cands and all(c.name != "BBC" for c in cands), [c.name for c in cands]


def test_the_one_quoted_words_address_is_found(enrich_body):
    body = ("La ministre Claire Dubois a répondu à la sénatrice Anne Roux sur Twitter. "
            "« Vous êtes sénatrice, Mme Roux. Combien de textes avez-vous déposés ? Aucun. », a-t-elle écrit.")
    art, found, _ = _rules(enrich_body, body)
    q = next(q for q in found if "sénatrice, Mme" in q.text)
    offset = next(o for f, o, _ in art.fields if f == q.field)
    addressed = _addressed(art, offset + q.start, offset + q.end)
    assert any("roux" in k for k in addressed)
    assert not any("dubois" in k for k in addressed)



def test_a_rules_pick_named_only_as_the_channel_is_looked_for_again(enrich_body):
    from dataclasses import replace

    from recoupe.enrich.quotes.ranker import _relayed_by

    body = ("Le chanteur Marc Olivier a annoncé son retour sur scène. "
            "« Il y aura un dernier album avant la fin de l'année », a-t-il confié à France Inter.")
    art, found, before = _rules(enrich_body, body)
    n = next(n for n, q in enumerate(found) if "dernier album" in q.text)
    radio = next(m for m in art.mentions if art.text[m.start:m.end] == "France Inter")
    wrong = replace(found[n], speaker_ref=radio.ref, speaker_name="France Inter")
    assert _relayed_by(art, wrong, before[n])  # the radio the words were told to: not their speaker
    assert not _relayed_by(art, found[n], before[n])  # the singer, by the rules: stays
    # a description of the outlet as the subject of the cue: the outlet speaks in its own name
    body = ("Marc Olivier a annoncé à France Inter son retour sur scène. "
            "« Il sortira un dernier album avant la fin de l'année », précise la radio.")
    art, found, before = _rules(enrich_body, body)
    n = next(n for n, q in enumerate(found) if "dernier album" in q.text)
    radio = next(m for m in art.mentions if art.text[m.start:m.end] == "France Inter")
    assert not _relayed_by(art, replace(found[n], speaker_ref=radio.ref, speaker_name="France Inter"), before[n])


def test_a_speakers_description_leaves_out_the_channel():
    from recoupe.enrich.quotes.names import speaking_name

    assert speaking_name("la porte-parole Julie Morin sur France Inter") == "la porte-parole Julie Morin"
    # review of session 15: « à », « au » after a job name the employer, as « de » does
    assert speaking_name("le journaliste à Libération") == "le journaliste à Libération"
    assert speaking_name("l'éditorialiste au Figaro") == "l'éditorialiste au Figaro"
    assert speaking_name("le journaliste de France Inter") == "le journaliste de France Inter"  # no channel: his employer
    assert speaking_name("France Inter") == "France Inter"


def test_review_an_outlet_that_speaks_keeps_its_words(quotes_of):
    """Review of session 15: an outlet subject of a reporting verb is the « il » of the cue that
    follows, and an outlet's own site names the writer, not a channel."""
    from conftest import one

    qs, _ = quotes_of("Le Monde révèle mardi que le maire de Montval a démissionné. "
                      "« La situation financière de la commune est intenable », ajoute-t-il.")
    assert one(qs, "situation financière").speaker_name in ("Le Monde", "Monde")
    qs, _ = quotes_of("Le maire de Montval a démissionné mardi. "
                      "« La commune ne pouvait plus payer ses agents depuis des mois », peut-on lire sur le site du Monde.")
    assert one(qs, "payer ses agents").speaker_name in ("Le Monde", "Monde")
