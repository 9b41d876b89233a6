"""Story placement: a full article's words and names weighed, against each candidate story, by
their rarity among the *other* candidates (``recoupe.stories.placement._apart``). Signals and
stories written for these tests (made-up terms and entities), no article of any data set."""

import math
from datetime import datetime, timedelta

import pytest

from recoupe.models import Signal, StoryState
from recoupe.stories import shards
from recoupe.stories.placement import PlacementParams, _apart, _score_all, assign, unit

T = datetime(2020, 6, 20, 8)


class _NoMembers:
    """The story index's member read-back, for candidates with no member to compare."""

    def recent(self, stories, members):
        for s in stories:
            s.recent = []


def _story(sid: str, terms: dict[str, float], entities: dict[str, float]) -> StoryState:
    # as the index hands a candidate over: its weights on the article's keys, the norms of its whole centroid
    return StoryState(sid, T, T, 1, terms, 1.0, entities, 1.0)


def _day(others: int):
    """An article of one event of a subject: 20 words of the subject, 6 of its event, 34 of its
    own; the subject's person and the event's place. The first candidate is the event's story
    (the subject's words and the event's, the person and the place); ``others`` candidates are
    the subject's other stories of the day (its words and its person only)."""
    subject, event, own = ([f"zq{p}{k}" for k in range(n)] for p, n in (("subj", 20), ("event", 6), ("own", 34)))
    weights = unit(dict.fromkeys(subject + event + own, 1.0))
    signal = Signal("x", T, dict.fromkeys(weights, 1.0), {"per-zq-subject": 3.0, "loc-zq-rally": 1.0})
    stories = [_story("event", dict.fromkeys(subject + event, 0.12), {"per-zq-subject": 0.8, "loc-zq-rally": 0.6})]
    stories += [_story(f"other{i}", dict.fromkeys(subject, 0.12), {"per-zq-subject": 0.9}) for i in range(others)]
    return signal, weights, stories


def _scores(signal, weights, stories, own=None) -> dict[str, float]:
    return {s.id: score for score, s in _score_all(signal, weights, stories, _NoMembers(), PlacementParams(), own)}


def test_the_words_of_a_subject_weigh_less_against_each_of_its_stories():
    """The subject's words and person, which every candidate holds, weigh less against each of
    them: the subject's other stories of the day, which the article reached on those alone
    (above the join bar), fall below it, while the event's story, which also holds the event's
    words and place, stays above it and further ahead."""
    signal, weights, stories = _day(3)
    bar = PlacementParams().threshold
    flat, apart = _scores(signal, weights, stories), _scores(signal, weights, stories, _apart(weights, signal.entities, stories))
    assert flat["other0"] > bar > apart["other0"]
    assert apart["event"] > bar
    assert apart["event"] - apart["other0"] > flat["event"] - flat["other0"]


def test_the_candidate_compared_is_left_out_of_the_count():
    """Alone around the article, a candidate is compared with the article's own weights: what
    the article shares with it is not discounted for being held by it (nothing is known then of
    what the subject's stories share)."""
    signal, weights, stories = _day(0)
    own = _apart(weights, signal.entities, stories)
    assert _scores(signal, weights, stories, own) == pytest.approx(_scores(signal, weights, stories))


def test_apart_weights_are_unit_length_over_the_whole_article_and_written_for_shared_keys_only():
    """Each candidate's weights hold only the keys it shares with the article (only those enter a
    dot product), divided by the length of all the article's weights so weighed:
    ``1 + ln(k / (h + 1))`` for a key that ``h`` of the ``k - 1`` other candidates hold."""
    weights = {"a": 0.6, "b": 0.6, "c": 0.4, "d": math.sqrt(1 - 0.36 - 0.36 - 0.16)}
    ents = {"per-x": 2.0, "loc-y": 1.0}
    stories = [_story("s1", {"a": 1.0, "b": 1.0}, {"per-x": 1.0, "loc-y": 1.0}), _story("s2", {"a": 1.0}, {"per-x": 1.0}),
               _story("s3", {"a": 1.0, "c": 1.0}, {})]
    own = _apart(weights, ents, stories)
    for s in stories:
        for mine, values, keys in ((own[s.id][0], weights, s.terms), (own[s.id][1], ents, s.entities)):
            held = {t: sum(t in (o.terms if values is weights else o.entities) for o in stories if o is not s) for t in values}
            full = {t: w * (1 + math.log(3 / (held[t] + 1))) for t, w in values.items()}
            norm = math.sqrt(sum(v * v for v in full.values()))
            assert mine == pytest.approx({t: full[t] / norm for t in keys})
    assert _apart(weights, ents, []) == {}
    (terms, entities), = _apart(weights, ents, stories[:1]).values()  # one candidate: the article's own weights
    assert terms == pytest.approx({"a": 0.6, "b": 0.6})
    assert entities == pytest.approx({"per-x": 2 / math.sqrt(5), "loc-y": 1 / math.sqrt(5)})


def test_full_articles_only_and_the_store_and_memory_indexes_agree(db_url):
    """Placed through the store's index or the in-memory one of sharded placement, articles get
    the same stories; a headline (fewer than ``short_terms`` terms) is scored as before."""
    from recoupe.store import Store

    def terms(prefix: str, n: int) -> dict[str, float]:
        return {f"zq{prefix}{k}": 2.0 for k in range(n)}

    person = {"per-zq-subject": 3.0}
    signals = [Signal(f"b{i}", T + timedelta(minutes=10 * i), {**terms("subj", 16), **terms(f"b{i}", 44)}, {**person, f"loc-zq-b{i}": 1.0})
               for i in range(4)]
    signals += [Signal("x", T + timedelta(hours=1), {**terms("subj", 16), **terms("b3", 10), **terms("x", 34)}, {**person, "loc-zq-b3": 1.0})]
    with Store(db_url) as store:
        with store.writing() as writer:
            writer.clear_stories()
            placed = [assign(s, writer.stories, PlacementParams()) for s in signals]
    memory = shards.place_sequential(signals, lambda terms: {}, 0, params=PlacementParams())
    assert [p.story_id for p in placed] == [shards.final_story(memory.stories, step.story_id) for step in memory.steps]
    headline = [Signal("h0", T, terms("h", 6), person), Signal("h1", T + timedelta(minutes=5), terms("h", 4), person)]
    index_a, index_b = shards.MemoryStoryIndex({}, 0), shards.MemoryStoryIndex({}, 0)
    assert ([assign(s, index_a, PlacementParams()).score for s in headline]
            == [assign(s, index_b, PlacementParams(apart=False)).score for s in headline])
