"""The learned ranker of speaker candidates (enrich/quotes/ranker.py) and its trainer
(bench/train_speakers.py), on sentences of our own."""

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from recoupe.enrich.quotes import rule_quotes
from recoupe.enrich.quotes.ranker import (
    FEATURES,
    GENERAL_FEATURES,
    MODEL_PATH,
    candidates,
    rank_speakers,
)

ROOT = Path(__file__).resolve().parent.parent


def _rules(enrich_body, body):
    e, doc, fields = enrich_body(body)
    return rule_quotes(doc, fields, e.entities)


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
    spec = importlib.util.spec_from_file_location("train_speakers", ROOT / "bench" / "train_speakers.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    blind = tmp_path / "quotes-other.json"
    blind.write_text(json.dumps({"role": "blind: scored, never studied", "articles": []}), "utf-8")
    with pytest.raises(SystemExit):
        train.examples([blind], enricher=None)
    with pytest.raises(SystemExit):
        train.examples([tmp_path / "quotes-blind.json"], enricher=None)


def test_the_subject_of_the_verb_a_partial_quotation_hangs_on_is_a_candidate(enrich_body):
    art, found, before = _rules(enrich_body, "Le conseil municipal de Vierzon a voté mardi le budget. "
                                             "Les opposants du maire ont dénoncé le « clientélisme » de son équipe.")
    q = next(n for n, q in enumerate(found) if "clientélisme" in q.text)
    assert found[q].speaker_name is None  # the rules give it no one
    cands = candidates(art, found, before)[q] or []
    governs = [c.name for c in cands if c.x[FEATURES.index("governs")]]
    assert any(n and "opposants" in n for n in governs), [c.name for c in cands]


def test_a_speakerless_quotation_offers_the_protagonist(enrich_body):
    art, found, before = _rules(enrich_body, "Paul Mercadier a grandi à Vierzon. Paul Mercadier y a ouvert une boulangerie en 1990. "
                                             "Le quartier a changé depuis, mais Paul Mercadier est resté. "
                                             "Il a vu passer trois maires et deux usines ont fermé.\n\n"
                                             "« Je ne partirai jamais d'ici. »")
    q = next(n for n, q in enumerate(found) if "partirai" in q.text)
    if found[q].speaker_name is not None:
        pytest.skip("the rules found a speaker")
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
