"""The data model: validation, and spans that index the document text as read."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from indupath.model import Document, Region, Span, Target

SEED = Path(__file__).parent / "data" / "extract" / "corpus_sample" / "2024-01-03_local-development-new-industries_en.txt"


def test_document_text_is_kept_exactly() -> None:
    doc = Document(id="d", name="d.txt", language="en", text="  Anhui \n")
    assert doc.text == "  Anhui \n"


def test_other_names_are_stripped_and_validated() -> None:
    r = Region(code="340000", name_zh=" 安徽省 ", level="province")
    assert r.name_zh == "安徽省"
    with pytest.raises(ValidationError):
        Region(code="340000", level="province")  # no name at all
    with pytest.raises(ValidationError):
        Span(start=5, end=2)
    with pytest.raises(ValidationError):
        Target(metric="m", value=float("nan"), unit="%", span=Span(start=0, end=1))


def test_priority_spans_index_the_seed_article_which_starts_with_whitespace() -> None:
    from indupath.extract import extract

    text = SEED.read_text("utf-8")
    assert text[0].isspace()
    roadmap = extract(text, name=SEED.name)
    assert len(roadmap.priorities) >= 16
    for p in roadmap.priorities:
        assert p.industry in roadmap.document.text[p.span.start : p.span.end]
