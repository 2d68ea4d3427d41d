"""Priority industries: lists of industry phrases in Chinese and English sentences.

A priority is an industry phrase inside a *list construction* that a policy text
uses to declare what it will develop:

* Chinese enumerations joined by 、 (和/及 join the last item), introduced by a
  cue verb (聚焦, 重点发展, 培育壮大, 前瞻布局, 做大做强 ...) and/or closed by a
  label (``等未来产业``, ``等7个重点领域``, ``4个千亿级产业集群``, ``等一批产业集群``);
  several lists may share one clause (``A、B等7个重点领域和C、D等N个兼顾发展领域``);
  numbered items (一是…二是…) are separate clauses;
* English lists after a label (``emerging industries, such as``, ``future industries
  like``, ``ten key industries --``, ``pioneering industries of``) or after a cue
  (``focus on``, ``such as``, ``including``, ``gaps in``, ``policies for``), items
  split at commas and ``and`` ("X and Y industries" gives X and Y).

Items must look like industries: they contain an industry head word (a small
general vocabulary of sector nouns, not phrases from any corpus) unless the list
carries an explicit industry label, and they are not organisations, places or
platforms. Tiers come from :mod:`indupath.extract.tiers`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import ahocorasick

from indupath.model import Tier

from . import cache, fastre
from .fastre import Folded, fast
from .measures import ACTION_EN, ACTION_ZH
from .tiers import convention_tier, label_tier

# ---------------------------------------------------------------- vocabulary (general sector nouns)
ZH_HEADS: Final = fast(
    "产业|制造|材料|能源|汽车|装备|技术|信息|智能|生物|医药|医疗|健康|航空|航天|机器人|芯片|半导体|集成电路|储能|光伏|"
    "风电|氢能|算力|软件|经济|电子|通信|网络|量子|元宇宙|科技|农业|旅游|物流|纺织|钢铁|化工|石化|食品|服装|机械|机床|"
    "无人机|电池|锂|显示|光学|光电|电力|煤|油气|金融|服务|文化|治疗|器械|药|铝|硅|铜|陶瓷|船舶|海洋|空天|卫星|互联网|"
    "数据|区块链|人工智能|新能源|新材料|消费品|低空|家电|建材|石油|天然气|稀土|有色|冶金|数字|中医|网联|交通|轨道|环保|"
    "节能|传感|仪器|种业|畜牧|茶|文旅|康养|大健康|商贸|电商|创意|设计|光子|纳米|微纳|柔性|视觉|脑机|生命|基因|细胞|"
    "聚变|核能|核电|合成|通用|未来网络|检测|工业|加工|家居|家具|轻工|鞋|服饰|果|蔬|花卉|水产|养殖|中药|疫苗|诊断|动力|"
    "工程|精细|新型|智造|影视|体育|养老|航运|港口|物联网|云计算|计算|大数据|5G|6G|飞机|发动机|接口|发电|蓄能|OLED|LED|"
    "树脂|塑料|橡胶|纤维|涂料|薄膜|整机|电机|飞行器|航空器|直升机|氢|终端|零部件|传感器|模组|北斗|信创|医美|激光|遥感|金属|物联"
)
EN_HEADS: Final = Folded(
    r"\b(?:industry|industries|manufactur\w*|materials?|energy|vehicles?|equipment|technolog\w*|information|intelligen\w*|"
    r"biolog\w*|bio\w*|medic\w*|health\w*|pharma\w*|aerospace|aviation|robot\w*|chips?|semiconductors?|"
    r"integrated circuits?|storage|photovoltaics?|solar|wind|hydrogen|computing|software|economy|electronics?|"
    r"communications?|networks?|quantum|metaverse|agricultur\w*|tourism|logistics|textiles?|steel|chemicals?|"
    r"petrochemicals?|mining|food|clothing|eyewear|machinery|machine tools|drones?|batter(?:y|ies)|lithium|"
    r"displays?|optics?|optoelectronics|photonics|power|coal|oil|gas|finance|financial|services|culture|"
    r"exploration|therap\w*|interfaces?|imaging|drugs?|devices|instruments|alumin\w*|silicon|copper|ceramics?|"
    r"maglev|trains?|shipbuilding|ships?|marine|ocean|space|satellites?|internet|data|cloud|blockchain|AI|"
    r"consumer goods|autonomous driving|wearables?|production|processing|products|fruits|vegetables|flowers|tea|autos?|"
    r"automobiles?|automotive|low-altitude|[56]G|genes?|cells?|brain\w*|photonic|nano\w*|fusion|nuclear|"
    r"engineering|sensors?|equipments?|apparel|garments?|furniture|furnishings|appliances|aircraft|engines?|fibers?|"
    r"fibres?|polymers?|textile|sports|media|gaming|entertainment|e-commerce|commerce|trade|retail|"
    r"pharmaceuticals?|biomedicine|biotech\w*|vaccines?|diagnostics|healthcare|crops?|seeds?|livestock|"
    r"fisher\w*|forestry|construction|cars|new energy|IoT|internet of things|metals?|metallurgy|(?:ferro)?alloys?|"
    r"footwear|shoes|paper|toys|jewell?ery|stationery|leather|glass|cement|rubber|plastics|hardware|cosmetics|"
    r"packaging|printing|timber|bamboo|silk|cashmere|wool|dairy|beverages?|alloys?|fertili[sz]ers?|foods|liquor|"
    r"spirits|wines?|baijiu|tobacco|lidars?|smelting|coking|refining|forging|foundry|foundries|terminals?|grids?|"
    r"graphene|reality|lasers?|cybersecurity)\b",
)
_ZH_HEAD_END: Final = re.compile("(?:" + fastre.REWRITTEN.get(ZH_HEADS.pattern, ZH_HEADS.pattern) + ")$")
_ZH_ORG_END: Final = re.compile(r"(?:集团|公司|企业|大学|学院|医学院|研究院|研究所|院|中心|基地|平台|园区|园|实验室|项目|工程|工厂|"
                         r"机场|电厂|灌区|高铁|会议|部门|单位|高校|区|县|市|省|镇|村|方面|行动|活动|工作|任务|机制|体系|"
                         r"指标|目标|政策|措施|举措|路线|线路|规模|能力|水平|竞争力|效益|质量|体系|生态|环境|格局|能级|优势|作用|"
                         r"向好|繁荣|引领|赋能|成势|提升|跃升|突破|增长|发展)$")


def _org_like(phrase: str) -> re.Match[str] | None:
    """The end of ``phrase`` that names an organisation, a facility or an abstract (…中心, …基地, …体系), unless the
    vocabulary lists the phrase itself as an industry (数据中心, 智算中心, 虚拟电厂)."""
    m = _ZH_ORG_END.search(phrase)
    return m if m is None or not known_industry(phrase) else None


_EN_PLATFORM_END: Final = Folded(
    r"\b(?:platforms?|cent(?:er|re)s?|bases?|parks?|zones?|labs?|laborator\w*|hubs?|funds?|plans?|systems?|"
    r"mechanisms?|corridors?|city|cities|stations?|projects?|programs?|programmes?|companies|company|enterprises?|"
    r"firms?|universit\w*|institutes?|schools?|conferences?|policies|policy|measures?|reforms?|routes?|"
    r"towns?|counties|areas|regions?|province|provinces|goals?|targets?|tasks?|actions?|efforts?|capacity|"
    r"scenarios?|applications?|output|revenue|value|growth|development|investment|market|markets|components|"
    r"makers?|producers?|suppliers?|developers?|operators?|manufacturers?|"
    # a facility built, not an industry: "a bio-based nylon plant", "an electronic-grade solvent line"
    r"plants?|factor(?:y|ies)|facilit(?:y|ies)|mills?|lines?)$",
)

_ZH_LABEL: Final = re.compile(
    r"(?:等(?P<count>\d+|[一二两三四五六七八九十]+|N|n)?(?P<cl>个|大|类|条|项)?|这些|这(?:几|两|[三四五六七八九十]{1,2}|\d{1,2})[个大类]|"
    r"(?P<count2>\d+|[一二两三四五六七八九十]+|N|n)(?P<cl2>个|大|类|条|项))(?P<batch>一批)?"
    r"(?P<label>[^、，,。；;：:和及与等]{0,10}?(?:产业集群|产业链条|产业链|主链|产业|制造业(?!集群|产业|链|基地)|领域|方向|行业|集群|赛道|板块|方面|区域|企业|"
    r"新质生产力|增长点|新动能|"
    r"行动|工程|项目|举措|任务|环节|技术|产品))"
)
_ZH_PAIR: Final = re.compile(
    r"(?:重点发展|大力发展|加快发展|培育发展|培育壮大|发展壮大|做大做强|前瞻布局|布局|聚焦|培育|发展|壮大|打造|推动|促进)"
    r"(?P<x>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:和|及|与|以及)(?P<y>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
    r"(?P<label>(?:等)?(?:[两二三四五六七八九十\d]{1,2}[个大类])?(?:世界级|国家级|国际级|省级|[千万百]亿级)?"
    r"(?:战略性新兴|新兴|未来|传统|优势|主导|支柱)?(?:产业集群|产业|行业))"  # (两个…产业: the count is the label's)
)
_ZH_SECTOR_SUFFIX: Final = re.compile(r"(?:服务业|制造业|产业|工业)$")
_ZH_SINGLE: Final = re.compile(
    r"[^，,。；;：:、]{0,8}?(?:重点发展|大力发展|加快发展|培育壮大|发展壮大|做大做强|做强做优|做优做强|聚焦|做优|做强|做精|"
    # a region's own plan: 岳阳市将发展石化新材料产业 (将/要 before a plain 发展)
    r"(?<=将)发展|(?<=要)发展|着力发展|积极发展)"
    r"(?P<x>[\u4e00-\u9fff]{2,10}(?:服务业|制造业|产业|工业))[。；;]?"
)
_ZH_INDUSTRY_LABEL: Final = fast(r"产业集群|产业链条|产业链|主链|产业|制造业|领域|方向|行业|集群|赛道|板块|新质生产力|增长点|新动能")
_ZH_CUE: Final = fast(
    r"(?:聚焦|重点发展|发展壮大|大力发展|加快发展|培育发展|发展|培育壮大|培育|壮大|做大做强|做强做优|做优做强|做强|做大|做优|做精|"
    r"前瞻布局|谋划布局|超前布局|布局|谋划|打造|围绕|紧扣|紧盯|锚定|巩固提升|改造提升|提升|形成|涵盖|包括|主攻|瞄准|深耕|抢占|抢抓|抢滩|"
    r"进军|发力|聚力|加速|突出|在|推动|推进|加快|支持|重点突破|重点|点名|列出|明确|提出|涉及|指(?!导|出|引|挥|标|数|南)|即|"
    # the weak links a plan fills: 补齐动力电池、驱动电机等关键零部件短板
    r"补齐|补强)"
)
# a strong cue before a list closed by 等关键环节 / 等产品: the parts are the industries it backs
_ZH_STRONG_CUE: Final = fast(r"重点发展|大力发展|加快发展|培育发展|培育壮大|发展壮大|做大做强|做强做优|做优做强|做强|前瞻布局|超前布局|"
                      r"重点突破|主攻|聚焦|补齐|补强")
_ZH_PART_LABEL: Final = re.compile(r"等(?:关键|核心|重点|主要|高端|优势|拳头)?(?:环节|产品|零部件)")
_ZH_LEAD: Final = re.compile(r"(?:对于|在|[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|\d+[.、．]|"
                      r"和|及|以及|与|并|同时|还|将|把|要|也|是|重点|加快|大力|积极|着力|全力|持续|进一步|围绕|推动|推进|构建|支持|"
                      r"巩固提升|改造提升|发展壮大|培育壮大|做大做强|前瞻布局|谋划布局|谋划|重点发展|加快发展|培育|壮大|"
                      r"发展|布局|打造|聚焦|形成|提升|"
                      # the verb of a programme over the list: 实施石化、重型装备等传统产业改造升级行动
                      r"深入实施|组织实施|实施|开展|启动|"
                      # a guiding verb and a time word before the list: 今年引导纺织印染、黄酒酿造等传统产业…
                      r"引导|鼓励|今年|明年|年内|招引|引进|"
                      # a watching brief over frontier fields: 适时跟踪氢能与核聚变等前沿方向
                      r"适时|密切|持续|跟踪|关注)+")


@dataclass(frozen=True)
class ListItem:
    """An industry phrase found in a list: absolute span, phrase, tier and where the tier came from."""

    start: int
    end: int
    phrase: str
    tier: Tier | None
    tier_source: str | None
    labelled: bool


def _strip_span(text: str, a: int, b: int, chars: str = " \t\r\n“”\"'‘’《》「」()（）") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


_COUNT_IN_LABEL: Final = re.compile(r"(\d+|[一二两三四五六七八九十]+)(?:个|大|类|条|项)")


def _vocabulary_item_en(seg: str) -> bool:
    """True when a list part, without its joining "and", is an industry the vocabulary lists ("rare earths")."""
    phrase = _AND_LEAD_EN.sub("", seg.strip())
    return 1 <= len(phrase.split()) <= 4 and known_industry(phrase)


_AND_LEAD_EN: Final = re.compile(r"^(?:and|or)\s+")


def _two_industries(left: str, right: str) -> bool:
    """The halves of a phrase joined by 和 / 与 / 及 name two industries: the first ends in a sector word and
    the second holds one (储能和氢能, 集成电路与新型显示; not 工业和信息化厅)."""
    return len(left) >= 2 and len(right) >= 2 and bool(_ZH_HEAD_END.search(left)) and bool(ZH_HEADS.search(right))


def _frontier_pair(left: str, right: str) -> bool:
    """The halves of a phrase joined by 及 name two distinct fields, one of them a future industry (具身智能及商业航天,
    低空经济及量子科技): each half is a vocabulary entry of three characters or more, the two share no code, and one is
    a future industry. An industry and its parts or kin stays one item (汽车及零部件, 碳纤维及复合材料, 光伏及储能,
    机器人及智能装备), as writers keep it."""
    if len(left) < 3 or len(right) < 3:
        return False
    from indupath.taxonomy.vocabulary import lookup_phrase

    a = [e for e in lookup_phrase(left) if not e.generic]
    b = [e for e in lookup_phrase(right) if not e.generic]
    if not a or not b or {(e.scheme, e.code) for e in a} & {(e.scheme, e.code) for e in b}:
        return False
    return any(e.tier == "future" for e in a + b)


def _split_he(clause: str, items: list[tuple[int, int, str]], label: str) -> list[tuple[int, int, str]]:
    """Split items joined by 和 ("储能和氢能") when both halves name industries, and by 及 when they name two
    frontier fields (:func:`_frontier_pair`), unless the label's count says they are one item
    ("新能源汽车和智能网联汽车等3个产业集群")."""
    split: list[tuple[int, int, str]] = []
    for ia, ib, phrase in items:
        k = phrase.find("和")  # (not 与: 氢能与储能, 细胞与基因治疗, 半导体与集成电路 name one field each)
        left, right = phrase[:k], phrase[k + 1 :]
        if k >= 0 and _two_industries(left, right):
            split.extend([(ia, ia + k, left), (ia + k + 1, ib, right)])
            continue
        k = phrase.find("及")
        if k >= 3 and _frontier_pair(phrase[:k], phrase[k + 1 :]):
            split.extend([(ia, ia + k, phrase[:k]), (ia + k + 1, ib, phrase[k + 1 :])])
        else:
            split.append((ia, ib, phrase))
    cm = _COUNT_IN_LABEL.search(label)
    count: int | None = None
    if cm:
        from .numbers import number_value

        n = number_value(cm.group(1))
        count = int(n) if n is not None else None
    if count is not None and len(split) < count:
        # 做强汽车零部件、特种钢材及耐火材料三个传统优势产业: the count says 及 joins two of the three too
        wider: list[tuple[int, int, str]] = []
        for ia, ib, phrase in split:
            k = phrase.find("及")
            left, right = phrase[:k], phrase[k + 1 :]
            if k >= 2 and len(right) >= 2 and (ZH_HEADS.search(left) or ZH_HEADS.search(right)):
                wider.extend([(ia, ia + k, left), (ia + k + 1, ib, right)])
            else:
                wider.append((ia, ib, phrase))
        if len(wider) == count:
            return wider
    if len(split) == len(items):
        return items
    if count is not None and count == len(items):
        return items
    return split


_ZH_AND: Final = re.compile(r"[和及与]")
_CJK_NUMERAL: Final = re.compile(r"[一二三四五六七八九十]{1,3}")


_RX_ZH_LISTS_1: Final = re.compile(r"[和与及、]")
_RX_ZH_LISTS_2: Final = re.compile(r"\d")
_RX_ZH_LISTS_3: Final = re.compile(r"[，,。；;：:“”\"的]")


_ZH_GROUP_ORDINAL: Final = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十]{1,3}[，,、]?|"
                               r"\d{1,2}[.、．])")


def colon_group(text: str, start: int) -> str | None:
    """The group name of a list that follows a colon: ``（1）未来信息：A、B`` / ``做强三大主导产业：A、B``.

    The clause before the colon (after an ordinal such as （1）/ 第一，) is the name when it is short and
    names industries itself: it ends in an industry head word or carries an industry label (产业, 领域 ...)."""
    if start < 1 or text[start - 1] not in "：:":
        return None
    k = start - 1
    a = k
    while a > 0 and text[a - 1] not in "，,；;。\n：:！？!?" and k - a <= 24:
        a -= 1
    name = text[a:k].strip()
    om = _ZH_GROUP_ORDINAL.match(name)
    if om:
        name = name[om.end() :]
    if not (2 <= len(name) <= 16) or _RX_ZH_LISTS_2.search(_TECH_NUMERAL.sub("", name)):
        return None
    if _ZH_HEAD_END.search(name) or (_ZH_INDUSTRY_LABEL.search(name) and ZH_HEADS.search(name)):
        return name
    return None


# (or only points back at it: 人形机器人、量子科技、商业航天，这些赛道窗口期很短)
_ZH_LABEL_AFTER: Final = re.compile(r"[，,](?:这是|这些是|这些都是|均是|都是|均为|是|这些|这几个|这几大)"
                             r"(?P<label>[^。；;，,]{0,14}?(?:产业|行业|领域|赛道))")
_ZH_STAGE_END: Final = re.compile(r"(?:全链条|全产业链|链条|环节)$")


_RX_LABEL_GENERIC: Final = re.compile(r"产业集群|产业链条|产业链|产业|行业|集群|领域|方向|新兴|未来|传统|优势|主导|支柱|战略性|现代|特色|重点|先进")
_ZH_ETC_TAIL: Final = re.compile(r"等[\u4e00-\u9fff]{1,8}$")
_ZH_ETC_END: Final = re.compile(r"等$")


_ZH_COUNT_LABEL_END: Final = re.compile(r"等?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个|大|类|项)"
                                 r"[\u4e00-\u9fff]{0,6}?(?:产业集群|产业|行业|领域|赛道|方向)$")
# 以A、B和C为重点方向 / 以A为主攻方向 / 以A、B为突破口 / 以A、B为代表的… / 以A为支柱 / 以A为主导 / 以A、B为龙头 / 以A为引领:
# the items between 以 and 为 are the directions (industries by head word: not 以长沙为核心, 以改革为引领)
_ZH_YI_WEI: Final = re.compile(
    r"以(?P<body>[^，,。；;：:为以]{2,80}?)为(?:(?:重点|主攻|主导|优先|发展|首要)?(?:方向|领域|赛道|突破口|主攻方向|重点|"
    r"代表|支柱|支撑)|主导|龙头|引领)"
)
# the label a 以…为 body ends on (以纺织服装等传统产业为重点): it closes the list and gives its tier
_ZH_YI_WEI_LABEL: Final = re.compile(r"等(?P<label>[\u4e00-\u9fff]{0,6}?(?:产业|行业|领域))$")
# 把A、B和C作为主攻方向 / 将A和B作为新的增长点: the items between 把/将 and 作为, the clause ending on a word that
# makes them the region's directions (not 把政策落实作为硬任务)
_ZH_BA_ZUOWEI: Final = re.compile(
    r"[把将](?P<body>[^，,。；;：:把将为]{2,80}?)作为[^，,。；;]{0,14}?"
    r"(?:主攻方向|方向|重点|增长点|增长极|增长曲线|突破口|王牌|抓手|引擎|主导产业|支柱产业|首位产业|一号产业|产业|赛道)"
    r"[”\"’']?(?:来培育|来抓|加以培育)?$"
)
# 重点突破A和B / 布局A和B / 培育A和B, the clause ending there: a pair of industries without a label
_ZH_BARE_PAIR: Final = re.compile(
    r"(?:重点突破|重点发展|重点培育|大力发展|加快发展|培育发展|前瞻布局|超前布局|布局|培育|发展|壮大|突破|攻坚|"
    r"做大做强|做强做优|做优做强|做强|做大|做优)"
    r"(?P<x>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:和|及|与|以及)(?P<y>[\u4e00-\u9fffA-Za-z0-9]{2,10})$"
)
# one item before 等 and a tier label (推动白酒等传统优势产业高端化发展): the label's tier is the item's (not across 以:
# 支持于都县以纺织服装等传统产业为重点…, read by the 以…为 frame)
_ZH_ONE_ETC: Final = re.compile(r"(?:推动|支持|引导|促进|加快|提升|改造提升|巩固提升|做强|做优|壮大|前瞻布局|超前布局|谋划布局|布局|"
                         # (one item: a pair joined by 和 is read as a list, 布局储能和氢能等未来产业)
                         r"培育壮大|发展壮大|培育|发展|聚焦|谋划)(?P<x>(?:(?![和与及以])[\u4e00-\u9fff]){2,8}?)等"
                         r"(?P<label>(?:传统优势|传统|战略性新兴|新兴|未来)产业)")


# an industry named with an apposition that gives its group: 推动盐化工这一传统产业向高端延伸
_ZH_THIS_ONE: Final = re.compile(r"(?P<x>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)这(?:一|个)(?P<label>(?:传统|新兴|战略性新兴|未来|"
                          r"支柱|主导|优势|特色|首位)产业)")
_ZH_THIS_ONE_VERB: Final = re.compile(_ZH_CUE.pattern + r"|[把将对让使]")


# 钢铁是我省的传统优势产业: a subject the clause names as one of the region's industries (copula and label)
_ZH_COPULA_LABEL: Final = re.compile(
    r"\s*(?:[^，,。；;：:]{0,24}[：:])?(?P<x>[\u4e00-\u9fff]{2,10}?)(?:产业|行业)?(?:是|作为)"
    r"(?P<owner>(?:我省|我市|我区|我县|全省|全市|本省|本市|该省|该市|当地|本地)?的?)"
    r"(?P<label>(?:(?!是)[\u4e00-\u9fff]){0,14}?(?:产业|支柱|行业))(?:[，,。；;]|$)"
)
# the group a copula's label names (花炮是浏阳的传统产业, 花木是我县的富民主导产业), after what qualifies it
_ZH_COPULA_GROUP: Final = re.compile(r"(?:战略性新兴|新兴|传统|未来|支柱|主导|优势|特色|首位)[\u4e00-\u9fff]{0,4}(?:产业|行业)$")
_ZH_COPULA_VERB: Final = re.compile(r"发展|培育|推动|布局|壮大|提升|巩固|加快|打造|做强|做大|改造|升级|提出|抓好|聚焦")


def _zh_special_lists(text: str, start: int, end: int) -> list[ListItem]:
    """Four list frames without a 等/N个 label: ``盐化工这一传统产业`` (an apposition that names the
    group), ``以A、B和C为重点方向`` and ``把A、B和C作为主攻方向`` (every item between 以 and 为, or 把/将 and
    作为, industries by head word) and a clause that ends in a bare pair after a cue verb (``布局A和B``)."""
    clause = text[start:end]
    out: list[ListItem] = []
    if "这" in clause:
        for m in _ZH_THIS_ONE.finditer(clause):
            ia, ib = m.span("x")
            for vm in _ZH_THIS_ONE_VERB.finditer(clause, ia, ib):
                ia = vm.end()  # the object of the last verb: 推动盐化工, 把盐化工
            phrase = clause[ia:ib]
            if len(phrase.removesuffix("产业")) >= 2 and ZH_HEADS.search(phrase) and not _org_like(phrase):
                tier = label_tier(m.group("label"))
                out.append(ListItem(start + ia, start + ib, phrase, tier, "label" if tier else None, True))
        if out:
            return out
    if "等" in clause:
        em = _ZH_ONE_ETC.search(clause)
        if em is not None and not _org_like(em.group("x")) and \
                (ZH_HEADS.search(em.group("x")) or known_industry(em.group("x"))):
            ia, ib = em.span("x")
            tier = label_tier(em.group("label"))
            return [ListItem(start + ia, start + ib, clause[ia:ib], tier, "label" if tier else None, True)]
    if "是" in clause:
        cm = _ZH_COPULA_LABEL.match(clause)
        if cm is not None:
            ia, ib = cm.span("x")
            phrase = clause[ia:ib]
            label = cm.group("label")
            tier = label_tier(label)
            head = label[label.rfind("的") + 1 :]  # 我们重点培育的新兴产业: the group after its relative clause
            group = (len(label) <= 8 or "的" in label) and _ZH_COPULA_GROUP.search(head) is not None and \
                not _ZH_COPULA_VERB.search(head) and "的" not in phrase and len(phrase) <= 8
            if not _org_like(phrase) and (group or _ZH_HEAD_END.search(phrase) and (
                    tier is not None or known_industry(phrase) or known_industry(phrase + "产业"))):
                return [ListItem(start + ia, start + ib, phrase, tier, "label" if tier else None, True)]
    frames: list[re.Match[str]] = []
    if "为" in clause and "以" in clause:
        frames.extend(_ZH_YI_WEI.finditer(clause))
    if "作为" in clause:
        bz = _ZH_BA_ZUOWEI.search(clause.rstrip("。；;，, "))
        if bz is not None and "等" not in bz.group("body"):  # (a 等-labelled list is read with its label)
            frames.append(bz)
    for m in frames:
        a0 = m.start("body")
        pos = a0
        items = []
        body = m.group("body")
        cm = _ZH_COUNT_LABEL_END.search(body)
        if cm and cm.start() > 0:
            body = body[: cm.start()]  # 以新材料、算力两大产业为突破口: the count and label close the list
        etc = _ZH_YI_WEI_LABEL.search(body) if m.re is _ZH_YI_WEI else None
        if etc is not None and etc.start() > 0:
            body = body[: etc.start()]  # 以纺织服装等传统产业为重点: the items before 等, the label's tier theirs
        for part in re.split(r"(、|和|及|与|以及)", body):
            if part in ("、", "和", "及", "与", "以及"):
                pos += len(part)
                continue
            ia, ib = _strip_span(clause, pos, pos + len(part))
            pos += len(part)
            phrase = clause[ia:ib]
            if 2 <= len(phrase) <= 14 and not _org_like(phrase) and not _RX_ZH_LISTS_3.search(phrase):
                items.append((ia, ib, phrase))
        heads = sum(1 for _, _, p in items if _ZH_HEAD_END.search(p) or ZH_HEADS.search(p))
        if items and heads == len(items):
            tier = label_tier(etc.group("label") if etc is not None else clause[m.end("body") : m.end()])  # 作为战略性新兴产业来培育
            out.extend(ListItem(start + ia, start + ib, p, tier, "label" if tier else None, True) for ia, ib, p in items)
    if not out and "、" not in clause:
        bp = _ZH_BARE_PAIR.search(clause.rstrip("。；;，, "))
        if bp and "等" not in bp.group("y") and not _ZH_PAIR.search(clause):
            pair = [bp.span("x"), bp.span("y")]
            phrases = [clause[a:b] for a, b in pair]
            if all(_ZH_HEAD_END.search(p) and not _org_like(p) for p in phrases):
                out.extend(ListItem(start + a, start + b, clause[a:b], None, None, False) for a, b in pair)
    return out


# 聚焦六个赛道：一是量子信息，…；二是聚变能源，…: a sentence that announces a counted set of directions and
# names each after 一是/二是…, inside the same sentence (a line of its own per item is read by numbered_item)
_ZH_COUNTED_ANNOUNCE: Final = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个|大|项|条)(?P<label>[\u4e00-\u9fff]{0,6}?"
                                  r"(?:赛道|方向|领域|产业|集群))[”\"]?[：:]")
_ZH_INLINE_ORDINAL: Final = re.compile(r"[一二三四五六七八九十]{1,2}是(?P<x>[^，,。；;：:、（(]{2,12})(?=[，,；;。])")


def zh_counted_directions(text: str, start: int, end: int) -> list[ListItem]:
    """The directions of ``聚焦六个赛道：一是量子信息，…；二是聚变能源，…`` in sentence ``text[start:end]``: after a
    colon that closes a count and a label (六个赛道, 四大未来产业方向), each 一是/二是… that opens a clause names
    one direction by its first words, unless those words are an action (一是推进…) or hold a figure."""
    if text.find("是", start, end) < 0:
        return []
    am = _ZH_COUNTED_ANNOUNCE.search(text, start, end)
    if am is None:
        return []
    tier = label_tier(am.group("label"))
    out: list[ListItem] = []
    for m in _ZH_INLINE_ORDINAL.finditer(text, am.end(), end):
        if m.start() > am.end() and text[m.start() - 1] not in "；;。：:\n":
            continue  # an ordinal inside a clause, not one that opens it
        a, b = m.span("x")
        phrase = text[a:b]
        if _ZH_CUE.match(phrase) or ACTION_ZH.match(phrase) or _RX_ZH_LISTS_3.search(phrase) \
                or _org_like(phrase) or any(ch.isdigit() for ch in phrase):
            continue
        out.append(ListItem(a, b, phrase, tier, "label" if tier else None, True))
    return out if len(out) >= 2 else []


_ZH_ACRONYM: Final = re.compile(r"[（(][A-Za-z][A-Za-z0-9\-+]{0,11}[)）]")
# what each way of reading a clause needs in it (the guard or a literal every match of its pattern holds):
# 这 / 等 / 是 / 为 (以…为, 作为) / 和及与 (a bare pair) in _zh_special_lists; 业 (one industry in 业);
# 纳入 列入 作为 列为 确定(为) 定位为 明确 (_ZH_INCLUDE_VERBS); the cue verbs of _ZH_CUE_OBJECTS (…布局, …发展,
# 培育…, 做(大做)强, 做大, 做优, 聚焦, 主攻, 深耕), 把 (_ZH_BA_OBJECTS), 在 (_ZH_ZAI_OBJECT); 、 or 和及与 (a list);
# 向 (_zh_toward). (A cue verb added to _ZH_CUE_OBJECTS must be added here too: tests/extract/test_speedups.py checks.)
_ZH_LIST_CHANCE: Final = re.compile("这|等|是|为|业|纳入|列入|明确|确定|把|在|、|和|及|与|向|布局|发展|培育|做强|做大|做优|聚焦|主攻|深耕")


def _may_list_zh(text: str, start: int, end: int) -> bool:
    """False only when :func:`zh_lists` finds nothing in clause ``text[start:end]``: it holds none of the words
    every way of reading it needs (_ZH_LIST_CHANCE), and no bracket (a bracketed acronym is cut out before the
    clause is read, which may join two characters into one of those words). Two clauses in five hold none
    (据介绍, 社会消费品零售总额增长5%以上); they cost about a fifth of the list reader's time."""
    return text.find("(", start, end) >= 0 or text.find("（", start, end) >= 0 or \
        _ZH_LIST_CHANCE.search(text, start, end) is not None


def zh_lists(text: str, start: int, end: int) -> list[ListItem]:
    """Industry items of the Chinese enumerations in clause ``text[start:end]``.

    A bracketed Latin acronym after an item (电动垂直起降飞行器（eVTOL）、物流无人机) is read as part of
    that item and does not end the list. A first item that still holds the clause's subject and verb
    (东莞市则依托电子信息、模具…, 重点投向动力电池、…) keeps only what follows the verb; a bureau's name
    (市工业和信息化局) names no industry."""
    if not _may_list_zh(text, start, end):
        return []
    items = _zh_lists_bracketed(text, start, end)
    if items and "、" in text[start:end]:
        tail = text[text.rfind("、", start, end) + 1 : end].rstrip("。；;，, ")
        if _FACILITY_HEAD.search(tail) and "产业" not in tail and len(tail) <= 16 and not known_industry(tail):
            return []  # 建设无人机检验检测、适航审定服务平台: the services of one facility, not industries
    toward = _zh_toward(text, start, end) if "向" in text[start:end] else []
    out = []
    for it in items:
        if toward and it.phrase.startswith("向"):
            continue  # 向机器人、储能等新赛道延伸: read below, without the 向
        if text.startswith(("和信息化", "与信息化"), it.end) or it.phrase in _ZH_CHAIN_STAGES:
            continue
        if it.phrase.startswith("从") or _ZH_TOWARD.search(it.phrase):
            continue  # 打造从多晶硅、单晶硅到组件的产业链, 推动锂电池产业向上游材料…延伸: a chain's span, not items
        vm = _ZH_LEAD_VERB.match(it.phrase)
        if vm is not None:
            a = it.start + vm.end()
            it = ListItem(a, it.end, text[a : it.end], it.tier, it.tier_source, it.labelled)
        stem = _RX_LABEL_GENERIC.sub("", it.phrase)
        if stem != it.phrase and (len(stem) < 2 or _TASK_ON_LABEL.fullmatch(it.phrase)):
            continue  # 巩固提升传统产业、改造升级传统产业、发展壮大新兴产业: a group's label, no industry of its own
        out.append(it)
    if toward:
        out.extend(t for t in toward if not any(o.start < t.end and t.start < o.end for o in out))
    return out


# an industry extended toward others: 推动化工产业向电子化学品、新材料延伸, 引导钢铁企业向汽车用钢延伸
_ZH_TOWARD_CHAIN: Final = re.compile(r"向(?P<dst>[^，,。；;：:]{2,40}?)(?:延伸|拓展|拓宽|进军|迈进)")
_ZH_TOWARD_SRC: Final = re.compile(r"(?:推动|加快|引导|促进|推进|支持|鼓励|欢迎|带动)(?P<src>(?!从)[\u4e00-\u9fffA-Za-z0-9]{2,16}?)"
                            r"(?:这一传统产业|这一产业|产业集群|产业|企业|行业)?$")
_ZH_TOWARD_LABEL: Final = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}|全链条|领域|赛道|方向)$")
_ZH_TOWARD_GENERIC: Final = re.compile(r"^(?:上游|中游|下游|产业链)|(?:终端|产品|环节)$")


def _zh_toward(text: str, start: int, end: int) -> list[ListItem]:
    """The industries of a chain extension in clause ``text[start:end]``: the industry extended (推动**化工**产业向…
    延伸, written right before 向) and those it extends to (向**电子化学品**、**新材料**延伸; 向A、B等新赛道延伸), each
    ending in an industry head word or known to the vocabulary. Directions (向高端化、智能化迈进), a chain's stages
    (向上游材料、下游精深加工延伸, 向设计、品牌两端延伸) and generic ends (终端产品) are no items."""
    out: list[ListItem] = []
    for m in _ZH_TOWARD_CHAIN.finditer(text, start, end):
        spans: list[tuple[int, int]] = []
        sm = _ZH_TOWARD_SRC.search(text, start, m.start())
        if sm is not None and sm.end() == m.start():
            spans.append(sm.span("src"))
        a, b = m.span("dst")
        lm = _ZH_TOWARD_LABEL.search(text, a, b)
        if lm is not None:
            b = text.rfind("等", a, b) if "等" in lm.group(0) else lm.start()
        parts = text[a:b].split("、")
        if (lm is not None and lm.group(0) == "全链条") or any(_ZH_TOWARD_GENERIC.search(q) for q in parts):
            parts = []  # 向上游材料、智能装备和回收利用全链条延伸: the stages of one chain, not industries
        pos = a
        for part in parts:
            pa, pb = pos, pos + len(part)
            pos = pb + 1
            k = part.rfind("和")
            if 2 <= k <= len(part) - 3 and "、" in text[a:b]:
                spans.extend([(pa, pa + k), (pa + k + 1, pb)])  # A、B和C
            else:
                spans.append((pa, pb))
        for ia, ib in spans:
            phrase = text[ia:ib]
            if not (2 <= len(phrase) <= 14) or phrase.endswith("化") or _ZH_TOWARD_GENERIC.search(phrase) \
                    or phrase in _ZH_CHAIN_STAGES \
                    or _org_like(phrase) or not (_ZH_HEAD_END.search(phrase) or known_industry(phrase)):
                continue
            out.append(ListItem(ia, ib, phrase, None, None, False))
    return out


# a table rendered as text, one row a line: 1｜郑州市｜新能源汽车集群, 7｜郑州市｜量子信息先导集群
_TABLE_CELL_SEP: Final = re.compile(r"\s*[｜|]\s*")
_ZH_CLUSTER_CELL: Final = re.compile(r"(?P<x>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:产业)?(?:先导|特色|先进制造业)?(?:产业)?集群")


def zh_table_row(text: str, start: int, end: int) -> list[ListItem]:
    """The industries a row of a text table names (``1｜郑州市｜新能源汽车集群``): a cell that is a cluster's name,
    without its 集群 / 先导集群; the region is another cell of the row. Only for rows of three cells or more."""
    seps = list(_TABLE_CELL_SEP.finditer(text, start, end))
    if len(seps) < 2:
        return []
    bounds = [start] + [x for m in seps for x in (m.start(), m.end())] + [end]
    out: list[ListItem] = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        a, b = _strip_span(text, a, b, " \t\r\n。；;")
        cm = _ZH_CLUSTER_CELL.fullmatch(text, a, b)
        if cm is None:
            continue
        xa, xb = cm.span("x")
        phrase = text[xa:xb]
        if not _org_like(phrase):  # (集群 says it is an industry: 高端轴承集群)
            out.append(ListItem(xa, xb, phrase, None, None, True))
    return out


_FACILITY_HEAD: Final = re.compile(r"(?:平台|中心|实验室|检测站)$")  # (服务平台, 公共平台 …)


# a direction an industry extends in, inside an item: 锂电池产业向上游材料, 从板材初加工向定制家居
_ZH_TOWARD: Final = re.compile(r"[\u4e00-\u9fff]{2}向(?!量|阳|日葵)[\u4e00-\u9fff]")


# a task done to a tier's group as a whole (改造升级传统产业, 超前布局未来产业): verbs before the label only
_TASK_ON_LABEL: Final = re.compile(r"(?:改造|升级|提升|巩固|培育|壮大|发展|布局|前瞻|超前|优化|做强|做优|做大|加快|推动|促进|大力|"
                            r"积极|谋划|抢占|转型)+(?:战略性新兴|新兴|传统|未来)产业")


# the stages of a chain, not industries: 围绕设计、制造、封测补链强链, 集成电路重点发展设计、特色工艺制造和封装测试
_ZH_CHAIN_STAGES: Final = frozenset({"设计", "研发", "制造", "生产", "封测", "封装", "测试", "封装测试", "检测", "应用", "服务",
                              "运营", "销售", "维修", "回收", "精深加工", "深加工"})


# a subject and verb left at the head of a first item: the text up to the last such verb (at least two
# characters of the item must follow it)
# (a meeting's verb too: 会议研究了上党区煤化工等传统产业…, and what policies are issued for: 出台低空经济、…等领域的专项政策)
_ZH_LEAD_VERB: Final = re.compile(r"^.{0,12}(?:依托|做强|做大|做优|做精|投向|聚焦|围绕|培育|壮大|布局|瞄准|突出|"
                           r"(?:研究|听取|审议|部署|讨论)了|出台)(?=.{2})")


def _zh_lists_bracketed(text: str, start: int, end: int) -> list[ListItem]:
    if text.find("（", start, end) < 0 and text.find("(", start, end) < 0:
        return _zh_lists(text, start, end)
    brackets = [m.span() for m in _ZH_ACRONYM.finditer(text, start, end)]
    if not brackets:
        return _zh_lists(text, start, end)
    # the text with the brackets cut out of the clause; positions mapped back to the original afterwards
    kept: list[int] = []  # original position of each character of the cut clause
    pos = start
    for a, b in brackets:
        kept.extend(range(pos, a))
        pos = b
    kept.extend(range(pos, end))
    cut = text[:start] + "".join(text[k] for k in kept) + text[end:]
    removed = (end - start) - len(kept)

    def back(p: int, is_end: bool) -> int:
        if p < start:
            return p
        if p - start >= len(kept):
            return p + removed
        k = kept[p - start - 1] + 1 if is_end and p > start else kept[p - start]
        if is_end:
            closing = next((b for a, b in brackets if a == k), None)
            k = closing if closing is not None else k  # an item that ends at a bracket keeps it
        return k

    out = []
    for it in _zh_lists(cut, start, end - removed):
        a, b = back(it.start, False), back(it.end, True)
        out.append(ListItem(a, b, text[a:b], it.tier, it.tier_source, it.labelled))
    return out


def _zh_lists(text: str, start: int, end: int) -> list[ListItem]:
    """Industry items of the Chinese enumerations in clause ``text[start:end]`` (see :func:`zh_lists`).

    A list right after a colon takes the clause before the colon as its label when that clause names
    an industry group (:func:`colon_group`): ``（1）未来信息：量子科技、6G通信`` lists two future
    industries, ``第一，做强三大主导产业：A、B、C`` three. See also :func:`_zh_special_lists`."""
    special = _zh_special_lists(text, start, end)
    if special:
        return special
    clause = text[start:end]
    if "、" not in clause:
        single = _ZH_SINGLE.fullmatch(clause) if "业" in clause and not _ZH_PAIR.search(clause) else None
        stem = _RX_LABEL_GENERIC.sub("", _ZH_SECTOR_SUFFIX.sub("", single.group("x"))) if single else ""
        if single and len(stem) >= 2 and ZH_HEADS.search(stem) and not _org_like(single.group("x")):
            # 大力发展软件和信息服务业: one industry (a sector noun in 业) after a strong cue fills the clause
            ia, ib = single.span("x")
            return [ListItem(start + ia, start + ib, clause[ia:ib], None, None, True)]
    if _ZH_INCLUDE_VERB.search(clause):
        included = _zh_included(clause, start)
        if included:
            return included
    if "、" not in clause:
        objects = _zh_cue_objects(clause, start)
        if objects:
            return objects
    if "、" not in clause and not _ZH_AND.search(clause):
        return []
    out: list[ListItem] = []
    group = colon_group(text, start) if "、" in clause else None
    label_next = _ZH_LABEL_AFTER.match(text, end, min(len(text), end + 24)) if "、" in clause else None
    # cut the clause into segments, each closed by a label (等…产业 / N个…集群) or the clause end
    seg_start = 0
    segments: list[tuple[int, int, str]] = []
    for m in _ZH_LABEL.finditer(clause):
        if m.start() <= seg_start:
            continue
        segments.append((seg_start, m.start(), m.group(0)))
        seg_start = m.end()
    if seg_start < len(clause):
        # "A、B、C、D，这是全市的四大主导产业": the label in the next clause names a bare list
        segments.append((seg_start, len(clause), label_next.group("label") if label_next and seg_start == 0 else ""))
    if "、" not in clause:
        pair = _ZH_PAIR.search(clause)
        if pair:
            out_pair = []
            for g in ("x", "y"):
                ia, ib = pair.span(g)
                phrase = clause[ia:ib]
                if ZH_HEADS.search(phrase) and not _org_like(phrase):
                    out_pair.append(ListItem(start + ia, start + ib, phrase, label_tier(pair.group("label")), None, True))
            if len(out_pair) == 2:
                return [ListItem(i.start, i.end, i.phrase, i.tier, "label" if i.tier else None, True) for i in out_pair]
    for a, b, label in segments:
        body = clause[a:b]
        after = clause[b + len(label) : b + len(label) + 8] if label else ""
        if label and _RX_ZH_LISTS_1.match(after):
            label = label + after  # 新兴产业和未来产业: a mixed label
        if "、" not in body and not label:
            continue
        if label and not _ZH_INDUSTRY_LABEL.search(label) and not (
                _ZH_PART_LABEL.fullmatch(label) and _ZH_STRONG_CUE.search(body.split("、", 1)[0])):
            continue  # 做强A、B、C等关键环节: parts backed by a strong cue count; 等任务, 等项目 do not
        parts = body.split("、")
        if len(parts) >= 2 and a == 0 and _CJK_NUMERAL.fullmatch(parts[0].strip()):
            a += len(parts[0]) + 1  # 五、空天信息、生物制造等新兴领域: the line's ordinal, not an item
            parts = parts[1:]
        if len(parts) < 2 and not label:
            continue
        if len(parts) >= 2 and all(len(_QUOTED_SLOGAN_STRIP.sub("", q)) == 1 for q in parts) and "“" in parts[0]:
            continue  # 围绕“茶、藤、芯、光”四大板块: a slogan's characters, each short for an industry named elsewhere
        if _ZH_STAGE_END.search(parts[-1].strip()):
            continue  # "形成研发设计、整机制造、运营服务全链条": stages of one chain, not industries
        grouped = not label and group is not None and a == 0
        if not label and not grouped and not _ZH_CUE.search(parts[0]):
            # 长沙、株洲两市将重点发展A、B和C: the names before the cue are the subject, not items
            k = next((j for j in range(1, len(parts)) if _ZH_CUE.search(parts[j])), 0)
            if k == 0 or len(parts) - k < 2 or any(ZH_HEADS.search(q) for q in parts[:k]):
                continue
            a += sum(len(q) + 1 for q in parts[:k])
            parts = parts[k:]
        offs = []
        pos = a
        for p in parts:
            offs.append((pos, pos + len(p)))
            pos += len(p) + 1
        # the first item: text after the first cue verb, then leading connectives/ordinals
        fa, fb = offs[0]
        first = clause[fa:fb]
        cue = _ZH_CUE.search(first)
        if cue and (len(parts) >= 2 or label):
            # the verbs of a backed region come after it: 支持伊川县巩固提升铝精深加工、… (the item after the last verb)
            if "支持" in first[: cue.end()] and _ZH_REGION_THEN_VERB.match(first, cue.end()):
                cue = next((c for c in _ZH_CUE.finditer(first, cue.end()) if c.end() < len(first) - 1), cue)
            fa = fa + cue.end() if fa + cue.end() < fb else fa + cue.start()
        lead = _ZH_LEAD.match(clause, fa, fb)
        if lead:
            fa = lead.end()
        de = clause.rfind("的", fa, fb)
        if de >= 0 and fb - de > 2:
            fa = de + 1  # 对区内现有的家电配套、橡胶制品等传统产业: the first item after its modifier
        offs[0] = (fa, fb)
        # 在集成电路、新型显示、生物医药上下硬功夫: the list 在 opens ends before 上
        within = fa > 0 and clause[fa - 1] == "在"
        tier = label_tier(label) if label else (label_tier(group) if grouped and group else None)
        items = []
        for ia, ib in offs:
            ia, ib = _strip_span(clause, ia, ib)
            phrase = clause[ia:ib]
            if within and ib == offs[-1][1] and phrase.find("上", 2) > 0:
                ib = ia + phrase.find("上", 2)
                phrase = clause[ia:ib]
            if not label and ib == offs[-1][1] and phrase.endswith("发展"):
                dm = _ZH_DEVELOP_TAIL.search(phrase)  # 加快A、B、C发展 / 推动A和B集群化发展: the verb's tail
                if dm is not None and dm.start() >= 2:
                    ib = ia + dm.start()
                    phrase = clause[ia:ib]
            if grouped or (not label and ib == offs[-1][1]):
                # "石墨烯等前沿材料": the item before 等; so too the last of a list with no label that ends in 等 and
                # a kind (重点发展A、B、汽车电子等关键零部件, …、汽车电子等)
                em = _ZH_ETC_TAIL.search(phrase) or (_ZH_ETC_END.search(phrase) if not grouped else None)
                if em and em.start() >= 2:
                    ib = ia + em.start()
                    phrase = clause[ia:ib]
            # one-character items (铝、铜、锰) only in a labelled list of three or more
            shortest = 1 if label and len(parts) >= 3 and len(phrase) == 1 and "\u4e00" <= phrase <= "\u9fff" else 2
            # an item may be two joined by 和 (…、高性能金属材料和碳纤维复合材料): split below, then measured again
            longest = 29 if "和" in phrase else 14
            if not (shortest <= len(phrase) <= longest) or _RX_ZH_LISTS_2.search(_TECH_NUMERAL.sub("", phrase)):
                continue
            if _org_like(phrase) or _RX_ZH_LISTS_3.search(phrase):
                continue
            items.append((ia, ib, phrase))
        if not items:
            continue
        # a half of a long item joined by 和 must be short and end in a sector word itself (工业和信息化厅… is no pair)
        long_items = [(ia, ib) for ia, ib, p in items if len(p) > 14]
        halves = _split_he(clause, items, label)
        bad = {(la, lb) for la, lb in long_items
               if any(la <= ia and ib <= lb and (len(p) > 14 or not _ZH_HEAD_END.search(p)) for ia, ib, p in halves)}
        items = [(ia, ib, p) for ia, ib, p in halves if not any(la <= ia and ib <= lb for la, lb in bad)]
        if not items:
            continue
        heads = sum(1 for _, _, p in items if ZH_HEADS.search(p))
        if not label and not grouped and heads * 2 < len(items):
            continue
        if (label or grouped) and heads == 0 and not (
            label and len(items) >= 3 and ZH_HEADS.search(_RX_LABEL_GENERIC.sub("", label))
        ) and not (label and label_tier(label) is not None and len(items) >= 2 and all(len(p) <= 5 for _, _, p in items)):
            # (a tier's own label names short items as industries: 鼓励袜业、珍珠、五金等传统产业…)
            continue  # a labelled list needs an industry word in an item or a specific label (等有色金属产业)
        for ia, ib, phrase in items:
            if not label and not grouped and not _ZH_HEAD_END.search(phrase) and not known_industry(phrase):
                continue  # an unlabelled item ends in a sector word, or is an industry the vocabulary lists (生物育种)
            t = tier
            src = "label" if tier else None
            out.append(ListItem(start + ia, start + ib, phrase, t, src, bool(label) or grouped))
    return out


_ZH_REGION_THEN_VERB: Final = re.compile(r"[\u4e00-\u9fff]{2,8}?[市县区州盟旗]")
_QUOTED_SLOGAN_STRIP: Final = re.compile(r"^.*“|”.*$")
_ZH_DEVELOP_TAIL: Final = re.compile(r"(?:集群化|高质量|高端化|融合|规模化|协同|创新|加快|快速|健康)?发展$")


_ZH_CUE_OBJECTS: Final = re.compile(
    r"[^，,。；;：:、]{0,8}?(?:前瞻布局|超前布局|重点发展|大力发展|加快发展|培育发展|培育壮大|发展壮大|做大做强|做强|做大|做优|聚焦|布局|主攻|深耕)"
    r"(?P<x>[\u4e00-\u9fff]{2,10}?)(?:(?:和|与|及|以及)(?P<y>[\u4e00-\u9fff]{2,10}?))?[。；;]?"
)


# 把航空维修和通用航空做成国内一流的产业集群: what the region makes its cluster of
_ZH_BA_OBJECTS: Final = re.compile(
    r"[^，,。；;：:、]{0,10}?把(?P<x>[\u4e00-\u9fff]{2,10}?)(?:(?:和|与|及)(?P<y>[\u4e00-\u9fff]{2,10}?))?"
    r"(?:做成|打造成|建成|培育成|发展成|做大做强|做强做优|做优做强)[^，,。；;：:、]{0,20}[。；;]?"
)
# 在化工新材料上打开新的增长空间: where the region opens new ground
_ZH_ZAI_OBJECT: Final = re.compile(
    r"[^，,。；;：:、]{0,10}?在(?P<x>[\u4e00-\u9fff]{2,10}?)上(?:打开|下功夫|下硬功夫|发力|求突破|取得突破|带好头|走在前)"
    r"[^，,。；;：:、]{0,16}[。；;]?"
)


_ZH_INCLUDED: Final = re.compile(
    # (明确A、B、C为我省重点培育的未来产业: 明确/确定 … 为 names the group too)
    r"(?:[把将](?P<x>[\u4e00-\u9fff、和及与]{2,40}?)(?:纳入|列入|作为|列为|确定为|定位为)|"
    r"(?:明确|确定)(?P<x2>[\u4e00-\u9fff、和及与]{2,40}?)为)"
    r"(?P<label>[^，,。；;]{0,16}?"
    r"(?:未来产业|战略性新兴产业|新兴产业|传统产业|主导产业|支柱产业|重点产业|首位产业|优势产业|特色产业|产业体系|产业集群|"
    r"产业赛道|重点领域|主攻方向))"
)
_ZH_INCLUDE_VERBS: Final = ("纳入", "列入", "作为", "列为", "确定为", "定位为", "明确", "确定")
_ZH_INCLUDE_VERB: Final = re.compile("|".join(_ZH_INCLUDE_VERBS))  # (one scan, not eight substring tests)


def _zh_included(clause: str, start: int) -> list[ListItem]:
    """Industries a text brings into a group or names as one: 把人形机器人纳入未来产业体系, 将低空经济、商业航天纳入
    战略性新兴产业, 把A、B和C作为战略性新兴产业来培育, 将D列为首位产业; the group gives the tier."""
    m = _ZH_INCLUDED.search(clause)
    if m is None:
        return []
    g = "x" if m.group("x") is not None else "x2"
    a0 = m.start(g)
    items: list[ListItem] = []
    pos = a0
    for part in re.split(r"[、和及与]" if g == "x" else r"[、和]", m.group(g)):  # (与 joins one field: 新能源与智能网联汽车)
        a, b = pos, pos + len(part)
        pos = b + 1
        if len(part) >= 2 and ZH_HEADS.search(part) and not _org_like(part):
            items.append(ListItem(start + a, start + b, part, label_tier(m.group("label")), None, True))
    return [ListItem(i.start, i.end, i.phrase, i.tier, "label" if i.tier else None, True) for i in items]


def _zh_cue_objects(clause: str, start: int) -> list[ListItem]:
    """One or two industries that fill a clause after a strong cue verb, with no list mark:
    ``攀枝花市聚焦钒钛新材料``, ``布局绿色算力和未来网络``. Each ends in an industry head word, and the
    taxonomy's vocabulary must know one of them as a specific industry (so that 聚焦主责主业 or
    布局一批重大项目 never qualify)."""
    m = _ZH_CUE_OBJECTS.fullmatch(clause)
    # (a 把 or 在 frame needs its character)
    if m is None and "把" in clause:
        m = _ZH_BA_OBJECTS.fullmatch(clause)
    if m is None and "在" in clause:
        m = _ZH_ZAI_OBJECT.fullmatch(clause)
    if m is None or "等" in clause or _ZH_PAIR.search(clause):
        return []  # a labelled pair (布局储能和氢能等未来产业) is read with its label
    spans = [m.span(g) for g in ("x", "y") if g in m.re.groupindex and m.group(g)]
    phrases = [clause[a:b] for a, b in spans]
    if any(not _ZH_HEAD_END.search(p) or _org_like(p) for p in phrases):
        return []
    if not any(known_industry(p) or known_industry(p + "产业") or _known_head(p) for p in phrases):
        return []
    return [ListItem(start + a, start + b, clause[a:b], None, None, False) for a, b in spans]


def _known_head(phrase: str) -> bool:
    """True when the phrase ends in an industry the vocabulary knows, of three characters or more, after a
    qualifier of its own (钛及钛合金 + 新材料, 高端 + 装备制造)."""
    return any(known_industry(phrase[k:]) for k in range(1, len(phrase) - 2))


_EN_CONN: Final = Folded(
    r"(?:\b(?:such as|like|including|include|includes|covering|centered on|centering on|focusing on|namely|of|"
    r"among them|among which|notably|in particular|especially|particularly)\b"
    r"|\bare\b|:|--|—|–)\s+|\s\((?=[a-z])",
)
_EN_LABEL_BEFORE: Final = Folded(
    r"(?P<label>\b(?:[\w\-’']+\s+){0,4}?(?:industries|industry|sectors|fields|areas|tracks|domains|directions|"
    r"clusters|chains|engines|pillars|priorities)(?:\s+of\s+the\s+future)?)[\"”’']?"
    # a form's field: "Future industries named: A, B", "Traditional industries to be upgraded: C, D"
    r"(?:\s+(?:named|listed|covered|included|to be (?:upgraded|developed|cultivated|fostered)))?\s*,?\s*$",
)


# what a match of _EN_LABEL_BEFORE ends with before its closing spaces and comma: a label word, "future" ("of the
# future"), a quote or a form's participle (tests/extract/test_speedups.py checks them against the pattern)
_LABEL_BEFORE_ENDS: Final = ("industries", "industry", "sectors", "fields", "areas", "tracks", "domains", "directions",
                             "clusters", "chains", "engines", "pillars", "priorities", "future", '"', "”", "’", "'",
                             "named", "listed", "covered", "included", "upgraded", "developed", "cultivated", "fostered")
_WHITESPACE_OR_COMMA: Final = fastre.WHITESPACE + ","


def _may_end_label(window: str) -> bool:
    """False only when _EN_LABEL_BEFORE has no match in ``window`` (a cue's 80 characters before it; the pattern's
    search tries up to five words at every word of it, this looks at its end): a match ends at the window's end ($),
    after at most spaces and one comma, on one of _LABEL_BEFORE_ENDS (lowered: case-insensitive; a window whose tail
    holds İ, ı or ſ, which match i or s, is searched as before)."""
    low = fastre.lowered(window.rstrip(_WHITESPACE_OR_COMMA)[-12:])
    return low is None or low.endswith(_LABEL_BEFORE_ENDS)


_EN_LABEL_WORD: Final = Folded(r"industries|industry|sectors|fields|areas|tracks|domains|directions|clusters|chains|engines|"
                        r"pillars|priorities")


def _label_cues(text: str, start: int, end: int, first: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of "<label> such as / like / including / of / : / --" cues. ``first``: where the first
    label word (_EN_LABEL_WORD) in ``text[start:end]`` starts, -1 for none, None when not known yet."""
    if first is None:
        found = _EN_LABEL_WORD.search(text, start, end)
        first = -1 if found is None else found.start()
    if first < 0:
        # (exact: a cue is kept only when a label word lies between its window's start and the cue, both inside
        # [start, end); a third of the sentences hold none, and the connective scan is the costly part)
        return []
    out = []
    # Only a connective after the first label word can close a label, so the scan starts there (half the
    # sentence on average). Exact: no connective match runs across that point, as none holds a letter there: its
    # words end on \b and then a space, and its other forms (: -- ( …) hold no letter; so the matches from it
    # are those of the whole sentence that start there or later.
    for c_start, c_end in _EN_CONN.spans(text, first, end):
        window_start = max(start, c_start - 80)
        if not _EN_LABEL_WORD.test(text, window_start, c_start):
            continue  # every label ends in one of these words (plain words: no look-around, so pos/endpos = slice)
        window = text[window_start:c_start]
        lm = _EN_LABEL_BEFORE.search(window) if _may_end_label(window) else None
        if lm is None and text[c_start:c_end].strip().lower() in _EN_STRONG_CONN:
            # a short clause between label and cue: "future industries it wants to seed, namely A, B and C"
            lm = _EN_LABEL_CLAUSE.search(text[window_start:c_start])
        if lm and " and other " in lm.group("label"):
            continue  # "A, B and other traditional sectors are …": the tail of a list, closed by its label
        if lm and lm.group("label").lower().endswith(("supply chain", "supply chains")):
            continue  # "the supply chains of local vehicle makers": buyers, not industries
        if lm and _APPLIED_IN_EN.search(text, window_start, c_start):
            continue  # "AI application scenarios … in fields such as healthcare and transport": where it is applied
        if lm:
            out.append((window_start + lm.start(), c_end, lm.group("label")))
    return out


_EN_STRONG_CONN: Final = frozenset({"namely", "such as", "including"})
_EN_FOCUS_VERB: Final = re.compile(r"\b(?:focus(?:es)?|concentrate[s]?|centre[s]?|center[s]?) on\s")
_EN_GAPPED_ON: Final = re.compile(r"[,;]\s+(?:and\s+|while\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}(?P<on>\s+on\s+)(?=[a-z])")
# a counted label followed by its items in apposition: "two future industries, A and B,"
# (Folded: the same matches as re.IGNORECASE, found about twice as fast)
_EN_COUNTED_LABEL: Final = Folded(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+"
                           r"((?:[\w\-]+\s+){0,3}?(?:industries|sectors|clusters|industrial chains|chains|tracks))"
                           r"\s*,\s+(?=[a-z])")
# a technology's uses named by the fields they are in (not industries): "AI application scenarios … in fields such as"
_APPLIED_IN_EN: Final = re.compile(r"\b(?:application|applications|scenarios?|use cases?)\b[^.;:]{0,50}?\b(?:in|across)\s+"
                            r"(?:[\w\-]+\s+){0,2}?(?:fields|areas|sectors|domains)\s*,?\s*$", re.IGNORECASE)
_EN_LABEL_CLAUSE: Final = Folded(
    r"(?P<label>\b(?:[\w\-’']+\s+){0,4}?(?:industries|sectors|fields|areas|tracks|domains|directions|clusters|"
    r"chains|engines|pillars|priorities))(?:\s+[a-z][\w\-’']*){1,6}\s*,\s*$",
)


_EN_VERB_CUE: Final = Folded(
    r"\b(?:such as|including|focus(?:es|ed|ing)? on|prioriti[sz](?:e|es|ing)|developing|develop|cultivat(?:e|es|ing)|"
    r"nurtur(?:e|es|ing)|expand(?:s|ing)?|strengthen(?:s|ing)?|upgrad(?:e|es|ing)|foster(?:s|ing)?|"
    r"gaps in|policies for|projects in|engaged in|mapping in|plan ahead for|layouts? for|centered on|bet on|"
    r"bett(?:ing|s) on|"
    # "adds A and B to its list of future industries"
    r"add(?:s|ed|ing)(?=\s[^.;:]{3,120}?\sto\s+(?:its|their|the)\s+list\s+of\b)|"
    # "keeps machinery as its traditional anchor but adds A and B", "now pitches A, B and C", "Its list … covers A and B"
    r"(?<=but )add(?:s|ed)|(?<=also )add(?:s|ed)|pitch(?:es|ed|ing)|"
    # "Yunnan adds A and B" (a region adding to what the sentence before named), "puts A and B first", "is going after
    # A and B", "chases A", "pairs A with …"
    r"adds(?=\s(?!that\b|up\b|to\b|value\b|more\b|another\b|some\b|about\b|around\b|over\b|nearly\b|roughly\b)[a-z])|"
    r"put(?:s|ting)?(?=\s[^.;:!?,]{3,100}?\sfirst(?:\s*[,.;:]|\s+(?:with|and|in|among)\b))|"
    r"go(?:es|ing)? after|went after|chas(?:e|es|ing)(?=\s(?!a\b|an\b|the\b|after\b))|pair(?:s|ed|ing)?(?=\s[^.;:!?]{3,60}?\swith\b)|"
    r"keep(?:s|ing)?(?=\s[^.;:]{3,60}?\sas\s+(?:its|their|the)\s)|"
    r"(?:list|lineup|roster|slate)(?: of [^.;:,]{1,40}?)?(?: [a-z]+ly)? (?:covers|includes|comprises|spans|starts with|"
    r"begins with|opens with)|"
    # "nine quick-win future industries and six exploratory ones. Among the former are A, B and C"
    r"among (?:the )?(?:former|latter) (?:are|is)|"
    r"placing (?:early |big |new )?bets on|putting (?:our|its|their) money behind|speciali[sz](?:e|es|ed|ing) in|"
    r"revitali[sz](?:e|es|ing)|grow(?:s|ing)?|speed up the development of|centred on|centring on|to lead in|"
    r"(?:sectors|industries|priorities|pillars)(?: [^.;:,]{1,30}?)? includ(?:e|es|ed)|"
    r"(?:focus|emphasis) (?:is|will be|remains|was) on|pinn(?:ed|ing) (?:its|their|our) hopes on|zero(?:es|ed|ing)? in on|"
    r"(?:pour|channel|put)(?:s|ed|ing|ting)? (?:more |new |fresh )?(?:money|funds|capital|resources) into|"
    r"concentrat(?:e|es|ed|ing) (?:resources|efforts|funds) on|"
    r"build(?:s|ing)? up|lay(?:s|ing)? out|laid out|"
    r"with (?:an|a special|particular) (?:emphasis|focus) on|concentrat(?:e|es|ed|ing) on|"
    r"clusters? in|named|names|naming|lists|listed|back(?:s|ing)?|boost(?:s|ing)?|bolster(?:s|ing)?|"
    r"target(?:s|ing)?|invest(?:s|ing)? in|singl(?:e|es|ed) out|pick(?:s|ed)? out|identif(?:y|ies|ied)|highlight(?:s|ed)?|"
    r"counting on|earmarked for|(?:channel|channell|direct)(?:s|ed|ing)? (?:to|into|towards?)|"
    r"put(?:s|ting)? (?:money|funds|capital|resources)(?: mainly| chiefly| primarily| largely)? into|"
    r"(?:push(?:es|ing)?|drive|foray|move|moves|moving|expan(?:d|ds|ding|sion)|exten(?:d|ds|ding|sion)|"
    r"branch(?:es|ing)? out)"
    r"(?: from [^,.;:]{1,40}?)? into|driven by|"
    # "the growth will come from A and B": where a region's growth is to come from
    r"(?:growth|momentum) (?:will |would |should |is to |is expected to )?come(?:s)? from|"
    # "put A and B at the centre of its strategy": the list between the verb and the place it is put
    r"put(?:s|ting)?(?=\s[^.;:!?]{3,160}?\sat\s+the\s+(?:centre|center|heart|core|top)\s+of\b))\s+",
)
def _first_letter_grouped(pattern: str) -> str:
    r"""``pattern`` with its alternatives grouped by first letter when :func:`fastre.literal_led` can rewrite it
    (``(?:are|as|is)\b`` → ``(?:a(?:re\b|s\b)|is\b)``), its letters lowered (for case-insensitive patterns only);
    else as written.

    After the ``\s*`` of a space-led branch (:func:`_charset_led`), ``re`` tries the alternatives one by one at every
    space, entering each that opens with a group or a look-behind; grouped, it enters at most the one for the next
    letter: _EN_AS_LABEL and _EN_STOP scan English sentences about twice as fast. Exact: literal_led's rewrites
    keep every alternative's matches and their order of preference (alternatives that open with different letters
    cannot both match at a position), so the pattern around the group tries the same choices in the same order."""
    led = fastre.literal_led(fastre.lower_pattern(pattern))
    return pattern if led is None else "(?:" + led + ")"


def _charset_led(pattern: str, grouped: bool = True) -> str:
    r"""The same pattern led by one character class: each top-level alternative opens with ``\s+``, ``\s`` (once),
    a comma or a plain class, so ``\s+(?:A)|,\s*B|[;.]`` → ``[\s,;.](?:(?<=\s)(?:\s*(?:A))|(?<=,)(?:\s*B)|(?<=[;.]))``.

    Python's ``re`` skips in C the positions where a pattern's first class cannot match, but only when the pattern
    opens with a class (not with ``\s+`` or with alternatives); fastre's literal-led form does not apply to these
    long alternatives. Exact: the class takes the first character each alternative needs, the look-behind then
    admits only the alternatives that open with it (in their order: those that open alike keep theirs, and the
    others cannot match at that position), ``\s\s*`` is ``\s+`` with the same greedy choices, and no group or
    position moves. ``grouped``: the alternatives of a space-led one grouped by first letter
    (:func:`_first_letter_grouped`; False gives the plain form, for the tests)."""
    firsts = [r"\s", ","]
    branches: list[tuple[str, list[str]]] = [(r"\s", []), (",", [])]
    for alt in fastre.split_alternatives(pattern):
        cls = re.match(r"\[([^\\\]\[^-]+)\]", alt)
        if alt.startswith(r"\s+"):
            branches[0][1].append(r"\s*" + (_first_letter_grouped(alt[3:]) if grouped else alt[3:]))
        elif alt.startswith(r"\s") and alt[2:3] not in ("*", "+", "?", "{"):
            branches[0][1].append(alt[2:])
        elif alt.startswith(","):
            branches[1][1].append(alt[1:])
        elif cls is not None and alt[cls.end() : cls.end() + 1] not in ("*", "+", "?", "{"):
            firsts.append(re.escape(cls.group(1)))
            branches.append((cls.group(0), [alt[cls.end() :]]))
        else:
            raise ValueError(f"not a charset-led alternative: {alt[:40]!r}")
    return "[" + "".join(firsts) + "](?:" + "|".join(
        f"(?<={first if first.startswith('[') else '[' + first + ']'})(?:{'|'.join(alts)})" for first, alts in branches if alts
    ) + ")"


# where a list ends (as written: the pattern is its charset-led form)
_EN_STOP_SOURCE: Final = (
    r"\s+(?:are|is|were|was|will|would|should|shall|can|could|may|must|have|has|had|to|which|that|with|among|"
    r"as well as|while|in order|so as|by|for|at|from|amounting|accounting|reaching|into|through|where|when|"
    r"according|providing|highlighting|making|aimed|and other|among other|under|across|within|during|but|yet|"
    r"further|too|as well|again|vigorously|rapidly|actively|steadily|around(?!\s+(?:RMB|CNY|US|\$|\d))|"
    # a phrase that adds something beside the list: "A, B and C, alongside the vehicles assembled in …"
    r"alongside|besides|along with|together with|in addition to|"
    r"top(?:s|ped)? the)\b|"
    # a second predicate of the subject: "is developing A and B and offers standard factory space at …"
    r"\s+and\s+(?:also\s+)?(?:offers|provides|gives|grants|pays|runs|operates|plans|aims|wants|expects|seeks|hopes|"
    r"intends|sets|set up|sets up|launches|builds|hosts|attracts|supports)\b|"
    r",\s*towards?\b|\s+first(?=\s*[,.;:]|\s+(?:with|and|in|among)\b)"
    r"|[;.!?()]|\s[-–—]{1,2}\s"
)
_EN_STOP: Final = Folded(_charset_led(_EN_STOP_SOURCE))
_EN_LEAD: Final = re.compile(r"(?:and|or|but|yet|the|a|an|its|their|our|his|her|such|other|as|also|both|key|major|more|new types of|into|"
                      r"especially|particularly|notably|chiefly|mainly)\s+",
                      re.IGNORECASE)
# an item that runs into who said it or names a government body
_EN_NOT_AN_INDUSTRY: Final = re.compile(r"\b(?:said|says|told|added|announced)\b|\b(?:department|ministry|bureau|commission)\s+of\b",
                                 re.IGNORECASE)
# a list of goods traded ("with a focus on exporting electrical and mining equipment"): a trade, not industries
_EN_TRADE_OPEN: Final = re.compile(r"\s*(?:exporting|importing|selling|buying)\b", re.IGNORECASE)
_EN_GENERIC: Final = re.compile(
    r"(?:strategic\s+)?(?:emerging|future|traditional)|"  # a tier's words alone, their noun cut off
    r"(?:the\s+)?(?:real\s+|local\s+|national\s+)?(?:economy|technology|technologies|industry|industries|"
    r"innovation|development|science|others|manufacturing industry|manufacturing|sectors?)|"
    # a kind of zone, not an industry: "put the free trade port at the centre of its plans"
    r"(?:the\s+)?(?:pilot\s+)?free\s+trade\s+(?:port|zone)s?|special\s+economic\s+zones?|"
    r"(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|some)\s+)?"
    r"(?:(?:strategic\s+)?emerging|new|future|traditional|key|leading|pillar|advantageous|other|"
    r"pioneering|major|these|related|relevant|advanced|core|cutting-edge|frontier|high|high-tech)\s+"
    r"(?:industries|sectors|industry|fields|areas|technologies|technology|tracks)",
    re.IGNORECASE,
)
_EN_TIER_HEAD: Final = re.compile(r"(?:strategic\s+)?(?:emerging|future|traditional)\s+(?:industries|sectors)\s+\S", re.IGNORECASE)
_EN_CLUSTER_TRAIL: Final = re.compile(r"\s(?:industrial |industry )?(?:clusters?|chains?)$", re.IGNORECASE)
_EN_TRAIL: Final = Folded(r"\s+(?:industrial clusters?|industry clusters?|clusters?|industrial chains?|industry chains?|"
                       r"sectors?|fields?|areas|industries|industry)$")


# a label after a list: the nouns it ends in, and the openers "as …", "among its … future", ", labelled …"
# that both _EN_LABEL_AFTER and _EN_AS_LABEL accept
_LABEL_AFTER_NOUNS: Final = (r"(?:industries|sectors|industry|priorities|priority|pillars?|mainstays?|chains|clusters|engines|lines|drivers|"
                      r"directions|areas|fields|tracks|domains|segments|growth points|growth poles)")
# up to three words before the noun; a quoted phrase counts as one ("as its \"number one\" strategic emerging industry")
_LABEL_WORDS: Final = r"(?:[\"“][\w\-\s]{1,30}?[\"”]\s+|[\"“]?[\w\-]+\s+){0,3}?"
_AS_LABEL_OPENERS: Final = (
    # the alternatives that open with a space, then those that open with a comma (one branch each, so the
    # scan tries two alternatives per position, not five; the matches are the same)
    r"\s+(?:as\s+(?:one\s+of\s+)?(?:its\s+|the\s+|their\s+|our\s+)?[\"“]?|(?:to|on)\s+(?:its|their|the)\s+(?:own\s+)?list\s+of\s+|"
    r"among\s+(?:its\s+|the\s+|their\s+|our\s+)?"
    r"(?=(?:[\w\-]+\s+){0,2}?(?:future|emerging|traditional)\s)|"
    # "to make A and B its leading emerging industries": a possessive label right after the list, before a tier's word
    r"(?:its|their|our)\s+(?=(?:[\w\-]+\s+){0,2}?(?:future|emerging|traditional)\s)|"
    # "calls the low-altitude economy a future industry"
    # (the look-behinds "not after one / it / them" written after the "a", over it too: the same test, and the
    # alternatives can then be grouped by first letter, see _first_letter_grouped)
    r"a(?<!\bone\sa)(?<!\bit\sa)(?<!\bthem\sa)n?\s+(?=(?:[\w\-]+\s+){0,1}?(?:future|emerging|traditional)\s+(?:industry|sector)"
    r"(?:\s*[,.;:)]|\s*$|\s+(?:and|or|in|by|for|with|to|that|which)\b))|"
    # "A and B are grouped as future industries", "…, described as strategic emerging industries"
    r"(?:are\s+|were\s+)?(?:described|grouped|categori[sz]ed|billed)\s+as\s+|"
    r"(?:are|were)\s+(?:named|listed|designated|classified|identified|selected|chosen|flagged|earmarked|singled out|"
    r"picked|tagged|treated|positioned)\s+as\s+"
    r"(?:its\s+|the\s+|their\s+|our\s+)?|"
    # "A, B, and the marine economy are our three strategic directions": a copula and a possessive label
    r"(?:are|is|remain|(?:will|would)\s+remain)\s+(?:one\s+of\s+)?(?:our|its|their|the\s+(?:city|province|region|zone|county|district)['’]s)"
    r"\s+|"
    # "A and B are at the top of our list of future industries"
    r"(?:are|is)\s+(?:at\s+the\s+top\s+of|on|among|high\s+on)\s+(?:our|its|their)\s+list\s+of\s+|"
    # "A and B are traditional industries", "… will remain important traditional industries": a bare copula
    # only before a tier's own word
    r"(?:are|remain|will\s+remain|will\s+be)\s+(?:still\s+|also\s+)?(?:important\s+|key\s+|major\s+)?"
    r"(?=(?:[\w\-]+\s+){0,2}?(?:traditional|emerging|future)\s))|"
    r",\s*(?:labell?ed|designated|classed|classified|listed)(?:\s+as)?\s+|"
    r",\s+(?:are\s+|were\s+)?(?:described|grouped|categori[sz]ed|billed)\s+as\s+|"
    # "A and B, which it calls strategic emerging industries"
    r",\s*which\s+(?:it|they|the\s+(?:city|province|region|county|district|zone|plan))\s+"
    # (a list, so a plural label: "…, which the plan calls a strategic emerging industry" names the phrase before "for")
    r"(?:calls|call|considers|regards\s+as|describes\s+as|lists\s+as|counts\s+among)\s+(?!an?\s)(?:its\s+|the\s+|their\s+)?"
)
_LABEL_AFTER_OPENERS: Final = (
    r",\s*(?:two|three|four|five|six|both|all)\s+of\s+(?:its|the|their|our)\s+|"
    # "A, B and C were listed as strategic emerging industries"
    r"\s+(?:are|were|is|was|have been|has been|will be)\s+(?:listed|named|designated|classed|classified|identified|"
    r"chosen|selected|singled out)\s+as\s+(?:its\s+|the\s+|their\s+|our\s+)?|"
    + _AS_LABEL_OPENERS + r"|"
    r",?\s+and\s+other\s+|,\s*(?:the\s+)?(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s)|"

    # an apposition that names the tier: "A and B, the traditional mainstays, are …"
    r",\s*(?:the|its|their|our|the (?:city|province|county|region|district)['’]s)\s+"
    r"(?=(?:[\w\-]+\s+){0,1}?(?:traditional|emerging|future|pillar|leading)\s)"
)


def _spaces_then_charset_led(pattern: str, grouped: bool = True) -> str:
    r"""``\s*(?:pattern)`` led by one character class, for a pattern whose top-level alternatives open with ``\s+``
    then a letter, with a comma, or with ``,?\s+`` (see :func:`_charset_led` for why).

    A match of ``\s*(?:A)`` opens on a comma (then only the alternatives that take one can match there, in their
    order) or on a run of spaces; there ``\s*`` first takes the whole run and tries the alternatives after it
    (only those that open with a comma can match), then gives back one space, where those that open with spaces
    take it (and any more) and go on with a letter right after the run, so giving back more changes nothing.
    ``[\s,](?:(?<=,)(?:the comma ones, comma taken)|(?<=\s)\s*(?:the comma ones|what the others have after
    their spaces))`` makes the same tries in the same order and finds the same match and groups. ``grouped``: the
    alternatives after the spaces grouped by first letter (:func:`_first_letter_grouped`; False: as written)."""
    commas: list[str] = []
    spaced: list[str] = []
    for alt in fastre.split_alternatives(pattern):
        if alt.startswith(",?\\s+"):
            commas.append("," + alt[2:])
            spaced.append(alt[5:])
        elif alt.startswith(","):
            commas.append(alt)
        elif alt.startswith("\\s+") and re.match(r"[a-z(]", alt[3:]):
            spaced.append(alt[3:])
        else:
            raise ValueError(f"not a comma- or space-led alternative: {alt[:40]!r}")
    after_spaces = "|".join(commas + spaced)
    return (r"[\s,](?:(?<=,)(?:" + "|".join(c[1:] for c in commas) + r")|(?<=\s)\s*"
            + (_first_letter_grouped(after_spaces) if grouped else "(?:" + after_spaces + ")") + ")")


_EN_LABEL_AFTER: Final = Folded(rf"{_spaces_then_charset_led(_LABEL_AFTER_OPENERS)}(?P<label>{_LABEL_WORDS}{_LABEL_AFTER_NOUNS})\b")


_EN_AS_LABEL: Final = Folded(rf"(?:{_charset_led(_AS_LABEL_OPENERS)}){_LABEL_WORDS}{_LABEL_AFTER_NOUNS}\b")
_LABEL_AFTER_NOUN: Final = Folded(_LABEL_AFTER_NOUNS)  # in every match of _EN_LABEL_AFTER (a cheap pre-test)


_EN_LIST_BOUNDARY: Final = re.compile(r"[;:.!?]\s|\s[-–—]{1,2}\s|[\"”]\s+and\s|,\s+(?:while|whereas)\s+")
_EN_BOUNDARY_WORD: Final = re.compile(r"\b(?:[a-z][a-z\-]*(?:s|ed)|are|were|out|up|with|of|for|to|on|in|into|between|supporting|"
                               r"developing|backing|building|nurturing|cultivating|prioriti[sz]ing|targeting|fostering|"
                               r"promoting|"
                               # a verb after a plural subject: "Sichuan, Chongqing and Shaanxi all list A and B among …"
                               r"list|name|include|designate|identify|select|choose|pick|treat|regard|count|rank|"
                               r"make|makes|made|making|put|putting|said|says|say|"
                               # a bullet's verb with no subject: "- Treats A and B as emerging industries"
                               r"Treats|Classifies|Names|Lists|Designates|Counts|Ranks|Regards|Identifies|Picks|Labels|"
                               r"Includes|Singles out|Earmarks)\b")
_EN_ING_NOUN_AFTER: Final = re.compile(r" (?:materials|equipment|machinery|products|components|machines)\b")
_EN_NOT_VERB: Final = frozenset({"its", "this", "his", "is", "was", "has", "as", "us", "plus", "always", "thus", "less",
                          "across", "perhaps", "whereas", "gas", "mass", "glass", "process", "access", "press", "bus",
                          "biomass", "chassis", "ons", "its'"})
_EN_ADJ_ED: Final = frozenset({"advanced", "integrated", "embodied", "connected", "automated", "specialized", "specialised", "unmanned",
                        "distributed", "based", "related", "embedded", "enhanced", "refined", "processed", "printed",
                        "engineered", "customized", "customised", "assisted", "powered", "biobased", "lightweighted",
                        "speed", "need", "seed", "feed", "seeds", "needs"})
_ADJ_BEFORE_HEAD: Final = re.compile(r"\s+(?:intelligence|manufacturing|materials?|energy|vehicles?|equipment|robots?|"
                             r"robotics|devices|chips?|computing|medicine|biology|networks?|systems?)\b", re.IGNORECASE)
_EN_PRIORITY_CUE: Final = Folded(
    r"\b(?:priority|priorities|precedence)\s+(?:will|shall|would|is to|are to|goes|go|is|are)?\s*"
    r"(?:go|be given|be placed|given|placed|be)?\s*(?:to|on)\s+|"
    # "channel 40 billion yuan into parks, with priority for A and B projects"
    r"\bwith (?:top |first |particular )?priority (?:for|given to)\s+|"
    # "The province's priorities remain A, B and C"
    r"\b(?:its|their|our|(?:the )?[\w\-]+['’]s|the)\s+(?:(?:industrial|sector|key)\s+)?priorities\s+"
    r"(?:remain|are|include|will remain|will be)\s+(?:the\s+)?(?=[\w\-]+)"
)


_VERB_BEFORE_ARTICLE: Final = re.compile(r"\b(?:calls?|called|considers?|considered|names?|named|makes?|made)$")


def _as_label_starts(text: str, start: int, end: int, nouns: bool | None = None) -> list[int]:
    """Starts of noun-led lists closed by "as <label>": "singled out A, B and C as priorities",
    "labels A and B as \"strategic emerging industries\"", "with A, B and C as the four main chains".

    The list runs back from " as" to the last verb-like word ("names", "singled out", "with") before its
    first comma, within the clause (not across ";", ":", " -- " or a sentence end). ``nouns``: whether
    ``text[start:end]`` holds a match of _LABEL_AFTER_NOUN, None when not known yet."""
    if not (_LABEL_AFTER_NOUN.test(text, start, end) if nouns is None else nouns):
        return []  # (exact: every match of _EN_AS_LABEL ends in one of these nouns, inside [start, end))
    starts: list[int] = []
    prev_end = start  # "names A and B as emerging industries, and C and D as future industries": the second list
    for m_start, m_end in _EN_AS_LABEL.spans(text, start, end):
        # "…, which it calls a strategic emerging industry": a singular label after a relative clause names one thing,
        # the phrase before ", which" (not "electronics, batteries and semiconductors" in "ceramics for …, which …")
        singular = text.startswith((" a ", " an "), m_start) and \
            _VERB_BEFORE_ARTICLE.search(text, max(start, m_start - 12), m_start) is not None
        label_start = m_start  # where the list ends: before " as <label>", or before "listed as <label>"
        pm = _PARTICIPLE_BEFORE_AS.search(text, max(start, m_start - 16), m_start)
        if pm is not None:
            label_start = pm.start()
        b0 = prev_end
        if prev_end > start:
            joint = _AFTER_LABEL_JOINT.match(text, prev_end, m_start)
            b0 = joint.end() if joint else prev_end  # opens after the first one's label and the "and" that follows
        prev_end = m_end
        for bm in _EN_LIST_BOUNDARY.finditer(text, b0, m_start):
            b0 = bm.end()
        comma = text.find(",", b0, m_start)
        first_end = comma if comma >= 0 else m_start
        cut: int | None = None
        head_ends: set[int] | None = None  # ends of sector names in the list's span, found once when needed
        for wm in _EN_BOUNDARY_WORD.finditer(text, b0, m_start):
            w = wm.group(0)
            if wm.end() >= label_start:
                continue  # the word right before " (listed) as <label>" ends the list ("… operating systems as …")
            if w in _EN_NOT_VERB or w in _EN_ADJ_ED or w.rpartition("-")[2] in _EN_ADJ_ED or w.endswith("ous") or \
                    (len(w) > 3 and EN_HEADS.test(w)) or (w.endswith("ing") and _EN_ING_NOUN_AFTER.match(text, wm.end())):
                continue  # "phosphorus-based", "nonferrous" are adjectives too; so is "building" in "building materials"
            if w.endswith("s"):
                if head_ends is None:
                    head_ends = {e for _, e in EN_HEADS.spans(text, b0, m_start)}
                if wm.end() in head_ends:
                    continue  # "integrated circuits": the last word of a sector name, not a verb
            if w.endswith("ed") and _ADJ_BEFORE_HEAD.match(text, wm.end()):
                continue  # "embodied intelligence": an -ed word right before a sector noun is its adjective
            cut = wm.end()
        if singular:
            which = text.rfind(", which", b0, m_start)
            body = text[cut if cut is not None else b0 : which if which >= 0 else m_start]
            if which < 0 or "," in body or " and " in body:
                continue
        if cut is not None:
            starts.append(cut)
        elif cut is None and len(text[b0:first_end].split()) <= 6:
            starts.append(b0)  # the list opens the sentence or clause: "Basic chemicals and ordinary steel, labelled ..."
    return starts


_PARTICIPLE_BEFORE_AS: Final = re.compile(r"\s+(?:listed|named|designated|classed|classified|identified|described|grouped|billed|"
                                   r"chosen|selected)$")
_AFTER_LABEL_JOINT: Final = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+")
_EN_COLON: Final = Folded(r":\s+")
_EN_DASH: Final = re.compile(r"\s[-–—]{1,2}\s")
_EN_SENTENCE_LIST: Final = re.compile(r"\s*(?=[A-Z][\w\-]*(?:\s+[\w\-]+){0,5},\s)")
# a label that opens its sentence and the list set off after it: "Our traditional strengths, A and B, will …"
_EN_LABEL_APPOSITION: Final = re.compile(r"\s*(?:(?:[A-Z][\w\-]*:\s*)?(?:Our|Its|Their|The (?:city|province|region|county|"
                                  r"district|zone)['’]s|(?:For|As for) (?:the|its|their|our)))\s+(?P<label>(?:traditional|emerging|future|pillar|leading|"
                                  r"strategic emerging|legacy)\s+(?:strengths|industries|sectors|pillars|mainstays)),\s+")
# the verb of a list that opens its sentence as the subject
_EN_SUBJECT_LIST_VERB: Final = re.compile(r",?\s+(?:are|is|remain|remains|were|was|will|would|have|has|had|form|forms|still)\b")
_RX_EN_LISTS_1: Final = re.compile(r",\s*")
_AUX_OPENS: Final = re.compile(r"\s*(?:has|have|had|is|are|was|were|will|would|can|could|should|must|may)\s")
_RX_EN_LISTS_2: Final = re.compile(r"(?:of|for|in|on|to|with|by|from|at)\b", re.IGNORECASE)
_RX_EN_LISTS_3: Final = re.compile(r"\s+and\s+")
_RX_EN_LISTS_4: Final = re.compile(r"\d")
# the digits that belong to an industry's own name (5G, 6G, 3D printing, 4K/8K video), not to a count or a date
_TECH_NUMERAL: Final = re.compile(r"(?<![\dA-Za-z])(?:[56]G|3D|[48]K)(?![\dA-Za-z])")
_RX_EN_LISTS_5: Final = re.compile(r"\s*(?:and|or)\s")


_AND_CLAUSE: Final = re.compile(r"\s*and\s+(?:then\s+|also\s+)?(?:set|sets|said|says|will|would|plans?|aims?|wants?|announced|"
                         r"pledged|vowed|launched|unveiled|has|have|had|is|are|was|were|it|its|the|expects?|called|urged|"
                         r"names|named|lists|listed|designates|designated|picks|picked|identifies|identified|treats|"
                         r"labels|labelled|labeled)\b",
                         re.IGNORECASE)
# "…, high-end equipment, and the Beidou satellite industry": "and the" closing a list with one more industry, no verb
_AND_THE_INDUSTRY: Final = re.compile(r"\s*and\s+the\s+(?:[\w\-]+\s+){1,4}(?:industry|industries|sector|sectors)\s*", re.IGNORECASE)
_AND_WORD: Final = re.compile(r"\s*and\s+", re.IGNORECASE)


def _and_action(seg: str) -> bool:
    """A comma part "and <policy verb> …" (", and build five pilot zones") or "and <word> the/its …" (", and lift
    the value added of …": a verb and its object, whatever the verb): a clause, not a list item."""
    m = _AND_WORD.match(seg)
    if m is None:
        return False
    word = seg[m.end() :].split(" ", 1)[0].lower()
    if word in _EN_ADJ_ED:
        return False  # ", and advanced hard alloys": an adjective that looks like a verb opens an item
    return ACTION_EN.match(seg, m.end()) is not None or _VERB_OBJECT.match(seg, m.end()) is not None


# a lower-case word then a determiner: a verb and its object ("lift the value added", "raise its share")
_VERB_OBJECT: Final = re.compile(r"[a-z]+\s+(?:the|a|an|its|their|our|his|her)\s")


_AS_WELL_AS: Final = re.compile(r"(?:as\s+well\s+as|plus|alongside|along\s+with)\s+", re.IGNORECASE)


_EN_ACRONYM: Final = re.compile(r"\s?\((?=[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*[A-Z])([A-Za-z0-9&]{2,8})\)")
_EN_WORD: Final = re.compile(r"[A-Za-z][\w\-]*")
_EN_EXPANSION_SKIP: Final = frozenset({"and", "of", "the", "&"})


def _expansion_start(text: str, start: int, at: int, acronym: str) -> int | None:
    """Start of the words before ``at`` whose initials spell ``acronym`` ("carbon capture, utilisation
    and storage" before "(CCUS)"; "and", "of", "the" skipped), when they hold a comma or an "and"
    that would otherwise split them; else None."""
    letters = [c.lower() for c in acronym.rstrip("s") if c.isalpha()]
    words = [m for m in _EN_WORD.finditer(text, max(start, at - 120), at) if m.group().lower() not in _EN_EXPANSION_SKIP]
    if len(letters) < 2 or len(words) < len(letters):
        return None
    tail = words[-len(letters) :]
    if [w.group()[0].lower() for w in tail] != letters:
        return None
    span = text[tail[0].start() : at]
    return tail[0].start() if ("," in span or " and " in span) else None


def _mask_acronyms(sentence: str) -> str | None:
    """The sentence with each bracketed acronym ("(AI)", "(NEVs)", "(CCUS)") blanked, and the commas and
    "and"s of a spelled-out expansion before it hidden, so that a list runs on through them; None when
    the sentence has no such acronym. Same length as ``sentence`` (offsets unchanged)."""
    if "(" not in sentence:
        return None
    found = list(_EN_ACRONYM.finditer(sentence))
    if not found:
        return None
    chars = list(sentence)
    for m in found:
        for k in range(m.start(), m.end()):
            chars[k] = " "
        ex = _expansion_start(sentence, 0, m.start(), m.group(1))
        if ex is not None:
            for k in range(ex, m.start()):
                if chars[k] == ",":
                    chars[k] = "\u00b7"
            inner = "".join(chars[ex : m.start()])
            for am in re.finditer(r"(?<=\s)and(?=\s)", inner):
                chars[ex + am.start()] = "&"
    return "".join(chars)


_EN_SEMI_INTRO: Final = re.compile(r"(?::|\s[-–—]{1,2})\s")


def _semicolon_list(sentence: str) -> str | None:
    """The sentence with the semicolons of a list after a colon written as commas ("lists six future
    industries: A; B; C and D; E; and F"), when every part between them is short (at most six words) and
    there are at least two; None otherwise. Same length as ``sentence``."""
    m = _EN_SEMI_INTRO.search(sentence)
    if m is None:
        return None
    tail_end = len(sentence.rstrip(" .!?"))
    body = sentence[m.end() : tail_end]
    parts = body.split(";")
    if len(parts) < 3 or any(not p.strip() or len(p.split()) > 6 or "," in p for p in parts):
        return None
    return sentence[: m.end()] + body.replace(";", ",") + sentence[tail_end:]


# "future information (general AI, 6G)": a bracket of two or more named parts after an item
_EN_SUBITEMS: Final = re.compile(r"\s*\((?P<body>[^()]{3,160}?,[^()]{1,160})\)")
_EN_LABEL_BEFORE_BRACKET: Final = re.compile(r"\b(?:industries|sectors|fields|areas|clusters|chains|pillars|tracks|directions|"
                                      r"groups|priorities|industry|sector)\s*$", re.IGNORECASE)
_EN_SUBITEM_SPLIT: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _bracketed_parts(text: str, items: list[ListItem], start: int, end: int) -> list[ListItem]:
    """Items named in a bracket after a list item ("future information (general AI, 6G), future health (gene
    technology, brain-computer interfaces)"): each part is an item too, with the item's tier; parts that are not
    industries (no sector word, too long) make the whole bracket a gloss."""
    out: list[ListItem] = []
    for it in items:
        bm = _EN_SUBITEMS.match(text, it.end, end)
        if bm is None:
            continue
        parts: list[tuple[int, int]] = []
        pos = bm.start("body")
        for sep in list(_EN_SUBITEM_SPLIT.finditer(text, bm.start("body"), bm.end("body"))) + [None]:
            b = sep.start() if sep is not None else bm.end("body")
            a, b = _strip_span(text, pos, b)
            if a < b:
                parts.append((a, b))
            if sep is not None:
                pos = sep.end()
        if len(parts) < 2 or any(len(text[a:b].split()) > 4 or not (EN_HEADS.test(text[a:b]) or
                                                                     _EN_NAME_ITEM.fullmatch(text[a:b]))
                                 for a, b in parts):
            continue
        out.extend(ListItem(a, b, text[a:b], it.tier, it.tier_source, it.labelled) for a, b in parts)
    return out


_EN_NAME_ITEM: Final = re.compile(r"[A-Z0-9][A-Za-z0-9\-]{0,5}|[A-Za-z\-]+ (?:AI|ICT|IoT|6G|5G)")


def en_lists(text: str, start: int, end: int) -> list[ListItem]:
    """Industry items of the English lists in sentence ``text[start:end]``, with the parts a bracket names after
    an item (see :func:`_bracketed_parts`).

    A bracketed acronym after an item ("artificial intelligence (AI), robotics and …") does not end the
    list, and a spelled-out expansion ("carbon capture, utilisation and storage (CCUS)") stays one item."""
    if "(" not in text[start:end]:
        return _en_lists_masked(text, start, end)
    # a bracket of parts after an item does not end the list: it is read with the bracket blanked out
    # (not a bracket that spells out a label's members: "six advantageous industries (A, B, …)" is the list)
    blanked = _EN_SUBITEMS.sub(lambda m: m.group(0) if _EN_LABEL_BEFORE_BRACKET.search(m.string, 0, m.start())
                               else " " * len(m.group(0)), text[start:end])
    if blanked == text[start:end]:
        return _en_lists_masked(text, start, end)
    found = _en_lists_masked(text[:start] + blanked + text[end:], start, end)
    items = [ListItem(it.start, it.end, text[it.start : it.end], it.tier, it.tier_source, it.labelled) for it in found]
    seen = {(it.start, it.end) for it in items}
    return items + [it for it in _bracketed_parts(text, items, start, end) if (it.start, it.end) not in seen]


def _en_lists_masked(text: str, start: int, end: int) -> list[ListItem]:
    masked = _mask_acronyms(text[start:end])
    if ";" in text[start:end] and (":" in text[start:end] or "—" in text[start:end] or " - " in text[start:end]):
        masked = _semicolon_list(masked if masked is not None else text[start:end])
    if masked is None:
        return _en_lists(text, start, end)
    return [ListItem(it.start + start, it.end + start, text[it.start + start : it.end + start], it.tier, it.tier_source,
                     it.labelled) for it in _en_lists(masked, 0, len(masked))]


def _may_have_heads(text: str, cb: int, stop: int, vocabulary: bool) -> bool:
    """False only when no list part after the cue ending at ``cb`` can hold a sector word: a cue gives nothing
    unless one of its parts does (``n_heads``), or, after "focus on", names an item the vocabulary knows
    (``vocabulary``).

    Exact: every part lies in ``text[cb:stop]`` (``stop`` is where the next cue opens, or the sentence end) and
    starts at ``cb`` or after a comma or a space, and ends at ``stop`` or before a comma, a space or a bracket
    (the ends the loop may cut at: _EN_STOP, _EN_LABEL_AFTER, _EN_SUBJECT_LIST_VERB, _PARTICIPLE_BEFORE_AS
    all open on one), so ``\\b`` says the same at a part's ends in the part as in this slice."""
    return vocabulary or EN_HEADS.test(text[cb:stop])


# strings one of which every match of a pattern holds (its letters lowered for a Folded or case-insensitive one):
# a sentence without any has no match, and most sentences hold none of these (exact pre-tests, see _en_lists)
_LABEL, _NOUN, _PRIORITY, _COUNTED = 1, 2, 4, 8
_SENTENCE_WORD_KINDS: dict[str, int] = {}
for _w in _EN_LABEL_WORD.pattern.split("|"):  # _EN_LABEL_WORD: plain words
    _SENTENCE_WORD_KINDS[_w] = _LABEL
for _w in _LABEL_AFTER_NOUNS[3:-1].split("|"):  # _LABEL_AFTER_NOUN: words, some with an optional s ("pillars?")
    _w = _w.removesuffix("s?")
    _SENTENCE_WORD_KINDS[_w] = _SENTENCE_WORD_KINDS.get(_w, 0) | _NOUN
for _w in ("priorit", "precedence"):  # _EN_PRIORITY_CUE (every match holds priority, priorities or precedence)
    _SENTENCE_WORD_KINDS[_w] = _SENTENCE_WORD_KINDS.get(_w, 0) | _PRIORITY
for _w in ("industries", "sectors", "clusters", "chains", "tracks"):  # _EN_COUNTED_LABEL ("industrial chains")
    _SENTENCE_WORD_KINDS[_w] |= _COUNTED
_SENTENCE_WORDS: Final = ahocorasick.Automaton()
for _w, _kind in _SENTENCE_WORD_KINDS.items():
    _SENTENCE_WORDS.add_word(_w, (len(_w), _kind))
_SENTENCE_WORDS.make_automaton()


def _sentence_words(low: str | None) -> tuple[int | None, int]:
    """Where the first label word (_EN_LABEL_WORD) starts in the lowered sentence ``low`` (-1: none) and the kinds
    of word it holds (bits: _LABEL, _NOUN for _LABEL_AFTER_NOUN, _PRIORITY, _COUNTED), in one Aho-Corasick pass
    instead of a scan per pattern; (None, all kinds) when ``low`` is None (a text that :func:`fastre.lowered` does
    not lower, with İ, ı or ſ, which match i or s case-insensitively: the patterns are then run as before).

    Exact: those patterns hold no look-around or boundary, so each matches in a range exactly where one of its
    (lowered) words lies inside it, and the first match of _EN_LABEL_WORD starts where its first word does."""
    if low is None:
        return None, _LABEL | _NOUN | _PRIORITY | _COUNTED
    first = -1
    kinds = 0
    for last, (n, kind) in _SENTENCE_WORDS.iter(low):
        kinds |= kind
        if kind & _LABEL and (first < 0 or last - n + 1 < first):
            first = last - n + 1
    return first, kinds


def _en_lists(text: str, start: int, end: int) -> list[ListItem]:
    out: list[ListItem] = []
    sentence = text[start:end]
    heads = EN_HEADS.test(sentence)
    # ("focus on" / "concentrate on" opens a list whose items the vocabulary knows without a sector noun; every
    # match of the case-sensitive _EN_FOCUS_VERB holds one of these words, and most sentences hold none)
    may_focus = "focus" in sentence or "concentrate" in sentence or "centre" in sentence or "center" in sentence
    focus = None if heads or not may_focus else _EN_FOCUS_VERB.search(text, start, end)
    if not heads and focus is None:
        # every item needs a list part with a head word, and a part's head word is one of the
        # sentence's: parts are cut where the character before (a space, comma or bracket) or after
        # (a space or punctuation) gives \b the same answer in the part as in the sentence
        return out
    cues: list[tuple[int, int, str, bool]] = []
    dashed: set[int] = set()  # ends of dashes that follow a tier label
    low = fastre.lowered(sentence)  # (lowered once by EN_HEADS above: remembered)
    first_label, kinds = _sentence_words(low)
    for a, b, label in _label_cues(text, start, end, None if first_label is None else
                                   (start + first_label if first_label >= 0 else -1)):
        cues.append((a, b, label, True))
    for m_start, m_end in _EN_VERB_CUE.spans(text, start, end):
        if any(a <= m_start < b for a, b, _, _ in cues):
            continue
        if text.startswith("as ", m_end):
            continue  # "A and B listed as emerging growth engines": the label's verb, not a list's
        if _APPLIED_IN_EN.search(text, max(start, m_start - 80), m_start):
            continue  # "application scenarios in fields such as …": where a technology is applied
        cues.append((m_start, m_end, "", False))
    if kinds & _PRIORITY:
        for m_start, m_end in _EN_PRIORITY_CUE.spans(text, start, end):
            cues.append((m_start, m_end, "", False))  # "Priority will go to A, B and C"
    if heads and may_focus:
        focus = _EN_FOCUS_VERB.search(text, start, end)
    if focus is not None:
        # "Changsha will focus on A and B, Zhuzhou on C and D, and Xiangtan on E": the verb left out after each place
        for gap in _EN_GAPPED_ON.finditer(text, focus.end(), end):
            if not any(ca <= gap.start("on") < cb2 for ca, cb2, _, _ in cues):
                cues.append((gap.start("on"), gap.end(), "", False))
    for c_start, c_end in _EN_COLON.spans(text, start, end) if ":" in sentence else ():
        if not any(ca <= c_start < cb2 for ca, cb2, _, _ in cues):
            cues.append((c_start, c_end, ":", False))  # "For us that means three things: A, B and C"
    for a in _as_label_starts(text, start, end, None if first_label is None else bool(kinds & _NOUN)):
        # a colon right before the list gives way to its label ("Official: A and B are traditional industries")
        cues = [c for c in cues if not (c[2] == ":" and c[0] <= a <= c[1])]
        if not any(ca <= a <= cb2 for ca, cb2, _, _ in cues):
            cues.append((a, a, "", False))
    if "," in sentence and kinds & _COUNTED:
        for cm in _EN_COUNTED_LABEL.finditer(text, start, end):
            # "explore two future industries, low-altitude aircraft and synthetic biology, through …": the list in
            # apposition to a counted label
            if not any(ca <= cm.start(1) < cb2 or cm.start(1) <= ca < cm.end() for ca, cb2, _, _ in cues):
                cues.append((cm.start(1), cm.end(), cm.group(1), True))
    subject_list: set[int] = set()  # ends of cues whose list is the sentence's subject (its verb ends it)
    apposed = _EN_LABEL_APPOSITION.match(text, start, end)
    if apposed is not None and label_tier(apposed.group("label")) is not None:
        # "Our traditional strengths, gold mining and food processing, will be upgraded …"
        cues.append((apposed.start("label"), apposed.end(), apposed.group("label"), True))
        subject_list.add(apposed.end())
    # (its look-ahead needs ", " inside the sentence)
    lead = _EN_SENTENCE_LIST.match(text, start, end) if "," in sentence else None
    if lead and not any(ca <= lead.end() <= cb2 for ca, cb2, _, _ in cues):
        cues.append((lead.end(), lead.end(), "^", False))  # "Steel, chemicals, textiles and light industry, which …"
    if "-" in text[start:end] or "—" in text[start:end]:
        for dm in _EN_DASH.finditer(text, start, end):
            if not any(ca <= dm.start() < cb2 for ca, cb2, _, _ in cues):
                lb = _EN_LABEL_BEFORE.search(text[max(start, dm.start() - 80) : dm.start()])
                if lb and label_tier(lb.group("label")) is not None:
                    cues.append((dm.start(), dm.end(), lb.group("label"), True))  # "Our traditional industries - A, B -"
                    dashed.add(dm.end())
                    continue
                cues.append((dm.start(), dm.end(), "^", False))  # "new energy -- batteries, photovoltaics, storage --"
    cues.sort()
    for i, (_ca, cb, label, labelled) in enumerate(cues):
        stop = end
        for j in range(i + 1, len(cues)):
            if cues[j][0] >= cb:
                stop = min(stop, cues[j][0])
                break
        vocabulary = focus is not None and label == "" and focus.start() <= cb <= focus.end() + 1
        if not _may_have_heads(text, cb, stop, vocabulary):
            continue  # (a fifth of the cues: no sector word after them up to the next cue, "develop a new plan")
        if label == "^" or cb in subject_list:
            vm = _EN_SUBJECT_LIST_VERB.search(text, cb, stop)
            if vm is not None:
                stop = vm.start()  # "Petrochemicals, coal and food processing remain the backbone …": the verb ends it
        sm = _EN_STOP.search(text, cb, stop)
        while sm and text[max(cb, sm.start() - 1) : sm.start()] == "," and \
                (sm.group().strip() in ("alongside", "along with") or (labelled and sm.group().strip() == "as well as")):
            # "including A and B, as well as C and D", "A, B and C, alongside D": one list
            sm = _EN_STOP.search(text, sm.end(), stop)
        while sm and sm.group() == "(":
            gloss = _GLOSS.match(text, sm.start(), stop)
            if gloss is None:
                break
            sm = _EN_STOP.search(text, gloss.end(), stop)  # "the metaverse (virtual reality), A and B": a gloss, not an end
        if sm:
            stop = sm.start()
            if not _may_have_heads(text, cb, stop, vocabulary):
                continue  # (a quarter of the rest: their sector words lie after the list's end, "develop A, which …")
        # a label after the list: "named A, B and C as future industries", "A and B, two of its traditional industries"
        post_end = min(end, stop + 60)
        post = _EN_LABEL_AFTER.search(text, cb, post_end) if kinds & _NOUN and _LABEL_AFTER_NOUN.test(text, cb, post_end) \
            else None
        if post and post.start() <= stop:
            stop = post.start()
            pm = _PARTICIPLE_BEFORE_AS.search(text, max(cb, stop - 16), stop)
            if pm is not None:
                stop = pm.start()  # "A and B listed as emerging growth engines"
        else:
            post = None
        body = text[cb:stop]
        if not body.strip() or _AUX_OPENS.match(body):
            continue  # ("a kiln upgrade has cut energy use": the cue was a noun, and a verb follows it)
        # split at commas; keep the parts up to the first one that is not an industry
        raw_parts: list[tuple[int, int]] = []
        pos = cb
        for cm in _RX_EN_LISTS_1.finditer(body):
            raw_parts.append((pos, cb + cm.start()))
            pos = cb + cm.end()
        raw_parts.append((pos, stop))
        raw_parts = [(pa, pb) for pa, pb in raw_parts if text[pa:pb].strip()]
        kept: list[tuple[int, int]] = []
        for pa, pb in raw_parts:
            seg = text[pa:pb]
            if not kept and _EN_TRADE_OPEN.match(seg):
                break
            if kept and ((_AND_CLAUSE.match(seg) and not _AND_THE_INDUSTRY.fullmatch(seg)) or _and_action(seg)):
                if post is not None and post.start() >= pa:
                    post = None  # "…, and names A and B as future industries": that label is the next clause's
                break  # "…, and set a goal of …", "…, and build five zones": a new clause, not an item
            if kept and not EN_HEADS.test(seg) and not _vocabulary_item_en(seg) and not (cb in dashed and len(seg.split()) <= 3 and _RX_EN_LISTS_4.search(seg) is None) \
                    and not (labelled and _headed_later(text, raw_parts, len(kept) + 1)):
                # between a label and its dash a short item needs no sector noun ("industries - A, footwear, … -"),
                # nor does one inside a labelled list that goes on to a sector noun ("industries such as A,
                # seawater desalination, offshore wind power and B")
                break
            kept.append((pa, pb))
        if not kept:
            continue
        n_all = len(kept)
        parts: list[tuple[int, int]] = []
        also = [bool(_AS_WELL_AS.match(text[pa:pb].lstrip())) for pa, pb in kept]
        for k, (pa, pb) in enumerate(kept):
            seg = text[pa:pb]
            last = k == n_all - 1
            am = list(_RX_EN_LISTS_3.finditer(seg))
            # "A and B, as well as C and D": each side of "as well as" is a pair of its own
            beside_also = also[k] or (k + 1 < n_all and also[k + 1])
            if am and (n_all == 1 or beside_also or (last and not _RX_EN_LISTS_5.match(seg))):
                cuts = am if n_all == 1 else am[-1:]
                q = pa
                for a2 in cuts:
                    parts.append((q, pa + a2.start()))
                    q = pa + a2.end()
                parts.append((q, pb))
            else:
                parts.append((pa, pb))
        tier = label_tier(label) if labelled else None
        if not labelled and post is not None:
            tier, labelled = label_tier(post.group("label")), True
        # (after "focus on" / "concentrate on" an industry the vocabulary lists needs no sector noun: "Datong will
        # concentrate on data centres and Changzhi on photovoltaic manufacturing")
        n_heads = sum(1 for pa, pb in parts if EN_HEADS.test(text[pa:pb])
                      or (focus is not None and label == "" and focus.start() <= cb <= focus.end() + 1
                          and _vocabulary_item_en(text[pa:pb])))
        if n_heads == 0 or (not labelled and n_heads * 2 < len(parts)):
            continue
        if label in (":", "^") and len(parts) < 3 and not (label == "^" and post is not None and len(parts) == 2):
            continue  # a colon or a sentence start opens a list only for a real enumeration (or "A, B and other X")
        if label == "^" and n_heads < len(parts) and post is None:
            continue  # a sentence-initial enumeration counts only when every item names a sector
        items: list[tuple[int, int, str]] = []
        for pa, pb in parts:
            gm = _GLOSS_IN_ITEM.search(text, pa, pb)
            if gm is not None:
                pb = gm.start()  # the item without its gloss
            wm = _WHERE_MADE.search(text, pa, pb)
            if wm is not None:
                pb = wm.start()  # "the new energy vehicles assembled in Fu'an": the item without where it is made
            pa, pb = _strip_span(text, pa, pb)
            awm = _AS_WELL_AS.match(text, pa, pb)
            if awm:
                pa = awm.end()
            while True:
                lm = _EN_LEAD.match(text, pa, pb)
                if not lm:
                    break
                pa = lm.end()
            tail_and = _EN_TAIL_CONJ.search(text, pa, pb)
            if tail_and is not None:
                pb = tail_and.start()  # "developing future industries and to build …": the conjunction opens no item here
            phrase = text[pa:pb]
            words = phrase.split()
            # (a digit left once 5G, 3D… are taken out: none when the phrase holds no digit at all)
            if not words or len(words) > 7 or (_RX_EN_LISTS_4.search(phrase) is not None
                                               and _RX_EN_LISTS_4.search(_TECH_NUMERAL.sub("", phrase)) is not None):
                continue
            if len(phrase) < 2 or (not labelled and _EN_PLATFORM_END.search(phrase) and not _sector_system(phrase)
                                   and not known_industry(phrase)):
                continue  # (a facility, not an industry; but "data centres" is one the vocabulary lists)
            if _RX_EN_LISTS_2.match(phrase):
                continue
            tm = _EN_TRAIL.search(phrase)
            # (a shorter stem too after other items: the head is theirs as well, "its footwear and textile clusters")
            if tm and len(phrase[: tm.start()]) >= (4 if items and _EN_CLUSTER_TRAIL.search(phrase) else 10):
                pb = pa + tm.start()
                phrase = text[pa:pb]
            if not phrase[0].isalnum() or _EN_GENERIC.fullmatch(phrase) or _EN_TIER_HEAD.match(phrase):
                continue  # (nor a tier's label with words after it: "traditional industries in the government's own …")
            if _EN_NOT_AN_INDUSTRY.search(phrase):
                continue  # "… the department of industry and information technology said on Saturday"
            if not labelled and len(phrase.split()) > 5:
                continue
            items.append((pa, pb, phrase))
        if not items:
            continue
        # an unlabelled list's first item may name no sector when two that do follow it ("focus on bearings,
        # mining machinery, robots and …")
        headed_after = sum(1 for _, _, phrase in items[1:] if EN_HEADS.test(phrase))
        for k, (pa, pb, phrase) in enumerate(items):
            if not labelled and not EN_HEADS.test(phrase) and not known_industry(phrase) and not (
                    k == 0 and headed_after >= 2 and len(phrase) >= 5 and len(phrase.split()) <= 3
                    and not phrase.lower().endswith(_TIER_ADJECTIVES)):
                continue
            if (phrase[0].isupper() and pa != start and not _first_word_common(phrase)
                    and not EN_HEADS.search(phrase.split()[0])
                    and not (labelled and EN_HEADS.search(phrase) and all(w[:1].islower() for w in phrase.split()[1:]))):
                # a proper name (Bio-Park, Tesla); the sentence's first word is capitalised anyway; in a labelled
                # list a named system with a sector noun is an item ("Beidou satellite applications")
                continue
            out.append(ListItem(pa, pb, phrase, tier, "label" if tier else None, labelled))
        if post is not None and tier is not None:
            out += _alongside_label(text, post.end(), end, tier)
    return out


# "…its leading strategic emerging industry, alongside A and B": the items beside a labelled list share its label
_ALONGSIDE: Final = re.compile(r"(?:\s+(?:as well|too))?,\s*(?:alongside|along with|together with|as well as)\s+")
_ALONGSIDE_ITEMS: Final = re.compile(r"[^.;:!?()]{2,120}")
_ALONGSIDE_SPLIT: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _alongside_label(text: str, at: int, end: int, tier: Tier) -> list[ListItem]:
    """The items after a list's label that join it ("…, alongside silicon photovoltaics and green aluminium"), each
    of the label's tier, when every one of them names a sector, up to a comma that opens a clause of another kind
    ("…, together with A and B, even though …"); [] otherwise."""
    m = _ALONGSIDE.match(text, at, end)
    if m is None:
        return []
    body = _ALONGSIDE_ITEMS.match(text, m.end(), end)
    if body is None:
        return []
    items: list[ListItem] = []
    pos = body.start()
    after_comma = False
    for cut in [*_ALONGSIDE_SPLIT.finditer(text, body.start(), body.end()), None]:
        pa, pb = _strip_span(text, pos, cut.start() if cut is not None else body.end())
        phrase = text[pa:pb]
        if not phrase or len(phrase.split()) > 5 or not EN_HEADS.test(phrase) or not phrase[0].islower():
            return items if after_comma and len(items) >= 2 else []
        items.append(ListItem(pa, pb, phrase, tier, "label", True))
        if cut is not None:
            pos = cut.end()
            after_comma = text[cut.start()] == ","
    return items


_EN_TAIL_CONJ: Final = re.compile(r"\s+(?:and|or|as well as|plus)$")


# a short gloss in brackets after a list item, before the next one: "the metaverse (virtual reality), …"
_GLOSS: Final = re.compile(r"\([^(),]{1,40}\)(?=\s*,)")
_GLOSS_IN_ITEM: Final = re.compile(r"\s*\([^(),]{1,40}\)\s*$")
# where an item is made or found, after it: "… assembled in Fu'an", "… based in the zone"
_WHERE_MADE: Final = re.compile(r"\s+(?:assembled|made|produced|manufactured|built|based|located|concentrated|clustered)\s+"
                         r"(?:in|at|around|near)\b")


_TIER_ADJECTIVES: Final = ("emerging", "traditional", "future", "new", "key", "leading", "pillar")


def _headed_later(text: str, parts: list[tuple[int, int]], k: int) -> bool:
    """True when a comma part after part ``k - 1`` names a sector (a head word) before any part that opens a
    clause of its own (", and build …")."""
    for pa, pb in parts[k:]:
        seg = text[pa:pb]
        if _AND_CLAUSE.match(seg) or _and_action(seg) or len(seg.split()) > 7 or _RX_EN_LISTS_4.search(seg):
            return False
        if EN_HEADS.test(seg):
            return True
    return False


def _sector_system(phrase: str) -> bool:
    """"intelligent cockpit systems", "hydrogen fuel systems": products of a sector, not an institution
    ("innovation systems"); the words before "systems" must name the sector."""
    words = phrase.split()
    return len(words) >= 2 and words[-1].lower() in ("system", "systems") and EN_HEADS.test(" ".join(words[:-1]))


# the subject of a policy's title: "Measures to Support the Development of the A and B Industries",
# "Action Plan for Promoting the High-Quality Development of the X Industry", 关于推动X产业高质量发展的若干措施
_EN_TITLE_SUBJECT: Final = Folded(
    r"\b(?:promot(?:e|ing)|accelerat(?:e|ing)|support(?:ing)?|boost(?:ing)?|advanc(?:e|ing)|develop(?:ing)?|"
    r"foster(?:ing)?|cultivat(?:e|ing)|strengthen(?:ing)?|speed(?:ing)? up)\s+(?:the\s+)?"
    r"(?:(?:(?:high-quality|innovative|green|sound|healthy|coordinated|integrated|sustainable|accelerated|"
    r"clustered)\s+)?development\s+of\s+(?:the\s+)?)?(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,6}?)\s+"
    r"(?:industry|industries|sector|sectors|innovation and development|development)\b"
)
_ZH_TITLE_SUBJECT: Final = re.compile(r"(?:推动|加快|促进|支持|推进|加速|大力发展)(?P<x>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:产业)?"
                               r"(?:高质量|创新|集群化?|融合|规模化)?发展")
_TITLE_AND: Final = re.compile(r"\s+and\s+|和|与|及")


def title_subjects(text: str, start: int, end: int, language: str) -> list[ListItem]:
    """The industries a policy's title names as its subject (``text[start:end]`` is a title line):
    "… to Support the Development of the Artificial Intelligence and Embodied Intelligence Industries",
    关于推动生物医药产业高质量发展的若干措施. Each must end in a sector word (Chinese) or hold one
    (English), and the taxonomy's vocabulary must know one of them as a specific industry."""
    pattern = _ZH_TITLE_SUBJECT if language == "zh" else _EN_TITLE_SUBJECT
    m = pattern.search(text, start, end)
    if m is None or "、" in m.group("x") or "," in m.group("x"):
        return []
    a0 = m.start("x")
    items: list[ListItem] = []
    pos = a0
    for part in _TITLE_AND.split(m.group("x")):
        at = text.find(part, pos, m.end("x"))
        a, b = _strip_span(text, at, at + len(part))
        pos = at + len(part)
        phrase = text[a:b]
        if language == "zh":
            ok = len(phrase) >= 2 and bool(_ZH_HEAD_END.search(phrase)) and not _org_like(phrase)
        else:
            lead = _EN_LEAD.match(phrase)
            if lead:
                a, phrase = a + lead.end(), phrase[lead.end():]
            ok = bool(phrase) and EN_HEADS.test(phrase) and not _EN_PLATFORM_END.search(phrase) \
                and not _EN_GENERIC.fullmatch(phrase)
        if not ok:
            return []
        items.append(ListItem(a, b, phrase, None, None, False))
    if not any(known_industry(i.phrase) or known_industry(i.phrase + ("产业" if language == "zh" else " industry"))
               for i in items):
        return []
    return items


def _first_word_common(phrase: str) -> bool:
    w = phrase.split()[0]
    return w.lower() in {"new", "high-end", "advanced", "modern", "green", "smart", "intelligent", "digital", "clean",
                         "future", "next-generation", "commercial", "industrial", "marine", "robots", "energy",
                         "artificial", "biomedicine", "integrated", "low-altitude", "quantum", "aerospace"}


def item_tier(item: ListItem, doc_tier: Tier | None, vocab_tier: Tier | None = None) -> tuple[Tier, str]:
    """Final tier of an item: its label, else the document type, else the taxonomy's default tier
    for the phrase (policy vocabulary), else the national convention by keyword, else emerging."""
    if item.tier is not None:
        return item.tier, "label"
    if doc_tier is not None:
        return doc_tier, "document"
    if vocab_tier is not None:
        return vocab_tier, "taxonomy"
    conv = convention_tier(item.phrase)
    if conv is not None:
        return conv, "taxonomy"
    return "emerging", "default"


# (a scale or rank between the industry and its cluster: 轨道交通装备世界级产业集群, 新能源千亿级产业集群)
_ZH_CLUSTER_RANK: Final = "世界级|国家级|国际一流|千亿级|万亿级|百亿级"
_ZH_CLUSTER: Final = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:" + _ZH_CLUSTER_RANK + r")?"
                         r"(?:产业集群|产业链|产业园|产业基地|产业高地|创新高地|制造基地)")
_ZH_CLUSTER_REACH: Final = 8 + max(len(w) for w in _ZH_CLUSTER_RANK.split("|"))  # how far before its suffix a match may start
# (a word may open with a digit: "the 6G innovation industry cluster")
_EN_CLUSTER: Final = re.compile(r"\b((?:[A-Za-z0-9][\w\-]*\s+){0,2}[A-Za-z][\w\-]*)\s+(?:industry|industrial)\s+(?:cluster|chain|base|park)s?\b")


_KNOWN: Final = cache.PersistentMemo("vocabulary_known", __name__)


@functools.lru_cache(maxsize=16384)
def known_industry(phrase: str) -> bool:
    """True when the policy vocabulary has a non-generic entry for the phrase (remembered on disk,
    so a process whose phrases were all seen before does not load the taxonomy)."""
    hit = _KNOWN.get(phrase)
    if hit is not None:
        return bool(hit)
    from indupath.taxonomy.vocabulary import lookup_phrase

    known = bool([e for e in lookup_phrase(phrase) if not e.generic])
    _KNOWN.put(phrase, known)
    return known


_ZH_CLUSTER_SUFFIX: Final = fast(r"产业集群|产业链|产业园|产业基地|产业高地|创新高地|制造基地")
_EN_CLUSTER_SUFFIX: Final = re.compile(r"(?:industry|industrial)\s+(?:cluster|chain|base|park)")


def _cluster_matches(text: str, start: int, end: int, language: str) -> Iterator[re.Match[str]]:
    """``_ZH_CLUSTER`` / ``_EN_CLUSTER.finditer(text, start, end)``. A Chinese match starts 2 to
    _ZH_CLUSTER_REACH characters before its suffix (8 for the industry, and a rank's word), so no match starts
    before (next suffix at or after pos+2) - _ZH_CLUSTER_REACH and the search may begin there (the pattern looks at
    nothing before its start)."""
    if language != "zh":
        yield from _EN_CLUSTER.finditer(text, start, end)
        return
    pos = start
    while True:
        f = _ZH_CLUSTER_SUFFIX.search(text, pos + 2, end)
        if f is None:
            return
        m = _ZH_CLUSTER.search(text, max(pos, f.start() - _ZH_CLUSTER_REACH), end)
        if m is None:
            return
        yield m
        pos = m.end()


# "upgrade its traditional tin industry", "the city's emerging drone sector": one industry named with its tier
_EN_TIERED_ONE: Final = Folded(
    r"\b(?:its|their|our|the\s+(?:city|province|region|county|district|zone)['’]s)\s+"
    r"(?P<label>traditional|emerging|strategic emerging|future|pillar)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+"
    r"(?:industry|sector)\b(?!\s+(?:funds?|parks?|bases?|plans?|zones?|clusters?|chains?))"
)


def en_tiered_one(text: str, start: int, end: int) -> list[ListItem]:
    """One English industry named with its tier after a possessive ("will upgrade its traditional tin industry")."""
    out: list[ListItem] = []
    low = fastre.lowered(text[start:end])
    if low is not None and not ("traditional" in low or "emerging" in low or "future" in low or "pillar" in low):
        return out  # (every match holds its tier's word; few sentences with " industry" do)
    for m in _EN_TIERED_ONE.finditer(text, start, end):
        a, b = m.span("x")
        phrase = text[a:b]
        if phrase.lower() in _TIER_ADJECTIVES or _EN_GENERIC.fullmatch(phrase):
            continue
        out.append(ListItem(a, b, phrase, label_tier(m.group("label") + " industry"), "label", True))
    return out


def named_clusters(text: str, start: int, end: int, language: str) -> list[ListItem]:
    """Single industries named as a cluster / chain / base / highland (生物医药产业集群, 新能源装备制造基地,
    人工智能创新高地, "bio-pharmaceutical industry cluster") when the phrase is in the taxonomy's policy vocabulary. A Chinese industrial park
    (建设氢能产业园, "an aerospace industrial park") is a site being built, not an industry the text
    declares: the labelled batches mostly agree on that, so a park names none."""
    out: list[ListItem] = []
    if language != "zh" and text.find(" into ", start, end) >= 0:
        out += _en_into_industry(text, start, end)
    suffix = _ZH_CLUSTER_SUFFIX if language == "zh" else _EN_CLUSTER_SUFFIX
    if suffix.search(text, start, end) is None:
        # every match ends with one of these
        hub = _first_hub_word(text, start, end) if language != "zh" else -1
        return _en_hubs(text, start, end, hub) if hub >= 0 else out
    for m in _cluster_matches(text, start, end, language):
        a, b = m.span(1)
        phrase = text[a:b]
        # the longest tail of the phrase that the vocabulary knows
        best = None
        if language == "zh":
            for k in range(0, max(1, len(phrase) - 1)):
                if known_industry(phrase[k:]):
                    best = (a + k, b)
                    break
        else:
            words = phrase.split()
            if len(words) >= 2 and words[-1].lower() == "innovation":
                # "the 6G innovation industry cluster": the industry before the cluster's "innovation"
                head = phrase[: -len("innovation")].rstrip()
                b = a + len(head)
                words = head.split()
            for k in range(len(words)):
                tail = " ".join(words[k:])
                if known_industry(tail):
                    best = (b - len(tail), b)
                    break
        if best and not (text.startswith("产业园", b) if language == "zh" else m.group(0).endswith(("park", "parks"))):
            out.append(ListItem(best[0], best[1], text[best[0] : best[1]], None, None, False))
    hub = _first_hub_word(text, start, end) if language != "zh" else -1
    return out + (_en_hubs(text, start, end, hub) if hub >= 0 else [])


# "build optoelectronic information into an industry of about 1 trillion yuan": an industry to grow, by its verb
_EN_INTO_INDUSTRY: Final = re.compile(r"\b(?:build|builds|building|grow|grows|growing|develop|develops|developing|turn|turns|turning)\s+"
                               r"(?:its\s+|the\s+)?((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+into\s+an?\s+[^.;]{0,50}?"
                               r"\b(?:industry|cluster|pillar industry)\b")


def _en_into_industry(text: str, start: int, end: int) -> list[ListItem]:
    """The industry a place is to grow into a (sized) industry or cluster, when the vocabulary lists it."""
    out: list[ListItem] = []
    for m in _EN_INTO_INDUSTRY.finditer(text, start, end):
        a, b = m.span(1)
        if known_industry(text[a:b]):
            out.append(ListItem(a, b, text[a:b], None, None, False))
    return out


_EN_HUB_WORD: Final = re.compile(r"\b(?:hub|base|cluster|highland)s?\b")


def _first_hub_word(text: str, start: int, end: int) -> int:
    """Where the first match of ``_EN_HUB_WORD`` in ``text[start:end]`` starts, -1 for none, after a test for its
    (case-sensitive) words: one English sentence in fifteen holds one, and four substring tests cost a third of
    the scan."""
    if not (text.find("hub", start, end) >= 0 or text.find("base", start, end) >= 0
            or text.find("cluster", start, end) >= 0 or text.find("highland", start, end) >= 0):
        return -1
    m = _EN_HUB_WORD.search(text, start, end)
    return -1 if m is None else m.start()


_HUB_LEAD: Final = re.compile(r"[\w\-\s]*")  # what _EN_X_HUB holds before its hub word
_EN_HUB_OF: Final = re.compile(r"\b(?:hub|base|cluster|highland)s?\s+(?:for|of)\s+(?:the\s+)?((?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*)"
                        r"(?:\s+and\s+((?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*))?")
_EN_HUB_CUE: Final = re.compile(r"\b(?:become|becoming|build|building|into|designated|designate|turn|turning|make|making|"
                         r"to be|as)\b(?!.*\bhome to\b)")
_BECOME_IN_HUB: Final = re.compile(r"\b(?:become|becoming|into)\s")  # "is to become a lithium-battery materials base"
_EN_X_HUB: Final = re.compile(r"\b((?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*)(?:\s+industry)?\s+(?:hub|base|cluster|highland)s?\b")


def _en_hubs(text: str, start: int, end: int, first_hub: int) -> list[ListItem]:
    """Industries a place is to be the hub / base / cluster of: "a national hub for marine equipment and
    smart home appliances", "the hydrogen hub", "a lithium-battery materials base". Only phrases the
    vocabulary knows as specific industries count (the longest known prefix after "for/of", the longest
    known tail before the hub word), so "a logistics hub for the region" names nothing it does not know.
    ``first_hub``: where the first match of _EN_HUB_WORD in ``text[start:end]`` starts."""
    out: list[ListItem] = []

    def aspired(at: int) -> bool:
        """The hub is one to become or build ("build itself into a hub for", "is designated as the …
        hub"), not one the place already is ("home to a large steel base")."""
        lead = text[max(start, at - 60) : at]
        cut = max(lead.rfind(p) for p in ",;:")
        return bool(_EN_HUB_CUE.search(lead[cut + 1 :]))

    for m in _EN_HUB_OF.finditer(text, first_hub, end):  # (a match opens with a hub word: the first or a later one)
        if not aspired(m.start()):
            continue
        for g in (1, 2):
            if m.group(g) is None:
                continue
            a, b = m.span(g)
            words = text[a:b].split()
            for k in range(len(words), 0, -1):
                head = " ".join(words[:k])
                if known_industry(head):
                    out.append(ListItem(a, a + len(head), head, None, None, False))
                    break
    # (a match ends on a hub word, at or after the first, and holds only word characters, hyphens and spaces before it,
    # so none starts before the run of those that ends at the first hub word: the scan starts there, after
    # about half the sentence)
    lead = _HUB_LEAD.match(text[start:first_hub][::-1])  # (read backwards from the first hub word)
    for m in _EN_X_HUB.finditer(text, first_hub - (lead.end() if lead else 0), end):
        a, b = m.span(1)
        words = text[a:b].split()
        for k in range(len(words)):
            tail = " ".join(words[k:])
            if known_industry(tail):
                # (with four words before the hub word, the match may start at the cue: "become a … base")
                ta = b - len(tail)
                if (aspired(m.start()) or _BECOME_IN_HUB.search(text, m.start(), ta) is not None) and \
                        not any(it.start <= ta < it.end for it in out):
                    out.append(ListItem(ta, b, tail, None, None, False))
                break
    return out


_ORDINAL: Final = re.compile(r"[ \t]*(?:\d{1,2}[ \t]*[.．、)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|"
                      r"[-•·–*▪●](?=[ \t]))[ \t]*")
_ANNOUNCE_LABEL: Final = Folded(r"产业|领域|方向|行业|赛道|集群|industr\w*|sectors?|clusters?|ecosystems?|fields|directions|chains")
_ITEM_END: Final = re.compile(r"[，,；;。：:！!？?]|\.(?:\s|$)|\s+and\s*$|$")


def announces_list(sentence: str) -> bool:
    """A sentence that ends with a colon and names industries, so numbered lines after it list them.

    ``重点培育四大未来产业方向：`` / ``The plan names four industrial clusters it will back:``"""
    text = sentence.strip()
    return len(text) <= 160 and text.endswith(("：", ":")) and bool(_ANNOUNCE_LABEL.search(text))


_HEADING_ORDINAL: Final = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分][ \t]*|\d{1,2}[.．、][ \t]*|"
                              r"[IVX]{1,4}\.[ \t]+)")
_NUMERAL_SHAPE: Final = re.compile(r"\d+|[一二三四五六七八九十]+|[IVX]+")


def ordinal_shape(text: str) -> str | None:
    """The shape of the ordinal opening ``text`` (``（一）`` → ``（c）``, ``2.`` → ``d.``), else None: items
    of one list share a shape, and a line of the shape of the heading above them is its sibling."""
    m = _ORDINAL.match(text) or _HEADING_ORDINAL.match(text)
    return None if m is None else _NUMERAL_SHAPE.sub(lambda n: "d" if n.group()[0].isdigit() else "c", m.group().strip())


def announces_section(line: str, language: str) -> bool:
    """A numbered heading line that names industries with no colon, so the numbered lines below it list
    them: ``二、重点方向`` over ``（一）智能终端。…``, "2. Priority industries" over "(1) Batteries. …"."""
    m = _HEADING_ORDINAL.match(line)
    if m is None:
        return False
    title = line[m.end():].strip().rstrip("。.")
    if not title or any(c in title for c in "，,。；;：:"):
        return False
    short = len(title) <= 12 if language == "zh" else len(title.split()) <= 6
    return short and _ANNOUNCE_LABEL.test(title)


# a lower-case word after the heading's noun that is no verb ("Industries are recovering" says what they are doing)
_HEADING_WORD_EN: Final = r"\s+(?!(?:are|is|were|was|have|has|will)\b)[a-z][\w'’\-]*"
_EN_INDUSTRY_HEADING: Final = re.compile(r"(?:[A-Z&][\w&'’\-]*\s+){0,4}(?:Industries|Sectors)(?:\s+[A-Z][\w'’\-]*){0,3}\s*|"
                                  # in sentence case: "Sectors we welcome", "Industries the zone targets"
                                  r"(?:[A-Z][a-z\-]*\s+){1,2}(?:industries|sectors)(?:" + _HEADING_WORD_EN + r"){0,3}\s*|"
                                  r"(?:Industries|Sectors)(?:" + _HEADING_WORD_EN + r"){1,3}\s*")


def announces_heading_en(line: str) -> bool:
    """An English heading line with no number that names industries in title case ("Industries We Welcome",
    "Key Sectors"), so the bulleted lines below it list them."""
    return _EN_INDUSTRY_HEADING.fullmatch(line.strip()) is not None


_RX_NUMBERED_ITEM_1: Final = re.compile(r"[\d的“”\"]")
_RX_NUMBERED_ITEM_2: Final = re.compile(r"\d")


# the six directions of the national future-industry guideline (未来制造, 未来信息, 未来材料, 未来能源, 未来空间,
# 未来健康): group names that head lists, not industries
_DIRECTION_HEADING: Final = re.compile(r"未来(?:制造|信息|材料|能源|空间|健康)|[Ff]uture (?:manufacturing|information|materials|energy|"
                                r"space|health)")


def counts_items(announcing: str) -> bool:
    """True when a line announcing a list counts its items (重点培育四大未来产业方向：): each numbered line
    below it is then one item, even one that joins two names (2. 合成生物与生物制造)."""
    return _COUNT_IN_LABEL.search(announcing) is not None


def split_pair(item: ListItem, language: str) -> list[ListItem]:
    """A numbered item that names two industries joined by 和 / 与 / 及 (``二、集成电路和新型显示。``) as two
    items, when the first half ends in a sector word and the second holds one; in English, two names of two words
    or more joined by "and" ("- Rocket engines and launch vehicle components"); else the item itself.
    Not called under a line that counts its items (:func:`counts_items`)."""
    if language != "zh":
        # "- Rocket engines and launch vehicle components": two names of two words or more each
        halves = item.phrase.split(" and ")
        if len(halves) != 2 or "," in item.phrase or any(len(h.split()) < 2 for h in halves):
            return [item]
        cut = item.start + len(halves[0])
        second = item.end - len(halves[1])
        return [ListItem(item.start, cut, halves[0], item.tier, item.tier_source, item.labelled),
                ListItem(second, item.end, halves[1], item.tier, item.tier_source, item.labelled)]
    m = _ZH_AND.search(item.phrase)
    if m is None:
        return [item]
    left, right = item.phrase[: m.start()], item.phrase[m.end() :]
    if not _two_industries(left, right) or _ZH_AND.search(right):
        return [item]
    a, b = item.start, item.end
    return [ListItem(a, a + m.start(), left, item.tier, item.tier_source, item.labelled),
            ListItem(a + m.end(), b, right, item.tier, item.tier_source, item.labelled)]


def direction_line(text: str, start: int, end: int) -> bool:
    """A numbered or bulleted line led by one of the future-industry directions (``- future health,
    including …``, （一）未来制造：…): a group over the items the rest of the line names, so a list
    that an announcing sentence opened goes on past it."""
    m = _ORDINAL.match(text, start, end)
    return m is not None and _DIRECTION_HEADING.match(text, m.end(), end) is not None


_EN_LABEL_ITEM: Final = re.compile(r"(?:the\s+)?(?:strategic\s+)?(?:traditional|emerging|future|pillar|leading|new)\s+"
                            r"(?:industries|sectors)\b", re.IGNORECASE)


# an item that opens with a verb in its base form is a task's title ("1. Build a modern industrial system.",
# "2. Boost innovation."), not an industry ("1. Advanced manufacturing." is one)
_TASK_TITLE_EN: Final = re.compile(r"(?:Build|Boost|Expand|Promote|Strengthen|Develop|Support|Cultivate|Foster|Improve|Deepen|"
                            r"Accelerate|Advance|Upgrade|Optimi[sz]e|Enhance|Implement|Make|Speed up|Push|Drive|Create|"
                            r"Establish|Set up|Attract|Stabili[sz]e|Keep|Ensure|Pursue|Grow|Modernise|Modernize)\b(?!-)")


def numbered_item(text: str, start: int, end: int, language: str, tier: Tier | None,
                  need_head: bool = False) -> ListItem | None:
    """The industry that a numbered line ``1. X，…`` / ``(2) X;`` names: its words up to the first stop.

    Only called for lines under a sentence that :func:`announces_list` or a heading that
    :func:`announces_section`; ``tier`` is its label tier. Under a heading (``need_head``) the item must
    hold a sector word: such a section also has lines like （四）总体要求 that name none."""
    m = _ORDINAL.match(text, start, end)
    if m is None:
        return None
    a = m.end()
    stop = _ITEM_END.search(text, a, end)
    b = stop.start() if stop else end
    a, b = _strip_span(text, a, b)
    phrase = text[a:b]
    if _DIRECTION_HEADING.fullmatch(phrase):
        return None  # （一）未来制造。: one of the future-industry directions, a heading over its own list
    if language == "zh":
        if not (2 <= len(phrase) <= 14) or _org_like(phrase) or _RX_NUMBERED_ITEM_1.search(phrase) \
                or "、" in phrase:
            return None  # 五、A、B等新兴领域: a list of its own, read by zh_lists
        if need_head and (not ZH_HEADS.search(phrase) or _ZH_CUE.match(phrase)):
            return None  # （二）改造提升传统产业: a task heading, not an industry
    else:
        phrase_words = phrase.split()
        if not (1 <= len(phrase_words) <= 8) or _RX_NUMBERED_ITEM_2.search(_TECH_NUMERAL.sub("", phrase)):
            return None  # a figure ("2025 targets"), not an industry; 5G and 6G are names
        if (need_head and (not EN_HEADS.test(phrase) or _EN_PLATFORM_END.search(phrase)
                           or ACTION_EN.match(phrase) is not None)) or _TASK_TITLE_EN.match(phrase):
            return None  # "(2) Upgrade traditional industries", "1. Build a modern industrial system.": a task's title
        if _EN_LABEL_ITEM.match(phrase):
            return None  # "- Traditional industries being upgraded, such as steel …": a label over items of its own
    return ListItem(a, b, phrase, tier, "label" if tier else None, True)


# patterns that scan slowly: pre-tested for their words (exact; see fastre.Folded.use_gate; the cues' calls on
# 1 MB of the bench corpus: 0.072 s -> 0.035 s)
for _rx in (_EN_CONN, _EN_VERB_CUE, _EN_PRIORITY_CUE):
    _rx.use_gate()
