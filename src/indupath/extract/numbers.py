"""Numbers, units and comparators in Chinese and English policy text.

Finds quantities such as ``2000亿元``, ``1.2万亿元``, ``一千亿``, ``20%以上``,
``16万人``, ``exceeding 100 billion yuan``, ``more than 20%``, ``about 40``,
``six or more`` and normalises them to a value in a base unit:

* money → ``CNY`` or ``USD`` (``1000亿元`` and ``100 billion yuan`` → 1e11 CNY);
* shares and growth rates → ``%``;
* everything counted (firms, platforms, persons, tourists, kilowatts...) → ``count``,
  following the corpus convention (``../shared/eval/SPEC.md``); the unit as written
  is kept in :attr:`Quantity.unit_as_written` (``千瓦``, ``persons``...). Power is counted in
  kilowatts, as the labelled sets do (``200 GW`` and ``2亿千瓦`` → 2e8; ``500兆瓦`` → 5e5).

Comparators follow SPEC.md: ``>=`` for exceeding / more than / over / at least /
突破 / 超过 / 以上; ``about`` for about / around / 左右; ``<=`` for up to / 最高 /
不超过; ``=`` for reach / 达到 / plain numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import ahocorasick

from indupath.model import Comparator

from .fastre import Folded, folded_literals, is_re_word, lowered, may_hold

_ZH_DIGITS: Final = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_SMALL: Final = {"十": 10, "百": 100, "千": 1000}
_ZH_MULT: Final = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5,
            "万": 1e4, "千": 1e3, "百": 1e2}

EN_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}
_EN_SCALE: Final = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
             "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "k": 1e3, "m": 1e6}
# what a bare "m" after a number counts when it means million, not metres ("25m TEU", "4.3m t/yr", "2m visitors")
_MILLION_OF: Final = re.compile(r"\s+(?:units|TEU|t\b|tonnes|tons|yuan|RMB|vehicles|people|visitors|tourists|passengers|"
                         r"residents|users|sets|pieces|households)", re.IGNORECASE)


def zh_numeral(text: str) -> float | None:
    """Value of a Chinese numeral string (一千二百 → 1200, 两万 → 20000, 三点五 → 3.5); None if not one."""
    if not text:
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        w = zh_numeral(whole) if whole else 0.0
        if w is None or not frac or any(ch not in _ZH_DIGITS for ch in frac):
            return None
        return w + float("0." + "".join(str(_ZH_DIGITS[ch]) for ch in frac))
    total = 0.0  # everything closed by 亿
    below = 0.0  # everything closed by 万 since the last 亿
    section = 0.0  # 千/百/十 groups of the current 万 group
    digit: float | None = None
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = float(_ZH_DIGITS[ch])
        elif ch in _ZH_SMALL:
            section += (digit if digit is not None else 1.0) * _ZH_SMALL[ch]
            digit = None
        elif ch == "万":
            below = (below + section + (digit or 0.0)) * 1e4
            section, digit = 0.0, None
        elif ch == "亿":
            total = (total + below + section + (digit or 0.0)) * 1e8
            below, section, digit = 0.0, 0.0, None
        else:
            return None
    return total + below + section + (digit or 0.0)


_ARABIC: Final = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+")


def number_value(text: str) -> float | None:
    """Value of an Arabic (``1,200.5``, full-width digits allowed), Chinese or English-word number."""
    if text.isdigit() and text.isascii():
        return float(text)  # plain ASCII digits, most numbers (what the Arabic branch below gives them)
    t = text.strip().translate(_FULLWIDTH)
    if not t:
        return None
    if _ARABIC.fullmatch(t):
        return float(t.replace(",", ""))
    low = t.lower()
    if low in EN_WORDS:
        return float(EN_WORDS[low])
    return zh_numeral(t)


def _ascii_word(word: str) -> str:
    """``word`` lowered as the case-insensitive patterns matched it: ``ı`` (dotless i), ``İ`` and ``ſ`` (long s)
    match i and s there, so "trıllion" is read as "trillion" (a dictionary lookup of the lowered word failed)."""
    return word.lower().replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")


_FULLWIDTH: Final = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


_set: Final = object.__setattr__  # (how a frozen dataclass's __init__ sets its fields)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit found in a text: ``[start, end)`` covers the number and unit."""

    value: float
    unit: str
    comparator: Comparator
    start: int
    end: int
    as_written: str
    unit_as_written: str
    kind: str  # "money" | "percent" | "count"
    size_class: bool = False  # 千亿级 / billion-level: a size class, not a value
    currency_conversion: bool = False  # ($13.9 billion) after a yuan amount

    def __init__(self, value: float, unit: str, comparator: Comparator, start: int, end: int, as_written: str,
                 unit_as_written: str, kind: str, size_class: bool = False, currency_conversion: bool = False) -> None:
        # The __init__ @dataclass would write (it keeps one the class defines), with the same parameters: that one is
        # Python code even in the compiled build (where its ten object.__setattr__ calls cost about as much as the rest of
        # a quantity's parsing), this one is compiled. tests/extract/test_numbers.py checks it against the fields.
        _set(self, "value", value)
        _set(self, "unit", unit)
        _set(self, "comparator", comparator)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "as_written", as_written)
        _set(self, "unit_as_written", unit_as_written)
        _set(self, "kind", kind)
        _set(self, "size_class", size_class)
        _set(self, "currency_conversion", currency_conversion)


# ---------------------------------------------------------------- Chinese
# (a numeral may hold a 万 group before its thousands: 一万二千 = 12,000)
_ZH_NUM: Final = (r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]*[千百十零〇]"
           r"[零〇一二两三四五六七八九十百]*)?(?:点[零〇一二三四五六七八九]+)?)")
_ZH_MULT_RE: Final = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?"
_ZH_COUNT_UNITS: Final = (
    "人次|万人次|个百分点|个(?!月|工作日|自然日|交易日|小时|季度|星期|礼拜)|家|项|条|所|座|款|户|处|批|套|台|辆|人|名|艘|架|件|种|场|支|次|吨|千瓦时|千瓦|兆瓦|"
    "平方米|平方公里|亩|公顷|公里|千米|标准箱|标箱|列|班|位|床|栋|基|颗|只|部|篇|本|册|万千瓦|"
    "[EP][Ff][Ll][Oo][Pp][Ss]"
)
# computing power keeps its own unit (EFLOPS, PFLOPS): the labelled sets that require such a target give it so,
# unlike power, mass or area, which the corpus counts
_COMPUTING_UNITS: Final = {"EFLOPS", "PFLOPS"}
# physical units (energy, power, area, mass, length, computing power): the corpus convention counts them
# (unit "count", as the dev gold does for "80 million kilowatts"); the unit as written keeps the symbol
_EN_PHYSICAL: Final = re.compile(
    r"\s*(?P<u>EFLOPS|PFLOPS|GWh|MWh|kWh|GW|MW|kW|gigawatt[- ]hours?|gigawatts?|megawatts?|kilowatts?|"
    r"square (?:metres|meters|kilometres|kilometers)|sq\.? ?m|mu|hectares|tonnes|tons|kilometres|kilometers|km)\b"
)
_EN_PHYSICAL_SYMBOL: Final = {"gigawatt-hour": "GWh", "gigawatt hour": "GWh", "gigawatt": "GW", "megawatt": "MW",
                       "kilowatt": "kW", "square metre": "m2", "square meter": "m2", "square kilometre": "km2",
                       "square kilometer": "km2", "sq m": "m2", "sq. m": "m2", "sqm": "m2", "sq.m": "m2", "hectare": "ha",
                       "tonne": "t", "ton": "t", "kilometre": "km", "kilometer": "km"}


_EN_POWER_TO_KW: Final = {"GW": 1e6, "MW": 1e3}


def _en_physical(text: str, end: int) -> str | None:
    """The unit symbol of a physical unit right after a number ("150 EFLOPS", "12 gigawatts", "100,000 square
    metres" → EFLOPS, GW, m2), else None: kept as the quantity's unit as written."""
    pm = _EN_PHYSICAL.match(text, end)
    if pm is None:
        return None
    u = pm.group("u")  # a symbol (GW, EFLOPS, mu) is kept as written; a word is mapped to its symbol
    return _EN_PHYSICAL_SYMBOL.get(u.lower().rstrip("s"), u)
ZH_QTY: Final = re.compile(
    rf"(?P<num>{_ZH_NUM})(?P<more>多|余)?(?P<mult>{_ZH_MULT_RE})"
    rf"(?P<unit>亿美元|美元|元人民币|人民币|元|%|％|成(?!不)|{_ZH_COUNT_UNITS})?"
    rf"(?P<lvl>级)?(?P<post>以上|左右|上下|以内|以下|及以上|多)?"
)
# 实现全覆盖 / 达到全覆盖: full coverage, a share of 100 %
_ZH_FULL_COVER: Final = re.compile(r"(?:实现|达到|做到)(?P<q>全覆盖)")
# 迈上万亿元台阶 / 突破万亿元: one trillion yuan with no numeral (千亿元 and 百亿元 parse as 千/百 × 亿)
_ZH_BARE_TRILLION: Final = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万.])(?P<q>万亿元)")

# ---------------------------------------------------------------- English
_EN_NUM: Final = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|" + "|".join(sorted((k for k in EN_WORDS if " " not in k), key=len, reverse=True)) + ")"
EN_QTY: Final = re.compile(
    r"(?P<cur>US\$|\$|RMB\s?|CNY\s?|USD\s?|¥)?"
    rf"(?P<num>{_EN_NUM})"
    r"(?:(?:\s|-)(?P<scale>thousand|million|billion|trillion)|\s?(?P<abbr>bn|mn|mln|bln|tn|trn)\b|"
    r"(?P<short>[km])\b(?![-'’]))?"
    r"(?P<lvl>-level|-class)?"
    r"(?:(?:\s|-)?(?P<unit>percentage points?|percent|per cent|pct|%|yuan|RMB|dollars|U\.S\. dollars|US dollars))?"
    r"(?P<post>\s+(?:or more|and above|or above|or higher|or less|at most))?",
    re.IGNORECASE,
)
# the one-word keys of EN_WORDS, longest first (the number words an English figure may open with)
_EN_SINGLE_WORDS: Final = sorted((k for k in EN_WORDS if " " not in k), key=len, reverse=True)
_EN_ANCHOR: Final = Folded(r"(?:US\$|\$|RMB\s?|CNY\s?|USD\s?|¥)?\d|\b(?:" + "|".join(_EN_SINGLE_WORDS) + r")\b")

_EN_ANCHOR_DIGIT: Final = re.compile(r"(?:us\$|\$|rmb\s?|cny\s?|usd\s?|¥)?\d")  # the two halves of _EN_ANCHOR, lowered
_DIGIT: Final = re.compile(r"\d")
# the word half of _EN_ANCHOR, each word with its length: found in one pass by _en_word_starts
_NUMBER_WORDS: Final = ahocorasick.Automaton()
for _word in _EN_SINGLE_WORDS:
    _NUMBER_WORDS.add_word(_word, len(_word))
_NUMBER_WORDS.make_automaton()


def _en_word_starts(low: str, start: int, end: int) -> list[int]:
    """Starts of the matches of ``\b(?:word|…)\b`` (the word half of _EN_ANCHOR) in ``text[start:end]``, read on the
    text's faithful lowered copy ``low`` (tests/extract/test_speedups.py compares them with that pattern).

    The pattern's matches are whole words (``\\b`` on both sides of a word of letters) equal to one of its words, so they
    are the places where the automaton finds one of them with no word character (``\\w``: str.isalnum() or "_") right
    before it (``\\b`` reads the character before ``start`` too) nor right after it before ``end`` (``\\b`` takes ``end``
    for the text's end). One pass of the automaton instead of a word gate and, when a word is in the range (often inside
    another word: "done", "often"), a regex scan of the range."""
    out: list[int] = []
    for last, n in _NUMBER_WORDS.iter(low[start:end]):
        a = start + last - n + 1
        b = start + last + 1
        if a > 0 and is_re_word(low[a - 1]):
            continue
        if b < end and is_re_word(low[b]):
            continue
        out.append(a)
    return out


def _en_anchor_starts(text: str, start: int, end: int) -> list[int]:
    """Starts of ``_EN_ANCHOR.finditer(text, start, end)``, found faster.

    A digit anchor (an optional currency prefix and a digit) and a number-word anchor (a whole
    word of letters) never overlap, so the union's matches are those of each half, merged. Digit
    anchors: a prefix holds no digit, so every digit ends exactly one anchor, which starts with the longest
    prefix of :data:`_EN_ANCHOR_DIGIT` right before the digit and not before ``start`` (``rmb ``, ``cny ``,
    ``usd `` with any space; ``us$``, ``rmb``, ``cny``, ``usd``; ``$``, ``¥``), else at the digit: the leftmost
    match, told by string comparisons instead of a regex call at each place it could start (``str.isspace``
    is what ``\\s`` matches, see :data:`fastre.WHITESPACE`)."""
    low = lowered(text)
    if low is None:
        return [a for a, _ in _EN_ANCHOR.spans(text, start, end)]
    starts = _en_word_starts(low, start, end)
    for d in _DIGIT.finditer(low, start, end):
        q = d.start()
        if q - 4 >= start and low[q - 1].isspace() and low[q - 4 : q - 1] in _CURRENCY_WORDS:
            starts.append(q - 4)  # "rmb 5"
        elif q - 3 >= start and low[q - 3 : q] in _CURRENCY_PREFIXES_3:
            starts.append(q - 3)  # "us$5", "rmb600"
        elif q - 1 >= start and low[q - 1] in "$¥":
            starts.append(q - 1)
        else:
            starts.append(q)
    starts.sort()
    return starts


_CURRENCY_WORDS: Final = frozenset(("rmb", "cny", "usd"))  # (the prefixes of _EN_ANCHOR_DIGIT, by length: these with a space)
_CURRENCY_PREFIXES_3: Final = frozenset(("us$", "rmb", "cny", "usd"))


# a money amount opening a bracket, or after "about"/约合 in one: a currency conversion of the amount before it
_CONV_BEFORE: Final = re.compile(
    r"(?:[(（]\s*(?:about|approximately|around|roughly|some|nearly|or|约合|约|折合|合|相当于)?|"
    r",\s*or\s+(?:about|approximately|around|roughly|some|nearly)\s*|"
    # "1.5 trillion yuan, about 210 billion dollars": an amount, a comma and its approximate value in another currency
    r"(?:yuan|RMB|dollars|euros|元)\s*,\s*(?:about|approximately|roughly|some|nearly)\s*|"
    # "400 billion yuan by 2028, which is roughly $56 billion at today's exchange rate": the same amount restated
    r"\bwhich\s+(?:is|would be|equals)\s+(?:about|approximately|around|roughly|some|nearly)\s*)"
    r"\s*(?:US\$|\$|USD|美元|人民币|RMB|CNY)?\s*$",
    re.IGNORECASE,
)

_CONV_WORDS: Final = folded_literals(_CONV_BEFORE)  # (an opening bracket, "about", "which" …: one is in every match)


def _conversion_before(text: str, start: int, end: int) -> bool:
    """``_CONV_BEFORE.search(text[start:end])``, pre-tested: a match holds one of :data:`_CONV_WORDS` (in the lowered
    text, exact when :func:`fastre.lowered` gives it), and most windows before an amount hold none."""
    if not may_hold(text, _CONV_WORDS, start, end):
        return False
    return _CONV_BEFORE.search(text[start:end]) is not None


_GE: Final = {"突破", "超过", "超", "逾", "不低于", "不少于", "至少", "高于", "以上", "及以上", "多", "余"}
_ABOUT: Final = {"约", "近", "左右", "上下"}
_LE: Final = {"不超过", "最高", "最多", "以内", "以下", "低于"}

_EN_GE: Final = {"exceeding", "exceed", "exceeds", "exceeded", "surpass", "surpassing", "surpasses", "more than", "over", "past",
          "above", "at least", "no less than", "not less than", "no fewer than", "not fewer than", "beyond", "topping",
          "top", "tops",
          "or more", "and above", "or above", "or higher", "break through", "breaks through", "breaking through",
          "cross", "crosses", "crossing", "pass", "passes", "passing"}
_EN_ABOUT: Final = {"about", "around", "approximately", "roughly", "nearly", "almost", "close to", "some"}
_EN_LE: Final = {"up to", "no more than", "at most", "within", "less than", "below", "under", "or less"}


_RX_ZH_COMPARATOR_1: Final = re.compile(r"(?:突破|破|超过|超|逾|不低于|不少于|至少|高于|迈上|迈过|跨上|站上|跃上)$")
_RX_ZH_COMPARATOR_2: Final = re.compile(r"(?:最高|最多|不超过|低于)$")
_RX_ZH_COMPARATOR_3: Final = re.compile(r"(?:约|近|大约)$")
_ZH_NEGATED: Final = re.compile(r"不(?:(超过|高于|多于|大于)|低于|少于)$")
# the last characters of the three patterns' words (突破, 超过, 不低于 …; 最高, 最多 …; 约, 近, 大约): a pre-test
_ZH_GE_LAST: Final = frozenset("破过超逾于少上")
_ZH_LE_LAST: Final = frozenset("高多过于")
_ZH_ABOUT_LAST: Final = frozenset("约近")


def _zh_comparator(pre: str | None, post: str | None, context_before: str) -> Comparator:
    for word in (post, pre):
        if word in _GE:
            return ">="
        if word in _ABOUT:
            return "about"
        if word in _LE:
            return "<="
    tail = context_before[-6:]
    if "不" in tail:
        neg = _ZH_NEGATED.search(tail)  # 不超过 / 不高于 end in 超过 / 高于: the negation turns them round
        if neg is not None:
            return "<=" if neg.group(1) else ">="
    # each pattern ends its match at the end (or before a final line break) in one of a few characters
    last = tail.rstrip("\n")[-1:]
    if last in _ZH_GE_LAST and _RX_ZH_COMPARATOR_1.search(tail):
        return ">="
    if last in _ZH_LE_LAST and _RX_ZH_COMPARATOR_2.search(tail):
        return "<="
    if last in _ZH_ABOUT_LAST and _RX_ZH_COMPARATOR_3.search(tail):
        return "about"
    return "="


_RX_EN_COMPARATOR_1: Final = re.compile(
    r"(exceed(?:ing|s|ed)?|surpass(?:ing|es)?|more than|over|above|past|top|tops|topping|at least|no less than|"
    r"no fewer than|not fewer than|"
    r"break(?:s|ing)? through|cross(?:es|ing)?|pass(?:es|ing)?|about|around|"
    r"approximately|roughly|nearly|up to|no more than|at most|within|below)\s*(?:the\s+)?[\"“‘']?$"
)


_EN_COMPARATOR_SYMBOL: Final = re.compile(r"(?:(?<![\w)\]])|\s)(?:(>=?|≥|＞)|(~|≈|～)|(<=?|≤|＜))\s?$")
_COMPARATOR_SYMBOLS: Final = frozenset(">≥＞~≈～<≤＜")  # (the first characters of _EN_COMPARATOR_SYMBOL's symbols)
_CAP_AT_EN: Final = re.compile(r"\bcap(?:s|ped|ping)?\b[^.;,]{0,40}?\bat\s+$", re.IGNORECASE)


def _en_comparator(pre: str | None, post: str | None, context_before: str) -> Comparator:
    words = [(post or "").strip().lower(), (pre or "").strip().lower()]
    if "cap" in context_before.lower() and _CAP_AT_EN.search(context_before):  # (c, a, p fold to no other letter)
        return "<="  # "cap energy consumption growth at 3 percent"
    # (a symbol ends a match, at most a space and a final line break after it: one stands in the last four characters)
    symbol = None if _COMPARATOR_SYMBOLS.isdisjoint(context_before[-4:]) else _EN_COMPARATOR_SYMBOL.search(context_before)
    if symbol is not None:  # a digest's ">=100 firms", "~CNY 50bn", "<10%"
        return ">=" if symbol.group(1) else "about" if symbol.group(2) else "<="
    tail = context_before[-30:].lower()
    m = _RX_EN_COMPARATOR_1.search(tail)
    if m:
        words.append(m.group(1))
    for w in words:
        if w in _EN_GE:
            return ">="
        if w in _EN_ABOUT:
            return "about"
        if w in _EN_LE:
            return "<="
    return "="


_RX_IS_YEAR_LIKE_1: Final = re.compile(r"(19|20)\d\d")


def _is_year_like(value: float, text: str) -> bool:
    return bool(_RX_IS_YEAR_LIKE_1.fullmatch(text))


_ZH_NUM_FIRST: Final = re.compile(r"[\d零〇一二两三四五六七八九十百千]")


def _zh_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``ZH_QTY.finditer(text, start, end)``: every match starts with a digit or numeral and there
    always is one (the number alone), so the next match is the one at the next such character,
    which a character-class search finds in C."""
    pos = start
    while True:
        c = _ZH_NUM_FIRST.search(text, pos, end)
        if c is None:
            return
        m = ZH_QTY.match(text, c.start(), end)
        if m is None:  # pragma: no cover - cannot happen (see above)
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


# the metrics whose figure is money, so that 亿 with no unit after them is yuan (规模达到1000亿); the window
# before the number stays in its clause
_MONEY_METRIC_BEFORE_ZH: Final = re.compile(r"(?:规模|产值|营业收入|营收|收入|销售额|投资|增加值|生产总值|经济总量|总量|产出|税收|"
                                     r"交易额|成交额|进出口额?|出口额?)[^，,。；;、]{0,8}$")
# 百分之二十五 / 百分之30: a share written out in words
_ZH_PERCENT_WORDS: Final = re.compile(rf"百分之(?P<num>{_ZH_NUM})(?P<post>以上|左右|上下|以内|以下)?")


# 三分之二 / 4分之1: a share written as a fraction (百分之 and 千分之 are read as percentages above or not at all)
_ZH_FRACTION: Final = re.compile(r"(?<![百千万亿\d零〇一二两三四五六七八九十])(?P<den>[二三四五六七八九十]|\d{1,2})分之"
                          r"(?P<num>[一二三四五六七八九]|\d{1,2})(?P<post>以上|左右|上下|以内|以下)?")

# 占比提高到一半以上 / 比重超过一半 / 达到一半左右: half as a share, after a verb that reaches or exceeds it (not 压缩一半,
# 补贴一半: a cut or a rate)
_ZH_HALF: Final = re.compile(r"(?<=[到达过占为])一半(?P<post>以上|左右)?")


def find_zh_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities with a unit (money, percent, counted nouns) in a Chinese span of ``text``.

    Shares written in tenths (三成 = 30 %, 九成以上 = 90 % or more) and full coverage
    (实现全覆盖 = 100 %) are percentages too."""
    out: list[Quantity] = []
    end = len(text) if end is None else end
    if text.find("全覆盖", start, end) >= 0:
        for fm in _ZH_FULL_COVER.finditer(text, start, end):
            out.append(Quantity(value=100.0, unit="%", comparator="=", start=fm.start("q"), end=fm.end("q"),
                                as_written="全覆盖", unit_as_written="全覆盖", kind="percent"))
    if text.find("万亿元", start, end) >= 0:
        for bm in _ZH_BARE_TRILLION.finditer(text, start, end):
            out.append(Quantity(value=1e12, unit="CNY", start=bm.start("q"), end=bm.end("q"),
                                comparator=_zh_comparator(None, None, text[max(0, bm.start() - 8) : bm.start()]),
                                as_written="万亿", unit_as_written="万亿元", kind="money"))
    if text.find("百分之", start, end) >= 0:
        for pm in _ZH_PERCENT_WORDS.finditer(text, start, end):
            pv = number_value(pm.group("num"))
            if pv is not None:
                out.append(Quantity(value=pv, unit="%", start=pm.start(), end=pm.end(), kind="percent",
                                    comparator=_zh_comparator(None, pm.group("post"), text[max(0, pm.start() - 8) : pm.start()]),
                                    as_written=pm.group("num"), unit_as_written="百分之"))
    if text.find("分之", start, end) >= 0:
        for fm in _ZH_FRACTION.finditer(text, start, end):
            f_den, f_num = number_value(fm.group("den")), number_value(fm.group("num"))
            if f_den and f_num is not None and 0 < f_num < f_den:
                out.append(Quantity(value=round(100.0 * f_num / f_den, 2), unit="%", start=fm.start(), end=fm.end(),
                                    kind="percent", as_written=fm.group(0), unit_as_written="分之",
                                    comparator=_zh_comparator(None, fm.group("post"),
                                                              text[max(0, fm.start() - 8) : fm.start()])))
    if text.find("一半", start, end) >= 0:
        for hm in _ZH_HALF.finditer(text, start, end):
            out.append(Quantity(value=50.0, unit="%", start=hm.start(), end=hm.end(), kind="percent",
                                as_written="一半", unit_as_written="一半",
                                comparator=_zh_comparator(None, hm.group("post"), text[max(0, hm.start() - 8) : hm.start()])))
    words_first = bool(out)  # quantities found by the passes above come first: sorted in below
    for m in _zh_matches(text, start, end):
        unit = m.group("unit")
        mult = m.group("mult") or ""
        num = m.group("num")
        written = unit
        if not unit:
            if not (mult.endswith("亿") and not m.group("lvl") and _MONEY_METRIC_BEFORE_ZH.search(
                    text, max(start, m.start() - 16), m.start())):
                continue  # a bare number (or a size class such as 千亿级) is not a quantity
            unit, written = "元", ""  # 产业规模达到1000亿, 产值突破一千亿: yuan, left unwritten after a money metric
        if m.start("num") > 0 and text[m.start("num") - 1] in "第每":
            continue  # ordinals (第6位) and rates per unit (每家)
        if len(num) == 1 and num in "一二两三四五六七八九十" and unit in {"个", "项", "条", "家", "批", "次", "位", "种"} and not mult:
            # 一个, 两项 ... are mostly determiners; keep 十个 and above
            if num != "十":
                continue
        if num[0] in "零〇":
            continue  # 零部件, 〇: not a quantity
        if unit == "成":
            # 三成 = 30 %, 九成以上 = 90 % or more: tenths, written with one Chinese digit
            if len(num) != 1 or num not in "一二两三四五六七八九" or mult:
                continue
            unit = "%"
            num_value = float(_ZH_DIGITS[num]) * 10
            post = m.group("post") or m.group("more")
            out.append(
                Quantity(
                    value=num_value, unit="%", comparator=_zh_comparator(None, post, text[max(0, m.start() - 8) : m.start()]),
                    start=m.start("num"), end=m.end(), as_written=num + "成", unit_as_written="成", kind="percent",
                )
            )
            continue
        value = number_value(num)
        if value is None:
            continue
        if _is_year_like(value, num) and unit not in {"%", "％", "元", "元人民币", "人民币", "亿美元", "美元"} and not mult:
            if unit == "款" or unit is None:
                continue  # 2025款: a model year (a count such as 新建充换电站2000座 is a count)
        factor = _ZH_MULT.get(mult, 1.0) if mult else 1.0
        if unit == "万千瓦":
            factor *= 1e4
        elif unit == "兆瓦":
            factor *= 1e3  # power is counted in kilowatts
        if unit == "万人次":
            factor *= 1e4
        value *= factor
        if unit in {"%", "％", "个百分点"}:
            kind, base = "percent", "%"
        elif unit in {"亿美元", "美元"}:
            kind, base = "money", "USD"
            if unit == "亿美元":
                value *= 1e8
        elif unit in {"元", "元人民币", "人民币"}:
            kind, base = "money", "CNY"
        elif unit.upper() in _COMPUTING_UNITS:
            kind, base = "count", unit.upper()
        else:
            kind, base = "count", "count"
        post = m.group("post") or m.group("more")
        comp = _zh_comparator(None, post, text[max(0, m.start() - 8) : m.start()])
        conv_zh = kind == "money" and _conversion_before(text, max(0, m.start("num") - 8), m.start("num"))
        out.append(
            Quantity(
                value=value,
                unit=base,
                comparator=comp,
                currency_conversion=conv_zh,
                start=m.start("num"),
                end=m.end(),
                as_written=text[m.start("num") : m.end("mult")] if mult else num,
                unit_as_written=(mult + written) if kind == "money" else unit,
                kind=kind,
                size_class=bool(m.group("lvl")),
            )
        )
    if words_first:
        out.sort(key=lambda q: q.start)
    return out


_EN_COUNT_STOP: Final = re.compile(
    r"\s*(?:years?|months?|days?|weeks?|hours?|quarters?|consecutive|straight|times|st|nd|rd|th|o'clock|am|pm|a\.m\.|p\.m\.|"
    r"percent|per cent|%|yuan|dollars)\b",
    re.IGNORECASE,
)
_MONTH: Final = re.compile(r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")
_EN_NOUN_AFTER: Final = re.compile(r"(?:\s+(?:[56]G\b|[\"'“”‘’]?[A-Za-z][\w'’\-]*)){1,6}")  # "30,000 5G base stations"


_RX_FIND_EN_QUANTITIES_1: Final = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")
_RX_FIND_EN_QUANTITIES_2: Final = re.compile(r"\d{1,2}")
_RX_FIND_EN_QUANTITIES_3: Final = re.compile(r"\s*(?:,|\.)?\s*(?:19|20)\d\d")
_RX_FIND_EN_QUANTITIES_4: Final = re.compile(r"(?:exceed\w*|reach\w*|surpass\w*|top|over|more than|at least|about|around|to)\s*$", re.IGNORECASE)


def find_en_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in an English span: money, percentages, and counts of things (``45 enterprises``)."""
    out: list[Quantity] = []
    end = len(text) if end is None else end
    last_end = start
    for anchor_start in _en_anchor_starts(text, start, end):
        if anchor_start < last_end:
            continue
        m = EN_QTY.match(text, anchor_start, end)
        if m is None:
            continue
        last_end = m.end()
        num = m.group("num")
        value = number_value(num)
        if value is None:
            continue
        if not m.group("cur") and m.start("num") > 0 and text[m.start("num") - 1].isalpha():
            continue  # "green H2", "CO2", "Q3", "G20": a digit that ends a name or a formula counts nothing
        scale = m.group("scale") or m.group("abbr")  # "RMB 600bn", "USD 30mn"
        scale = _ascii_word(scale) if scale else ""
        unit = m.group("unit")
        unit = _ascii_word(unit) if unit else ""
        cur = (m.group("cur") or "").strip().upper()
        short = (m.group("short") or "").lower()
        if m.group("short") == "K" and num in ("4", "8"):
            continue  # "4K video", "8K displays": a resolution's name, not 4,000 of anything
        if short == "k" or (short == "m" and (cur or unit or _MILLION_OF.match(text, m.end()))):
            scale = short  # a digest's "600k units", "CNY 100m", "25m TEU"
        elif short:
            continue  # "a 100m tower": metres
        lvl = bool(m.group("lvl"))
        physical: str | None = None
        if scale and not lvl:
            value *= _EN_SCALE[scale]
        if unit in {"percent", "per cent", "pct", "%"} or unit.startswith("percentage point"):
            kind, base = "percent", "%"
        elif unit in {"yuan", "rmb"} or cur in {"RMB", "CNY", "¥"}:
            kind, base = "money", "CNY"
        elif unit in {"dollars", "u.s. dollars", "us dollars"} or cur in {"US$", "$", "USD"}:
            kind, base = "money", "USD"
        else:
            kind, base = "count", "count"
            physical = _en_physical(text, m.end())
            if physical in _COMPUTING_UNITS:
                base = physical  # (_EN_PHYSICAL spells them in capitals only)
            if physical in _EN_POWER_TO_KW:
                value *= _EN_POWER_TO_KW[physical]  # power is counted in kilowatts, as 万千瓦 and "million kilowatts" are
            if "." in num and not (scale and not lvl):
                continue  # counts are whole numbers: "3.0 stage" is a phase, not a count
            if _is_year_like(value, num) and not scale:
                continue
            if _RX_FIND_EN_QUANTITIES_2.fullmatch(num) and _RX_FIND_EN_QUANTITIES_3.match(text[m.end() : m.end() + 8]):
                continue  # "March 1, 2024"
            if _EN_COUNT_STOP.match(text, m.end()) or _MONTH.match(text, m.end()):
                continue
            if text[max(0, m.start() - 1) : m.start()] == ":" or text[m.end() : m.end() + 1] == ":":
                continue  # 19:48
            if _RX_FIND_EN_QUANTITIES_1.search(text[max(0, m.start() - 10) : m.start()]):
                continue
            noun = _EN_NOUN_AFTER.match(text, m.end())
            if not noun and not _RX_FIND_EN_QUANTITIES_4.search(text[max(0, m.start() - 20) : m.start("num")]):
                continue
            if num.lower() == "one":
                continue
        if lvl and kind != "count":
            continue  # "billion-yuan-level": a size class
        comp = _en_comparator(None, m.group("post"), text[max(0, m.start() - 40) : m.start()])
        s = m.start("cur") if m.group("cur") else m.start("num")
        conv = kind == "money" and _conversion_before(text, max(0, s - 24), s)
        out.append(
            Quantity(
                value=value,
                unit=base,
                comparator=comp,
                start=s,
                end=m.end(),
                as_written=text[s : m.end("scale" if m.group("scale") else "abbr" if m.group("abbr") else "short")]
                if scale and not lvl else num,
                unit_as_written=unit or cur or ((physical or "count") if kind == "count" else ""),
                kind=kind,
                size_class=lvl and kind != "count",
                currency_conversion=conv,
            )
        )
    if text.find("third", start, end) >= 0 or text.find("half", start, end) >= 0 \
            or text.find("quarter", start, end) >= 0:
        out = _with_en_fractions(text, start, end, out)
    return out


# a share written as a fraction: "exceed one-third of …", "at least half of the city's output", "two-thirds of …" (not
# "the first half of the year", "a quarter of a century": periods)
_EN_FRACTION: Final = re.compile(r"(?<![\w-])(?P<f>(?:one|a)[- ]third|two[- ]thirds|(?:one[- ])?half|(?:one|a)[- ]quarter|"
                          r"three[- ]quarters)(?=\s+of\s+(?!(?:the|this|next|last|a|each)\s+(?:year|decade|century|month)\b))",
                          re.IGNORECASE)
_FRACTION_VALUE: Final = {"third": 100 / 3, "thirds": 200 / 3, "half": 50.0, "quarter": 25.0, "quarters": 75.0}
# a goal's wording before the fraction in its clause: "should make up at least half of", "is expected to account for one
# third of", "ensure that … accounts for no less than one third of", "to exceed one-third"
_FRACTION_GOAL_BEFORE: Final = re.compile(r"\b(?:should|shall|must|will|aims?\s+(?:to|for)|is\s+to|are\s+to|expected\s+to|"
                                   r"ensure|target(?:s|ing)?|goal|raise|lift|increase|exceed)\b[^.;,]*$", re.IGNORECASE)
# or after it, in the same clause: "at least half of new industrial investment should go to …"
_FRACTION_GOAL_AFTER: Final = re.compile(r"\s+of\s+[^.;,]{0,60}?\b(?:should|shall|must|is\s+to|are\s+to)\b", re.IGNORECASE)
_PERIOD_BEFORE: Final = re.compile(r"\b(?:first|second|latter|former|last|past|next|coming)\s+$", re.IGNORECASE)


def _with_en_fractions(text: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the shares an English span writes as fractions, as percentages (one-third: 33.33 %)."""
    extra: list[Quantity] = []
    for m in _EN_FRACTION.finditer(text, start, end):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        if _PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the first half of …", "the past quarter of …"
        if not _FRACTION_GOAL_BEFORE.search(text, max(start, m.start() - 80), m.start()) and \
                not _FRACTION_GOAL_AFTER.match(text, m.end(), end):
            continue  # "which account for about half of output": a share described, which writers word as a fraction
            # far more often than a goal
        word = m.group("f").lower().replace("-", " ").split()[-1]
        value = _FRACTION_VALUE[word]
        comp = _en_comparator(None, None, text[max(0, m.start() - 40) : m.start()])
        extra.append(Quantity(value=round(value, 2), unit="%", comparator=comp, start=m.start(), end=m.end(),
                              as_written=m.group("f"), unit_as_written=m.group("f"), kind="percent"))
    return sorted(found + extra, key=lambda q: q.start) if extra else found

