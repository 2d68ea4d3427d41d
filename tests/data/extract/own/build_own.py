"""Write the hand-written labelled test documents of the extractor (texts + gold JSON).

The texts are written by the indupath extractor engineer for testing: they are
realistic in form (government work reports, economic work conference news, plan
summaries, press conferences, English news) and draw on publicly known kinds of
roadmaps, but they are NOT quotations of real documents and their figures must
not be cited as facts. Gold records follow ../../../../shared corpus conventions
(SPEC.md). Run once to regenerate the files: python build_own.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def P(region, code, industry, tier, conf="high", optional=False):
    return {"region": region, "region_code": code, "industry": industry, "tier": tier,
            "tier_confidence": conf, "optional": optional}


def T(region, code, metric, value, unit, comp, year, text, optional=False):
    return {"region": region, "region_code": code, "metric": metric, "value": value, "unit": unit,
            "comparator": comp, "year": year, "text": text, "optional": optional}


def M(region, code, kind, text, optional=False):
    return {"region": region, "region_code": code, "kind": kind, "text": text, "optional": optional}


DOCS: list[tuple[str, str, str, str, dict]] = []


def doc(split, name, date, body, regions, priorities=(), targets=(), measures=(), distractors=()):
    lang = "zh" if name.startswith("zh_") else "en"
    gold = {"document": name + ".txt", "language": lang, "date": date, "regions": regions,
            "priorities": list(priorities), "targets": list(targets), "measures": list(measures),
            "distractors": list(distractors), "split": split,
            "notes": "Synthetic test text written for indupath (not a real document)."}
    DOCS.append((split, name, date, body, gold))


HF, HFC = "合肥市", "340100"
doc("dev", "zh_hefei_gwr_2024", "2024-01-20", """合肥市政府工作报告要点:今年地区生产总值增长6%左右
过去一年,合肥地区生产总值增长5.8%,总量突破1.2万亿元,居全国城市第19位。新增国家级专精特新“小巨人”企业42家。
今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,规模以上工业增加值增长8%以上,固定资产投资增长5%,城镇新增就业16万人以上。
我们将坚定实施产业强市战略,做大做强新能源汽车、集成电路、新型显示、人工智能等战略性新兴产业,前瞻布局量子信息、聚变能源、空天信息等未来产业。
设立总规模100亿元的天使投资基金,对新认定的国家级创新平台给予最高1000万元奖励。
力争到2025年战略性新兴产业产值突破1.5万亿元。""",
    [HF],
    [P(HF, HFC, "新能源汽车", "emerging"), P(HF, HFC, "集成电路", "emerging"), P(HF, HFC, "新型显示", "emerging"),
     P(HF, HFC, "人工智能", "emerging"), P(HF, HFC, "量子信息", "future"), P(HF, HFC, "聚变能源", "future"),
     P(HF, HFC, "空天信息", "future")],
    [T(HF, HFC, "GDP growth", 6, "%", "about", 2024, "地区生产总值增长6%左右"),
     T(HF, HFC, "GDP growth (headline)", 6, "%", "about", 2024, "今年地区生产总值增长6%左右", optional=True),
     T(HF, HFC, "industrial value added growth", 8, "%", ">=", 2024, "规模以上工业增加值增长8%以上"),
     T(HF, HFC, "fixed-asset investment growth", 5, "%", "=", 2024, "固定资产投资增长5%"),
     T(HF, HFC, "new urban jobs", 160000, "count", ">=", 2024, "城镇新增就业16万人以上"),
     T(HF, HFC, "strategic emerging industries output", 1.5e12, "CNY", ">=", 2025, "力争到2025年战略性新兴产业产值突破1.5万亿元")],
    [M(HF, HFC, "fund", "设立总规模100亿元的天使投资基金"),
     M(HF, HFC, "subsidy", "对新认定的国家级创新平台给予最高1000万元奖励")],
    ["增长5.8%", "突破1.2万亿元", "第19位", "42家"])

SC, SCC = "四川省", "510000"
doc("dev", "en_sichuan_ewc_20231220", "2023-12-20", """Sichuan sets out industrial priorities for 2024
CHENGDU -- The Economic Work Conference of the Sichuan Provincial Party Committee, held this week, called for building a modern industrial system with advanced manufacturing as its backbone.
The province will expand strategic emerging industries such as electronic information, clean energy equipment, and biomedicine, and plan ahead for future industries including humanoid robots and quantum technology.
Sichuan expects the output of its electronic information industry to exceed 1.8 trillion yuan by 2025, and the share of clean energy in installed power capacity to reach about 86 percent by the same year.
Last year the province's electronic information industry grew 9.1 percent to 1.6 trillion yuan.
The conference also proposed setting up a provincial industrial investment fund and building three national manufacturing innovation centers.""",
    [SC],
    [P(SC, SCC, "electronic information", "emerging"), P(SC, SCC, "clean energy equipment", "emerging"),
     P(SC, SCC, "biomedicine", "emerging"), P(SC, SCC, "humanoid robots", "future"),
     P(SC, SCC, "quantum technology", "future")],
    [T(SC, SCC, "electronic information output", 1.8e12, "CNY", ">=", 2025, "exceed 1.8 trillion yuan by 2025"),
     T(SC, SCC, "clean energy share of installed capacity", 86, "%", "about", 2025, "about 86 percent by the same year"),
     T(SC, SCC, "national manufacturing innovation centers", 3, "count", "=", None, "building three national manufacturing innovation centers", optional=True)],
    [M(SC, SCC, "fund", "setting up a provincial industrial investment fund"),
     M(SC, SCC, "platform", "building three national manufacturing innovation centers")],
    ["grew 9.1 percent to 1.6 trillion yuan"])

GD, GDC = "广东省", "440000"
doc("dev", "zh_guangdong_plan_20230615", "2023-06-15", """广东省印发《广东省制造业高质量发展行动方案(2023-2027年)》
方案共分为六章二十条。方案提出,到2027年,全省制造业增加值达到5.5万亿元,战略性新兴产业增加值占地区生产总值比重超过20%,培育形成10个以上万亿元级产业集群。
主要任务包括:一是巩固提升新一代电子信息、绿色石化、智能家电等支柱产业;二是加快发展半导体与集成电路、新能源、高端装备制造等战略性新兴产业;三是前瞻布局6G、量子科技、生命科学等未来产业。
在支持措施方面,省财政每年安排50亿元制造业高质量发展专项资金,对重大技术改造项目按设备投资额的10%给予补助。
2022年,全省制造业增加值为4.5万亿元。""",
    [GD],
    [P(GD, GDC, "新一代电子信息", "emerging", "low"), P(GD, GDC, "绿色石化", "traditional", "low"),
     P(GD, GDC, "智能家电", "traditional", "low"), P(GD, GDC, "半导体与集成电路", "emerging"),
     P(GD, GDC, "新能源", "emerging"), P(GD, GDC, "高端装备制造", "emerging"),
     P(GD, GDC, "6G", "future"), P(GD, GDC, "量子科技", "future"), P(GD, GDC, "生命科学", "future")],
    [T(GD, GDC, "manufacturing value added", 5.5e12, "CNY", "=", 2027, "全省制造业增加值达到5.5万亿元"),
     T(GD, GDC, "SEI share of GDP", 20, "%", ">=", 2027, "战略性新兴产业增加值占地区生产总值比重超过20%"),
     T(GD, GDC, "trillion-yuan clusters", 10, "count", ">=", 2027, "培育形成10个以上万亿元级产业集群")],
    [M(GD, GDC, "program", "《广东省制造业高质量发展行动方案(2023-2027年)》", optional=True),
     M(GD, GDC, "fund", "省财政每年安排50亿元制造业高质量发展专项资金"),
     M(GD, GDC, "subsidy", "对重大技术改造项目按设备投资额的10%给予补助")],
    ["六章二十条", "2022年,全省制造业增加值为4.5万亿元", "按设备投资额的10%"])

JS, JSC, SD, SDC, HB, HBC = "江苏省", "320000", "山东省", "370000", "湖北省", "420000"
doc("dev", "en_provinces_targets_20240205", "2024-02-05", """Eastern and central provinces bet on new industries
Several provinces have published their 2024 growth goals at the annual sessions of local legislatures.
Jiangsu Province aims for GDP growth of above 5 percent this year and plans to raise R&D spending to 3.2 percent of GDP. In 2023 its economy expanded 5.8 percent.
Shandong has set a growth target of about 5 percent, and it will cultivate industries such as new energy, new materials and high-end chemicals, while upgrading traditional industries like textiles and steel.
Hubei Province expects its optical electronic information industry to generate revenue of more than 1 trillion yuan ($139 billion) by 2025. The province ranked seventh nationwide in GDP last year.""",
    [JS, SD, HB],
    [P(SD, SDC, "new energy", "emerging", "medium"), P(SD, SDC, "new materials", "emerging", "medium"),
     P(SD, SDC, "high-end chemicals", "emerging", "low"), P(SD, SDC, "textiles", "traditional"),
     P(SD, SDC, "steel", "traditional"), P(HB, HBC, "optical electronic information", "emerging", "medium")],
    [T(JS, JSC, "GDP growth", 5, "%", ">=", 2024, "GDP growth of above 5 percent this year"),
     T(JS, JSC, "R&D intensity", 3.2, "%", "=", 2024, "raise R&D spending to 3.2 percent of GDP"),
     T(SD, SDC, "GDP growth", 5, "%", "about", 2024, "a growth target of about 5 percent"),
     T(HB, HBC, "optical electronic information revenue", 1e12, "CNY", ">=", 2025, "more than 1 trillion yuan ($139 billion) by 2025")],
    [],
    ["expanded 5.8 percent", "($139 billion)", "ranked seventh"])

WH, WHC = "武汉市", "420100"
doc("dev", "zh_wuhan_presser_20240410", "2024-04-10", """武汉市举行新闻发布会解读支持未来产业发展若干措施
4月10日,武汉市人民政府新闻办公室召开新闻发布会。据介绍,武汉将围绕未来制造、未来信息、未来材料、未来健康等方向,重点培育商业航天、低空经济、脑机接口、合成生物等未来产业。
《若干措施》明确,设立规模500亿元的未来产业投资基金;对新建的未来产业创新联合体,按照研发投入的20%给予补贴,最高2000万元;建设10个未来产业先导区。
到2026年,全市未来产业规模力争达到1000亿元。目前全市已集聚相关企业超过600家,数量居中部城市第一。""",
    [WH],
    [P(WH, WHC, "商业航天", "future"), P(WH, WHC, "低空经济", "future"), P(WH, WHC, "脑机接口", "future"),
     P(WH, WHC, "合成生物", "future"),
     P(WH, WHC, "未来制造", "future", "medium", True), P(WH, WHC, "未来信息", "future", "medium", True),
     P(WH, WHC, "未来材料", "future", "medium", True), P(WH, WHC, "未来健康", "future", "medium", True)],
    [T(WH, WHC, "future industries scale", 1e11, "CNY", "=", 2026, "到2026年,全市未来产业规模力争达到1000亿元"),
     T(WH, WHC, "future industry pilot zones", 10, "count", "=", None, "建设10个未来产业先导区", optional=True)],
    [M(WH, WHC, "fund", "设立规模500亿元的未来产业投资基金"),
     M(WH, WHC, "subsidy", "对新建的未来产业创新联合体,按照研发投入的20%给予补贴,最高2000万元"),
     M(WH, WHC, "platform", "建设10个未来产业先导区")],
    ["超过600家", "居中部城市第一", "研发投入的20%"])

CQ, CQC = "重庆市", "500000"
doc("dev", "en_chongqing_gwr_20240122", "2024-01-22", """Chongqing: Report on the Work of the Government (excerpt)
Last year, the city's gross domestic product reached 3.01 trillion yuan, up 6.1 percent, and the output of the automobile industry exceeded 500 billion yuan.
The main targets for this year are: GDP growth of around 6 percent, growth in industrial value added of 7 percent, and the creation of more than 700,000 new urban jobs.
We will upgrade traditional industries such as motorcycles, and grow strategic emerging industries, including new energy vehicles, smart connected vehicles and advanced materials.
We will build the western China science city and provide up to 5 million yuan in rewards for newly recognized national technology innovation centers.""",
    [CQ],
    [P(CQ, CQC, "motorcycles", "traditional"), P(CQ, CQC, "new energy vehicles", "emerging"),
     P(CQ, CQC, "smart connected vehicles", "emerging"), P(CQ, CQC, "advanced materials", "emerging")],
    [T(CQ, CQC, "GDP growth", 6, "%", "about", 2024, "GDP growth of around 6 percent"),
     T(CQ, CQC, "industrial value added growth", 7, "%", "=", 2024, "growth in industrial value added of 7 percent"),
     T(CQ, CQC, "new urban jobs", 700000, "count", ">=", 2024, "more than 700,000 new urban jobs")],
    [M(CQ, CQC, "platform", "We will build the western China science city"),
     M(CQ, CQC, "subsidy", "provide up to 5 million yuan in rewards for newly recognized national technology innovation centers")],
    ["reached 3.01 trillion yuan, up 6.1 percent", "exceeded 500 billion yuan"])

JL, JLC = "吉林省", "220000"
doc("dev", "zh_jilin_ewc_20231218", "2023-12-18", """吉林省委经济工作会议在长春召开
会议强调,明年要突出抓好以下重点工作:一是加快汽车、石化、农产品加工等传统产业转型升级;二是培育壮大新能源、新材料、医药健康、装备制造等新兴产业;三是谋划布局氢能、低空经济等未来产业。
会议提出,明年全省地区生产总值增长6%左右,新能源汽车产量突破20万辆。
今年以来,全省汽车产量同比增长11.2%。要深化国有企业改革,扩大高水平对外开放,用好长春国际汽车城等开放平台。""",
    [JL],
    [P(JL, JLC, "汽车", "traditional"), P(JL, JLC, "石化", "traditional"), P(JL, JLC, "农产品加工", "traditional"),
     P(JL, JLC, "新能源", "emerging"), P(JL, JLC, "新材料", "emerging"), P(JL, JLC, "医药健康", "emerging"),
     P(JL, JLC, "装备制造", "emerging"), P(JL, JLC, "氢能", "future"), P(JL, JLC, "低空经济", "future")],
    [T(JL, JLC, "GDP growth", 6, "%", "about", 2024, "明年全省地区生产总值增长6%左右"),
     T(JL, JLC, "NEV output", 200000, "count", ">=", 2024, "新能源汽车产量突破20万辆")],
    [M(JL, JLC, "reform", "要深化国有企业改革"),
     M(JL, JLC, "opening", "扩大高水平对外开放,用好长春国际汽车城等开放平台")],
    ["同比增长11.2%"])

HN, HNC = "海南省", "460000"
doc("dev", "en_hainan_plan_20240301", "2024-03-01", """Hainan unveils plan for marine and aerospace industries
HAIKOU, March 1 -- Hainan Province has released a three-year action plan (2024-2026) for its key industries, the provincial department of industry and information technology said on Friday.
According to the plan, the province will focus on four leading industries: tourism, modern services, high-tech industries and tropical agriculture, with the marine economy and commercial aerospace as growth engines.
By 2026, the output value of the commercial aerospace industry is expected to exceed 100 billion yuan, and the marine economy should account for more than 35 percent of GDP.
Hainan will offer subsidies of up to 30 million yuan to newly settled aerospace enterprises and set up a 10-billion-yuan marine industry fund.""",
    [HN],
    [P(HN, HNC, "tourism", "traditional", "low"), P(HN, HNC, "modern services", "traditional", "low"),
     P(HN, HNC, "high-tech industries", "emerging", "low"), P(HN, HNC, "tropical agriculture", "traditional", "low"),
     P(HN, HNC, "marine economy", "emerging", "low"), P(HN, HNC, "commercial aerospace", "emerging", "low")],
    [T(HN, HNC, "commercial aerospace output", 1e11, "CNY", ">=", 2026, "exceed 100 billion yuan"),
     T(HN, HNC, "marine economy share of GDP", 35, "%", ">=", 2026, "more than 35 percent of GDP")],
    [M(HN, HNC, "program", "Hainan Province has released a three-year action plan (2024-2026) for its key industries", optional=True),
     M(HN, HNC, "subsidy", "Hainan will offer subsidies of up to 30 million yuan to newly settled aerospace enterprises"),
     M(HN, HNC, "fund", "set up a 10-billion-yuan marine industry fund")],
    ["March 1", "(2024-2026)", "four leading industries"])

# ---------------------------------------------------------------- heldout
XA, XAC = "西安市", "610100"
doc("heldout", "zh_xian_gwr_20250115", "2025-01-15", """西安市政府工作报告:2025年主要预期目标
2024年,全市地区生产总值增长4.5%左右,规上工业增加值增长9.2%,数量居副省级城市前列。
2025年经济社会发展主要预期目标是:地区生产总值增长5.5%左右,规上工业增加值增长8%,社会消费品零售总额增长5%以上,研发投入强度保持在5%以上。
我们将重点打造光子、人工智能、商业航天等新兴产业集群,改造提升纺织服装、食品加工等传统产业。
力争新增国家级高新技术企业2000家。设立总规模200亿元的秦创原科技成果转化基金。""",
    [XA],
    [P(XA, XAC, "光子", "emerging"), P(XA, XAC, "人工智能", "emerging"), P(XA, XAC, "商业航天", "emerging"),
     P(XA, XAC, "纺织服装", "traditional"), P(XA, XAC, "食品加工", "traditional")],
    [T(XA, XAC, "GDP growth", 5.5, "%", "about", 2025, "地区生产总值增长5.5%左右"),
     T(XA, XAC, "industrial value added growth", 8, "%", "=", 2025, "规上工业增加值增长8%"),
     T(XA, XAC, "retail sales growth", 5, "%", ">=", 2025, "社会消费品零售总额增长5%以上"),
     T(XA, XAC, "R&D intensity", 5, "%", ">=", 2025, "研发投入强度保持在5%以上"),
     T(XA, XAC, "new high-tech enterprises", 2000, "count", "=", 2025, "力争新增国家级高新技术企业2000家")],
    [M(XA, XAC, "fund", "设立总规模200亿元的秦创原科技成果转化基金"),
     M(XA, XAC, "cluster", "重点打造光子、人工智能、商业航天等新兴产业集群", optional=True)],
    ["增长4.5%左右", "增长9.2%"])

FJ, FJC = "福建省", "350000"
doc("heldout", "en_fujian_news_20240612", "2024-06-12", """Fujian doubles down on batteries and marine industries
FUZHOU -- Fujian Province will strengthen its lithium battery and new energy vehicle industries and nurture emerging sectors such as offshore wind power, marine biomedicine and optoelectronics, a provincial official said on Wednesday.
The province aims to raise the output value of its new energy industry to 1.5 trillion yuan by 2027 and to cultivate around 30 leading enterprises with revenue over 10 billion yuan each.
In 2023 Fujian's lithium battery output rose 20 percent. The province will also set up a 20 billion yuan industrial guidance fund and build a marine industry innovation platform in Xiamen.""",
    [FJ],
    [P(FJ, FJC, "lithium battery", "emerging", "medium"), P(FJ, FJC, "new energy vehicle", "emerging", "medium"),
     P(FJ, FJC, "offshore wind power", "emerging"), P(FJ, FJC, "marine biomedicine", "emerging"),
     P(FJ, FJC, "optoelectronics", "emerging")],
    [T(FJ, FJC, "new energy industry output", 1.5e12, "CNY", "=", 2027, "1.5 trillion yuan by 2027"),
     T(FJ, FJC, "leading enterprises", 30, "count", "about", 2027, "around 30 leading enterprises")],
    [M(FJ, FJC, "fund", "set up a 20 billion yuan industrial guidance fund"),
     M(FJ, FJC, "platform", "build a marine industry innovation platform in Xiamen")],
    ["rose 20 percent", "over 10 billion yuan each"])

SD2 = ("山东省", "370000")
doc("heldout", "zh_shandong_future_plan_20240220", "2024-02-20", """山东省未来产业发展行动计划发布
近日,山东省印发《山东省未来产业发展行动计划(2024-2027年)》。
计划提出,重点发展人形机器人、量子科技、生物制造、氢能与储能、深海空天开发等方向。
到2027年,全省未来产业营业收入力争突破3000亿元,建设20个左右未来产业先导区,培育100家以上高成长企业。
省级财政对入选的未来产业先导区给予最高3000万元支持;支持青岛、济南建设未来产业科技园。""",
    [SD2[0]],
    [P(*SD2, "人形机器人", "future", "medium"), P(*SD2, "量子科技", "future", "medium"), P(*SD2, "生物制造", "future", "medium"),
     P(*SD2, "氢能与储能", "future", "medium"), P(*SD2, "深海空天开发", "future", "medium")],
    [T(*SD2, "future industries revenue", 3e11, "CNY", ">=", 2027, "全省未来产业营业收入力争突破3000亿元"),
     T(*SD2, "pilot zones", 20, "count", "about", 2027, "建设20个左右未来产业先导区"),
     T(*SD2, "high-growth firms", 100, "count", ">=", 2027, "培育100家以上高成长企业")],
    [M(*SD2, "program", "《山东省未来产业发展行动计划(2024-2027年)》", optional=True),
     M(*SD2, "subsidy", "省级财政对入选的未来产业先导区给予最高3000万元支持"),
     # a measure that backs named cities in building something is theirs (the convention of the blind
     # batches' independent labellers, adopted in the fourth session; this row had named the province)
     M("青岛市", "370200", "platform", "支持青岛、济南建设未来产业科技园"),
     M("济南市", "370100", "platform", "支持青岛、济南建设未来产业科技园")],
    ["(2024-2027年)"])

GZ, GZC = "广州市", "440100"
doc("heldout", "en_guangzhou_presser_20240525", "2024-05-25", """Guangzhou to build a low-altitude economy hub
GUANGZHOU -- Guangzhou will speed up the development of the low-altitude economy and intelligent connected vehicles, officials told a press conference on Friday.
The city targets a low-altitude economy scale of about 150 billion yuan by 2027 and plans to open more than 100 drone delivery routes.
Guangzhou will also offer rewards of up to 10 million yuan for major low-altitude projects and establish a municipal low-altitude industry fund of 5 billion yuan ($690 million).
The city ranked first in the province in drone output last year, with more than 200 related enterprises.""",
    [GZ],
    [P(GZ, GZC, "low-altitude economy", "emerging", "medium"),
     P(GZ, GZC, "intelligent connected vehicles", "emerging", "medium")],
    [T(GZ, GZC, "low-altitude economy scale", 1.5e11, "CNY", "about", 2027, "about 150 billion yuan by 2027"),
     T(GZ, GZC, "drone delivery routes", 100, "count", ">=", 2027, "more than 100 drone delivery routes")],
    [M(GZ, GZC, "subsidy", "offer rewards of up to 10 million yuan for major low-altitude projects"),
     M(GZ, GZC, "fund", "establish a municipal low-altitude industry fund of 5 billion yuan ($690 million)")],
    ["($690 million)", "ranked first", "more than 200 related enterprises"])

SZ, SZC, HZ, HZC, NB, NBC = "苏州市", "320500", "杭州市", "330100", "宁波市", "330200"
doc("heldout", "zh_yangtze_cities_20240301", "2024-03-01", """长三角城市竞逐新赛道
今年以来,长三角多个城市发布产业新政。
苏州提出,重点发展光子、生物医药、纳米新材料等产业,力争到2025年生物医药产业规模达到3000亿元。
杭州则聚焦人工智能、视觉智能和合成生物等领域,计划今年新增国家高新技术企业1500家以上。去年杭州数字经济核心产业增加值增长5.3%。
宁波市将设立规模100亿元的新材料产业基金,打造“361”万千亿级产业集群体系。""",
    [SZ, HZ, NB],
    [P(SZ, SZC, "光子", "emerging", "medium"), P(SZ, SZC, "生物医药", "emerging", "medium"),
     P(SZ, SZC, "纳米新材料", "emerging", "medium"), P(HZ, HZC, "人工智能", "emerging", "medium"),
     P(HZ, HZC, "视觉智能", "emerging", "medium"), P(HZ, HZC, "合成生物", "future", "medium")],
    [T(SZ, SZC, "biomedicine scale", 3e11, "CNY", "=", 2025, "力争到2025年生物医药产业规模达到3000亿元"),
     T(HZ, HZC, "new high-tech enterprises", 1500, "count", ">=", 2024, "计划今年新增国家高新技术企业1500家以上")],
    [M(NB, NBC, "fund", "宁波市将设立规模100亿元的新材料产业基金"),
     M(NB, NBC, "cluster", "打造“361”万千亿级产业集群体系")],
    ["增长5.3%", "“361”"])

YN, YNC = "云南省", "530000"
doc("heldout", "en_yunnan_ewc_20231215", "2023-12-15", """Yunnan economic work conference sets 2024 tasks
The Economic Work Conference of the Yunnan Provincial Party Committee was held in Kunming from Dec 13 to 14.
The meeting said that next year the province will focus on eight key industries, including green aluminum, silicon photovoltaics, new energy batteries, tea and flowers.
It called for the province's GDP to grow by about 5.5 percent next year and for tourism revenue to exceed 1.5 trillion yuan.
The province will deepen reform of state-owned enterprises and build a hub for opening up to South and Southeast Asia.""",
    [YN],
    [P(YN, YNC, "green aluminum", "emerging", "low"), P(YN, YNC, "silicon photovoltaics", "emerging", "low"),
     P(YN, YNC, "new energy batteries", "emerging", "low"), P(YN, YNC, "tea", "traditional", "low"),
     P(YN, YNC, "flowers", "traditional", "low")],
    [T(YN, YNC, "GDP growth", 5.5, "%", "about", 2024, "grow by about 5.5 percent next year"),
     T(YN, YNC, "tourism revenue", 1.5e12, "CNY", ">=", 2024, "tourism revenue to exceed 1.5 trillion yuan")],
    [M(YN, YNC, "reform", "The province will deepen reform of state-owned enterprises"),
     M(YN, YNC, "opening", "build a hub for opening up to South and Southeast Asia")],
    ["Dec 13 to 14", "eight key industries"])

CD, CDC = "成都市", "510100"
doc("heldout", "zh_chengdu_hitech_zone_20240710", "2024-07-10", """成都高新区发布生物医药产业支持政策
7月10日,成都高新区召开新闻发布会,发布支持生物医药产业高质量发展的若干政策。
政策明确,对获得创新药临床批件的企业给予最高500万元奖励;对新建的公共技术服务平台按投资额的30%给予补助。
成都高新区将聚焦创新药、高端医疗器械、细胞与基因治疗等重点领域,力争到2027年生物医药产业规模突破2000亿元。
2023年,成都高新区生物医药产业规模达到1100亿元。""",
    ["成都高新区"],
    [P("成都高新区", None, "创新药", "emerging", "medium"), P("成都高新区", None, "高端医疗器械", "emerging", "medium"),
     P("成都高新区", None, "细胞与基因治疗", "future", "low")],
    [T("成都高新区", None, "biomedicine scale", 2e11, "CNY", ">=", 2027, "力争到2027年生物医药产业规模突破2000亿元")],
    [M("成都高新区", None, "subsidy", "对获得创新药临床批件的企业给予最高500万元奖励"),
     M("成都高新区", None, "subsidy", "对新建的公共技术服务平台按投资额的30%给予补助")],
    ["2023年,成都高新区生物医药产业规模达到1100亿元", "投资额的30%"])

HB2 = ("湖北省", "420000")
doc("heldout", "en_hubei_gwr_20240124", "2024-01-24", """Highlights of Hubei's 2024 government work report
Hubei set its economic growth target for 2024 at around 6 percent, after the economy grew 6 percent in 2023.
The province plans to build five trillion-yuan industries, including optical chips, automobiles, and big health, and to cultivate future industries like quantum information and brain-like intelligence.
Investment in fixed assets is expected to grow by more than 5 percent. The number of high-tech enterprises should exceed 30,000 this year.
Hubei will reform its science and technology funding system and support Wuhan in building the Optics Valley science innovation corridor.""",
    [HB2[0]],
    [P(*HB2, "optical chips", "emerging", "medium"), P(*HB2, "automobiles", "traditional", "low"),
     P(*HB2, "big health", "emerging", "low"), P(*HB2, "quantum information", "future"),
     P(*HB2, "brain-like intelligence", "future")],
    [T(*HB2, "GDP growth", 6, "%", "about", 2024, "around 6 percent"),
     T(*HB2, "fixed-asset investment growth", 5, "%", ">=", 2024, "grow by more than 5 percent"),
     T(*HB2, "high-tech enterprises", 30000, "count", ">=", 2024, "exceed 30,000 this year"),
     T(*HB2, "trillion-yuan industries", 5, "count", "=", None, "build five trillion-yuan industries", optional=True)],
    [M(*HB2, "reform", "Hubei will reform its science and technology funding system"),
     M(WH, WHC, "platform", "support Wuhan in building the Optics Valley science innovation corridor")],  # see 支持青岛
    ["grew 6 percent in 2023"])


def main() -> None:
    for split, name, date, body, gold in DOCS:
        folder = HERE / split
        (folder / "texts").mkdir(parents=True, exist_ok=True)
        (folder / "gold").mkdir(parents=True, exist_ok=True)
        header = f"own://indupath-tests/{name}\n{date}\n"
        (folder / "texts" / f"{name}.txt").write_text(header + body + "\n", encoding="utf-8")
        (folder / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
