"""Faster matching of case-insensitive patterns, with results identical to :mod:`re`.

Python's ``re`` cannot skip alternatives quickly when a pattern is compiled with
``re.IGNORECASE``: every literal becomes a case-folding comparison and each branch of a
large alternation is entered at every position. :class:`Folded` runs the same pattern
*case-sensitively* on ``text.lower()`` (its letters lowered) and, for every hit, asks the
original pattern for the match at that position, so callers get genuine match objects
(groups in the original case).

Why this is exact: with ``re.IGNORECASE`` a character ``c`` matches an ASCII letter ``x``
iff ``c.lower() == x``, except ``İ`` (U+0130), ``ı`` (U+0131) and ``ſ`` (U+017F), which
also match ``i``/``s``; ``İ`` is also the only character whose ``lower()`` is longer than
one character. A text holding any of the three is therefore searched with the original
pattern; otherwise ``text.lower()`` has the same length (same offsets), the same word and
digit characters, and a letter of the lowered pattern matches there exactly where the
original matches case-insensitively. The pattern may contain only ASCII letters (checked
when the pattern is built); escapes such as ``\\b``, ``\\w``, ``\\W`` keep their case.
Tests compare both on the corpora and on random strings (``tests/extract/test_fastre.py``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from indupath.errors import ConfigError

_SPECIAL = ("\u0130", "\u0131", "\u017f")
_MEMO_MIN = 256  # texts at least this long are remembered (by identity) once lowered
_MEMO_SIZE = 16
_memo: dict[int, tuple[str, str | None]] = {}


def lowered(text: str) -> str | None:
    """``text.lower()`` when it is a faithful case-folded copy (see module docstring), else None.

    Long texts are remembered by identity (a few at a time, the text itself kept alive with
    its entry), so stages that scan the same document text many times lower it once."""
    hit = _memo.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    low: str | None
    if _SPECIAL[0] in text or _SPECIAL[1] in text or _SPECIAL[2] in text:
        low = None
    else:
        low = text.lower()
    if len(text) >= _MEMO_MIN:
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[id(text)] = (text, low)
    return low


def lower_pattern(pattern: str) -> str:
    """The pattern with its letters lowered, escapes (``\\B``, ``\\W``...) kept as written.

    Raises :class:`~indupath.errors.ConfigError` (a programming error, at import time) for a pattern whose
    letters are not all ASCII, for which lowering would not be exact."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), i):  # group names keep their case
            stop = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : stop + 1])
            i = stop + 1
            continue
        if ch.lower() != ch or ch.upper() != ch:
            if not ch.isascii():
                raise ConfigError(f"non-ASCII cased character {ch!r} in pattern")
            out.append(ch.lower())
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class Folded:
    """A case-insensitive pattern searched case-sensitively on the lowered text (same results).

    Offers the :class:`re.Pattern` methods the extractor uses; ``sub``, ``split`` and
    ``findall`` run the original pattern."""

    __slots__ = ("orig", "low", "pattern", "flags", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.orig = re.compile(pattern, flags | re.IGNORECASE)
        self.low = re.compile(lower_pattern(pattern), flags & ~re.IGNORECASE)
        self.pattern = pattern
        self.flags = self.orig.flags
        self.groupindex = self.orig.groupindex

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        low = lowered(text)
        if low is None:
            return self.orig.search(text, pos, endpos)
        m = self.low.search(low, pos, endpos)
        if m is None:
            return None
        return self.orig.match(text, m.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return self.orig.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return self.orig.fullmatch(text, pos, endpos)

    def test(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """``bool(self.search(...))`` without building the original match."""
        low = lowered(text)
        if low is None:
            return self.orig.search(text, pos, endpos) is not None
        return self.low.search(low, pos, endpos) is not None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        low = lowered(text)
        if low is None:
            yield from self.orig.finditer(text, pos, endpos)
            return
        for m in self.low.finditer(low, pos, endpos):
            om = self.orig.match(text, m.start(), endpos)
            if om is not None:  # always (the patterns are equivalent on this text)
                yield om

    def lastgroups(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[str | None]:
        """``m.lastgroup`` of every match of :meth:`finditer` (no original match objects built)."""
        low = lowered(text)
        it = self.orig.finditer(text, pos, endpos) if low is None else self.low.finditer(low, pos, endpos)
        for m in it:
            yield m.lastgroup

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[object]:
        """As :meth:`re.Pattern.findall` (the original pattern)."""
        return self.orig.findall(text, pos, endpos)

    def sub(self, repl: object, text: str, count: int = 0) -> str:
        """As :meth:`re.Pattern.sub` (the original pattern)."""
        return self.orig.sub(repl, text, count)  # type: ignore[call-overload,no-any-return]

    def split(self, text: str, maxsplit: int = 0) -> list[str | object]:
        """As :meth:`re.Pattern.split` (the original pattern)."""
        return self.orig.split(text, maxsplit)
