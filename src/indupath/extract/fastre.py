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
from typing import Any, Final

import ahocorasick

from indupath.errors import ConfigError

_SPECIAL: Final = ("\u0130", "\u0131", "\u017f")
_MEMO_MIN: Final = 8  # texts at least this long are remembered once lowered
_MEMO_SIZE: Final = 1024
# text -> lowered(text), keyed by content: the stages cut the same sentence out of a document again and again
# (a new str each time, same characters), so an identity key missed most of them; lowered() depends on the
# characters alone, so equal texts share one entry. 1,024 entries hold every sentence of the document in
# progress (at most ~100 on the benchmark corpus) and the document itself; when full, or holding more than
# _MEMO_CHARS characters (a long document cut into many long parts), the memo is emptied.
_MEMO_CHARS: Final = 1 << 21
_memo: dict[str, str | None] = {}
_memo_chars = 0  # characters of the texts in _memo
# Texts of _BIG characters or more (a whole long document) are kept apart, the last _BIG_SIZE of them: in _memo a
# document longer than _MEMO_CHARS emptied the memo on the next sentence's entry, and was lowered again on each of
# the thousands of searches over the whole text (a 2.8 MB English document took minutes, not seconds).
_BIG: Final = 1 << 16
_BIG_SIZE: Final = 2
_big: dict[str, str | None] = {}
_ABSENT: Final = object()


def lowered(text: str) -> str | None:
    """``text.lower()`` when it is a faithful case-folded copy (see module docstring), else None.

    Texts are remembered by content (see _memo), so the stages that scan the same document or sentence text
    many times lower it once."""
    hit = _memo.get(text, _ABSENT)
    if hit is not _ABSENT:
        return hit  # type: ignore[return-value]
    big = len(text) >= _BIG
    if big:
        hit = _big.get(text, _ABSENT)
        if hit is not _ABSENT:
            return hit  # type: ignore[return-value]
    low: str | None
    if _SPECIAL[0] in text or _SPECIAL[1] in text or _SPECIAL[2] in text:
        low = None
    else:
        low = text.lower()
    if big:
        if len(_big) >= _BIG_SIZE:
            del _big[next(iter(_big))]  # the oldest
        _big[text] = low
    elif len(text) >= _MEMO_MIN:
        global _memo_chars
        if len(_memo) >= _MEMO_SIZE or _memo_chars > _MEMO_CHARS:
            _memo.clear()
            _memo_chars = 0
        _memo[text] = low
        _memo_chars += len(text)
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


# what \s matches in a str pattern (str.isspace(); tests/extract/test_speedups.py checks every code point)
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_META: Final = set("\\()[].*+?{}|^$")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, character, depth)`` of every structural character of ``pattern`` from ``start``.

    Escapes and character classes (including ``[]...]`` and ``[^]...]``) are skipped;
    ``depth`` is the group depth after the character (``(`` raises it, ``)`` lowers it).
    """
    depth = 0
    in_class = False
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith(("[]", "[^]"), i):
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|(?:b|c)|[|]`` → ``a``, ``(?:b|c)``, ``[|]``)."""
    out: list[str] = []
    start = 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _group_end(pattern: str, i: int) -> int:
    """Index just after the group opened at ``pattern[i] == "("``."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j + 1
    raise ConfigError(f"unbalanced group in {pattern!r}")


def without_captures(pattern: str) -> str:
    """The pattern with its capturing groups made non-capturing (``(x)``, ``(?P<n>x)`` → ``(?:x)``): the same
    matches (spans), for scans that use no groups. Unchanged when it refers to a group (``\\1``, ``(?P=n)``,
    ``(?(n)…)``)."""
    if re.search(r"\\\d|\(\?P=|\(\?\(", pattern):
        return pattern
    out: list[str] = []
    last = 0
    for i, ch, _ in _structure(pattern):
        if ch != "(" or pattern.startswith("(?", i) and not pattern.startswith("(?P<", i):
            continue
        out.append(pattern[last:i] + "(?:")
        last = pattern.index(">", i) + 1 if pattern.startswith("(?P<", i) else i + 1
    out.append(pattern[last:])
    return "".join(out)


def _captures(pattern: str) -> bool:
    return bool(re.search(r"(?<!\\)\((?!\?)|\(\?P<", pattern))


def literal_led(pattern: str, _depth: int = 0) -> str | None:
    """An equivalent pattern whose every top-level alternative starts with a literal character, or
    None when the rewrite does not apply.

    Python's ``re`` scans for a pattern's possible first characters in C only when every
    alternative starts with a literal, and skips an alternative cheaply only when it does. The
    rewrites, each exact:

    * ``\\bx…`` (``x`` a word character) → ``x(?<!\\w.)…``: a boundary before a word character is
      "no word character before it", checked after consuming it (``.`` there is ``x`` itself);
    * ``(?<!a)b…`` (single characters) → ``b(?<!ab)…``; ``(?<!xy)(?<!z)c…`` (plain look-behinds at strings, ``c`` a
      plain character) → ``c(?<!xyc)(?<!zc)…``; ``\\b(?<!xy)c…`` (plain look-behinds, ``c`` a word
      character) → ``c(?<!\\w.)(?<!xyc)…``;
    * ``\\b(?:A|B)R`` and ``(?:A|B)R`` → ``\\bAR|\\bBR`` / ``AR|BR`` (alternatives in the same order,
      so the leftmost-first choice is the same), when no capturing group would be duplicated;
      ``(?:A|B)?R`` → ``AR|BR|R`` (a greedy optional group is tried first, then skipped);
    * ``\\sR`` / ``\\s+R`` → one alternative per whitespace character ``c``: ``cR`` / ``c\\s*R``;
      ``[abc]R`` (plain characters) → ``aR|bR|cR``, ``[abc]+R`` → ``a[abc]*R|b[abc]*R|c[abc]*R``;
    * ``x?R`` (``x`` one character or class) → ``xR|R``;

    and finally the alternatives are grouped by their first character (:func:`group_by_first`).

    The result is meant for *case-sensitive* use on lowered text (see :class:`Folded`)."""
    if _depth > 3:
        return None
    out: list[str] = []
    for alt in split_alternatives(pattern):
        boundary = alt.startswith("\\b")
        body = alt[2:] if boundary else alt
        pre = re.match(_ANCHOR_OR_LOOKBEHIND, body)
        if pre:
            # ^ or a positive look-behind at a plain string, then the first character (or a group to expand)
            after = body[pre.end() :]
            if after.startswith("(?:"):
                # P(?:A|B)R → PAR|PBR (alternatives in the same order; the same checks at the same position)
                end = _group_end(after, 0)
                inner, rest = after[3 : end - 1], after[end:]
                if rest[:1] in ("?", "*", "{", "+") or _captures(inner) or _captures(rest):
                    return None
                sub = literal_led("|".join(("\\b" if boundary else "") + pre.group() + a + rest
                                           for a in split_alternatives(inner)), _depth + 1)
                if sub is None:
                    return None
                out.append(sub)
                continue
            c = after[:1]
            word = c.isascii() and (c.isalnum() or c == "_")
            if not c or c in _META or after[1:2] in ("?", "*", "+", "{") or (boundary and not word):
                return None
            # ^cR → c(?<=^c)R, (?<=x)cR → c(?<=xc)R: the look-behind one character later, over that character too
            # (^ inside it is tested at the same position); \b before a word character c → c(?<!\w.) as below
            look = "(?<=^" + c + ")" if pre.group() == "^" else "(?<=" + pre.group(1) + c + ")"
            out.append(c + (_BOUNDARY_AFTER_FIRST if boundary else "") + look + after[1:])
            continue
        lbg = None if boundary else re.match(_LOOKBEHIND_ONE + r"(?=\(\?:)", body)
        if lbg:
            # (?<!x)(?:A|B)R → (?<!x)AR|(?<!x)BR (then each look-behind moves after its first character)
            end = _group_end(body, lbg.end())
            inner, rest = body[lbg.end() + 3 : end - 1], body[end:]
            if rest[:1] in ("?", "*", "{", "+") or _captures(inner) or _captures(rest):
                return None
            sub = literal_led("|".join(lbg.group() + a + rest for a in split_alternatives(inner)), _depth + 1)
            if sub is None:
                return None
            out.append(sub)
            continue
        if body.startswith("(?:"):
            end = _group_end(body, 0)
            inner, rest = body[3 : end - 1], body[end:]
            alts = split_alternatives(inner)
            if rest.startswith("?") and not rest.startswith("??"):
                alts, rest = [*alts, ""], rest[1:]  # (?:A|B)?R: greedy, so AR, BR, then R
            if rest[:1] in ("?", "*", "{", "+") or _captures(inner) or _captures(rest):
                return None
            expanded = "|".join(("\\b" if boundary else "") + a + rest for a in alts)
            sub = literal_led(expanded, _depth + 1)
            if sub is None:
                return None
            out.append(sub)
            continue
        lb = re.match(_LOOKBEHIND_ONE + r"([^\\()\[\].*+?{}|^$])", body)
        if lb and not boundary:
            body = lb.group(2) + "(?<!" + lb.group(1) + lb.group(2) + ")" + body[lb.end() :]
        lbm = None if boundary else re.match(_LOOKBEHINDS_THEN_CHAR, body)
        if lbm:
            # (?<!xy)(?<!z)cR → c(?<!xyc)(?<!zc)R: each look-behind one character later, over that character too
            c = lbm.group(2)
            looks = re.findall(_LOOKBEHIND_STRING, lbm.group(1))
            out.append(c + "".join(f"(?<!{x}{c})" for x in looks) + body[lbm.end() :])
            continue
        lbs = re.match(r"(?:\(\?<![^\\()\[\].*+?{}|^$]+\))+([A-Za-z0-9_])(?![?*+{])", body) if boundary else None
        if lbs:
            # \b(?<!x)(?<!y)cR → c(?<!\w.)(?<!xc)(?<!yc)R: the boundary and look-behinds one character later
            c = lbs.group(1)
            looks = re.findall(r"\(\?<!([^)]*)\)", body[: lbs.start(1)])
            out.append(c + _BOUNDARY_AFTER_FIRST + "".join(f"(?<!{x}{c})" for x in looks) + body[lbs.end() :])
            continue
        if (body.startswith("\\s") and not boundary and body[2:3] not in ("?", "*", "{") and not body.startswith("\\s+?")
                and len(body) <= _EXPAND_MAX):
            # \sR → one alternative per whitespace character (\s+R → c\s*R, same greedy lengths)
            rest = ("\\s*" + body[3:]) if body[2:3] == "+" else body[2:]
            out.extend(re.escape(c) + rest for c in WHITESPACE)
            continue
        cls = re.match(r"\[([^\\\]\[^-]+)\]", body)
        after = body[cls.end() : cls.end() + 2] if cls else ""
        if cls and not boundary and after[:1] not in ("?", "*", "{") and after != "+?":
            # [abc]R → aR|bR|cR, [abc]+R → a[abc]*R|… (the characters exclude each other, so the
            # order does not matter; the greedy repeat takes the same lengths)
            rest = (body[: cls.end()] + "*" + body[cls.end() + 1 :]) if after[:1] == "+" else body[cls.end() :]
            out.extend(re.escape(c) + rest for c in dict.fromkeys(cls.group(1)))
            continue
        n = _lead(body)
        if n and not boundary and body[n : n + 1] == "?" and body[n + 1 : n + 2] not in ("?", "*", "+", "{"):
            # xR with an optional first token x: x?R → xR|R (greedy: with x first)
            sub = literal_led(body[:n] + body[n + 1 :] + "|" + body[n + 1 :], _depth + 1)
            if sub is None:
                return None
            out.append(sub)
            continue
        if n == 0 or body[n : n + 1] in ("?", "*", "{"):
            return None
        plain = re.fullmatch(r"\[([A-Za-z0-9_]+)\]", body[:n])
        if boundary and plain and body[n : n + 1] not in ("+",):
            # \b[56]g → 5(?<!\w.)g|6(?<!\w.)g
            out.extend(c + "(?<!\\w.)" + body[n:] for c in dict.fromkeys(plain.group(1)))
            continue
        if boundary:
            head = body[:n]
            word = (len(head) == 1 and head.isascii() and (head.isalnum() or head == "_")) or head == "\\d" or bool(
                re.fullmatch(r"\[[a-z0-9_]+\]", head)
            )
            if not word:
                return None
            body = head + "(?<!\\w.)" + body[n:]
        out.append(body)
    if _depth == 0:
        return group_by_first("|".join(out))
    return "|".join(out)


_BOUNDARY_AFTER_FIRST: Final = "(?<!\\w.)"
# what a negative look-behind at a fixed string holds: plain characters and plain classes (发展, [于出]预期)
_LOOKBEHIND_BODY: Final = r"(?:[^\\()\[\].*+?{}|^$]|\[\^?[^\]\\()\[]+\])+"
_LOOKBEHIND_STRING: Final = r"\(\?<!(" + _LOOKBEHIND_BODY + r")\)"
# a run of such look-behinds, then a plain first character not repeated
_LOOKBEHINDS_THEN_CHAR: Final = r"((?:\(\?<!" + _LOOKBEHIND_BODY + r"\))+)([^\\()\[\].*+?{}|^$])(?![?*+{])"
# a negative look-behind at one character: a plain character or a class ([\u4e00-\u9fff], no "]" inside)
_LOOKBEHIND_ONE: Final = r"\(\?<!([^\\()\[\].*+?{}|^$]|\[(?:\\.|[^\]\\])+\])\)"
# ^ or a positive look-behind at a plain string ((?<=will ), no class, group or escape inside)
_ANCHOR_OR_LOOKBEHIND: Final = r"\^|\(\?<=([^\\()\[\].*+?{}|^$]+)\)"
_EXPAND_MAX: Final = 80  # longer alternatives are not copied once per whitespace character (compile time)


def group_by_first(pattern: str) -> str:
    """``ab|ac|d`` → ``a(?:b|c)|d``: alternatives grouped by their first (literal) character, each
    group at the place of its first member, members in their order. Alternatives that start with
    different characters never match at the same position, so the leftmost-first choice is the
    same; ``re`` then tries one group per position instead of every alternative. A look-behind
    that all members of a group share right after the first character is factored out too. Left
    unchanged when some alternative does not start with a single literal character."""
    alts = split_alternatives(pattern)
    groups: dict[str, list[str]] = {}
    for alt in alts:
        n = _lead(alt)
        if n == 0 or alt[n : n + 1] in ("?", "*", "+", "{"):
            return pattern
        head = alt[:n]
        if n == 2 and head[0] == "\\" and not head[1].isalnum():
            head = head[1]
        elif n != 1:
            return pattern
        groups.setdefault(head, []).append(alt[n:])
    out = []
    for head, rests in groups.items():
        first = re.escape(head)
        if len(rests) == 1:
            out.append(first + rests[0])
            continue
        common = ""
        if all(r.startswith(_BOUNDARY_AFTER_FIRST) for r in rests):
            common = _BOUNDARY_AFTER_FIRST
            rests = [r[len(common) :] for r in rests]
        out.append(first + common + "(?:" + "|".join(rests) + ")")
    return "|".join(out)


def ascii_alternatives(pattern: str) -> str:
    """The pattern without its top-level alternatives that start with a plain non-ASCII literal character
    (``基金|fund|[基]x`` → ``fund|[基]x``; ``(?!)`` when none is left): on an ASCII text it finds the same matches,
    as a dropped alternative matches nowhere there and the others keep their order. Python's ``re`` tries a
    pattern's alternatives one after another at every position, so a scan of English text over a union with
    many Chinese alternatives (measures.KINDS) is several times faster without them."""
    alts = split_alternatives(pattern)
    kept = [a for a in alts if not (a[:1] and not a[:1].isascii() and _lead(a) == 1 and a[1:2] not in ("?", "*", "{"))]
    if len(kept) == len(alts):
        return pattern
    return "|".join(kept) if kept else "(?!)"


def boundary_led(pattern: str) -> str:
    """``a(?<!\\w.)x|b(?<!\\w.)y`` → ``\\b(?:ax|by)`` when every top-level alternative is a word character then
    the boundary test of :func:`literal_led` (that rewrite undone: the same matches), else the pattern unchanged.

    For ASCII text (see Folded.scan): re then rejects a position inside a word with one cheap boundary test instead of
    a look-behind after its first letter, about 1.6x faster on English sentences; on Chinese text, whose characters
    are not the pattern's first characters, the literal-led form skips them faster."""
    alts = split_alternatives(pattern)
    cut = 1 + len(_BOUNDARY_AFTER_FIRST)
    if not all(a[:1].isascii() and (a[:1].isalnum() or a[:1] == "_") and a[1:cut] == _BOUNDARY_AFTER_FIRST for a in alts):
        return pattern
    return "\\b(?:" + "|".join(a[0] + a[cut:] for a in alts) + ")"


# how often each letter opens a position of English text (percent of letters; a common table)
_EN_LETTER_FREQ: Final = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8,
                                                             2.4, 2.4, 2.2, 2.0, 2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07), strict=True))
_RARE_MAX: Final = 40.0  # the two forms were timed on the English sentences of the corpus: they cross at about 40-45


def rare_first_letters(pattern: str) -> bool:
    """Whether the alternatives of a literal-led pattern open with letters rare enough in English text (their
    frequencies sum to less than _RARE_MAX percent; a digit or ``_`` counts 1) that its literal-led form beats
    :func:`boundary_led` there: ``re`` skips in C the positions whose character opens no alternative and pays a
    look-behind at the others, where the boundary-led form enters the pattern at every position. E.g.
    ``\\balready\\b`` (only ``a``) is found 6x faster on an English sentence literal-led, while the industry heads
    (nearly every letter) are found 1.5x faster boundary-led. Only a choice between two exact forms (the same
    matches); False when a first character is not known."""
    firsts: set[str] = set()
    for alt in split_alternatives(pattern):
        chars = first_chars(alt)
        if chars is None:
            return False
        firsts.update(chars)
    return sum(_EN_LETTER_FREQ.get(c, 1.0) for c in firsts) < _RARE_MAX


def first_chars(alternative: str) -> str | None:
    """The characters a (case-sensitive) alternative can start with when its first token is a
    literal or a plain class, else None (unknown)."""
    n = _lead(alternative)
    if n == 0 or alternative[n : n + 1] in ("?", "*", "{"):
        return None
    head = alternative[:n]
    if n == 1:
        return head
    if head[0] == "\\":
        return None if head[1].isalnum() else head[1]
    m = re.fullmatch(r"\[([^\\\]\[^-]+)\]", head)
    return m.group(1) if m else None


def _lead(body: str) -> int:
    """Length of the first token of ``body`` when it reads exactly one character (a literal, an
    escaped literal such as ``\\n``, ``\\s``/``\\d``/``\\w`` or a class), else 0."""
    if not body:
        return 0
    ch = body[0]
    if ch == "\\":
        nxt = body[1:2]
        if nxt and (not nxt.isalnum() or nxt in "sdwSDWntrfva"):
            return 2
        return 0
    if ch == "[":
        m = re.match(r"\[\^?\]?(?:\\.|[^\]\\])*\]", body)
        return m.end() if m else 0
    return 0 if ch in _META else 1


REWRITTEN: dict[str, str] = {}  # literal-led pattern -> the pattern as written (for the tests)


def fast(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)`` in its literal-led form (:func:`literal_led`): the same matches (spans),
    found faster; for case-sensitive patterns whose callers use spans and not group numbers."""
    led = literal_led(pattern)
    if led is None:
        return re.compile(pattern)
    REWRITTEN[led] = pattern
    return re.compile(led)


class Folded:
    """A case-insensitive pattern searched case-sensitively on the lowered text (same results).

    Offers the :class:`re.Pattern` methods the extractor uses; ``sub``, ``split`` and
    ``findall`` run the original pattern."""

    __slots__ = ("orig", "_scan", "_scan_ascii", "_low", "_flags", "pattern", "flags", "groupindex", "_gate")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.orig = re.compile(pattern, flags | re.IGNORECASE)
        self._scan: re.Pattern[str] | None = None  # compiled on first use (import time matters)
        self._scan_ascii: re.Pattern[str] | None = None  # the scan for ASCII texts (see the scan property)
        self._low: re.Pattern[str] | None = None
        self._flags = flags & ~re.IGNORECASE
        self.pattern = pattern
        self.flags = self.orig.flags
        self.groupindex = self.orig.groupindex
        self._gate: LiteralGate | None = None  # a pre-test, for the patterns that use one (see use_gate)

    @property
    def scan(self) -> re.Pattern[str]:
        """The lowered pattern without captures (:func:`without_captures`), literal-led when :func:`literal_led`
        applies (the same matches, found faster; no groups), for case-sensitive use on lowered text."""
        if self._scan is None:
            lowered_pattern = without_captures(lower_pattern(self.pattern))
            scan = literal_led(lowered_pattern) or lowered_pattern
            self._scan = re.compile(scan, self._flags)
            ascii_led = ascii_alternatives(scan)
            ascii_scan = boundary_led(ascii_led)
            if ascii_scan != ascii_led and rare_first_letters(ascii_led):
                ascii_scan = ascii_led  # (see rare_first_letters)
            self._scan_ascii = self._scan if ascii_scan == scan else re.compile(ascii_scan, self._flags)
        return self._scan

    def _scanner(self, low: str) -> re.Pattern[str]:
        """The scan for the lowered text ``low``: without the alternatives that cannot match in it when it is
        ASCII (see :func:`ascii_alternatives`; str.isascii() only reads a flag of the string)."""
        scan = self._scan or self.scan
        ascii_scan = self._scan_ascii  # (set with _scan)
        return ascii_scan if ascii_scan is not None and low.isascii() else scan

    def use_gate(self) -> Folded:
        """Pre-test every range of at least _GATE_MIN characters for the strings one of which every match holds
        (:func:`literal_gate`, on the lowered text): a range that holds none of them has no match and is not
        scanned. Worth it for patterns that rarely match and scan slowly (measured per pattern); returns self."""
        self._gate = literal_gate(without_captures(lower_pattern(self.pattern)), self._flags)
        return self

    @property
    def low(self) -> re.Pattern[str]:
        """The lowered pattern as written (same groups as the original; used by :meth:`lastgroups`)."""
        if self._low is None:
            self._low = re.compile(lower_pattern(self.pattern), self._flags)
        return self._low

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        low = _memo.get(text) or lowered(text)  # lowered(text), inlined for the common case (see _memo)
        if low is None:
            return self.orig.search(text, pos, endpos)
        gate = self._gate
        if gate is not None and min(endpos, len(low)) - pos >= _GATE_MIN and gate.absent(low, pos, endpos):
            return None
        # the scan for this text, as _scanner picks it (inlined: one call fewer per search on the hot path)
        scan = self._scan_ascii if low.isascii() else self._scan
        m = (scan or self._scanner(low)).search(low, pos, endpos)
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
        low = _memo.get(text) or lowered(text)  # lowered(text), inlined for the common case (see _memo)
        if low is None:
            return self.orig.search(text, pos, endpos) is not None
        gate = self._gate
        if gate is not None and min(endpos, len(low)) - pos >= _GATE_MIN and gate.absent(low, pos, endpos):
            return False
        scan = self._scan_ascii if low.isascii() else self._scan  # _scanner inlined (see search)
        return (scan or self._scanner(low)).search(low, pos, endpos) is not None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        low = lowered(text)
        if low is None:
            yield from self.orig.finditer(text, pos, endpos)
            return
        gate = self._gate
        if gate is not None and min(endpos, len(low)) - pos >= _GATE_MIN and gate.absent(low, pos, endpos):
            return
        for m in self._scanner(low).finditer(low, pos, endpos):
            om = self.orig.match(text, m.start(), endpos)
            if om is not None:  # always (the patterns are equivalent on this text)
                yield om

    def spans(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[tuple[int, int]]:
        """``m.span()`` of every match of :meth:`finditer` (no original match objects built)."""
        low = _memo.get(text) or lowered(text)  # (as in search)
        gate = self._gate
        if gate is not None and low is not None and min(endpos, len(low)) - pos >= _GATE_MIN and \
                gate.absent(low, pos, endpos):
            return []
        if low is None:
            return [m.span() for m in self.orig.finditer(text, pos, endpos)]
        scan = self._scan_ascii if low.isascii() else self._scan  # _scanner inlined (see search)
        return [m.span() for m in (scan or self._scanner(low)).finditer(low, pos, endpos)]

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


_GATE_MIN: Final = 32  # shorter ranges are scanned at once (the pre-test would cost about what it saves)
_GATE_MAX: Final = 4096  # longer ones too (see LiteralGate.absent)
_PRODUCT_MAX: Final = 64  # a run of fixed pieces is combined into whole strings up to this many


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` (case-sensitive) contains at least one, or None when no
    such set is found (then a gate cannot use it). For exact pre-tests: ``not any(w in text for w in lits)``
    proves that ``pattern`` matches nowhere in ``text`` (nor in any part of it, with any pos/endpos)."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _contains(list(parsed))
    if not found:
        return None
    # a string that holds another of the set adds nothing ("backs" holds "back")
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def _exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The strings a sequence of parsed items matches, when it matches only a few fixed strings."""
    out = {""}
    for op, av in items:
        one = _exact_item(op, av)
        if one is None:
            return None
        out = {a + b for a in out for b in one}
        if len(out) > _PRODUCT_MAX:
            return None
    return out


def _exact_item(op: Any, av: Any) -> set[str] | None:
    c = re._constants  # type: ignore[attr-defined]
    if op is c.LITERAL:
        return {chr(av)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero-width: the pieces on both sides are adjacent in the match
    if op is c.SUBPATTERN:
        _group, add, rem, sub = av
        return None if add or rem else _exact(list(sub))
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            one = _exact(list(alt))
            if one is None:
                return None
            out |= one
        return out if len(out) <= _PRODUCT_MAX else None
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is not c.LITERAL:
                return None
            chars.add(chr(value))
        return chars if len(chars) <= 16 else None
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        lo, hi, sub = av
        if (lo, hi) == (0, 1):
            one = _exact(list(sub))
            return None if one is None else one | {""}
    return None


def _contains(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of the sequence contains (the most selective set found), or None."""
    c = re._constants  # type: ignore[attr-defined]
    candidates: list[set[str]] = []
    run: list[tuple[Any, Any]] = []

    def flush() -> None:
        if run:
            whole = _exact(run)
            if whole is not None and "" not in whole:
                candidates.append(whole)
            else:  # too many combinations: each fixed piece on its own
                for item in run:
                    one = _exact_item(*item)
                    if one is not None and "" not in one:
                        candidates.append(one)
            run.clear()

    for op, av in items:
        if _exact_item(op, av) is not None:
            run.append((op, av))
            continue
        flush()
        sub: set[str] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            sub = _contains(list(av[3]))
        elif op is c.BRANCH:
            parts = [_contains(list(alt)) for alt in av[1]]
            sub = set().union(*parts) if all(p is not None for p in parts) else None  # type: ignore[arg-type]
        elif (op is c.MAX_REPEAT or op is c.MIN_REPEAT) and av[0] >= 1:
            sub = _contains(list(av[2]))
        if sub:
            candidates.append(sub)
    flush()
    if not candidates:
        return None
    # the longest shortest string (up to 4 characters), then the fewest strings
    return min(candidates, key=lambda s: (-min(4, min(len(w) for w in s)), len(s)))


class LiteralGate:
    """The strings of :func:`required_literals`, found with an Aho-Corasick automaton (3-4 times faster than
    ``re`` on sentences for sets of dozens of words; a union of the words as a regex is slower still)."""

    __slots__ = ("words", "_automaton")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._automaton = ahocorasick.Automaton()
        for w in words:
            self._automaton.add_word(w, len(w))
        self._automaton.make_automaton()

    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """True when no word lies wholly inside ``text[pos:endpos]``: then the pattern has no match there. False
        (not proven) for a range longer than _GATE_MAX: the automaton copies the whole string it is given, so
        it is given the range alone, and only a short one (a whole document is scanned by the pattern)."""
        pos = max(pos, 0)
        end = min(endpos, len(text))
        if end - pos > _GATE_MAX:
            return False
        return next(self._automaton.iter(text[pos:end]), None) is None


def literal_gate(pattern: str, flags: int = 0) -> LiteralGate | None:
    """A pre-test for ``pattern`` (case-sensitive): where :meth:`LiteralGate.absent` holds for a range, ``pattern``
    has no match inside it either (exact); None when :func:`required_literals` finds no set."""
    words = required_literals(pattern, flags)
    return LiteralGate(words) if words else None


def is_re_word(ch: str) -> bool:
    """Whether ``re``'s ``\\w`` matches the character ``ch`` in a str pattern (a Unicode letter or digit, or "_"):
    for exact hand-written stand-ins of ``\\b`` (re's matcher tests ``Py_UNICODE_ISALNUM(ch) || ch == '_'``)."""
    return ch.isalnum() or ch == "_"


def holds_any(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """True when one of ``words`` lies wholly inside ``text[start:end]``: a pre-test for a pattern every match of which
    holds one of them (without it, the pattern cannot match there)."""
    for w in words:
        if text.find(w, start, end) >= 0:
            return True
    return False


def folded_literals(rx: Folded | re.Pattern[str]) -> tuple[str, ...]:
    """Lowered strings one of which every match of a case-insensitive pattern holds, for pre-tests on the lowered text
    (:func:`fastre.lowered`, exact when it is not None: there the lowered pattern matches where the pattern does, see
    fastre's docstring): :func:`fastre.required_literals` of the lowered pattern, derived so that they follow it."""
    flags = rx._flags if isinstance(rx, Folded) else rx.flags & ~re.IGNORECASE
    words = required_literals(without_captures(lower_pattern(rx.pattern)), flags)
    if not words:
        raise ValueError(f"no required strings for {rx.pattern!r}")
    return words


def covering(rx: Folded | re.Pattern[str], cover: tuple[str, ...]) -> tuple[str, ...]:
    """``cover``, checked (at import) to be a part of each of the pattern's :func:`folded_literals`: every match holds one
    of them, so a lowered text that holds none of ``cover`` has no match (a shorter list to look for than the words)."""
    words = folded_literals(rx)
    if not all(any(c in w for c in cover) for w in words):
        raise ValueError(f"{cover!r} does not cover the strings of {rx.pattern!r}")
    return cover


def may_hold(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """False when the lowered ``text[start:end]`` holds none of ``words`` (lowered strings one of which every match of a
    pattern holds, see :func:`folded_literals` and :func:`covering`): the pattern cannot match there. True when it holds
    one, or when ``text`` has no faithful lowered copy (:func:`lowered`)."""
    low = lowered(text)
    if low is None:
        return True
    return holds_any(low, words, start, len(low) if end is None else end)
