"""The measure kinds read from the rows' required strings (measures.kind_hits / _kind_of / _classify_low) change no
result: the same kind as the plain union scan of :data:`indupath.extract.measures.KINDS`, for whole texts and for any
part of a sentence read from the sentence's hits."""

from __future__ import annotations

import random
import re
from pathlib import Path

from indupath.extract import measures
from indupath.extract.fastre import lower_pattern, lowered, required_literals
from indupath.extract.readers import read_document
from indupath.extract.segment import detect_language, split_sentences

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"

_UNION = re.compile("|".join(f"(?P<k{i}>{p.pattern})" for i, (_, p) in enumerate(measures.KINDS)), re.IGNORECASE)


def _reference(text: str) -> str | None:
    best = len(measures.KINDS)
    for m in _UNION.finditer(text):
        if m.lastgroup:
            best = min(best, int(m.lastgroup[1:]))
    return measures.KINDS[best][0] if best < len(measures.KINDS) else None


def _texts() -> list[str]:
    files = sorted(DATA.glob("own/*/texts/*.txt")) + sorted(DATA.glob("corpus_sample/*.txt"))
    return [read_document(f) for f in files]


def test_parts_of_a_sentence_take_the_kind_of_the_plain_scan() -> None:
    rnd = random.Random(3)
    for text in _texts():
        low = lowered(text)
        assert low is not None
        lang = "zh" if detect_language(text) == "zh" else "en"
        for s in split_sentences(text, 0, len(text), lang):
            hits = measures.kind_hits(low, s.start, s.end)
            for _ in range(4):
                a = rnd.randint(s.start, s.end)
                b = rnd.randint(a, s.end)
                assert measures._kind_of(text, low, hits, a, b) == _reference(text[a:b]), text[a:b][:80]


def test_overlapping_matches_of_several_rows_keep_the_union_scan_order() -> None:
    # strings of the rows' own words, so that matches of several rows overlap and a lower row's match can lie inside a
    # higher row's (the union scan then never sees it)
    words = [w for row in measures._rows() for w in required_literals(row.pattern) or ()]
    words += [w for _, row in measures.KINDS for w in required_literals(lower_pattern(row.pattern)) or ()]
    words += ["安排", "资金", "给予", "100", "万元", " ", "，", "will ", "to ", "and ", "a ", "1.5 ", "million ", "yuan",
              "percent ", "of ", "open", "up ", "scenarios", "应", "发展", "和", "改革", "委", "中心", "工作", "receive "]
    rnd = random.Random(11)
    for _ in range(5000):
        t = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 12)))
        assert measures.classify(t) == _reference(t), t


def test_a_part_lowered_alone_reads_as_the_slice_of_the_lowered_text() -> None:
    # (Σ lowers to ς or σ by what follows it: a part cut after it lowers differently, which no row tells apart)
    text = "ΟΔΟΣ fundΣ ΣΑ 基金Σ ΑΣplatform ΣΣ subsidies"
    low = lowered(text)
    assert low is not None
    hits = measures.kind_hits(low, 0, len(text))
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert measures._kind_of(text, low, hits, a, b) == _reference(text[a:b]), text[a:b]
