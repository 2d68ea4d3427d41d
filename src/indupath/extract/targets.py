"""Quantified targets: forward-looking numbers with a unit, a comparator and a deadline.

A quantity found by :mod:`indupath.extract.numbers` becomes a target when

* its sentence is forward-looking: a future marker (will, aims, plans, target,
  by 2027, this year, 力争, 目标, 预期, 到2027年, 今年, 明年 ...), a paragraph or
  section that is (a heading such as ``2024年主要目标``), or a year not before the
  document's;
* its clause is not past: no past marker (last year, in 2023, grew, 去年, 过去一年,
  2023年 before the document's year, 现有, 目前 ...), not under a past heading
  (``2023年工作回顾``);
* it is not a distractor: currency conversions in brackets, size classes
  (千亿级, billion-level), per-item thresholds (``营业收入突破千亿元的产业集群``,
  ``four clusters each valued at over 1 trillion yuan``), amounts of funds and
  subsidies (those are measures), counts of a plan's goals, tasks or chapters,
  ordinals and definite references (``the three laboratories``, ``first ten``),
  ranges (``4.5 to 8 percent``).

The deadline year is the nearest year expression (``by 2027``, ``到2025年``,
``2024年``), else ``this year``/``今年`` (document year), ``next year``/``明年``
(document year + 1), ``by the same year`` (the previous target's year), else the
year carried from the paragraph or section, else the last forward year named.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import ahocorasick

from .fastre import (
    Folded,
    covering,
    fast,
    folded_literals,
    holds_any,
    lower_pattern,
    lowered,
    may_hold,
    required_literals,
    without_captures,
)
from .measures import GRANTED_EN, RECEIVED_SHARE_EN
from .numbers import Quantity

FUTURE_EN: Final = Folded(
    r"\b(?:will|shall|aims?|aiming|aimed|plans?|planned|planning|targets?|targeting|targeted|goals?|"
    r"expects?|expected|anticipat\w*|strive|striving|seeks?|should|set to|is to|are to|"
    r"this year|next year|throughout the year|projected|objectives?|pledges?|intends?|envisag\w*|to reach|"
    r"to exceed|to grow|to raise|to increase|to build|to cultivate|to establish|"
    r"(?:is|are) due to (?:open|start|begin|launch|be|complete))\b",
)
# (not a result measured against the goal: 增长5.6%，高于预期目标0.6个百分点, 超出预期)
FUTURE_ZH: Final = fast(r"力争|(?<!完成)(?<!确定的)(?<![于出]预期)目标(?!任务)|(?<![于出])预期|计划|将|确保|争取|今年|明年|新的一年|力求|拟|要(?:突出|加快|推动)|下一步|接下来|下阶段|今后|"
                 r"未来[一二三四五两几]年|"
                 # what a plan sets out: 此次规划…提出重点打造…, 方案明确…
                 r"(?:规划|方案|纲要|意见)[^，,。；;]{0,4}?(?:提出|明确|要求|点名|部署)|"
                 r"提出(?:要)?(?:重点|加快|大力|着力|积极)?(?:打造|发展|建设|培育|布局)|"
                 # a standing yearly floor: 每年发布的应用场景清单不少于20项
                 r"每年[^，,。；;]{0,20}(?:不少于|不低于|至少)|"
                 r"[由从](?:目前|当前|现在)的?[^，。；]{0,14}?(?:提高|提升|增加|增长|降低|下降|扩大|缩小)(?:到|至)")
WEAK_FUTURE_ZH: Final = fast(r"预计|全年|打造|培育|建设|突破|实现|新增|达到|形成|超过|增长")
# "the previous year", not as a comparison's base ("spending above the previous year" is no past statement)
_PREVIOUS_YEAR_EN: Final = r"(?<!above the )(?<!over the )(?<!than the )(?<!than in the )previous year"
PAST_EN: Final = Folded(
    r"\b(?:last (?:year|month|week|quarter)|" + _PREVIOUS_YEAR_EN + r"|past (?:year|five years|decade)|in the past|so far|"
    r"in (?:19|20)\d\d(?!\s*-)|"
    r"grew|rose|increased|jumped|surged|climbed|declined|decreased|fell|expanded|beat|recorded|posted|"
    r"passed|surpassed|topped|exceeded|crossed|reached|totall?ed|amounted|looked back|"
    r"has (?:been|become|grown|risen|achieved)|had|was|were|ranked|ranks|currently|already|existing|accounted|"
    r"took|drew|saw|(?<!be )(?<!been )brought|"
    # an event that ended on a named day: "The investment week closed on Tuesday with 138 projects signed"
    r"(?:closed|ended|concluded|wrapped up) (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"over the past|a year earlier|year-on-year in|as of|stood at|"
    r"(?:expected|estimated|likely|believed|thought|projected) to have)\b",
)
# (累计 before a verb of doing is a cumulative goal: 到2026年底，累计培育…企业50家)
PAST_ZH: Final = fast(r"超额完成|去年|上年|过去一年|过去的一年|过去五年|以来|已经|已|累计(?!培育|建成|建设|新增|引进|实施|打造|招引|认定|推动|带动|投资项目|完成)|现有|拥有|目前|同比增长|比上年|较上年|回顾|成就|成效|"
              r"截至|截止")
HARD_PAST: Final = Folded(r"\b(?:last (?:year|month|week|quarter)|" + _PREVIOUS_YEAR_EN + r"|past (?:year|five years|decade)|over the past|"
                   r"a year earlier)\b|"
                   r"去年|上年|过去一年|过去的一年|过去五年|回顾")
# "this year the yards have already delivered 11": done, whatever year word the clause also holds
ALREADY_DONE_EN: Final = Folded(r"\b(?<!will )(?:has|have|had)\s+already\b|\balready\s+(?:has|have|had)\b|"
                         # a result estimated after the fact: "is expected to have topped 6.3 trillion yuan"
                         r"\b(?:expected|estimated|likely|believed|thought|projected) to have\b")
# "The city produced around 180,000 … this year and aims to make more than 300,000 in 2026": the aim is a clause
# of its own
_SUBCLAUSE_EN: Final = re.compile(r"\s+(?=(?:after|since|compared with|up from|following|while)\b|"
                           r"and (?:aims|plans|intends|hopes|seeks|wants|expects|is set|is expected) to\b)|"
                           # "300k t/yr by 2028 [end-2025: 40k t/yr]": a bracket that gives a past year's figure
                           r"\s*(?=[(\[](?:end-|mid-|year-end |end of |as of )?(?:19|20)\d\d\b)", re.IGNORECASE)
# one of which every match of _SUBCLAUSE_EN holds (lowered): an opening bracket or a joining word ("compared with",
# "and aims to")
_SUBCLAUSE_WORDS_EN: Final = ("(", "[", "after", "since", "compared with", "up from", "following", "while", "and aims to",
                       "and plans to", "and intends to", "and hopes to", "and seeks to", "and wants to", "and expects to",
                       "and is set to", "and is expected to")


def subclauses_en(clause: str) -> list[str]:
    """``_SUBCLAUSE_EN.split(clause)``: the clause alone (without splitting) when it holds none of the words one of
    which every split point needs (tested on the lowered clause, which is exact when :func:`fastre.lowered` gives it:
    the pattern ignores case and its words hold only ASCII letters)."""
    low = lowered(clause)
    if low is not None and not any(w in low for w in _SUBCLAUSE_WORDS_EN):
        return [clause]
    return _SUBCLAUSE_EN.split(clause)


_YEAR_ZH: Final = re.compile(r"(?:到|至|截至)?(?P<y>20\d\d)年(?:底|末)?(?:前)?")
# (not the end of a plan period's own span: "For 2026, the first year of the 15th Five-Year Plan period (2026-2030)")
_YEAR_EN: Final = Folded(r"\b(?P<by>by (?:the end of |end-)?|in |for |before |until )?(?<!period \(20\d\d-)(?<!period \(20\d\d–)"
                  r"(?P<y>20\d\d)\b(?!\s*-\s*20\d\d)")
# the words for the document's own year in English (one definition for every pattern below that names it)
THIS_YEAR_EN: Final = r"(?:this|the current) year"
_THIS_YEAR: Final = Folded(THIS_YEAR_EN + r"|throughout the year|今年|本年|全年|年内")
NEXT_YEAR: Final = Folded(r"next year|明年|来年")
_SAME_YEAR: Final = Folded(r"(?:by )?the same year|同年|届时")
_ANY_YEAR_WORD: Final = Folded(r"the same year|同年|届时|next year|明年|来年|" + THIS_YEAR_EN + r"|throughout the year|今年|本年|全年|年内")
_ANY_YEAR_COVER: Final = covering(_ANY_YEAR_WORD, ("year", "年", "届时"))

MEASURE_MONEY: Final = Folded(
    # (not a metric of the economy that shares a word: 贷款余额, "loan balance", "budget revenue")
    r"基金|资金|奖励|补贴|补助|奖补|贴息|资助|授信|信贷(?!余额)|贷款(?!余额)|融资|给予[^，,。；;]{0,12}支持|(?<!证)券|\bfunds?\b|funding|"
    r"subsid\w*|rewards?|\bawards?|\bgrants?\b|vouchers?|\ballowances?\b|\brebates?\b|in support\b|support of up to|"
    # "will support each approved pilot zone with up to 100 million yuan", "Buyers … receive 30 percent of the purchase
    # price, capped at 200,000 yuan per vehicle": a grant, by its verb, its share or its cap per holder
    r"\bsupport\b[^.;]{0,40}?\bwith (?:up to|as much as)\b|" + RECEIVED_SHARE_EN + "|"
    r"\bcapped at\b[^.;]{0,30}?\bper\b|"
    r"credit line|\bcredit\b|loans?(?! balance)|cost reduction|bonus|allocat\w*|budget(?!ary)(?! revenue)|\bbonds?\b|discounts?|"
    r"(?:support|policy|incentive|stimulus) packages?|"
    # "Companies that tape out at fabs in the city can receive up to 15 million yuan": a grant named by its verb
    r"\b(?:can|may|will|shall) (?:receive|get) (?:up to|as much as|a one-off|a one-time)\b|"
    # "… will receive 200,000 yuan", "… will be rewarded 10 million yuan": an amount given, written as a number
    r"\b(?:can|may|will|shall) (?:get|" + GRANTED_EN + r") (?=(?:rmb|cny|us\$|\$|¥)?\s?\d)|"
    # "Pays up to 3 million yuan to firms that …", "offers 300,000 yuan per new route": money handed out, by its verb
    r"\b(?:pays?|paid|offers?|offered|gives?|gave) (?:up to |as much as |a one-off |a one-time )?"
    r"(?:rmb|cny|us\$|\$|¥)?\s?\d[\d,.]*\s*(?:million |billion |bn |m )?(?:yuan|rmb|cny|dollars)\b|"
    r"安排[^，,。；;]{0,6}\d|"
    r"按[^，,。；;]{0,10}的\s*\d|配套支持|最高(?=[\d一二三四五六七八九十百千万])",
)
_LIST_COUNT_ZH: Final = re.compile(r"^[^，,。；;]{0,6}?(?:领域|方向|行业|方面|赛道|板块|任务|行动|章|节|部分|措施|政策|举措|条款|个字|事|文件)")
_ARTICLES_END: Final = re.compile(r"\s*(?:[，,。；;）)]|$)")
_ARTICLES_BEFORE: Final = re.compile(r"(?:方面|部分|章|节|共|共分)、?$")
_CONDITION_OPEN_ZH: Final = re.compile(r"对")  # (used with match(text, pos): a "^" would only match at the text's start)
_CONDITION_CLOSE_ZH: Final = re.compile(r"^[^，,。；;]{0,10}?的")
# a count that splits a plan into items (分解为42项, 细化为30条), or an implied / estimated figure
_PARTS_BEFORE_ZH: Final = re.compile(r"(?:指标|任务|条款|举措|政策措施|重点工作|章)(?:共|合计)?$")
_PLAN_SPLIT_ZH: Final = re.compile(r"(?:分解为|细化为|分解成|细化成|梳理出|列出|共分为|共)$")
_IMPLIED: Final = Folded(r"\b(?:impl(?:y|ies|ying|ied)|would (?:require|need|mean)|we estimate|estimates? that|"
                  r"by our (?:estimate|calculation)s?|we calculate)\b|对应|意味着|测算")
_EACH_AFTER: Final = re.compile(r"\s*(?:in\s+\w+\s+)?each\b", re.IGNORECASE)
_LIST_COUNT_EN: Final = re.compile(
    r"^\s+(?:[\w\"“”'’\-]+\s+){0,2}?[\"“”'’]?(?:sectors|industries|fields|areas|tracks|directions|goals|actions|tasks|"
    r"chapters|sections|aspects|measures|articles|points|steps|priorities|pillars)\b",
    re.IGNORECASE,
)
# a verb of something already done right before the number (its only modifier between)
_DONE_BEFORE_EN: Final = re.compile(r"(?:\b(?<!be )(?<!been )(?:produced|delivered|exported|shipped)|"
                             r"\b(?<!will )(?:has|have) (?:already )?(?:reserved|signed|attracted|completed|launched|"
                             r"introduced|added|allocated|approved|opened|established|set up|gathered|created|registered))"
                             r"\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|approximately)\s+)?$",
                             re.IGNORECASE)
_AREA_UNIT: Final = re.compile(r"(?:万)?(?:亩|平方米|平方公里|公顷|mu|hectares?|ha|square (?:met(?:re|er)s?|kilomet(?:re|er)s?)|"
                        r"sq(?:uare)?\.? ?(?:m|km)|m2|km2|㎡)", re.IGNORECASE)
_WORD_NUMBER: Final = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
_BUILD_GOAL_EN: Final = Folded(r"\b(?:build|set up|establish|establishing|create|add|cultivate|foster|launch|open|nurture|"
                        r"develop|recogni[sz]e|at least|more than|over|no fewer than|wants?|aims? for|aims? to have|"
                        r"will have|to have)\b")
_WITHIN_BEFORE_EN: Final = re.compile(r"\bwithin\s+(?:the\s+first\s+)?$", re.IGNORECASE)
_TIME_SPAN_AFTER_EN: Final = re.compile(r"\s*(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|hours?)\b", re.IGNORECASE)
# (not "shall be home to at least 50 …", "will be home to": a goal)
_STATUS_VERB_EN: Final = Folded(r"\b(?:focus(?:es|ed|ing)? on|consolidat\w*|(?<!shall be )(?<!will be )home to|boasts?|existing|lists|"
                         r"listing|contains|"
                         r"comprises|consists of|sets out|spells out)\b")
_STATUS_VERB_ZH: Final = fast(r"壮大|做强|做优|围绕|聚焦|依托|巩固|现有|拥有|涵盖|包括|支持")


@dataclass
class TenseContext:
    """Tense and year carried along a document: section (heading) and paragraph state."""

    section_tense: str | None = None
    section_year: int | None = None
    line: int = -1
    line_tense: str | None = None
    line_year: int | None = None
    line_next: bool = False  # the paragraph so far has named next year (会议对明年重点工作作出安排)
    last_target_year: int | None = None
    last_forward_year: int | None = None
    section_shape: str | None = None  # the ordinal shape of the heading that gave the section its tense (一、 → c、)


_HEAD_YEAR: Final = re.compile(r"(20\d\d)")
# (执行情况 before 计划: 今年计划执行情况 reports how the plan went)
_HEAD_PAST: Final = Folded(r"回顾|成就|成绩|工作成效|主要成效|工作总结|执行情况|完成情况|进展情况|总体情况|基本情况|发展现状|发展基础|现实基础|基础条件|存在的?问题|主要问题|问题和不足|"
                    r"困难和问题|review|achievements|current situation|problems|challenges|issues")
_HEAD_FUTURE: Final = Folded(r"目标|安排|任务|计划|重点工作|工作思路|工作部署|下步打算|goals|targets|tasks|plan")


_MONTH_EN: Final = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# a date and nothing else, bracketed or not: 2026年1月20日, （2026年1月20日）, 15 April 2026, April 15, 2026, 2026-04-15
_DATE_ONLY: Final = re.compile(
    r"[（(]?\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|"
    r"(?:\d{1,2}\s+)?" + _MONTH_EN + r"\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d|"
    r"(?:19|20)\d\d[-/.]\d{1,2}(?:[-/.]\d{1,2})?)\s*[）)]?"
)


def heading_state(text: str, doc_year: int | None) -> tuple[str | None, int | None] | None:
    """Tense and year of a heading line (``2023年工作回顾`` → past, ``2024年主要目标`` → future 2024)."""
    if len(text) > 40 or _DATE_ONLY.fullmatch(text.strip()) is not None:
        return None  # (a line that only dates the document, "15 April 2026", heads no section)
    years = [int(y) for y in _HEAD_YEAR.findall(text)]
    year = years[-1] if years else None
    if year is None and doc_year is not None and ("明年" in text or "ext year" in text) and NEXT_YEAR.test(text):
        year = doc_year + 1  # 二、明年工作打算: the year after the text's
    ends = plan_end_years(text) if year is None else []
    if ends:
        year = max(y for _, y in ends)  # 专栏4 “十五五”时期产业发展主要指标: the period's end
    past = _HEAD_PAST.search(text)
    if past is not None:
        # (2025年工作总结和2026年工作安排: a title of both halves is the later half's)
        future = max((m.start() for m in _HEAD_FUTURE.finditer(text)), default=-1)
        if future < past.start():
            return "past", year
    if _HEAD_FUTURE.test(text):
        if year is not None and doc_year is not None and year < doc_year:
            return "past", year
        return "future", year
    if year is not None and doc_year is not None and len(text) <= 14:
        return ("past" if year < doc_year else "future"), year
    if ends and _HEAD_GOALS.search(text) and (doc_year is None or year is None or year >= doc_year):
        return "future", year  # the goals of a plan period still to come
    return None


_HEAD_GOALS: Final = re.compile(r"目标|指标")
_COUNT_ALONE_CLOSE: Final = re.compile(r"\s*[）)]")  # (after the count and its measure word)
# a baseline given in brackets after a goal: 达到2000亿元（2025年：1362亿元）, 30%以上（2025年为18.6%）
# (or its start, when a window cuts the clause before the closing bracket)
BASELINE_BRACKET_ZH: Final = re.compile(r"[（(](?:19|20)\d\d年(?:底|末|年底)?[：:为是]?[^（）()]{0,24}(?:[）)]|$)")


def sentence_year(text: str, language: str, doc_year: int | None, ctx: TenseContext,
                  years: list[int] | None = None) -> int | None:
    """The deadline year a sentence names (explicit, this/next year, same year), None if none.

    ``years``: :func:`explicit_years` of the text when the caller has them already."""
    if years is None:
        years = explicit_years(text, language)
    if years:
        return max(years) if language == "en" else years[-1]
    ends = plan_end_years(text, language=language)
    if ends:
        return max(y for _, y in ends)  # 展望“十五五” / "by the end of the 15th Five-Year Plan": the period's end
    if not may_hold(text, _ANY_YEAR_COVER) or not _ANY_YEAR_WORD.test(text):
        return None  # none of the three patterns below can match
    if _DURATION.search(text):
        text = _DURATION.sub(" ", text)  # 三年内 / 五年内: a span of years, not 年内 (this year)
    if _SAME_YEAR.test(text):
        return ctx.last_target_year
    if doc_year is not None and NEXT_YEAR.test(text):
        return doc_year + 1
    if doc_year is not None and _THIS_YEAR.test(text):
        if ctx.line_next and ctx.line_year == doc_year + 1 and not _THIS_YEAR_NAMED.test(text):
            return ctx.line_year  # 会议对明年重点工作作出安排。…年内建成5个算力中心: the year the paragraph plans
        return doc_year
    return None


# (and the estimate of the year still running, 预计全年…, which a December text reports)
_THIS_YEAR_NAMED: Final = Folded(THIS_YEAR_EN + r"|今年|本年|预计全年|全年预计")


# the end of a five-year plan period: 到“十五五”末 = 2030 (the 14th plan ran 2021-2025, each plan five years)
_PLAN_END_ZH: Final = re.compile(r"[“\"‘']?十([一二三四五六七八九])五[”\"’']?(?:规划)?(?:期末|末|时期末)")
PLAN_NO: Final = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17, "八": 18, "九": 19}
# the whole period as a horizon: “十五五”期间 / 时期, 展望“十五五” (not “十五五”开局之年, the first year)
_PLAN_PERIOD_ZH: Final = re.compile(r"(?:展望|到|至)[“\"‘']?十([一二三四五六七八九])五[”\"’']?(?!开局|第|首)|"
                             r"[“\"‘']?十([一二三四五六七八九])五[”\"’']?(?:规划)?(?:期间|时期)(?!以来)")
# "by the end of / during / within the 15th Five-Year Plan (period)"
_PLAN_END_EN: Final = Folded(
    r"\b(?:by the end of|by the close of|end of|during|within|over|through|throughout|in|under) (?:the )?"
    r"(1[1-9])(?:th|st|nd|rd) (?:five-year plan|fyp)\b(?!\s+(?:has|had|was|ended))"  # (a digest's "15th FYP")
)
# a span of years (三年内, 五年内, 两年内), not 年内 (within this year)
_DURATION: Final = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十]{1,2})年内")


# a five-year plan's own document named (“十五五”规划《建议》, 十五五发展规划纲要, "proposals for its 15th Five-Year Plan",
# "15th Five-Year Plan outline"), not a plan named in passing ("as the 15th Five-Year Plan opens")
_PLAN_NAMED_ZH: Final = re.compile(r"十([一二三四五六七八九])五[”\"’']?(?:时期)?(?:发展)?规划[》\s]*(?:《?建议|纲要)")
_PLAN_NAMED_EN: Final = re.compile(r"\b(?:proposals?|outline|draft|recommendations?)\s+(?:for|of)\s+(?:its|the|their)\s+(1[1-9])th "
                            r"Five-Year Plan\b|\b(1[1-9])th Five-Year Plan\s+(?:proposals?|outline|draft)\b", re.IGNORECASE)


def five_year_plan_named(text: str) -> int | None:
    """The number of the five-year plan a line names as a document (省委“十五五”规划《建议》 → 15), else None."""
    if "五" in text:
        m = _PLAN_NAMED_ZH.search(text)
        if m is not None:
            return PLAN_NO[m.group(1)]
    if "ive-" in text or "IVE-" in text:
        e = _PLAN_NAMED_EN.search(text)
        if e is not None:
            return int(e.group(1) or e.group(2))
    return None


def plan_end(number: int) -> int:
    """The last year of the ``number``-th five-year plan: the 14th ran 2021-2025, each plan five years."""
    return 2025 + 5 * (number - 14)


def plan_end_years(text: str, start: int = 0, end: int | None = None, language: str = "zh") -> list[tuple[int, int]]:
    """(position, year) of five-year-plan ends in ``text[start:end]``: 到“十五五”末, “十五五”期间,
    展望“十五五”, "by the end of the 15th Five-Year Plan", "within the 15th Five-Year Plan period".

    The Nth plan ends in 2025 + 5 × (N − 14): 十四五 → 2025, 十五五 → 2030 (the 14th plan ran 2021-2025)."""
    end = len(text) if end is None else end
    if language != "zh":
        if "ive-" not in text[start:end] and "IVE-" not in text[start:end] and "FYP" not in text[start:end]:
            return []
        return [(m.start(), plan_end(int(m.group(1)))) for m in _PLAN_END_EN.finditer(text, start, end)]
    if "五" not in text[start:end]:
        return []
    out = [(m.start(), plan_end(PLAN_NO[m.group(1)])) for m in _PLAN_END_ZH.finditer(text, start, end)]
    for m in _PLAN_PERIOD_ZH.finditer(text, start, end):
        if not any(p <= m.end() and m.start() <= p for p, _ in out):
            out.append((m.start(), plan_end(PLAN_NO[m.group(1) or m.group(2)])))
    return sorted(out)


def year_before(text: str, pos: int, start: int, language: str) -> int | None:
    """The last explicit year in ``text[start:pos]`` (the clause context of a quantity), a plan
    period's end (到“十五五”末) included."""
    found = None
    at = -1
    for p, y in plan_end_years(text, start, pos, language):
        at, found = p, y
    if text.find("20", start, pos) < 0:
        return found  # every year pattern holds "20"
    matches = _year_zh_matches(text, start, pos) if language == "zh" else _year_en_matches(text, start, pos)
    for m in matches:
        if m.start() > at and not (language == "zh" and text.startswith(("（", "("), m.start() - 1)
                                   and BASELINE_BRACKET_ZH.match(text, m.start() - 1)):
            found = int(m["y"])  # (not a baseline's year in brackets: 达到2000亿元（2025年：1362亿元），年均增长7%)
    return found


RELATIVE_YEAR: Final = Folded(r"\b(?P<next>next year)\b|(?P<next_zh>明年|来年)|\b" + THIS_YEAR_EN + r"\b|今年|本年")
_RELATIVE_YEAR_COVER: Final = covering(RELATIVE_YEAR, ("year", "年"))


def relative_year_before(text: str, pos: int, start: int, language: str, doc_year: int | None) -> int | None:
    """The year of a relative year word (今年, 明年, this year, next year) in ``text[start:pos]`` when it
    is the last year expression there (no explicit year after it); None otherwise or without a document year."""
    if doc_year is None:
        return None
    if not may_hold(text, _RELATIVE_YEAR_COVER, start, pos):
        return None  # (no relative year word in the range: RELATIVE_YEAR finds nothing)
    last = None
    for m in RELATIVE_YEAR.finditer(text, start, pos):
        last = m
    if last is None:
        return None
    if year_before(text, pos, last.end(), language) is not None:
        return None  # an explicit year or a plan's end (到“十五五”末) after the relative word
    return doc_year + 1 if (last.group("next") or last.group("next_zh")) else doc_year


_DIGIT: Final = re.compile(r"\d")


def relative_year_after(text: str, pos: int, stop: int, doc_year: int | None) -> tuple[int, int] | None:
    """(position, year) of "this year" / "next year" right after a figure ending at ``pos`` (before
    ``stop``, another number or an explicit year): "grow output by about 6 percent this year and …
    by 2027" gives 6 percent this year's date. None when there is none or no document year."""
    if doc_year is None:
        return None
    m = RELATIVE_YEAR.search(text, pos, stop)
    if m is None or _DIGIT.search(text, pos, m.start()):
        return None
    return m.start(), (doc_year + 1 if (m.group("next") or m.group("next_zh")) else doc_year)


_IN_YEAR_EN: Final = re.compile(r"\bin ((?:19|20)\d\d)\b(?!\s*-)", re.IGNORECASE)


def is_past_clause(clause: str, language: str, doc_year: int | None, years: list[int] | None = None) -> bool:
    """Past marker in a clause, or an explicit year before the document's year.

    "in 2027" is a past marker only when the year is before the document's ("to surpass … in 2027").
    ``years``: :func:`explicit_years` of the clause when the caller has them already."""
    # (a match holds "in 20…" or "in 19…", the n in either case)
    if language == "en" and doc_year is not None and ("n 20" in clause or "n 19" in clause or "N 20" in clause
                                                      or "N 19" in clause):
        edited = _IN_YEAR_EN.sub(lambda m: "" if int(m.group(1)) >= doc_year else m.group(0), clause)
        if edited != clause:
            clause, years = edited, None
    if (PAST_ZH.search(clause) is not None) if language == "zh" else PAST_EN.test(clause):
        return True
    if doc_year is None:
        return False
    return any(y < doc_year for y in (explicit_years(clause, language) if years is None else years))


# a clause opened by months of the document's own year (今年3月至4月，调研组先后赴… / 2026年2月，…): the month that
# ends the span, read by :func:`months_gone`; a deadline (3月底前, 6月起) is no such span
_MONTH_SPAN_ZH: Final = re.compile(
    r"(?:今年|(?P<y>(?:19|20)\d\d)年)(?P<m1>\d{1,2})月(?:\d{1,2}日)?"
    r"(?:(?:至|到|—|-|－|~)(?:(?P<y2>(?:19|20)\d\d)年)?(?P<m2>\d{1,2})月(?:\d{1,2}日)?)?(?:份|间|上旬|中旬|下旬|初)?[，,]"
)


# a quarter or half of a year opening a sentence (一季度，全区新签约项目32个 / 今年上半年， / 2026年前三季度，)
_PERIOD_OPEN_ZH: Final = re.compile(r"\s*(?:(?P<y>(?:19|20)\d\d)年|今年)?(?:第?(?P<q>[一二三四])季度|前(?P<n>[二两三])季度|(?P<h>上半年))")
_QUARTER_END: Final = {"一": 3, "二": 6, "三": 9, "四": 12, "两": 6}


def _opening_period_end(text: str, doc_year: int, *, clause: bool) -> int | None:
    """The month in which the quarter or half of the document's year that opens a Chinese sentence ends (一季度 → 3,
    上半年 → 6, 前三季度 → 9); None when none opens it (``clause``: it must stand as a clause of its own, 一季度，…)."""
    q = _PERIOD_OPEN_ZH.match(text)
    if q is None or int(q["y"] or doc_year) != doc_year or (clause and not text.startswith(("，", ","), q.end())):
        return None
    return 6 if q["h"] else _QUARTER_END[q["q"] or q["n"]]


def period_ahead(text: str, doc_year: int | None, doc_month: int | None) -> bool:
    """True when a Chinese sentence opens with a quarter or half of the document's year that ends after the month of its
    date (上半年累计完成固定资产投资突破180亿元 in an April bulletin's goals): what it names is still to be done."""
    if doc_year is None or doc_month is None or ("季度" not in text[:10] and "上半年" not in text[:10]):
        return False
    ends = _opening_period_end(text, doc_year, clause=False)
    return ends is not None and ends > doc_month


def period_gone(text: str, doc_year: int | None, doc_month: int | None) -> bool:
    """True when a Chinese line opens with a quarter or half of the document's year that has ended by the month of its
    date (a release titled 前三季度全市经济运行稳中向好 in October): it reports results."""
    if doc_year is None or doc_month is None or ("季度" not in text[:10] and "上半年" not in text[:10]):
        return False
    ends = _opening_period_end(text, doc_year, clause=False)
    return ends is not None and ends < doc_month


def months_gone(text: str, doc_year: int | None, doc_month: int | None) -> bool:
    """True when a Chinese clause opens with months of the document's year that have begun by its date
    (a report dated April: 今年3月至4月，调研组先后赴三地，走访企业23家), or with a quarter or half of it that has ended
    by then (一季度，全区新签约项目32个 in April): what follows is done, not planned."""
    if doc_year is None or doc_month is None:
        return False
    if "季度" in text[:12] or "上半年" in text[:12]:
        ends = _opening_period_end(text, doc_year, clause=True)
        if ends is not None:
            return ends < doc_month
    if "月" not in text:
        return False
    m = _MONTH_SPAN_ZH.search(text, 0, 40)
    if m is None:
        return False
    year = int(m["y2"] or m["y"] or doc_year)
    return year == doc_year and int(m["m2"] or m["m1"]) <= doc_month


_YEAR_EN_LEADS: Final = (14, 7, 6, 4, 3, 0)  # the lengths _YEAR_EN's "by" group can have ("by the end of ", …, none)
_YEAR_ZH_LEADS: Final = (2, 1, 0)  # 到, 至, 截至 before the "20", or none


def _matches_before_20(rx: re.Pattern[str] | Folded, leads: tuple[int, ...], text: str, pos: int,
                       end: int | None) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, end)`` for a year pattern whose matches start ``leads`` characters (one of
    them, farthest first) before their "20": only those positions before the next "20" are tried."""
    end = len(text) if end is None else end
    while True:
        c = text.find("20", pos, end)
        if c < 0:
            return
        m = None
        for k in leads:
            if c - k >= pos:
                m = rx.match(text, c - k, end)
                if m is not None:
                    break
        if m is None:
            pos = c + 1  # no match starts at or before c
            continue
        yield m
        pos = m.end()


def _year_en_matches(text: str, pos: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``_YEAR_EN.finditer(text, pos, end)``: a match's "20" follows its "by" group (letters, spaces and a
    hyphen, one of :data:`_YEAR_EN_LEADS` characters long)."""
    return _matches_before_20(_YEAR_EN, _YEAR_EN_LEADS, text, pos, end)


def _year_zh_matches(text: str, pos: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``_YEAR_ZH.finditer(text, pos, end)``: a match starts 0-2 characters (到, 至, 截至) before its "20". A year
    that is only a comparison's base (能耗较2024年下降10%, 比2020年翻一番, 与2024年相比) is left out: it dates
    neither a result nor a goal."""
    for m in _matches_before_20(_YEAR_ZH, _YEAR_ZH_LEADS, text, pos, end):
        y = m.start("y")
        if y > 0 and (text[y - 1] in "较比" or (text[y - 1] == "与" and text.startswith("相比", m.end()))):
            continue
        yield m


def explicit_years(text: str, language: str) -> list[int]:
    """Years named in a text (2024年, by 2027, in 2025); plan periods (2023-2027) excluded."""
    if "20" not in text:
        return []  # every year pattern holds "20"
    if language == "zh":
        return [int(m["y"]) for m in _year_zh_matches(text)]
    return [int(m["y"]) for m in _year_en_matches(text)]


_DEADLINE_ZH: Final = re.compile(r"(?:到|至)(20\d\d)年|(20\d\d)年(?:底|末)前?")
_DEADLINE_EN: Final = Folded(r"\bby (?:the end of |end-)?(20\d\d)\b")


def deadline_years(text: str, language: str) -> list[int]:
    """Deadline years: 到2027年, 2025年底, by 2027, by the end of 2025."""
    if "20" not in text and (language != "zh" or "五" not in text) and (language == "zh" or ("-Year" not in text and "-year" not in text)):
        return []
    if language == "zh":
        pairs = _DEADLINE_ZH.findall(text)
        return [int(a or b) for a, b in pairs] + [y for _, y in plan_end_years(text)]
    return [int(m.group(1)) for m in _DEADLINE_EN.finditer(text)] + [y for _, y in plan_end_years(text, language="en")]


_SO_FAR_ZH: Final = re.compile(r"(?:今年|年初|本年度?)以来|(?:今年)?前[一二三]季度|今年前(?:[1-9]|1[01]|[二三四五六七八九十]|十一)个月|^(?:[^，,。；;：:]{1,10}[：:])?(?:今年)?(?:第)?一季度|(?:今年)?[1-9１-９一二三四五六七八九十]{1,2}[-—至到~][1-9１-９一二三四五六七八九十]{1,2}月份?|(?:今年)?上半年|"
                        r"截[至止](?:今年|目前|[0-9]{4}年)?[1-9１-９一二三四五六七八九十]{1,2}月(?:底|末|份)?")
_FIRM_FUTURE_ZH: Final = fast(r"力争|目标|预期目标|计划|确保|争取|明年|新的一年|力求|拟")
# a goal met (提前一年完成“十四五”规划目标, 超额完成年度目标任务) or stuck to (咬定目标): a result's words, no goal set
_GOAL_MET_ZH: Final = re.compile(r"完成[^，,。；;：:]{1,12}?目标(?:任务)?|咬定目标")


def without_goals_met(text: str) -> str:
    """A Chinese sentence without the goals it says were met or stuck to, for the tests of a future marker."""
    return _GOAL_MET_ZH.sub("", text) if "目标" in text and ("完成" in text or "咬定" in text) else text


def _comma_at(text: str, start: int) -> int:
    """Where the clause of ``text`` from ``start`` ends: its next comma (either width), else the text's end."""
    return min((k for k in (text.find("，", start), text.find(",", start)) if k >= 0), default=len(text))


def so_far_opens_zh(text: str) -> bool:
    """True when a phrase of the year so far (今年以来, 前三季度, 今年前10个月 …) stands in a Chinese sentence's first clause."""
    first = _comma_at(text, 0)
    if _SO_FAR_ZH.search(text, 0, first + 1) is not None:
        return True
    if _REPORTING_LEAD_ZH.match(text, 0, first):  # 记者近日走访发现，今年以来，…: after a reporter's lead
        return _SO_FAR_ZH.search(text, first + 1, _comma_at(text, first + 1) + 1) is not None
    return False


_REPORTING_LEAD_ZH: Final = re.compile(r"[^，,。]{0,14}(?:发现|了解|介绍|获悉|显示|表示|指出)$|据(?:了解|介绍|悉|统计)")


def results_so_far(text: str, language: str) -> bool:
    """A report of this year's results so far (今年以来…预计全年…): its figures are estimates, not targets.

    True for a Chinese sentence opened by 今年以来/年初以来 with no firm future marker (力争, 目标, 明年 ...),
    and for an English one opened by "In the first eight months (of this year)" or "From January to
    September", or holding "so far this year" / "year to date" anywhere, with no firm future marker (aims,
    target, will, next year ...)."""
    if language == "zh":
        if "月" not in text and "以来" not in text and "季度" not in text and "上半年" not in text:
            return False  # every match of _SO_FAR_ZH holds one of these (95% of sentences hold none)
        return bool(_SO_FAR_ZH.search(text)) and not _FIRM_FUTURE_ZH.search(without_goals_met(text))
    if _SO_FAR_EN.match(text) is None:
        if not may_hold(text, _SO_FAR_ANYWHERE_WORDS):
            return False  # (_SO_FAR_ANYWHERE_EN cannot match: two plain finds instead of a scan that stops at every s and y)
        if not _SO_FAR_ANYWHERE_EN.test(text):
            return False
    return not _FIRM_FUTURE_EN.search(text)


# the phrases of a report of the year so far: "in the first eight months", "so far this year", "year to date"
_FIRST_MONTHS_EN: Final = r"in the first (?:\w+ )?(?:months?|quarters?|half)"
_SO_FAR_WORDS_EN: Final = r"so far this year|year to date"
_SO_FAR_EN: Final = re.compile(r"\s*(?:(?:[AQ]|Answer|Question)\s*[:：.]\s*|[-•*]\s+)?(?:" + _FIRST_MONTHS_EN + r"\b|in the first \w+ months\b|"
                        r"from january (?:to|through|until) \w+\b|"
                        r"in the (?:january|first)[- ](?:to[- ])?\w*[- ]?(?:period|months)\b)", re.IGNORECASE)
# "… topped 80 billion yuan so far this year": the phrases that report results so far wherever they stand
_SO_FAR_ANYWHERE_EN: Final = Folded(r"\b(?:" + _SO_FAR_WORDS_EN + r")\b")
_SO_FAR_ANYWHERE_WORDS: Final = folded_literals(_SO_FAR_ANYWHERE_EN)  # (one of which every match holds, lowered)
# ("plans to", not the noun: "… among the cities designated in the state plan")
_FIRM_FUTURE_EN: Final = Folded(r"\b(?:aims?|target(?:s|ed)?|will|plans? to|goal|next year|is to|are to|expects?)\b")


# an expectation for the year that is ending, with no goal word ("expects its GDP to grow about 5.3 percent this year")
LATE_ESTIMATE_EN: Final = re.compile(r"^(?!.*\b(?:aims?|target|targets|goal|plans?|strives?|seeks?)\b).*\b(?:expects?|expected|"
                              r"estimates?|estimated|projects?|projected|is set to|is on track to|is likely to)\b",
                              re.IGNORECASE | re.DOTALL)
# a result of the year so far right after the figure: "up 7.8 percent in the first 11 months" (a comparison's base
# may come between: "grew 5.4 percent year-on-year in the first half of this year")
_SO_FAR_AFTER_EN: Final = re.compile(r"\s+(?:(?:year[- ]on[- ]year|from a year earlier|on (?:a|the) year)\s+)?(?:" + _FIRST_MONTHS_EN
                              + "|" + _SO_FAR_WORDS_EN + r")\b", re.IGNORECASE)
ESTIMATE: Final = Folded(r"\b(?:we|i) (?:expect|estimate|reckon)\b|\bis (?:expected|estimated|projected) to\b|"
                  r"\bare (?:expected|estimated|projected) to\b|\ban? (?:estimated|expected|projected)\b|预计")


def estimate_continues(text: str, language: str) -> bool:
    """A Chinese sentence with no firm future marker and no deadline (预计全年…, 新能源汽车产量68.5万辆):
    inside a paragraph that reports this year so far (今年以来…, 前三季度…), it reports or estimates
    this year's result."""
    if language != "zh":
        return False
    text = without_goals_met(text)
    return not _FIRM_FUTURE_ZH.search(text) and not _DEADLINE_ZH.search(text) and not FUTURE_ZH.search(text.replace("预计", ""))


def is_future(text: str, language: str) -> bool:
    """A future marker in the sentence (not the goal of a goal met: see :func:`without_goals_met`)."""
    if language != "zh":
        return FUTURE_EN.test(text)
    return FUTURE_ZH.search(without_goals_met(text)) is not None


_SLOGAN_OPEN: Final = re.compile(r"[“「\"]\S{0,3}$")
_RANGE_AFTER: Final = re.compile(r"\s*(?:to|-|–|~|至|到)\s*\d")
_RANGE_BEFORE: Final = re.compile(r"\d\s*(?:to|-|–|~|至|到)\s*$")


_RX_DISTRACTOR_1: Final = re.compile(r"(?:\b(?:the|first|top|these|those|its|all|last|past|previous)|\w['’]s)\s+$", re.IGNORECASE)
_RX_DISTRACTOR_2: Final = re.compile(r"\s+of\s+(?:its|their|the|our|these|those)\b", re.IGNORECASE)
_RX_DISTRACTOR_3: Final = re.compile(r"\beach\b", re.IGNORECASE)
# (a conversion in brackets may come between: "200 million yuan ($27.6 million) per project")
_RX_DISTRACTOR_4: Final = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:per|a|an)\s+(?!capita\b|person\b|head\b)[a-z]",
                              re.IGNORECASE)
_PER_HOLDER_EN: Final = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?per\s+(?!year\b|annum\b|month\b|week\b|day\b|capita\b)[a-z]",
                            re.IGNORECASE)
_RX_DISTRACTOR_5: Final = re.compile(r"[、,，;；]|\band\b")


_BASELINE_BEFORE: Final = Folded(r"(?:[由从](?:目前|当前|现在|现有)的?|\bfrom (?:the current |today's |about |around )?)[^，。；,;]{0,12}$")
_BASELINE_AFTER: Final = re.compile(r"\S{0,4}?\s*(?:[,，]?\s*)?(?:(?:now|currently|at present)\s+)?(?:提高|提升|增加|增长|降低|下降|扩大|缩小|上升|升|降)?(?:到|至|\bto\b)",
                             re.IGNORECASE)
_BASELINE_AFTER_WORDS: Final = folded_literals(_BASELINE_AFTER)  # (到, 至, to: one ends every match)


_INTENT: Final = Folded(r"力争|目标|争取|确保|\b(?:aims?|aiming|strives?|seeks?|plans?|expects?|wants?|hopes?) to\b|\btargets?\b|\bgoal\b|"
                 r"\b(?:aims?|aiming) for\b|"
                 # "part of a push to lift chip revenue to more than 150 billion yuan": a goal's own verb
                 r"\b(?:push|drive|bid|effort|campaign|plan|goal|ambition)s? to (?:lift|raise|boost|grow|increase|expand|"
                 r"double|triple)\b|"
                 r"\bwants?\b")
# a forecast cue before an amount whose measure words all come in a later clause: "the industry is expected to
# generate more than 100 billion yuan …, and the city will provide up to 3 million yuan in rewards"
_EXPECTED: Final = Folded(r"\b(?:is|are) (?:expected|projected|set|poised) to\b")
_CLAUSE_BREAK: Final = re.compile(r"[,;，；]|\band\b")


def target_before_measure(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """True when an amount or a share at ``[start, end)`` follows a target cue and every fund / subsidy word of its
    sentence comes after it, in a later clause: "plans to lift seed output to 20 billion yuan by 2027 …,
    backed by a 5-billion-yuan fund" (the first amount is a target, the second the fund's); "aims to raise R&D
    spending to at least 2.8 percent of GDP next year, and will channel money through a … fund"."""
    if MEASURE_MONEY.test(text, sentence_start, start) or not (_INTENT.test(text, sentence_start, start)
                                                                or _EXPECTED.test(text, sentence_start, start)):
        return False
    after = MEASURE_MONEY.spans(text, end, sentence_end)
    return not after or bool(_CLAUSE_BREAK.search(text, end, after[0][0]))


def target_after_measure(text: str, sentence_start: int, pos: int) -> bool:
    """True when a target cue (力争, 目标, "aims to", "targets" ...) comes after the sentence's last fund /
    subsidy / credit word before the amount at ``pos``: in "设立100亿元产业基金，力争产值突破5000亿元" or
    "launched a fund and said it aims to lift output to 500 billion yuan" the amount is a target, while
    "设立产业基金，总规模50亿元" keeps its amounts as the measure's."""
    last_before = -1
    for _, b in MEASURE_MONEY.spans(text, sentence_start, pos):
        last_before = b
    if last_before < 0:
        return False
    between = text[last_before:pos]
    if "arget" in between:
        between = _FUND_TARGET_SIZE.sub(" ", between)  # "a fund with a target size of …": the fund's own size
    return _INTENT.test(between)


_FUND_TARGET_SIZE: Final = re.compile(r"\btarget(?:ed)?\s+(?:size|scale|amount|capital|corpus)\b", re.IGNORECASE)


# "from roughly 17 percent today" / "up from 12 percent now": the level a goal starts from
# ("up from an estimated 44 percent this year", "versus 17 today": the level it starts from)
_BASELINE_FROM_EN: Final = re.compile(r"(?:\b(?:up |down )?from|\bversus|\bvs\.?|\bcompared (?:with|to)) (?:an? )?"
                               r"(?:estimated |expected |projected |the current |today's )?"
                               r"(?:about |around |roughly |nearly |some |just |only )?$", re.IGNORECASE)
_NOW_AFTER: Final = re.compile(r"\s*(?:of \w+\s+)?(?:today|now|currently|at present|at the moment|this year|last year|"
                        r"in (?:19|20)\d\d|at the end of (?:19|20)\d\d)\b", re.IGNORECASE)
# an analyst's or someone else's figure, not the government's: forecasts, base cases, hearsay
_FORECAST: Final = Folded(r"\b(?:our|the|a|their) (?:base case|baseline scenario|forecast|projection|house view|central scenario)s?\b|"
                   r"\bwe (?:forecast|project|predict|pencil in)\b|\b(?:analysts|economists|forecasters|the market|markets) "
                   r"(?:expect|forecast|predict|see|project)\b|\bconsensus (?:forecast|estimate)s?\b|"
                   r"机构预测|分析师预[测计]|市场预期|我们预[测计]|我们的基准(?:情形|预测)")
# a survey's share of its respondents: "71% said …", "38% plan to expand", "45 percent of respondents expect …"
_RESPONDENTS_AFTER_EN: Final = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:respondents|members|companies|firms|enterprises|those)\s+"
                                   r"(?:to\s+(?:our|the|a|this)\s+(?:[\w\-]+\s+){0,2}?(?:survey|poll)\s+)?"
                                   r"(?:surveyed\s+|polled\s+|asked\s+)?)?(?:said|say|reported|report|plan|planned|expect|"
                                   r"expected|intend|intended|indicated|believe|believed)\b")
# a single project's or plant's own figure, not a region's goal: "The project involves total investment of …", "At
# full capacity, the plant will employ …", "Phase II will lift total capacity to …"
_PROJECT_SUBJECT_EN: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Oo]ur)\s+(?:[\w\-]+\s+){0,2}?(?:project|plant|factory|facility|mill|production line)"
    r"\s+(?:alone\s+)?(?:involves|is|will|would|has|shall|should|can|could|is expected|is designed)\b|"
    r"\b[Pp]hase (?:I|II|III|one|two|three|1|2|3)\b[^.;]{0,40}?\b(?:will|would|is|shall)\b|\b[Aa]t full capacity\b")

# one of which every match of _PROJECT_SUBJECT_EN holds (a pre-test; _RELATIVE_CLAUSE_EN.sub only cuts text out and puts
# a comma in, which none of them holds, so a sentence without them has none after the cut either)
_PROJECT_WORDS_EN: Final = ("project", "plant", "factory", "facility", "mill", "production line", "hase ", "t full capacity")


# a relative clause between commas ("Qilin District, where the project will be located, has set a goal …"): not the
# sentence's subject
_RELATIVE_CLAUSE_EN: Final = re.compile(r",\s*(?:where|which|whose|that|who)\b[^,;]*,")


def _sentence_start_en(text: str, pos: int) -> int:
    """Where the English sentence that holds ``pos`` starts (after the last ". " or line break within 200
    characters)."""
    lo = max(0, pos - 200)
    stop = text.rfind(". ", lo, pos)
    return max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, pos) + 1)


# the writer's own proposal or belief, with no goal of the government's: "We would propose 25%", "we believe …
# could double to 6 billion euros"
_WRITERS_VIEW_EN: Final = re.compile(r"\b[Ww]e (?:would|'d) (?:propose|suggest|recommend)\b|"
                              r"\b[Ww]e (?:believe|think|reckon)\b[^.;]{0,80}?\b(?:could|might|may)\b|"
                              # the writer's tally and exchange rate: "We count 19 targets", "1 US dollar is taken as"
                              r"\b[Ww]e count\s+$|\bby our count\b|"
                              r"\b(?:1|one)\s+(?:US\s+)?(?:dollars?|euros?)\s+(?:is|was)\s+(?:taken as|converted at|"
                              r"counted as|equal to)\s+$")
_HEARSAY: Final = Folded(r"\b(?:have|has|may have|might have) (?:read|heard|seen)(?: (?:reports|it said|claims))? that\b|"
                  r"\b(?:media|press|some) reports? (?:say|said|suggest|suggested|claim|claimed)\b|"
                  r"\bit (?:is|was|has been) (?:widely )?(?:said|reported|rumou?red) that\b|\brumou?rs? (?:say|said|that)\b|"
                  r"有报道称|据传|网传|传言|坊间|外界(?:传|猜测|盛传)|有人说")
# someone else's figure, read across the sentence's clauses: 有研究机构预测，…; "An economist at a bank said …
# could come in at 4.7 percent"; "A Shanghai-based brokerage expects …"
_FORECAST_CROSS: Final = Folded(r"(?:研究机构|机构|分析师|券商|智库)(?:预测|预计|认为|估计|测算)|(?:调查|问卷|调研)(?:显示|发现)|"
                         # "A report by Orrin Consulting estimated that … could reach": someone's estimate
                         r"\b(?:report|study|survey|analysis|note)\s+(?:by|from)\s+[^.;]{1,60}?\b(?:estimated|estimates|"
                         r"forecast|forecasts|projected|projects|predicted|predicts)\b|"
                         # a research note's own forecast ("We forecast A growth of 5.4% (consensus: 5.3%) and B at 5.6%")
                         r"\bwe (?:forecast|project|predict|pencil in)\b|"
                         # a note's own reading: "Our view: we expect …", "extrapolating that pace gives …"
                         r"\bour (?:view|take|(?:own )?model(?:s|ling|ing)?)\b|\bextrapolat(?:e|es|ed|ing|ion)\b|"
                         # "In our base case, Hubei's GDP grows about 5.3 percent a year": the note's scenario
                         r"\b(?:in|under) (?:our|the|a) (?:base|central|baseline|bull|bear) (?:case|scenario)\b|"
                         # "Meridian expects Henan's installed capacity to reach …", "Cobalt Lane Research expects global
                         # demand …": someone expecting a figure of a place (or the world) named in the third person
                         r"\b(?:expects|forecasts|predicts|projects|estimates)\s+(?:[A-Z][a-z][\w\-]*['’]s\s|global\s|"
                         r"world(?:wide)?\s|national\s|China['’]s\s)|"
                         r"\b(?:Research|Consulting|Securities|Analytics|Economics|Intelligence|Advisory|Partners)\s+"
                         r"(?:expects|forecasts|predicts|projects|estimates|sees)\b|"
                         # "Our 2026 provincial output forecast stands at 4.5 million units"
                         r"\bour\s+(?:[\w\-]+\s+){0,4}?(?:forecasts?|projections?|estimates?)\b|"
                         # 业内人士分析，…有望…; 一家咨询机构发布的报告预测，…: the forecaster, then (within a few
                         # characters) its verb
                         r"(?:业内人士|分析人士|专家|业内|研究机构|咨询机构|分析师|券商)[^，,。；;]{0,12}?(?:估算|预计|预测|认为|测算|分析|估计)|"
                         # a survey's finding: "One recent survey found only 28 percent of companies plan to …"
                         r"\b(?:survey|poll)s?\b[^.;]{0,40}?\b(?:found|finds|showed|shows|suggested|suggests)\b|"
                         r"\b(?:analysts?|economists?|strategists?|forecasters?|brokerages?|advis[eo]rs?|consultanc(?:y|ies)|consultants?|"
                         r"researchers?|think[- ]tanks?|scholars?|institutions|observers|experts|industry insiders|"
                         r"research (?:firms?|houses?|institutes?)|banks?)\b[^.;]{0,100}?\b(?:said|says|wrote|warned|"
                         r"believes?|expects?|expected|reckons?|thinks?|estimates?|estimated|forecasts?|predicts?|predicted|"
                         r"sees?|projects?|projected|noted|notes|argued|argues|pointed out|point out|puts|pegs|pegged)\b")
# "We expect Guangdong to …", "we expect the region's output to …": the writer speaks of a place in the third person
# (a capitalised name, not an acronym such as GDP), so the expectation is the writer's, not that place's goal
_WE_EXPECT_PLACE: Final = re.compile(r"\b[Ww]e (?:expect|see|estimate|reckon)\s+(?:[A-Z][a-z][\w\-]*(?:['’]s)?\s+(?:to\b|[a-z])|"
                              r"the\s+(?:region|province|city|county|district|zone|municipality)['’]s\s)")
_WE_EXPECT_WORDS: Final = ("e expect", "e see", "e estimate", "e reckon")  # (every match of _WE_EXPECT_PLACE holds one)
_GOAL_ASKED_ABOUT: Final = re.compile(r"\b(?:asked about|questions? (?:about|over)|doubts? (?:about|over)|sceptical (?:about|of)|"
                               r"skeptical (?:about|of)|comment(?:ed|ing)? on)\s+(?:the|this|that|its)\s+(?:[\w\-]+\s+)?"
                               r"(?:target|goal|objective)\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_SERIAL_NUMBER_BEFORE: Final = re.compile(r"\b(?:No|Nos|Number|Issue|Vol|Volume|Article|Chapter|Section|Item|Phase|Round|"
                                   r"Class|Grade|Category|Type|Level|Generation|(?-i:Figure|Fig|Table|Chart|Exhibit|Box)|"
                                   r"(?-i:Measures?|Clauses?|Paragraphs?|Annex|Appendix|Tasks?|Steps?|Part))\.?\s*$|#\s*$",
                                   re.IGNORECASE)
# the longest the part of a _SERIAL_NUMBER_BEFORE match before its trailing spaces can be ("Generation.", "Paragraphs."): a
# match ends at the end of the text (its spaces after), so it starts no earlier than this before the text's last non-space
_SERIAL_WORD_MAX: Final = 11
# and what it can end in there: a letter (or one that matches a letter when case is ignored: ſ, the Kelvin sign, ı, İ), a
# full stop or "#"
_SERIAL_LAST: Final = frozenset(string.ascii_letters + ".#\u017f\u212a\u0131\u0130")
# the last stop in a window (。！？!? or a line break, or ". "), matched from the window's start: the greedy run backs off
# from the window's end to the stop that starts last, which also ends last, so the match ends right after it
_LAST_STOP: Final = re.compile(r"(?s:.*)(?:[。！？!?\n]|\. )")
# "organised into five clusters", "The plan covers 12 chains": the parts of a plan, not a target
_PARTS_BEFORE_EN: Final = re.compile(r"\b(?:organi[sz]ed into|grouped (?:into|under)|divided into|split into|covers|covering|"
                              r"comprises|comprising|consists of|falls? into)\s+$", re.IGNORECASE)
_PARTS_AFTER_EN: Final = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:clusters|chains|groups|categories|headings|areas|fields|"
                             r"directions|sectors|industries|tracks|parts|chapters|sections|pillars)\b", re.IGNORECASE)
# “十四五”时期，全市…迈过6000亿元: what a plan period already achieved, in a text written at (or after) its end
_PERIOD_PAST_ZH: Final = re.compile(r"^[^，,。]{0,6}?[“\"]?(?P<p>十三五|十四五)[”\"]?(?:时期|期间|以来)")
_PERIOD_END: Final = {"十三五": 2020, "十四五": 2025}


_OPENS_WITH_YEAR_ZH: Final = re.compile(r"^\s*(?P<y>20\d\d)年(?:以来)?[，,]")


def opens_with_year(sentence: str, year: int | None) -> bool:
    """True when a Chinese sentence opens with the given year as its time frame (2025年，… / 2025年以来，…)."""
    m = _OPENS_WITH_YEAR_ZH.match(sentence)
    return m is not None and year is not None and int(m.group("y")) == year


# "during the 14th Five-Year Plan period the province's GDP surpassed …": the period as the time of past results
_PERIOD_PAST_EN: Final = Folded(r"\b(?:during|over|throughout|in) the (?P<n>1[1-9])(?:th|st|nd|rd) five-year plan(?: period)?\b")


def past_plan_period(sentence: str, doc_year: int | None, language: str = "zh") -> bool:
    """True when a Chinese sentence opens with a five-year-plan period (“十四五”时期, 十三五期间), or an English
    one speaks of what happened during it in the past tense with no word of a plan ("during the 14th Five-Year
    Plan period the province's GDP surpassed …"), and the period ends in or before the document's year: it
    reports that period's results."""
    if doc_year is None:
        return False
    if language != "zh":
        if "ive-" not in sentence and "IVE-" not in sentence:
            return False
        m_en = _PERIOD_PAST_EN.search(sentence)
        if m_en is None or plan_end(int(m_en.group("n"))) > doc_year:
            return False
        rest = sentence[: m_en.start()] + " " + sentence[m_en.end() :]  # (the period's own "Plan" is no plan)
        return PAST_EN.test(rest) and not FUTURE_EN.test(rest)
    m = _PERIOD_PAST_ZH.search(sentence)
    return m is not None and _PERIOD_END[m.group("p")] <= doc_year


# "corporate income tax at a reduced rate of 15%", "a reward of 10% of the increase", "a cap of 15%": the
# parameter of a tax or incentive, not a level to reach
_POLICY_RATE_BEFORE_EN: Final = re.compile(r"\b(?:(?:(?:tax|interest|tariff|duty|reduced|preferential|discount|subsidy|rebate)\s+rate|"
                                    r"rewards?|bonus|cap|discount|rebate|refund|deduction|ceiling|(?:management\s+)?fees?)\s+of|"
                                    # "vouchers covering up to 50 percent of the costs", "with the city paying 80% of premiums",
                                    # "offers land at 70 percent of the benchmark price": the share a subsidy pays, a price rule
                                    r"cover(?:s|ing)?|reimburs(?:e|es|ing)|refund(?:s|ing)?|paying|pays|(?:land|space|power|"
                                    r"electricity)\s+at)\s+"
                                    r"(?:up\s+to\s+|at\s+most\s+|no\s+more\s+than\s+)?$", re.IGNORECASE)
# a share of a fund's money ("70% of the capital will go to …", "20 percent of the fund's size")
_FUND_SHARE_AFTER_EN: Final = re.compile(r"\s*(?:(?:%|percent|per cent)\s+)?of\s+(?:the|its|each)\s+(?:money|capital|fund(?:'s|’s)?\b(?!\s+"
                                  r"(?:industr|sector))|funds\b|fund\s+size|portfolio)", re.IGNORECASE)
_CROSSING_BEFORE: Final = re.compile(r"(?:\b(?:cross|crosses|crossing|pass|passes|passing|top|tops|break|breaks|breaking|exceed|"
                              r"exceeds|surpass|surpasses|clear|clears)\b|跨过|迈过|突破|跨越|迈上|越过)[^.;。；]{0,16}$",
                              re.IGNORECASE)
_THRESHOLD_NOUN_AFTER: Final = re.compile(r"\s*(?:threshold|thresholds|minimum|ceiling|cap|limit|门槛|门坎)\b", re.IGNORECASE)
_RESTATED_BEFORE_EN: Final = re.compile(r"\d\s*[A-Za-z%]{1,8},\s*or\s+(?:about|around|roughly|some|nearly|almost)?\s*$")
_HAVE_NOW_EN: Final = re.compile(r"\b(?:we|they|you)\s+(?:already\s+|now\s+)?have\s+(?:about\s+|around\s+|some\s+|more than\s+|over\s+)?$",
                          re.IGNORECASE)
_NOW_LATER_EN: Final = re.compile(r"[^.;,]{0,60}?\b(?:right now|now|today|at present|currently|so far|already)\b", re.IGNORECASE)
_ATTENDING_AFTER_EN: Final = re.compile(r"\s+(?:deputies|delegates|representatives|participants|guests|people|officials|members)\s+"
                                 r"(?:are|were|will be)?\s*(?:attending|attended|took part|are taking part|joined)\b",
                                 re.IGNORECASE)
_ATTENDED_BEFORE_EN: Final = re.compile(r"\b(?:attended by|drew|brought together|gathered)\s+(?:(?:more than|over|about|around|some|"
                                 r"nearly|almost)\s+)?$", re.IGNORECASE)
# "Enterprises whose R&D spending grows by more than 20% shall receive …": who qualifies, not a goal
_WHOSE_CONDITION_EN: Final = re.compile(r"\b(?:enterprises?|firms?|compan(?:y|ies)|projects?|applicants?|teams?|institutions?|"
                                 r"entities|manufacturers?|businesses|operators?)\s+whose\b"
                                 r"(?![^,;]*\b(?:will|shall|must|aims?|is to|are to)\b)[^,;]*$", re.IGNORECASE)
# "enterprises with annual revenue above 100 million yuan": a size threshold on what is counted
_WITH_THRESHOLD_EN: Final = re.compile(r"\b(?:enterprises?|firms?|compan(?:y|ies)|projects?|manufacturers?|businesses|makers?|"
                                r"suppliers?|players?|each)\s+with\s+(?:an?\s+)?(?:annual\s+|yearly\s+)?(?:revenues?|sales|"
                                r"output(?:\s+value)?|turnover|investment|market\s+value|valuations?)\s+"
                                r"(?:of\s+)?(?:above|over|exceeding|topping|more\s+than|at\s+least|no\s+less\s+than|of)?\s*$|"
                                # "around 10 companies valued at US$1 billion or more": a size class, not the goal
                                r"\b(?:enterprises?|firms?|compan(?:y|ies)|start-?ups?|unicorns?)\s+valued\s+at\s+"
                                r"(?:above|over|more\s+than|at\s+least)?\s*$",
                                re.IGNORECASE)
# "To qualify, a project must involve investment of at least 1 billion yuan": what an applicant must bring
_ELIGIBILITY_EN: Final = Folded(r"\bto (?:qualify|be eligible)\b|\bqualif(?:y|ies) for\b|\beligib(?:le|ility)\b|\bqualifying (?:projects?|firms?|"
                         r"compan(?:y|ies)|enterprises?)\b|\b(?:a|each|the|any) (?:project|firm|company|enterprise|applicant) "
                         r"(?:must|shall|needs? to|has to)\b|\b(?:applicants?|firms|companies|enterprises|projects) "
                         r"(?:must|need to|have to)\b")
# ("operators with at least 20 registered aircraft qualify", "stations with a daily capacity of at least 500 kilograms
# shall receive a subsidy": who may claim a grant)
_ELIGIBLE_AFTER_EN: Final = re.compile(r"[^.;]{0,40}?(?:\b(?:are|is|be|become) eligible\b|\bqualify\b|"
                                r"\b(?:shall|will|can|may) (?:receive|get|enjoy|claim|be (?:granted|given|awarded|rewarded))\b)",
                                re.IGNORECASE)
# "a 600-million-yuan talent program", "a 20 billion yuan fund": the size of a measure named right after it
_MEASURE_AFTER_EN: Final = re.compile(r"(?:\s*\([^()]{0,30}\))?[\s-]+(?:[\w-]+\s+){0,3}?(?:fund|program|programme|package|scheme|"
                               r"pool|initiative|grants?|subsid(?:y|ies))\b", re.IGNORECASE)
# "allowing drones to fly below 120 meters": a height or length, not a goal
_LENGTH_AFTER_EN: Final = re.compile(r"\s*(?:met(?:er|re)s?|m)\b(?!\s*(?:square|²))", re.IGNORECASE)
_DISTANCE_UNIT_EN: Final = re.compile(r"\s*(?:kilomet(?:re|er)s?|km|miles?)\b", re.IGNORECASE)
_DISTANCE_AFTER_EN: Final = re.compile(r"\s*(?:kilomet(?:re|er)s?|km|miles?)\s+(?:away|to\s+the|north|south|east|west|off|"
                                r"from|outside|inland|upstream|downstream)\b", re.IGNORECASE)
_RATE_BEFORE: Final = re.compile(r"(?:[$€£¥]\s*1|\b1\s+(?:US\s+)?(?:dollars?|euros?|yuan))\s*=\s*$|1美元(?:兑|=)\s*$", re.IGNORECASE)
# "the 800-billion-yuan goal", 这一3000亿元目标: a target referred to again
_GOAL_REFERENCE_BEFORE: Final = re.compile(r"(?:\b(?:the|this|that|its|our)\s+|\b[A-Z][\w\-]*['’]s\s+|这一|该|此|上述)[\"“‘']?"
                                    r"(?:(?:around|about|roughly|nearly|some|at least|more than|over)[\s\-])?"
                                    r"(?:us\$|usd\s?|rmb\s?|cny\s?|\$)?$", re.IGNORECASE)
# (also in quotes and with what it counts: 'the "at least US$4 billion" FDI goal', "the 300 billion yuan headline")
_GOAL_REFERENCE_AFTER: Final = re.compile(r"(?:-\w+)*[\"”’']?\s*(?:(?:[A-Za-z][\w\-]*\s+){0,2}?(?:goal|target|objective)s?|"
                                   r"headline(?:\s+(?:goal|target|figure|number))?)\b|的?(?:目标|预期目标)", re.IGNORECASE)
_GOAL_REFERENCE_WORDS: Final = folded_literals(_GOAL_REFERENCE_AFTER)  # (goal, target, 目标 …: one is in every match)
_STATISTICS_ZH: Final = re.compile(r"据(?:初步)?统计|据不完全统计|统计显示|数据显示")
# "That figure is … not a new target", 该数字并非目标: the previous sentence's figures are disowned
DISOWNED: Final = Folded(r"\b(?:is|was|are|were) not (?:a|an|our|any)(?: new| official| binding| formal)? (?:target|goal|plan)s?\b|"
                  r"\bnot (?:a|an)(?: new| official| binding| formal)? (?:target|goal)\b|"
                  r"(?:并非|不是|不属于|不作为|不代表)[^，。；]{0,8}(?:目标|规划|计划)")


# a money size class before a count of the things it sizes: 10亿元以上产业项目60个, 千万元以上技改项目三千个左右
_SIZE_BEFORE_COUNT_ZH: Final = re.compile(r"(?:(?:及)?以上)?的?[^，,。；;、\d]{0,8}?(?:项目|企业)"
                                   r"(?=(?:不少于|不低于|超过|达到|力争|突破)?[\d一二三四五六七八九十两百千万]+(?:个|家|项|余))")


_ATTENDANCE_ZH: Final = re.compile(r"(?:出席|列席)[^。；;]{0,24}$")
_COMPARED_BASE_ZH: Final = re.compile(r"(?:较|比|相比|相较于?)(?:19|20)\d\d年(?:末|底)?的?$")
# a named project and what it costs (（一）柳南区汇驰新能源汽车一体化压铸项目，总投资45亿元; not a counted set of projects,
# 开工建设12个风光制氢一体化项目，总投资约580亿元, whose total is a goal)
NAMED_PROJECT_ZH: Final = (r"(?:^|[\n。；;：:）)、])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、]\s*)?"
                    r"(?:(?![\d一二三四五六七八九十两]+个)[^，,。；;]){4,40}?项目")
PROJECT_COST_LEAD_ZH: Final = r"[，,]\s*(?:计划|预计)?总投资(?:约|约为|为|达)?"  # (the measure stage reads the cost after it)
# (a clause or two may come between: 1.赣州市稀土永磁电机产业园项目，建设单位为某某有限公司，总投资126亿元)
_NAMED_PROJECT_COST_ZH: Final = re.compile(NAMED_PROJECT_ZH + r"(?:[，,](?!\s*(?:计划|预计)?总投资)[^，,。；;]{2,30}){0,2}"
                                    + PROJECT_COST_LEAD_ZH + "$")


# a named project with its cost glued to it (瑞鸿生物创新药中试及产业化基地项目总投资18亿元; not 全市重点项目总投资突破5000亿元,
# a total to reach), or a cost before the project it sizes (总投资60亿元的华辰新能源商用车整车基地项目)
_NAMED_PROJECT_GLUED_ZH: Final = re.compile(r"(?:^|[\n。；;：:，,、])\s*(?:签约项目中[，,]?)?"
                                     r"(?!全|重点|重大|年度|计划|新签约|新开工|续建|省级|市级|县级|各类|一批)"
                                     r"(?:(?!全[市省区县州]|重[点大]|[\d一二三四五六七八九十两]+个)[^，,。；;]){4,40}?项目"
                                     r"(?:计划|预计)?总?投资(?:约|约为|为|达)?$")
_COST_GOAL_AFTER_ZH: Final = re.compile(r"\s*(?:以上|左右|及以上)")
_PROJECT_COST_AFTER_ZH: Final = re.compile(r"的[^，,。；;]{2,40}?项目")
_COMPANY_SUBJECT_ZH: Final = re.compile(r"(?:(?<=[，,。；;：:“\"\n])|(?<=今年)|(?<=明年)|(?<=目前)|(?<=我们))(?:本|我|该)?(?:公司|集团)"
                                 r"(?![^，,。；;]{0,6}(?:家|个))")
# 比去年的预期目标低0.5个百分点, 每低于目标值1个百分点扣0.5分: a gap between two figures or a scoring step, not a goal
_POINTS_GAP_BEFORE_ZH: Final = re.compile(r"(?:比[^，,。；;]{0,14}?(?:低|高|快|慢|少|多)|每(?:低于|高于|超过|少于)[^，,。；;]{0,8}?)$")
# 每引进1家奖励20万元: the unit a grant is paid per, not a goal
_PER_GRANTED_UNIT_ZH: Final = re.compile(r"每(?:引进|新增|增加|招引|落地|新设|培育|认定|新认定)$")
# 市产投集团表示，明年将把…产能提高30%: a company speaking of its own plan (its words open the sentence)
_COMPANY_SAYS_ZH: Final = re.compile(r"(?:公司|集团)(?:负责人|有关负责人)?(?:表示|介绍|称|透露)[，,：:][^。；;]*$")
# "The company plans to double its R&D staff to 400", "whose firm plans to invest", "Lianguang Photonics, a Wuhan-based
# maker of optical transceivers, told reporters it would spend …": one firm's plan, not the region's goal
_COMPANY_SUBJECT_EN: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Aa]nother|[Ww]hose)\s+(?:[\w\-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|"
    r"supplier|developer)\b[^.;]{0,60}?\b(?:plans?|will|would|aims?|expects?|intends?|told)\b|"
    r",\s+an?\s+(?:[\w\-]+\s+){0,4}?(?:maker|manufacturer|producer|supplier|developer|company|firm)\b[^,.;]{0,60},\s+"
    r"(?:told|said|says|plans|will|expects)\b")
# (one of which every match of _COMPANY_SUBJECT_EN holds: a pre-test, the pattern scans slowly)
_COMPANY_NOUNS_EN: Final = ("company", "firm", "group", "maker", "manufacturer", "supplier", "developer", "producer")
_PROJECT_OUTPUT_BEFORE_ZH: Final = re.compile(r"(?:达产|投产|建成)后(?:预计|可)?(?:实现)?(?:年)?(?:产值|营业收入|营收|销售收入|税收)"
                                       r"(?:可|将)?(?:约|超|达到?|超过)?$")
# 对总投资10亿元以上项目实行专班服务: a size class of the projects or firms a rule covers, counted or not
SIZE_CLASS_NOUN_ZH: Final = r"的?[\u4e00-\u9fff]{0,4}?(?:项目|企业)"  # (what a size class in yuan sizes; also the measure stage's)
_SIZE_CLASS_AFTER_ZH: Final = re.compile(r"(?:(?:及|或)?以上)?" + SIZE_CLASS_NOUN_ZH)
_ORDINAL_SERIES_ZH: Final = re.compile(r"第[一二三四五六七八九十\d]{1,3}[、，,和及至到—-]$")
_PLACES_COUNTED_ZH: Final = re.compile(r"\s*个?(?:设区市|地级市|市州|县（市、区）|县\(市、区\)|县区|县市区|区县|省份|省区市|市县|城市)")
_PER_HOUR_ZH: Final = re.compile(r"每(?:小时|分钟|秒钟?)[^，,。；;]{0,8}$")
_PER_UNIT_ZH: Final = re.compile(r"每(?:千瓦时|度电?|吨|平方米|立方米|标准箱|人|月|台|辆|套)(?:约|约为|仅|不超过|不高于|最高|为)?$")
# 为每条产业链明确一名链长, 每个县（市）聚焦一至两个主导产业: how many each one gets, not a goal (not 每年)
_PER_EACH_ZH: Final = re.compile(r"每(?:一)?(?:条|个|家|项|所|座|位|名|户|片|区|县|镇|园|市|省|乡|村)[^，,。；;年月]{0,12}$")
_RATE_OF_ZH: Final = re.compile(r"按[^，,。；;]{0,30}的$")
_PLACES_AFTER_EN: Final = re.compile(r"\s*(?:more\s+|other\s+|pilot\s+|neighbo\w+\s+)?(?:districts|cities|counties|provinces|"
                              r"regions|towns|townships|villages|prefectures|municipalities)\b", re.IGNORECASE)
_IN_BEFORE_EN: Final = re.compile(r"\b(?:in|across|for|to|among|between)\s+(?:the\s+|its\s+|all\s+)?$", re.IGNORECASE)


_THERE_ARE_EN: Final = re.compile(r"\bthere (?:are|is|were|was) (?:now |currently |only |already |just )?$", re.IGNORECASE)
_PRICE_TARGET_EN: Final = re.compile(r"\b(?:price target|target price|fair value|(?-i:TP|(?:Overweight|Underweight|Buy|Sell|Hold|"
                              r"Outperform|Neutral) (?:rating )?on))\b", re.IGNORECASE)
_VAGUE_BEFORE_EN: Final = re.compile(r"\b(?:few|several|a couple of|or)\s+$", re.IGNORECASE)
# a past year that a bracket gives a figure for: "end-2025:", "2025 actual:", "2025 outcome:" (after the bracket's opening)
_BASELINE_YEAR_EN: Final = (r"\s*(?:(?:end|mid|year-end)[- ]|end of |as of )?(?:19|20)\d\d"
                     r"(?:\s+(?:actual|level|figure|baseline|base|outcome|result|value))?\s*[:=]")
# the opening of a bracket that gives a past year's figure: "(end-2025: 152 GW)", "(2025 actual: 412k)", "[2024: 18%]"
_BASELINE_BRACKET_EN: Final = re.compile(r"[(\[]" + _BASELINE_YEAR_EN + r"\s*(?:[~≈]|about |around )?$", re.IGNORECASE)
# the whole bracket of a baseline after an English goal: "(2025 outcome: 5.8%, ranking …)", "(end-2025: 152 GW)"
BASELINE_BRACKET_EN_FULL: Final = re.compile(r"\(" + _BASELINE_YEAR_EN + r"[^()]*\)", re.IGNORECASE)
# a present state before the number, in the third person (a goal's verb is "have" or "host" after its modal): "has 21
# national 'little giant' firms", "hosts more than 2,000 foreign-invested firms"
# (and what it already runs: "Wuhan already operates about 6 EFLOPS and targets around 15 EFLOPS")
_PRESENT_STATE_BEFORE_EN: Final = re.compile(r"\b(?:has|hosts|employs|boasts|houses|(?:is|are) home to|already\s+(?:operates|runs|owns|"
                                      r"produces|makes))\s+(?:already\s+)?"
                                      r"(?:about|around|some|more than|nearly|over|roughly|almost|just over|just under)?\s*$",
                                      re.IGNORECASE)
# the threshold an item counted by a goal must pass: "firms with annual revenue above", "projects worth more than",
# "each with total investment of more than"
_OVER_EN: Final = r"(?:above|over|more\s+than|exceeding|at\s+least|of\s+at\s+least|topping|in\s+excess\s+of|no\s+less\s+than)"
_CURRENCY_END_EN: Final = r"\s*(?:rmb|cny|us\$|\$|¥)?\s*$"
_THRESHOLD_BEFORE_EN: Final = re.compile(
    # (not "with total investment of more than", "a cluster with output above": the goal's own aggregate)
    r"\b(?:with|w/|whose|having)\s+(?:an?\s+|their\s+)?(?:annual\s+|yearly\s+|operating\s+)?"
    r"(?:revenues?|sales|income|turnover|valuations?)\s+(?:of\s+)?" + _OVER_EN + _CURRENCY_END_EN + "|"
    r"\beach\s+with\s+(?:an?\s+)?(?:annual\s+|total\s+)?(?:revenues?|investment|output(?:\s+value)?|sales)\s+(?:of\s+)?"
    + _OVER_EN + _CURRENCY_END_EN + "|"
    r"\b(?:projects?|firms?|companies|enterprises|plants?)\s+(?:of|worth|valued\s+at|investing)\s+"
    r"(?:over|above|more\s+than|at\s+least)" + _CURRENCY_END_EN, re.IGNORECASE)
_PART_OF_GROUP_EN: Final = re.compile(r"\s+of\s+(?:them|these|those|us|which|whom)\b", re.IGNORECASE)


# Pre-tests for English patterns that scan slowly, each a set of strings one of which every match holds (lowered for a
# case-insensitive pattern, see _may_end_with and fastre.lowered), or a set of words one of which ends every match
# before its trailing spaces (and a full stop): "has about", "the Phase", "reimbursing up to".
_PRESENT_STATE_WORDS: Final = ("has", "hosts", "employs", "boasts", "houses", "home to", "already")
# (_PRICE_TARGET_EN: the case-sensitive TP and ratings lowered; a rating is followed by a space)
_PRICE_TARGET_WORDS: Final = ("price target", "target price", "fair value", "tp", "overweight ", "underweight ", "buy ", "sell ",
                       "hold ", "outperform ", "neutral ")
_DONE_WORDS: Final = ("produced", "delivered", "exported", "shipped", "has ", "have ")
_WRITERS_WORDS: Final = ("e would ", "e 'd ", "e believe", "e think", "e reckon", "e count", "by our count", "dollar", "euro")
_ELIGIBLE_WORDS: Final = ("eligible", "qualify", " receive", " get", " enjoy", " claim", " be granted", " be given", " be awarded",
                   " be rewarded")
_ELIGIBLE_REACH: Final = re._parser.parse(_ELIGIBLE_AFTER_EN.pattern, _ELIGIBLE_AFTER_EN.flags).getwidth()[1]  # type: ignore[attr-defined]
_POLICY_RATE_ENDS: Final = ("of", "cover", "covers", "covering", "reimburse", "reimburses", "reimbursing", "refund", "refunds",
                     "refunding", "paying", "pays", "at", "to", "most", "than")
_SERIAL_WORDS: Final = tuple(w.lower() for w in (
    "No", "Nos", "Number", "Issue", "Vol", "Volume", "Article", "Chapter", "Section", "Item", "Phase", "Round", "Class", "Grade",
    "Category", "Type", "Level", "Generation", "Figure", "Fig", "Table", "Chart", "Exhibit", "Box", "Measure", "Measures",
    "Clause", "Clauses", "Paragraph", "Paragraphs", "Annex", "Appendix", "Task", "Tasks", "Step", "Steps", "Part"))


def _may_end_with(text: str, words: tuple[str, ...]) -> bool:
    """False when ``text``, without its trailing spaces, ends (ignoring case) in none of ``words``: a pre-test for a
    case-insensitive pattern whose every match ends there in one of them. True (not known) when the text holds İ, ı or
    ſ, which match ASCII letters without lowering to them (see fastre.lowered)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return True
    return text.rstrip().lower().endswith(words)


class _LiteralStarts:
    """Where the strings that some patterns need last start in a stretch of text, found in one pass.

    For each :class:`Folded` pattern, :func:`fastre.required_literals` of its lowered form are strings one of which every
    match holds (as :meth:`Folded.use_gate` uses them); for another pattern, the lowered strings given with it (one of
    which every match holds, in any case: the lowered text holds it lowered). One Aho-Corasick pass over the lowered
    stretch finds them for all the patterns at once. A pattern searched in ``[pos, end)`` inside the stretch cannot match
    there when none of its strings starts at or after ``pos`` (they end before ``end``, the stretch's end)."""

    def __init__(self, patterns: tuple[Folded | tuple[str, ...], ...]) -> None:
        self.count = len(patterns)
        owners: dict[str, list[int]] = {}
        for k, rx in enumerate(patterns):
            words = rx if isinstance(rx, tuple) else required_literals(without_captures(lower_pattern(rx.pattern)), rx._flags)
            if not words or any(w != w.lower() for w in words):
                raise ValueError(f"no lowered required strings for pattern {k}")
            for word in words:
                owners.setdefault(word, []).append(k)
        self._automaton = ahocorasick.Automaton()
        for word, ks in owners.items():
            self._automaton.add_word(word, (len(word), tuple(ks)))
        self._automaton.make_automaton()

    def last_starts(self, text: str, start: int, end: int) -> list[int] | None:
        """For each pattern, the last start of one of its strings inside ``text[start:end]`` (-1 if none); None when the
        text has no faithful lowered copy (:func:`fastre.lowered`), so nothing is known."""
        low = lowered(text)
        if low is None:
            return None
        out = [-1] * self.count
        for last, (n, ks) in self._automaton.iter(low[start:end]):
            at = start + last - n + 1
            for k in ks:
                if at > out[k]:
                    out[k] = at
        return out


# the patterns distractor searches in the text before an English figure, in this order (their indices in last_starts)
_BEFORE_GATE: Final = _LiteralStarts((_IMPLIED, _FORECAST, _HEARSAY, _FORECAST_CROSS, _ELIGIBILITY_EN, _COMPANY_NOUNS_EN,
                               _PROJECT_WORDS_EN, _WRITERS_WORDS, _WE_EXPECT_WORDS, _PRESENT_STATE_WORDS, _PRICE_TARGET_WORDS,
                               _DONE_WORDS))
# the index of each pattern's entry in what _BEFORE_GATE.last_starts returns (the order of the tuple above)
(_AT_IMPLIED, _AT_FORECAST, _AT_HEARSAY, _AT_FORECAST_CROSS, _AT_ELIGIBILITY, _AT_COMPANY, _AT_PROJECT, _AT_WRITERS,
 _AT_WE_EXPECT, _AT_PRESENT_STATE, _AT_PRICE_TARGET, _AT_DONE) = range(12)


# several goals summed ("the three plans add up to more than 2 trillion yuan", "the provinces' targets for 2027 add up
# to …"): the writer's tally, no one's goal
_PLANS_ADD_UP_EN: Final = re.compile(r"\b(?:plans|targets|goals|pledges|ambitions)\b[^.;]{0,60}?\badd\s+up\s+to\s+"
                              r"(?:(?:more than|over|about|around|roughly|nearly|almost|some)\s+)?$", re.IGNORECASE)


# a share a rule lets its holders keep or claim ("researchers may keep at least 70 percent of the income from …",
# "firms can claim up to 30 percent of the cost"): a provision, not a goal
_SHARE_KEPT_BEFORE_EN: Final = re.compile(r"\b(?:may|can|could|shall|are (?:allowed|entitled|permitted) to)\s+(?:keep|retain|claim|get)\s+"
                                   r"(?:up to |at least |no less than |not less than |as much as |more than )?$", re.IGNORECASE)


def distractor(q: Quantity, text: str, clause_start: int, clause_end: int, measure_context: bool, language: str,
               previous: list[Quantity]) -> bool:
    """True when a quantity is not a target whatever the tense (see module docstring).

    ``measure_context``: the sentence speaks of funds, subsidies, rewards or credit (its amounts
    are measures); ``clause_start``/``clause_end`` may be a window of the clause around ``q``."""
    if q.currency_conversion or q.size_class:
        return True
    if language == "zh" and q.kind == "count" and q.as_written.strip() == "一":
        return True  # 从一颗螺丝到一台整车, 选择一座城市: 一 before a measure word is "a", not a goal of one
    if language == "zh" and q.kind == "count" and q.start > 0 and text[q.start - 1] in "（(" and \
            _COUNT_ALONE_CLOSE.match(text, q.end):
        return True  # （一）战略性新兴产业集群（6个）: how many the list below holds, not a goal
    if language == "zh" and text.find("年", max(0, q.start - 10), q.start) >= 0 and any(
            m.start() < q.start < m.end() for m in BASELINE_BRACKET_ZH.finditer(text, max(0, q.start - 14), q.end + 20)):
        return True  # 达到2000亿元（2025年：1362亿元）: the baseline in brackets
    if language != "zh" and (text.rfind("(", max(0, q.start - 24), q.start) >= 0
                             or text.rfind("[", max(0, q.start - 24), q.start) >= 0) and \
            _BASELINE_BRACKET_EN.search(text, max(0, q.start - 24), q.start):
        return True  # "(end-2025: 152 GW)", "(2025 actual: 412k)": the baseline in brackets
    if q.kind == "count" and _AREA_UNIT.fullmatch(q.unit_as_written.strip()):
        return True  # 全年供应工业用地3000亩以上, "set aside 1,500 mu", 新建标准厂房50万平方米: land and space a measure provides
    if _SLOGAN_OPEN.search(text[max(0, q.start - 4) : q.start]):
        return True  # a numbered slogan: “八场硬仗”, "三个一批"
    after = text[q.end : q.end + 24]
    # the text lowered, for pre-tests of case-insensitive patterns (None when lowering is not faithful, see fastre.lowered):
    # a pattern matched on ``after`` cannot match when low[q.end : q.end + 24] holds none of the pattern's folded_literals
    low = lowered(text)
    before = text[max(clause_start, q.start - 24) : q.start]
    if q.kind in ("money", "percent") and measure_context:
        return True
    if language == "zh" and q.kind == "count" and _ATTENDANCE_ZH.search(text, max(0, q.start - 30), q.start):
        return True  # 出席全会的有市委委员39名，候补委员6名: who attended a meeting
    if language == "zh" and _COMPARED_BASE_ZH.search(text, max(0, q.start - 12), q.start):
        return True  # 较2024年的9100亿元: the base a goal is compared with
    if language == "zh" and q.kind == "money" and text.find("总投资", max(0, q.start - 120), q.start) >= 0 and \
            _NAMED_PROJECT_COST_ZH.search(text, max(0, q.start - 120), q.start):  # (every match holds 总投资)
        return True  # 柳南区汇驰…压铸项目，总投资45亿元: what one named project costs, not a goal
    if language == "zh" and q.kind == "money" and "投资" in text[max(0, q.start - 4) : q.start] and (
            _PROJECT_COST_AFTER_ZH.match(text, q.end)
            or (_NAMED_PROJECT_GLUED_ZH.search(text, max(0, q.start - 60), q.start) and not _COST_GOAL_AFTER_ZH.match(text, q.end))):
        return True  # 瑞鸿生物…基地项目总投资18亿元, 总投资60亿元的华辰…项目: one named project's cost
    if language == "zh" and q.unit_as_written not in ("家", "户") and (  # (both patterns need 公司 or 集团)
            text.find("公司", max(0, q.start - 40), q.start) >= 0 or text.find("集团", max(0, q.start - 40), q.start) >= 0) and (
            _COMPANY_SUBJECT_ZH.search(text, max(clause_start, q.start - 30), q.start)
            or _COMPANY_SAYS_ZH.search(text, max(0, q.start - 40), q.start)):
        return True  # 今年公司橙汁产能将扩大到8万吨, 市产投集团表示，明年将把…产能提高30%: one company's own plan
    if language == "zh" and q.unit_as_written == "个百分点" and \
            _POINTS_GAP_BEFORE_ZH.search(text, max(clause_start, q.start - 20), q.start):
        return True  # 比去年的预期目标低0.5个百分点: how far one figure is from another
    sentence_start = _sentence_start_en(text, q.start) if language != "zh" else 0  # (read by two checks below)
    # (in English, one pass over the lowered text before the figure for the strings ten patterns below need; a Chinese
    # text is scanned faster by the patterns themselves)
    found = _BEFORE_GATE.last_starts(text, min(clause_start, max(0, q.start - 160), sentence_start), q.start) \
        if language == "en" else None
    if language != "zh" and (found is None or found[_AT_COMPANY] >= sentence_start) and \
            _COMPANY_SUBJECT_EN.search(text, sentence_start, q.start):
        return True  # "The company plans to double its R&D staff to 400": one firm's plan
    if language == "zh" and _PROJECT_OUTPUT_BEFORE_ZH.search(text, max(clause_start, q.start - 16), q.start):
        return True  # (项目)达产后预计年产值120亿元: what one project will turn out, not a goal
    if language == "en" and (found is None or found[_AT_PRESENT_STATE] >= max(clause_start, q.start - 48)) \
            and _PRESENT_STATE_BEFORE_EN.search(text, max(clause_start, q.start - 48), q.start):
        return True  # "The province has 21 'little giant' firms", "a zone that hosts more than 2,000 firms": a state
    if language == "en" and q.kind == "money" and _THRESHOLD_BEFORE_EN.search(text, max(clause_start, q.start - 64), q.start):
        return True  # "at least 30 companies with annual revenue above 1 billion yuan": what qualifies an item counted
    if language == "en" and q.kind == "count" and measure_context and _PER_HOLDER_EN.match(text, q.end):
        return True  # "… will receive 200,000 yuan, for at most 10 routes per operator": a cap on each grant holder
    if _RANGE_AFTER.match(after):
        return True  # first number of a range
    if language == "en" and _SO_FAR_AFTER_EN.match(text, q.end):
        return True  # "up 7.8 percent in the first 11 months": the year's result so far
    if ("=" in before or "兑" in before) and _RATE_BEFORE.search(before):  # (every match holds one)
        return True  # "($1 = 7.30 yuan)": an exchange rate
    if _RANGE_BEFORE.search(before):
        return True  # second number of a range
    if language == "en" and (found is None or found[_AT_DONE] >= max(clause_start, q.start - 24)) and \
            _DONE_BEFORE_EN.search(before):
        return True  # "produced around 180,000 vehicles", "We have reserved 5,000 mu": done, not to do
    if language == "en" and _THERE_ARE_EN.search(before):
        return True  # "(there are nine today)", "There are 11 today": how many there are, not how many to reach
    if language == "en" and text.find("add", max(clause_start, q.start - 90), q.start) >= 0 and \
            _PLANS_ADD_UP_EN.search(text, max(clause_start, q.start - 90), q.start):  # (every match holds "add")
        return True  # "the three plans add up to more than 2 trillion yuan": the writer's sum of several goals
    if language == "en" and q.kind == "percent" and _SHARE_KEPT_BEFORE_EN.search(before):
        return True  # "researchers may keep at least 70 percent of the income": a share a rule lets its holders keep
    if language == "en" and (found is None or found[_AT_PRICE_TARGET] >= max(clause_start, q.start - 40)) and \
            _PRICE_TARGET_EN.search(text, max(clause_start, q.start - 40), q.start):
        return True  # "We stay Overweight on X (price target 46.5 CNY)": a share's price, not a policy goal
    if language == "en" and q.kind == "count" and (_VAGUE_BEFORE_EN.search(before) or _PART_OF_GROUP_EN.match(after)):
        return True  # "the same few hundred firms", "a maker or two", "I went through 30 of them": no goal's figure
    if (found is None or found[_AT_IMPLIED] >= clause_start) and _IMPLIED.search(text, clause_start, q.start):
        return True  # a figure derived from a target or an analyst's estimate: "implies growth of 25 percent", 对应年均增速30%
    if q.kind == "money" and language == "en" and _EACH_AFTER.match(after):
        return True  # a threshold each counted thing must pass: "firms with sales above 100 million yuan each"
    if q.kind == "money" and language == "zh" and (_SIZE_BEFORE_COUNT_ZH.match(after) or (
            "以上" in text[q.start : q.end + 3] and _SIZE_CLASS_AFTER_ZH.match(after))):
        return True  # 实施千万元以上技改项目三千个: the size of each project counted, not a goal of its own
    if q.kind == "count" and language == "zh" and q.unit_as_written in ("项", "条", "个", "章", "节") and \
            _PARTS_BEFORE_ZH.search(before):
        return True  # 本纲要共设置主要指标28项，其中约束性指标7项: the plan's own indicators and articles
    if q.kind == "count" and language == "zh" and _PLAN_SPLIT_ZH.search(before):
        return True  # 各项任务分解为42项: items of the plan, not a target
    if q.kind == "count" and q.unit_as_written == "条" and _ARTICLES_END.match(after) and _ARTICLES_BEFORE.search(before):
        return True  # 共5个方面22条: the articles of a document
    if language == "zh" and _CONDITION_OPEN_ZH.match(text, clause_start) and _CONDITION_CLOSE_ZH.match(after):
        return True  # 对年度出口量首次超过1万辆的整车企业: an eligibility condition
    if (low is None or holds_any(low, _BASELINE_AFTER_WORDS, q.end, q.end + 24)) and _BASELINE_AFTER.match(after) and \
            _BASELINE_BEFORE.search(before):
        return True  # 由目前的38%提高到45% / "from 38 percent now to 45 percent": the starting level
    if _NOW_AFTER.match(after) and _BASELINE_FROM_EN.search(before):
        return True  # "to 20 percent by 2030, from roughly 17 percent today": the level it starts from
    lo160 = max(clause_start, q.start - 160)
    if (found is None or found[_AT_FORECAST] >= lo160) and _FORECAST.search(text, lo160, q.start) or \
            (found is None or found[_AT_HEARSAY] >= lo160) and _HEARSAY.search(text, lo160, q.start):
        return True  # "our base case is growth of 5.1 percent", "some of you have read that …": not the government's goal
    if language != "zh" and q.kind == "percent" and _RESPONDENTS_AFTER_EN.match(text, q.end):
        return True  # "71% said they were profitable and 38% plan to expand": a survey's shares of its respondents
    if language != "zh" and (found is None or found[_AT_PROJECT] >= sentence_start) and _PROJECT_SUBJECT_EN.search(
            _RELATIVE_CLAUSE_EN.sub(",", text[sentence_start : q.start])):
        return True  # "The project involves total investment of …", "Phase II will lift capacity to …": a firm's project
    if language != "zh" and (found is None or found[_AT_WRITERS] >= max(clause_start, q.start - 120)) and \
            _WRITERS_VIEW_EN.search(text, max(clause_start, q.start - 120), q.start):
        return True  # "We would propose 25%", "we believe investment could double to …": the writer's, not a goal
    lo = max(0, q.start - 160)
    stop = _LAST_STOP.match(text, lo, q.start)
    lo = stop.end() if stop is not None else lo
    if (found is None or found[_AT_FORECAST_CROSS] >= lo) and _FORECAST_CROSS.search(text, lo, q.start):
        return True  # 有研究机构预测，到2030年…; "A Shanghai-based brokerage expects …": across the sentence's clauses
    if language == "en" and (found is None or found[_AT_WE_EXPECT] >= lo) and _WE_EXPECT_PLACE.search(text, lo, q.start):
        return True  # "We expect Guangdong to …": the writer's expectation of a place it speaks of, not its goal
    if language == "en" and q.kind == "percent" and _may_end_with(before, _POLICY_RATE_ENDS) and \
            _POLICY_RATE_BEFORE_EN.search(before):
        return True  # "at a reduced rate of 15%", "a reward of 10%": a tax or incentive rate
    if language == "en" and q.kind == "percent" and _FUND_SHARE_AFTER_EN.match(text, q.end):
        return True  # "Around 70% of the capital will go to …", "60 percent of the fund's size": how a fund is spent
    if q.kind in ("money", "percent", "count") and _THRESHOLD_NOUN_AFTER.match(text, q.end) \
            and not _CROSSING_BEFORE.search(before):
        return True  # "the USD 30 million threshold": a bar to clear, not a goal (but 跨过千亿元门槛, "cross the … threshold")
    if language == "en" and q.kind == "count" and (_HAVE_NOW_EN.search(text, max(clause_start, q.start - 24), q.start)
                                                   and _NOW_LATER_EN.match(text, q.end)):
        return True  # "we have 42 projects under construction right now": how many there are, not a goal
    if language == "en" and _RESTATED_BEFORE_EN.search(text, max(0, q.start - 24), q.start):
        return True  # "exceed 18 GW, or about 40 GWh, by 2027": the same goal in another unit
    if language == "en" and q.kind == "count" and _ATTENDING_AFTER_EN.match(text, q.end):
        return True  # "About 560 deputies are attending": who came, not a goal
    if language == "en" and q.kind == "count" and _ATTENDED_BEFORE_EN.search(before):
        return True  # "a ceremony attended by more than 200 representatives": who came, not a goal
    window = text[max(clause_start, q.start - 60) : q.start] if language == "en" else ""
    if language == "en" and (" with " in window or " valued " in window) and \
            _WITH_THRESHOLD_EN.search(text, max(clause_start, q.start - 60), q.start):
        return True  # "enterprises with annual revenue above 100 million yuan": which firms count, not a goal
    if language == "zh" and _PER_UNIT_ZH.search(before):
        return True  # 用电价格约为每千瓦时0.3元: a price per unit, not a goal
    if language == "zh" and q.kind == "count" and _PER_GRANTED_UNIT_ZH.search(before):
        return True  # 每引进1家奖励20万元: the unit a grant is paid per
    if language == "zh" and q.kind == "count" and before.endswith("等") and _PLACES_COUNTED_ZH.match(text, q.end):
        return True  # 太原、大同等11个设区市工业和信息化部门: how many places a list names, not a goal
    if language == "zh" and q.kind == "count" and _PER_HOUR_ZH.search(before):
        return True  # 每小时能处理鲜果12吨: what one line does in an hour, not a goal
    if language == "zh" and q.kind == "count" and "每" in before and _PER_EACH_ZH.search(before):
        return True  # 为每条产业链明确一名链长: an allocation to each, not a goal
    if language == "zh" and q.kind == "percent" and _RATE_OF_ZH.search(before):
        return True  # 出让底价可按…最低价标准的70%执行: a rate a rule applies, not a goal
    if language == "en" and q.kind == "count" and _PLACES_AFTER_EN.match(after) and _IN_BEFORE_EN.search(before):
        return True  # "a pilot programme in three districts", "across five cities": where, not how much
    if language == "en" and q.kind == "count" and (_DISTANCE_AFTER_EN.match(after) or
                                                   (before.endswith("within ") and _DISTANCE_UNIT_EN.match(after))):
        return True  # "Some 300 kilometres to the south", "from within 200 kilometres": where, not how much
    if language == "en" and "whose" in text[max(clause_start, q.start - 120) : q.start] and \
            _WHOSE_CONDITION_EN.search(text, max(clause_start, q.start - 120), q.start):
        return True  # "firms whose revenue grows by more than 20%": an eligibility condition
    if language == "en" and q.kind in ("money", "count", "percent") and (
            (found is None or found[_AT_ELIGIBILITY] >= lo) and _ELIGIBILITY_EN.search(text, lo, q.start) or
            (low is None or holds_any(low, _ELIGIBLE_WORDS, q.end, q.end + _ELIGIBLE_REACH))
            and _ELIGIBLE_AFTER_EN.match(text, q.end)):
        return True  # "To qualify, a project must involve … at least 1 billion yuan" (or "… 30 percent of their staff")
    if language == "en" and q.kind == "money" and _MEASURE_AFTER_EN.match(text, q.end):
        return True  # "plans a 600-million-yuan talent program": the size of a measure
    if language == "en" and q.kind == "count" and _LENGTH_AFTER_EN.match(text, q.end):
        return True  # "fly below 120 meters": a height or length
    tail = before.rstrip()
    if tail[-1:] in _SERIAL_LAST and (tail[-1] == "#" or _may_end_with(tail[:-1] if tail[-1] == "." else tail, _SERIAL_WORDS)) \
            and _SERIAL_NUMBER_BEFORE.search(before, max(0, len(tail) - _SERIAL_WORD_MAX)):
        return True  # "Research Note No. 14", "Phase 2": a serial number
    if language == "en" and q.kind == "count" and _PARTS_AFTER_EN.match(after) and _PARTS_BEFORE_EN.search(before):
        return True  # "organised into five clusters", "covers 12 chains": the parts of a plan
    if language == "en" and "of" in before and _GOAL_ASKED_ABOUT.search(text, max(clause_start, q.start - 60), q.start):
        return True  # "asked about the target of 150 EFLOPS": a target talked about, not set
    if (low is None or holds_any(low, _GOAL_REFERENCE_WORDS, q.end, q.end + 24)) and _GOAL_REFERENCE_AFTER.match(after) and \
            _GOAL_REFERENCE_BEFORE.search(before):
        return True  # "the 800-billion-yuan goal implies …", 这一3000亿元目标: a target named again, not a new one
    lo = max(0, q.start - 80)
    if language == "zh" and ("统计" in text[lo : q.start] or "数据显示" in text[lo : q.start]):
        lo = max(lo, text.rfind("。", lo, q.start) + 1, text.rfind("；", lo, q.start) + 1)  # within the sentence
        if _STATISTICS_ZH.search(text, lo, q.start):
            return True  # 据统计，今年全市共出台…: a count of what was done
    if language == "zh":
        if q.kind == "money" and after.startswith("的"):
            return True  # 突破千亿元的产业集群: a threshold describing the counted things
        if q.kind == "count" and _LIST_COUNT_ZH.match(after):
            return True
        if q.kind == "count" and _STATUS_VERB_ZH.search(text[clause_start : q.start]):
            return True
        if before.endswith(("第", "前")) or _ORDINAL_SERIES_ZH.search(before):
            return True  # (第一、二部分: the second of a series of ordinals)
    else:
        if q.kind == "count":
            if _RX_DISTRACTOR_1.search(before):
                return True  # a definite or possessive reference: "the three labs", "China's 31 provinces"
            if _RX_DISTRACTOR_2.match(after):
                return True  # a part of a named whole: "two of its traditional industries"
            if _STATUS_VERB_EN.search(text[clause_start : q.start]):
                return True
            if _WORD_NUMBER.match(q.as_written) and not _BUILD_GOAL_EN.search(text, clause_start, q.start):
                return True  # "The plan names five ecosystems", "Three instruments stand out": counts of the text's own
                # parts, not goals (a goal spelled out has its verb: "build five pilot zones this year")
            if _WITHIN_BEFORE_EN.search(before) and _TIME_SPAN_AFTER_EN.match(after):
                return True  # "register companies online within three working days": a time limit of a procedure
            if _LIST_COUNT_EN.match(after) or _LIST_COUNT_EN.match(text[q.end : q.end + 60]):
                return True  # "names five strategic emerging industries": a count of the list that follows
        if q.kind == "money" and _RX_DISTRACTOR_3.search(before):
            return True
        if q.kind == "money" and _RX_DISTRACTOR_4.match(after):
            return True  # a unit price or rate ("0.4 yuan per kWh"), not an amount to reach
    for p in previous[-3:]:
        gap = text[p.end : q.start]
        if q.kind == "money" and p.kind == "count" and clause_start <= p.start and len(gap) <= 16 and not _RX_DISTRACTOR_5.search(gap):
            return True  # "four clusters at over 500 billion yuan", 其中3个营业收入超2000亿元: a per-item threshold
    return False


# patterns that rarely match and scan slowly: pre-tested for their words (exact; see fastre.Folded.use_gate)
for _rx in (PAST_EN, FUTURE_EN, _FORECAST_CROSS):
    _rx.use_gate()
