"""Segmentation: document header, language, sentences and clauses, all with character offsets.

Corpus files (``../shared/corpus``) carry a two-line header: line 1 the source
address, line 2 the publication date (``2024-01-29``) or year (``2025 ...``); the
body starts at line 3. :func:`parse_header` detects that header (and the variant
``" date 2024-01-03 Title"`` on the first line) and returns the body offset, so
that every span the extractor reports stays relative to the ORIGINAL text given
to it, header included.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from .fastre import literal_led

_URL_LINE: Final = re.compile(r"\s*(?:https?://|www\.|own://|file://)\S*\s*$", re.IGNORECASE)
_DATE_LINE: Final = re.compile(r"\s*(?P<y>(?:19|20)\d\d)(?:[-/.年](?P<m>\d{1,2})(?:[-/.月](?P<d>\d{1,2})日?)?)?(?P<rest>.*)$")
_STRICT_DATE_LINE: Final = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:[-/.年](?P<m>\d{1,2})(?:[-/.月](?P<d>\d{1,2})日?)?)?(?:\s*\([^)]{0,80}\))?"
)
_BRACKETED: Final = re.compile(r"^[（(](.*)[）)]$")
_DATE_PREFIX: Final = re.compile(r"\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """What the header lines said: source address, date or year, and where the body starts."""

    source: str | None = None
    date: dt.date | None = None
    year: int | None = None
    body_start: int = 0


_LAST_HEADER: list[tuple[str, Header]] = []  # the last text read and its header (extract and context both ask)


def parse_header(text: str) -> Header:
    """Detect a ``URL / date`` header (or a ``date YYYY-MM-DD`` first-line prefix)."""
    last = _LAST_HEADER[-1] if _LAST_HEADER else None  # one read: another thread may replace the entry
    if last is not None and last[0] is text:
        return last[1]
    header = _parse_header(text)
    _LAST_HEADER[:] = [(text, header)]
    return header


# a first line that describes where a text comes from ("source: …", 来源：…), not its title
_SOURCE_LINE: Final = re.compile(r"\s*(?:source|sources|来源|出处|稿源|原文|origin)\s*[:：]", re.IGNORECASE)


def _parse_header(text: str) -> Header:
    m = _DATE_PREFIX.match(text)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        date = _safe_date(y, mo, d)
        return Header(date=date, year=y, body_start=m.end())
    first_nl = text.find("\n")
    if first_nl < 0:
        return Header()
    line1 = text[:first_nl]
    if not _URL_LINE.fullmatch(line1):
        # any one-line source description followed by a line that is only a date or a year
        second_nl = text.find("\n", first_nl + 1)
        line2 = text[first_nl + 1 : second_nl if second_nl >= 0 else len(text)]
        dm = _STRICT_DATE_LINE.fullmatch(_BRACKETED.sub(r"\1", line2.strip()))  # （2026年1月20日） under a title too
        if not dm or len(line1) > 400:
            return Header()
        y = int(dm["y"])
        date = _safe_date(y, int(dm["m"]), int(dm["d"])) if dm["m"] and dm["d"] else None
        body = second_nl + 1 if second_nl >= 0 else len(text)
        if not _SOURCE_LINE.match(line1):
            # a first line that says no source is the text's own title ("某某规划（2026—2030年）" above its date
            # line): it stays in the body, where it names the text's region and says the text is a plan
            body = 0
        return Header(source=line1.strip(), date=date, year=y, body_start=body)
    second_nl = text.find("\n", first_nl + 1)
    line2 = text[first_nl + 1 : second_nl if second_nl >= 0 else len(text)]
    dm = _DATE_LINE.match(line2)
    if not dm or len(line2) > 120 or (dm["rest"].strip() and not dm["rest"].strip().startswith("(")):
        return Header(source=line1.strip(), body_start=first_nl + 1)
    y = int(dm["y"])
    date = _safe_date(y, int(dm["m"]), int(dm["d"])) if dm["m"] and dm["d"] else None
    body = second_nl + 1 if second_nl >= 0 else len(text)
    return Header(source=line1.strip(), date=date, year=y, body_start=body)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_CJK: Final = re.compile(r"[\u4e00-\u9fff]")
_LATIN: Final = re.compile(r"[A-Za-z]")
_NOT_CJK: Final = re.compile(r"[^\u4e00-\u9fff]+")
_NOT_ASCII_LETTER: Final = bytes(i for i in range(128) if not (65 <= i <= 90 or 97 <= i <= 122))


def detect_language(text: str) -> str:
    """``zh`` when CJK characters are at least 15 % of the letters, else ``en``."""
    sample = text[:20000]
    cjk = len(_NOT_CJK.sub("", sample))  # = len(_CJK.findall(sample)), without a list of characters
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))  # = len(_LATIN.findall(sample))
    if cjk == 0:
        return "en"
    return "zh" if cjk * 3 >= latin * 0.45 else "en"


def _fast(pattern: str) -> re.Pattern[str]:
    """The pattern with every alternative led by a literal: the same matches, found faster
    (see :func:`indupath.extract.fastre.literal_led`)."""
    return re.compile(literal_led(pattern) or pattern)


@dataclass
class Sentence:
    """A sentence: ``text[start:end]`` of the document, with its paragraph (line) index."""

    start: int
    end: int
    text: str
    line: int
    heading: bool = False
    clauses: list[tuple[int, int]] = field(default_factory=list)


# sentence ends: Chinese 。！？；, English . ! ? followed by space + capital/quote/digit, and line breaks
_ZH_END: Final = _fast(r"[。！？!?；;]+[”’」』\"]?|\n")
_EN_END_PATTERN: Final = r"(?<!\b[A-Z])(?<!\bNo)(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bU\.S)[.!?]+[\"”’']?(?=\s+[\"“‘'(A-Z0-9])|\n"
# the same pattern led by its first character (the look-behinds checked after it, one character
# further back), so that re scans for . ! ? and newlines in C; tests/extract/test_speedups.py compares both
_EN_END: Final = re.compile(
    "|".join(
        re.escape(c) + r"(?<!\b[A-Z].)(?<!\bNo.)(?<!\bMr.)(?<!\bDr.)(?<!\bSt.)(?<!\bU\.S.)[.!?]*[\"”’']?(?=\s+[\"“‘'(A-Z0-9])"
        for c in ".!?"
    )
    + r"|\n"
)
_CLAUSE: Final = _fast(r"[，,；;：:]|——|--|—|\s+-\s+")
# _CLAUSE without its alternatives that need a hyphen: for a sentence without one it finds the same matches (the
# others are tried in the same order at every position), and re tries no alternative at each space
_CLAUSE_NO_HYPHEN: Final = _fast(r"[，,；;：:]|——|—")


def split_sentences(text: str, start: int, end: int, language: str) -> list[Sentence]:
    """Sentences of ``text[start:end]``; blank lines dropped; offsets are absolute."""
    pattern = _ZH_END if language == "zh" else _EN_END
    out: list[Sentence] = []
    line = 0
    pos = start
    for m in pattern.finditer(text, start, end):
        a, b = m.span()
        # only the line-break alternative matches at a newline, and the others hold none (their look-aheads consume
        # nothing): a match that starts with one is a line break, which ends the line and is no part of the sentence
        if text[a] == "\n":
            _add(out, text, pos, a, line)
            line += 1
        else:
            _add(out, text, pos, b, line)
        pos = b
    _add(out, text, pos, end, line)
    return out


_ENDS_SENTENCE: Final = re.compile(r"[。！？.!?；;]$")
_SENTENCE_END_CHARS: Final = "。！？.!?；;"


def _add(out: list[Sentence], text: str, a: int, b: int, line: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a:
        return
    chunk = text[a:b]
    heading = chunk[-1] not in _SENTENCE_END_CHARS and len(chunk) <= 60  # _ENDS_SENTENCE on a stripped chunk
    out.append(Sentence(start=a, end=b, text=chunk, line=line, heading=heading, clauses=split_clauses(text, a, b)))


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence, cut at commas, semicolons, colons and dashes (not inside numbers)."""
    out: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    pattern = _CLAUSE if text.find("-", start, end) >= 0 else _CLAUSE_NO_HYPHEN
    cuts = [m.span() for m in pattern.finditer(text, start, end)]
    cuts.append((end, end))  # (the last clause runs to the sentence's end)
    for cut, after in cuts:
        if after - cut == 1 and text[cut] == "," and cut > 0 and after < n and text[cut - 1].isdigit() \
                and text[after].isdigit():
            continue  # 1,200
        # the clause before the cut, without leading white space and trailing white space or full stops (written out:
        # a call per clause would cost a tenth of the split)
        a, b = pos, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1] in " \t\r\n.。":
            b -= 1
        if b > a:
            out.append((a, b))
        pos = after
    return out
