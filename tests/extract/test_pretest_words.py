"""The word lists written by hand as exact pre-tests for patterns (a text holding none of the words cannot match, so
the pattern is not run) must hold a word of every match. A word list that falls behind its pattern (an alternative
added to the pattern and not to the list) silently skips texts the pattern would match: this is checked here on every
line of the labelled texts and on the text before each figure in them, where the target patterns are searched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indupath.extract import extractor as ex
from indupath.extract import industries as ind
from indupath.extract import targets as tg

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"

# (name, pattern, the words its pre-test looks for in the lowered text)
PAIRS = [
    ("company subject", tg._COMPANY_SUBJECT_EN, tg._COMPANY_NOUNS_EN),
    ("project subject", tg._PROJECT_SUBJECT_EN, tg._PROJECT_WORDS_EN),
    ("writer's view", tg._WRITERS_VIEW_EN, tg._WRITERS_WORDS),
    ("we expect a place", tg._WE_EXPECT_PLACE, tg._WE_EXPECT_WORDS),
    ("present state", tg._PRESENT_STATE_BEFORE_EN, tg._PRESENT_STATE_WORDS),
    ("price target", tg._PRICE_TARGET_EN, tg._PRICE_TARGET_WORDS),
    ("done before", tg._DONE_BEFORE_EN, tg._DONE_WORDS),
    ("subclause", tg._SUBCLAUSE_EN, tg._SUBCLAUSE_WORDS_EN),
    ("enacted here", ex._ENACTED_HERE_EN, ("effect", "force", "the following", "until", "duplication", "shall not")),
    ("focus verb", ind._EN_FOCUS_VERB, ("focus", "concentrate", "centre", "center")),
]


def _windows() -> list[str]:
    """Every line of the English labelled texts, and the 160 characters before each figure in them."""
    out: list[str] = []
    for f in sorted(DATA.glob("**/texts/*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.isascii() or not line.strip():
                continue
            out.append(line)
            out.extend(line[max(0, m.start() - 160) : m.start()] for m in re.finditer(r"\d", line))
    return out


WINDOWS = _windows()


@pytest.mark.parametrize(("name", "pattern", "words"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_match_is_in_a_text_that_holds_a_pretest_word(name: str, pattern: re.Pattern[str],
                                                             words: tuple[str, ...]) -> None:
    assert len(WINDOWS) > 10_000
    matched = 0
    for w in WINDOWS:
        if pattern.search(w) is not None:
            matched += 1
            low = w.lower()
            assert any(word in low for word in words), (name, w)
    assert matched > 0, name  # (the check saw the pattern match at least once)


def test_eligibility_after_a_figure_holds_a_pretest_word() -> None:
    # _ELIGIBLE_AFTER_EN is matched right after a figure, within _ELIGIBLE_REACH characters: its words lie there
    matched = 0
    for f in sorted(DATA.glob("**/texts/*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.isascii():
                continue
            for d in re.finditer(r"\d+", line):
                m = tg._ELIGIBLE_AFTER_EN.match(line, d.end())
                if m is not None:
                    matched += 1
                    window = line[d.end() : d.end() + tg._ELIGIBLE_REACH].lower()
                    assert any(w in window for w in tg._ELIGIBLE_WORDS), line
    assert matched > 0
