"""The rule-based extractor: a pipeline of small stages from text to :class:`~indupath.model.Roadmap`.

Stages (see :mod:`indupath.extract.protocol`): header and language → sentences →
region mentions and scope → tense and deadline years → priorities, targets,
measures. Every fact carries its character span in the text *as given* (header
lines included), its sentence and a confidence.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from indupath import __version__
from indupath.model import (
    Document,
    Language,
    Measure,
    MeasureKind,
    Priority,
    RegionMention,
    Roadmap,
    Span,
    Target,
    Tier,
)

from . import cache as _cache
from . import industries as ind
from . import measures as meas
from . import tables as tbl
from . import targets as tg
from .context import DocContext
from .evaluate import words
from .fastre import (
    Folded,
    ascii_alternatives,
    fast,
    folded_literals,
    literal_gate,
    literal_led,
    lowered,
    may_hold,
    required_literals,
)
from .metric_industries import en_following_industry, metric_industry
from .numbers import Quantity, find_en_quantities, find_zh_quantities
from .protocol import (
    MeasureExtractor,
    PriorityExtractor,
    RegionTagger,
    Segmenter,
    TargetExtractor,
)
from .regions import (
    TOWN_WORDS_ZH,
    Mention,
    RegionInfo,
    ancestors,
    confirmed,
    dateline_end,
    disambiguated,
    display_name,
    find_mentions,
    gazetteer,
    is_generic_subject,
    is_possessive,
    is_subject,
    mention_key,
    names_zone,
    region_from_source,
    regions_in_name,
    title_park_zh,
    unlisted_zones,
    with_bare_counties,
    with_short_forms,
    without_qualifiers,
)
from .segment import Sentence, detect_language, parse_header, split_sentences
from .tiers import document_tier, label_tier

EXTRACTOR_NAME: Final = "indupath-rules"
MAX_SENTENCE: Final = 2000  # longer "sentences" (tables, junk) are cut for the list and measure scans
_WINDOW: Final = 300  # characters around a number that its clause checks look at


# ---------------------------------------------------------------- stages
def segment_stage(ctx: DocContext) -> None:
    """Sentences of the body (after any header)."""
    ctx.sentences = split_sentences(ctx.text, ctx.header.body_start, len(ctx.text), ctx.language)
    for s in ctx.sentences:
        if s.text.strip():
            ctx.title = s.text
            break


# a place in capitals heading a bullet of a digest ("* NINGBO -- The port city said …", "- XI'AN: …")
_EN_BULLET_HEAD: Final = re.compile(
    r"^[ \t]*[*•·\-–][ \t]+(?P<name>[A-Z][A-Z'’.\- ]{2,40}?)[ \t]*(?:,|--|—|–|:)[ \t]*", re.M)
_CAPITALS: Final = re.compile(r"[A-Z][A-Z'’]*")
# a place in capitals on a line of its own, heading a section of a roundup ("INNER MONGOLIA", "NINGXIA")
_EN_CAPS_HEADING: Final = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})[ \t]*$", re.M)


def _second_line_end(text: str, start: int) -> int:
    """Where the second non-empty line from ``start`` ends (a title and the line under it)."""
    pos = start
    for _ in range(2):
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        nl = text.find("\n", pos)
        pos = len(text) if nl < 0 else nl
    return pos


def _at_line_starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a multi-line pattern (_EN_BULLET_HEAD, _EN_CAPS_HEADING) whose every match
    opens at a line start (^) and holds no newline: matched at each line start only, instead of a scan that tests ^
    at every character. The same matches: none can start elsewhere, and one ends within its line, before the next."""
    out = []
    pos = 0
    while True:
        m = pattern.match(text, pos)
        if m is not None:
            out.append(m)
        nl = text.find("\n", pos)
        if nl < 0:
            return out
        pos = nl + 1


def _bullet_heads_titled(text: str) -> tuple[str, dict[int, int], list[tuple[int, int]]]:
    """The text with each place written in capitals at the head of a bullet in its usual case (NINGBO → Ningbo,
    XI'AN → Xi'an; same length, same offsets), so that the gazetteer finds it: the place the bullet is about; and
    where each such head starts → where the bullet's text after it starts. A place in capitals on a line of its own
    (INNER MONGOLIA above the paragraph about it in a roundup) heads its section and is read the same way. A dateline
    at a paragraph's head (BEIJING, June 4 --) stays as written: it names where the report was filed. Also returned:
    the spans of those headings (a mention counts there only when it is the whole heading)."""
    found = []
    if "* " in text or "- " in text or "• " in text or "· " in text or "– " in text:
        found = _at_line_starts(_EN_BULLET_HEAD, text)
    headings = _at_line_starts(_EN_CAPS_HEADING, text)  # (a section's heading: no text of its own after it)
    if not found and not headings:
        return text, {}, []
    parts: list[str] = []
    pos = 0
    for m in sorted(found + headings, key=lambda m: m.start()):
        a, b = m.span("name")
        parts.append(text[pos:a])
        parts.append(_CAPITALS.sub(lambda w: w.group(0)[0] + w.group(0)[1:].lower(), text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts), {m.start("name"): m.end() for m in found}, [m.span("name") for m in headings]


# a notice's addressee line: 各设区市商务局，平潭综合实验区经济发展局： / 各市、县人民政府，省政府各部门、各直属机构：
_ADDRESSEE_ZH: Final = re.compile(r"(?m)^[ \t　]*各[^。；;\n]{2,80}?(?:局|委|办|厅|政府|部门|机构|单位|管委会|办事处)[：:][ \t　]*$")


def region_stage(ctx: DocContext) -> None:
    """Region mentions per sentence; scope carried from sentence to sentence.

    When the body names no region at all, a government portal's host name in the
    header (``english.beijing.gov.cn``) gives the document's region."""
    per_sentence: list[list[Mention]] = [[] for _ in ctx.sentences]
    if ctx.sentences:
        seen, heads, headings = _bullet_heads_titled(ctx.text) if ctx.language == "en" else (ctx.text, {}, [])
        everything = find_mentions(seen, ctx.sentences[0].start, ctx.sentences[-1].end)
        if headings:
            # a heading in capitals counts only when it is a place's name and nothing else (not INVEST IN YANCHENG)
            everything = [m for m in everything if not any(a <= m.start < b and (m.start, m.end) != (a, b)
                                                           for a, b in headings)]
        if heads:
            # "* ZHUHAI -- Jinwan District in …": a bullet that opens with a place names its own subject
            opening = {m.start for m in everything}
            everything = [m for m in everything if heads.get(m.start) not in opening]
        if ctx.language == "zh" and ctx.text.find("各", 0, ctx.sentences[-1].end) >= 0:
            # 各设区市商务局，平潭综合实验区经济发展局：: the offices a notice is addressed to, not regions it speaks of
            addressed = [(m.start(), m.end()) for m in _ADDRESSEE_ZH.finditer(ctx.text, 0, ctx.sentences[-1].end)]
            if addressed:
                everything = [m for m in everything if not any(a <= m.start < b for a, b in addressed)]
        if ctx.language == "en":
            everything = with_short_forms(ctx.text, everything, ctx.sentences[-1].end)
            everything = with_bare_counties(ctx.text, everything, ctx.sentences[-1].end)
        everything = unlisted_zones(ctx.text, everything, ctx.sentences[0].start, ctx.sentences[-1].end, ctx.language)
        if ctx.language == "zh":
            park: list[Mention] = []
            # the title's first sentence, else one of its later sentences (前三季度成绩单来了！某某产业园“加速跑”) or the
            # account line under it (an official account's post: 某某产业园  2025年11月6日)
            lines_end = _second_line_end(ctx.text, ctx.sentences[0].start)
            for s in ctx.sentences:
                if s.start >= lines_end or park:
                    break
                park = title_park_zh(ctx.text, s.start, s.end, everything, ctx.sentences[-1].end)
            if park:
                if park[0].info.parent:  # the host's name opens the park's: the park's mention takes its place
                    everything = [m for m in everything if not (m.start == park[0].start and m.end < park[0].end)]
                everything = sorted(everything + park, key=lambda m: m.start)
        starts = [s.start for s in ctx.sentences]
        skips: dict[int, int] = {}  # a sentence's start after any dateline, read for the sentences that name a region
        for m in everything:
            k = bisect.bisect_right(starts, m.start) - 1
            if k < 0:
                continue
            skip = skips.get(k)
            if skip is None:
                skip = skips[k] = ctx.sentences[k].start + dateline_end(ctx.sentences[k].text)
            if m.start >= skip and m.end <= ctx.sentences[k].end:
                per_sentence[k].append(m)
    # (a sentence without a mention keeps its own empty list: nothing to drop)
    per_sentence = [without_qualifiers(ctx.text, found) if found else found for found in per_sentence]
    flat = [m for ms in per_sentence for m in ms]
    resolved = disambiguated(flat)
    if resolved is not flat:  # a shared name was resolved: put the resolved mentions in their sentences
        by_start = {m.start: m for m in resolved}
        per_sentence = [[by_start[m.start] for m in found] for found in per_sentence]
    keep = {id(m) for m in confirmed(resolved)}  # the same mentions, in the same order, as per_sentence now holds
    kept = [[m for m in found if id(m) in keep] for found in per_sentence]
    main = main_region(ctx, [m for ms in kept for m in ms])
    if main is None:
        info = region_from_source(ctx.header.source)
        if info is not None:
            main = _zero_width(info, ctx.language)
    ctx.main = main
    current: Mention | None = main
    line = -1
    recent: list[Mention] = []  # the mentions of the last sentences, for "The province …" openings
    line_mentions: list[Mention] = []  # the mentions of the current paragraph so far
    section: Mention | None = None  # the one region a section heading names ("2. Anhui: cars first")
    prev_subs: list[Mention] = []  # the subjects of the sentence before (possessives included)
    in_list = _list_items(ctx.sentences, _ends_with_colon)
    list_region: Mention | None = None  # the region of the line that opened the list
    speaker: Mention | None = None  # in a transcript, the region the speaker of the current answer was introduced with
    for i, (s, ms) in enumerate(zip(ctx.sentences, kept, strict=True)):
        if s.line != line:
            line = s.line
            line_mentions = []
            # (a label ends with a colon: a paragraph without one is not matched)
            if ctx.language == "en" and (ctx.text.find(":", s.start, s.end) >= 0 or ctx.text.find("：", s.start, s.end) >= 0) \
                    and (label := _SPEAKER_LABEL.match(ctx.text, s.start, s.end)) is not None:
                # "Peng Jun: Optical fibres … are our strongest links", after "Mr. Peng Jun, deputy director of the
                # … East Lake High-tech Development Zone": the answer (and the paragraphs that go on with it) speaks
                # for that zone; any other label (a moderator, a reporter) for the document's region
                speaker = _introduced_region(ctx, ctx.text[label.start() : label.end() - 1].strip(), s.start)
            # a new paragraph without a region of its own is about its section's region, else the
            # document's; the items of a list are about the region of the line that opened it
            if in_list[i]:
                current = list_region
            elif section is not None or ctx.language != "en" or not _continues_paragraph(ctx, i):
                current = section or speaker or main
            # else: an English paragraph that opens by describing what came before ("The incentive package is
            # generous.") goes on about the place the last paragraph spoke of
        generic = not ms and is_generic_subject(s.text)
        subs = []
        cstarts = [a for a, _ in s.clauses] if ms else []  # (read only for a sentence's mentions)
        for m in ms:
            ci = bisect.bisect_right(cstarts, m.start) - 1
            ca = cstarts[ci] if ci >= 0 else s.start
            if is_subject(ctx.text, m, ca) and not (ctx.language == "en" and (_UNDER_PARENT.search(
                    ctx.text, max(s.start, m.start - 24), m.start) or (
                    _THE_BEFORE_EN.search(ctx.text, max(s.start, m.start - 4), m.start)
                    and _LEVEL_NOUN_AFTER_EN.match(ctx.text, m.end)))):
                # ("The Hebei city sells itself on …": the province names where the city is, the city is the subject)
                # ("Jinjiang, a county-level city under Quanzhou, …": the parent named in an apposition is no subject)
                subs.append(m)
        if subs and ctx.language == "zh" and _DUTY_LINE.match(s.text):
            subs = []  # 责任单位：寿光市、诸城市政府: who carries out the task above, no subject for what follows
        if not subs and ms and ctx.language == "zh" and s.text.startswith("在") and ms[0].start == s.start + 1 \
                and _LOCATIVE_CLOSE.match(ctx.text, ms[0].end):
            subs = [ms[0]]  # 在苏州市，规划还提出…: the sentence is about the place its opening clause names
        if not subs and ms:
            ana = _ANAPHOR.search(s.text)
            if ana:
                # only an anaphor that opens its clause is a subject (在武清区，当地提出…), not a modifier
                # inside one (整车本地配套率提高到55%)
                ci = bisect.bisect_right(cstarts, s.start + ana.start()) - 1
                lead = ctx.text[cstarts[ci] if ci >= 0 else s.start : s.start + ana.start()]
                if len(lead.strip()) > 2:
                    ana = None
            if ana:
                # "在武清区，当地提出…": the local/this-district anaphor points at the region just named
                before = [m for m in ms if m.end <= s.start + ana.start()]
                if before:
                    subs = [before[-1]]
        if s.heading and i > 0 and (ctx.sentences[i - 1].line != s.line
                                    or _SECTION_ORDINAL.fullmatch(ctx.sentences[i - 1].text) is not None):
            # a heading line whose subject is one region opens that region's section; any other heading closes it
            # (a dateline, "Xi'an, September 16, 2026", says where the text was written, not what it is about)
            # ("Yinchuan (Ningxia)": the province in brackets only says where the city is)
            named_heads = [m for m in subs if not _bracketed_parent(ctx.text, m, subs)]
            section = named_heads[0] if len({mention_key(m) for m in named_heads}) == 1 and not _DATELINE_EN.fullmatch(s.text) \
                else None
        levels = whole_area_levels(s.text) if not subs else ()
        # (全市 in a prefecture's text is the prefecture, not a county-level city inside it named before)
        if levels and main is not None and (current is None or not _whole_area_fits(current, levels) or (
                main.info.level == "prefecture" and main.info.level in levels and _inside(current, main))):
            if main.info.level in levels:
                current = main  # "全区…" / "province-wide": the document's own region again, not the last city named
            elif "全" not in s.text or whole_area_levels(_SHARE_OF_WHOLE.sub("", s.text)):
                # 全市… in a text about a county: the county's city, when the text names it (not 居全省第二: a rank)
                up = _named_ancestor(main, kept, levels)
                if up is not None:
                    current = up
        named = None
        if ctx.language == "en":
            named = _named_before(s.text, recent, main, line_mentions)
            said = _SPEAKER_LABEL.match(s.text) if named is None and "The " in s.text else None
            if said is not None:
                # after an answer's label: "Marcus Lindqvist, CFO: The city runs a talent program …"
                named = _named_before(s.text[said.end() :].lstrip(), recent, main, line_mentions)
        if named is not None and not subs:
            current = named  # "Shaanxi's conference set … The province aims to …": the province just named
        elif ctx.language == "zh" and not ms and ("市" in s.text or "州" in s.text or "县" in s.text or "区" in s.text):
            pointed = _zh_level_anaphor(s.text, main, line_mentions, recent)
            if pointed is not None:
                current = pointed  # 支持宁波市建设…。该市将设立…: the city just named, not the province
        elif ctx.language == "en" and not ms and prev_subs and _ITS_OPENING.match(s.text):
            current = prev_subs[0]  # "Hunan's list is longer. Its future industries include …": Hunan's
        prev_subs = subs
        ctx.opener.append(named)
        if _ends_with_colon(s):
            carried_here = [m for m in subs if not is_possessive(ctx.text, m.end)]
            list_region = carried_here[0] if carried_here else current
        ctx.mentions.append(ms)
        ctx.subjects.append(subs)
        ctx.subject_ends.append([m.end for m in subs])
        ctx.generic.append(generic)
        ctx.scope.append(None if generic else current)
        carried = [m for m in subs if not is_possessive(ctx.text, m.end)] if subs else subs
        if carried:
            current = carried[0]  # "Daqing's output will …" is Daqing's fact, but the text goes on about its own region
            if ctx.language == "zh" and main is not None and "全" in s.text:
                tail = _SHARE_OF_WHOLE.sub("", ctx.text[max(m.end for m in ms) : s.end])
                own = _OWN_WHOLE_ZH.get(main.info.level, "")
                if main.info.code in _AUTONOMOUS_REGIONS:
                    own += "区"
                if own and any(w.group(1) in own for w in _WHOLE_WORD_ZH.finditer(tail)):
                    current = main  # 巩固青岛、日照、烟台三大港口优势，全省沿海港口…；实际使用外资…: the whole province again
        # ("Gaoping, a county-level city under Jincheng, …. The city hopes …": the parent of an apposition is no
        # antecedent of "the city")
        if ms:
            recent.extend(m for m in ms if ctx.language != "en" or not _UNDER_PARENT.search(
                ctx.text, max(s.start, m.start - 24), m.start))
            line_mentions.extend(ms)
            del recent[:-24]


# the whole area a level's own text names itself by: 全省 in a province's, 全市 / 全州 in a prefecture's
_OWN_WHOLE_ZH: Final = {"province": "省", "prefecture": "市州盟", "county": "县区市旗"}
_WHOLE_WORD_ZH: Final = re.compile(r"(?:全|我|本)([省市州盟县区旗])")
# the plans and packages a paragraph may go on about, named in the paragraph before ("released its action plan", then
# "The incentive package is generous.")
_EN_PLAN_NOUNS: Final = r"package|plan|policy|policies|incentives?|measures|programme|program|scheme|strategy"
_EN_PARA_CONTINUES: Final = re.compile(r"\s*(?:The|Its|This|These|That|Those)\s+(?:[\w\-]+\s+){0,2}?"
                                rf"(?:{_EN_PLAN_NOUNS}|support|approach|push|effort)\b")
_EN_PARA_NOUN: Final = re.compile(rf"\b(?:{_EN_PLAN_NOUNS})\b", re.IGNORECASE)


def _continues_paragraph(ctx: DocContext, i: int) -> bool:
    """True when the English paragraph that sentence ``i`` opens describes what the paragraph before named ("The
    incentive package is generous." after a paragraph on a city's plan): it goes on about that paragraph's place.
    Not when the paragraph before named no plan, package or policy ("The plan also backs …" after a paragraph on a
    port city: the plan is the document's own)."""
    if _EN_PARA_CONTINUES.match(ctx.sentences[i].text) is None:
        return False
    k = _line_first(ctx, i) - 1  # the last sentence of the paragraph before
    return k >= 0 and any(_EN_PARA_NOUN.search(ctx.sentences[j].text) for j in range(_line_first(ctx, k), k + 1))


def _line_first(ctx: DocContext, i: int) -> int:
    """The index of the first sentence of the line (paragraph) that sentence ``i`` belongs to."""
    line = ctx.sentences[i].line
    while i > 0 and ctx.sentences[i - 1].line == line:
        i -= 1
    return i

_LOCATIVE_CLOSE: Final = re.compile(r"(?:这边|这里|方面|层面)?[，,]")
# a line that gives only where and when a text was written: "Xi'an, September 16, 2026", "HEFEI, 12 May 2026"
_DATELINE_EN: Final = re.compile(r"\s*[A-Z][\w'’ .-]{1,30},\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?),?\s+)?"
                          r"(?:19|20)\d\d\s*")
# a task's line of responsible units (责任单位：…, 牵头单位：…): the bodies that carry it out
_DUTY_LINE: Final = re.compile(r"\s*[（(]?(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|参与单位|实施主体)[)）]?\s*[:：]")
_ZH_LEVEL_ANAPHOR: Final = re.compile(r"^(?:[^，,。；;：:]{0,12}[，,])?(?:(?P<w>该|全|此)(?P<l>市|州|县|区)|(?P<l2>市|州|县|区)里)")
# 区 is a district or a zone (该区, 区里); 全区 is left to whole_area_levels, since it is also a whole autonomous region
_ZH_ANAPHOR_LEVELS: Final = {"市": ("prefecture",), "州": ("prefecture",), "县": ("county",), "区": ("county", "zone")}


def _zh_answers_to(m: Mention, word: str) -> bool:
    """True when region ``m`` is what 该/全 + ``word`` (市, 州, 县) can point at; 州 is a prefecture only
    (not the county-level city 都匀市 inside 黔南州)."""
    if word == "州":
        return m.info.level == "prefecture" and m.info.name_zh.endswith("州")
    return _answers_to(m, _ZH_ANAPHOR_LEVELS[word])


def _zh_level_anaphor(sentence: str, main: Mention | None, paragraph: list[Mention],
                      recent: list[Mention]) -> Mention | None:
    """The region a Chinese sentence with no region of its own points back at when its opening clause starts
    with 该市 / 全市 / 此市 / 市里 (州, 县): the last region of that level named earlier in the paragraph (for 该X
    also in the sentences just before). 全X is the document's own region when that region is of the level
    (a city's report); in a province's text it is the city the paragraph has just named
    (支持杭州市打造…。全市布局建设…). None when the sentence does not open so or nothing fits."""
    m = _ZH_LEVEL_ANAPHOR.match(sentence)
    if m is None:
        return None
    word = m.group("l") or m.group("l2")  # 州里设立了…基金 (spoken): as 该州
    if word == "区" and m.group("w") == "全":
        return None
    whole = m.group("w") in ("全", None)  # 全市 and 市里 are the speaker's own city when the text is a city's
    if whole and (main is None or _zh_answers_to(main, word) or main.info.code in _MUNICIPALITIES):
        return None
    pool = paragraph if m.group("w") == "全" else paragraph or recent
    return next((r for r in reversed(pool) if _zh_answers_to(r, word) and r is not main), None)


# a clause that states a purpose (为推动…, 为了加快…), not who benefits (为优质项目腾出空间)
_PURPOSE_ZH: Final = re.compile(r"为了?(?:推动|加快|促进|进一步|深入|更好|全面|实现|确保|推进|加速)")
_BASELINE_ZH: Final = re.compile(r"[，,]?\s*(?:比|较)(?:上年|去年)(?:同期)?(?:增加|增长|提高|多|扩大|翻一番)[^，,。；;]*")
_BASELINE_EN: Final = re.compile(r"\b(?:up|down) from [^,;.]{0,60}?\b(?:last year|a year earlier|the previous year|in (?:19|20)\d\d)\b")
_ATTRIBUTION_EN: Final = re.compile(r"(?<=[,.!?][\"”])\s*(?:said|says|told|added|noted|explained|recalled)\b[^\"“”]*$")
_LEVEL_ANAPHOR: Final = re.compile(r"^\s*(?:[A-Z][\w ,\-]{0,40}?,\s*|(?:Now|And|But|So|Today|Meanwhile|Also|(?:Next|This|Last) year|"
                            r"(?:In|By)(?: the end of)? (?:19|20)\d\d)\s+)?[Tt]he (?:(?:autonomous (?=region))?(?P<w>province|city|county|district|zone|new area|region)\b"
                            r"(?!-)(?!\s*(?:'s\s+)?(?:of|government|party|committee|officials?)\b)|"
                            # "The provincial government will allocate …": the province just named
                            r"(?P<adj>provincial|municipal)\s+(?:government|authorities)\b)")
_LEVEL_ADJECTIVES: Final = {"provincial": "province", "municipal": "city"}
_ITS_OPENING: Final = re.compile(r"\s*(?:Its|Their)\s")
_ANAPHOR_LEVELS: Final = {"province": ("province",), "city": ("prefecture", "municipality"), "county": ("county",),
                   "district": ("county",), "zone": ("zone",), "new area": ("zone",), "region": ("autonomous",)}
_AUTONOMOUS_REGIONS: Final = frozenset({"150000", "450000", "540000", "640000", "650000"})


def _named_before(sentence: str, recent: list[Mention], main: Mention | None = None,
                  paragraph: list[Mention] | None = None) -> Mention | None:
    """The region an English sentence opening with "The province / The city / The zone …" points back at:
    the last one of that level named in the sentences before it (a municipality is a city too); None when
    the sentence does not open so or none was named. A county-level city named without "City" ("Gongqingcheng
    will build …. The city will continue …"), or named only in an earlier paragraph than ``paragraph`` (the
    mentions of the sentence's own paragraph so far), is not "the city" of a text about its prefecture (``main``)."""
    m = _LEVEL_ANAPHOR.match(sentence)
    if m is None:
        return None
    levels = _ANAPHOR_LEVELS[m.group("w") or _LEVEL_ADJECTIVES[m.group("adj")]]
    found = next((r for r in reversed(recent) if _answers_to(r, levels)), None)
    elsewhere = paragraph is not None and found is not None and all(o is not found for o in paragraph)
    if found is not None and main is not None and _prefecture_meant(found, main, levels, elsewhere=elsewhere) \
            and _inside(found, main):
        return main
    return found


def _prefecture_meant(m: Mention, main: Mention | None, levels: tuple[str, ...], *, elsewhere: bool) -> bool:
    """True when "the city" (a level word of ``levels``) means the prefecture a text is about (``main``), not the
    county-level city ``m`` it would otherwise point back at: one named in another paragraph (``elsewhere``) or
    named without "City" ("Gongqingcheng will build …. The city will continue …" in Jiujiang's communiqué)."""
    return main is not None and m.info.level == "county" and main.info.level in levels \
        and (elsewhere or "city" not in m.surface.lower())


def _answers_to(m: Mention, levels: tuple[str, ...]) -> bool:
    """True when region ``m`` is what a level word of ``levels`` can point at: its own level, a municipality
    for a city, an autonomous region for "the region", a named zone for a zone, a county-level city (义乌市)
    for a city."""
    return m.info.level in levels or ("municipality" in levels and m.info.code in _MUNICIPALITIES) or \
        ("autonomous" in levels and m.info.code in _AUTONOMOUS_REGIONS) or \
        ("zone" in levels and names_zone(m.surface)) or ("prefecture" in levels and _county_level_city(m))


_WHOLE_AREA: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"全省|我省|本省|province-wide|provincewide|the (?:whole|entire) province|the province as a whole", re.IGNORECASE),
     ("province",)),
    (re.compile(r"全区|我区|本区|the (?:whole|entire) region|region-wide", re.IGNORECASE), ("province", "county", "zone")),
    (re.compile(r"全市|我市|本市|citywide|city-wide|the (?:whole|entire) city|the city as a whole", re.IGNORECASE),
     ("prefecture", "province", "county")),
    (re.compile(r"全县|我县|本县|countywide|county-wide|the (?:whole|entire) county", re.IGNORECASE), ("county",)),
)
# does any of them match (one scan of the lowered text instead of four searches on most sentences)
_ANY_WHOLE_AREA: Final = Folded("|".join(rx.pattern for rx, _ in _WHOLE_AREA))


_SHARE_OF_WHOLE: Final = re.compile(r"(?:占|居|位居|位列|领跑)(?:全省|全市|全区|全县)")


def _whole_area_fits(m: Mention, levels: tuple[str, ...]) -> bool:
    """Whether a whole-area word of ``levels`` may mean region ``m``: 全市 means a county-level unit only when it is
    a county-level city (昆山市), not a county (伊川县) or a district."""
    if m.info.level not in levels:
        return False
    return not ("prefecture" in levels and m.info.level == "county" and not _county_level_city(m))


def _named_ancestor(region: Mention, mentions: list[list[Mention]], levels: tuple[str, ...]) -> Mention | None:
    """The first mention, among ``mentions`` (per sentence), of a unit above ``region`` at one of ``levels``."""
    above = set(ancestors(region.info))
    if not above:
        return None
    for ms in mentions:
        for m in ms:
            if m.info.code in above and m.info.level in levels:
                return m
    return None


def _no_whole_area_word(text: str) -> bool:
    """True when ``text`` cannot hold a match of :data:`_WHOLE_AREA` (a cheap pre-test; False proves nothing). Every
    Chinese word opens with 全, 我 or 本; every English one holds "wide", "whole" or "entire", in any case: in an
    ASCII text (where the Chinese words cannot occur) one of them lies in its lowered copy (see fastre.Folded), and in
    any text a letter that matches w or n ignoring case, which only w, W, n and N do."""
    if text.isascii():
        low = text.lower()
        return "wide" not in low and "whole" not in low and "entire" not in low
    return "全" not in text and "我" not in text and "本" not in text and "w" not in text and "n" not in text \
        and "W" not in text and "N" not in text


def whole_area_levels(text: str) -> tuple[str, ...]:
    """Region levels that a whole-area word in ``text`` may mean, nearest first: 全省 → province,
    全市 → prefecture (or a municipality, or a county-level city), 全区 → an autonomous region, a
    district or a zone; () when there is none."""
    if _no_whole_area_word(text) or not _ANY_WHOLE_AREA.test(text):
        return ()
    for rx, levels in _WHOLE_AREA:
        if rx.search(text):
            return levels
    return ()


_ANAPHOR: Final = Folded(r"当地|该区|该市|该县|该省|本地|\bthe (?:district|city|county|province|zone)\b")

# the words a text speaks from a level with, lowest level first (a tie goes to the lower level)
_SPEAKER_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    # a district's party committee and government (区委, 区政府), not an autonomous region's (自治区政府)
    (("county",), r"全县|县委|县政府|本县|我县|县人大|县人民|区(?<!自治区)委|区(?<!自治区)政府|"
                  r"\b(?:the|The|[Oo]ur) (?:district|county)\b|\b(?:district|county)'s\b"),
    # 全区 is an autonomous region's, a district's or a zone's own word: the most named of those speaks
    (("province", "county", "zone"), r"全区|我区|本区"),
    # a zone's bare name for itself opening a clause (新区重点发展…, ，高新区将…), not a named zone (兰州新区)
    # (and a town's or township's words for itself: 全镇, 镇党委 — a town the title names is read as a zone; an
    # investor guide's "The area has …" about the industry area its title names)
    (("zone",), r"\b[Tt]he zone\b|\b[Tt]he (?:new )?area\b|\b[Tt]he park\b|高新区管委会|园区管委会|" + TOWN_WORDS_ZH + "|"
                r"(?<![\u4e00-\u9fff])(?:新区|高新区|经开区|开发区|园区)"),
    (("prefecture",), r"全市|市委|市政府|本市|我市|市人大|市人民|the city|The city|[Oo]ur city\b|the municipal|the Municipal|The municipal|"
                      r"The Municipal"),
    # 居全省各县区首位, 全省第二: a ranking within the province is a lower level's word
    # (not 自治区级, a rank a firm or platform holds, as 省级 is)
    (("province",), r"全省(?![^，。；]{0,6}?(?:第|首位|前列|首个|首家))|省委|省政府|本省|我省|自治区(?!级)|the province|The province|"
                    r"[Oo]ur province|"
                    r"provincial|Provincial"),
)
_SPEAKER: Final = tuple(
    (levels, re.compile(literal_led(pattern) or pattern))  # same matches, faster scan (see fastre.literal_led)
    for levels, pattern in _SPEAKER_WORDS
)
# the same for an ASCII text (every English one): without the alternatives led by a Chinese character, which match
# nowhere there (fastre.ascii_alternatives), so re tries none of them at each position; a level none of whose words
# is left (全区) has no match there, and a count of 0 never wins
_SPEAKER_ASCII: Final = tuple(
    (levels, re.compile(kept)) for levels, pattern in _SPEAKER if (kept := ascii_alternatives(pattern.pattern)) != "(?!)"
)
# in an English (ASCII) text, short words one of which each level's words hold ("county" in "the county's", "city" in
# "our city", "rovinc" in "Provincial"): a text that holds none of a level's has no match of its pattern, so its scan
# of the whole text is skipped (most English texts hold no "district" or "county"). Not for a Chinese text: its
# scans are literal-led and quick, and its words (市, 省…) are in most texts, so the `in` tests cost what they save.
_SPEAKER_CORES: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("county",): ("district", "county"),
    ("zone",): ("zone", "area", "park"),
    ("prefecture",): ("city", "unicipal"),
    ("province",): ("rovinc",),
}


def _speaker_gate(pattern: re.Pattern[str], cores: tuple[str, ...]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, derived from the pattern: the ``cores`` that hold
    one of its required literals (fastre.required_literals), when each of those holds one of them, else the
    literals themselves; None (always scan) when it has none."""
    words = required_literals(pattern.pattern)
    if words is None:
        return None
    kept = tuple(c for c in cores if any(c in w for w in words))
    return kept if all(any(c in w for c in kept) for w in words) else words


_SPEAKER_ASCII_GATED: Final = tuple((levels, pattern, _speaker_gate(pattern, _SPEAKER_CORES.get(levels, ())))
                                    for levels, pattern in _SPEAKER_ASCII)


def _speaker_reach(pattern: re.Pattern[str]) -> tuple[int | None, bool]:
    """The longest match of ``pattern`` (None when unbounded), and whether nothing in it looks past a match's end
    further than the one character a \\b reads (no look-ahead): what :func:`_speaker_level` bounds its scan with."""
    widest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
    reach: int | None = widest if widest < re._constants.MAXREPEAT else None  # type: ignore[attr-defined]
    return reach, "(?=" not in pattern.pattern and "(?!" not in pattern.pattern


# _SPEAKER_ASCII_GATED with each pattern's reach (see _speaker_level)
_SPEAKER_ASCII_SCANS: Final = tuple((levels, pattern, gate) + _speaker_reach(pattern)
                                    for levels, pattern, gate in _SPEAKER_ASCII_GATED)
_WORD_CHAR: Final = re.compile(r"\w")


def _speaker_level(body: str, pos: int) -> tuple[str, ...] | None:
    """The level(s) a text speaks from: those whose own words (全县/县委, 全市/the city, 全省/provincial, 全区)
    occur most often, the lower level on a tie (全区 and a zone's words rank below a city's). One passing
    "the city's" in a provincial speaker's text (about a city just named) does not outweigh two
    "provincial". 全区 names three levels at once."""
    best: tuple[int, tuple[str, ...]] | None = None
    if body.isascii():
        for levels, pattern, gate, reach, no_lookahead in _SPEAKER_ASCII_SCANS:
            lo, hi = pos, len(body)
            if gate is not None:
                # every match holds one of the gate's words and is at most ``reach`` long, so it starts after the first
                # of them less ``reach`` and ends by the last plus ``reach`` (a \b after it reads one more character):
                # outside that span re would find no match, and inside it finds the same ones in the same order
                # (look-behinds and \b still see the text before ``lo``)
                first = -1
                last = -1
                for w in gate:
                    k = body.find(w)
                    if k >= 0:
                        if first < 0 or k < first:
                            first = k
                        last = max(last, body.rfind(w))
                if first < 0:
                    continue  # no match in the text: a count of 0, which never wins
                if reach is not None:
                    lo = max(pos, first - reach)
                    if no_lookahead:
                        hi = min(hi, last + reach + 1)
            n = sum(1 for _ in itertools.islice(pattern.finditer(body, lo, hi), 50))
            if n and (best is None or n > best[0]):
                best = (n, levels)
        return best[1] if best else None
    for levels, pattern in _SPEAKER:
        n = sum(1 for _ in itertools.islice(pattern.finditer(body, pos), 50))
        if n and (best is None or n > best[0]):
            best = (n, levels)
    return best[1] if best else None


_AUTONOMOUS_SPEAKER: Final = re.compile(r"自治区(?!级)")
_MUNICIPALITIES: Final = frozenset({"110000", "120000", "310000", "500000"})


def main_region(ctx: DocContext, mentions: list[Mention]) -> Mention | None:
    """The document's own region: the most named one, at the level the text speaks from
    (全县/县委 → a county, 全市/市委 → a city, 全省/省委 → a province) when it names one there."""
    if not mentions:
        return None
    mentions = [m for m in mentions if m.info.level != "cluster"] or mentions
    # (one pass: how often each region is named, and its first mention; the dict holds what a Counter of the same
    # keys would, in the same order of first occurrence, without the list the compiled build makes of a generator
    # passed to Counter, and with one key per mention)
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        key = mention_key(m)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, m)
    bs = ctx.header.body_start
    # searching the text from the body's start is searching the body itself unless a boundary (\b)
    # there would see a word character before it
    body = ctx.text if bs == 0 or not _WORD_CHAR.match(ctx.text, bs - 1) else ctx.text[bs:]
    pos = bs if body is ctx.text else 0
    levels = _speaker_level(body, pos)
    top = max(counts, key=lambda k: (counts[k], -first[k].start))
    if levels == ("prefecture",) and first[top].info.code in _MUNICIPALITIES:
        return first[top]  # a municipality (北京, 上海, 天津, 重庆) is a province that speaks as a city ("the city", 全市)
    if levels is not None:
        # a zone may carry a county-level code of its own (长春高新区 220173): its name says it is a zone
        at = [k for k in counts if first[k].info.level in levels
              or ("zone" in levels and names_zone(first[k].surface))
              or ("prefecture" in levels and _county_level_city(first[k]))]
        if at:
            best = max(at, key=lambda k: (counts[k], -first[k].start))
            if "prefecture" in levels and _county_level_city(first[best]):
                above = _prefecture_of_siblings(first[best], [first[k] for k in counts], ctx.language)
                if above is not None:
                    return first.get(mention_key(above), above)
            return _title_region(ctx, mentions, first, first[best]) or _signed_above(ctx, mentions, first[best]) \
                or first[best]
        named = _named_in_title(ctx, levels, [first[k] for k in counts])
        if named is not None:
            return named  # a city's plan that names only its province: the city its file name or address spells
        if levels == ("prefecture",):
            # 全市 throughout and only counties and districts named (伊川县、偃师区 … 涧西区), all of one prefecture: the
            # city speaks of its own units without naming itself
            aboves = {a.info.code: a for a in (_unit_above(first[k], "prefecture", ctx.language) for k in counts
                                               if first[k].info.level == "county") if a is not None}
            if len(aboves) == 1 and len(counts) >= 2 and all(first[k].info.level == "county" for k in counts):
                return next(iter(aboves.values()))
        if levels == ("province",) or ("province" in levels and "自治区" in body and _AUTONOMOUS_SPEAKER.search(body)):
            # (not for a city's words: a county-level city, 昆山, speaks of itself as "the city" too)
            above = _unit_above(first[top], "province", ctx.language)
            if above is not None and (levels == ("province",) or above.info.code in _AUTONOMOUS_REGIONS):
                # 省委经济工作会议在济南召开 and no province named: the province of the city named; 自治区党委…
                # 在银川召开 with 全区 throughout: the autonomous region of the city named
                return above
    return _title_region(ctx, mentions, first, first[top]) or first[top]


_PLACE_WITHIN: Final = re.compile(r"\s*(?:county|city|town|township|district|village|prefecture|一?[县市镇区村]|"
                           # "Yantai ETDA launches …": a zone the title names by its host and an abbreviation
                           r"(?-i:ETD[AZ]|EDZ|HTZ|HIDZ|FTZ|SEZ)\b)", re.IGNORECASE)


def _title_region(ctx: DocContext, mentions: list[Mention], first: dict[str, Mention], chosen: Mention) -> Mention | None:
    """"Press conference of the Information Office of the Guangxi Zhuang Autonomous Region …" whose answers
    name Nanning most: the one region the title (first sentence) names, when it contains ``chosen`` (the
    region the counts picked); None otherwise."""
    if not ctx.sentences:
        return None
    titled = [m for m in mentions if m.start < ctx.sentences[0].end and m.info.code]
    in_title = {m.info.code for m in titled}
    if len(in_title) != 1 or any(_PLACE_WITHIN.match(ctx.text, m.end) for m in titled):
        return None  # "In a Fujian county, an old craft …": a place within the region named
    (code,) = in_title
    if code != chosen.info.code and code in ancestors(chosen.info) and code in first:
        return first[code]
    return None


# an official document's closing signature: a government body of a region (台州市经济和信息化局, 某某县人民政府办公室)
_SIGNATURE_ZH: Final = re.compile(r"\s*[\u4e00-\u9fff]{2,12}?(?:人民政府(?:办公室|办公厅)?|委员会|[局厅委办]|管理委员会|管委会)\s*$")


def _signed_above(ctx: DocContext, mentions: list[Mention], chosen: Mention) -> Mention | None:
    """The region whose government body signs the document (its last lines: 台州市经济和信息化局) when it is above
    ``chosen`` (温岭市, named most in a city bureau's reply about it): a body speaks for its own region, and 全市 in
    its text is that region's; None otherwise."""
    if ctx.language != "zh" or not chosen.info.code:
        return None
    tail_from = max(0, len(ctx.text.rstrip()) - 120)
    for line in reversed(ctx.text[tail_from:].strip().splitlines()[-3:]):
        line_start = ctx.text.rfind(line, tail_from)
        if line_start < 0 or not _SIGNATURE_ZH.fullmatch(line):
            continue
        signer = next((m for m in mentions if m.start == line_start + len(line) - len(line.lstrip())), None)
        if signer is not None and signer.info.code and signer.info.code in ancestors(chosen.info):
            return signer
    return None


def _county_level_city(m: Mention) -> bool:
    """True for a county-level city (晋江市, 义乌市, 昆山市): it speaks of itself as "the city" and 全市."""
    return m.info.level == "county" and m.info.name_zh.endswith("市")


def _prefecture_of_siblings(city: Mention, named: list[Mention], language: str) -> Mention | None:
    """The prefecture of a county-level city when the text also names another county-level unit of that
    prefecture (调研组赴武进区、新北区、溧阳市 … 全市): a city that names its peers speaks from above them, so
    its 全市 is the prefecture's; None otherwise (昆山 naming only itself and 苏州)."""
    parent = city.info.parent
    if not parent:
        return None
    if not any(m.info.level == "county" and m.info.parent == parent and m.info.code != city.info.code for m in named):
        return None
    return _unit_above(city, "prefecture", language)


def _named_in_title(ctx: DocContext, levels: tuple[str, ...], named: list[Mention]) -> Mention | None:
    """The region at one of ``levels`` that the document's file name or source address spells, inside a
    region the text names when it names any (a zero-width mention at the text's start); None otherwise."""
    codes = {m.info.code for m in named}
    for info in regions_in_name(ctx.document.name, ctx.header.source):
        if info.level in levels and (not codes or codes & set(ancestors(info))):
            return _zero_width(info, ctx.language)
    return None


def _unit_above(m: Mention, level: str, language: str) -> Mention | None:
    """The unit at ``level`` that contains the region of ``m`` (济南 → 山东省), as a mention of no width at
    the text's start; None when there is none."""
    regions = gazetteer().regions
    for code in ancestors(m.info):
        info = regions.get(code)
        if info is not None and info.level == level:
            return _zero_width(info, language)
    return None


def _zero_width(info: RegionInfo, language: str) -> Mention:
    """A region the text implies without naming it where it speaks (its province, the city its file name
    spells, the portal it comes from): a mention of no width at the text's start, named in its language."""
    return Mention(start=0, end=0, surface=(info.name_zh if language == "zh" else info.name_en) or info.name_zh,
                   info=info)


# (a year's 工作要点 / 工作安排 is its plan of work: 省工信厅2026年工作要点)
_PLAN_TITLE: Final = re.compile(r"方案|计划|规划|目标|意见|措施|办法|要点|工作安排|goals?|targets?|plans?|aims?|roadmap|measures|"
                         r"work points", re.IGNORECASE)


# a run-in label that opens a line: 成绩单：…, 任务书：…
_LINE_LABEL_ZH: Final = re.compile(r"\s*([\u4e00-\u9fff]{2,6})[：:]")
# the title of a report of a year's results: 2025年全市经济运行情况, 2025年国民经济和社会发展统计公报, 2025年工作总结
_RESULTS_TITLE_ZH: Final = re.compile(r"经济运行|运行情况|统计公报|工作总结|成绩单|回顾|成效|发展情况")
_RX_TENSE_STAGE_1: Final = re.compile(r"20\d\d\s*[-–—至到]\s*(20\d\d)")
_RX_TENSE_STAGE_2: Final = re.compile(r"方案|计划|规划|意见|措施|工作要点|工作安排|action plan|work points", re.IGNORECASE)


_LIST_ITEM_START: Final = re.compile(r"\s*(?:[（(]?\d{1,2}[)）.、．]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|[-•·–]\s)")


def _ends_with_colon(s: Sentence) -> bool:
    return s.text.rstrip().endswith((":", "："))


def _list_items(sentences: list[Sentence], opens: Callable[[Sentence], bool]) -> list[bool]:
    """Per sentence: True when it stands on the lines after a sentence that ``opens`` a list, while each of
    those lines starts with a list-item mark ("Measures include:" then "- a fund …", "- a platform …")."""
    flags: list[bool] = []
    inside = False
    for i, s in enumerate(sentences):
        if i == 0 or sentences[i - 1].line != s.line:
            inside = inside and _LIST_ITEM_START.match(s.text) is not None
        flags.append(inside)
        if opens(s):
            inside = True
    return flags


def tense_stage(ctx: DocContext) -> None:
    """Tense and deadline year of each sentence, with section (heading) and paragraph carry-over.

    A sentence is future when it has a future marker or a deadline not before the
    document's year; past when it names an earlier year or a past marker; else it
    takes its paragraph's tense, else its section's (headings such as 2023年工作回顾 /
    2024年主要目标), else the document's: a plan or goals document (title with
    方案/计划/目标/plan/goals and a future marker or deadline) is future by default."""
    state = tg.TenseContext()
    lang = ctx.language
    title_future = False
    title_year: int | None = None  # the deadline or period end a plan's title names
    title_year_past: int | None = None  # the year whose results a report's title names (2025年全市经济运行情况)
    if ctx.sentences:
        t = ctx.sentences[0].text
        dl = tg.deadline_years(t, lang)
        period = [int(y) for y in _RX_TENSE_STAGE_1.findall(t)]
        title_future = bool(_PLAN_TITLE.search(t)) and (
            tg.is_future(t, lang)
            or any(ctx.year is None or y >= ctx.year for y in dl + period)
            or bool(_RX_TENSE_STAGE_2.search(t))
        )
        dl = dl + period
        if title_future:
            state.section_tense = "future"
            state.section_year = max(dl) if dl else None
            state.last_forward_year = title_year = ctx.plan_end = state.section_year
    doc_date = ctx.document.date
    doc_month = doc_date.month if doc_date is not None and doc_date.year == ctx.year else None
    if ctx.sentences and not title_future and lang == "zh" and ctx.year is not None \
            and not _PLAN_TITLE.search(ctx.sentences[0].text) and _RESULTS_TITLE_ZH.search(ctx.sentences[0].text):
        t = ctx.sentences[0].text
        named = tg.explicit_years(t, lang)
        if named and all(y < ctx.year for y in named):
            # 2025年全市经济运行稳中有进 in January 2026: a report of that year's results, past by default
            title_year_past = max(named)
        elif not named and tg.period_gone(t, ctx.year, doc_month):
            # 前三季度全市经济运行稳中向好 in October: a report of the year so far, past by default
            title_year_past = ctx.year
        if title_year_past is not None:
            state.section_tense, state.section_year = "past", title_year_past
    if title_year is None and title_year_past is None and ctx.year is not None and ctx.sentences:
        # 一图读懂｜省委“十五五”规划《建议》里的产业新图景, "Shandong's proposals for its 15th Five-Year Plan": a text on a
        # five-year plan still to run gives its goals that name no year the plan's end (a title, or a date line and a title)
        lines = [s.text for s in ctx.sentences[:4] if s.line <= ctx.sentences[0].line + 1]
        end = max((tg.plan_end(n) for n in map(tg.five_year_plan_named, lines) if n is not None), default=None)
        if end is not None and end > ctx.year:
            title_year = end
    list_carry: tuple[str | None, int | None] | None = None  # tense and year of a line announcing a list
    period_end: int | None = None  # the end of the plan the text is about, found when a sentence refers to it
    explicit_line, line_deadline = -1, None  # the latest forward year named so far in the current line
    for s in ctx.sentences:
        if s.line != state.line:
            state.line = s.line
            if list_carry is not None and _LIST_ITEM_START.match(s.text):
                # "By 2027 … Other goals include:" then "(1) …", "(2) …": the items share the lead's year
                state.line_tense, state.line_year = list_carry
            else:
                list_carry = None
                state.line_tense = state.section_tense
                state.line_year = state.section_year
                label = _LINE_LABEL_ZH.match(s.text) if lang == "zh" else None
                if label is not None:
                    # 成绩单：全市地区生产总值达到6350亿元… / 任务书：今年… — a run-in label that dates its line
                    marked = tg.heading_state(label.group(1), ctx.year)
                    if marked is not None:
                        state.line_tense, state.line_year = marked[0], marked[1] or state.section_year
            state.line_next = False
        head = tg.heading_state(s.text, ctx.year) if s.heading else None
        if head is not None and head == ("future", None) and state.section_tense == "future" and state.section_year:
            # "Goals for next year" then "The report sets the following goals:": a heading of no year of its own
            # under a future section keeps the section's year
            head = ("future", state.section_year)
        if head is not None:
            state.section_tense, state.section_year = head
            state.line_tense, state.line_year = head
            state.section_shape = ind.ordinal_shape(s.text)
        elif s.heading and state.section_shape is not None and ind.ordinal_shape(s.text) == state.section_shape:
            # 一、基本情况 … 二、存在的问题 … 三、意见和建议: a sibling heading of no tense of its own closes the section
            # (back to the document's own default: a plan's title makes it future)
            state.section_tense, state.section_year = ("future", title_year) if title_future else \
                ("past", title_year_past) if title_year_past is not None else (None, None)
            state.section_shape = None
            state.line_tense, state.line_year = state.section_tense, state.section_year
        # (a baseline in brackets, 达到2000亿元（2025年：1362亿元）, dates the start, not the goal)
        # ("GDP growth of around 6% (2025 outcome: 5.8%, …)": in English too)
        # (every bracketed baseline opens with a bracket: a sentence without one is its own unbracketed text, the very
        # string sub would return)
        unbracketed = tg.BASELINE_BRACKET_ZH.sub("", s.text) \
            if lang == "zh" and "年" in s.text and ("（" in s.text or "(" in s.text) else \
            tg.BASELINE_BRACKET_EN_FULL.sub("", s.text) if lang == "en" and "(" in s.text else s.text
        years = tg.explicit_years(unbracketed, lang)
        if ("period" in s.text or "期末" in s.text or "期内" in s.text or "期间" in s.text) and _PERIOD_END.search(s.text):
            # "By the end of the plan period, Hefei aims to:", 到规划期末: the end of the plan the text is about
            if period_end is None:
                period_end = _document_plan_end(ctx)
            if period_end is not None and period_end not in years:
                years = [*years, period_end]
        ctx.sentence_years.append(years)
        ctx.carried_years.append(state.line_year or state.section_year or title_year)
        ctx.so_far.append(tg.results_so_far(s.text, lang))  # read by the target and measure stages
        # (the deadlines and the weak future marker are read only where they decide something: both are pure)
        strong = tg.is_future(s.text, lang)
        deadlines: list[int] | None = None
        if not strong:
            deadlines = tg.deadline_years(s.text, lang)
            strong = any(ctx.year is None or y >= ctx.year for y in deadlines)
        past_year = ctx.year is not None and any(y < ctx.year for y in years)
        # (a quotation's attribution dates the saying, not what is said: '"A and B are our traditional industries,"
        # said the magistrate in an interview last week')
        told = _ATTRIBUTION_EN.sub("", unbracketed) if lang == "en" and ("”" in s.text or '"' in s.text) else unbracketed
        if lang == "zh" and ("上年" in told or "去年" in told) and ("今年" in told or "明年" in told):
            # 今年省级财政安排…专项资金30亿元，比上年增加5亿元: this year's allocation, last year only its baseline
            base_free = _BASELINE_ZH.sub("", told)
            if base_free != told and not tg.HARD_PAST.test(base_free):
                told = base_free
        past = past_year or (not strong and tg.is_past_clause(told, lang, ctx.year, years))
        if lang == "zh" and doc_month is not None and not past and ctx.year is not None \
                and not any(y >= ctx.year for y in (deadlines if deadlines is not None else tg.deadline_years(s.text, lang))) \
                and tg.months_gone(s.text, ctx.year, doc_month):
            # 今年3月至4月，调研组先后赴…，走访企业23家 (under the year's 工作计划): done by the text's date, a
            # report of the year so far
            strong, past = False, True
            ctx.so_far[-1] = True
        if lang == "zh" and tg.period_ahead(s.text, ctx.year, doc_month) and not tg.HARD_PAST.test(s.text):
            # 上半年累计完成固定资产投资突破180亿元 in an April bulletin: a quarter or half still to come, a goal
            strong, past = True, False
            ctx.so_far[-1] = False
        if strong and past_year and not any(ctx.year is None or y >= ctx.year for y in years):
            strong = bool(tg.is_future(s.text, lang)) and not tg.HARD_PAST.test(s.text)
            past = not strong
        # the year is read only when the tense below can be future or is decided by it: a past sentence (past, or
        # taking a past paragraph's tense) keeps no year (sentence_year only reads the state, which changes after it)
        year = tg.sentence_year(s.text, lang, ctx.year, state, years) \
            if strong or not (past or state.line_tense) or (not past and state.line_tense == "future") else None
        if not state.line_next and ("年" in s.text or "ext year" in s.text):
            state.line_next = tg.NEXT_YEAR.test(s.text)  # (年内 after it is that year: see tg.sentence_year)
        if strong:
            tense: str | None = "future"
        elif past:
            tense = "past"
        elif state.line_tense:
            tense = state.line_tense
        elif (lang == "zh" and tg.WEAK_FUTURE_ZH.search(s.text) is not None) \
                or (year is not None and ctx.year is not None and year >= ctx.year):
            tense = "future"
        else:
            tense = None
        if tense == "future" and not (year is None and ctx.year is None and tg.RELATIVE_YEAR.test(s.text)):
            # (明年 / "next year" in a text of unknown date names a year that cannot be known: none is carried)
            if year is None or (ctx.year is not None and year < ctx.year):
                # a deadline named in another paragraph of a news text or report does not carry over:
                # a goal without a year there is the document year's (plans carry their period)
                carried = state.section_year or title_year or ctx.year or state.last_forward_year
                year = state.line_year or carried
            else:
                state.last_forward_year = year
        if head is None and tense in ("future", "past"):
            state.line_tense = tense
            if tense == "future" and year is not None:
                state.line_year = year
        ctx.tense.append(tense)
        ctx.years.append(year if tense == "future" else None)
        if s.line != explicit_line:
            explicit_line, line_deadline = s.line, None
        if tense == "future" and (ahead := [y for y in years if ctx.year is None or y >= ctx.year]):
            line_deadline = max(ahead)
        if tense == "future" and s.text.rstrip().endswith((":", "：")):
            list_carry = ("future", line_deadline if not years and line_deadline is not None else year)
        if lang == "en" and strong and ("up from" in told or "down from" in told):
            told = _BASELINE_EN.sub("", told)  # "to reach 800 billion yuan by 2027, up from 620 billion last year": a baseline
        # explicitly past, or in a past section; all booleans, so the cheap tests go first and the pattern last
        # (a results report's title makes its sentences past by default, not hard: 今年我市将… there is still a plan)
        ctx.hard_past.append((state.section_tense == "past" and head is None
                              and not (title_year_past is not None and state.section_year == title_year_past))
                             or (past_year and not strong) or tg.HARD_PAST.test(told))


# the end of the plan a text is about, named without its years: "by the end of the plan period", 到规划期末
_PERIOD_END: Final = re.compile(r"\b(?:by|at|until|through) the end of the (?:plan(?:ning)?|five-year plan|pilot) period\b|"
                         # "During the pilot period, the county shall complete …": by the period's end
                         r"\b(?:during|within|over|in) the (?:pilot|plan(?:ning)?|implementation) period\b|"
                         r"(?:到|至)?规划期末|(?:试点|规划|实施)期(?:内|间)", re.IGNORECASE)
# a period the text defines by its years: "The pilot period runs from 2027 to 2029", 试点期为2027—2029年
_PERIOD_SPAN: Final = re.compile(r"\bperiod\b[^.;]{0,24}?\b20\d\d\s*(?:to|-|–|—|through|until)\s*(20\d\d)\b|"
                          r"(?:试点|规划|实施)期(?:限)?(?:为|是)?\s*20\d\d\s*年?\s*[—–-至到]\s*(20\d\d)年", re.IGNORECASE)
_PLAN_NUMBER_EN: Final = re.compile(r"\b(1[1-9])(?:th|st|nd|rd) Five-Year Plan\b", re.IGNORECASE)
_PLAN_NUMBER_ZH: Final = re.compile(r"十([一二三四五六七八九])五")


def _document_plan_end(ctx: DocContext) -> int | None:
    """The deadline or period end a plan's title names (ctx.plan_end), else the last year of the five-year plan the
    text names most (15th Five-Year Plan, “十五五” → 2030)."""
    if ctx.plan_end is not None:
        return ctx.plan_end
    span = _PERIOD_SPAN.search(ctx.text)
    if span is not None:
        return int(span.group(1) or span.group(2))
    if ctx.language == "zh":
        numbers = [tg.plan_end(tg.PLAN_NO[m.group(1)]) for m in _PLAN_NUMBER_ZH.finditer(ctx.text)]
    else:
        numbers = [tg.plan_end(int(m.group(1))) for m in _PLAN_NUMBER_EN.finditer(ctx.text)]
    return Counter(numbers).most_common(1)[0][0] if numbers else None


def _region_fields(ctx: DocContext, m: Mention | None) -> tuple[str | None, str | None]:
    if m is None:
        return None, None
    surface = m.surface
    if ctx.language == "en" and m.info.level == "zone" and m.info.code:
        surface = _zone_names(ctx).get(m.info.code, surface)  # the zone's fullest name in the text
    return display_name(m.info, ctx.language, surface), (m.info.code or None)


def _zone_names(ctx: DocContext) -> dict[str, str]:
    """A listed zone's code → the longest form the text names it by (its official name, when the headline used a
    short one): the name its facts carry."""
    if ctx.zone_names is None:
        names: dict[str, str] = {}
        for ms in ctx.mentions:
            for m in ms:
                if m.info.level == "zone" and m.info.code and len(m.surface) > len(names.get(m.info.code, "")):
                    names[m.info.code] = m.surface
        ctx.zone_names = names
    return ctx.zone_names


_OPENS_CLAUSE: Final = re.compile(r"(?:[,，;；:：。]|\b(?:while|whereas|and|but|meanwhile))\s*(?:the\s+)?$")
# "…, while western Chongqing's Yongchuan District will …": a place word and a possessive region before the subject
# a place word before a subject ("western Chongqing's …"), here and in _EN_SUBJECT_LEAD
_EN_PLACE_WORD: Final = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
_OPENS_CLAUSE_EN: Final = re.compile(r"(?:[,;:]|\b(?:while|whereas|and|but|meanwhile))\s+"
                              rf"(?:(?:the\s+)?(?:{_EN_PLACE_WORD})?"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s|"
                              # "…, and the provincial capital Lanzhou wants …": a title set before the subject's name
                              r"the\s+(?:(?:provincial|regional)\s+capital(?:\s+city)?|"
                              r"(?:port|coastal|border|county-level)\s+city(?:\s+of)?|"
                              # "…, and the city of Changzhi has set a goal …": the level word and "of" before the name
                              r"(?:city|county|province|district|prefecture)\s+of),?)\s+$")


_RX_REGIONS_AT_1: Final = re.compile(r"\band\b|和|与")
_RX_REGIONS_AT_2: Final = re.compile(r"[,，;；:：、]")


# verbs of a government backing a named region (支持长沙建设…, "support Xiamen in building …"); before a fact in
# its clause 推动 and "supporting" back a region too
_BACKING: Final = r"支持|鼓励|指导|引导|\b(?:support|supports|help|helps|back|backs|encourage|encourages)\s+"
_BACKS_BEFORE: Final = Folded(rf"(?:{_BACKING}|推动|\bsupporting\s+)$")
_BACKS_AT: Final = Folded(rf"(?:{_BACKING}|推动)")  # (推动齐齐哈尔市重型装备企业向…转型: a region followed by a building verb)
_BACKS_BEFORE_GATE: Final = literal_gate(_BACKS_BEFORE.scan.pattern)  # (on the lowered text, as the scan runs)
# (a prefecture's short name may carry its level: 支持海西州打造…, where the gazetteer finds 海西)
_BACKED_VERB_AFTER: Final = Folded(r"(?:(?<=[\u4e00-\u9fff])[州盟]?(?:加快|加速|全力|着力|大力|持续|继续|率先|进一步)?(?:建设|打造|做强|做大|做优|发展|"
                            r"创建|争创|培育|建成|布局|聚焦|巩固|改造提升|扩建|新建|推进|开展|"
                            # 支持大庆市延伸“油头化尾”产业链, 推动齐齐哈尔市重型装备企业向…转型: the region's own chain or firms
                            r"延伸|拓展|壮大|提升|[\u4e00-\u9fff]{2,8}?企业(?:加快)?(?:向|实施|开展)|"
                            # 推动伊川县与新材料研究院共建…: the region builds with an institution (with other regions, as in
                            # 支持武汉、襄阳与长三角共建飞地园区, the text's own government acts)
                            r"与[^，,。；;]{0,20}?(?:研究院|研究所|大学|高校|院所|企业|集团|公司|机构)等?"
                            r"(?:共建|合作共建|联合共建|共同建设|合作建设|联合建设)|"
                            # 支持伊川县先进材料产业园建设中试基地: the region's own park builds
                            r"[\u4e00-\u9fff]{0,10}?(?:产业园|工业园|园区|开发区)(?:建设|打造|创建|争创)|"
                            # 支持于都县以纺织服装为重点开展…: what the region takes as its focus
                            r"以[^，,。；;为]{2,40}?为(?:重点|主导|龙头|引领|主攻方向))|\s+(?:in|to)\s+"
                            r"(?:build|develop|grow|become|expand|building|developing|growing|becoming|expanding)\b)")


def _backed_region(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """The region a higher government backs in the fact's own clause: 支持长沙建设先进计算产业基地,
    "support Xiamen in building …": the fact is that region's, not the speaker's."""
    s = ctx.sentences[i]
    if not ctx.mentions[i]:
        return None
    lo = max(s.start, pos - 80)
    low = lowered(ctx.text)
    if low is not None and _BACKS_BEFORE_GATE is not None and _BACKS_BEFORE_GATE.absent(low, lo, pos):
        return None  # every match of _BACKS_BEFORE below lies in [lo, pos) and holds one of its words
    t = ctx.text
    ca = max(t.rfind("；", lo, pos), t.rfind(";", lo, pos), t.rfind("。", lo, pos)) + 1  # commas too: 支持长沙建设…，到2027年…
    ca = max(ca, lo)
    before = [m for m in ctx.mentions[i] if ca <= m.start and m.end <= pos]
    for k in range(len(before) - 1, -1, -1):
        m = before[k]
        # before the fact in its clause (a measure that opens with 支持 stays the government's that takes it)
        if m.info.level != "cluster" and _BACKS_BEFORE.search(ctx.text, max(ca, m.start - 12), m.start) \
                and (_BACKED_VERB_AFTER.match(ctx.text, m.end) or _BACKED_VIA.match(ctx.text, m.end)) \
                and not whole_area_levels(ctx.text[m.end : pos]):
            return m  # not across a whole-area clause: 支持柳州市建设…，力争明年全区…
        if _BUILT_OBJECT.search(ctx.text, max(ca, m.start - 4), m.start):
            continue  # only a place the backed region builds or strengthens (支持成都…，做强成都东部新区…) is looked past
        if k > 0 and ctx.text[before[k - 1].end : m.start] in _ZH_COORDINATOR:
            continue  # 做强襄阳高新区和东津新区: a place joined to the one before, which decides
        break
    return None


_ZH_COORDINATOR: Final = frozenset({"和", "与", "及", "、"})


# a place named as what is built or strengthened (做强成都东部新区, 建设宜宾三江新区) or built on (依托…开发区), not a subject
_BUILT_OBJECT: Final = re.compile(r"(?:建设|打造|做强|做大|做优|提升|壮大|办好|依托|立足)$")


_SERIES_COMMA: Final = re.compile(r"\s*,\s*")
_SERIES_AND: Final = re.compile(r",?\s+and\s+")


def _and_series(ctx: DocContext, i: int, k: int, pos: int) -> bool:
    """True when mention ``k`` of sentence ``i``, after a comma, goes on to an "and" before ``pos``: the
    middle of a series "Anhui, Jiangxi and Henan have …" (commas between the names, "and" before the last)."""
    allm = ctx.mentions[i]
    for a, b in zip(allm[k:], allm[k + 1 : k + 6], strict=False):
        if b.end > pos:
            return False
        gap = ctx.text[a.end : b.start]
        if _SERIES_AND.fullmatch(gap):
            return True
        if not _SERIES_COMMA.fullmatch(gap):
            return False
    return False


def _in_series(ctx: DocContext, i: int, m: Mention, pos: int) -> bool:
    """True when mention ``m`` continues an English series of names that opened before it ("Anhui,
    Jiangxi and Henan": Jiangxi and Henan do), so that it does not open a clause of its own."""
    allm = ctx.mentions[i]
    k = next((n for n, x in enumerate(allm) if x is m), 0)
    if k == 0:
        return False
    gap = ctx.text[allm[k - 1].end : m.start]
    if _SERIES_AND.fullmatch(gap):
        # the last name: a series only when a comma-joined name came before ("A, B and C", not "A and B")
        return k >= 2 and bool(_SERIES_COMMA.fullmatch(ctx.text[allm[k - 2].end : allm[k - 1].start]))
    return bool(_SERIES_COMMA.fullmatch(gap)) and _and_series(ctx, i, k, pos)


_POSSESSED_GAP: Final = re.compile(r"[^,;:.!?()\"“”]{1,90}")


def _possessor(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """An English region named in the possessive right before the fact, in its clause ("said Guangzhou's
    output of new energy vehicles should reach …"): the fact is that region's. None otherwise."""
    if ctx.language != "en":
        return None
    for m in reversed(ctx.mentions[i]):
        if m.end > pos:
            continue
        if is_possessive(ctx.text, m.end) and _POSSESSED_GAP.fullmatch(ctx.text, m.end + 2, pos):
            return m
        return None  # only the nearest mention before the fact
    return None


_GRANTED_AFTER: Final = re.compile(r"[^，,。；;]{0,24}?(?:项目|企业|园区|产品)[^。；;]{0,40}?给予")
_BACKED_JOIN: Final = re.compile(r"、|和|与|及|,?\s+and\s+|,\s*")


def _backed_at(ctx: DocContext, i: int, pos: int) -> list[Mention]:
    """The region(s) a fact backs at its opening (支持昆山市建设量子精密测量产业园, "Shenzhen will support Nanshan
    District and Longgang District in building …"): the park or base is theirs, so is the fact; [] otherwise.
    The backing verb must open the fact's clause (after its subject at most) and be followed at once by the
    named regions and a building verb, or by what they build on or around and then that verb
    (支持武汉市依托东湖高新区建设…, 支持襄阳市、宜昌市分别围绕氢能装备…建设…)."""
    ms = ctx.mentions[i]
    if not ms or ms[-1].start < pos:
        # no region named from the fact on (most facts): none can follow the backing verb (a sentence's mentions are
        # in text order, as region_stage builds them and _mention_run reads them, so the last starts latest)
        return []
    if ctx.text.startswith("对", pos):
        # 对伊川县符合条件的技术改造项目…给予补助: a grant to the projects or firms of the region named
        granted = _mention_run(ctx, i, pos + 1)[0]
        if granted and _GRANTED_AFTER.match(ctx.text, granted[-1].end):
            return granted
    vm = _BACKS_AT.search(ctx.text, pos, min(pos + 40, ctx.sentences[i].end))
    if vm is None or _RX_REGIONS_AT_2.search(ctx.text, pos, vm.start()):
        return []
    at = vm.end()
    parent = _PARENT_PREFIX_ZH.match(ctx.text, at)
    if parent is not None and any(m.start == parent.end() for m in ctx.mentions[i]):
        at = parent.end()  # 支持青岛市黄岛区打造…: the district, named after its city (a qualifier the gazetteer drops)
    out = list(itertools.takewhile(lambda m: m.info.level != "cluster", _mention_run(ctx, i, at)[0]))
    if out and (_BACKED_VERB_AFTER.match(ctx.text, out[-1].end) or _BACKED_VIA.match(ctx.text, out[-1].end)):
        return out
    return []


_PARENT_PREFIX_ZH: Final = re.compile(r"[\u4e00-\u9fff]{2,5}?[省市州]")


def _mention_run(ctx: DocContext, i: int, at: int) -> tuple[list[Mention], int]:
    """The mentions of sentence ``i`` that follow one another from ``at`` on (joined by 、, 和, "and" or a comma:
    支持德阳市、自贡市…), and the position after the run (``at`` when none starts there)."""
    out: list[Mention] = []
    for m in ctx.mentions[i]:
        if m.start < at:
            continue
        if m.start != at:
            break
        out.append(m)
        j = _BACKED_JOIN.match(ctx.text, m.end)
        at = j.end() if j else m.end
    return out, at


# 支持武汉市依托东湖高新区建设…, 支持襄阳市、宜昌市分别围绕氢能装备…建设…: what the backed regions build on or
# around comes between them and the building verb
_BACKED_VIA: Final = re.compile(r"(?:分别)?(?:依托|围绕|聚焦|立足|发挥)[^，,。；;]{1,40}?(?:[，,](?:重点|加快|大力|着力)?)?"
                         r"(?:建设|打造|创建|争创|建成|布局|发展)")


_UNDER_PARENT: Final = re.compile(r"\b(?:under|administered by)\s+(?:the\s+)?$")
_POSSESSIVE_ANAPHOR: Final = re.compile(r"\bthe (?P<w>province|city|region)['’]s\s")
_CLAUSE_ANAPHOR: Final = re.compile(r"(?:[,;:]\s+(?:and\s+|but\s+|while\s+|whereas\s+)?|\b(?:said|says|added|noted)\s+(?:that\s+)?)"
                             r"the (?P<w>province|city|region)\s+"
                             r"(?:aims|plans|wants|will|would|hopes|expects|intends|seeks|is to|targets|names|named|lists|listed|"
                             r"picks|picked|backs|highlights|identifies|identified)\b")


def _clause_anaphor(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """"Sanya's new city will host a testing ground, and the province aims for its marine economy to …": a
    clause of its own opened by "the province / the city" names the last region of that level named before
    it (in this sentence or the ten before), with no other region named between; None otherwise."""
    if ctx.language != "en":
        return None
    s = ctx.sentences[i]
    lo = max(s.start, pos - 200)
    if ctx.text.find("the province", lo, pos) < 0 and ctx.text.find("the city", lo, pos) < 0 \
            and ctx.text.find("the region", lo, pos) < 0:
        return None  # every match holds one of these (most windows hold none)
    found = max(_CLAUSE_ANAPHOR.finditer(ctx.text, lo, pos), key=lambda m: m.start(), default=None)
    if found is None:
        # "By 2027, the scale of the city's low-altitude economy shall exceed …": the fact's own clause names whose
        # figure it is
        t = ctx.text
        ca = max(lo, max(t.rfind(",", lo, pos), t.rfind(";", lo, pos), t.rfind(":", lo, pos)) + 1)
        found = _POSSESSIVE_ANAPHOR.search(ctx.text, ca, pos)
    if found is None or any(found.end() <= m.start < pos for m in ctx.mentions[i]):
        return None
    levels = _ANAPHOR_LEVELS[found.group("w")]
    main = ctx.main
    for j in range(i, max(-1, i - 11), -1):
        for m in reversed(ctx.mentions[j]):
            if j == i and m.start >= found.start():
                continue
            if _answers_to(m, levels):
                # ("Kaiping City ranked first …" in the paragraph before "the city will sign …" in Jiangmen's minutes)
                return main if _prefecture_meant(m, main, levels, elsewhere=ctx.sentences[j].line != s.line) else m
    return None


_INDUSTRY_IN_EN: Final = re.compile(r"\b(?:industry|industries|sector|sectors|output|cluster|clusters|economy)\s+in\s+$")


def _located_industry(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """"we aim for the commercial spaceflight industry in Wenchang to exceed …": an industry placed in a region
    within the fact's own clause, before the figure, makes the figure that region's; None otherwise."""
    if ctx.language != "en" or not ctx.mentions[i]:
        return None
    s = ctx.sentences[i]
    lo = max(s.start, pos - 120)
    t = ctx.text
    ca = max(t.rfind(",", lo, pos), t.rfind(";", lo, pos), t.rfind(":", lo, pos)) + 1  # (the same three, unrolled)
    ca = max(ca, lo)
    for m in ctx.mentions[i]:
        if ca <= m.start and m.end <= pos and pos - m.end <= 40 \
                and _INDUSTRY_IN_EN.search(ctx.text, max(ca, m.start - 20), m.start):
            return m
    return None


# 推动哈尔滨航空航天产业集群整机配套本地化率提高到45%: a region backed at its clause's opening, then its industry
_BACK_OPEN_ZH: Final = re.compile(r"(?:[，,；;：:。]|^)\s*(?:\d{1,2}[.、．])?(?:推动|推进|促进|支持|助力|引导)$")
_OWN_INDUSTRY_ZH: Final = re.compile(r"[\u4e00-\u9fff“”]{2,16}?(?:产业集群|产业链|产业|集群)")


def _industry_of_region_zh(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """A Chinese region backed at the opening of the fact's clause and followed at once by its industry, whose
    figure the fact is (推动哈尔滨航空航天产业集群整机配套本地化率提高到45%): the fact is that region's; None
    otherwise."""
    if ctx.language != "zh" or not ctx.mentions[i]:
        return None
    s = ctx.sentences[i]
    for m in ctx.mentions[i]:
        if m.end > pos:
            break
        if pos - m.end > 40 or m.info.level == "cluster":
            continue
        if _BACK_OPEN_ZH.search(ctx.text, max(s.start, m.start - 8), m.start) is None and \
                not (m.start - s.start <= 6 and _BACK_OPEN_ZH.search(ctx.text[s.start : m.start])):
            continue
        if _OWN_INDUSTRY_ZH.match(ctx.text, m.end, pos) and not _RX_REGIONS_AT_2.search(ctx.text, m.end, pos):
            return m
    return None


# what a list of industries is to the region named after it: A、B等传统产业是鞍山的家底
_PREDICATE_OF_ZH: Final = re.compile(r"[^，,。；;：:]{0,24}?(?:是|为|均为|都是|仍是)$")


def _predicate_possessor_zh(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """The region a Chinese clause's predicate gives the fact at ``pos`` to (钢铁、菱镁等传统产业是鞍山的家底): the
    first region after it in its clause, right after 是 (为) and right before 的; None otherwise."""
    if ctx.language != "zh":
        return None
    for m in ctx.mentions[i]:
        if m.start <= pos:
            continue
        if ctx.text.startswith("的", m.end) and _PREDICATE_OF_ZH.match(ctx.text, pos, m.start):
            return m
        break
    return None


_WE_OPEN: Final = re.compile(r"(?:[,;:]\s+|\b(?:and|but|while|so)\s+)(?:[Ww]e|[Oo]ur)\s")
_WE_START: Final = re.compile(r"\s*(?:[A-Z][\w .'’-]{0,40}:\s*)?(?:We|Our)\s")


def _speaker_we(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """"Nanchang is the centre of aviation; for future industries, we are laying out A, B and C": the clause's
    subject "we" (or "our") is the speaker, whose region is the document's, not the city the sentence before
    named; None when no "we" opens the fact's clause or a region is named between it and the fact."""
    if ctx.language != "en" or ctx.main is None:
        return None
    s = ctx.sentences[i]
    lo = max(s.start, pos - 160)
    hi = min(s.end, pos + 4)  # the fact may open with the "we" itself ("We will reserve 50,000 mu of land …")
    if ctx.text.find("we ", lo, hi) < 0 and ctx.text.find("We ", lo, hi) < 0 and ctx.text.find("ur ", lo, hi) < 0:
        return None
    found = _WE_START.match(ctx.text, s.start, hi) if lo == s.start else None  # "Director: We focus on …"
    if found is not None and found.start() > pos:
        found = None
    for hit in _WE_OPEN.finditer(ctx.text, lo, hi):
        if hit.start() < pos:
            found = hit
    if found is None:
        return None
    if any(s.start <= m.start < pos for m in ctx.mentions[i]):
        return None  # a region named in the sentence before the fact decides
    # the answer's speaker named in its label ("Vice mayor of Nanning: … We are concentrating on …"), else the
    # document's own speaker ("Deputy director: We focus on …")
    j = _line_first(ctx, i)
    first = ctx.sentences[j]
    label = _SPEAKER_LABEL.match(ctx.text, first.start, first.end)
    if label is not None:
        named = [m for m in ctx.mentions[j] if m.end <= label.end()]
        if named:
            return named[-1]
        speaker = ctx.text[label.start() : label.end() - 1].strip()
        introduced = _introduced_region(ctx, speaker, first.start)
        if introduced is not None:
            return introduced
        if speaker.isascii() and names_zone(speaker):
            return None  # "Deputy director, Airport Economy Zone: … We will build …": a zone with no code of its own
            # speaks for the place the text was speaking of (the scope), not for the document's region
    quoted = _quoted_region(ctx, j, i, pos)
    return quoted if quoted is not None else ctx.main


def _introduced_region(ctx: DocContext, name: str, before: int) -> Mention | None:
    """The region a speaker was introduced with earlier in a transcript ("… Duan Yuhong, vice mayor of Qujing;
    …" before the answer labelled "Duan Yuhong:"): the first region named within the apposition after the
    name; None when the name was not introduced so."""
    if not 4 <= len(name) <= 40 or not name[:1].isupper():
        return None
    text = ctx.text
    k = text.find(name, 0, before)
    while k >= 0:
        after = k + len(name)
        if text.startswith((",", "，", " (", "（"), after):
            stop = min(before, after + 90)
            for end_mark in (";", "；", ".", "\n", ")", "）"):
                e = text.find(end_mark, after + 1, stop)
                if e >= 0:
                    stop = e
            for ms in ctx.mentions:
                for m in ms:
                    if after < m.start < stop:
                        return m
        k = text.find(name, after, before)
    return None


def _quoted_region(ctx: DocContext, j: int, i: int, pos: int) -> Mention | None:
    """The first region named inside the quotations of a paragraph (sentences ``j`` to ``i``) before ``pos``,
    when ``pos`` itself is quoted: '"Zunyi has deep roots …," said the mayor. "… We want our …"' — the
    quoted "we" is the place the speaker spoke of, not the press release's region."""
    start = ctx.sentences[j].start
    spans: list[tuple[int, int]] = []
    open_at = -1
    for k in range(start, pos):
        c = ctx.text[k]
        if c == '"':
            if open_at < 0:
                open_at = k
            else:
                spans.append((open_at, k))
                open_at = -1
        elif c == "“":
            open_at = k
        elif c == "”" and open_at >= 0:
            spans.append((open_at, k))
            open_at = -1
    if open_at < 0:
        return None  # the fact is not quoted
    spans.append((open_at, pos))
    for k in range(j, i + 1):
        for m in ctx.mentions[k]:
            if m.start < pos and any(a < m.start < b for a, b in spans):
                return m
    return None


_SPEAKER_LABEL: Final = re.compile(r"\s*[A-Z][^:：.;\n]{0,60}[:：]")


# a level's own government opening a clause as the one who acts (省级财政安排…, 省里将设立…, 市财政给予…): what follows
# in the sentence is that level's, whichever lower region the sentences before spoke of
_AGENT_OPEN: Final = re.compile(r"(?:^|(?<=[，,；;。：:]))\s*(?P<w>省|市)(?:级财政|级层面|级(?=将|还将|统筹|安排|设立|给予|出资|每年)|"
                         r"里(?=将|还将|要|会|每年|统筹|安排|设立|给予|出资)|财政|政府(?=将|还将|每年|统筹|安排|设立|给予|出资))")
_AGENT_OPEN_GATE: Final = literal_gate(_AGENT_OPEN.pattern)
_AGENT_LEVELS: Final = {"省": ("province",), "市": ("prefecture", "province", "county")}


# a press conference's answer opened by who gives it (龙口市委常委、副市长 刘海涛：, 莱山区副区长 邹丽：): a region's official
_SPEAKER_LABEL_ZH: Final = re.compile(r"\s*[^，,。；;：:\n]{2,24}?(?:书记|市长|区长|县长|州长|旗长|盟长|主任|局长|常委|主席|负责人|负责同志)"
                               r"\s*[\u4e00-\u9fff·]{0,4}\s*[：:]")


def _line_speaker(ctx: DocContext, i: int) -> Mention | None:
    """The region whose official answers in the line of sentence ``i`` (a line opened by 龙口市委常委、副市长 刘海涛：):
    the region the speaker's label opens with; None for a line opened otherwise or for an English text. Its 全市,
    我区 … are that region's, not the text's own."""
    if ctx.language != "zh":
        return None
    f = _line_first(ctx, i)
    s = ctx.sentences[f]
    if ctx.text.find("：", s.start, s.start + 40) < 0 and ctx.text.find(":", s.start, s.start + 40) < 0:
        return None
    label = _SPEAKER_LABEL_ZH.match(ctx.text, s.start, s.end)
    if label is None or not ctx.mentions[f]:
        return None
    first = ctx.mentions[f][0]
    return first if first.start < label.end() and not ctx.text[s.start : first.start].strip() else None


def _nearest_of_levels(mentions: list[Mention], levels: tuple[str, ...]) -> Mention | None:
    """Of ``mentions`` (in text order), the last one of the first of ``levels`` (nearest first) that any has."""
    named = [m for m in mentions if m.info.level in levels]
    return max(named, key=lambda m: (-levels.index(m.info.level), m.start)) if named else None


def _agent_region(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """The region whose own government opens the fact's clause, or an earlier clause of its sentence, as the
    one who acts (省级统筹10亿元…，对新建…给予贴息支持 after a sentence on a city; 为此，省里将设立…基金): the
    nearest region of that level named before it in the sentence, else the carried scope or the document's
    region when of that level; None when no such word opens a clause or a region is named after it."""
    if ctx.language != "zh":
        return None
    s = ctx.sentences[i]
    lo = max(s.start, pos - 200)
    if _AGENT_OPEN_GATE is not None and _AGENT_OPEN_GATE.absent(ctx.text, lo, min(s.end, pos + 8)):
        return None  # every match holds one of its words (省级, 市财政, …): most windows hold none
    found = None
    for hit in _AGENT_OPEN.finditer(ctx.text, lo, min(s.end, pos + 8)):
        if hit.start() > pos:
            break
        found = hit  # the fact may open with the word itself (省里将设立…基金)
    if found is None or any(found.end() <= m.start < pos for m in ctx.mentions[i]):
        return None
    levels = _AGENT_LEVELS[found.group("w")]
    named = _nearest_of_levels([m for m in ctx.mentions[i] if m.end <= found.start()], levels)
    if named is not None:
        return named
    for carried in (ctx.scope[i], ctx.main):
        if carried is not None and carried.info.level in levels:
            return carried
    return None


# a fact whose subject is the province's own money or government: "A provincial guidance fund of 20 billion yuan
# will co-invest …", "The provincial budget will set aside …"
# (an autonomous region's own: "the regional government has set up a fund")
_PROVINCIAL_OWNER_EN: Final = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:new\s+)?(?:provincial|regional)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:funds?|budget|government|finance department)\b")


def _provincial_owner(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """The province of a fact that opens with the province's own fund, budget or government ("A provincial
    guidance fund of 20 billion yuan will co-invest …" after sentences on Ganzhou): the last province named in
    its sentence before it, else the province of the carried scope (or of the document's region); None when the
    fact does not open so."""
    if ctx.language != "en" or not _PROVINCIAL_OWNER_EN.match(ctx.text, pos):
        return None
    named = [m for m in ctx.mentions[i] if m.end <= pos and m.info.level == "province"]
    if named:
        return named[-1]
    for carried in (ctx.scope[i], ctx.main):
        if carried is not None:
            if carried.info.level == "province":
                return carried
            above = _unit_above(carried, "province", ctx.language)
            if above is not None:
                return above
    return None


def _inside(m: Mention | None, area: Mention) -> bool:
    """True when region ``m`` (one with a GB/T 2260 code) lies inside ``area``: a county of its prefecture, a
    prefecture or county of its province (the units above it in the gazetteer, :func:`ancestors`)."""
    return m is not None and bool(m.info.code) and bool(area.info.code) and area.info.code in ancestors(m.info)


_OwnerOf = Callable[[DocContext, int, int], Mention | None]
_ALL_OWNERS: tuple[_OwnerOf, ...] = (_agent_region, _provincial_owner, _possessor, _clause_anaphor, _located_industry,
                                     _industry_of_region_zh, _predicate_possessor_zh, _speaker_we)
# the owners that can answer in a text of each language, in the same order: each of the others returns None at once
# for that language (the Chinese ones for English text and the other way round), so skipping it changes nothing
_OWNERS: dict[str, tuple[_OwnerOf, ...]] = {
    "zh": (_agent_region, _industry_of_region_zh, _predicate_possessor_zh),
    "en": (_provincial_owner, _possessor, _clause_anaphor, _located_industry, _speaker_we),
}


def regions_at(ctx: DocContext, i: int, pos: int) -> list[Mention | None]:
    """The region(s) a fact at ``pos`` in sentence ``i`` belongs to: nearest mention before it in the
    sentence (all of them when coordinated: "Xizang and Hainan have ..."), else the first mention
    after it, else the carried scope."""
    if ctx.generic[i]:
        return [None]
    main = ctx.main
    whole = main is not None and (bool(ctx.mentions[i]) or (main.info.level == "prefecture" and _inside(ctx.scope[i], main)))
    # (a sentence that names no region in an official's answer: its 全市 may be the speaker's city, see _line_speaker)
    if whole or (main is not None and ctx.language == "zh" and not ctx.mentions[i]):
        # a fact whose own clause speaks of the whole area (力争明年全区…) is the document region's,
        # whichever city the sentence named first, or, in a prefecture's text, whichever of its counties the sentence
        # before named (…耒阳市综合实力位列全省县域第11位。今年，全市县域地区生产总值增长6%左右 in 衡阳市's text; in a
        # province's text 全市 is the city the text is on)
        s = ctx.sentences[i]
        lo = max(s.start, pos - 120)  # the fact's clause, looked at within a window (long lines stay linear)
        t = ctx.text
        ca = max(t.rfind("，", lo, pos), t.rfind(",", lo, pos), t.rfind("；", lo, pos), t.rfind(";", lo, pos),
                 t.rfind("：", lo, pos), t.rfind(":", lo, pos)) + 1
        ca = max(ca, lo)
        clause = ctx.text[ca:pos]
        if "全" in clause:
            clause = _SHARE_OF_WHOLE.sub("", clause)  # 产量占全省九成: the whole is the share's base, not the subject
        levels = whole_area_levels(clause)
        if levels and not any(ca <= m.start < pos for m in ctx.mentions[i]):
            named = _nearest_of_levels([m for m in ctx.mentions[i] if m.start < pos], levels)
            if named is not None:
                return [named]
            speaker = _line_speaker(ctx, i)
            if speaker is not None and _whole_area_fits(speaker, levels):
                return [speaker]  # 龙口市委常委、副市长 刘海涛：…。明年，全市化工新材料产值…: the speaker's city
            if whole and main is not None and main.info.level in levels:
                return [main]
    if ctx.text.startswith("其中", pos):
        # …同步设立县域子基金，其中涿州市设立…: the part the region named right after 其中 is that region's alone
        part = next((m for m in ctx.mentions[i] if m.start == pos + 2), None)
        if part is not None:
            return [part]
    opened = _backed_at(ctx, i, pos)  # (before a region backed earlier in the clause: …，支持湘潭市建设…)
    if opened:
        return list(opened)
    backed = _backed_region(ctx, i, pos)
    if backed is not None:
        return [backed]
    # a region's own government acting, a possessor, "the province" opening a clause, an industry placed in a
    # region, "we" the speaker: the first of these that names one owns the fact
    for owner_of in _OWNERS.get(ctx.language, _ALL_OWNERS):
        owner = owner_of(ctx, i, pos)
        if owner is not None:
            return [owner]
    ms = ctx.subjects[i]
    k = bisect.bisect_right(ctx.subject_ends[i], pos)
    before = ms[:k]
    if before:
        # the subject: the last mention that opens its clause (among the nearest few), else the first
        chosen = before[0]
        for m in before[max(1, k - 5) :]:
            lead = ctx.text[max(ctx.sentences[i].start, m.start - 12) : m.start]
            if (_OPENS_CLAUSE.search(lead) or (ctx.language == "en" and _OPENS_CLAUSE_EN.search(
                    ctx.text, max(ctx.sentences[i].start, m.start - 48), m.start))) \
                    and not _COORDINATED.fullmatch(ctx.text[chosen.end : m.start]) \
                    and not _in_series(ctx, i, m, pos):
                chosen = m  # not for "Nantong and Yancheng will …" / "A, B and C have …": coordinated subjects
        group = [chosen]
        allm = ctx.mentions[i]
        j = bisect.bisect_left([m.start for m in allm[:64]], chosen.start) if len(allm) <= 64 else len(allm)
        for k, m in enumerate(allm[j + 1 : j + 6], start=j + 1):
            if m.end > pos:
                break
            gap = ctx.text[group[-1].end : m.start]
            if gap == "、" or (len(gap) <= 80 and _RX_REGIONS_AT_1.search(gap) and not _RX_REGIONS_AT_2.search(gap)) \
                    or (_SERIES_COMMA.fullmatch(gap) and _and_series(ctx, i, k, pos)):
                group.append(m)
            else:
                break
        if len(group) > 1 and len({mention_key(g) for g in group}) > 1:
            return list(group)
        return [chosen]
    topic = _topic_region(ctx, i, pos)
    if topic is not None:
        return [topic]
    if ms:
        # "The province shall back A and B, and build a base in Sanya": the opening level word is the subject,
        # not the first region named after the fact
        if ctx.opener[i] is None and ctx.language == "en" and ctx.scope[i] is not None \
                and (_NEW_CLAUSE_EN.search(ctx.text, max(pos, ms[0].start - 16), ms[0].start)
                     or _WITH_CLAUSE_EN.search(ctx.text, pos, ms[0].start)):
            # "A and B are flagged as emerging industries, and Chang'an District will host …": the region opens
            # a clause of its own after the fact's
            return [ctx.scope[i]]
        return [ctx.opener[i] or ms[0]]
    site = _site_host(ctx, i)
    if site is not None:
        return [site]
    return [ctx.scope[i]]


# "…, with Teng County and Cenxi expected to contribute 70 percent": the regions of an absolute clause after the fact
# ("500,000 racks by 2027, of which Huailai County alone is to host 300,000": a part of it)
_WITH_CLAUSE_EN: Final = re.compile(r",\s+(?:with\s+(?!the\s+(?:help|support|backing)\b)|(?:of|among)\s+(?:which|them)\s+)")
_THE_BEFORE_EN: Final = re.compile(r"\b[Tt]he\s+$")
_LEVEL_NOUN_AFTER_EN: Final = re.compile(r"\s+(?:city|capital|county|town|port|district|prefecture)\b")
_NEW_CLAUSE_EN: Final = re.compile(r"(?:,\s+(?:and|while|whereas|but)|;)\s+(?:the\s+)?$")  # (right before the region)
# (and a participle placing the subject: "Located in Quangang District, the park will …")
_PLACED_EN: Final = r"(?:Located|Based|Situated|Sited|Nestled) in"
_TOPIC_OPEN_EN: Final = re.compile(rf"\s*(?:In|For|As for|As to|{_PLACED_EN}|Headquartered in)\s+")
_SITE_PLACED_EN: Final = re.compile(rf"\s*{_PLACED_EN}\s+")
_SITE_AFTER_EN: Final = re.compile(r",\s+the (?P<w>park|zone|base|site|campus)\b")
_SITE_WORD_EN: Final = re.compile(r"\bthe (?P<w>park|zone|base|site|campus)\b")


def _site_host(ctx: DocContext, i: int) -> Mention | None:
    """The region a sentence with no region of its own means by "the park" (or zone, base, site) once an earlier
    sentence placed it there ("Located in Quangang District, the park will …"); None otherwise."""
    if ctx.language != "en" or ctx.mentions[i]:
        return None
    if ctx.site_hosts is None:
        ctx.site_hosts = {}
        for k, s in enumerate(ctx.sentences):
            if not ctx.mentions[k] or "in " not in s.text:
                continue
            m = ctx.mentions[k][0]
            opened = _SITE_PLACED_EN.match(ctx.text, s.start, m.start)
            if opened is not None and opened.end() == m.start:
                after = _SITE_AFTER_EN.match(ctx.text, m.end)
                if after is not None:
                    ctx.site_hosts.setdefault(after.group("w"), m)
    if not ctx.site_hosts:
        return None
    s = ctx.sentences[i]
    for w in _SITE_WORD_EN.finditer(ctx.text, s.start, s.end):
        host = ctx.site_hosts.get(w.group("w"))
        if host is not None and host.start < s.start:
            return host
    return None


_TOPIC_OPEN_ZH: Final = re.compile(r"\s*(?:对于|对|就)")
_TOPIC_CLOSE_ZH: Final = re.compile(r"(?:而言|来说)[，,]")


def _topic_region(ctx: DocContext, i: int, pos: int) -> Mention | None:
    """The region a sentence opens with as its topic ("In Xiangyang, the focus will be on …", "For Yueyang,
    the plan lists …", 对长沙而言，…), when no subject before the fact names another: the fact is that region's."""
    if not ctx.mentions[i]:
        return None
    s, m = ctx.sentences[i], ctx.mentions[i][0]
    if m.start >= pos or m.info.level == "cluster":
        return None
    if ctx.language == "en":
        opened = _TOPIC_OPEN_EN.fullmatch(ctx.text, s.start, m.start) is not None and ctx.text.startswith(",", m.end)
    else:
        opened = _TOPIC_OPEN_ZH.fullmatch(ctx.text, s.start, m.start) is not None and \
            _TOPIC_CLOSE_ZH.match(ctx.text, m.end) is not None
    return m if opened else None


# round(c, 3) of each confidence c seen: round() of a float goes through a decimal conversion, read once per row
# otherwise; c comes from a few positive constants (a base, halved, times 0.8), so this holds a handful of entries
_ROUNDED: Final[dict[float, float]] = {}


def _confidence(base: float, m: Mention | None) -> float:
    c = base if m is not None else base * 0.5
    if m is not None and m.ambiguous:
        c *= 0.8
    r = _ROUNDED.get(c)
    if r is None:
        r = _ROUNDED[c] = round(c, 3)
    return r


_IND_SUFFIX: Final = re.compile(r"(?:产业集群|产业链|产业|行业|industries|industry|sector|sectors)$", re.IGNORECASE)


_MEMO: Final = _cache.PersistentMemo("industry_lookup", __name__)


@functools.lru_cache(maxsize=8192)
def industry_lookup(phrase: str) -> tuple[str | None, str | None, Tier | None]:
    """Code, scheme and default tier of an industry phrase from the taxonomy's policy vocabulary
    (exact after folding, then without a trailing 产业/industry), else the taxonomy's resolver.

    A pure function of the phrase and the taxonomy's packaged data, so results are also kept
    on disk (:class:`indupath.extract.cache.PersistentMemo`)."""
    hit = _MEMO.get(phrase)
    if hit is not None:
        return hit  # type: ignore[return-value]
    result = _industry_lookup(phrase)
    _MEMO.put(phrase, result)
    return result


def _industry_lookup(phrase: str) -> tuple[str | None, str | None, Tier | None]:
    from indupath.taxonomy.vocabulary import lookup_phrase

    for variant in (phrase, _IND_SUFFIX.sub("", phrase).strip()):
        if not variant:
            continue
        hits = [e for e in lookup_phrase(variant) if not e.generic] or lookup_phrase(variant)
        if hits:
            e = hits[0]
            tier = e.tier if e.tier in ("emerging", "future", "traditional") else None
            return e.code, e.scheme, tier  # type: ignore[return-value]
    from indupath.taxonomy import resolve_industry

    # (a fuzzy candidate is never taken, so none is looked for: the search costs about 3 ms a phrase, most of the
    # time a document with unseen phrases took; the result is the same, None)
    cands = resolve_industry(phrase, limit=1, fuzzy=False)
    if cands and cands[0].kind != "fuzzy":
        c = cands[0]
        tier = c.tier if c.tier in ("emerging", "future", "traditional") else None
        return c.code, c.scheme, tier  # type: ignore[return-value]
    return None, None, None


_NON_WORD: Final = re.compile(r"\W")


def _document_tier(ctx: DocContext) -> Tier | None:
    """The tier a whole document gives its unlabelled items (a future-industry plan: future), from its
    title and opening lines (see :func:`indupath.extract.tiers.document_tier`)."""
    return document_tier(ctx.title, ctx.text[ctx.header.body_start : ctx.header.body_start + 400])


_ORDINAL_ONLY_EN: Final = re.compile(r"\d{1,2}\.")


@dataclass
class _NumberedList:
    """The numbered list :func:`priority_stage` is reading, line by line.

    A sentence ending in a colon that announces industries (重点培育四大未来产业方向：) opens it, and so does a
    numbered heading that names industries with no colon (二、重点方向); each numbered line below is an item
    (:func:`indupath.extract.industries.numbered_item`), a future-industry direction line (``- future
    energy, with …``) keeps it open and gives the rest of its line the list's tier, and any other line closes
    it, as does a line numbered like the heading itself (三、重点任务: its sibling)."""

    open: bool = False
    tier: Tier | None = None
    heading_shape: str | None = None  # the ordinal shape of the heading that opened the list, if one did
    counted: bool = False  # the announcing line counts its items (四大方向：): one item per numbered line
    direction: bool = False  # the current line is a direction line
    line_start: int = 0

    def step(self, ctx: DocContext, s: Sentence, new_line: bool, last_of_line: bool) -> list[ind.ListItem]:
        """The items sentence ``s`` contributes as a numbered line (none, one, or a pair split in two)."""
        numbered = None
        self.direction = self.direction and not new_line
        was_open = self.open
        if new_line:
            self.line_start = s.start
            if self.open and self.heading_shape is not None and ind.ordinal_shape(s.text) == self.heading_shape:
                self.open = False
            end = s.end
            if self.open and ctx.language == "en" and s.end - s.start <= 4 and _ORDINAL_ONLY_EN.fullmatch(s.text):
                # "1. Optoelectronics.": the splitter ends a sentence at the ordinal's point; the item is the rest
                # of its line
                end = ctx.text.find("\n", s.end)
                end = len(ctx.text) if end < 0 else end
            numbered = ind.numbered_item(ctx.text, s.start, end, ctx.language, self.tier,
                                         need_head=self.heading_shape is not None) if self.open else None
            self.direction = self.open and numbered is None and ind.direction_line(ctx.text, s.start, s.end)
            self.open = self.open and (numbered is not None or self.direction)
        if last_of_line and ind.announces_list(s.text):
            # (under a numbered heading that opened a list, 二、重点集群 then 全省重点建设以下六大…集群：, the heading's
            # sibling, 三、…, still closes it)
            self.open, self.tier, self.heading_shape = True, label_tier(s.text), self.heading_shape if was_open else None
            self.counted = ind.counts_items(s.text)
        elif last_of_line and not self.open and s.end - self.line_start <= 80 and (
                ind.announces_section(line := ctx.text[self.line_start : s.end], ctx.language)
                or (ctx.language == "en" and new_line and s.heading and ind.announces_heading_en(line))):
            self.open, self.tier, self.heading_shape = True, label_tier(line), ind.ordinal_shape(line)
            self.counted = ind.counts_items(line)
        if numbered is None:
            return []
        return [numbered] if self.counted else ind.split_pair(numbered, ctx.language)


_PRESENT_STATE_ZH: Final = re.compile(r"目前|现有|拥有|仍占|仍是")
# words that no industry's name holds: a possessive, or a verb or adverb the list ran into
# (or the counted label that announces a list, up to its colon: "focus on four key industries:")
_NOT_AN_ITEM_EN: Final = re.compile(r"\w['’]s\b|\b(?:appears?|appeared|forming|formed|as the)\b|\bnext$|\s(?:as|is|are)$|[:：]$")
# a label for a group of industries, not one: 主导产业, 未来产业, 战略性新兴产业集群, 传统优势产业
_GROUP_LABEL_ZH: Final = re.compile(r"(?:战略性)?(?:新兴|未来|传统|主导|支柱|优势|重点|特色|首位|前沿|传统优势|优势特色)"
                             r"(?:产业|行业|领域|赛道)(?:集群|链)?")
# a count that designates a region's industries (三大主导产业, 四大支柱产业集群, 5个重点产业链)
_DESIGNATED_ZH: Final = re.compile(r"[一二三四五六七八九十两\d]+(?:大|个)(?:主导|重点|支柱|首位|优势|特色|战略性新兴|新兴|未来)产业")
_CLAUSE_BREAK_ZH: Final = re.compile(r"[，,。；;：:]")
_YEAR_ZH: Final = re.compile(r"(?:19|20)\d\d年")
# the verbs that make a count of industries a focus (聚焦A、B三大主导产业), not the subject of a result
# (A、B三大首位产业产值合计达到…)
_FOCUS_ZH: Final = re.compile(r"聚焦|围绕|重点发展|主攻|做强|做大|做优|打造|培育|坚持|壮大|发展")


def _focus_before(text: str, sentence_start: int, pos: int) -> bool:
    """True when a focus verb (:data:`_FOCUS_ZH`) opens the clause that holds ``pos``, before it."""
    clause = max((m.end() for m in _CLAUSE_BREAK_ZH.finditer(text, sentence_start, pos)), default=sentence_start)
    return _FOCUS_ZH.search(text, clause, pos) is not None


def priority_stage(ctx: DocContext) -> list[Priority]:
    """Priority industries from list constructions, with tier and region."""
    doc_tier = _document_tier(ctx)
    out: list[Priority] = []
    seen: set[tuple[str | None, str]] = set()
    numbered_list = _NumberedList()
    section_tier: Tier | None = None  # the tier a heading names (（二）前瞻布局未来产业。/ "Future industries")
    directions = _counted_directions(ctx) if ctx.language == "zh" else {}
    table_head: str | None = None  # the short line above a text table's rows (its label gives their tier)
    for i, s in enumerate(ctx.sentences):
        new_line = i == 0 or ctx.sentences[i - 1].line != s.line
        last_of_line = i + 1 == len(ctx.sentences) or ctx.sentences[i + 1].line != s.line
        numbered = numbered_list.step(ctx, s, new_line, last_of_line)
        soft_past = False
        designated: list[int] = []
        if ctx.tense[i] == "past" and ctx.language == "zh":
            if "产业" in s.text and not tg.HARD_PAST.test(s.text) and not _YEAR_ZH.search(s.text):
                # (in a section of results too: 01 成绩单 … 园区聚焦A、B、C三大主导产业)
                designated = [s.start + m.start() for m in _DESIGNATED_ZH.finditer(s.text)
                              if _focus_before(ctx.text, s.start, s.start + m.start())]
            if (ctx.hard_past[i] and not designated) or not (designated or _PRESENT_STATE_ZH.search(s.text)):
                continue
            soft_past = True
        end = min(s.end, s.start + MAX_SENTENCE)
        items: list[ind.ListItem] = numbered
        headed: dict[int, list[Mention | None]] = {}
        row_heads: dict[int, list[Mention | None]] = {}
        if ctx.language == "zh":
            row = ind.zh_table_row(ctx.text, s.start, end) if "｜" in s.text or "|" in s.text else []
            if not row:
                table_head = s.text if len(s.text) <= 40 else None  # （三）优势传统产业集群（5个）
            else:
                # 1｜郑州市｜新能源汽车集群: the row's region cell owns its cluster; the tier is that of the line above the rows
                table_tier = label_tier(table_head) if table_head is not None else None
                items = items + [ind.ListItem(it.start, it.end, it.phrase, table_tier, "label", True) if table_tier else it
                                 for it in row]
                cells = [m for m in ctx.mentions[i] if not any(it.start <= m.start < it.end for it in row)]
                if len(cells) == 1:
                    row_heads = {it.start: [cells[0]] for it in row}
            for a, b in s.clauses:
                if a >= end:
                    break
                found = ind.zh_lists(ctx.text, a, min(b, end))
                if found and _APPLICATION_FIELDS.match(ctx.text, max(it.end for it in found), min(b, end)):
                    continue  # 在制造、医疗、交通等领域打造典型应用场景: where a technology is applied, not industries
                items.extend(found)
            inline = directions.get(i)
            if inline:
                items.extend(it for it in inline if not any(x.start < it.end and it.start < x.end for x in items))
            if items and ctx.mentions[i]:
                items, headed = _without_region_heads(ctx, i, items)
            headed.update(row_heads)
        else:
            items.extend(ind.en_lists(ctx.text, s.start, end))
            if " industry" in s.text or " sector" in s.text:
                items.extend(it for it in ind.en_tiered_one(ctx.text, s.start, end)
                             if not any(x.start < it.end and it.start < x.end for x in items))
        if numbered_list.direction and numbered_list.tier is not None:
            items = [ind.ListItem(it.start, it.end, it.phrase, numbered_list.tier, "label", True) if it.tier is None
                     else it for it in items]  # "- future energy, with an emphasis on A and B": the list's tier
        if not items and new_line and last_of_line and s.end - s.start <= 200 and \
                s.text.rstrip()[-1:] not in _TITLE_END:
            items = ind.title_subjects(ctx.text, s.start, end, ctx.language)  # a title line names its subject
        carried_owners: list[Mention | None] | None = None
        if ctx.language == "en" and i > 0 and _THEY_INCLUDE.match(ctx.text, s.start, end):
            carried = _they_include(ctx, i, end)
            if carried is not None:
                items, carried_owners = carried
        if not ctx.hard_past[i]:
            covered = [(it.start, it.end) for it in items]
            for it in ind.named_clusters(ctx.text, s.start, end, ctx.language):
                if not any(a <= it.start < b or it.start <= a < it.end for a, b in covered):
                    items.append(it)
        if soft_past:
            # 能源化工、装备制造…这些传统产业，目前仍占…: the groups a region has now, named by their label
            # 园区聚焦A、B、C三大主导产业: a region's designated industries, whatever the paragraph reports
            items = [it for it in items
                     if (it.tier is not None and it.tier_source == "label" and not ctx.hard_past[i])
                     or any(it.end <= d and not _CLAUSE_BREAK_ZH.search(ctx.text, it.end, d)
                            and _focus_before(ctx.text, s.start, it.start) for d in designated)]
        section_tier = _section_tier(ctx, i, section_tier)
        if section_tier is not None and not _heading_like(s.text, ctx.language):
            items = [ind.ListItem(it.start, it.end, it.phrase, section_tier, "label", it.labelled) if it.tier is None else it
                     for it in items]
        paired: dict[int, Mention] = {}
        if ctx.language == "zh" and "分别" in s.text and not ctx.hard_past[i]:
            paired = _respective_industries(ctx, i, end, items)
        for it in items:
            if ctx.language == "zh" and _GROUP_LABEL_ZH.fullmatch(it.phrase):
                continue  # “主导产业+未来产业”双轮驱动: a group's label, no industry of its own
            if ctx.language == "zh":
                if _NOT_AN_ITEM_ZH.search(it.phrase):
                    continue  # 智能化升级, 绿色化改造: a task, not an industry
                pm = _ITEM_PREPOSITION_ZH.match(it.phrase)
                if pm is not None and len(it.phrase) - pm.end() >= 2:
                    # 对光电通信、新能源…, 在电子信息…: the preposition that opens the list is no part of its first item
                    it = ind.ListItem(it.start + pm.end(), it.end, it.phrase[pm.end() :], it.tier, it.tier_source,
                                      it.labelled)
            if ctx.language == "en" and _NOT_AN_ITEM_EN.search(it.phrase):
                continue  # "the seed fund's coverage", "hydrogen energy appears", "a hydrogen base next": a clause's words
            icode, ischeme, vocab_tier = industry_lookup(it.phrase)
            tier, source = ind.item_tier(it, doc_tier, vocab_tier)
            owners = [paired[it.start]] if it.start in paired else headed[it.start] if it.start in headed else (
                carried_owners if carried_owners is not None else regions_at(ctx, i, it.start))
            for m in owners:
                name, code = _region_fields(ctx, m)
                key = (code or name, _NON_WORD.sub("", _IND_SUFFIX.sub("", it.phrase.lower())))
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Priority(
                        region=name, region_code=code, industry=it.phrase, industry_code=icode,
                        industry_scheme=ischeme, tier=tier, tier_source=source,  # type: ignore[arg-type]
                        span=Span(start=it.start, end=it.end), sentence=s.text[:MAX_SENTENCE],
                        confidence=_confidence(0.9 if it.labelled else 0.7, m), document_id=ctx.document.id,
                    )
                )
    return out


# a task read as an item (智能化升级, 绿色化改造, 未来产业培育, 未来产业方向): what is done to industries, not one
_NOT_AN_ITEM_ZH: Final = re.compile(r"(?:改造|升级|转型|培育|方向)$")
# a preposition that opens a list, read into its first item (对有色、石化…等传统产业, 在电子信息、汽车零部件等领域)
_ITEM_PREPOSITION_ZH: Final = re.compile(r"(?:在|对(?!外)|把)")


# a verb between a region that opens a list and its first industry: 支持无锡、常州发展集成电路、新能源等产业
_ZH_VERB_AFTER_REGION: Final = re.compile(r"(?:发展|打造|建设|壮大|培育|做强|做大|推动|布局|聚焦)")


def _without_region_heads(ctx: DocContext, i: int,
                          items: list[ind.ListItem]) -> tuple[list[ind.ListItem], dict[int, list[Mention | None]]]:
    """Items without the region's name a list opens with, and the owner of each item that had one.

    支持柳州市钢铁、工程机械等传统产业…: the city owns the items (the first one and those that follow it in
    the same list) and is no part of the first one; 景德镇陶瓷、赣州稀土: each city owns its own item. An item
    that is only a region's name (支持无锡、常州发展…) names no industry but shares the items of the region
    after it, and a verb after the region (常州发展集成电路) is no part of the item either."""
    # (a macro-region opens a slogan, not a list of its industries: 西部算力、东部应用)
    starts = {m.start: m for m in ctx.mentions[i] if m.info.level != "cluster"}
    out: list[ind.ListItem] = []
    owners: dict[int, list[Mention | None]] = {}
    owner: list[Mention | None] | None = None
    alone: list[Mention | None] = []  # regions named alone just before (无锡、)
    prev_end = -1
    for it in items:
        m = starts.get(it.start)
        if m is None:
            if owner is not None and 0 <= it.start - prev_end <= 1:
                owners[it.start] = owner  # the next item of the same list (、 or 和 between)
            else:
                owner = None
            out.append(it)
            prev_end = it.end
            continue
        a = m.end
        vm = _ZH_VERB_AFTER_REGION.match(ctx.text, a, it.end)
        if vm is not None:
            a = vm.end()
        if not 0 <= it.start - prev_end <= 1:
            alone = []
        prev_end = it.end
        if it.end - a < 2:
            alone.append(m)
        else:
            owner = [*alone, m]
            alone = []
            owners[a] = owner
            out.append(ind.ListItem(a, it.end, ctx.text[a : it.end], it.tier, it.tier_source, it.labelled))
    return out, owners


def _counted_directions(ctx: DocContext) -> dict[int, list[ind.ListItem]]:
    """The directions named after 一是/二是… on the rest of a line that announces a counted set of them
    (聚焦六个赛道：一是量子信息，…；二是聚变能源，…), by the index of the sentence each is in
    (see :func:`indupath.extract.industries.zh_counted_directions`)."""
    out: dict[int, list[ind.ListItem]] = {}
    starts = [s.start for s in ctx.sentences]
    line_end: dict[int, int] = {}  # the end of each line's last sentence (one pass: a long line stays linear)
    for s in ctx.sentences:
        line_end[s.line] = s.end
    done_line = -1
    for s in ctx.sentences:
        if s.line == done_line or "：" not in s.text and ":" not in s.text:
            continue
        found = ind.zh_counted_directions(ctx.text, s.start, min(line_end[s.line], s.start + 4 * MAX_SENTENCE))
        if found:
            done_line = s.line
            for it in found:
                out.setdefault(bisect.bisect_right(starts, it.start) - 1, []).append(it)
    return out


_APPLICATION_FIELDS: Final = re.compile(r"等?(?:领域|场景|行业|方面|方向)[^，,。；;]{0,20}?(?:应用|场景|示范|试点|赋能|先行先试|沙盒监管|"
                                  r"包容审慎)")
# what closes a sentence or a clause ending on a colon; a title ends on none of these, nor on a comma
_SENTENCE_END: Final = frozenset("。.!?！？;；:：")
_TITLE_END: Final = _SENTENCE_END | frozenset("，,")
_THEY_INCLUDE: Final = re.compile(r"\s*(?:They|These|Those|The (?:industries|sectors))\s+(?:include|includes|included|are|were|"
                           r"cover|covers|span|spans)\s+")
_PREVIOUS_LABEL: Final = Folded(r"\b(?:[\w\-]+\s+){0,3}?(?:industries|sectors)\b")


def _they_include(ctx: DocContext, i: int, end: int) -> tuple[list[ind.ListItem], list[Mention | None]] | None:
    """"Beijing's plan lists 20 future industries. They include A, B and C.": the items of a sentence that
    opens with "They include" under the industry label the sentence before it (same paragraph) ends on,
    with that sentence's region; None when the sentence does not open so or no label is found."""
    s, prev = ctx.sentences[i], ctx.sentences[i - 1]
    opening = _THEY_INCLUDE.match(ctx.text, s.start, end)
    if opening is None or prev.line != s.line:
        return None
    labels = _PREVIOUS_LABEL.spans(ctx.text, prev.start, prev.end)
    if not labels:
        return None
    la, lb = labels[-1]
    label = ctx.text[la:lb]
    if label_tier(label) is None and not _PREVIOUS_LABEL_TIERLESS.search(label):
        return None
    prefix = f"{label} including "
    body = ctx.text[opening.end() : end]
    shift = opening.end() - len(prefix)
    items = [ind.ListItem(it.start + shift, it.end + shift, it.phrase, it.tier, it.tier_source, it.labelled)
             for it in ind.en_lists(prefix + body, 0, len(prefix) + len(body)) if it.start >= len(prefix)]
    if not items:
        return None
    return items, regions_at(ctx, i - 1, la)


_PREVIOUS_LABEL_TIERLESS: Final = re.compile(r"\b(?:key|priority|pillar|leading|core|major)\s+(?:industries|sectors)\b", re.IGNORECASE)


_SECTION_ORDINAL: Final = re.compile(r"\s*(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、])")


def _heading_like(text: str, language: str) -> bool:
    """A short section title: （二）前瞻布局未来产业。, 三、培育未来产业, "Future industries"."""
    t = text.strip().rstrip("。.:：")
    if language == "zh":
        return len(t) <= 16 and ("，" not in t and "、" not in t)
    return len(t.split()) <= 5 and "," not in t


def _section_tier(ctx: DocContext, i: int, current: Tier | None) -> Tier | None:
    """The tier label of the section sentence ``i`` belongs to: a heading-like sentence that opens its
    line (a numbered title or a heading line) sets it from its own label (or clears it); a sentence
    later in that line keeps it; a new line keeps it only after a heading line of its own."""
    s = ctx.sentences[i]
    new_line = i == 0 or ctx.sentences[i - 1].line != s.line
    if new_line:
        numbered = _SECTION_ORDINAL.match(s.text) is not None
        if (s.heading or numbered) and _heading_like(s.text, ctx.language):
            return label_tier(s.text)
        prev = ctx.sentences[i - 1] if i > 0 else None
        if prev is not None and prev.heading and _heading_like(prev.text, ctx.language):
            return current  # the first line under a heading line
        return None
    return current


def metric_priorities(ctx: DocContext, targets: list[Target], priorities: list[Priority]) -> list[Priority]:
    """Priorities named by target metrics ("the output of its low-altitude economy to…", 生物医药产业规模…)
    that no list gave for the target's region (see :mod:`indupath.extract.metric_industries`)."""
    doc_tier = _document_tier(ctx)
    have = [((p.region_code or p.region), _NON_WORD.sub("", p.industry.lower())) for p in priorities]
    listed = {((p.region_code or p.region), p.sentence) for p in priorities}
    out: list[Priority] = []
    for t in targets:
        phrase = metric_industry(t.metric, ctx.language)
        after = False
        if phrase is None and ctx.language == "en":
            phrase, after = en_following_industry(ctx.text[t.span.end : t.span.end + 80]), True
        if phrase is None:
            continue
        key = _NON_WORD.sub("", phrase.lower())
        region = t.region_code or t.region
        if (region, t.sentence) in listed and ctx.language == "zh":
            continue  # "发展A、B、C等新材料产业，新材料产业营收突破…": the metric sums the sentence's own list
        if any(r == region and (key in k or k in key) for r, k in have):
            continue
        start = (ctx.text.find(phrase, t.span.end, t.span.end + 80) if after
                 else ctx.text.rfind(phrase, max(0, t.span.start - _WINDOW), t.span.start))
        if start < 0:
            continue
        have.append((region, key))
        icode, ischeme, vocab_tier = industry_lookup(phrase)
        tier, source = ind.item_tier(ind.ListItem(start, start + len(phrase), phrase, None, None, False), doc_tier, vocab_tier)
        out.append(
            Priority(
                region=t.region, region_code=t.region_code, industry=phrase, industry_code=icode,
                industry_scheme=ischeme, tier=tier, tier_source=source,  # type: ignore[arg-type]
                span=Span(start=start, end=start + len(phrase)), sentence=t.sentence,
                confidence=round(t.confidence * 0.7, 3), document_id=ctx.document.id,
            )
        )
    return out


_PAIRED_ZH: Final = re.compile(
    r"(?:要|将)?分别(?:围绕|聚焦|发展|重点发展|培育|做强|做大|打造|布局)"
    r"(?P<x>[\u4e00-\u9fff]{2,12}?)(?:和|与|及|、)(?P<y>[\u4e00-\u9fff]{2,12}?)(?=[，,。；;]|打造|建设|形成|发展)"
)


_SIZE_CLASS_LEAD: Final = re.compile(r"[百千万亿]+级")
_PLACE_TAIL: Final = re.compile(r"(?:产业基地|产业集群|产业园区|产业园|基地|集群)$")


def _respective_industries(ctx: DocContext, i: int, end: int, items: list[ind.ListItem]) -> dict[int, Mention]:
    """"A、B分别围绕X和Y…": X is A's industry and Y is B's. Adds the two items to ``items`` when missing
    and returns {item start: its region}."""
    out: dict[int, Mention] = {}
    s = ctx.sentences[i]
    ms = ctx.mentions[i]
    for pm in _PAIRED_ZH.finditer(ctx.text, s.start, end):
        pair = [(m1, m2) for m1, m2 in zip(ms, ms[1:], strict=False)
                if m2.end == pm.start() and ctx.text[m1.end : m2.start] == "、"]
        if not pair:
            continue
        m1, m2 = pair[-1]
        for g, m in (("x", m1), ("y", m2)):
            a, b = pm.span(g)
            lead = _SIZE_CLASS_LEAD.match(ctx.text, a, b)
            a = lead.end() if lead else a
            tail = _PLACE_TAIL.search(ctx.text, a, b)
            b = tail.start() if tail and tail.start() - a >= 1 else b  # 生态铝产业基地 → 生态铝
            phrase = ctx.text[a:b]
            if not phrase or not (ind.ZH_HEADS.search(phrase) or tail):
                continue
            if not any(it.start == a for it in items):
                items.append(ind.ListItem(a, b, phrase, None, None, True))
            out[a] = m
        # a 、-list read across the pair's regions ("宜昌市分别围绕氢能装备") is not an industry
        items[:] = [it for it in items if not (it.start < pm.start() < it.end or "分别" in it.phrase)]
    return out


_RX_METRIC_1: Final = re.compile(r"^(?:到|至)?20\d\d年(?:底|末)?[，,]?|力争|预计|目标|确保|争取|达到|突破|超过|实现|增长$")
_RX_METRIC_2: Final = re.compile(r"(?:(?:原则上)?不(?:超过|高于|低于|少于|多于|大于)?|达到|突破|超过|达|超|增长|为|在|保持在|约|近|最高|"
                          r"最多|至少|高于|低于)$")
_RX_METRIC_3: Final = re.compile(r"^(?:and|with|while|by 20\d\d|the)\s+", re.I)
_RX_METRIC_4: Final = re.compile(r"\s+(?:of|to|at|by|exceeding|exceed|reach|more than|over|above|about|around|approximately)\s*$", re.I)


def _metric(text: str, clause_start: int, q: Quantity, language: str) -> str:
    """The metric: the clause text before the number, trimmed of cue words."""
    raw = text[clause_start : q.start]
    if language == "zh":
        raw = _RX_METRIC_1.sub("", raw)
        raw = _RX_METRIC_2.sub("", raw.strip())
    else:
        raw = _RX_METRIC_3.sub("", raw.strip())
        raw = _RX_METRIC_4.sub("", raw)
    raw = raw.strip(" ,，:：;；").rstrip("<>=~≈≤≥＜＞～ ")  # (a digest's ">=100 firms", "~CNY 50bn")
    return raw[-120:] if raw else "value"


# a title that reviews a year's results: 解读2025年全省经济运行情况, 2025年国民经济和社会发展统计公报, 2025年工作总结
_REVIEW_TITLE_ZH: Final = re.compile(r"(?:19|20)\d\d年[^，。；\n]{0,16}?(?:经济运行|运行情况|统计公报|工作总结|发展情况|成绩单|回顾)")
_WHOLE_YEAR_REVIEWED: Final = re.compile(r"全年")
_TITLE_YEAR_ZH: Final = re.compile(r"((?:19|20)\d\d)年")
_PLAN_IN_TITLE_ZH: Final = re.compile(r"计划|打算|安排|要点|目标|思路|展望")
_PLANNED_YEAR_ZH: Final = re.compile(r"今年|明年|目标|力争|预期|计划|将")


def _reviews_past_year(ctx: DocContext) -> bool:
    """True when a Chinese text's title reviews one year before the text's own (解读2025年全省经济运行情况 dated
    January 2026): 全年 in its answers is that year, whose figures are results."""
    if ctx.language != "zh" or not ctx.sentences or ctx.year is None:
        return False
    title = ctx.sentences[0].text
    m = _REVIEW_TITLE_ZH.search(title)
    # (not 2025年工作总结和2026年工作计划: a title that plans a year too)
    return m is not None and all(int(y) < ctx.year for y in _TITLE_YEAR_ZH.findall(title)) and \
        not _PLAN_IN_TITLE_ZH.search(title)


_THIS_YEAR_EN: Final = re.compile(r"\b" + tg.THIS_YEAR_EN + r"\b", re.IGNORECASE)
_THIS_YEAR_NAMED: Final = Folded(_THIS_YEAR_EN.pattern + r"|今年|本年|年内")
_THIS_YEAR: Final = Folded(_THIS_YEAR_NAMED.pattern + "|全年")  # (全年, the whole year, is the year a text plans)
_SAME_YEAR_REF: Final = Folded(r"the same year|同年")
_BY_YEAR: Final = re.compile(r"\bby (?:the end of )?(20\d\d)\b")
_IN_YEAR_AFTER: Final = re.compile(r"^[^,;]{0,40}?\bin (20\d\d)\b(?!\s*[-–])")  # "aims to make more than 300,000 in 2026"


_RX_TARGET_STAGE_1: Final = re.compile(r"\s*(?:、|和|and|,)\s*")


_DEMONSTRATIVE_OPEN: Final = Folded(r"^\s*(?:that|this|the|these|those|such)\s+(?:figure|number|amount|sum|estimate|total|"
                             r"projection)s?\b|^\s*(?:这一|这个|该|此|上述|以上)(?:数字|数据|金额|规模|说法|数值)")


def _disowned_by_next(ctx: DocContext, i: int) -> bool:
    """True when the next sentence of the paragraph points back at this one's figure and denies that it
    is a target (That figure … is not a new target / 这一数字并非规划目标)."""
    if i + 1 >= len(ctx.sentences):
        return False
    nxt = ctx.sentences[i + 1]
    if nxt.line != ctx.sentences[i].line:
        return False
    return bool(_DEMONSTRATIVE_OPEN.search(nxt.text)) and bool(tg.DISOWNED.search(nxt.text))


_STAGED_NEXT_EN: Final = re.compile(r"[^;.]{0,30}?[;,]\s*(?:and\s+)?(?:as an? (?:interim|intermediate|first|next) (?:step|stage|"
                             r"milestone),?\s*)?(?:it|this|that|they)\s+(?:will|should|would|is to|are to|is expected to)\s+"
                             r"(?:\w+\s+){0,2}?(?:about |around |more than |at least )?\d", re.IGNORECASE)
# the next stage of the same figure right after it: …突破八千亿元，力争2030年达到1万亿元 (a year, a verb, a number)
_STAGED_NEXT: Final = re.compile(r"[^，,。；;]{0,4}[，,]\s*(?:力争|争取|到|至)?(?:20\d\d)年(?:底|末)?(?:前)?[，,]?"
                          r"(?:力争|争取)?(?:达到|突破|超过|迈上|实现)[\d一二三四五六七八九十两百千万亿]")


def target_stage(ctx: DocContext) -> list[Target]:
    """Quantified forward-looking targets."""
    out: list[Target] = []
    lang = ctx.language
    state = tg.TenseContext()
    known_years = ctx.sentence_years if len(ctx.sentence_years) == len(ctx.sentences) else None
    so_far_line = -1  # the line (paragraph) whose report of this year so far (今年以来) is running
    doc_date = ctx.document.date
    late_in_year = doc_date is not None and ctx.year == doc_date.year and doc_date.month >= 11
    next_year_set = False  # a goal for next year has been read (late in the year, goals with no year follow it)
    reviewed = _reviews_past_year(ctx)  # 解读2025年全省经济运行情况 in January 2026: its 全年 is 2025
    line_start = 0
    rows = tbl.indicator_rows(ctx.text, ctx.year)  # 指标 | 2025年完成 | 2026年目标: read by their columns
    row_starts = [r.start for r in rows]
    for i, s in enumerate(ctx.sentences):
        if rows:
            k = bisect.bisect_right(row_starts, s.start) - 1
            if k >= 0 and s.start < rows[k].end:
                if rows[k].start <= s.start and (i == 0 or ctx.sentences[i - 1].start < rows[k].start):
                    out.extend(_table_targets(ctx, i, rows[k]))
                continue
        if i == 0 or ctx.sentences[i - 1].line != s.line:
            line_start = s.start
        if reviewed and lang == "zh" and not tg.is_future(s.text, lang) and \
                _WHOLE_YEAR_REVIEWED.search(ctx.text, line_start, s.end) and \
                not _PLANNED_YEAR_ZH.search(ctx.text, line_start, s.end):
            continue  # 答：全年规模以上工业增加值增长4.8%。其中，… in a review of last year: its results
        years = known_years[i] if known_years is not None else tg.explicit_years(s.text, lang)
        mixed = ctx.year is not None and any(y >= ctx.year for y in years)
        so_far = ctx.so_far[i] if known_years is not None else tg.results_so_far(s.text, lang)
        if so_far:
            so_far_line = s.line
        elif so_far_line == s.line and tg.estimate_continues(s.text, lang):
            so_far = True  # "今年以来，…。预计全年…": the estimate continues the report, it is no target
        if (ctx.tense[i] != "future" and not mixed) or so_far:
            continue
        # (the quantities first: half the sentences have none, and the three checks after them only skip a sentence too)
        finder = find_zh_quantities if lang == "zh" else find_en_quantities
        qs = finder(ctx.text, s.start, s.end)
        if not qs:
            continue
        if tg.past_plan_period(s.text, ctx.year, lang):
            continue  # “十四五”时期，全市…迈过6000亿元 in a text of 2025 or later: the period's results
        if late_in_year and lang == "zh" and tg.opens_with_year(s.text, ctx.year) and not tg.is_future(s.text, lang):
            continue  # 2025年，高新区…全年地区生产总值增长7.2% in a December text: the year's results
        if _disowned_by_next(ctx, i):
            continue  # "Some have read that X will spend 1 trillion yuan. That figure is … not a new target."
        sent_year = ctx.years[i]
        if state.last_target_year and _SAME_YEAR_REF.test(s.text):
            sent_year = state.last_target_year
        previous: list[Quantity] = []
        kept: list[tuple[Quantity, int, int, int | None]] = []  # (quantity, clause window, year_before in it)
        respectively: bool | None = None  # _RESPECTIVELY in the sentence, read once when first asked
        clause_starts = [a for a, _ in s.clauses]
        measure_context = tg.MEASURE_MONEY.test(s.text)
        for q in qs:
            if ctx.mentions[i] and any(m.start <= q.start < m.end for m in ctx.mentions[i]):
                continue  # 三台县, 六安市, 五指山: a numeral inside a place's name
            ci = bisect.bisect_right(clause_starts, q.start) - 1
            ca, cb = s.clauses[ci] if ci >= 0 and q.start < s.clauses[ci][1] else (s.start, s.end)
            ca, cb = max(ca, q.start - _WINDOW), min(cb, q.end + _WINDOW)  # long clauses: stay linear
            clause = ctx.text[ca:cb]
            sub = clause
            if lang == "en":
                # "growth of around 6 percent after it beat ... last year": the subordinate part is its own clause
                parts = tg.subclauses_en(clause)
                off = 0
                for p in parts:
                    if ca + off <= q.start < ca + off + len(p) + 1:
                        sub = p
                        break
                    off += len(p) + 1
            elif "年" in sub and ("（" in sub or "(" in sub):
                sub = tg.BASELINE_BRACKET_ZH.sub("", sub)  # 到2030年达到2000亿元（2025年：1362亿元）: a baseline
            qy = tg.year_before(ctx.text, q.start, max(s.start, q.start - _WINDOW) if lang == "zh" else ca, lang)
            if qy is not None and ctx.year is not None and qy < ctx.year:
                previous.append(q)
                continue
            if ctx.tense[i] != "future" and (qy is None or (ctx.year is not None and qy < ctx.year)):
                previous.append(q)
                continue
            if tg.is_past_clause(sub, lang, ctx.year) and (
                    not tg.is_future(sub, lang) or (lang == "en" and tg.ALREADY_DONE_EN.test(sub))
                    # "The two sectors accounted for 6 percent of output this year" in a December text: the year's
                    # result ("this year" is its only mark of the future)
                    or (lang == "en" and late_in_year and not tg.is_future(_THIS_YEAR_EN.sub(" ", sub), lang))):
                previous.append(q)
                continue
            if lang == "en" and late_in_year and tg.LATE_ESTIMATE_EN.search(sub) and _THIS_YEAR_EN.search(sub):
                # "The province expects its GDP to grow about 5.3 percent this year" in a December text: an estimate
                previous.append(q)
                continue
            near = measure_context and not tg.target_after_measure(ctx.text, s.start, q.start) \
                and not (q.kind in ("money", "percent") and tg.target_before_measure(ctx.text, s.start, q.start, q.end, s.end))
            if tg.distractor(q, ctx.text, ca, cb, near, lang, previous):
                previous.append(q)
                continue
            previous.append(q)
            kept.append((q, ca, cb, qy))
        # 分别增长5%、7%左右: a trailing comparator applies to the whole series
        for k in range(len(kept) - 2, -1, -1):
            q, ca, cb, qy = kept[k]
            q2 = kept[k + 1][0]
            gap = ctx.text[q.end : q2.start]
            if q.comparator == "=" and q2.comparator != "=" and q.kind == q2.kind and _RX_TARGET_STAGE_1.fullmatch(gap):
                kept[k] = (dataclasses.replace(q, comparator=q2.comparator), ca, cb, qy)
        for q, ca, cb, qy in kept:
            # (in Chinese, qy was read over this same window)
            year = qy if lang == "zh" else tg.year_before(ctx.text, q.start, max(s.start, q.start - _WINDOW), lang)
            rel = tg.relative_year_before(ctx.text, q.start, max(s.start, q.start - _WINDOW), lang, ctx.year)
            if rel is not None:
                year = rel  # 力争明年…达到160万辆，…到2030年…: 明年 is this figure's year, not the sentence's deadline
            if year is None and rel is None and ctx.year is not None:
                span = _span_year(ctx, ca, q.start, lang) or (_span_year(ctx, q.end, cb, lang) if lang == "en" else None)
                if span is not None:
                    year = span  # 三年内滚动实施亿元以上项目120个，其中今年…: the span's end, not the sentence's 今年
            if lang == "en":
                # "by 2030" after the number in the same clause
                m_after = None
                if ctx.text.find("20", q.end, cb) >= 0:
                    m_after = _BY_YEAR.search(ctx.text[q.end : cb]) or _IN_YEAR_AFTER.search(ctx.text[q.end : cb])
                if m_after:
                    year = int(m_after.group(1))
                elif "Plan" in ctx.text[q.end : cb] or "FYP" in ctx.text[q.end : cb]:
                    # "12 pilot zones by the end of the 15th Five-Year Plan": the period's end after the number
                    ends = tg.plan_end_years(ctx.text, q.end, cb, lang)
                    if ends:
                        year = ends[0][1]
                rel_after = tg.relative_year_after(ctx.text, q.end, cb, ctx.year)
                if rel_after is not None and (m_after is None or rel_after[0] < q.end + m_after.start(1)):
                    year = rel_after[1]  # "by about 6 percent this year and … by 2027": the nearer year word
            if year is None or (ctx.year is not None and year < ctx.year):
                year = sent_year
                carried = ctx.carried_years[i] if known_years is not None else None
                staged = (lang == "zh" and carried is not None and year is not None and carried < year
                          and ctx.text.find("年", s.start, q.start) < 0
                          and _STAGED_NEXT.match(ctx.text, q.end, s.end) is not None)
                # "revenue will exceed 300 billion yuan; as an interim step, it will pass 240 billion yuan in 2027":
                # the year is the other stage's
                staged = staged or (lang == "en" and carried is not None and year is not None and carried != year
                                    and _STAGED_NEXT_EN.match(ctx.text, q.end, s.end) is not None
                                    and ctx.text.find(str(year), s.start, q.start) < 0)
                if staged:
                    # 5. 汽车产业产值突破八千亿元，力争2030年达到1万亿元 under a 2028 plan: the later year is the
                    # next stage's, with no metric of its own; this figure keeps the deadline its plan carries
                    year = carried
                if late_in_year and year == ctx.year and ctx.year is not None and next_year_set and (
                        not _THIS_YEAR.test(s.text) or (not _THIS_YEAR_NAMED.test(s.text)
                                                        and not tg.ESTIMATE.search(ctx.text, s.start, q.start))):
                    # a November/December text that has set next year's goals: a goal with no year of its
                    # own ("set a target of 5.5 percent growth as well") is next year's too, and so is one
                    # for 全年, the whole year it plans (全年招引亿元以上项目500个), unless it is estimated
                    year = ctx.year + 1
            if late_in_year and year == ctx.year and tg.ESTIMATE.search(ctx.text, s.start, q.start):
                continue  # in November or December, "we expect … for this year" estimates a result
            if year is not None:
                state.last_target_year = year
                next_year_set = next_year_set or (ctx.year is not None and year == ctx.year + 1)
            if lang == "en" and not ctx.text[ca : q.start].strip(" \t\n\"“'‘(") and not (
                    tg.is_future(ctx.text[s.start : q.start], lang) or tg.deadline_years(ctx.text[s.start : q.start], lang)):
                # "Nineteen mention humanoid robots", "In our survey, 62 percent of members said …": the figure is its
                # clause's subject (not after a deadline: "By 2027, 70 percent of parts should …")
                continue
            owners = regions_at(ctx, i, q.start)
            if owners and respectively is None:
                respectively = _RESPECTIVELY.test(s.text)  # (the same for every figure of the sentence)
            if len(owners) == 1 and respectively:
                paired_owner = _respective_owner(ctx, i, q, [k[0] for k in kept])
                if paired_owner is not None:
                    owners = [paired_owner]  # 推动长春市、吉林市…产值分别达到三千亿元和一千二百亿元
            if len(owners) > 1 and respectively:
                # 鸠江区、繁昌区…分别增长12%、15% / "A and B will grow 6 and 7 percent respectively": pair in order
                after = owners[-1].end if owners[-1] is not None else s.start
                series = [k[0] for k in kept if k[0].kind == q.kind and k[0].start > after]
                if len(series) == len(owners) and q in series:
                    owners = [owners[series.index(q)]]
            for m in owners:
                name, code = _region_fields(ctx, m)
                out.append(
                    Target(
                        region=name, region_code=code, metric=_metric(ctx.text, ca, q, lang), value=q.value,
                        unit=q.unit, comparator=q.comparator, year=year if year and 1949 <= year <= 2100 else None,
                        span=Span(start=q.start, end=q.end), sentence=s.text[:MAX_SENTENCE],
                        confidence=_confidence(0.8, m), value_as_written=q.as_written,
                        unit_as_written=q.unit_as_written, document_id=ctx.document.id,
                    )
                )
    return _dedupe_headline(ctx, out)


_CELL_NUMBER: Final = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _cell_quantity(ctx: DocContext, cell: tuple[int, int], unit: str | None) -> Quantity | None:
    """The figure of a table cell: as written (2600以上, "no fewer than 1,000,000 units"), else a bare figure
    in the unit its row gives (3100左右 in a row of 亿元, 12 in a row of %); None when there is none."""
    a, b = cell
    finder = find_zh_quantities if ctx.language == "zh" else find_en_quantities
    qs = [q for q in finder(ctx.text, a, b) if not q.size_class and not q.currency_conversion]
    if qs:
        return qs[0]
    m = _CELL_NUMBER.search(ctx.text, a, b)
    if unit is None or m is None:
        return None
    sep = "" if ctx.language == "zh" or unit in ("%", "％") else " "
    written = ctx.text[a : m.end()] + sep + unit + ctx.text[m.end() : b]
    qs = [q for q in finder(written, 0, len(written)) if not q.size_class and not q.currency_conversion]
    if not qs:
        return None
    return dataclasses.replace(qs[0], start=a, end=b)


def _table_targets(ctx: DocContext, i: int, row: tbl.IndicatorRow) -> list[Target]:
    """The goal of one row of an indicator table (see :mod:`indupath.extract.tables`), with the figure under
    the results column as its baseline when the two share a unit, for each region the row belongs to."""
    q = _cell_quantity(ctx, row.target, row.unit)
    if q is None:
        return []
    base = _cell_quantity(ctx, row.baseline, row.unit) if row.baseline is not None else None
    baseline = base.value if base is not None and base.unit == q.unit else None
    year = row.year if row.year is not None else ctx.years[i] if ctx.years[i] is not None else ctx.year
    metric = ctx.text[row.metric[0] : row.metric[1]].strip()[:120] or "value"
    s = ctx.sentences[i]
    out = []
    named = [m for m in ctx.mentions[i] if row.metric[0] <= m.start < row.metric[1]]
    owners = named[:1] if len({mention_key(m) for m in named}) == 1 else regions_at(ctx, i, row.target[0])
    for m in owners:  # "NEV output in Liuzhou | …": a region named in the indicator's cell owns its row
        name, code = _region_fields(ctx, m)
        out.append(
            Target(
                region=name, region_code=code, metric=metric, value=q.value, unit=q.unit, comparator=q.comparator,
                year=year if year and 1949 <= year <= 2100 else None, baseline=baseline,
                baseline_year=row.baseline_year if baseline is not None else None,
                span=Span(start=q.start, end=q.end), sentence=s.text[:MAX_SENTENCE], confidence=_confidence(0.8, m),
                value_as_written=q.as_written, unit_as_written=q.unit_as_written, document_id=ctx.document.id,
            )
        )
    return out


def _dedupe_headline(ctx: DocContext, targets: list[Target]) -> list[Target]:
    """Drop a title/heading target repeated in the body (same region, value and unit)."""
    if not targets:
        return []
    heads = {s.start for s in ctx.sentences[:1]} | {s.start for s in ctx.sentences if s.heading}
    starts = [s.start for s in ctx.sentences]
    in_head = []  # per target: whether its sentence (the last one starting at or before it) is the title or a heading
    for t in targets:
        k = bisect.bisect_right(starts, t.span.start) - 1
        in_head.append((starts[k] if k >= 0 else -1) in heads)
    if not any(in_head):
        return list(targets)  # (nothing to drop: the filter below keeps every body target)
    body_keys = Counter((t.region_code or t.region, t.value, t.unit) for t, h in zip(targets, in_head, strict=True) if not h)
    return [t for t, h in zip(targets, in_head, strict=True) if not (h and body_keys[(t.region_code or t.region, t.value, t.unit)])]


_ANNOUNCE: Final = Folded(
    r"\b(?:issued|released|introduced|launched|unveiled|rolled out|published|announced|set up|established|"
    r"includes?|including|proposed|called for|decided|plans? to|approved|endorsed|agreed to)\b|出台|印发|发布|设立|制定|明确|提出|推出|实施|要求|部署",
)


_GRANT_EN: Final = Folded(r"\b(?:we|the (?:city|province|region|government|county|district|zone))\s+(?:also\s+)?"
                   r"(?:give|offer|provide|grant|award|pay|cover)\b|"
                   # "We are also piloting a faster channel for …": what the speaker is doing now
                   r"\bwe(?:'re|’re| are) (?:also |now |currently )?(?:piloting|building|setting up|launching|rolling out|"
                   r"preparing|creating|establishing|introducing|opening|running|trialling|trialing)\b|"
                   # "Start-ups in our incubator pay no rent for three years": a standing provision
                   r"\bpays? no (?:rent|fees?|tax(?:es)?)\b|"
                   # "Our youth programme offers start-up grants of up to 2 million yuan per team": a standing provision
                   r"\b(?:offers|provides|gives|pays|hands out|adds|(?:is|are) (?:now |also )?(?:offering|providing|giving|"
                   r"paying|handing out))\b"
                   r"(?=[^.;]{0,60}?(?:\bgrants?\b|\bsubsid|\ballowances?\b|\brewards?\b|\bvouchers?\b|\bfree\b|rent-free|"
                   r"\bfunding\b))|"
                   r"\bcan (?:receive|get|enjoy|claim|apply for|be (?:leased|granted|given|reimbursed))\b|"
                   # "Core technical staff receive housing subsidies of up to …", "may receive a one-off reward": a
                   # provision stated in the present, its beneficiary the subject
                   r"\b(?:receives?|enjoys?|may (?:receive|get|enjoy|apply for))\b(?=[^.;]{0,80}?"
                   r"(?:\bsubsid|\brewards?\b|\bgrants?\b|\ballowances?\b|\bbonus|\bexempt|\bwaivers?\b|\brent-free\b|"
                   r"\bfree of\b|\bup to\b|\btax\b|tariff|duty-free|residence permit))|"
                   r"\bmay import\b|\bcan enter\b[^.;]{0,40}?duty-free|"
                   # "The zone pays 10% of a firm's R&D spending", "firms get 50% of the rent refunded", "receive a
                   # one-time award of …", "the zone's fund invests in …", "we also run a loan risk pool": standing provisions
                   r"\b(?:pays|covers|refunds|reimburses)\s+(?:up\s+to\s+)?\d[\d.]*\s*(?:%|percent)\s+of\b|"
                   r"\bgets?\s+(?:up\s+to\s+)?\d[\d.]*\s*(?:%|percent)\s+of\b[^.;]{0,60}?"
                   r"\b(?:refunded|reimbursed|waived|covered|returned|subsidi[sz]ed)\b|"
                   r"\b(?:receives?|gets?)\s+an?\s+(?:one-(?:time|off)\s+)?(?:award|bonus|payment|reward)\s+of\b|"
                   r"\bfund\s+(?:invests|co-invests|backs|finances)\s+(?:in|with|alongside)\b|"
                   r"\bwe\s+(?:also\s+)?(?:run|operate)\s+an?\b|"
                   # "Hubei Province grants provincial champions a reward of 3 million yuan": a standing grant by its verb
                   r"\b(?:grants|gives|offers|provides|awards|pays)\s+[^.;]{0,60}?\b(?:rewards?|subsid(?:y|ies)|grants?|"
                   r"bonus(?:es)?|allowances?|rebates?)\s+of\b|"
                   # a grant stated with its amount, share or cap: "a rebate of 15% on equipment investment", "housing
                   # allowances of up to 1 million yuan", "receive 200 yuan per TEU", "can have 30% of the cost
                   # reimbursed", "capped at 5 million yuan per company": a standing provision in the present
                   r"\b(?:subsid(?:y|ies)|grants?|allowances?|rebates?|vouchers?|bonus(?:es)?|awards?)\s+of\s+(?:up\s+to\s+)?"
                   r"(?:rmb\s*|cny\s*|¥\s*|us\$\s*|\$\s*)?\d|"
                   r"\b(?:receives?|can have|may have)\s+(?:up\s+to\s+)?(?:rmb\s*|cny\s*|¥\s*)?\d[\d.,]*\s*"
                   r"(?:(?:thousand|million|billion)\s+)?(?:yuan\b|rmb\b|%|percent\b|per cent\b)|"
                   r"\bcapped at\s+(?:rmb\s*|cny\s*|¥\s*|us\$\s*|\$\s*)?\d[^.;]{0,24}?(?:yuan|rmb|cny|\bm\b|\bmillion\b)")
# what a named place or its government is doing now: "Wenchang is setting up a … fund", "The city is building …"
_ONGOING_EN: Final = re.compile(r"(?:\b[A-Z][a-z]+|\b(?:[Tt]he )?(?:city|province|region|government|county|district|zone))\s+"
                         r"(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?(?:setting up|building|launching|rolling out|"
                         r"creating|establishing|introducing|piloting|preparing|opening|developing|expanding|extending|"
                         r"upgrading|constructing)\b|"
                         # "A ceramics testing platform is being built in the county's park"
                         r"\b(?:is|are)\s+(?:now\s+)?being\s+(?:built|set up|established|constructed|upgraded|expanded|"
                         r"launched|piloted|rolled out)\b")
_MODAL_PROVISION_EN: Final = re.compile(r"\b(?:can|may)\s+(?:also\s+)?(?:claim|receive|get|enjoy|apply for|be (?:granted|given|"
                                 r"reimbursed|awarded))\b")
_GRANT_ZH: Final = fast(r"资金|基金|奖励|补贴|补助|奖补|给予|贴息|资助")


_PROVISION_ZH: Final = re.compile(r"\s*(?:\d{1,2}[.．、]\s*)?对[^。；;]{2,60}?[，,][^。；;]{0,30}?给予(?!了)")
_MONEY_WORD: Final = Folded(r"yuan|rmb|cny|¥|dollars|\$|usd")
# a fund named with its size ("a 5 billion yuan guidance fund", "the CNY 8bn hydrogen industry fund"): a measure, whether
# the sentence launches it, reports its launch or describes it
_SIZED_FUND_EN: Final = re.compile(r"(?:\d[\d,.]*\s*(?:-|\s)?(?:billion|bn|million|m)\b[- ]*(?:yuan|rmb|cny|u\.?s\.? dollars)?|"
                            r"(?:rmb|cny|us\$|\$)\s*\d[\d,.]*\s*(?:billion|bn|million|m)\b)"
                            r"(?:\s*\([^)]{0,40}\))?[- ]+(?:[A-Za-z'’&-]+[- ]+){0,6}?(?:sub-?)?funds?\b", re.IGNORECASE)


# the words one of which every match of _SIZED_FUND_EN holds, in the lowered text ("fund"; see fastre.folded_literals)
_SIZED_FUND_WORDS: Final = folded_literals(_SIZED_FUND_EN)


def _names_sized_fund(sentence: str, language: str) -> bool:
    """True when an English sentence names a fund with its size ("a 5 billion yuan guidance fund")."""
    if language != "en":
        return False
    if not may_hold(sentence, _SIZED_FUND_WORDS):
        return False  # (most sentences name no fund: the scan of the sentence is skipped)
    return _SIZED_FUND_EN.search(sentence) is not None


_BULLETS: Final = frozenset("-*•·–")
_NAMED_PROJECT: Final = re.compile(tg.NAMED_PROJECT_ZH + "$")
_PROJECT_COST_ZH: Final = re.compile(tg.PROJECT_COST_LEAD_ZH + r"\s*[\d.]+\s*(?:万|亿)元")
_NAMED_PROJECT_COST: Final = re.compile(tg.NAMED_PROJECT_ZH + _PROJECT_COST_ZH.pattern)


_COUNTED_GOAL_EN: Final = re.compile(r"\b(?:no fewer than|not fewer than|no less than|at least|more than|over)\s+[\d,]+\s+"
                              r"(?:[\w\-]+\s+){0,4}?(?:enterprises|projects|companies|firms|stations|centres|centers|"
                              r"platforms|parks|bases|scenarios)\b", re.IGNORECASE)


def measure_stage(ctx: DocContext) -> list[Measure]:
    """Policy measures from clauses; plan titles as programs."""
    out: list[Measure] = []
    lang = ctx.language
    title = meas.plan_title(ctx.text, ctx.header.body_start, len(ctx.text), lang)
    if title:
        i = next((k for k, s in enumerate(ctx.sentences) if s.start <= title[0] < s.end), 0)
        if i >= _lead_sentences(ctx):  # (a plan named in the text's opening is what it reports on)
            for m in regions_at(ctx, i, title[0]) if ctx.sentences else [None]:
                name, code = _region_fields(ctx, m)
                out.append(Measure(region=name, region_code=code, kind="program", text=ctx.text[title[0] : title[1]],
                                   span=Span(start=title[0], end=title[1]),
                                   sentence=ctx.sentences[i].text[:MAX_SENTENCE] if ctx.sentences else "",
                                   confidence=_confidence(0.6, m), document_id=ctx.document.id))
    # the items of a line that announces measures ("Measures include:", 主要措施：)
    # (or an English heading of its own line over bullets: "Incentives offered by the park")
    in_measure_list = _list_items(ctx.sentences, lambda s: (_ends_with_colon(s) or (
        lang == "en" and s.heading and len(s.text.split()) <= 8 and not _HEADING_ORDINAL.match(s.text.lstrip())))
        and _MEASURES_INTRO.search(s.text) is not None)
    low = lowered(ctx.text)
    for i, s in enumerate(ctx.sentences):
        # the strings one of which any measure kind needs, in the sentence (passed on to measure_spans, which reads its
        # clauses' kinds from them); a sentence with none yields no measure: each comes from measure_spans on a part of
        # it (a kind needed) or is a named project, a clause that ends in 项目 (checked for apart: from one character
        # before the sentence, as a clause of one character could end in it)
        hits = meas.kind_hits(low, s.start, s.end) if low is not None else None
        if hits is not None and not meas.may_name_kind(hits) and (
                lang != "zh" or ctx.text.find("项目", max(0, s.start - 1), s.end) < 0):
            continue
        # "Measures include A, B and C." lists its measures inline: each clause is an item, as under a colon line
        listed = in_measure_list[i] or (lang == "en" and _MEASURES_INLINE.match(s.text) is not None)
        # 对企业研发投入较上年增长的部分，按10%给予补助: a provision (对…给予), whatever past word its condition holds
        provision = lang == "zh" and _PROVISION_ZH.match(s.text) is not None
        # ("Support measures include a fund set up by the city in 2024, …": a standing list, whatever year an item names)
        standing = lang == "en" and listed and not in_measure_list[i] and not tg.HARD_PAST.test(s.text)
        if i == 0 and (s.heading or _title_line(ctx)):
            continue  # (the title says what the text reports: "Qinghai unveils plan to double clean power capacity")
        # narration is read only for a fund it names with its size (searched for only in sentences narration would skip)
        only_fund = False
        if ctx.hard_past[i] and not provision and not standing:
            if not (i > 0 and _names_sized_fund(s.text, lang)):
                continue
            only_fund = True
        if not provision and (ctx.so_far[i] if len(ctx.so_far) == len(ctx.sentences)
                              else tg.results_so_far(s.text, lang)) and (lang != "zh" or tg.so_far_opens_zh(s.text)):
            # 今年以来，全市共出台…，兑现奖补资金6亿元: this year's record so far, not a measure (a clause of the year so
            # far later in the sentence leaves the measures before it: 县里还建成了…基地，今年前10个月电商销售额达到9.6亿元)
            continue
        # (every _QUESTION_END match holds ?, ？, 请 or 介绍: most sentences are not searched)
        if (("?" in s.text or "？" in s.text or "请" in s.text or "介绍" in s.text) and _QUESTION_END.search(s.text)) \
                or (not listed and _SECTION_HEADING.fullmatch(s.text.strip())):
            continue  # a reporter's question, a numbered section heading ("（二）企业梯度培育行动。")
        if _not_measure_sentence(s.text, s.heading):
            continue  # "Support measures" (a heading), "This briefing summarises …", 据统计…
        if _run_in_heading(ctx, i):
            continue  # "2. Strengthening the industrial chain. Focus on …", ● 深化改革开放。深化…: the title of its item
        imperative = lang == "en" and ctx.tense[i] is None and _IMPERATIVE_EN.match(s.text) is not None
        # 2.鲁氢动力氢燃料电池电堆及系统项目，总投资18亿元: an item of a list of projects, with no tense of its own
        imperative = imperative or (lang == "zh" and ctx.tense[i] is None and "总投资" in s.text
                                    and _NAMED_PROJECT_COST.search(ctx.text, max(0, s.start - 1), s.end) is not None)
        # "- Equipment upgrading: a subsidy of 8% of eligible equipment investment, up to RMB 20 million per project": a
        # bullet that states a grant and its amount, with no tense of its own
        imperative = imperative or (lang == "en" and ctx.tense[i] is None and s.text[:1] in _BULLETS
                                    and (_MONEY_WORD.test(s.text) or "%" in s.text or "percent" in s.text)
                                    and meas.classify(s.text) in ("subsidy", "fund"))
        tense = ctx.tense[i]
        if lang == "en" and tense == "past" and not ctx.hard_past[i] and _MODAL_PROVISION_EN.search(s.text):
            # "Factories that buy locally made robots can claim a subsidy of …": a provision in the present, whatever
            # participle ("made", "brought") read as past
            tense = None
        if not only_fund and tense != "future" and not _ANNOUNCE.test(s.text) and not (
                (listed or imperative) and tense is None) and not provision:
            # narration carries no measure, except policy clauses that grant money or support (对…给予奖励,
            # "we give a one-off reward of …")
            if tense == "past" or not (
                (_GRANT_EN.test(s.text) or _ONGOING_EN.search(s.text) is not None) if lang == "en"
                else (ctx.tense[i] is None or _GRANT_ZH.search(s.text))
            ):
                if not (i > 0 and _names_sized_fund(s.text, lang)):
                    continue
                only_fund = True
        end = min(s.end, s.start + MAX_SENTENCE)
        spans: list[tuple[int, int, MeasureKind]] = []
        condition: int | None = None  # start of a "对…的" / "for ..." condition clause waiting for its measure
        # a condition clause that may stand as a measure of its own (对新引进的项目): read when no measure follows it
        own: tuple[int, int] | None = None
        for a, b in s.clauses:
            if a >= end:
                break
            if ctx.text.startswith(("：", ":"), b) and _ITEM_TITLE.fullmatch(ctx.text, a, b):
                continue  # 1. 落地奖励：固定资产投资…给予奖励: the item's title before its colon, not a measure
            if lang == "zh" and condition is None and ctx.text.find("的", a, min(b, end)) >= 0 and (
                    (ctx.text.find("对", a, a + 8) >= 0 and _CONDITION_CLAUSE_ZH.fullmatch(ctx.text, a, min(b, end)))
                    or (_BENEFICIARY_ZH.fullmatch(ctx.text, a, min(b, end)) and _GRANT_OPEN_ZH.match(ctx.text, b, end))):
                # 对企业实施智能化改造的，按…给予补助 / 对引进的高层次人才，给予… / 固定资产投资5000万元以上的新建工业
                # 项目，按…给予补贴: who qualifies, the opening of the next clause's measure
                condition, own = a, (a, min(b, end))
                continue
            if spans and (_CAP_CLAUSE.match(ctx.text, a, b) or (lang == "zh" and _SERVES_ZH.match(ctx.text, a, b))) \
                    and _CLAUSE_GAP.fullmatch(ctx.text, spans[-1][1], a):
                # "…按12%给予奖补，单个项目最高奖补300万元" (its cap), 建设…公共服务平台，为中小企业提供数字化诊断服务 (what it
                # offers): one measure with the clause before
                pa, _pb, pk = spans[-1]
                spans[-1] = (pa, min(b, end), pk)
                continue
            found = meas.measure_spans(ctx.text, a, min(b, end), lang, listed=listed, hits=hits)
            if not found and lang == "zh" and ctx.text.startswith("项目", b - 2):
                cost = _PROJECT_COST_ZH.match(ctx.text, b, end)
                if cost is not None and _NAMED_PROJECT.search(ctx.text, max(0, a - 1), b):
                    # （二）鹿寨县桂中高性能碳纤维复合材料项目，总投资28亿元: a named project (the cost joins it)
                    spans.append((a, cost.end(), "projects"))
                    continue
            if not found:
                if spans and _AMOUNT_ONLY.fullmatch(ctx.text[a:b]) and spans[-1][2] in ("subsidy", "fund"):
                    pa, _pb, pk = spans[-1]
                    spans[-1] = (pa, b, pk)  # "…给予奖励,最高3000万元": the cap belongs to the measure
                elif lang == "zh" and ctx.text.startswith("对", a):
                    condition = a
                continue
            if only_fund:
                found = [f for f in found if f[2] == "fund" and _SIZED_FUND_EN.search(ctx.text, f[0], f[1])]
            for ma, mb, kind in found:
                if condition is not None:
                    ma, condition, own = condition, None, None
                spans.append((ma, mb, kind))
        if own is not None and condition is not None:
            # 对新引进的项目，前三年免收标准厂房租金: no grant follows, the clause stands alone
            spans.extend(meas.measure_spans(ctx.text, own[0], own[1], lang, listed=listed, hits=hits))
        spans = _merge_program_detail(ctx.text, spans)
        if lang == "en" and len(spans) > 1:
            spans = _merge_apposition_en(ctx.text, spans)
        for ma, mb, kind in spans:
            if title and ma <= title[0] < mb:
                continue
            if _SUMMARY_OBJECT.search(ctx.text, ma, mb):
                continue  # 部署了…的举措: a summary of measures, not one
            if lang == "zh" and ctx.text.startswith("为", ma) and _PURPOSE_ZH.match(ctx.text, ma, mb):
                continue  # 为推动集群由“大”向“强”跃升: the purpose the next clause serves, not a measure of its own
            if lang == "zh" and _RELYING_ONLY.fullmatch(ctx.text, ma, mb):
                continue  # 依托综合性国家科学中心，建设…: what the next clause builds on, not a measure of its own
            if _POLICY_COUNT.search(ctx.text, ma, mb):
                continue  # 全市共出台产业支持政策文件27件, "issued 36 policy documents since 2021": a tally, not a measure
            if _EXISTING.search(ctx.text, ma, mb):
                continue  # "a family of funds that already manages …", 已有的基金: what exists, not a new measure
            if lang == "zh" and kind in _COUNTED_KINDS and _COUNT_GOAL_END.search(ctx.text, ma, mb) \
                    and not _money_zh(ctx.text, ma, mb):
                continue  # 培育领军企业50家以上 / 引进高层次人才3000名: a quantified goal (a target), not a measure
            if _RATE_GOAL_END.test(ctx.text, ma, mb) and not (ctx.text.find("元", ma, mb) >= 0 if lang == "zh" else
                                                                 _MONEY_WORD.test(ctx.text, ma, mb)):
                continue  # 推动…本地化率提高到45%, "lift the local supply rate to 45%": a rate to reach is a target
            if lang == "zh" and kind not in ("subsidy", "fund", "other", "land", "projects") and \
                    _MONEY_GOAL_END_ZH.search(ctx.text, ma, mb):
                continue  # 推动工程机械产业集群产值迈上3000亿元台阶: an output to reach is a target
            if lang == "en" and _COUNT_GOAL_EN.search(ctx.text, ma, mb) and not _MONEY_WORD.test(ctx.text, ma, mb):
                continue  # "aims to host at least 15,000 high-tech enterprises": a quantified goal, not a measure
            if lang == "en" and kind not in ("fund", "subsidy") and (aimed := _AIMED_FIGURE_EN.search(ctx.text, ma, mb)) \
                    and " and " not in ctx.text[ma : aimed.start()] and not _MEASURE_JOINED_EN.search(ctx.text, ma, mb):
                continue  # "the city aims to attract no less than USD 2.5 billion of foreign investment": a target
            amount = None
            unit = None
            finder = find_zh_quantities if lang == "zh" else find_en_quantities
            # a money quantity has a unit with 元 (Chinese) or a currency word or sign (English)
            money = ctx.text.find("元", ma, mb) >= 0 if lang == "zh" else _MONEY_WORD.test(ctx.text, ma, mb)
            for q in finder(ctx.text, ma, mb) if money else ():
                if q.kind == "money" and not q.currency_conversion:
                    amount, unit = q.value, q.unit
                    break
            placed = _placed_zh(ctx, i, ma, mb) if kind in _PLACED_KINDS_ZH else None
            for m in [placed] if placed is not None else regions_at(ctx, i, _after_leading_regions(ctx, i, ma)):
                name, code = _region_fields(ctx, m)
                out.append(Measure(region=name, region_code=code, kind=kind, text=ctx.text[ma:mb],  # type: ignore[arg-type]
                                   amount=amount, amount_unit=unit, span=Span(start=ma, end=mb),
                                   sentence=s.text[:MAX_SENTENCE], confidence=_confidence(0.6, m),
                                   document_id=ctx.document.id))
    if lang == "en":
        # "no fewer than 10 enterprises … shall be cultivated", "start at least 40 chain projects": a counted goal, which
        # the labelled sets give as a target, not as a measure besides
        out = [m for m in out if m.kind in ("fund", "subsidy") or not _COUNTED_GOAL_EN.search(m.text)]
    return _dedupe_measures(out)


# a clause that ends in the level a rate or share is to reach (the labelled sets keep one such row among their
# measures, optional): 覆盖率达到八成, 本地化率提高到45%, "raise the share of … to 30 percent"
# (case-insensitive as a Folded: its scan of the lowered text is led by its first characters, where re.IGNORECASE
# left re no first character to skip to; tested once per measure span)
_RATE_GOAL_END: Final = Folded(r"(?:率|比重|占比|比例)[^，,。；;]{0,8}?(?:\d+(?:\.\d+)?\s*%|百分之[\d一二三四五六七八九十]+|"
                               r"[一二三四五六七八九]成)(?:以上|左右)?\s*$|"
                               r"\b(?:rate|share|ratio|proportion)\b[^,;.]{0,40}?\b(?:to|at|above|over)\s+"
                               r"(?:about |around |at least |more than )?\d+(?:\.\d+)?\s*(?:%|percent)\s*$")
# a clause that ends in the output a cluster or industry is to reach (no labelled measure row does, but for
# grants and project totals): 推动工程机械产业集群产值迈上3000亿元台阶
_MONEY_GOAL_END_ZH: Final = re.compile(r"(?:突破|迈上|迈过|达到|超过|达|提高到|提升至|增长到)[^，,。；;]{0,6}?"
                                r"(?:\d[\d.]*|[一二两三四五六七八九十百千]+)\s*(?:万亿|亿|万)元?(?:台阶|以上|左右)?\s*$")
_SPAN_ZH: Final = re.compile(r"(?:未来|今后)?(?P<n>[2-9]|[两三四五六七八九十])年(?:内|间|时间)")
_SPAN_EN: Final = re.compile(r"\b(?:within|over|in)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?P<n>[2-9]|two|three|four|five|six|seven|eight|"
                      r"nine|ten)\s+years\b", re.IGNORECASE)
_SPAN_N: Final = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "two": 2, "three": 3,
           "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _span_year(ctx: DocContext, ca: int, pos: int, language: str) -> int | None:
    """The year a span of years in ``text[ca:pos]`` ends in (三年内… before a figure, "within three years"
    before or after one in English): the
    period end of the plan the title names when the span reaches it, else the document's year plus the span
    (in Chinese counting the current year, as a 2025—2027 三年行动方案 does); None when there is no span."""
    found = max((_SPAN_ZH if language == "zh" else _SPAN_EN).finditer(ctx.text, ca, pos), key=lambda m: m.start(),
                default=None)
    if found is None or ctx.year is None:
        return None
    raw = found.group("n")
    n = int(raw) if raw.isdigit() else _SPAN_N.get(raw.lower(), 0)
    if n < 2:
        return None
    end = ctx.year + n - 1 if language == "zh" else ctx.year + n
    if ctx.plan_end is not None and ctx.year < ctx.plan_end <= ctx.year + n:
        return ctx.plan_end
    return end


_PLACED_KINDS_ZH: Final = frozenset({"platform", "projects", "cluster", "land"})
_PLACED_OPEN_ZH: Final = re.compile(r"(?:在|于)$")
_PLACED_VERB_ZH: Final = re.compile(r"(?:规划)?(?:建设|布局|打造|新建|建成|设立|谋划)")


# "launched the Taihang Fund, a government-guided fund with a target size of 6 billion yuan": the second names the first
_APPOSED_SAME_EN: Final = re.compile(r",\s*an?\s+(?:[\w\-]+\s+){0,3}?(?P<noun>fund|platform|programme|program|park|zone|centre|center|"
                              r"base|scheme)\b", re.IGNORECASE)


def _merge_apposition_en(text: str, spans: list[tuple[int, int, MeasureKind]]) -> list[tuple[int, int, MeasureKind]]:
    """Join an English measure and the apposition right after it that describes it again ("the X Fund, a
    government-guided fund with …"): one measure, not two."""
    out = [spans[0]]
    for a, b, kind in spans[1:]:
        pa, pb, pk = out[-1]
        m = _APPOSED_SAME_EN.match(text, pb, b)
        if m is not None and pk == kind and m.start() == pb and a <= m.end() and \
                text[pa:pb].lower().rstrip().endswith(m.group("noun").lower()):
            out[-1] = (pa, b, pk)
            continue
        out.append((a, b, kind))
    return out


def _placed_zh(ctx: DocContext, i: int, a: int, b: int) -> Mention | None:
    """在柳江区规划建设低空经济产业园, 在鹿寨县布局固态电池中试线: a Chinese measure that opens by placing what it
    builds in a region below the document's is that region's; None otherwise."""
    if ctx.language != "zh":
        return None
    m = next((m for m in ctx.mentions[i] if a < m.start <= a + 2), None)
    if m is None or not _PLACED_OPEN_ZH.search(ctx.text, a, m.start) or not _PLACED_VERB_ZH.match(ctx.text, m.end):
        return None
    main = ctx.main
    # (a zone the gazetteer does not list, 在柳梧新区规划建设…, is taken to lie in the region the text is about)
    unlisted = m.info.level == "zone" and not m.info.code and not m.info.parent
    if main is not None and (mention_key(m) == mention_key(main) or (main.info.code not in ancestors(m.info)
                                                                     and not unlisted)):
        return None
    return m


def _bracketed_parent(text: str, m: Mention, others: list[Mention]) -> bool:
    """True when ``m`` stands in brackets right after a region it contains ("Yinchuan (Ningxia)", 昆山市（江苏）)."""
    if text[m.start - 1 : m.start] not in ("(", "（") or text[m.end : m.end + 1] not in (")", "）") or not m.info.code:
        return False
    return any(o.end <= m.start - 1 <= o.end + 1 and m.info.code in ancestors(o.info) for o in others)


def _after_leading_regions(ctx: DocContext, i: int, pos: int) -> int:
    """``pos``, or the end of the regions a measure clause opens with (德阳市、自贡市分别围绕…打造…): they are its
    subject, so the measure's regions are read from after them. In English a place word and a possessive
    region may come first ("western Chongqing's Yongchuan District will continue building …")."""
    if ctx.language == "en":
        lead = _EN_SUBJECT_LEAD.match(ctx.text, pos)
        at = lead.end() if lead else pos
        owner = next((m for m in ctx.mentions[i] if m.start == at), None)
        if owner is not None and is_possessive(ctx.text, owner.end):
            after = _POSSESSIVE_END.match(ctx.text, owner.end)
            if after is not None:
                run, end = _mention_run(ctx, i, after.end())
                if run:
                    return end
        if at != pos:
            run, end = _mention_run(ctx, i, at)
            if run:
                return end
    return _mention_run(ctx, i, pos)[1]


_EN_SUBJECT_LEAD: Final = re.compile(rf"(?:the\s+)?{_EN_PLACE_WORD}")
_POSSESSIVE_END: Final = re.compile(r"['’]s\s+")


# a line that announces a list of measures: each item under it is a measure without a verb of its own
# a provision stated as an instruction: "Article 5 (Research) Support key technology projects …", "- Open application
# scenarios in logistics …", "3. Build a shared pilot line …" (a plan's or a policy's own wording, its verb first)
_IMPERATIVE_EN: Final = re.compile(r"\s*(?:Article\s+\d{1,2}\s*(?:\([^()]{1,40}\)\s*)?|[-•*]\s+|\d{1,2}[.)]\s+)?"
                            r"(?:Support|Open|Build|Establish|Set up|Provide|Encourage|Promote|Grant|Give|Launch|Create|"
                            r"Implement|Accelerate|Strengthen|Expand|Improve|Publish|Introduce|Attract|Cultivate|Foster|"
                            r"Reserve|Offer|Organi[sz]e|Carry out|Advance|Deepen|Upgrade|Allocate|Subsidi[sz]e|Reward)"
                            r"\s+(?=[a-z])")
_MEASURES_INTRO: Final = Folded(r"\b(?:measures|steps|incentives|policies|package|policy tools|"
                         # a line that counts the funds its items are ("a parent fund with seven sub-funds, …:")
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:sub-funds|funds))\b|"
                         r"措施|举措|政策")
_MEASURES_INLINE: Final = re.compile(r"\s*(?:(?:the\s+)?(?:main|key|other|support(?:ing)?|policy|new)\s+)?(?:measures|tools|steps|"
                              r"incentives|policies|support)\s+(?:include|includes|included|cover|covers|comprise|"
                              r"comprises|range from)\s+", re.IGNORECASE)
_SHORT_HEADING: Final = re.compile(r"[^\d。.!?！？]{1,40}")
_ARTICLE_TITLE: Final = re.compile(r"Article\s+\d{1,2}[.:]?\s*[A-Z][\w\-]*(?:\s+[\w\-]+){0,4}\.?")
_HEADING_ORDINAL: Final = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[A-H])[.．、]\s+")
_ABOUT_THE_TEXT: Final = Folded(r"^\s*(?:this|the present|our) (?:briefing|brief|note|report|article|paper|section|summary|"
                         r"chapter)\s+(?:summari[sz]es|describes|covers|reviews|lists|sets out|outlines|looks at)\b|"
                         # "The plan covers 12 chains", "The plan is the third of its kind": about the plan, no measure
                         r"^\s*(?:the|this|its) (?:plan|document|package|programme|program)\s+(?:covers|is|was|includes|"
                         r"contains|consists|runs|spans|lists|has)\b|"
                         r"^\s*(?:本文|本报告|本简报|本节)|"
                         # the document's own enactment clauses: 本方案自印发之日起施行, "The following measures are
                         # …", "These Measures are formulated …" (all anchored: one cheap test per sentence)
                         r"^\s*(?:第[一二三四五六七八九十百零〇\d]{1,4}条\s*(?:【[^】]{1,8}】\s*)?)?"
                         r"本(?:行动|实施|工作)?(?:方案|办法|措施|意见|细则|规定|通知|计划|政策)|"
                         r"^\s*the following (?:measures|provisions|policies)\b|"
                         r"^\s*(?:article\s+\d+\s+(?:\([^()]{1,40}\)\s+)?)?(?:these|the present) (?:measures|rules|provisions|regulations|opinions|"
                         r"policies|guidelines)\s+(?:(?:are|were|have been|shall be)\s+(?:formulated|enacted|issued|adopted|"
                         r"drawn up|interpreted)|take effect)\b")
# "…，结合我市实际，制定本方案。", "… are hereby issued": looked for only when 本 / "hereby" occurs
_ENACTED_HERE: Final = re.compile(r"(?:制定|出台|印发)(?:本|以下|如下)(?:行动|实施|工作|政策)?(?:方案|办法|措施|意见|细则|规定|政策|计划)[。.]?\s*$|"
                           # a notice announcing itself: 现就申报…专项资金项目有关事项通知如下
                           r"(?:通知|公告|通告|函告)如下[：:。.]?\s*$|"
                           r"\bhereby\b|"
                           # how the text meets other policies (its clauses on when it applies, 本行动计划自印发之日起
                           # 施行, are _ABOUT_THE_TEXT's): 同一项目不重复享受, 按照就高原则
                           r"不(?:重复|叠加)(?:享受|支持|补助|奖励)|就高(?:不重复|享受)",
                           re.IGNORECASE)
# the same in English: "shall take effect on …", "the higher amount without duplication"
_ENACTED_HERE_EN: Final = re.compile(r"\b(?:(?:shall|will) (?:take effect|come into (?:force|effect))|takes effect)\b|"
                              r"\bthe following (?:measures|provisions|policies|rules) (?:are|have been|were) "
                              r"(?:hereby )?(?:issued|formulated|adopted|enacted)\b|"
                              r"\bremain (?:valid|in (?:force|effect)) until\b|\bwithout duplication\b|"
                              r"\bshall not (?:be )?(?:granted|enjoy\w*|receive\w*) (?:twice|repeatedly)\b")
_STATISTICS_OPEN: Final = re.compile(r"^[^，,。]{0,6}?(?:据(?:初步)?统计|据不完全统计|统计显示|数据显示)")
# (literal-led, fastre.fast: the same matches, found faster; it is only tested for a match, once per measure span)
_SUMMARY_OBJECT: Final = fast(r"(?:了|出)[^，,。；;]{0,24}?(?:的|等|相关)(?:举措|措施|部署|安排)$|"
                              r"\b(?:targets|priorities|goals) and (?:\d+ |\w+ )?(?:support |policy )?measures\b")


def _lead_sentences(ctx: DocContext) -> int:
    """How many sentences open the text (its title line and the first sentence after it): a plan named
    there is what the text reports on or is (近日，X印发《…行动方案》 / "Wuxi published its Action Plan for …"),
    not one of the measures it lists."""
    if not ctx.sentences:
        return 0
    first_line = ctx.sentences[0].line
    k = next((j for j, s in enumerate(ctx.sentences) if s.line != first_line), len(ctx.sentences))
    return k + 1


def _title_line(ctx: DocContext) -> bool:
    """True when the text's first sentence is a short line of its own without closing punctuation (a headline;
    not a first paragraph whose line was broken, as a long Chinese line is)."""
    first = ctx.sentences[0]
    alone = len(ctx.sentences) == 1 or ctx.sentences[1].line != first.line
    short = len(first.text) <= (60 if ctx.language == "zh" else 200)
    return alone and short and first.text.rstrip()[-1:] not in _SENTENCE_END


_RELYING_ONLY: Final = re.compile(r"[^，,。；;]{0,8}?(?:将|要|可)?依托(?:(?!建设|打造|建成|发展|培育|布局|推进|实施|设立|开展|组建|创建|"
                           r"引进|支持|突破|形成|做强|壮大|加快|深化|扩大|推动|提升|打通)[^，,。；;]){2,40}")
_POLICY_COUNT: Final = Folded(r"(?:政策|文件|措施|办法)[^，,。；;]{0,4}?(?:\d+|[一二两三四五六七八九十百]{1,3})(?:份|件|部|个)|"
                       r"\b(?:issued|released|introduced|rolled out|published|unveiled)\b[^.;]{0,30}?\b\d+\s+(?:[\w\-]+\s+){0,2}"
                       r"(?:policy documents|documents|policies)\b")
_EXISTING: Final = Folded(r"\balready\b|已有|已经|"
                   # …产业集群成功入选…培育名单: won before, a result (a fund 已设立 stays: writers list it as a measure)
                   r"成功(?:入选|获批|创建)")
# measure kinds whose Chinese clause, ending in how many (…项目30个左右, 新建…基地10个), is a counted goal and so a target
# only: no measure row of the dev corpus ends in a count, nor do the newest writers' (batches 26-27); English
# clauses are read so whatever their kind (_COUNT_GOAL_EN)
_COUNTED_KINDS: Final = frozenset({"enterprise", "talent", "projects", "platform", "cluster", "program", "innovation support",
                            "opening"})
_COUNT_GOAL_EN: Final = Folded(r"\b(?:at least|no fewer than|more than|over|around|about|some)\s+[\d,]+\s+(?!percent|per cent)"
                        r"(?:[\w\-\"“”']+\s+){0,5}?"
                        r"(?:enterprises|companies|firms|platforms|projects|parks|events|cent(?:er|re)s|zones|bases|"
                        r"factories|scenarios|talents|engineers|scientists)\b")
# a goal's verb and the figure it aims at, in one clause: "aims to attract more than USD 2 billion of …", "aims to have at
# least 10 national-level clusters", "aims to lift biomanufacturing output to more than 100 billion yuan"
_AIMED_FIGURE_EN: Final = Folded(r"\b(?:aims?|aiming|targets?|targeting|wants|seeks|hopes)\s+(?:to\s+)?[^.;,]{0,80}?"
                          r"\b(?:no (?:fewer|less) than|not (?:fewer|less) than|at least|more than|over|around|about|"
                          r"some|to|past|above|exceeding)\s+(?:rmb\s*|cny\s*|usd\s*|us\$\s*|\$\s*)?\d")
# (not when a measure is joined to the goal: "aims to lift … to 200 billion yuan by 2027 and will set up a pilot …")
_MEASURE_JOINED_EN: Final = re.compile(r"\b(?:and|while|but)\s+(?:also\s+)?(?:will|is|are|has|have|plans|plans to|to)\s+"
                                r"(?:also\s+)?(?:build|building|set|setting|launch|launching|establish|establishing|create|"
                                r"creating|open|opening|introduce|introducing|develop|developing|host|be\b)|"
                                r"\bwill\s+(?:also\s+)?(?:build|set up|launch|establish|create|open|introduce)\b", re.IGNORECASE)
_COUNT_GOAL_END: Final = re.compile(r"[\u4e00-\u9fff]\d[\d,.]*(?:万)?(?:家|个|项|名|套|座|所|批|场|次)(?:以上|左右|及以上)?[。；;]?$")
_PROGRAM_GAP: Final = re.compile(r"\s*[，,]\s*")
_SIZE_CLASS_ZH: Final = re.compile(r"元(?:及|或)?以上" + tg.SIZE_CLASS_NOUN_ZH)


def _money_zh(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names a sum of money: a 元 that is not a size class of the projects or
    firms it counts (引进亿元以上项目80个 counts projects; 设立10亿元基金 is money)."""
    at = text.find("元", start, end)
    while at >= 0:
        if _SIZE_CLASS_ZH.match(text, at, end) is None:
            return True
        at = text.find("元", at + 1, end)
    return False


# a clause that runs a named programme: (深入)实施“X”人才计划, 启动…工程
_PROGRAM_CLAUSE_ZH: Final = re.compile(r"\s*(?:深入|继续|全面)?(?:实施|启动|推进|开展)[^，,。；;]{0,30}?(?:计划|工程|行动)[”\"’》]?\s*")


def _merge_program_detail(text: str, spans: list[tuple[int, int, MeasureKind]]) -> list[tuple[int, int, MeasureKind]]:
    """实施“X”计划，对…给予最高N万元资助: the grant clause right after a programme is that programme's
    detail, one measure (the programme's), not two."""
    out: list[tuple[int, int, MeasureKind]] = []
    for a, b, kind in spans:
        if out and (out[-1][2] == "program" or _PROGRAM_CLAUSE_ZH.fullmatch(text, out[-1][0], out[-1][1])) \
                and kind in ("subsidy", "talent", "other") and text.startswith("对", a) \
                and _PROGRAM_GAP.fullmatch(text, out[-1][1], a):
            out[-1] = (out[-1][0], b, out[-1][2])  # (实施“新材智汇”人才计划: a talent programme keeps its kind)
            continue
        out.append((a, b, kind))
    return out


_ITEM_MARK: Final = re.compile(r"\s*(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、要是]|\d{1,2}[.．、)]|"
                        r"第[一二三四五六七八九十百]{1,4}条|"
                        r"[●•·▪■◆○◇►\-–—*])\s*")


# an item's title before its colon: "1. 落地奖励", "（三）基金赋能", "2. Land" (a mark and a few words, no comma)
_ITEM_TITLE: Final = re.compile(r"\s*(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、)]|[-•*·–])"
                         r"\s*(?:[^，,；;。：:\s]{1,8}|[A-Za-z][\w-]*(?: [\w-]+){0,3})\s*")
# an item's title inside a line of items: 二是支持集群项目建设。(short, no comma, and more of the item after it)
_INLINE_ITEM_TITLE: Final = re.compile(r"[一二三四五六七八九十]{1,2}是[^，,；;、。]{2,12}[。.]?")


def _run_in_heading(ctx: DocContext, i: int) -> bool:
    """A list item's run-in title: a short first sentence of its line, opened by an ordinal or a bullet and
    followed by more text on the same line (at most 16 characters of Chinese, 6 English words, no comma)."""
    s = ctx.sentences[i]
    if i + 1 >= len(ctx.sentences) or ctx.sentences[i + 1].line != s.line:
        return False
    if i > 0 and ctx.sentences[i - 1].line == s.line:
        prev = ctx.sentences[i - 1]
        inline = _INLINE_ITEM_TITLE.fullmatch(s.text.strip())
        if inline is not None:
            return True  # 一是加大资金支持。省级设立…。二是支持集群项目建设。对纳入…: each item's title, in one line
        # "2. Strengthening …" read as two sentences, "2." and the title: the ordinal opens the line
        if (i > 1 and ctx.sentences[i - 2].line == s.line) or not _ITEM_MARK.fullmatch(prev.text):
            return False
        lead = 0
    else:
        mark = _ITEM_MARK.match(s.text)
        if mark is None:
            return False
        lead = mark.end()
    title = s.text[lead:].strip().rstrip("。.:：")
    if not title or any(c in title for c in ",，;；、"):
        return False
    return len(title.split()) <= 6 if title.isascii() else len(title) <= 16


def _not_measure_sentence(text: str, heading: bool) -> bool:
    """A sentence that cannot hold a measure: a short heading line ("Support measures", 保障措施), a sentence
    about the text itself ("This briefing summarises …"), a statistics report (据统计，今年全市共出台…)."""
    t = text.strip()
    if heading:
        t = _HEADING_ORDINAL.sub("", t, count=1)  # "V. Supporting policies", "3. Support measures"
    if heading and _SHORT_HEADING.fullmatch(t) and (len(t) <= 6 if not t.isascii() else len(t.split()) <= 5):
        return True
    if t.startswith("Article") and _ARTICLE_TITLE.fullmatch(t) is not None:
        return True  # "Article 5 Industry fund.": an article's title, its measure follows
    if ("本" in t or "以下" in t or "如下" in t or "ereby" in t or "重复" in t or "叠加" in t or "就高" in t) \
            and _ENACTED_HERE.search(t):
        return True
    # (every _ENACTED_HERE_EN match holds one of these words: "take effect", "come into force", "the following measures
    # are issued", "remain valid until", "without duplication", "shall not be granted twice")
    if t.isascii() and ("effect" in t or "force" in t or "the following" in t or "until" in t or "duplication" in t
                        or "shall not" in t) and _ENACTED_HERE_EN.search(t):
        return True
    if ("出席" in t or "请" in t) and _PRESSER_FRAME.search(t):
        return True
    if "召开" in t and _MEETING_HELD.match(t):
        return True  # 柳州市召开…“链长制”工作推进会: the report of a meeting (not 每季度召开一次…, a standing mechanism)
    # (every alternative of _ABOUT_THE_TEXT is anchored at the start: match finds what search does, without trying
    # every later position)
    return _ABOUT_THE_TEXT.match(t) is not None or bool(_STATISTICS_OPEN.search(t))


# a press conference's frame, not its content: who attends (…局长韩晓蓓、…区长吴德川出席发布会) and the host's turns
# (请韩晓蓓副局长介绍政策支持方面的内容)
_PRESSER_FRAME: Final = re.compile(r"出席(?:本次|今天的?)?(?:新闻)?发布会|出席会议并|^\s*(?:主持人[:：]\s*)?(?:下面|接下来|首先)?[，,]?请"
                            r"[^，,。；;]{1,16}?(?:介绍|回答|发布|解读|作答)")


_MEETING_HELD: Final = re.compile(r"(?:[^，,。；;每定]{1,8}[，,])?[^，,。；;每定]{0,30}?召开[^，,。；;]{0,40}?(?:会议|推进会|座谈会|现场会|工作会|大会|全会)")


_COORDINATED: Final = re.compile(r"\s*(?:and|和|与|及)\s*", re.IGNORECASE)
_RESPECTIVELY: Final = Folded(r"分别|\brespectively\b")
_RESPECTIVE_GAP: Final = re.compile(r"、|和|与|及|\s*,\s*|,?\s+and\s+")


def _respective_owner(ctx: DocContext, i: int, q: Quantity, kept: list[Quantity]) -> Mention | None:
    """The region a figure of a "respectively" series belongs to when the sentence's regions are not its
    subjects (推动长春市、吉林市…产值到2027年分别达到三千亿元和一千二百亿元, "lift output in A and B to X and Y
    yuan respectively"): the last run of two or more regions joined by 、/和/and before the series, paired in
    order with the series' figures of the same kind, when the counts agree; None otherwise."""
    series = [k for k in kept if k.kind == q.kind]
    if len(series) < 2 or q not in series:
        return None
    ms = [m for m in ctx.mentions[i] if m.end <= series[0].start]
    run: list[Mention] = []
    for m in reversed(ms):
        if run and not _RESPECTIVE_GAP.fullmatch(ctx.text, m.end, run[0].start):
            break
        run.insert(0, m)
    if len(run) != len(series) or len({mention_key(m) for m in run}) != len(run):
        return None
    return run[series.index(q)]
_QUESTION_END: Final = re.compile(r"[？?][”\"’']?\s*$|^[^。]{0,16}?(?:请问|请介绍|请谈谈|请具体介绍|能否介绍|可否介绍)")
_SECTION_HEADING: Final = re.compile(r"(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*"
                              r"[^，,；;：:。.\d]{2,16}[。.]?")
# a clause that caps the grant before it (单个项目最高奖补300万元, 每家企业最高不超过500万元, "capped at 5 million yuan
# per company"): the labelled sets keep a cap in its measure's row (43 rows, none alone)
_CAP_CLAUSE: Final = re.compile(r"\s*(?:(?:单个|每个|单家|每家|单项|每项|单笔|每笔|单一)[\u4e00-\u9fff]{0,6}?)?(?:最高|最多|上限|不超过)|"
                         r"\s*(?:capped at|up to a (?:maximum|total) of|with a (?:cap|ceiling|maximum) of)\b|"
                         r"\s*(?:up to|no more than|at most) (?=[\d$¥€])", re.IGNORECASE)
_SERVES_ZH: Final = re.compile(r"\s*(?:为|向)[^，,。；;]{1,16}?提供")
# the number an item or article opens with (1. / 第二条), before a condition or beneficiary clause
_ITEM_NUMBER_ZH: Final = r"\s*(?:\d{1,2}[.．、]\s*|第[一二三四五六七八九十]{1,3}条\s*)?"
_CONDITION_CLAUSE_ZH: Final = re.compile(_ITEM_NUMBER_ZH + r"(?:今年|明年|同时|此外|另外|其中|[一二三四五六七八九十]是)?对[^，,。；;]{2,40}的"
                                  r"(?:[^，,。；;]{0,16}?(?:人才|团队|企业|项目|平台|机构|单位|产品|航线|总部))?\s*[，,]?")
# who a grant goes to, named with no 对 (固定资产投资5000万元以上的新建工业项目，按…给予补贴): a noun phrase in 的 ending in
# the kind of beneficiary, before a clause that grants
_BENEFICIARY_ZH: Final = re.compile(_ITEM_NUMBER_ZH + r"[^，,。；;]{2,40}的[\u4e00-\u9fff]{0,8}(?:项目|企业|人才|团队|机构|单位|总部)\s*[，,]?")
# (or a rate per unit: 每引进1家奖励20万元)
_GRANT_OPEN_ZH: Final = re.compile(r"[，,]?\s*(?:按|给予|一次性给予|奖励|补助|最高给予|最高奖励|每[^，,。；;]{1,8}?(?:奖励|补助|补贴|给予))")
_CLAUSE_GAP: Final = re.compile(r"\s*[，,]\s*")
_AMOUNT_ONLY: Final = re.compile(r"[^，,。；;]{0,16}?(?:最高|最多|不超过|up to)[^，,。；;]{0,12}?\d[\d.,]*\s*(?:亿|万)?元?|"
                          r"[^，,。；;]{0,16}?\d[\d.,]*(?:亿|万)元")


def _dedupe_measures(measures: list[Measure]) -> list[Measure]:
    """Drop a measure whose words repeat an earlier one of the same region (a text printed twice,
    a plan named again): the same word set anywhere before, or 70 % overlap with one of the
    previous 30 measures (a window, so that long documents stay linear)."""
    kept: list[Measure] = []
    exact: set[tuple[str | None, frozenset[str]]] = set()
    recent: list[tuple[str | None, set[str]]] = []  # (region, words)
    for m in measures:
        w = words(m.text)
        key = m.region_code or m.region
        fw = (key, frozenset(w))
        if fw in exact or (w and _overlaps(key, w, recent)):
            continue
        exact.add(fw)
        recent.append((key, w))
        del recent[:-30]
        kept.append(m)
    return kept


def _overlaps(key: str | None, w: set[str], recent: list[tuple[str | None, set[str]]]) -> bool:
    """Whether a recent word set of the same region shares 70 % of the union with ``w``:
    ``len(w & v) >= 0.7 * len(w | v)``, with the union's size counted (``len(w) + len(v) - len(w & v)``, the same
    integer) instead of built, and a pair whose sizes differ too much skipped before intersecting: the common part is
    at most the smaller size and the union at least the larger, so when ``min < 0.7 * max`` the test fails."""
    n = len(w)
    for k, v in recent:
        if k != key:
            continue
        nv = len(v)
        if n <= nv:
            if n < 0.7 * nv:
                continue
        elif nv < 0.7 * n:
            continue
        common = len(w & v)
        if common >= 0.7 * (n + nv - common):
            return True
    return False


# ---------------------------------------------------------------- the pipeline
@dataclass
class RuleExtractor:
    """The built-in extractor: rules over sentences, gazetteers and number grammars (zh and en)."""

    name: str = EXTRACTOR_NAME
    segmenter: Segmenter = segment_stage
    region_tagger: RegionTagger = region_stage
    priorities: PriorityExtractor = priority_stage
    targets: TargetExtractor = target_stage
    measures: MeasureExtractor = measure_stage
    drop_regionless: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    def context(self, document: Document, *, year: int | None = None, text: str | None = None) -> DocContext:
        """Build the shared context (header, language, sentences, regions, tense) of a document.

        ``year`` is the document's year when only the year is known (no full date); ``text`` the
        original text when it differs from ``document.text`` (the model strips surrounding
        whitespace; spans are relative to the original)."""
        text = document.text if text is None else text
        header = parse_header(text)
        if year is None:
            year = document.date.year if document.date else header.year
        ctx = DocContext(document=document, text=text, language=document.language, header=header, year=year)
        self.segmenter(ctx)
        self.region_tagger(ctx)
        tense_stage(ctx)
        return ctx

    def extract(self, document: Document, *, year: int | None = None, text: str | None = None) -> Roadmap:
        """Read one document into a roadmap (``year``: the document's year when its date is unknown;
        ``text``: the original text, see :meth:`context`)."""
        # Python's cyclic garbage collector is paused while one document is read, and restored after: reading a long
        # document keeps tens of thousands of small objects alive (sentences, mentions, matches, facts) and builds
        # no reference cycles that need collecting; with the collector on, its passes over that growing heap (and
        # over the gazetteers) made 1 MB documents 1.15-1.45x slower (``bench_extract.py --mb 8``). Everything is
        # still freed by reference counting; a collector that the caller had switched off stays off. (Written out:
        # a contextlib.contextmanager cost about 0.35 % of the compiled build's time, on a corpus of 2 kB texts.)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._extract(document, year=year, text=text)
        finally:
            if was_enabled:
                gc.enable()

    def _extract(self, document: Document, *, year: int | None, text: str | None) -> Roadmap:
        ctx = self.context(document, year=year, text=text)
        pr = self.priorities(ctx)
        ta = self.targets(ctx)
        pr = pr + metric_priorities(ctx, ta, pr)
        me = self.measures(ctx)
        seen_regions = [m for ms in ctx.mentions for m in ms]
        cut = _boilerplate_start(ctx.text) if ctx.language == "en" else None
        if cut is not None:
            pr = [p for p in pr if p.span.start < cut]
            ta = [t for t in ta if t.span.start < cut]
            me = [m for m in me if m.span.start < cut]
        if self.drop_regionless and seen_regions:
            pr = [p for p in pr if p.region is not None]
            ta = [t for t in ta if t.region is not None]
            me = [m for m in me if m.region is not None]
        regions: list[RegionMention] = []
        done: set[str] = set()
        for m in seen_regions:
            key = mention_key(m)
            if key in done:
                continue
            done.add(key)
            regions.append(RegionMention(name=display_name(m.info, ctx.language, m.surface), code=m.info.code or None,
                                         name_en=m.info.name_en or None, span=Span(start=m.start, end=m.end)))
        return Roadmap(document=document, regions=tuple(regions), priorities=tuple(pr), targets=tuple(ta),
                       measures=tuple(me), extractor=self.name, extractor_version=__version__)


# a press release's closing "About Quanzhou" / "About YEDA" section: who the issuer is, not what it plans
_ABOUT_HEADING_EN: Final = re.compile(r"\n[ \t]*About (?:the )?[A-Z][^\n.!?:;,]{1,60}[ \t]*\n")


# a section about a topic of the release, not about its issuer: "About Qujing's new energy battery industry"
_ABOUT_TOPIC_EN: Final = re.compile(r"['’]s\s|\b(?:industry|industries|sector|plan|project|projects|cluster|programme|program)\s*$",
                             re.IGNORECASE)


def _boilerplate_start(text: str) -> int | None:
    """Where an English press release's "About <issuer>" section starts (a line of its own after the body),
    else None: facts from there on describe the issuer and are not read as its plans."""
    if "About " not in text:
        return None
    for m in _ABOUT_HEADING_EN.finditer(text, len(text) // 3):
        if not _ABOUT_TOPIC_EN.search(m.group()):
            return m.start()
    return None


_RX_COERCE_DATE_1: Final = re.compile(r"(19|20)\d\d")


def _coerce_date(date: dt.date | str | int | None) -> tuple[dt.date | None, int | None]:
    if date is None:
        return None, None
    if isinstance(date, dt.date):
        return date, date.year
    if isinstance(date, int):
        return None, date
    s = str(date).strip()
    try:
        d = dt.date.fromisoformat(s[:10])
        return d, d.year
    except ValueError:
        m = _RX_COERCE_DATE_1.match(s)
        return None, int(m.group()) if m else None


_NAME_DATE: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def _date_in_name(name: str) -> dt.date | None:
    """The date a file name spells as YYYYMMDD or YYYY-MM-DD (the last one when several), else None: a text
    with no dated header of its own is dated by its name (``zh02_sichuan_conference_20241216.txt``)."""
    found = None
    for m in _NAME_DATE.finditer(name):
        try:
            found = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return found


_DEFAULT: Final = RuleExtractor()


def extract(
    text: str,
    *,
    language: str | None = None,
    date: dt.date | str | int | None = None,
    name: str = "document.txt",
    source: str | None = None,
    extractor: RuleExtractor | None = None,
) -> Roadmap:
    """Extract regions, priorities, targets and measures from a policy text (Chinese or English).

    ``text`` may start with the corpus header (source address line, date line); it is
    detected, its date used, and spans stay relative to ``text`` as given (header and
    leading whitespace included; ``Roadmap.document.text`` is stripped by the model). ``date``
    (a date, ISO string or year) overrides the header's; a text with neither is dated by a date its
    ``name`` spells (``…_20241216.txt``). The date resolves "this year" / 今年 and "next year" / 明年
    and tells past results from targets.
    """
    text = text if isinstance(text, str) else str(text)
    text = text.replace("\x00", " ")
    header = parse_header(text)
    d, year = _coerce_date(date)
    if d is None and year is None:
        d, year = header.date, header.year
    if d is None and year is None:
        d = _date_in_name(name)  # zh02_sichuan_econ_work_conference_20241216.txt: the file's own date
        year = d.year if d is not None else None
    lang: Language = "zh" if language == "zh" else "en"
    if language not in ("zh", "en"):
        lang = "zh" if detect_language(text[header.body_start :]) == "zh" else "en"
    doc_id = hashlib.sha1(f"{name}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
    document = Document(id=doc_id, name=name, language=lang, text=text, date=d, source=source or header.source)
    ex = extractor or _DEFAULT
    return ex.extract(document, year=year, text=text)


# patterns that rarely match and scan slowly: pre-tested for their words (exact; see fastre.Folded.use_gate)
# (not _ANY_WHOLE_AREA: literal-led, it scans a sentence faster than the gate does)
_ANNOUNCE.use_gate()
