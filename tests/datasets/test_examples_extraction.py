"""Score the extractor on the shipped example roadmaps against their hand-written gold records.

The floors sit a little below the scores measured when the examples were written
(priorities F1 0.955, targets F1 1.0, measures F1 0.77 on 2026-11-29), so that a
regression in the extractor shows up here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from indupath.datasets import example_documents, example_gold

FLOORS = {"priorities": 0.85, "targets": 0.8, "measures": 0.5}


# jieba 0.42 (imported by the extractor) has invalid escape sequences that Python 3.11 reports as a
# DeprecationWarning when it compiles the package; filterwarnings=error would turn that into a SyntaxError.
@pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")
@pytest.mark.slow
def test_extractor_scores_on_examples() -> None:
    extract_mod = pytest.importorskip("indupath.extract")
    evaluate = pytest.importorskip("indupath.extract.evaluate")
    golds, preds = {}, {}
    for name, text in example_documents():
        gold = example_gold(name)
        stem = name.removesuffix(".txt")
        golds[stem] = gold
        roadmap = extract_mod.extract(
            text, language=gold["language"], date=dt.date.fromisoformat(gold["date"])
        )
        pred = roadmap.to_json_dict()
        pred["document"] = name
        preds[stem] = pred
    summary = evaluate.score_documents(golds, preds).summary()
    for category, floor in FLOORS.items():
        assert summary[category]["f1"] >= floor, (category, summary[category])
    assert summary["priorities"]["gold"] == 34 and summary["targets"]["gold"] == 6
    assert summary["comparator_accuracy"] == 1.0
