"""Quotations: who said what, through which channel.

Rule-based, over the tokens, parts of speech, entity mentions and dependency parse of an article.
The rules walk the words around a cue first, and the parse settles what the walk cannot: a
verb's subject when no noun phrase stands right before it, the head of a description the tagger
took for an adjective ("explique la scientifique"), who in a sentence speaks (the subject of its
reporting verb, inverted or not: the parser labels the inverted subject of an incise, "…, a
déclaré le ministre", an object, so position decides there), and whose clause holds quoted words
with no cue:

* direct quotations between « », “ ” or straight double quotes, merged when an incise splits one
  statement in two (« … », a-t-il ajouté, « … »), when only punctuation stands between pieces
  (« … »« … ») or when pieces of one sentence share one cue; names, titles, charges and scare
  quotes in quotation marks are not quotations;
* indirect speech: a reporting verb followed by "que" or an infinitive ("a déclaré que …",
  "a affirmé avoir …"), "selon X, …" / "…, selon X", "Pour X, …" and "…, a indiqué X."; reported
  content that holds a direct quotation is given by the quotation alone;
* the speaker: the subject before the reporting verb, the subject after it in an incise (also
  when the tagger misreads the incise's verb: "« … », note le Times", "a tweeté X"), the
  pronoun of "a-t-il ajouté" or a role ("le dirigeant ukrainien") resolved to a person or an
  organisation of the article, the main clause's subject for a participle ("…, estimant que"),
  the author of a document ("précise le communiqué"), the names in apposition to a role rather
  than the person it belongs to ("les avocats de X, Mes Y et Z": Y and Z), a group or a body for a
  plural pronoun ("soulignent-ils"), the speaker of the previous quotation for
  a quotation standing alone, the name after any verb in an incise ("« … », soupire X"), the
  speaker of earlier words for words mentioned ("la formule « … »"); the one quoted just before
  for a description in the incise of the next quotation or of a verb carrying the words on
  ("« … », a-t-il ajouté. « … », a commenté le président du Conseil", "poursuit la spécialiste")
  or for a demonstrative one ("cet élu divers droite"); the article's own
  description for unnamed people ("ses enfants", "des témoins"); no one for the outlet itself
  ("selon nos informations");
* sentences are read in order, direct and indirect quotations together, so that "il" or "le
  ministre" may stand for the speaker just quoted;
* the channel: "sur Truth Social", "dans un communiqué", "au New York Post", "à la presse"...

Offsets are into the field the quotation is in (``title``, ``lead`` or ``body``).

The stages, one module each, each using only those before it: :mod:`.marks` (quotation marks
and the spans they enclose), :mod:`.grammar` (reporting verbs, noun phrases, adjuncts),
:mod:`.context` (the article as the rules read it, and what they have found so far),
:mod:`.coref` (the article's people as pronouns and descriptions need them: the gender the
words around each name tell, how often each is named, the fullest name), :mod:`.speakers` (who a pronoun, a role or a noun phrase stands for), :mod:`.attribution`
(where a cue's speaker stands: subjects, "selon X", appositions; channels), :mod:`.incises`
(the cue and speaker around a direct quotation), :mod:`.direct` (direct quotations),
:mod:`.indirect` (reported speech), :mod:`.names` (once all are found, each speaker by the
most complete name the article gives, and only what can speak: no place, date, thing or animal)
and :mod:`.ranker` (last, each direct quotation's speaker chosen by a learned ranker among the
rules' pick, no one, the people and bodies named around it, the descriptions the parse makes
subjects of reporting verbs and the previous speaker; coefficients trained on dev data by
``bench/train_speakers.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from recoupe.enrich.quotes.context import Article, read_article
from recoupe.enrich.quotes.coref import given_name_genders, person_genders
from recoupe.enrich.quotes.direct import direct_quote, merge_incises
from recoupe.enrich.quotes.indirect import indirect_quotes
from recoupe.enrich.quotes.marks import quote_spans
from recoupe.enrich.quotes.names import complete_speakers
from recoupe.enrich.quotes.ranker import rank_speakers
from recoupe.enrich.quotes.speakers import resolve_roles, without_determiner
from recoupe.models import EntityRef, Field, Quote

__all__ = ["find_quotes", "quote_spans", "rule_quotes"]


def find_quotes(doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> tuple[Quote, ...]:
    """Direct and indirect quotations of an article, in text order: the rules' (``rule_quotes``),
    each direct quotation's speaker then chosen by the learned ranker (:mod:`.ranker`) among the
    rules' pick and the people and bodies the article names around it."""
    art, found, before = rule_quotes(doc, fields, refs)
    return tuple(rank_speakers(art, found, before))


def rule_quotes(doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> tuple[Article, list[Quote], list[Quote]]:
    """The article as the rules read it, its quotations with the rules' speakers in text order,
    and the same quotations with their speakers as the rules found them before roles and
    descriptions were resolved to names.

    Sentences are read in order, so that a pronoun or a role ("il", "le ministre") may stand for
    the speaker of the quotation just before, whatever its kind: the direct quotations opening
    in a sentence first, then the reported speech of the sentence around them.
    """
    art = read_article(doc, fields, refs)
    art.gender.update(person_genders(art))
    art.given_gender = given_name_genders(art)
    found: list[Quote] = []
    for field, offset, length in fields:
        text = art.text[offset : offset + length]
        groups = merge_incises(art, text, offset, quote_spans(text))
        in_field: list[Quote] = []
        for sent in art.sentences(offset, offset + length):
            while groups and offset + groups[0][0][0] - 1 < sent.end_char:
                q = direct_quote(art, field, offset, groups.pop(0))
                if q is not None:
                    in_field.append(q)
            in_field.extend(indirect_quotes(art, field, offset, length, sent, in_field))
        found.extend(in_field)
    before = [_bare(q) for q in found]
    found = [_bare(q) for q in complete_speakers(art, resolve_roles(art, found))]
    order = [f for f, _, _ in fields]
    pairs = sorted(zip(found, before, strict=True), key=lambda p: (order.index(p[0].field), p[0].start))
    return art, [p[0] for p in pairs], [p[1] for p in pairs]


def _bare(q: Quote) -> Quote:
    """A quotation whose speaker is a description, that description without its determiner."""
    return replace(q, speaker_name=without_determiner(q.speaker_name)) if q.speaker_ref is None and q.speaker_name else q
