"""Industries named by a target's metric: "lift the output of its low-altitude economy to…", 精细磷化工产值….

A forward-looking target set on one industry's output, revenue or scale declares that
industry a priority of the target's region even when no list names it: a plan does not
set a 2027 output goal for an industry it does not mean to grow. The metric (the clause
before the number, see :func:`indupath.extract.extractor.target_stage`) is read for
the construction "<size word> of <industry>" or "<industry> <size word>" (产值, 规模,
营业收入 …), or an English industry that is the goal's subject ("wants its robotics industry to
top …", where only determiners may precede the known name); the industry is the longest tail of that phrase (at most five words or ten
characters) that the taxonomy's policy vocabulary knows as a specific industry. Generic
words (材料, energy, 工业) and tier labels (战略性新兴产业, future industries) never
qualify: their targets are aggregates, not a choice of industry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from .industries import known_industry
from .regions import find_mentions
from .tiers import label_tier

_ZH_SIZE: Final = re.compile(
    r"(?:产业集群|产业|行业|集群)?(?:总产值|产值|规模|营业收入|营收|主营业务收入|销售收入|收入|产量|出货量)"
    r"(?:要|将|目标|年内|全年)?(?:迈上|定在|定)?$"  # 产业规模要迈上…台阶, 产值目标定在…, 营业收入年内达到…
)
# a time word between the industry and its size word: 机器人产业明年营收…
_ZH_TIME_WORD: Final = re.compile(r"(?<=产业|行业)(?:今年|明年|年内|全年|当年)")
_ZH_VERB_TAIL: Final = re.compile(r"(?:提高到|提升到|提高至|提升至|增长到|增长至|达到|突破|超过|力争|达)$")
_ZH_TRIM: Final = re.compile(r"^.*?(?:[，,；;：:、“”\"]|今年|明年|年底|年末|年|全市|全省|全区|全县)")
_ZH_SUFFIXES: Final = ("产业", "")

# The size words, written once: the regexes below are built from them, and so is the cheap substring gate in
# en_metric_industry that decides whether a regex is tried at all.
_EN_OF_SIZES: Final = ("output", "revenue", "revenues", "sales", "value added", "production", "turnover", "scale", "size")
_EN_END_SIZES: Final = ("output", "revenue", "revenues", "sales", "production")
_EN_GROW: Final = ("growing", "grow", "grows")
_EN_SIZE_ENDINGS: Final = _EN_END_SIZES + _EN_GROW + tuple(f"{g} {p}" for g in _EN_GROW for p in ("at", "by"))


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_EN_OF: Final = re.compile(
    rf"\b(?:{_alternation(_EN_OF_SIZES)})\s+(?:of|from)\s+"
    r"(?:(?:the|its|their|this|that|our|local|annual|total|combined)\s+)*(?P<x>[a-z][\w\- ]*?)"
    r"(?P<head>\s+(?:industry|industries|sector|sectors))?(?:\s+(?:to|beyond|above|over|past|"
    r"topping|passing|surpassing|exceeding|hitting|crossing|reaching))?\s*$",
    re.IGNORECASE,
)
_EN_SIZE_END: Final = re.compile(r"(?P<head>\s+(?:industry|sector))?"
                          r"(?:\s+to\s+(?:generate|post|reach|record|achieve|earn|hit))?"  # "the X industry to generate revenue"
                          rf"\s+(?:{_alternation(_EN_END_SIZES)}|(?:{_alternation(_EN_GROW)})(?:\s+(?:at|by))?)\s*$",
                          re.IGNORECASE)
_EN_WORTH_END: Final = re.compile(r"(?P<head>\s+(?:industry|industries|sector|cluster))\s+worth\s*$", re.IGNORECASE)
# the amount first: "more than 100 billion yuan in integrated circuit revenue"
_EN_AFTER: Final = re.compile(r"\s*(?:in|of)\s+(?:(?:the|its|their|annual|total)\s+)*(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}?)"
                       r"(?P<head>\s+(?:industry|sector))?\s+(?:output|revenue|revenues|sales)\b", re.IGNORECASE)
_EN_LEAD: Final = frozenset({"the", "its", "their", "this", "that", "our", "local", "annual", "total", "combined", "lift",
                      "raise", "grow", "boost", "bring", "increase", "double", "expand", "and", "to", "for", "of"})


_EN_GENERIC_HEADS: Final = frozenset({"manufacturing", "equipment", "materials", "products", "production"})


def _specific(phrase: str) -> bool:
    """True when the vocabulary knows ``phrase`` as a specific industry (not generic, not a tier label)."""
    return known_industry(phrase) and label_tier(phrase) is None


def zh_metric_industry(metric: str) -> str | None:
    """The industry a Chinese metric names (``今年新能源汽车产量`` → ``新能源汽车``), else None."""
    m = _ZH_SIZE.search(_ZH_TIME_WORD.sub("", _ZH_VERB_TAIL.sub("", metric)))
    if m is None or m.start() == 0:
        return None
    head = m.string[: m.start()]
    head = _ZH_TRIM.sub("", head) if _ZH_TRIM.search(head) else head
    head = head[-10:]
    for k in range(len(head), 1, -1):
        tail = head[-k:]
        for suffix in _ZH_SUFFIXES:
            if _specific(tail + suffix):
                return None if _broad_tail(head[:-k], tail) else tail
    return None


def _broad_tail(prefix: str, tail: str) -> bool:
    """True when a two-character tail (生物, 汽车) is the last word of a longer name the vocabulary does not
    know (高原生物产业): that name, not its broad last word, is the industry, so the metric names none we can
    report. A region before the tail (湖南汽车产业) is no part of the name."""
    if len(tail) > 2 or not prefix or not "\u4e00" <= prefix[-1] <= "\u9fff":
        return False
    return not any(m.end == len(prefix) for m in find_mentions(prefix))


# what a metric may end with after its subject: the verb of the goal and the comparator before the number
# ("wants its robotics industry output to top", "its photonics industry is expected to generate revenue of",
# "targets NEV output of at least"); stripped, repeatedly, before the constructions below are read
_EN_GOAL_VERBS: Final = ("top", "tops", "pass", "passes", "surpass", "surpasses", "exceed", "exceeds", "hit", "hits", "cross",
                  "crosses", "reach", "reaches", "generate", "generates", "post", "posts", "record", "records", "achieve",
                  "achieves", "stay", "stays", "remain", "remains", "climb", "climbs", "rise", "rises", "account for",
                  "accounts for",
                  # "with output of its aviation industry topping 100 billion yuan"
                  "topping", "passing", "surpassing", "exceeding", "hitting", "crossing", "reaching", "generating")
_EN_GOAL_FILLERS: Final = ("to", "of", "at least", "at most", "more than", "over", "above", "past", "beyond", "around", "about",
                    "approximately", "nearly", "roughly", "some", "a combined", "a total of", "a", "an", "should", "will",
                    "would", "is", "are", "expected", "projected", "set", "likely")
_EN_GOAL_TAIL: Final = re.compile(rf"(?:\s+(?:{'|'.join(_EN_GOAL_FILLERS)}|{_alternation(_EN_GOAL_VERBS)}))+\s*$", re.IGNORECASE)
# every word a match of _EN_GOAL_TAIL is made of (see _goal_tail)
_EN_GOAL_WORDS: Final = frozenset(w for phrase in _EN_GOAL_FILLERS + _EN_GOAL_VERBS for w in phrase.split())


def _goal_tail(tail: str) -> re.Match[str] | None:
    """``_EN_GOAL_TAIL.search(tail)``, the scan started where a match can first start (the pattern tries the words
    of its alternation after every space of the tail, and most of the tail is the subject before them).

    Exact: a match runs to the end and holds only whitespace and the words of its alternation, and it starts on
    whitespace, so it starts after the last word of the tail that is not one of those (none: no match); for an
    ASCII tail, where str.split() and str.lower() agree with \\s and the case-insensitive match (others are
    scanned whole). The pattern looks at nothing before its start."""
    if not tail.isascii():
        return _EN_GOAL_TAIL.search(tail)
    words = tail.split()
    k = len(words)
    while k > 0 and words[k - 1].lower() in _EN_GOAL_WORDS:
        k -= 1
    if k == len(words):
        return None
    return _EN_GOAL_TAIL.search(tail, len(tail.rsplit(None, len(words) - k)[0]) if k > 0 else 0)
_EN_GOAL_VERB: Final = re.compile(rf"\b(?:{_alternation(_EN_GOAL_VERBS)})\b", re.IGNORECASE)
# "wants its electronic information industry to pass": the industry is the goal's subject
_EN_SUBJECT_END: Final = re.compile(r"(?P<head>\s+(?:industry|industries|sector|sectors|industry cluster|industrial cluster|"
                             r"economy))(?:\s+(?:output|revenue|sales|production|capacity))?\s*$", re.IGNORECASE)
# "wants power battery capacity to reach": the size of a named product or industry without a head word
_EN_SUBJECT_SIZE_END: Final = re.compile(r"\s+(?:output|revenue|sales|production|capacity)\s*$", re.IGNORECASE)


def en_metric_industry(metric: str) -> str | None:
    """The industry an English metric names ("the output of its software industry" → "software"
    + " industry" as written; "wants its robotics industry to top" → "robotics industry"), else None."""
    tail = metric[-100:]  # the construction ends the metric; a bounded tail keeps the scans linear
    goal = _goal_tail(tail) if " " in tail else None
    if goal is not None and goal.start() > 0:
        subject = _EN_SUBJECT_END.search(tail, 0, goal.start()) or _EN_SUBJECT_SIZE_END.search(tail, 0, goal.start())
        if subject is not None and _EN_GOAL_VERB.search(tail, goal.start()):
            words = tail[: subject.start()].split()[-6:]
            head = subject.group("head") if subject.re is _EN_SUBJECT_END else ""
            found = _en_known_tail(" ".join(words), head) if words else None
            before = words[: len(words) - len(found.split()) + 1] if found is not None else []
            if found is not None and (not before or before[-1].lower() in _EN_LEAD or before[-1].endswith("'s")):
                return found  # (not "its optical electronic information industry" read as "electronic information")
    low = tail.lower()
    m = _EN_OF.search(tail) if (" of " in low or " from " in low) and any(w in low for w in _EN_OF_SIZES) else None
    if m is not None:
        phrase, head = m.group("x"), m.group("head") or ""
    else:
        if low.rstrip().endswith(" worth"):
            e = _EN_WORTH_END.search(tail)  # "build a lithium battery industry worth 300 billion yuan"
        elif low.rstrip().endswith(_EN_SIZE_ENDINGS):
            e = _EN_SIZE_END.search(tail)
        else:
            return None
        if e is None:
            return None
        phrase, head = tail[: e.start()], e.group("head") or ""
        words = phrase.split()[-6:]
        if not words or not words[-1][:1].isalpha():
            return None
        phrase = " ".join(words)
    return _en_known_tail(phrase, head)


_EN_COPULA: Final = re.compile(r"\s(?:is|are|was|were|will|would|should|has|have|had)\s", re.IGNORECASE)


def en_following_industry(after: str) -> str | None:
    """The industry named right after an English amount ("100 billion yuan in integrated circuit revenue"
    → "integrated circuit"), else None."""
    m = _EN_AFTER.match(after)
    if m is None:
        return None
    return _en_known_tail(m.group("x"), m.group("head") or "")


def _en_known_tail(phrase: str, head: str) -> str | None:
    """The longest tail of ``phrase`` (at most five words, leading articles and verbs dropped) that the
    vocabulary knows as a specific industry, with ``head`` ("industry") appended as written; None for a
    phrase that runs into a verb ("… sectors is expected")."""
    if _EN_COPULA.search(phrase):
        return None
    words = phrase.split()
    while words and words[0].lower() in _EN_LEAD:
        words = words[1:]
    whole = words
    words = words[-5:]
    for k in range(len(words), 0, -1):
        last = words[-k:]
        if last[0].lower() in _EN_LEAD:
            continue
        core = list(last)
        while len(core) > 1 and core[-1].lower() in _EN_GENERIC_HEADS:
            core.pop()  # "new-energy equipment manufacturing": known as "new-energy" + generic heads
        phrase = " ".join(core)
        if _specific(phrase) or _specific(phrase + " industry"):
            return " ".join(last) + head
    # "its rare earth and permanent magnet materials industry": two names joined, one of them known
    low = [w.lower() for w in whole]
    if "and" in low and len(whole) <= 8:
        k = low.index("and")
        left, right = whole[:k], whole[k + 1 :]
        if 0 < len(left) <= 3 and right and (_en_known_tail(" ".join(left), "") is not None
                                             or _en_known_tail(" ".join(right), "") is not None):
            return " ".join(whole) + head
    return None


def metric_industry(metric: str, language: str) -> str | None:
    """The industry named by a target's metric in ``language`` ("zh" or "en"), else None."""
    find: Callable[[str], str | None] = zh_metric_industry if language == "zh" else en_metric_industry
    return find(metric.strip())
