"""Header detection, sentences and clauses keep offsets into the original text."""

from __future__ import annotations

import datetime as dt

from indupath.extract.segment import detect_language, parse_header, split_sentences


def test_url_and_date_header() -> None:
    text = "https://example.org/a.html\n2024-01-29\n正文第一句。第二句。"
    h = parse_header(text)
    assert h.source == "https://example.org/a.html"
    assert h.date == dt.date(2024, 1, 29)
    assert text[h.body_start :].startswith("正文")


def test_year_only_header_and_no_header() -> None:
    h = parse_header("http://x.cn/1\n2023 (day not shown)\n正文")
    assert (h.date, h.year) == (None, 2023)
    assert parse_header("No header here.\nSecond line.").body_start == 0


def test_date_prefix_header() -> None:
    text = " date 2024-01-03 Local Economic Development\n\nBody."
    h = parse_header(text)
    assert h.date == dt.date(2024, 1, 3)
    assert text[h.body_start :].startswith("Local Economic")


def test_sentences_keep_absolute_offsets() -> None:
    text = "head\n2024-01-01\nThe city will grow. It aims at 5 percent by 2025.\n新的一段。"
    sents = split_sentences(text, 16, len(text), "en")
    assert [text[s.start : s.end] for s in sents] == [s.text for s in sents]
    assert sents[0].text == "The city will grow."
    assert sents[1].text == "It aims at 5 percent by 2025."


def test_language_detection() -> None:
    assert detect_language("安徽省未来产业规模力争突破2000亿元") == "zh"
    assert detect_language("Anhui aims to exceed 200 billion yuan.") == "en"
    assert detect_language("") == "en"
