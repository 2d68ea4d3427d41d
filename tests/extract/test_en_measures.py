"""English measures with verbs and kinds the rules missed, and standing grants in the present tense.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _kinds(text: str) -> list[str]:
    return [m.kind for m in extract(text, date="2025-03-01", language="en").measures]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Binhu district will host a quantum computing pilot base.", "platform"),
        ("Nansha will reserve 3,000 mu of industrial land for chip projects.", "land"),
        ("The zone will give newly settled design firms rent-free office space for two years.", "subsidy"),
        ("For each new national-level innovation center we give a one-off reward of 2 million yuan.", "subsidy"),
    ],
)
def test_measure_found(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_given_that_is_no_action() -> None:
    assert _kinds("Output will rise, especially given that the storage project opens by the end of this year.") == []


def test_past_grant_is_narration() -> None:
    assert _kinds("Last year we gave 300 firms rewards for new equipment.") == []
