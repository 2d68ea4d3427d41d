"""Scores on the hand-written labelled documents (tests/data/extract/own): dev and held-out halves."""

from __future__ import annotations

from pathlib import Path

import pytest

from indupath.extract.evaluate import evaluate_corpus

OWN = Path(__file__).resolve().parents[1] / "data" / "extract" / "own"


@pytest.mark.parametrize(("split", "floors"), [
    ("dev", {"priorities": 0.9, "targets": 0.9, "measures": 0.8}),
    ("heldout", {"priorities": 0.9, "targets": 0.85, "measures": 0.7}),
])
def test_own_documents_score(split: str, floors: dict[str, float]) -> None:
    res = evaluate_corpus(OWN / split / "gold", OWN / split / "texts").summary()
    for cat, floor in floors.items():
        assert res[cat]["f1"] >= floor, (split, cat, res[cat])
    assert res["tier_accuracy"] is not None and res["tier_accuracy"] >= 0.9
