"""Policy measures: funds, subsidies, platforms, programs, projects, enterprises, clusters,
talent, land, reform, opening, innovation support, special policies.

A measure is a clause (or a part of a clause joined by "and"/和) that pairs a policy
action (设立, 建设, 支持, 给予, 实施, establish, build, support, offer, launch ...) with
a measure noun (基金, 平台, 奖励, fund, platform, subsidy ...), in a sentence that
is not about the past. The kind is the first matching row of :data:`KINDS`; the
amount is the first monetary quantity in the clause. Plan titles (《…行动方案》,
"Action Plan for ...") are ``program`` measures, once per document.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import ahocorasick

from indupath.model import MeasureKind

from .fastre import (
    Folded,
    ascii_alternatives,
    fast,
    literal_led,
    lower_pattern,
    lowered,
    required_literals,
)

# the verbs of an amount given (the targets' money words read them too): "will receive", "will be rewarded"
GRANTED_EN: Final = r"(?:receive|be (?:rewarded|granted|awarded|given))"
# a share of a price or cost a holder receives ("Buyers … receive 30 percent of the purchase price"): a grant (the targets'
# money words read it too)
RECEIVED_SHARE_EN: Final = r"\breceives?\s+(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|percent|per cent)\s+of\b"

KINDS: list[tuple[MeasureKind, re.Pattern[str]]] = [
    # (a sum allotted by its verb: 每年安排不少于50亿元市级产业发展资金)
    ("fund", re.compile(r"基金|专项资金|资金池|安排[^，,。；;]{0,20}?资金|\bfunds?\b|\bfunding\b", re.IGNORECASE)),
    ("subsidy", re.compile(r"补贴|补助|奖补|奖励|贴息|资助|减免|退税|[算创]力券|创新券|消费券|给予[^，,。；;]{0,12}?\d[\d.]*\s*(?:万|亿)?元|subsid\w*|\brewards?\b|\bgrants?\b|cost reduction|"
                           r"tax (?:cuts?|breaks?|relief|incentives?)|rebates?|rent-free|pays? no rent|free (?:office|lab|factory|plant) space|"
                           r"rent (?:waivers?|reductions?)|rent (?:is |are |will be |shall be )?(?:waived|halved)|vouchers?|allowances?|\bbonus(?:es)?\b|"
                           r"up to [\d.,]+\s*(?:million|billion)?\s*yuan|"
                           # "… will receive 200,000 yuan", "will be rewarded 10 million yuan": an amount given
                           r"\b(?:will|can|may|shall) " + GRANTED_EN + r" [\d.,]+\s*"
                           r"(?:thousand |million |billion )?yuan\b|"
                           r"(?:cover|pay|refund|reimburs)\w* (?:up to |as much as )?[\d.]+\s*(?:percent|per cent|%) of "
                           r"[^.;,]{0,40}?(?:costs?|investment|expenses|spending|rent|fees)\b|"
                           # "get 50% of the rent refunded", "a one-time award of RMB 500,000"
                           r"\b(?:refunded|reimbursed)\b|\bawards? of\b|\bone-(?:time|off) (?:awards?|payments?)\b|"
                           # "national-level green factories receive RMB 2 million"
                           # "receive 200 yuan per TEU", "receive 30 percent of the purchase price"
                           r"\breceives?\s+(?:(?:rmb|cny|us\$|\$|¥)\s*[\d.,]+|(?:up to\s+)?[\d.,]+\s*"
                           r"(?:(?:thousand|million|billion)\s+)?yuan\b)|" + RECEIVED_SHARE_EN,
                           re.IGNORECASE)),
    ("talent", re.compile(r"人才|院士|博士|工程师|talents?\b|engineers|scientists|researchers|graduates", re.IGNORECASE)),
    ("land", re.compile(r"(?<!应)用地|土地|标准化?厂房|land (?:supply|use|quotas?|guarantees?|transfer)|land and [a-z]+ guarantees?|"
                        r"industrial land|\boffer(?:s|ed|ing)? land\b|\bmu of (?:[a-z]+ )?land\b", re.IGNORECASE)),
    # (not a body's name: 市发展改革委, 发展和改革委员会)
    ("reform", re.compile(r"(?<!发展)(?<!发展和)改革(?!委)|体制机制|"
                          # 建立市领导联系重大项目制度, 推行“链长+链主”协同机制: a new way of working set up
                          # (not a body's own working routine: 建立“一链一专班”工作机制)
                          r"(?:建立|实行|推行)[^，,。；;：:]{0,24}?(?<!工作)(?:制度|机制)|亩均论英雄|拿地即开工|承诺制|链长制|绿色通道|一件事一次办|一网通办|最多跑一次|\breforms?\b|green channel|chain[- ](?:leader|chief)[\"”]? (?:system|mechanism)|"
                          r"\b(?:trading|pricing|market|compensation|sharing) mechanisms?\b|"
                          # "streamline approvals", a regulatory "sandbox": how rules are applied, a reform
                          r"\bstreamlin(?:e|es|ed|ing)\b[^.;]{0,40}?\b(?:approvals?|procedures|permits?|licensing)\b|"
                          r"\bsandbox(?:es)?\b|"
                          # a new arrangement described by how it works: "a system where a factory can break ground …"
                          r"\b(?:system|mechanism|regime)\s+(?:where|whereby|under which|in which)\b", re.IGNORECASE)),
    ("opening", re.compile(r"对外开放|开放平台|招商|外资|一带一路|博览会|交易会|\bexpos?\b|trade fairs?|opening[- ]up|open(?:ing)? up|investment promotion|"
                           r"(?:investment|investor) roadshows?|"
                           r"foreign (?:investment|trade)|Belt and Road|"
                           # flows across the border: "a faster channel for cross-border data flows", 数据跨境流动
                           r"cross-border (?:data flows?|e-commerce|trade|capital flows?|RMB|investment)|数据跨境|跨境数据流动|跨境电商|"
                           # a free trade port's provisions: zero tariffs, duty-free imports and sales
                           r"零关税|免关税|zero[- ]tariffs?|duty-free|free of (?:import )?duties|"
                           # the corridors and bonded areas of foreign trade: 中欧班列, 西部陆海新通道, 综合保税区
                           r"中欧班列|陆海新通道|综合保税区|保税区|China-Europe (?:freight |Railway )?(?:trains?|Express)|"
                           r"Land-Sea (?:Trade )?Corridor|bonded zones?", re.IGNORECASE)),
    ("cluster", re.compile(r"集群|产业链|\bclusters?\b|industrial chains?", re.IGNORECASE)),
    ("platform", re.compile(r"平台|中心(?!工作|任务|城市|环节)|基地|枢纽|实验室|先导区|示范区|创新区|试验区|协作区|合作区|核心区|集聚区|承载区|走廊|科学城|科技城|科创城|科技园|产业园|园区|产业学院|"
                            r"(?:先导|科创|创新|智造|未来)园|中试线|\bpilot (?:production )?(?:lines?|plants?)\b|"
                            r"孵化|加速器|谷|platforms?|cent(?:er|re)s?\b|\bbases?\b|\blabs?\b|laborator\w*|\bparks?\b|"
                            r"\bzones?\b|\bhubs?\b|corridor|science city|incubat\w*|accelerators?|"
                            r"(?:testing|test|training|proving) grounds?|valleys?\b|(?:data|equity|technology|property "
                            r"rights|carbon) exchanges?\b|(?:testing|pilot-scale|verification) lines?\b", re.IGNORECASE)),
    ("projects", re.compile(r"项目|\bprojects?\b|\bstations?\b|facilit(?:y|ies)|production lines?", re.IGNORECASE)),
    ("enterprise", re.compile(r"企业|龙头|链主|专精特新|商超|\benterprises?\b|companies|\bfirms?\b|SMEs", re.IGNORECASE)),
    ("innovation support", re.compile(r"技术攻关|研发|关键核心技术|科技成果|创新平台|创新中心|创新基地|创新联合体|科技创新|技术创新|"
                                      r"\bR&D\b|research and development|technolog\w* innovation|consorti(?:um|a)|innovation "
                                      r"(?:support|capacity|platforms?)|commercialization", re.IGNORECASE)),
    ("program", re.compile(r"行动计划|行动方案|实施方案|工程|行动|计划|方案|应用场景|场景清单|"
                           r"(?:(?<=shall )|(?<=will )|(?<=to ))pilot (?!(?:production )?lines?\b|zones?\b|bases?\b)|"
                           # the upgrading of an industry as a programme: 推动…传统产业“智改数转”, 数字化改造
                           r"智改数转|数字化转型|数字化改造|智能化改造|技术改造|设备更新|绿色化转型|智能化转型|"
                           # a trial run as a programme: 开展即时配送试点, 开展无人机规模化应用, 开展…道路测试示范
                           r"试点|规模化应用|示范应用|测试示范|"
                           # matchmaking events as a programme: 开展“龙江制造”产需对接活动, 开展芯片应用对接
                           r"(?:产需|供需|产销|应用|银企|产融)对接|(?:对接|推介|招商|展销)(?:活动|会)|\bplans?\b|programs?|programmes?|equipment renewal|trade-ins?|"
                           r"initiatives?|campaigns?|\bactions?\b|\bdrives?\b|"
                           # scenarios a government opens to new products: "open 500 AI application scenarios"
                           r"(?:(?<=will )|(?<=to )|(?<=shall )|(?<=would )|(?<=also )|(?<=and ))(?:open|publish)\s+"
                           r"(?:up\s+)?[^.;,]{0,40}?\bscenarios\b|^(?:open|publish)\s+(?:up\s+)?[^.;,]{0,40}?\bscenarios\s+\w|"
                           r"\b(?:opens|opened|opening|publish(?:es|ed|ing))\s+(?:up\s+)?[^.;,]{0,40}?\bscenarios\b",
                           re.IGNORECASE)),
    ("special policy", re.compile(r"政策|措施|举措|policies|policy|measures", re.IGNORECASE)),
    ("other", re.compile(r"credit line|授信|贷款|“[^”]{1,6}贷”|风险池|风险补偿|loans?", re.IGNORECASE)),
    # money set aside with no other kind named ("The provincial budget will set aside 3 billion yuan for …"): a fund
    ("fund", re.compile(r"\b(?:set(?:s|ting)? aside|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing))\s+(?:about |some |another |"
                        r"a further )?(?:RMB\s?|CNY\s?|¥)?[\d.,]+\s*(?:million|billion|bn|mn)?\s*(?:yuan|RMB)",
                        re.IGNORECASE)),
]

ACTION_ZH: Final = fast(
    r"设立|建设|打造|支持|给予|实施|推进|启动|开展|创建|筹建|引进|出台|安排|鼓励|加大|推动|深化|扩大|构建|完善|组建|"
    r"举办|制定|印发|发布|加快|培育|建成|布局|攻克|实行|提供|奖励|补贴|补助|用好|依托|策划|揭牌|谋划|发起|新建|遴选|"
    r"办好|争创|推行|腾出|优先保障|引育|招引|开辟|预留|建立|健全"
)
ACTION_EN: Final = Folded(
    r"\b(?:establish(?:es|ed|ing)?|set(?:s|ting)? up|build(?:s|ing)?|built|creat(?:e|es|ed|ing)|"
    r"launch(?:es|ed|ing)?|support(?:s|ed|ing)?|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|implement(?:s|ed|ing)?|"
    r"prepar(?:e|es|ing)|hold(?:s|ing)?(?= (?:[\w-]+ ){0,3}(?:roadshows?|expos?|fairs?|summits?|matchmaking)\b)|"
    r"introduc(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|develop(?:s|ed|ing)?|foster(?:s|ed|ing)?|"
    r"attract(?:s|ed|ing)?|deepen(?:s|ed|ing)?|expand(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|issu(?:e|es|ed|ing)|"
    # "widen (institutional) opening-up through the … Pilot Free Trade Zone" (not "widens it to …": a description)
    r"widen(?:s|ed|ing)?(?= (?:the |its |our )?(?:institutional )?opening)|"
    r"allow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|nurtur(?:e|es|ed|ing)|accelerat(?:e|es|ed|ing)|"
    r"upgrad(?:e|es|ed|ing)|construct(?:s|ed|ing)?|complet(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|"
    r"advanc(?:e|es|ed|ing)|ramp(?:s|ed|ing)? up|lay(?:s|ing)? out|cultivat(?:e|es|ed|ing)|"
    r"reform(?:s|ed|ing)?|open(?:s|ed|ing)? up|encourag(?:e|es|ed|ing)|invest(?:s|ed|ing)?|"
    r"allocat(?:e|es|ed|ing)|grant(?:s|ed|ing)?|releas(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|"
    r"highlight(?:s|ed|ing)?|map(?:s|ped|ping)?|speed(?:s|ing)? up|create|establishment|construction|creation|"
    r"host(?:s|ed|ing)?|extend(?:s|ed|ing)?|reserv(?:e|es|ed|ing)|giv(?:e|es|ing)|arrang(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|"
    r"set(?:s|ting)? aside|roll(?:s|ed|ing)? out|award(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|get|gets|guarantee[sd]?|"
    r"leas(?:e|es|ed|ing)|cover(?:s|ed|ing)?|(?:is|are) due to (?:open|start|launch|be (?:built|completed|set up|launched))|"
    r"(?:be|been|are|is) given priority|(?<=will )open (?=to |for )|"
    # a facility's scheduled opening: "A shared testing platform … will open in the second half of the year"
    r"(?<=will )open(?= (?:in|by|this|next|later|before|early|at the end)\b)|pays? no (?:rent|fees?)|streamlin(?:e|es|ed|ing)|pilot(?:s|ed|ing)? an?|promis(?:e|es|ed)|"
    # a facility set to work: "A matchmaking platform will link 300 firms"
    r"(?:(?<=will )|(?<=shall ))(?:link|connect)(?= )|"
    # "It plans a new biomedicine innovation park in Huangpu": the verb with an article after it
    r"plan(?:s|ned)?(?= (?:a|an|two|three|four|five|several)\s)|"
    # "shall pilot off-grid hydrogen production", "forming an equipment manufacturing cluster"
    r"(?:(?<=shall )|(?<=will )|(?<=to ))pilot(?= [a-z])|form(?:s|ing)?(?= an? [^.;,]{0,40}?\bclusters?\b)|"
    # "will start at least 300 provincial key projects"
    r"start(?:s|ing)?(?= [^.;,]{0,40}?\bprojects?\b)|"
    r"carr(?:y|ies|ied|ying) out|(?:push|press)(?:es|ed|ing)? ahead with|waiv(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|"
    r"appl(?:y|ies|ied|ying) for (?:a|an|the|new|more)\b|"
    r"open(?:s|ed|ing)? (?:a|an|its|their|our|[a-z][\w'’-]*'s)\b|"
    # (a verb: after a modal, "to" or "and", or inflected; "open application scenarios" as a noun phrase is none)
    # (opening a clause, the verb needs more after its object: "open application scenarios in public services";
    # a bare "open application scenarios" between commas is a slogan's noun phrase)
    r"(?:(?<=will )|(?<=to )|(?<=shall )|(?<=would )|(?<=also )|(?<=and ))(?:open|publish)(?= (?:up )?[^.;,]{0,40}?\bscenarios\b)|"
    r"^(?:open|publish)(?= (?:up )?[^.;,]{0,40}?\bscenarios\s+\w)|"
    r"(?:opens|opened|opening|publish(?:es|ed|ing))(?= (?:up )?[^.;,]{0,40}?\bscenarios\b)|"
    # a provision whose beneficiary is the subject: "shall enjoy the zero-tariff policy", "may import … duty-free"
    r"enjoys?|may (?:import|apply for)|can (?:import|enter|apply for))\b",
)
_TITLE_ZH: Final = re.compile(r"《(?P<t>[^《》]{6,80}?(?:方案|计划|规划|意见|措施|办法|政策|纲要)(?:[（(][^）)]{0,20}[）)])?)》")
_TITLE_EN: Final = re.compile(
    r"[\"“](?P<t>[^\"”]{0,160}?(?:Action Plan|Plan|Program|Programme|Measures|Guidelines|Opinions)[^\"”]{0,120})[\"”]"
)
_TITLE_EN_WORDS: Final = ("Plan", "Program", "Measures", "Guidelines", "Opinions")  # (Action Plan, Programme hold two of them)
_SPLIT_AND_EN = re.compile(
    r",?\s+and\s+(?=(?:to\s+)?(?:the\s+|a\s+|an\s+)?(?:establish|set|build|creat|launch|support|provid|offer|implement|widen|"
    r"introduc|promot|develop|foster|attract|deepen|expand|strengthen|issu|allow|pledg|nurtur|accelerat|upgrad|"
    r"construct|complet|improv|advanc|cultivat|reform|open|encourag|invest|allocat|grant|releas|unveil|speed|"
    r"carry\s+out|roll\s+out|host|"
    # "will build a drone park and aims to host 200 firms": the goal after the measure is a clause of its own
    r"aims?\s+(?:to|for)|expects?\s+to|wants?\s+to|hopes?\s+to|intends?\s+to|seeks?\s+to)|"
    # "a 20-billion-yuan fund … and a subsidy covering up to 30% of …": a second grant named by its noun
    # (or a pool or guarantee scheme with its size: "… and a pool of 500 million yuan to guarantee loans")
    r"an?\s+(?:[\w\-]+\s+){0,3}?(?:subsid(?:y|ies)|grants?|vouchers?|rebates?|allowances?|(?:risk\s+|loan\s+|guarantee\s+)?"
    r"pool\s+of)\b|"
    r"(?:[\w\-]+\s+){0,2}?(?:subsidies|grants|vouchers|rebates|allowances)\b)"
)
_SPLIT_AND_ZH = re.compile(r"[、和](?=(?:设立|建设|打造|支持|给予|实施|推进|启动|开展|创建|筹建|引进|出台|安排|鼓励))")
# the same matches, found faster (see indupath.extract.fastre.literal_led)
_SPLIT_AND_EN = re.compile(literal_led(_SPLIT_AND_EN.pattern) or _SPLIT_AND_EN.pattern)
_SPLIT_AND_ZH = re.compile(literal_led(_SPLIT_AND_ZH.pattern) or _SPLIT_AND_ZH.pattern)
# 设立30亿元的A基金和20亿元的B基金: two funds, each with its own amount
_SPLIT_FUNDS_ZH: Final = re.compile(r"[和及](?=(?:规模|总规模)?\d[\d.]*(?:亿|万)元的?[^，,。；;和]{0,16}?(?:基金|资金池))|"
                             # 下设4支子基金：A子基金20亿元、B子基金15亿元: a series of funds, each named with its size
                             r"(?<=元)、(?=[^，,。；;、]{2,16}?(?:基金|资金池)(?:规模)?\d[\d.]*(?:亿|万)元)")
_LEAD_EN: Final = re.compile(r"(?:and|or|also|including|include|includes|as well as|while|with|this includes)\s+", re.IGNORECASE)
# the number and title of an article of a measures document ("Article 8 (Opening up) …"): not part of the
# measure's text, and, like an item under "Measures include:", the article stands for its action
_ARTICLE_HEAD_EN: Final = re.compile(r"article \d{1,2}\s+\([^()]{1,40}\)\s+", re.IGNORECASE)
# (a plan named as the speaker leads its measure: 《方案》提出设立…基金, 《方案》还明确…)
_LEAD_ZH: Final = re.compile(r"(?:《[^》]{1,12}》(?:还|也|同时)?(?:提出|明确|要求|规定)[，,]?|包括|并|并且|同时|以及|还|也|和)")


_NOMINAL_ACTION: Final = Folded(r"construction|establishment|creation")
_NOT_MEASURE: Final = Folded(
    r"[?？]$|Commission|委员会|发展和改革委|^(?:按照|根据|依据|according to).{0,30}(?:政策|规定|要求|部署|精神|policy|policies)$|^据|在[^，,]{0,12}方面$|"
    r"^《[^》]{1,12}》",
)
# _NOT_MEASURE.test(piece) split in two: the alternatives that may match anywhere, and those anchored at the
# start (^), tried once there instead of at every position
_NOT_MEASURE_ANYWHERE: Final = Folded(r"[?？]$|Commission|委员会|发展和改革委|在[^，,]{0,12}方面$|"
                               # a meeting's agenda: 研究部署…等工作, 会议听取了…推进情况汇报
                               r"研究部署|听取[^，,。；;]{0,30}(?:汇报|情况)|"
                               # a press conference's or a meeting's narration: 介绍…有关情况, 就…作出部署
                               r"介绍[^，,。；;]{0,40}(?:情况|进展)|作出部署|进行部署|"
                               # a document's own formulas: 现将…情况通报如下, 各市…要结合实际制定具体落实措施
                               r"(?:通报|报告|公布|印发|说明)如下|结合实际[^，,。；;]{0,10}(?:制定|出台)[^，,。；;]{0,10}"
                               r"(?:措施|办法|方案|细则)|"
                               # a result, not a step: …建设取得重要成果
                               r"取得[^，,。；;]{0,6}(?:成果|成效|进展|突破|成绩)|"
                               # a vision, not a step: 把湖南建设成为…高地
                               r"(?:建设|打造|建)成为?[^，,。；;]{0,30}(?:高地|强省|强市|强区|强县|名城|之都)$")
# a clause that only states the term of the measure before it (基金存续期最长可达15年, 补贴期限不超过三年)
_TERM_CLAUSE_ZH: Final = re.compile(r"[^，,]{0,12}(?:存续期|期限|有效期)")
_NOT_MEASURE_AT_START: Final = Folded(
    r"(?:按照|根据|依据|according to).{0,30}(?:政策|规定|要求|部署|精神|方案|规划|计划|意见|办法|policy|policies)$|据|"
    r"《[^》]{1,12}》|"
    # 在支持措施上， / 在政策支持方面，: the topic the measures after it fall under, not a measure
    r"在[\u4e00-\u9fff]{2,8}(?:上|方面)$|"
    # "Under a city plan released in May": the plan a sentence refers to, not a measure of its own
    r"(?:under|in line with|as part of|according to)\s+(?:a|an|the|its|their|this|that)\s+[^,;]{0,50}?"
    r"\b(?:plan|programme|program|policy|outline|roadmap|strategy|guideline)s?"
    r"(?:\s+(?:released|issued|unveiled|published|adopted)\s+(?:in|on|last|this)\s+\w+(?:\s+\d{4})?)?\s*$|"
    # "in order to build Nanshan into an AI hub": the purpose of what follows, not a measure
    r"(?:in order to|so as to)\s|"
    # "This paper comments on the policies …", 本报告梳理了…: what the document itself does, not a measure
    r"(?:this|the present|our)\s+(?:paper|note|report|brief|briefing|article|study|memo|column|analysis)\s+"
    r"(?:comments|looks|examines|reviews|describes|summari[sz]es|analy[sz]es|sets out|outlines|assesses|discusses|"
    r"considers|offers|argues|compares)\b|本(?:报告|文|简报|研究)(?:梳理|分析|介绍|总结|评估|比较)|"
    # "This Plan is formulated to implement …": a document's statement of its own purpose
    r"(?:this|the present)\s+(?:plan|notice|circular|document|policy|measures|opinions|rules|programme|program)\s+"
    r"(?:is|are)\s+(?:hereby\s+)?(?:formulated|issued|drawn up|made|enacted|adopted|released)\b"
)


_ANY_KIND: Final = Folded("|".join(f"(?P<k{i}>{p.pattern})" for i, (_, p) in enumerate(KINDS)))


_GROUP_ROW: Final = {f"k{i}": i for i in range(len(KINDS))}

@functools.cache
def _rows() -> list[re.Pattern[str]]:
    """The rows of :data:`KINDS` lowered and literal-led (see indupath.extract.fastre), for case-sensitive scans of
    lowered text. Built on first use: compiling them costs import time."""
    return [re.compile(literal_led(lower_pattern(p.pattern)) or lower_pattern(p.pattern)) for _, p in KINDS]


@functools.cache
def _rows_ascii() -> list[re.Pattern[str]]:
    """:func:`_rows` for an ASCII text: each row without its alternatives that start with a non-ASCII literal character
    (:func:`indupath.extract.fastre.ascii_alternatives`, as Folded scans an ASCII text). Such an alternative matches
    nowhere in an ASCII text and the others keep their order, so every search and match finds the same match; ``re``
    then no longer tries the many Chinese alternatives at each candidate position of an English clause."""
    out: list[re.Pattern[str]] = []
    for row in _rows():
        pattern = ascii_alternatives(row.pattern)
        out.append(row if pattern == row.pattern else re.compile(pattern))
    return out


def _row_automaton(low: str) -> ahocorasick.Automaton:
    """The automaton of the rows' strings for the lowered text ``low``: the ASCII strings only for an ASCII text (the
    same occurrences: see :func:`_ascii_row_words`)."""
    return _ascii_row_words() if low.isascii() else _row_words()[0]


@functools.cache
def _ascii_row_words() -> ahocorasick.Automaton:
    """The automaton of :func:`_row_words` with its ASCII strings only, for an ASCII text: every occurrence of a string
    in an ASCII text is one of an ASCII string, reported with the same value (the callers OR the masks or test for
    none, so the order is not read), while the automaton's root has a third of the children to try per character."""
    full = _row_words()[0]
    automaton = ahocorasick.Automaton()
    for w, value in full.items():
        if w.isascii():
            automaton.add_word(w, value)
    automaton.make_automaton()
    return automaton


@functools.cache
def _row_words() -> tuple[ahocorasick.Automaton, int, dict[int, tuple[int, ...]]]:
    """For each lowered row of :data:`KINDS`, the strings one of which every match of it holds
    (:func:`indupath.extract.fastre.required_literals`), in one automaton whose value for a string is the bit
    mask of the rows that need it (with the string's length); the mask of the rows with no such strings (always
    candidates); and a memo from a mask to its rows in order. A row none of whose strings a text holds matches
    nowhere in it."""
    masks: dict[str, int] = {}
    always = 0
    for i, (_kind, row) in enumerate(KINDS):
        # (read from the row as written, lowered: the same matches as its literal-led form in _rows, whose grouping by
        # first letter splits words, "l(?:abs?|and …)", and leaves shorter, more frequent strings: "ab", "lan", "ent")
        words = required_literals(lower_pattern(row.pattern))
        if not words:
            always |= 1 << i
            continue
        for w in words:
            masks[w] = masks.get(w, 0) | 1 << i
    automaton = ahocorasick.Automaton()
    for w, mask in masks.items():
        automaton.add_word(w, (len(w), mask))
    automaton.make_automaton()
    return automaton, always, {}


def _rows_of(mask: int) -> tuple[int, ...]:
    """The row indices whose bits ``mask`` sets, in order (memoised: a pure function of the mask)."""
    memo = _row_words()[2]
    rows = memo.get(mask)
    if rows is None:
        rows = memo[mask] = tuple(i for i in range(len(KINDS)) if mask >> i & 1)
    return rows


def kind_hits(low: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(start, end, row mask)`` of every occurrence of a row's string (:func:`_row_words`) inside
    ``low[start:end]``, with positions in ``low`` (the automaton reports overlapping and nested occurrences too);
    ``low`` is a lowered text (:func:`indupath.extract.fastre.lowered`)."""
    part = low[start:end]
    return [(start + e + 1 - n, start + e + 1, mask) for e, (n, mask) in _row_automaton(part).iter(part)]


def may_name_kind(hits: list[tuple[int, int, int]]) -> bool:
    """False when no part of the range :func:`kind_hits` read can name a kind (no row has a string there, and every
    row needs one): then :func:`measure_spans` finds nothing in any part of it."""
    return bool(hits) or bool(_row_words()[1])


def _rows_in(hits: list[tuple[int, int, int]], a: int, b: int) -> int:
    """The mask of the rows that can match in ``low[a:b]``: those with a string among ``hits`` (:func:`kind_hits` of a
    range that holds ``a:b``) that lies wholly inside it (the occurrences in ``low[a:b]``), and the rows with none."""
    mask = _row_words()[1]
    for s, e, bits in hits:
        if s >= a and e <= b:
            mask |= bits
    return mask


def _classify_low(low: str, mask: int) -> MeasureKind | None:
    """:func:`classify` of a text whose lowered form is ``low``, scanning only the rows of ``mask``, which holds every
    row that can match in it (:func:`_rows_in`).

    The result of the union scan (:func:`classify`) is the lowest row among its non-overlapping leftmost matches.
    A row whose strings (:func:`_row_words`) the text does not hold matches at no position of it, so the union's
    alternatives from it are never chosen and the scan is the same without them. Over the rows left, the scan is
    replayed: from position p the union matches first at the smallest leftmost start s of a row from p, with the
    lowest row that matches at s, and ends where that row's match at s ends (the row's alternatives come first in
    the union and are tried in order); the scan then goes on from that end (no row matches an empty string: each
    needs one of its strings). A row's leftmost start from p stays its leftmost start from any later p' up to it
    (whether a row matches at a position does not depend on where the search began), so each row is searched
    again only once the scan has passed its last start. With one row left the kind is that row's iff it matches
    anywhere; the scan stops early when the lowest row left has been found."""
    if not mask:
        return None
    rows = _rows_ascii() if low.isascii() else _rows()  # (the same matches: see _rows_ascii)
    if not mask & (mask - 1):  # one row
        r = mask.bit_length() - 1
        return KINDS[r][0] if rows[r].search(low) is not None else None
    cand = _rows_of(mask)
    lowest = cand[0]
    best = len(KINDS)
    starts: dict[int, int] = {}  # row -> its leftmost start from the last search (-1: none left)
    pos = 0
    while True:
        first = -1
        row = -1
        for r in cand:
            s = starts.get(r, -2)
            if s == -2 or 0 <= s < pos:
                m = rows[r].search(low, pos)
                s = starts[r] = m.start() if m is not None else -1
            if s >= 0 and (first < 0 or s < first):
                first, row = s, r
        if first < 0:
            break
        if row < best:
            best = row
            if best == lowest:
                break
        hit = rows[row].match(low, first)
        assert hit is not None  # (it matched at first)
        pos = hit.end()
    return KINDS[best][0] if best < len(KINDS) else None


def classify(text: str) -> MeasureKind | None:
    """The measure kind named in a text (the first row of :data:`KINDS` that matches), or None."""
    # one scan of the union pattern (non-overlapping, leftmost); the lowest row index wins, so the
    # scan can stop at row 0. The union of all rows' alternatives in row order picks, at each
    # position, the first row that matches there, as the union of named row groups does.
    low = lowered(text)
    if low is None:
        best = len(KINDS)
        for group in _ANY_KIND.lastgroups(text):
            if group:
                i = _GROUP_ROW[group]
                if i < best:
                    best = i
                    if i == 0:
                        break
        return KINDS[best][0] if best < len(KINDS) else None
    mask = _row_words()[1]
    for _end, (_n, bits) in _row_automaton(low).iter(low):
        mask |= bits
    return _classify_low(low, mask)


# every character for which str.isdigit() is true: decimal digits of all scripts (\d) and the other
# digits (superscripts, subscripts, circled digits...); tests/extract/test_speedups.py checks every code point
_ISDIGIT: Final = re.compile(
    "[\\d\U000000b2-\U000000b3\U000000b9\U00001369-\U00001371\U000019da\U00002070\U00002074-\U00002079"
    "\U00002080-\U00002089\U00002460-\U00002468\U00002474-\U0000247c\U00002488-\U00002490\U000024ea"
    "\U000024f5-\U000024fd\U000024ff\U00002776-\U0000277e\U00002780-\U00002788\U0000278a-\U00002792"
    "\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


_FIRM_COUNT_ZH: Final = re.compile(r"(?:培育|推动)[^，,。；;]{0,20}?\d+(?:\s*(?:至|到|-|—|–|~)\s*\d+)?\s*家")
_SUPPORT_ZH: Final = re.compile(r"给予|奖励|补助|补贴|扶持|资助|支持")


# land supplied in mu (全年供应工业用地3000亩以上, 新增工业用地不低于3万亩, 盘活低效用地不少于3000亩): a land measure
# with no other policy verb; not a price rule (出让底价…70%) nor floor space (厂房…平方米)
_LAND_SUPPLY_ZH: Final = re.compile(r"(?:新增|新供应|供应|供给|盘活|收储|储备|预留)[^，,。；;]{0,12}?(?:用地|土地)[^，,。；;]{0,10}?"
                             r"\d[\d.]*\s*万?亩")


# a fund the text has named before ("the fund", "this fund's"): not a measure of its own
_THE_FUND_EN: Final = re.compile(r"\b(?:[Tt]he|[Tt]his) fund(?:'s|’s)?\b")
_FUND_SUBJECT_EN: Final = re.compile(r"(?:(?:at least|at most|up to|no (?:more|less) than|about|around|some)\s+)?"
                              r"(?:[\d.]+\s*(?:percent|per cent|%)\s+of\s+)?(?:the|this) fund\b(?!'|’)", re.IGNORECASE)


def _kind_of(text: str, low: str | None, hits: list[tuple[int, int, int]], a: int, b: int) -> MeasureKind | None:
    """``classify(text[a:b])``, with the rows that can match there read from ``hits`` (:func:`kind_hits` of a range of
    ``low``, the lowered ``text``, that holds ``a:b``) instead of scanning the part again. A part of a text that
    lowered() folds holds none of the three special characters either, so classify would read it lowered:
    ``text[a:b].lower()``; its row strings (ASCII and CJK, no Greek letter, the only letters whose lower() depends on
    their context) are those of ``low[a:b]``."""
    if low is None:
        return classify(text[a:b])
    return _classify_low(text[a:b].lower(), _rows_in(hits, a, b))


def measure_spans(text: str, start: int, end: int, language: str, *, listed: bool = False,
                  hits: list[tuple[int, int, int]] | None = None) -> list[tuple[int, int, MeasureKind]]:
    """Measure clauses inside ``text[start:end]`` (one clause): action + measure noun; split at "and"
    when both halves are measures of their own. ``listed``: the clause is an item of a list that a line
    announcing measures opened ("Measures include:"), which stands for its action. ``hits``: :func:`kind_hits` of a
    range of the lowered text that holds the clause (its sentence), when the caller has them."""
    low = lowered(text)
    if low is None:
        hits = []
    elif hits is None:
        hits = kind_hits(low, start, end)
    else:
        hits = [h for h in hits if h[0] >= start and h[1] <= end]  # (the occurrences inside the clause)
    # the kind of a part of the clause is read from these (see _kind_of); with none, no part names a kind and the
    # clause has no measure (every clause kept needs a kind): about three clauses in five
    if low is not None and not may_name_kind(hits):
        return []
    pieces: list[tuple[int, int]] = [(start, end)]
    # (every _SPLIT_AND_ZH match holds 和 or 、, every _SPLIT_AND_EN match "and", every _SPLIT_FUNDS_ZH match 和, 及 or 、:
    # a clause without them is not searched)
    cuts: list[re.Match[str]] = []
    if language == "zh":
        joined = text.find("和", start, end) >= 0 or text.find("、", start, end) >= 0
        if joined:
            cuts = list(_SPLIT_AND_ZH.finditer(text, start, end))
        if joined or text.find("及", start, end) >= 0:
            more = list(_SPLIT_FUNDS_ZH.finditer(text, start, end))
            if more:
                cuts = sorted(cuts + more, key=lambda m: m.start())
    elif text.find("and", start, end) >= 0:
        cuts = list(_SPLIT_AND_EN.finditer(text, start, end))
    if cuts:
        cand: list[tuple[int, int]] = []
        pos = start
        for m in cuts:
            cand.append((pos, m.start()))
            pos = m.end()
        cand.append((pos, end))
        named = 0
        for a, b in cand:
            if _kind_of(text, low, hits, a, b) is not None:
                named += 1
                if named == 2:
                    pieces = cand
                    break
    out: list[tuple[int, int, MeasureKind]] = []
    zh = language == "zh"
    for a, b in pieces:
        while a < b and text[a] in " \t\"“”'":
            a += 1
        article = False
        head = a  # where the article's title starts: it names the kind ("Article 9 (Fund) …")
        if not zh and text.startswith(("Article", "article", "ARTICLE"), a):
            hm = _ARTICLE_HEAD_EN.match(text, a, b)
            if hm:
                # (a condition that opens the article, "Where an enterprise purchases …,", is not its measure)
                a, article = hm.end(), not text.startswith(("Where ", "For ", "If ", "When "), hm.end())
        lm = (_LEAD_EN if language == "en" else _LEAD_ZH).match(text, a, b)
        if lm:
            a = lm.end()
        piece = text[a:b]
        if len(piece) < 4 or (low is not None and not _rows_in(hits, head, b)):
            continue  # (no row can match in text[head:b], which holds the piece: no kind)
        has_digit = _ISDIGIT.search(piece) is not None
        # (the action test is run only where its answer is read: a piece with a digit passes the first test without it,
        # and the last reads it only for a kind other than a sum's)
        has_action: bool | None = True if listed or article else None
        if not has_digit:
            has_action = has_action or ((ACTION_ZH.search(piece) is not None) if zh else ACTION_EN.test(piece))
            if not has_action and not _NOMINAL_ACTION.test(piece):
                continue
        kind = (_kind_of(text, low, hits, head, b) or _kind_of(text, low, hits, a, b)) if article else \
            _kind_of(text, low, hits, a, b)
        if kind == "fund" and not zh and _THE_FUND_EN.search(piece):
            # "… will contribute 40 percent of the fund's capital": the fund named before, described again; the
            # clause is a measure only for a kind it names besides that fund, and none when the fund is its
            # subject ("The fund is the largest …", "At least 60 percent of the fund will be allocated to …")
            kind = None if _FUND_SUBJECT_EN.match(piece) else \
                classify(_THE_FUND_EN.sub(lambda m: " " * len(m.group()), piece))
        if kind is None or _NOT_MEASURE_ANYWHERE.test(piece) or _NOT_MEASURE_AT_START.match(piece) is not None or \
                ("期" in piece and _TERM_CLAUSE_ZH.match(piece) is not None):
            continue
        if zh and kind == "enterprise" and has_digit and _FIRM_COUNT_ZH.search(piece) and not _SUPPORT_ZH.search(piece):
            continue  # 培育领军企业20家以上: how many firms to grow is a target, not a policy measure
        if not (has_digit and (kind in ("fund", "subsidy", "other") or (zh and kind == "land" and _LAND_SUPPLY_ZH.search(piece)))):
            if has_action is None:
                has_action = (ACTION_ZH.search(piece) is not None) if zh else ACTION_EN.test(piece)
            if not has_action and not _NOMINAL_ACTION.test(piece):
                continue
        out.append((a, b, kind))
    return out


_RX_PLAN_TITLE_1: Final = fast(r"\b(?:Action Plan|Plan) for [A-Z][^.;,\"”]{5,120}?(?:\(\d{4}-\d{4}\))?")


def plan_title(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The first plan / action-plan title in ``text[start:end]`` (《…方案》, "Action Plan for ...")."""
    # (every _TITLE_EN match holds one of _TITLE_EN_WORDS, every _RX_PLAN_TITLE_1 match "Plan for ": a text without them
    # is not searched, as most English texts)
    m = _TITLE_ZH.search(text, start, end) if language == "zh" else \
        _TITLE_EN.search(text, start, end) if any(text.find(w, start, end) >= 0 for w in _TITLE_EN_WORDS) else None
    if not m:
        if language == "en" and text.find("Plan for ", start, end) >= 0:
            m2 = _RX_PLAN_TITLE_1.search(text[start:end])
            if m2:
                return start + m2.start(), start + m2.end()
        return None
    return m.start("t"), m.end("t")


# (ACTION_EN and _NOMINAL_ACTION have no word pre-test: literal-led, they scan a clause faster than the gate does)
