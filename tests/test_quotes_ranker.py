"""The learned ranker of speaker candidates (enrich/quotes/ranker.py) and its trainer
(bench/train_speakers.py), on sentences of our own."""

import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from benchmods import bench
from conftest import rule_quotes_of as _rules

from recoupe.enrich.quotes.ranker import (
    FEATURES,
    GENERAL_FEATURES,
    MODEL_PATH,
    SPEAKERLESS_FEATURES,
    candidates,
    rank_speakers,
)


def test_the_shipped_coefficients_fit_the_features():
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert len(data["weights"]) == len(FEATURES)
    assert "blind" not in data["about"].split("never")[0]


def test_an_incise_offers_its_description_as_a_candidate(enrich_body):
    art, found, before = _rules(enrich_body, "Les élus de la majorité se disputent depuis juin. "
                                             "« Son autorité n'est plus reconnue par personne », lâche un troisième élu.")
    q = next(n for n, q in enumerate(found) if "autorité" in q.text)
    names = [c.name for c in candidates(art, found, before)[q] or []]
    assert any(n and "troisième" in n for n in names), names


def test_the_people_named_around_a_quotation_are_candidates(enrich_body):
    art, found, before = _rules(enrich_body, "Le maire de Vierzon, Paul Mercadier, a reçu mardi les parents d'élèves. "
                                             "« Aucune classe ne fermera cette année dans notre commune », a-t-il promis.")
    q = next(n for n, q in enumerate(found) if "classe" in q.text)
    cands = candidates(art, found, before)[q]
    assert cands is not None
    assert cands[0].name == found[q].speaker_name  # the rules' pick comes first
    assert "Paul Mercadier" in [c.name for c in cands]
    assert None in [c.name for c in cands]  # no one is a candidate too


def test_weights_decide_between_the_candidates(enrich_body):
    art, found, before = _rules(enrich_body, "Le maire de Vierzon, Paul Mercadier, a reçu mardi les parents d'élèves. "
                                             "« Aucune classe ne fermera cette année dans notre commune », a-t-il promis.")
    q = next(n for n, q in enumerate(found) if "classe" in q.text)
    trust_rules = np.zeros(len(FEATURES))
    trust_rules[FEATURES.index("rules")] = 5.0
    assert rank_speakers(art, found, before, trust_rules)[q].speaker_name == found[q].speaker_name
    no_one = np.zeros(len(FEATURES))
    no_one[FEATURES.index("none")] = 5.0
    assert rank_speakers(art, found, before, no_one)[q].speaker_name is None


def test_the_trainer_refuses_a_blind_file(tmp_path):
    train = bench("train_speakers")
    blind = tmp_path / "quotes-other.json"
    blind.write_text(json.dumps({"role": "blind: scored, never studied", "articles": []}), "utf-8")
    with pytest.raises(SystemExit):
        train.examples([blind], enricher=None)
    with pytest.raises(SystemExit):
        train.examples([tmp_path / "quotes-blind.json"], enricher=None)


def test_the_subject_of_the_verb_a_partial_quotation_hangs_on_is_a_candidate(enrich_body):
    art, found, before = _rules(enrich_body, "Le conseil municipal de Vierzon a voté mardi le budget. "
                                             "Les frondeurs du conseil ont dénoncé le « clientélisme » de son équipe.")
    # (« Les opposants du maire » is a plural role noun, which the rules now take as the speaker themselves)
    q = next(n for n, q in enumerate(found) if "clientélisme" in q.text)
    assert found[q].speaker_name is None  # the rules give it no one
    cands = candidates(art, found, before)[q] or []
    governs = [c.name for c in cands if c.x[FEATURES.index("governs")]]
    assert any(n and "frondeurs" in n for n in governs), [c.name for c in cands]


def test_a_speakerless_quotation_offers_the_protagonist(enrich_body):
    art, found, before = _rules(enrich_body, "Paul Mercadier a grandi à Vierzon. Paul Mercadier y a ouvert une boulangerie en 1990. "
                                             "Le quartier a changé depuis, mais Paul Mercadier est resté. "
                                             "Il a vu passer trois maires et deux usines ont fermé.\n\n"
                                             "« Je ne partirai jamais d'ici. »")
    q = next(n for n, q in enumerate(found) if "partirai" in q.text)
    assert found[q].speaker_name is None
    cands = candidates(art, found, before)[q] or []
    main = [c.name for c in cands if c.x[FEATURES.index("most_named")]]
    assert main == ["Paul Mercadier"], [c.name for c in cands]


def test_speakerless_coefficients_apply_only_where_the_rules_found_no_one(enrich_body):
    art, found, before = _rules(enrich_body, "Le maire de Vierzon, Paul Mercadier, a reçu mardi les parents d'élèves. "
                                             "« Aucune classe ne fermera cette année dans notre commune », a-t-il promis.")
    q = next(n for n, q in enumerate(found) if "classe" in q.text)
    assert found[q].speaker_name is not None
    trust_rules = np.zeros(len(FEATURES))
    trust_rules[FEATURES.index("rules")] = 5.0
    no_one = np.zeros(len(FEATURES))
    no_one[FEATURES.index("none")] = 5.0
    # the rules named someone: the general coefficients decide, not the speakerless ones
    assert rank_speakers(art, found, before, trust_rules, no_one)[q].speaker_name == found[q].speaker_name
    cleared = [replace(x, speaker_ref=None, speaker_name=None) if n == q else x for n, x in enumerate(found)]
    pick_someone = np.zeros(len(FEATURES))
    pick_someone[FEATURES.index("person")] = 5.0
    assert rank_speakers(art, cleared, before, no_one, pick_someone)[q].speaker_name == "Paul Mercadier"
    assert rank_speakers(art, cleared, before, no_one, no_one)[q].speaker_name is None


def test_the_shipped_file_has_speakerless_coefficients_that_use_only_known_features():
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert len(data["speakerless"]["weights"]) == len(FEATURES)
    general = dict(zip(FEATURES, data["weights"], strict=True))
    assert all(general[name] == 0 for name in FEATURES if name not in GENERAL_FEATURES)


def _features(enrich_body, body, opening):
    art, found, before = _rules(enrich_body, body)
    q = next(n for n, q in enumerate(found) if q.text.startswith(opening))
    cands = candidates(art, found, before)[q] or []
    return {c.name: {name for name, v in zip(FEATURES, c.x, strict=True) if v} for c in cands}, found[q]


def test_the_one_named_in_the_incise_after_the_quotation_is_marked(enrich_body):
    feats, _ = _features(enrich_body, "Le ministre Paul Mercadier a présenté mardi son budget aux députés. "
                                      "« Ce budget ne tient pas debout », estime Claire Vasseur, économiste à Lyon.",
                         "Ce budget")
    assert "incise" in feats.get("Claire Vasseur", set()), feats
    assert "incise" not in feats.get("Paul Mercadier", set()), feats


def test_a_quotation_that_opens_its_paragraph_is_marked_on_the_rules_pick(enrich_body):
    feats, q = _features(enrich_body, "Paul Mercadier a reçu mardi les parents d'élèves de Vierzon. "
                                      "« Aucune classe ne fermera », a-t-il promis.\n\n"
                                      "« Nous trouverons les moyens de garder chaque école ouverte. »",
                         "Nous trouverons")
    assert q.speaker_name is not None
    assert "rules_opens_paragraph" in feats[q.speaker_name], feats


def test_a_nearest_speaker_is_the_closest_subject_of_a_reporting_verb(enrich_body):
    feats, _ = _features(enrich_body, "Paul Mercadier a déclaré lundi qu'il partirait. Claire Vasseur a affirmé mardi le contraire. "
                                      "« Il ne partira pas », a-t-elle ajouté.",
                         "Il ne partira")
    near = [name for name, f in feats.items() if "nearest_speaker" in f]
    assert near == ["Claire Vasseur"], feats


def test_an_infinite_margin_keeps_the_rules_pick(enrich_body):
    art, found, before = _rules(enrich_body, "Le maire de Vierzon, Paul Mercadier, a reçu mardi les parents d'élèves. "
                                             "« Aucune classe ne fermera cette année dans notre commune », a-t-il promis.")
    q = next(n for n, q in enumerate(found) if "classe" in q.text)
    no_one = np.zeros(len(FEATURES))
    no_one[FEATURES.index("none")] = 5.0
    assert rank_speakers(art, found, before, no_one, margin=4.0)[q].speaker_name is None
    assert rank_speakers(art, found, before, no_one, margin=float("inf"))[q].speaker_name == found[q].speaker_name


def test_the_trainer_holds_out_each_set_and_picks_the_rules_without_coefficients():
    train = bench("train_speakers")
    none = FEATURES.index("none")
    rules = FEATURES.index("rules")

    def example(key, right):  # the rules' pick, no one, another candidate; ``right``: which is right
        X = np.zeros((3, len(FEATURES)))
        X[0, rules] = 1.0
        X[1, none] = 1.0
        y = np.zeros(3)
        y[right] = 1.0
        return (key, X, y, "X")

    data = [example(f"a.json:{n}", 0) for n in range(6)] + [example(f"b.json:{n}", 0) for n in range(4)]
    assert train.right_picks(data, None, None) == 10
    out = train.heldout(data, [], {x[0]: train.set_of(x) for x in data}, 1.0, 1.0, (0.0, float("inf")))
    assert set(out) == {"a.json", "b.json"}
    assert out["a.json"][0.0] == 6 and out["b.json"][float("inf")] == 4
    w = train.fit(data, 1.0, train.GENERAL)
    assert w[rules] > 0 and all(w[FEATURES.index(n)] == 0 for n in FEATURES if n not in GENERAL_FEATURES)
    # the margin of a model file: null (how an infinite one is written) never lets the coefficients override
    assert train.shipped_margin({"margin": None}) == float("inf")
    assert train.shipped_margin({"margin": 0.5}) == 0.5 and train.shipped_margin({}) == 0.0


def test_with_no_margin_to_beat_only_speakerless_quotations_get_candidates(enrich_body):
    # an infinite margin never replaces the rules' pick: its candidates are not built, and the
    # speakerless quotation after it reads the same features (the previous speaker among them)
    art, found, before = _rules(enrich_body, "Le maire de Vierzon, Paul Mercadier, a reçu mardi les parents d'élèves. "
                                             "« Aucune classe ne fermera cette année », a-t-il promis.\n\n"
                                             "« Nous trouverons les moyens. »")
    q = next(n for n, q in enumerate(found) if "classe" in q.text)
    cleared = [replace(x, speaker_ref=None, speaker_name=None) if "moyens" in x.text else x for x in found]
    r = next(n for n, x in enumerate(cleared) if "moyens" in x.text)
    assert found[q].speaker_name is not None
    full = candidates(art, cleared, before)
    lean = candidates(art, cleared, before, speakerless_only=True)
    assert full[q] is not None and lean[q] is None
    assert [(c.name, list(c.x)) for c in lean[r] or []] == [(c.name, list(c.x)) for c in full[r] or []]
    assert any(c.x[FEATURES.index("previous_speaker")] for c in lean[r] or [])
    pick_previous = np.zeros(len(FEATURES))
    pick_previous[FEATURES.index("previous_speaker")] = 5.0
    ranked = rank_speakers(art, cleared, before, pick_previous, margin=float("inf"))
    assert ranked[q].speaker_name == found[q].speaker_name
    assert ranked[r].speaker_name == found[q].speaker_name


def _train():
    return bench("train_speakers")


def test_the_infinite_margin_is_among_those_scored():
    train = _train()
    assert math.inf in train.MARGINS
    assert float("inf") in train.MARGINS  # what --margin inf parses to


def test_a_null_margin_in_the_model_file_is_infinite():
    train = _train()
    assert train.shipped_margin({"margin": None}) == math.inf
    assert train.shipped_margin({"margin": 0.5}) == 0.5


ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT / "bench" / "data"


def _role(path: Path) -> str:
    return str(json.loads(path.read_text("utf-8")).get("role") or "")


def test_the_default_sets_are_every_dev_set_and_no_fresh_or_blind_one():
    train = _train()
    names = [p.name for p in train.DEV]
    assert names[:3] == ["quotes-dev.json", "quotes-dev-ext.json", "quotes-dev2.json"]
    assert "quotes-dev15.json" in names and "quotes-blind.json" not in names
    for path in DATA.glob("quotes-*.json"):
        role = _role(path)
        if path in train.DEV:
            assert not role.startswith(("fresh", "dev, fresh", "blind")), path.name
        elif path.name.startswith("quotes-dev"):
            assert role.startswith(("fresh", "dev, fresh")), f"{path.name} is a dev set left out of the training"
    numbers = [int(n) for n in (p.stem.removeprefix("quotes-dev") for p in train.DEV[2:])]
    assert numbers == sorted(numbers)  # in number order: dev2, dev3 ... dev10, not dev10 before dev2


@pytest.mark.parametrize("role", ["dev, fresh: annotated before the rules saw it", "fresh", "blind: never studied"])
def test_the_trainer_refuses_a_fresh_or_blind_file(tmp_path, role):
    train = _train()
    path = tmp_path / "quotes-devx.json"
    path.write_text(json.dumps({"role": role, "articles": []}), "utf-8")
    with pytest.raises(SystemExit, match="never trained on|not trained on"):
        train.examples([path], enricher=None)


def test_a_finite_margin_needs_a_clear_held_out_gain():
    train = _train()
    small = {(1.0, 0.5): (1005 + train.MIN_GAIN - 1, 990), (30.0, math.inf): (1005, 980), (1.0, math.inf): (1004, 999)}
    assert train.choose(small) == (30.0, math.inf)  # the best infinite margin, by leave-one-set-out first
    clear = {(1.0, 0.5): (1005 + train.MIN_GAIN, 990), (30.0, math.inf): (1005, 980)}
    assert train.choose(clear) == (1.0, 0.5)
    only_finite = {(1.0, 0.0): (900, 900), (3.0, 0.0): (901, 800)}
    assert train.choose(only_finite) == (3.0, 0.0)


def test_ties_go_to_the_stronger_l2_and_the_wider_margin():
    train = _train()
    assert train.choose({(1.0, math.inf): (10, 10), (30.0, math.inf): (10, 10)}) == (30.0, math.inf)


def test_the_shipped_coefficients_match_the_features():
    model = json.loads(MODEL_PATH.read_text("utf-8"))
    assert tuple(model["features"]) == FEATURES
    assert len(model["weights"]) == len(FEATURES)
    assert len(model["speakerless"]["weights"]) == len(FEATURES)
    for name in SPEAKERLESS_FEATURES:  # the general coefficients leave the speakerless-only features at 0
        assert model["weights"][FEATURES.index(name)] == 0.0
    assert set(GENERAL_FEATURES) | set(SPEAKERLESS_FEATURES) == set(FEATURES)
    assert "blind" not in model["about"].replace("never on a blind set", "")
    assert "dev16" not in json.dumps(model)  # the fresh set is never trained on
