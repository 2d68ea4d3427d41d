"""Region mentions and region scope.

The gazetteer comes from :mod:`indupath.taxonomy` (GB/T 2260 units, development
zones, clusters; Chinese and English names and short forms) and is scanned with
one Aho–Corasick automaton per document, so tagging is linear in the text.

Short forms are risky in running text: county short names that are common words
(新兴, 南部, 资源, 合作 ...) are dropped by looking up their frequency in jieba's
general dictionary (a word with frequency above :data:`COMMON_WORD_FREQ` is a word
first and a place second); one-character abbreviations (皖, 京) are never used.

Scope: a sentence's *subject region* is its first region mention; a sentence
without one inherits the previous sentence's subject ("... Liaoning proposed ...
This includes ..."). A fact takes the nearest mention before it in its own
sentence, else the sentence's subject, else the inherited scope.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import ahocorasick

from . import cache
from .fastre import fast, is_re_word, literal_led

logger: Final = logging.getLogger(__name__)

COMMON_WORD_FREQ: Final = 150
_LEVEL_RANK: Final = {"province": 0, "prefecture": 1, "zone": 2, "county": 3, "cluster": 4, "state": 5, "country": 6, "other": 7}


@dataclass(frozen=True)
class RegionInfo:
    """A gazetteer entry: code, level, parent and canonical names."""

    code: str
    level: str
    parent: str | None
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class Mention:
    """A region named in the text at ``[start, end)``."""

    start: int
    end: int
    surface: str
    info: RegionInfo
    ambiguous: bool = False


@dataclass
class Gazetteer:
    """Surface form → candidate regions, with an Aho–Corasick automaton over all forms."""

    forms: dict[str, list[RegionInfo]]
    automaton: ahocorasick.Automaton
    regions: dict[str, RegionInfo]
    not_key: re.Pattern[str] | None = None  # characters of no form; a text is scanned with them as _SENTINEL
    # not_key for ASCII texts, as a bytes.translate table (see scan_text)
    ascii_table: bytes | None = None


def _common_words(candidates: set[str], city_shorts: frozenset[str] = frozenset()) -> set[str]:
    """Those of ``candidates`` that jieba's dictionary lists as frequent general words. A county-level
    city's short form (``city_shorts``) that jieba tags as a place name (江阴 ns, 宜兴 ns) is a name,
    not a common word."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("jieba")  # locate the package without importing (and compiling) it
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - jieba is a dependency
        return set()
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    try:
        dict_text = path.read_text(encoding="utf-8")
    except OSError:  # pragma: no cover
        return set()
    common: set[str] = set()
    for line in dict_text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[0] in candidates:
            try:
                if int(parts[1]) > COMMON_WORD_FREQ and not (len(parts) >= 3 and parts[2] == "ns" and parts[0] in city_shorts):
                    common.add(parts[0])
            except ValueError:
                continue
    return common


def _load_cached(path: Path, fingerprint: str) -> tuple[dict[str, list[RegionInfo]], dict[str, RegionInfo]] | None:
    """The cached (forms, regions) when the file exists and was built from the same sources, else None.

    The file holds plain tuples (see :func:`_store_cached`), rebuilt here into shared :class:`RegionInfo`
    objects: a compiled build of this module (see :mod:`indupath.extract.native`) cannot unpickle its frozen
    dataclasses, and tuples read the same in both builds."""
    value = cache.load(path, fingerprint)
    if not isinstance(value, tuple) or len(value) != 3:
        return None
    rows, form_rows, codes = value
    try:
        infos = [RegionInfo(*row) for row in rows]
        forms = {form: [infos[i] for i in idx] for form, idx in form_rows.items()}
        regions = {code: infos[i] for code, i in codes.items()}
    except (TypeError, IndexError, AttributeError) as exc:
        logger.info("cache %s malformed (%s); rebuilding", path, exc)
        return None
    return forms, regions


def _store_cached(path: Path, fingerprint: str, forms: dict[str, list[RegionInfo]],
                  regions: dict[str, RegionInfo]) -> None:
    """Write the cache atomically (see :func:`indupath.extract.cache.store`): each distinct entry once as a
    tuple of its fields, and the forms and codes as indexes into that list (shared objects stay shared)."""
    index: dict[int, int] = {}
    rows: list[tuple[str, str, str | None, str, str]] = []

    def at(info: RegionInfo) -> int:
        i = index.get(id(info))
        if i is None:
            i = index[id(info)] = len(rows)
            rows.append(dataclasses.astuple(info))
        return i

    form_rows = {form: [at(info) for info in infos] for form, infos in forms.items()}
    codes = {code: at(info) for code, info in regions.items()}
    cache.store(path, fingerprint, (rows, form_rows, codes))


def _load_order(path: Path, fingerprint: str) -> list[str] | None:
    """The cached scan order (see :func:`_scan_order`), None when missing or stale."""
    value = cache.load(path, fingerprint)
    return value if isinstance(value, list) and all(isinstance(ch, str) for ch in value) else None


# The automaton keeps each node's children in a list searched linearly, and most characters of a
# text are read at the root (whose children are the ~1,000 first characters of all forms), so a
# scan used to cost a walk of that whole list for most characters. The automaton is therefore
# built with every character of the forms' alphabet as a root child, the frequent ones first
# (placeholder keys ``c + _NEVER`` for characters that start no form; they are never completed, and
# they change no output: reading such a ``c`` at the root and failing back to it on the next
# character is what skipping ``c`` at the root did), and a text is scanned with every character
# outside the alphabet replaced by ``_SENTINEL`` (the first root child; such characters have no
# transition anywhere, so they all behave alike). Offsets are unchanged (one character for one).
_SENTINEL: Final = "\x00"
_NEVER: Final = "\U0010ffff"
_ENGLISH_ORDER: Final = " etaoinshrdlcumwfgypbvkjxqzETAOINSHRDLCUMWFGYPBVKJXQZ-'.,()0123456789"


def _scan_order(forms: dict[str, list[RegionInfo]]) -> list[str]:
    """The forms' characters, most frequent in running text first (spaces and English letters, then
    Chinese characters by their frequency in jieba's general dictionary, then the rest)."""
    alphabet = {ch for form in forms for ch in form}
    freq: dict[str, int] = dict.fromkeys(alphabet, 0)
    dict_text = _jieba_dict()
    for line in dict_text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            n = int(parts[1])
            for ch in parts[0]:
                if ch in freq:
                    freq[ch] += n
    order = [ch for ch in _ENGLISH_ORDER if ch in alphabet]
    placed = set(order)
    order += sorted((ch for ch in alphabet if ch not in placed), key=lambda ch: (-freq[ch], ch))
    return order


def _jieba_dict() -> str:
    """jieba's general dictionary (word, frequency, tag per line), '' when unavailable."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - jieba is a dependency
        return ""
    try:
        return (Path(next(iter(spec.submodule_search_locations))) / "dict.txt").read_text(encoding="utf-8")
    except OSError:  # pragma: no cover
        return ""


def _automaton(forms: dict[str, list[RegionInfo]], order: list[str] | None = None) -> ahocorasick.Automaton:
    """The Aho–Corasick automaton over all forms (value: the form), root children in ``order``
    (see the note above :data:`_SENTINEL`); without an order, the forms in their own order."""
    auto = ahocorasick.Automaton()
    if not order:
        for form in forms:
            auto.add_word(form, form)
        auto.make_automaton()
        return auto
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    auto.add_word(_SENTINEL + _NEVER, None)
    for ch in order:
        for form in by_first.get(ch, [_NEVER]):
            if form == _NEVER:
                auto.add_word(ch + _NEVER, None)
            else:
                auto.add_word(form, form)
    auto.make_automaton()
    return auto


def _not_key(order: list[str]) -> re.Pattern[str] | None:
    """Characters outside the alphabet ``order``: scanned as :data:`_SENTINEL`."""
    if not order:
        return None
    return re.compile("[^" + "".join(re.escape(ch) for ch in sorted(order)) + "]")


def _ascii_table(order: list[str]) -> bytes | None:
    """:func:`_not_key` for ASCII texts: a ``bytes.translate`` table that keeps the ASCII characters of the alphabet
    ``order`` and maps every other byte to :data:`_SENTINEL` (bytes above 127 never occur in an ASCII text)."""
    if not order:
        return None
    alphabet = set(order)
    return bytes(i if chr(i) in alphabet else ord(_SENTINEL) for i in range(256))


def scan_text(gz: Gazetteer, text: str) -> str:
    """``text`` as the automaton scans it: every character outside the forms' alphabet replaced by :data:`_SENTINEL`
    (one for one, so offsets are unchanged). An ASCII text (every English text) is translated as bytes, about ten
    times faster than the substitution and the same string: both keep exactly the alphabet's characters."""
    if gz.not_key is None:
        return text
    if gz.ascii_table is not None and text.isascii():
        return text.encode("ascii").translate(gz.ascii_table).decode("ascii")
    return gz.not_key.sub(_SENTINEL, text)


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The region gazetteer, built once per process.

    Building it needs the taxonomy tables (pandas) and a scan of jieba's dictionary, several
    seconds on a cold start; the built forms are therefore pickled into
    :func:`indupath.extract.cache.cache_dir` under a fingerprint of all their sources and rebuilt on any
    mismatch or unreadable file. The automaton itself is rebuilt from the forms (tens of ms)."""
    directory = cache.cache_dir()
    fingerprint = cache.fingerprint(__name__) if directory is not None else ""
    path = cache.entry_path(directory, "gazetteer") if directory is not None else None
    cached = _load_cached(path, fingerprint) if path is not None else None
    if cached is not None:
        forms, regions = cached
    else:
        forms, regions = _build_tables()
        if path is not None:
            _store_cached(path, fingerprint, forms, regions)
    order_path = cache.entry_path(directory, "gazetteer_order") if directory is not None else None
    order = _load_order(order_path, fingerprint) if order_path is not None else None
    if order is None:
        order = _scan_order(forms)
        if order_path is not None:
            cache.store(order_path, fingerprint, order)
    if _SENTINEL in order or _NEVER in order:  # pragma: no cover - a form with a control character
        order = []
    return Gazetteer(forms=forms, automaton=_automaton(forms, order), regions=regions, not_key=_not_key(order),
                     ascii_table=_ascii_table(order))


def _build_tables() -> tuple[dict[str, list[RegionInfo]], dict[str, RegionInfo]]:
    """Surface form → candidate regions (nearest level first) and code → region, from the taxonomy."""
    from indupath.taxonomy.regions import regions_table, surface_forms

    table = regions_table()
    regions: dict[str, RegionInfo] = {}
    for row in table.itertuples(index=False):
        level = str(row.level) if isinstance(row.level, str) else "other"
        parent = row.parent if isinstance(row.parent, str) and row.parent else None
        regions[str(row.code)] = RegionInfo(
            code=str(row.code),
            level=level,
            parent=parent,
            name_zh=str(row.name_zh) if isinstance(row.name_zh, str) else "",
            name_en=str(row.name_en) if isinstance(row.name_en, str) else "",
        )
    sf = surface_forms()
    sf = sf[sf["kind"] != "abbr"]
    generic = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区", "新区", "开发区"}
    county_shorts: set[str] = set()
    city_shorts: set[str] = set()  # short forms of county-level cities (江阴 for 江阴市)
    rows = []
    for form, code, kind, lang in zip(sf["form"], sf["code"], sf["kind"], sf["lang"], strict=True):
        info = regions.get(str(code))
        if info is None or form in generic or len(form) < 2 or info.level in ("country", "state"):
            continue
        if info.level == "prefecture" and info.name_zh in generic:
            continue
        if lang == "en":
            if info.level in ("county",) and " " not in form and not info.name_zh.endswith("市"):
                continue  # bare pinyin of a county (Changfeng): too ambiguous; county-level cities (Kunshan) stay
            if len(form) < 4 or not form[0].isupper():
                continue
        elif kind == "alias" and info.level in ("county", "zone") and form != info.name_zh:
            county_shorts.add(form)
            if info.name_zh == form + "市" and len(form) >= 2:
                city_shorts.add(form)
        rows.append((form, info, kind, lang))
        if lang == "en" and info.level == "county" and form.endswith((" District", " County")):
            head, _, level_word = form.rpartition(" ")
            rows.append((head + " " + level_word.lower(), info, kind, lang))  # "Yuhang district": news style
        if lang == "en" and "ü" in form:
            # Lüliang as English text writes it, without the diaeresis: Luliang, Lvliang
            rows.extend((form.replace("ü", v), info, kind, lang) for v in ("u", "v"))
    common = _common_words(county_shorts, frozenset(city_shorts))
    forms: dict[str, list[RegionInfo]] = {}
    for form, info, _kind, lang in rows:
        if form in common and form != info.name_zh and info.level in ("county", "zone"):
            continue
        if lang == "zh" and info.level == "county" and form != info.name_zh and len(form) < 2:
            continue
        lst = forms.setdefault(form, [])
        if info not in lst:
            lst.append(info)
    for lst in forms.values():
        lst.sort(key=lambda r: _LEVEL_RANK.get(r.level, 9))
    return forms, regions


_EN_DATELINE: Final = re.compile(
    # (after the city: its province or country and the date, "LUYI, Henan -", "GUIYANG, China, March 12, 2026 --")
    r"^\s*[A-Z][A-Z .'\-]{2,}(?:,\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)){0,3}"
    r"(?:\s*\([^)]{1,30}\))?\s*(?:--|—|–|-)\s*"
)
_ZH_DATELINE: Final = re.compile(r"^[^，,。]{0,16}?[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电")
_ZONE_ZH: Final = re.compile(
    r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|综合保税区|保税区|自贸试验区|自贸区|新区|产业园区|工业园区|产业园)"
)
_ZONE_EN: Final = re.compile(
    r"(?:\s+(?:Economic(?:\s+and|\s+&)?\s+Technological|Economic|High-?[Tt]ech(?:nology)?|Hi-[Tt]ech|Industrial|"
    r"Free Trade|Pilot Free Trade|Comprehensive Bonded)?\s*(?:Development\s+)?(?:Zone|Area|Park|New Area))"
)


# (a conjunction first joins the region to an organisation: 推动伊川县与新材料研究院共建…)
_ORG_AFTER: Final = re.compile(r"(?![和与及同])[\u4e00-\u9fff]{0,6}?(?:大学|学院|集团|公司|银行|日报|电视台|机场|高铁|车站|医院|中学|小学|研究院)")


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-'")


def is_possessive(text: str, end: int) -> bool:
    """True when an English name ending at ``end`` is followed by a possessive "'s" ("Daqing's output")."""
    return text.startswith(("'s", "’s"), end) and not (end + 2 < len(text) and _is_word_char(text[end + 2]))


_EN_LEVEL_SUFFIX: Final = re.compile(r"\s+(?:New Area|New District|District|County|City)$")


def with_short_forms(text: str, mentions: list[Mention], end: int) -> list[Mention]:
    """``mentions`` plus the later bare short forms of English names found with a level word: once
    "Binhai New Area" is named, "Binhai's industrial output" and "Binhai will …" name it too (a short form
    alone can be ambiguous, 滨海县 in Jiangsu is also Binhai, so it counts only after the full name)."""
    shorts: dict[str, Mention] = {}
    for m in mentions:
        sm = _EN_LEVEL_SUFFIX.search(m.surface) if m.surface.isascii() else None
        if sm is not None:
            short = m.surface[: sm.start()]
            if len(short) >= 4 and " " not in short and short[0].isupper():
                shorts.setdefault(short, m)
    if not shorts:
        return mentions
    extra = _later_short_forms(text, shorts, [(m.start, m.end) for m in mentions], end)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


class _Spans:
    """Spans ``[a, b)`` answering "does any overlap ``[s, e)``?" in O(log n): a span overlaps when ``a < e`` and
    ``b > s``; sorted by ``a``, the spans with ``a < e`` are a prefix, and one of them has ``b > s`` exactly when the
    largest ``b`` of that prefix does. (A scan of every span for every hit grew with the square of a long
    document's mentions.)"""

    __slots__ = ("starts", "max_ends")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_ends: list[int] = []
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.max_ends.append(top)

    def add(self, a: int, b: int) -> None:
        """Add the span ``[a, b)`` (the running maxima after it rise to ``b`` until one is already as high)."""
        i = bisect.bisect_right(self.starts, a)
        self.starts.insert(i, a)
        top = max(self.max_ends[i - 1], b) if i else b
        self.max_ends.insert(i, top)
        for k in range(i + 1, len(self.max_ends)):
            if self.max_ends[k] >= top:
                break
            self.max_ends[k] = top

    def overlaps(self, s: int, e: int) -> bool:
        """True when some span overlaps ``[s, e)``."""
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.max_ends[i - 1] > s


def _names_in(text: str, names: list[str], pos: int, end: int, hyphen_after: bool = True) -> list[tuple[int, int]]:
    """The spans of ``re.compile(r"\\b(?:name1|name2|…)\\b").finditer(text, pos, end)`` (``…\\b(?!-)`` when not
    ``hyphen_after``), found with str.find, without compiling a pattern for the names each document gives (which cost
    as much as the scan itself). Every occurrence of a name inside ``[pos, end)`` that the boundaries allow is a place
    where its alternative matches (re's \\b compares the characters either side, the text before ``pos`` included and
    nothing at or after ``end``, and so does this); re takes the leftmost of them, the first name in order there, and
    goes on from its end: so does this, from the occurrences sorted by start and then by the name's place in order."""
    hits: list[tuple[int, int, int]] = []  # (start, the name's place in order, end)
    for k, name in enumerate(names):
        first_word = is_re_word(name[0])
        last_word = is_re_word(name[-1])
        a = text.find(name, pos, end)
        while a >= 0:
            e = a + len(name)
            if (a > 0 and is_re_word(text[a - 1])) != first_word \
                    and last_word != (e < end and is_re_word(text[e])) \
                    and (hyphen_after or e >= end or text[e] != "-"):
                hits.append((a, k, e))
            a = text.find(name, a + 1, end)
    hits.sort()
    out: list[tuple[int, int]] = []
    cursor = pos
    for a, _, e in hits:
        if a >= cursor:
            out.append((a, e))
            cursor = e
    return out


def _later_short_forms(text: str, shorts: dict[str, Mention], taken: list[tuple[int, int]], end: int) -> list[Mention]:
    """Mentions of the bare English ``shorts`` (short form → the full mention it stands for) after their full
    names and up to ``end``, word-bounded, outside the ``taken`` spans."""
    extra: list[Mention] = []
    spans = _Spans(taken)
    names = sorted(shorts, key=len, reverse=True)
    for a, b in _names_in(text, names, min(m.start for m in shorts.values()), end, hyphen_after=False):
        short = text[a:b]
        full = shorts[short]
        if a < full.end or spans.overlaps(a, b):
            continue
        extra.append(Mention(a, b, short, full.info, full.ambiguous))
    return extra


@functools.cache
def _bare_county_names() -> dict[str, dict[str, tuple[RegionInfo, ...]]]:
    """The bare English names of districts and counties ("Penglai" for "Penglai District"), by the code of their
    parent, each with the units under that parent that bear it. The gazetteer leaves them out (a bare pinyin name
    alone is too ambiguous to read)."""
    out: dict[str, dict[str, list[RegionInfo]]] = {}
    for form, infos in gazetteer().forms.items():
        head, sep, level_word = form.rpartition(" ")
        if not sep or level_word not in ("District", "County") or " " in head or len(head) < 4:
            continue
        for info in infos:
            if info.level == "county" and info.parent:
                same = out.setdefault(info.parent, {}).setdefault(head, [])
                if info not in same:
                    same.append(info)
    return {parent: {h: tuple(v) for h, v in heads.items()} for parent, heads in out.items()}


_PRESENT_SCAN_MIN = 50_000  # characters × names above which the names are found in one scan of the text


def _present_heads(text: str, tables: list[dict[str, tuple[RegionInfo, ...]]]) -> set[str] | str:
    """The names of ``tables`` that occur in ``text`` (as substrings), or ``text`` itself when it is short enough
    for each name's ``in`` test to be cheap (then ``name in`` the result is that test). A long document naming
    many prefectures tested hundreds of names against its whole length each; one Aho-Corasick scan reports every
    occurrence of every name, overlapping ones included, so the set is the same as the ``in`` tests give."""
    names = {head for table in tables for head in table}
    if len(text) * len(names) < _PRESENT_SCAN_MIN or not names:
        return text
    automaton = ahocorasick.Automaton()
    for head in names:
        automaton.add_word(head, head)
    automaton.make_automaton()
    return {head for _, head in automaton.iter(text)}


# a capitalised word right before or after a bare name makes it part of a longer one ("Xi Jinping", "Penglai Pavilion",
# "Yazhou Bay"), as does a hyphen ("Zhongyuan-based")
_NAME_BEFORE: Final = re.compile(r"[A-Z][\w'’]*\s+$")
_NAME_AFTER: Final = re.compile(r"\s+[A-Z]|-")


def with_bare_counties(text: str, mentions: list[Mention], end: int) -> list[Mention]:
    """``mentions`` plus the districts and counties an English text names bare after naming their prefecture:
    "Penglai will focus on offshore wind equipment" in a text about Yantai is 蓬莱区. The bare name counts only after
    the prefecture's own mention, when it is the only unit of that name under the prefectures the text names, and
    not as part of a longer name (a capitalised word next to it, or a hyphen)."""
    named: dict[str, int] = {}  # prefecture code -> where the text first names it
    for m in mentions:
        if m.info.level == "prefecture" and m.info.code not in named:
            named[m.info.code] = m.start
    if not named:
        return mentions
    found: dict[str, list[RegionInfo]] = {}
    bare = _bare_county_names()
    present = _present_heads(text, [bare.get(code, {}) for code in named])
    for code in named:
        for head, infos in bare.get(code, {}).items():
            if head in present:
                found.setdefault(head, []).extend(infos)
    heads = {head: infos[0] for head, infos in found.items() if len(infos) == 1}
    if not heads:
        return mentions
    taken = _Spans([(m.start, m.end) for m in mentions])
    extra: list[Mention] = []
    for a, b in _names_in(text, sorted(heads, key=len, reverse=True), min(named.values()), end):
        head = text[a:b]
        info = heads[head]
        if a < named[info.parent or ""] or taken.overlaps(a, b) or _NAME_BEFORE.search(text, max(0, a - 30), a) \
                or _NAME_AFTER.match(text, b):
            continue
        extra.append(Mention(a, b, head, info, False))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


# the abbreviations of a zone's kind that its own English pages use ("Langfang ETDZ", "Weihai ETDA")
_ZONE_ABBREVIATIONS: Final = r"ETD[AZ]|EDZ|HTZ|HT?IDZ"
# an English zone name the gazetteer does not list: capitalised words before a zone's kind ("Songshan Lake
# Hi-tech Industrial Development Zone", "Caohejing Hi-Tech Park", "Jiangbei New Area")
# (the kinds that have an administration of their own, as GB/T 2260's zone codes and the corpus treat them; an
# industrial, science or software park is a place a measure builds, whose facts writers give to its district)
_EN_ZONE_KIND: Final = (
    r"(?:(?:Hi|High)-?[Tt]ech(?:nology)?|Economic(?:\s+(?:and|&)\s+Technological|-Technological)?|Free\s+Trade|"
    r"Comprehensive\s+Bonded)"
    r"\s+(?:Industrial\s+)?(?:Development\s+)?(?:Zone|Area)|"
    r"Industrial\s+Development\s+Zone|New\s+(?:Area|District)|"
    + _ZONE_ABBREVIATIONS
)
_EN_NAME_TAIL: Final = r"[a-z]+(?:-[A-Za-z]+)?\s+"  # a name word after its capital
_EN_NAME_UNIT: Final = r"[A-Z]" + _EN_NAME_TAIL
_EN_UNLISTED_ZONE_PATTERN: Final = r"\b((?:" + _EN_NAME_UNIT + r"){1,4})(?:" + _EN_ZONE_KIND + r")\b"
# the same pattern led by its first capital, so that re skips to the capitals in C: \b before a capital (a word
# character) is "no word character before it", tested after it ((?<!\w.), as fastre.literal_led writes it), and one to
# four name words are the first, then up to three more (greedy either way: the same choices in the same order)
_EN_UNLISTED_ZONE: Final = re.compile(r"([A-Z](?<!\w.)" + _EN_NAME_TAIL + r"(?:" + _EN_NAME_UNIT + r"){0,3})(?:" + _EN_ZONE_KIND
                               + r")\b")
# a park or zone named for what it makes ("Palm Cape Aerospace Industrial Park", "Heluo Intelligent Manufacturing
# Development Zone", "Binjiang International Trade Zone", an investor guide's "Linhe New Industry Area"): any capitalised
# words before the kind, none of them a kind's own word
_EN_PARK_NOT_NAME: Final = (r"(?:Hi|High)-?[Tt]ech|Economic|Industrial|Industry|Free|Comprehensive|Development|Science|"
                             r"Technology|Innovation|National|The\b")
_EN_PARK_KIND: Final = (r"(?:Development\s+Zone|Trade\s+Zone|(?:Industrial|Industry|Science|Technology|Innovation)\s+Park|"
                        r"Park|Industry\s+Area)\b")
_EN_UNLISTED_PARK_PATTERN: Final = r"\b((?:(?!" + _EN_PARK_NOT_NAME + r")[A-Z]" + _EN_NAME_TAIL + r"){1,4})" + _EN_PARK_KIND
# the same pattern led by its first capital (as _EN_UNLISTED_ZONE), so that re skips to the capitals in C instead of
# trying it at every position: \b before the capital is (?<!\w.) after it, and the first word's look-ahead at the
# capital, (?!…), is tested after it as (?<!(?=…).) (one character back, then the same look-ahead, which reads on
# past the capital); one to four name words are the first, then up to three more (greedy either way: the same
# choices in the same order). tests/extract/test_speedups_regions.py compares both
_EN_UNLISTED_PARK: Final = re.compile(r"([A-Z](?<!\w.)(?<!(?=" + _EN_PARK_NOT_NAME + r").)" + _EN_NAME_TAIL
                                      + r"(?:(?!" + _EN_PARK_NOT_NAME + r")" + _EN_NAME_UNIT + r"){0,3})" + _EN_PARK_KIND)
_PARK_OPENING: Final = 400  # characters of a text's opening in which an English park names the text's subject
# a name the text's opening says is a park or zone: "Taihang Photonics Valley, a provincial-level industrial park in
# Shangdang District, held …"
_EN_APPOSITIVE_PARK: Final = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+),\s+an?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:industrial park|industry park|science park|technology park|park|development zone|high-tech zone|zone)"
    r"(?:\s+(?:in|of)\s+(?=[A-Z]))?")
_EN_NAME_WORD: Final = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)?")
_EN_BEFORE_NAME: Final = re.compile(r"(?:['’]s)?\s*$")
# capitalised words that cannot be part of a zone's own name (a headline's or a sentence's opening words)
_EN_NOT_NAME: Final = frozenset(
    "The A An In At On Of For From To By With And Or Its Their Our This That These Those Where When While As Inside "
    "Across Near Under Into Over About After Before Since Each Every New National Provincial Municipal State China "
    "Chinese Big Major Key Local Other Some Many Several Both Such Its Why How What Which Who Across Between Among "
    "January February March April May June July August September October November December".split()
)
# (a park named for what it makes may hold "New": "Quangang New Materials Industrial Park"; a headline's verb in
# capitals is no part of it: "Quanzhou Launches Quangang New Materials Industrial Park")
_EN_NOT_NAME_IN_PARK: Final = (_EN_NOT_NAME - {"New"}) | frozenset(
    "Launches Launch Opens Open Unveils Unveil Plans Plan Builds Build Approves Inaugurates Sets Starts Breaks "
    "Announces Names Backs Adds Gets Wins Signs Eyes Targets Expands Creates Establishes Welcomes Hosts Lands "
    "Attracts Completes Begins Debuts Kicks Rolls Becomes Joins Upgrades To Will Is Are".split())
_EN_ZONE_IN: Final = re.compile(r"\s*,?\s*(?:in|of)\s+")
# words that an official zone name holds after its own name ("Fenghuang Lake National High-tech Industrial …")
_EN_NAME_INNER: Final = frozenset({"National", "State-level", "Provincial"})
_EN_KIND_WORD: Final = re.compile(r"(?:Hi|High)-?[Tt]ech(?:nology)?|Economic|Industrial|Development|Free|Comprehensive|New|Pilot")


# a Chinese zone the gazetteer does not list: two to four characters of name before a zone's kind (松山湖高新区,
# 前湾新区, 东莞 + 松山湖高新区); the name opens a clause, follows a verb or preposition that introduces a place,
# or follows its host's name. Characters that a name of this kind never holds (function words, level words,
# the verbs of a policy sentence) stop it, so 加快建设高新区 and 以下简称高新区 name none.
# (literal-led: the same matches, found faster; the callers use spans only)
_ZH_ZONE_KIND: Final = fast(r"(?:国家级?)?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区)|新区")
_ZH_NOT_NAME: Final = frozenset(
    "的和与及等在是将为对把以由从向各全本我该其此这那省市县级国家城创更改革重建设造推动支持加快发展进依托立申争获"
    "升批入办至到于化深强优促提做抓培育引聚实施扩完服务保障个区内外年称简"
)
_ZH_PLACE_VERBS: Final = frozenset(
    {"支持", "推动", "依托", "推进", "加快", "聚焦", "发挥", "打造", "建设", "做强", "提升", "鼓励", "指导", "引导", "围绕",
     "落户", "入驻", "位于", "布局"}
)
_ZH_PLACE_CHARS: Final = frozenset("在与和及对将把以由是为、")
# two-character verbs a clause opens with that no zone's name is (结合高新区实际, 围绕经开区…); those that start with a
# character of _ZH_NOT_NAME (对接, 支持, 推动 …) are stopped there already
_ZH_VERB_NOT_NAME: Final = frozenset({"结合", "联合", "配合", "围绕", "打造", "鼓励", "指导", "落实", "用好"})


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _unlisted_zones_zh(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Chinese zones the gazetteer does not list (see :data:`_ZH_ZONE_KIND`), and their later bare names."""
    if "区" not in text:
        return mentions
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    by_end = {m.end: m for m in mentions}
    found: list[Mention] = []
    dropped: set[int] = set()
    shorts: dict[str, Mention] = {}
    same_name: dict[str, list[int]] = {}  # a zone's own name (汇江) → the zones found under it
    for k in _ZH_ZONE_KIND.finditer(text, start, end):
        if k.start() in covered or text[k.start() - 1 : k.start()] in _ZH_NOT_NAME:
            continue  # 江北和新区: a name never ends in a function word or verb (the loop tests only its first)
        named = by_end.get(k.start())
        host = by_end.get(named.start) if named is not None else None
        if named is not None and host is not None and named.info.level == "county" and host.info.code \
                and named.info.parent != host.info.code and not named.surface.endswith(("区", "县", "市")):
            # 岳阳湖滨经济开发区: a zone named after its host (岳阳) whose own name (湖滨) is also a county's elsewhere
            # (湖滨区 of 三门峡): the host, the name and the kind are one zone
            name = text[host.start : k.end()]
            zone = Mention(start=host.start, end=k.end(), surface=name,
                           info=RegionInfo(code="", level="zone", parent=host.info.code, name_zh=name, name_en=""))
            found.append(zone)
            dropped.update((id(host), id(named)))
            covered.update(range(host.start, k.end()))
            continue
        for length in (2, 3, 4):
            a = k.start() - length
            if a < max(start, 1) or not _is_han(text[a]) or text[a] in _ZH_NOT_NAME or a in covered:
                break
            host = by_end.get(a)
            if host is None and _is_han(text[a - 1]) and text[a - 2 : a] not in _ZH_PLACE_VERBS \
                    and text[a - 1] not in _ZH_PLACE_CHARS:
                continue
            short = text[a : k.start()]
            if short in _ZH_VERB_NOT_NAME:
                break
            if host is not None:
                dropped.add(id(host))
                a = host.start  # 东莞松山湖高新区: the host's name is part of the zone's
            name = text[a : k.end()]
            info = RegionInfo(code="", level="zone", parent=(host.info.code or None) if host else None, name_zh=name,
                              name_en="")
            zone = Mention(start=a, end=k.end(), surface=name, info=info)
            found.append(zone)
            same_name.setdefault(short, []).append(len(found) - 1)
            covered.update(range(a, k.end()))
            # a bare name names the zone later on (松山湖); not a two-character one, which is often a common
            # word too (东部, 江北)
            if host is None and len(short) >= 3:
                shorts.setdefault(short, zone)
            break
    if not found:
        return mentions
    for short, group in same_name.items():
        # 柳州汇江国家高新技术产业开发区 in the title, 汇江高新区 in the body: one zone, by its fullest name
        fullest = max((found[g] for g in group), key=lambda z: len(z.surface)).info
        for g in group:
            found[g] = Mention(found[g].start, found[g].end, found[g].surface, fullest, found[g].ambiguous)
        if short in shorts:  # its bare name later on (汇江) names the same zone
            shorts[short] = Mention(shorts[short].start, shorts[short].end, shorts[short].surface, fullest,
                                    shorts[short].ambiguous)
    if shorts:
        pattern = re.compile("|".join(re.escape(x) for x in sorted(shorts, key=len, reverse=True)))
        for hit in pattern.finditer(text, min(z.end for z in shorts.values()), end):
            if hit.start() in covered or hit.end() - 1 in covered or _ZH_ZONE_KIND.match(text, hit.end()):
                continue
            found.append(Mention(hit.start(), hit.end(), hit.group(), shorts[hit.group()].info))
            covered.update(range(hit.start(), hit.end()))
    return sorted([m for m in mentions if id(m) not in dropped] + found, key=lambda m: m.start)


# a park whose own document this is: its name opens the title (襄水湾智能制造产业园重点项目建设情况通报, 某某产业园
# 三年行动计划), and the body calls it 园区
_TITLE_PARK_ZH: Final = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,14}?(?:产业园区|工业园区|产业园|工业园|科技园|产业集聚区))")
_PARK_WORD_ZH: Final = re.compile(r"园区|本园")
_PARK_NOT_NAME_ZH: Final = re.compile(r"建设|加快|推动|打造|发展|支持|推进|促进|培育|实施|[的和与及在是将为对把]")


# a town or township whose name opens the title (许村镇二〇二五年工作总结, 海宁市许村镇…), and the words its own text
# speaks of itself with (全镇, 镇党委): the gazetteer stops at counties
_TITLE_TOWN_ZH: Final = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{1,4}?[镇乡])")
TOWN_WORDS_ZH: Final = r"全镇|我镇|本镇|(?<![乡城])镇党委|(?<![乡城])镇政府|全乡|我乡|本乡|(?<!镇)乡党委|(?<!镇)乡政府"
_TOWN_WORD_ZH: Final = re.compile(r"全镇|我镇|本镇|全乡|我乡|本乡")
_TOWN_SELF_ZH: Final = re.compile(TOWN_WORDS_ZH)


def title_town_zh(text: str, title_start: int, title_end: int, mentions: list[Mention], end: int) -> list[Mention]:
    """A Chinese town or township (镇, 乡) whose name opens the document's title after any regions above it (海宁市许村镇),
    in a text that speaks of itself as the town (全镇, 镇党委, 镇政府), and every later 全镇 / 我镇 as that town ([]
    otherwise): the town's own summary or plan, so the town is its region (no code: the gazetteer stops at counties)."""
    a = title_start
    while a < title_end and text[a].isspace():
        a += 1
    for x in mentions:  # the regions above it, written before its name
        if x.start == a and x.end < title_end:
            a = x.end
    m = _TITLE_TOWN_ZH.match(text, a, title_end)
    if m is None or any(x.start <= m.start("name") < x.end for x in mentions) or _TOWN_SELF_ZH.search(text, title_end, end) is None:
        return []
    a, b = m.span("name")
    host = next((x for x in reversed(mentions) if x.end == a), None)
    info = RegionInfo(code="", level="zone", parent=(host.info.code or None) if host else None, name_zh=text[a:b], name_en="")
    out = [Mention(a, b, text[a:b], info)]
    for w in _TOWN_WORD_ZH.finditer(text, title_end, end):
        out.append(Mention(w.start(), w.end(), w.group(), info))
    return out


def title_park_zh(text: str, title_start: int, title_end: int, mentions: list[Mention], end: int) -> list[Mention]:
    """A Chinese park the gazetteer does not list, when its name opens the document's title, and every later
    园区 of the text as that park ([] otherwise): the document is the park's own (a park's bulletin, plan or
    report), so the park is its region. A park named only in the body is a place a measure builds, not a
    region (see :data:`_ZH_ZONE_KIND`). A town whose name opens the title is read the same way (:func:`title_town_zh`)."""
    town = title_town_zh(text, title_start, title_end, mentions, end)
    if town:
        return town
    m = _TITLE_PARK_ZH.match(text, title_start, title_end)
    if m is None or any(x.start < m.end("name") and m.start("name") < x.end and x.info.level != "zone"
                        and x.start > m.start("name") for x in mentions):
        return []
    a, b = m.span("name")
    host = next((x for x in mentions if x.start == a and x.end < b), None)
    if any(x.start <= a < x.end and x.end >= b for x in mentions) or (host is not None and host.info.level == "zone"):
        return []  # a listed zone or region covers the name, or the title is a zone's (合肥高新区加快建设…园区)
    if _PARK_NOT_NAME_ZH.search(text, host.end if host is not None else a, b):
        return []  # a verb or function word is no part of a park's name (…加快建设世界领先科技园区)
    info = RegionInfo(code="", level="zone", parent=(host.info.code or None) if host else None, name_zh=text[a:b],
                      name_en="")
    out = [Mention(a, b, text[a:b], info)]
    covered = [(x.start, x.end) for x in mentions]
    for w in _PARK_WORD_ZH.finditer(text, title_end, end):
        if not any(s <= w.start() < e for s, e in covered):
            out.append(Mention(w.start(), w.end(), w.group(), info))
    return out


_ZONE_SHORT_ZH: Final = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"))


def _full_zone_name(name: str) -> str:
    """A host-named Chinese zone's official name: 西安经开区 → 西安经济技术开发区, 合肥高新区 → 合肥高新技术产业开发区."""
    for short, full in _ZONE_SHORT_ZH:
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


@functools.cache
def _listed_zone_names() -> dict[str, RegionInfo]:
    """Lower-cased English forms of the zones the gazetteer lists (official names and aliases)."""
    gz = gazetteer()
    out: dict[str, RegionInfo] = {}
    for form, infos in gz.forms.items():
        if form.isascii() and infos[0].level == "zone":
            out.setdefault(form.lower(), infos[0])
    for info in gz.regions.values():
        if info.level == "zone" and info.name_en:
            out.setdefault(info.name_en.lower(), info)
    return out


def _appositive_parks(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """``mentions`` plus a park or zone the text's opening names and describes in an apposition ("Taihang Photonics
    Valley, a provincial-level industrial park in Shangdang District"), at every place the text names it; its parent
    is the region named after "in". A name that is a region already, or holds one, is none."""
    opening = text[start : start + _PARK_OPENING]
    if ", a" not in opening or ("park" not in opening and "zone" not in opening):
        return mentions  # (every match of _EN_APPOSITIVE_PARK holds "park" or "zone")
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for ap in _EN_APPOSITIVE_PARK.finditer(text, start, min(end, start + _PARK_OPENING)):
        a, b = ap.span(1)
        name = text[a:b]
        if any(x < b and a < y for x, y in taken) or name.split()[0] in _EN_NOT_NAME_IN_PARK:
            continue
        host = next((m for m in mentions if m.start == ap.end()), None) if ap.end() < len(text) else None
        info = RegionInfo(code="", level="zone", parent=(host.info.code or None) if host else None, name_zh="",
                          name_en=name)
        for hit in re.finditer(re.escape(name), text[:end]):
            if not any(x < hit.end() and hit.start() < y for x, y in taken):
                found.append(Mention(hit.start(), hit.end(), name, info))
                taken.append(hit.span())
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _listed_zone_ending(name: str) -> RegionInfo | None:
    """The listed zone whose English name ends with ``name`` after a host's name ("East Lake High-tech Development
    Zone" of "Wuhan East Lake High-tech Development Zone"), or is ``name`` written another way ("Yantai Economic and
    Technological Development Area", "Changchun High-tech Zone": :func:`zone_key`), else None."""
    low = " " + name.lower()
    for form, info in _listed_zone_names().items():
        if form.endswith(low):
            return info
    keyed = _listed_zone_keys().get(zone_key(name))
    if keyed is None or _ZONE_ABBREVIATION.search(name):
        return keyed  # "Langfang ETDZ" is named by the zone's full name
    return _as_written(keyed, name)


def _as_written(info: RegionInfo, name: str) -> RegionInfo:
    """A listed zone named another way keeps its code, and the name as the text wrote it (the facts' region name
    then reads as the text does: "Yantai Economic and Technological Development Area")."""
    return RegionInfo(code=info.code, level=info.level, parent=info.parent, name_zh=info.name_zh, name_en=name)


_ZONE_ABBREVIATION: Final = re.compile(rf"\b(?:{_ZONE_ABBREVIATIONS})$")
_ZONE_ABBREVIATION_IN: Final = re.compile(rf"\b(?:{_ZONE_ABBREVIATIONS})\b")


def _zone_abbreviation_in(text: str, start: int, end: int) -> bool:
    """Whether a zone's abbreviation (ETDZ, HTZ …) is written in ``text[start:end]``. Every one holds ETD, EDZ, HTZ or
    IDZ: a text without any of them (most) is not scanned."""
    if "ETD" not in text and "EDZ" not in text and "HTZ" not in text and "IDZ" not in text:
        return False
    return _ZONE_ABBREVIATION_IN.search(text, start, end) is not None
_ZONE_KEY_STEPS: Final = (
    (re.compile(r"\betd[az]$"), "economic and technological zone"),  # the kind's abbreviations ("Langfang ETDZ")
    (re.compile(r"\b(?:htz|ht?idz)$"), "hightech zone"),
    (re.compile(r"\bedz$"), "economic zone"),
    (re.compile(r"&"), " and "),
    (re.compile(r"\b(?:hi|high)[- ]?tech(?:nology)?\b"), "hightech"),
    (re.compile(r"\beconomic[- ]technological\b"), "economic and technological"),
    (re.compile(r"\b(?:industrial|national|state-level)\b"), " "),
    (re.compile(r"\b(?:development\s+)?(?:zone|area)$"), "zone"),
    (re.compile(r"\s+"), " "),
)


def zone_key(name: str) -> str:
    """An English zone name as a key that its usual variants share: "Development Area" and "Development Zone",
    "High-Tech", "Hi-tech" and "High-technology", "&" and "and", with or without "Industrial" or "National"
    ("Yantai Economic & Technological Development Area" and "Yantai Economic and Technological Development Zone")."""
    key = name.lower().strip()
    for rx, repl in _ZONE_KEY_STEPS:
        key = rx.sub(repl, key)
    return key.strip()


@functools.cache
def _listed_zone_keys() -> dict[str, RegionInfo]:
    """:func:`zone_key` of the English names of the zones the gazetteer lists, those with a county-level code too (a
    key two zones share names none)."""
    gz = gazetteer()
    named: list[tuple[str, RegionInfo]] = list(_listed_zone_names().items())
    for info in gz.regions.values():
        if info.level == "county" and info.name_en and _ZONE_ZH.search(info.name_zh):
            named.append((info.name_en, info))  # a zone with a county-level code (烟台经济技术开发区 370676)
    out: dict[str, RegionInfo | None] = {}
    for form, info in named:
        key = zone_key(form)
        if out.get(key, info) is not info:
            out[key] = None
        else:
            out[key] = info
    return {k: v for k, v in out.items() if v is not None}


def unlisted_zones(text: str, mentions: list[Mention], start: int, end: int, language: str = "en") -> list[Mention]:
    """``mentions`` plus English zones the gazetteer does not list, and their later short forms.

    A zone is capitalised words before a zone's kind ("Songshan Lake Hi-tech Industrial Development Zone");
    leading words that are a region already named ("Dongguan Songshan Lake …", whose parent it becomes),
    a possessive or a sentence's function word are not its name. Its parent is also the region "in" or
    "of" names right after it. Once named, the name without its kind ("Songshan Lake") names it too. A zone named
    for what it makes ("Heluo Intelligent Manufacturing Development Zone") counts wherever it is named, a park
    ("Palm Cape Aerospace Industrial Park") only in the text's opening, where it names what the text is about.
    Chinese texts: :func:`_unlisted_zones_zh`."""
    if language == "zh":
        return _unlisted_zones_zh(text, mentions, start, end)
    mentions = _appositive_parks(text, mentions, start, end)
    if "Zone" not in text and "Park" not in text and "Area" not in text and "District" not in text and \
            not _zone_abbreviation_in(text, start, end):
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    spans = _Spans(taken)  # the same spans, for overlap tests (a scan of taken per hit grew with a long text's square)
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    found: list[Mention] = []
    shorts: dict[str, Mention] = {}
    dropped: set[int] = set()  # hosts whose names open a zone's
    hits = list(_EN_UNLISTED_ZONE.finditer(text, start, end))
    if "Park" in text or "Zone" in text or "Area" in text:
        official = [h.span() for h in hits]
        # a park counts only in the text's opening (title, dateline, lead), where it names what the text is about;
        # one named later is a place a measure builds (a development zone counts anywhere)
        official_spans = _Spans(official)
        hits += [h for h in _EN_UNLISTED_PARK.finditer(text, start, end)
                 if not official_spans.overlaps(h.start(), h.end())
                 and (h.start() < start + _PARK_OPENING or h.group().endswith("Zone"))]
        hits.sort(key=lambda h: h.start())
    for hit in hits:
        # (a span overlapping the hit and ending after its name: as hit.end(1) >= hit.start(), one overlapping
        # [hit.end(1), hit.end()))
        if spans.overlaps(hit.end(1), hit.end()):
            continue  # the kind itself lies in a region already named
        words = list(_EN_NAME_WORD.finditer(text, hit.start(1), hit.end(1)))
        keep = len(words)
        not_name = _EN_NOT_NAME_IN_PARK if hit.re is _EN_UNLISTED_PARK else _EN_NOT_NAME
        while keep > 0 and not (words[keep - 1].group() in not_name
                                or spans.overlaps(words[keep - 1].start(), words[keep - 1].end())):
            keep -= 1
            if keep >= 2 and words[keep - 1].group() in _EN_NAME_INNER and words[keep - 2].group() not in _EN_NOT_NAME:
                keep -= 1  # "Fenghuang Lake National High-tech …": National inside an official name
        name_words = words[keep:]
        if not name_words or _EN_KIND_WORD.fullmatch(name_words[0].group()):
            host_only = by_end.get((name_words[0].start() if name_words else hit.end(1)) - 1)
            hosted = _listed_zone_ending(text[host_only.start : hit.end()]) \
                if host_only is not None and text[host_only.end] == " " else None
            if host_only is None or hosted is None:
                continue  # "National High-tech Industrial Development Zone" with no name of its own
            # "Changchun High-Tech Industrial Development Zone": a listed zone named by its host alone
            a = host_only.start
            zone = Mention(start=a, end=hit.end(), surface=text[a : hit.end()], info=hosted)
            found.append(zone)
            taken.append((a, hit.end()))
            spans.add(a, hit.end())
            dropped.add(id(host_only))
            continue
        a = name_words[0].start()
        lead = _EN_BEFORE_NAME.search(text, max(0, a - 4), a)
        host = by_end.get(lead.start()) if lead else None  # "Dongguan's Songshan Lake …", "Tianjin Port …"
        prefixed = host is not None and lead is not None and not lead.group().strip()
        if prefixed and host is not None:
            a = host.start  # "Tianjin Port Free Trade Zone": the host's name is part of the zone's
            dropped.add(id(host))
        if host is None:
            follow = _EN_ZONE_IN.match(text, hit.end())
            host = by_start.get(follow.end()) if follow else None
        name = text[a : hit.end()]
        listed = _listed_zone_ending(name)
        info = listed or RegionInfo(code="", level="zone", parent=(host.info.code or None) if host else None,
                                    name_zh="", name_en=name)
        zone = Mention(start=a, end=hit.end(), surface=name, info=info)
        found.append(zone)
        taken.append((a, hit.end()))
        spans.add(a, hit.end())
        inner = next((k for k, w in enumerate(name_words) if k and w.group() in _EN_NAME_INNER), len(name_words))
        short = text[name_words[0].start() : name_words[inner - 1].end()]  # (without "National High-tech")
        same = shorts.get(short)
        if same is not None and len(name) > len(same.surface):
            # a fuller form of a zone named before ("Fenghuang Lake High-tech Zone", then "Fenghuang Lake National
            # High-tech Industrial Development Zone"): the fuller, official name names both
            fuller = RegionInfo(code=same.info.code, level=same.info.level, parent=same.info.parent or info.parent,
                                name_zh=same.info.name_zh, name_en=name)
            found = [Mention(m.start, m.end, m.surface, fuller) if m.info is same.info else m for m in found]
            zone = Mention(start=a, end=hit.end(), surface=name, info=fuller)
            found[-1] = zone
            shorts[short] = zone
        if len(short) >= 4 and not prefixed:
            shorts.setdefault(short, zone)
    if not found:
        return mentions
    if shorts:
        found += _later_short_forms(text, shorts, taken, end)
    found = _abbreviations_named_in_full(found, mentions)
    return sorted([m for m in mentions if id(m) not in dropped] + found, key=lambda m: m.start)


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Region mentions in ``text[start:end]``, longest-leftmost, non-overlapping, datelines skipped."""
    gz = gazetteer()
    end = len(text) if end is None else end
    chosen: list[tuple[int, int, str]] = []
    scan = scan_text(gz, text)

    def bounded(a: int, stop: int) -> bool:
        if a > 0 and _is_word_char(text[a - 1]):
            return False
        if stop + 1 < len(text) and _is_word_char(text[stop + 1]):
            # a possessive ("Guizhou's pillars") ends the name; "Xi'an" does not end at "Xi"
            return is_possessive(text, stop + 1)
        return True

    for stop, form in gz.automaton.iter_long(scan, start, end):
        if form is None:  # pragma: no cover - placeholder keys are never completed
            continue
        a = stop - len(form) + 1
        if form.isascii() and not bounded(a, stop):
            # "Anhui Province" inside "Anhui Provincial": look for a shorter, bounded form here
            best = None
            for stop2, form2 in gz.automaton.iter(scan, a, stop + 1):
                if form2 is None:  # pragma: no cover
                    continue
                a2 = stop2 - len(form2) + 1
                if a2 >= a and bounded(a2, stop2) and (best is None or (a2, -len(form2)) < (best[0], -len(best[2]))):
                    best = (a2, stop2 + 1, form2)
            if best is not None and (not chosen or best[0] >= chosen[-1][1]):
                chosen.append(best)
            continue
        if not chosen or a >= chosen[-1][1]:
            chosen.append((a, stop + 1, form))
    out: list[Mention] = []
    for a, b, form in chosen:
        if not form.isascii() and _ORG_AFTER.match(text, b):
            continue  # 郑州大学, 河南钢铁集团: part of an organisation's name
        infos = gz.forms[form]
        info = infos[0]
        ambiguous = len(infos) > 1 and _LEVEL_RANK.get(infos[1].level) == _LEVEL_RANK.get(info.level)
        # "成都高新区", "Liuyang High-tech Zone": a zone the taxonomy does not list, named after its host
        if info.level != "zone":
            zm = (_ZONE_ZH.match(text, b) if not form.isascii() else _ZONE_EN.match(text, b))
            if zm and zm.end() <= end:
                zname = text[a : zm.end()]
                full = _full_zone_name(zname) if not form.isascii() else zname
                if zname in gz.forms:
                    info = gz.forms[zname][0]
                elif full in gz.forms:
                    info = gz.forms[full][0]
                elif form.isascii() and (listed := _listed_zone_keys().get(zone_key(zname))) is not None \
                        and info.code in ancestors(listed):
                    info = _as_written(listed, zname)  # a listed zone written another way ("… Development Area")
                else:
                    # 西安经开区 is named by the official form of a zone named after its host, 西安经济技术开发区 (a zone
                    # not named after its host keeps the name as written: 厦门火炬高新区 is officially 高技术产业开发区)
                    info = RegionInfo(code="", level="zone", parent=info.code, name_zh=full if not form.isascii() else "",
                                      name_en=zname if form.isascii() else "")
                b = zm.end()
                form = zname
        out.append(Mention(start=a, end=b, surface=text[a:b], info=info, ambiguous=ambiguous))
    return out


def dateline_end(sentence_text: str) -> int:
    """Length of a leading news dateline (``BEIJING --``, ``中新网合肥11月9日电``), 0 if none."""
    t = sentence_text
    # gates: an English dateline holds a dash; a Chinese one ends with 日电 within its 27 characters at most
    m = (_EN_DATELINE.match(t) if ("-" in t or "—" in t or "–" in t) else None) or (
        _ZH_DATELINE.match(t) if t.find("日电", 0, 27) >= 0 else None
    )
    return m.end() if m else 0


_GENERIC_SUBJECT_PATTERN: Final = (
    r"\b(?:provinces|provincial-level regions|regions|cities|localities|places|provincial economies)\b|各地|多地|各省|多个省份|多个城市|各城市"
)
_GENERIC_SUBJECT: Final = re.compile(literal_led(_GENERIC_SUBJECT_PATTERN) or _GENERIC_SUBJECT_PATTERN)  # same matches


# where people or firms come from or go ("engineers recruited from other provinces", "sells to neighbouring cities"),
# or what a place is ranked among ("ranking third among Chinese cities"): places named as an origin, a destination
# or a yardstick, not the sentence's subject
_ORIGIN_BEFORE: Final = re.compile(r"\b(?:from|to|into|in|with)\s+(?:other|neighbo(?:u)?ring|nearby|outside|different)\s+$|"
                            r"\bamong\s+(?:[\w\-]+\s+){0,3}$")


def is_generic_subject(sentence_text: str) -> bool:
    """True when the sentence talks about regions in general (``Most provinces ...``, 各地), not when it names
    them only as an origin, a destination or a yardstick ("designers from other provinces can claim …", "ranking
    third among Chinese cities")."""
    head = sentence_text[:80]
    if "es" not in head and "ns" not in head and "各" not in head and "多" not in head:
        return False  # every match holds one of these (provinces, regions, cities, places; 各地, 多个城市): most heads none
    return any(not _ORIGIN_BEFORE.search(head, max(0, m.start() - 24), m.start()) for m in _GENERIC_SUBJECT.finditer(head))


def display_name(info: RegionInfo, language: str, surface: str) -> str:
    """The name facts carry: canonical Chinese name in Chinese texts, the English name (or, for
    zones, the form as written) in English texts."""
    if language == "zh":
        return info.name_zh or surface
    if info.level == "zone" and not info.code and info.name_en:
        return info.name_en  # a zone the gazetteer does not list, by the name it was first given in full
    if info.level == "zone" or not info.name_en:
        return surface
    return info.name_en


def mention_key(m: Mention) -> str:
    """What identifies the region a mention names: its code, else the name its entry gives it (a zone the
    gazetteer does not list, named in full once and by a short form after), else its form as written."""
    return m.info.code or m.info.name_zh or m.info.name_en or m.surface


def ancestors(info: RegionInfo) -> list[str]:
    """Codes of the units above a region (prefecture, province), nearest first."""
    regions = gazetteer().regions
    out: list[str] = []
    code = info.parent
    while code and code not in out:
        out.append(code)
        parent = regions.get(code)
        code = parent.parent if parent else None
    return out


_ZONE_END_ZH: Final = re.compile(_ZONE_ZH.pattern + r"$")
_ZONE_END_EN: Final = re.compile(_ZONE_EN.pattern + r"$")


def _abbreviations_named_in_full(found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """``found`` with a listed zone named by an abbreviation ("Weihai ETDA") named as the text names it in full
    elsewhere ("Weihai Economic and Technological Development Area"), so that its facts carry one name."""
    full = {m.info.code: m.info for m in (*mentions, *found)
            if m.info.code and m.surface.isascii() and not _ZONE_ABBREVIATION.search(m.surface)}
    return [Mention(m.start, m.end, m.surface, full[m.info.code], m.ambiguous)
            if m.info.code in full and _ZONE_ABBREVIATION.search(m.surface) else m for m in found]


def names_zone(surface: str) -> bool:
    """True when a mention's form ends in a development-zone word after a name (合肥高新区, 经开区 alone
    is not one; "Liuyang High-tech Zone")."""
    if surface.isascii():
        return bool(_ZONE_END_EN.search(surface) or _ZONE_ABBREVIATION.search(surface))
    zm = _ZONE_END_ZH.search(surface)
    return zm is not None and zm.start() >= 2


_QUALIFIER_GAP: Final = re.compile(r"\s?")


def without_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without a parent region written as a qualifier right before its own unit ("the Tianjin Binhai
    New Area", 南京市江宁区, 湖北武汉) or right after it ("Nanshan District, Shenzhen"): the unit is the
    region spoken of."""
    out: list[Mention] = []
    mentions = list(mentions)
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and m.info.code and _QUALIFIER_GAP.fullmatch(text, m.end, nxt.start):
            if m.info.code in ancestors(nxt.info):
                continue
            if nxt.ambiguous:
                # 深圳市南山区: the qualifier also says which of the units sharing the name is meant
                inside = [c for c in gazetteer().forms.get(nxt.surface, ()) if m.info.code in ancestors(c)]
                if len(inside) == 1:
                    mentions[k + 1] = dataclasses.replace(nxt, info=inside[0], ambiguous=False)
                    continue
        prev = mentions[k - 1] if k > 0 else None
        if prev is not None and m.info.code and m.surface.isascii() and text.startswith(", ", prev.end) \
                and prev.end + 2 == m.start and any(
                    m.info.code in ancestors(c) for c in (gazetteer().forms.get(prev.surface, ()) if prev.ambiguous
                                                          else (prev.info,))):
            continue  # "Nanshan District, Shenzhen": the parent written after its unit qualifies it too
        if _ranked_behind(text, m):
            continue  # "ranking third in the country after Guangdong and Jiangsu", 仅次于广东: a rank's yardstick
        if _MEDIA_AFTER.match(text, m.end) is not None:
            continue  # "By Chen Yiran, Zhoukou Weekly", 据泸州日报报道: a newspaper's name, not the place
        if m.surface.isascii() and (text.startswith("-based", m.end) or (
                _INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start) and _ORG_AFTER_EN.match(text, m.end))):
            continue  # "a joint centre with a Hangzhou university", "a Shanghai-based brokerage": where a partner is from
        out.append(m)
    return out


# the places a rank is measured against: "ranking third in the country after Guangdong and Jiangsu", "second only to
# Guangdong", "ranks behind Chengdu and Wuhan", 仅次于广东、江苏 (names, commas and "and" between the word and the place)
_BEHIND_EN: Final = re.compile(r"\b(?:after|behind|only to)\s+(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*(?:\s*,\s*|\s+and\s+))*$")
_RANK_EN: Final = re.compile(r"\b(?:rank(?:s|ed|ing)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th)|second-largest|third-largest|place[ds]?)\b")
_BEHIND_ZH: Final = re.compile(r"仅次于(?:[\u4e00-\u9fff]{2,8}[、和及与])*$")


def _ranked_behind(text: str, m: Mention) -> bool:
    """True when ``m`` is a place a rank is measured against (see :data:`_BEHIND_EN`), not a subject."""
    if m.surface.isascii():
        lo = max(0, m.start - 60)
        if text.find("after", lo, m.start) < 0 and text.find("behind", lo, m.start) < 0 \
                and text.find("only to", lo, m.start) < 0:
            return False  # every match of _BEHIND_EN holds one of its words (most places follow none)
        before = _BEHIND_EN.search(text, lo, m.start)
        return before is not None and _RANK_EN.search(text, max(0, before.start() - 50), before.start()) is not None
    return "仅次于" in text[max(0, m.start - 30) : m.start] and _BEHIND_ZH.search(text, max(0, m.start - 30), m.start) is not None


# a place that says where a partner is from: "a Hangzhou university", "a Shanghai consultancy"
_INDEFINITE_BEFORE: Final = re.compile(r"\b[Aa]n?\s+$")
_ORG_AFTER_EN: Final = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?(?:university|consultancy|firm|company|brokerage|bank|investor|developer|"
                           r"maker|manufacturer|supplier|institute|think tank|lab|laboratory|start-?up|group|fund manager)\b")
# the name of a newspaper, broadcaster or news site that a place's name opens
_MEDIA_AFTER: Final = re.compile(r"(?:\s+(?:Daily|Weekly|Evening News|Morning Post|News|Times|Post|Herald|Observer|Television|TV|"
                          r"Radio|Broadcasting|Media Group)\b|日报|晚报|晨报|都市报|电视台|广播电视台|广电|新闻网|融媒体中心|"
                          r"发布(?=[”\"]|微信|公众号))")


def disambiguated(mentions: list[Mention]) -> list[Mention]:
    """Mentions whose name several regions share ("Nanshan District": Shenzhen's, Hegang's …) resolved to the
    one the document names without ambiguity elsewhere (重庆市江北区 in the title, then 江北区) or the one inside a
    region it names so (Shenzhen); a name read by default as a region of
    another level that lies in no region the document names, when exactly one other region of that name does
    (English "Wuwei City" in a text about Wuhu: Anhui's county-level city, not Gansu's prefecture); others unchanged."""
    forms = gazetteer().forms
    # a name a region shares with one of another level ("Wuwei": Gansu's prefecture, Anhui's county-level city) is
    # read as the other when only that one lies inside a region the document names ("Wuwei City, a county-level
    # city under Wuhu")
    shared = [m for m in mentions if not m.ambiguous and m.surface.isascii() and len(forms.get(m.surface, ())) > 1]
    if not shared and not any(m.ambiguous for m in mentions):
        return mentions
    named = {m.info.code for m in mentions if not m.ambiguous and m.info.code}
    out = []
    for m in mentions:
        if m.ambiguous:
            # (the unit itself, once a qualifier resolved it: 重庆市江北区 in the title, then 江北区 alone)
            inside = [c for c in forms.get(m.surface, ()) if c.code in named] or \
                [c for c in forms.get(m.surface, ()) if any(a in named for a in ancestors(c))]
            if inside:
                m = dataclasses.replace(m, info=inside[0], ambiguous=len(inside) > 1)
        elif shared and m.info.code and not any(a in named for a in ancestors(m.info)):
            others = [c for c in forms.get(m.surface, ()) if c.code != m.info.code
                      and any(a in named and a != m.info.code for a in ancestors(c))]
            if len(others) == 1:
                m = dataclasses.replace(m, info=others[0])
        out.append(m)
    return out


def confirmed(mentions: list[Mention]) -> list[Mention]:
    """Drop county-level and zone mentions made by a Chinese short form (正定 for 正定县, 临港 for the Lingang area)
    unless the full name, its prefecture or its province is also named in the document."""
    named = {m.info.code for m in mentions}
    full = {m.info.code for m in mentions if m.surface == m.info.name_zh or m.info.level not in ("county", "zone")}
    out = []
    for m in mentions:
        # (only a Chinese county or zone can be dropped: the short-form test, a pattern search, is made for it alone)
        if m.info.level in ("county", "zone") and not m.surface.isascii():
            # 合肥高新区: a host's name and a zone word cannot be a stray short form
            short_form = (m.surface != m.info.name_zh or len(m.surface) <= 2) and not names_zone(m.surface)
            # (临港 alone, in 做强临港钢铁 far from Shanghai: "port-side", not the Lingang area)
            if short_form and m.info.code not in full and not any(a in named for a in ancestors(m.info)):
                continue
        out.append(m)
    return out


_RX_HOST_NAMES_1: Final = re.compile(r"\s+(?:province|municipality|city|county|district|autonomous region|uygur|uyghur|hui|zhuang)\b.*$")


@functools.lru_cache(maxsize=1)
def _host_names() -> dict[str, RegionInfo]:
    out: dict[str, RegionInfo] = {}
    for info in gazetteer().regions.values():
        if info.level not in ("province", "prefecture", "county") or not info.name_en:
            continue
        key = _RX_HOST_NAMES_1.sub("", info.name_en.lower()).replace(" ", "").replace("'", "")
        if len(key) >= 4 and key not in out:
            out[key] = info
    return out


_RX_REGION_FROM_SOURCE_1: Final = re.compile(r"\s*(?:https?://)?([^/\s]+)")


_NAME_TOKEN: Final = re.compile(r"[a-z]+")


def regions_in_name(*names: str | None) -> list[RegionInfo]:
    """Regions a document's file name or source address spells, in pinyin words (``wuhan_15th_plan.txt``,
    ``…/news/hefei/…``) or in Chinese (``武汉市十五五规划建议.pdf``), in the order found."""
    out: list[RegionInfo] = []
    hosts = _host_names()
    for name in names:
        if not name:
            continue
        for tok in _NAME_TOKEN.findall(name.lower()):
            info = hosts.get(tok)
            if info is not None and info not in out:
                out.append(info)
        if not name.isascii():
            for m in find_mentions(name):
                if m.info.code and m.info not in out:
                    out.append(m.info)
    return out


def region_from_source(source: str | None) -> RegionInfo | None:
    """The region a government portal's host name spells (``english.beijing.gov.cn`` → Beijing)."""
    if not source:
        return None
    m = _RX_REGION_FROM_SOURCE_1.match(source)
    if not m:
        return None
    names = _host_names()
    for label in m.group(1).lower().split("."):
        if label in names:
            return names[label]
    return None


_OBLIQUE_ZH: Final = fast(
    r"视察|考察|落实|融入|服务|对接|辐射|赴|到|在|前往|支持|建设|美丽|贯彻|以|向|对|与|跟|为|从|自|至|于|和|用好|利用|"
    r"打造|推动|加快|看|依托|借助|依靠|联合|携手|带动|面向|结合|按照|根据|依据|遵照|按"
)
_OBLIQUE_EN: Final = re.compile(
    r"\b(?:in|to|for|from|with|of|at|by|into|across|toward|towards|between|than|on|within|near|outside|via|"
    r"visit\w*|around|make|making|turn|turning|transform|transforming)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CONJUNCT_BEFORE_EN: Final = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,4}(?:and|or)\s+$")
_LEVEL_OF_EN: Final = re.compile(r"\b(?:the|a)\s+(?:[\w\-]+\s+){0,3}?(?:province|city|county|municipality|region) of\s+$",
                          re.IGNORECASE)
_ZH_LEADING_FREE: Final = re.compile(
    r"^(?:\s|[“”\"'《(（]|(?:力争)?到?[0-9]+年(?:[0-9]+月)?(?:[0-9]+日)?(?:底|末)?|[0-9]{1,2}[.．、](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[)）]|"
    r"[一二三四五六七八九十]{1,3}、|今年|明年|去年|新的一年|同时|此外|另外|其中|目前|近日|日前|据悉|"
    r"据了解|据介绍|而且|而|但|并且|并|也|还|则|先看|再看|最后|首先|其次)+"
)
_ZH_VERB_END: Final = re.compile(r"[建设进动持造展育施推创筹启加强引招办立成让使将对向在为以与和]$")
# (a capitalised City names the body, "Zhoukou City Government"; "Zhoukou city in the far east" is the place)
_OWN_BODY_EN: Final = re.compile(r"\s+(?:Provincial|Municipal|Party|Government|People's|Regional|(?-i:City)|province's|city's|"
                          r"region's|government)", re.IGNORECASE)


_RX_IS_SUBJECT_1: Final = re.compile(r"[\u4e00-\u9fff]{0,4}的")


_PARTNER_BEFORE_EN: Final = re.compile(r"\b(?:with|alongside|from|to|for)\s+(?:the\s+)?$", re.IGNORECASE)


def is_subject(text: str, m: Mention, clause_start: int) -> bool:
    """True when a mention stands where a sentence's subject stands, not after a preposition or a verb
    (视察河北, 在京津冀地区, "in Hunan", "to Beijing"): only subjects move a text's region scope."""
    if m.info.level == "cluster":
        return False
    prefix = text[clause_start : m.start]
    if m.surface.isascii():
        if is_possessive(text, m.end):
            # "Daqing's output will …" opens its clause: a subject; "opened Fuzhou's new platform" and
            # "Fujian's Ningde" (a name follows) are not
            nxt = text[m.end + 2 : m.end + 4].lstrip()
            return not prefix.strip(" \t\"“") and not nxt[:1].isupper()
        if _OWN_BODY_EN.match(text, m.end):
            # (not a partner: "a fund co-founded with the Zhuzhou municipal government")
            return _PARTNER_BEFORE_EN.search(prefix[-30:]) is None
        pm = _LEVEL_OF_EN.search(prefix[-60:])
        if pm is not None:
            # "the rust-belt province of Jilin took …": the name of the subject, unless the whole phrase
            # follows a preposition ("in the province of Jilin")
            rest = prefix[-60:][: pm.start()]
            return not _OBLIQUE_EN.search(rest[-30:])
        tail = _CONJUNCT_BEFORE_EN.sub("", prefix[-80:])  # "led by Zhangjiang and Lingang": Lingang follows "by" too
        return not _OBLIQUE_EN.search(tail[-30:])
    prefix = _ZH_LEADING_FREE.sub("", prefix)
    if _RX_IS_SUBJECT_1.fullmatch(prefix):
        return True  # 省内的浏阳经开区: a modified noun is still the subject
    if not prefix:
        return True
    if len(prefix) > 2 or _ZH_VERB_END.search(prefix):
        return False
    return not _OBLIQUE_ZH.search(prefix)
