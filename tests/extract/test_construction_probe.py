"""Common constructions of policy writing, probed with sentences written for these tests (not taken from any
labelled set): list frames that announce priority industries (23 Chinese, 24 English), target sentences with
the usual deadlines, units, comparators and numerals (19 Chinese, 20 English; the text's date is 2025-12-20, so
明年 and "next year" are 2026), sentences that state no target, region frames (which region a list belongs
to) and one measure of each kind. They guard the readings that generalise across writers: each list frame is
read with the same items, so a failure points at the frame, not at the items' vocabulary.

Frames still missed, kept out on purpose: A、B及C (the labelled sets keep X及Y as one item), "step up support for
A, B and C" and "accelerate the development of A, B and C" (adding them cost rows on the labelled sets; see
docs/extraction-quality.md)."""

from __future__ import annotations

import pytest

from indupath.extract import extract

LIST_FRAMES_ZH = [
    ("合肥市将重点发展集成电路、新能源汽车、生物医药等战略性新兴产业。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将培育壮大人形机器人、量子信息和生物制造等未来产业。", ["人形机器人", "量子信息", "生物制造"]),
    ("合肥市将推动钢铁、纺织服装等传统产业改造升级。", ["钢铁", "纺织服装"]),
    ("合肥市将加快集成电路、新能源汽车、生物医药发展。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将做强集成电路、做优新能源汽车、做大生物医药。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将聚焦集成电路、新能源汽车、生物医药三大产业。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市以集成电路、新能源汽车、生物医药为重点，加快建设现代化产业体系。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将打造集成电路、新能源汽车、生物医药产业集群。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将前瞻布局人形机器人、量子信息、生物制造等未来产业。", ["人形机器人", "量子信息", "生物制造"]),
    ("合肥市明年要大力发展集成电路、新能源汽车和生物医药。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市提出，加快培育集成电路、新能源汽车、生物医药等新兴产业。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市：重点发展集成电路、新能源汽车、生物医药。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将着力打造集成电路、新能源汽车、生物医药三个千亿级产业。", ["集成电路", "新能源汽车", "生物医药"]),
    ("支持合肥市发展集成电路、新能源汽车、生物医药。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市围绕集成电路、新能源汽车、生物医药等重点产业链，实施强链补链行动。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将推进集成电路、新能源汽车、生物医药等产业集群化发展。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将抢抓集成电路、新能源汽车、生物医药等新赛道。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将大力培育集成电路、新能源汽车、生物医药等新质生产力。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将积极培育集成电路、新能源汽车、生物医药等新增长点。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将培育集成电路、新能源汽车、生物医药等新动能。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将发力集成电路、新能源汽车、生物医药。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将聚力集成电路、新能源汽车、生物医药。", ["集成电路", "新能源汽车", "生物医药"]),
    ("合肥市将加速集成电路、新能源汽车、生物医药等产业发展。", ["集成电路", "新能源汽车", "生物医药"]),
]
LIST_FRAMES_EN = [
    ("Hefei will focus on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will develop emerging industries such as integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will grow strategic emerging industries including integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will nurture future industries like humanoid robots, quantum information and synthetic biology.", ["humanoid robots", "quantum information", "synthetic biology"]),
    ("Hefei listed humanoid robots, quantum information and synthetic biology as future industries.", ["humanoid robots", "quantum information", "synthetic biology"]),
    ("Hefei will build clusters in integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei named integrated circuits, new energy vehicles and biomedicine as priorities.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("In Hefei, priority will go to integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will expand its industrial base, with a focus on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("The plan of Hefei targets integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei aims to strengthen integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will prioritise integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei plans to foster integrated circuits, new energy vehicles, and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will upgrade traditional industries such as steel, textiles and building materials.", ["steel", "textiles", "building materials"]),
    ("Key sectors for Hefei include integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will bet on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will build up integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will zero in on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei has pinned its hopes on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will pour money into integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will channel funds into integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will put more resources into integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("Hefei will concentrate resources on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
    ("In Hefei, the focus will be on integrated circuits, new energy vehicles and biomedicine.", ["integrated circuits", "new energy vehicles", "biomedicine"]),
]


@pytest.mark.parametrize(("sentence", "items"), [*LIST_FRAMES_ZH, *LIST_FRAMES_EN])
def test_list_frames_name_their_items_for_the_region(sentence: str, items: list[str]) -> None:
    lang = "en" if sentence.isascii() else "zh"
    got = [(p.region, p.industry) for p in extract(sentence, language=lang, date="2025-06-20").priorities]
    assert [i for _, i in got] == items
    assert all(r for r, _ in got)


TARGETS_ZH = [
    ("到2027年，合肥市新能源汽车产业营业收入达到3000亿元。", ("=", 3e11, "CNY", 2027)),
    ("力争到2027年，合肥市集成电路产业规模突破1000亿元。", (">=", 1e11, "CNY", 2027)),
    ("合肥市明年地区生产总值增长6%左右。", ("about", 6, "%", 2026)),
    ("到2027年，合肥市高技术制造业增加值占规上工业比重提高到20%以上。", (">=", 20, "%", 2027)),
    ("到2027年，合肥市新培育专精特新中小企业300家以上。", (">=", 300, "count", 2027)),
    ("到2028年，合肥市人工智能产业规模力争达到一千亿元。", ("=", 1e11, "CNY", 2028)),
    ("到2027年，合肥市战略性新兴产业产值超过1.2万亿元。", (">=", 1.2e12, "CNY", 2027)),
    ("到“十五五”末，合肥市量子产业规模达到500亿元。", ("=", 5e10, "CNY", 2030)),
    ("合肥市明年规模以上工业增加值增长7%以上。", (">=", 7, "%", 2026)),
    ("到2027年，合肥市数字经济核心产业增加值占地区生产总值比重达到15%。", ("=", 15, "%", 2027)),
    ("到2026年底，合肥市建成5G基站3万个。", ("=", 30000, "count", 2026)),
    ("合肥市提出，到2027年低空经济规模不低于800亿元。", (">=", 8e10, "CNY", 2027)),
    ("合肥市目标是到2030年生物医药产业规模达到三千亿元左右。", ("about", 3e11, "CNY", 2030)),
    ("到2027年，合肥市研发经费投入强度达到4.5%左右。", ("about", 4.5, "%", 2027)),
    ("合肥市计划到2027年新能源汽车产量达到200万辆。", ("=", 2e6, "count", 2027)),
    ("到2027年，合肥市工业投资年均增长10%以上。", (">=", 10, "%", 2027)),
    ("到2027年，合肥市集成电路产业规模实现翻番，达到2000亿元。", ("=", 2e11, "CNY", 2027)),
    ("合肥市力争明年实际使用外资超过20亿美元。", (">=", 2e9, "USD", 2026)),
    ("到2027年，合肥市新增上市公司20家以上。", (">=", 20, "count", 2027)),
]
TARGETS_EN = [
    ("Hefei aims to raise the revenue of its new energy vehicle industry to more than 300 billion yuan by 2027.", (">=", 3e11, "CNY", 2027)),
    ("Hefei targets integrated circuit output of about 100 billion yuan by 2027.", ("about", 1e11, "CNY", 2027)),
    ("By 2027, the output of the AI industry in Hefei should exceed 100 billion yuan.", (">=", 1e11, "CNY", 2027)),
    ("Hefei wants its strategic emerging industries to reach 1.2 trillion yuan by 2030.", ("=", 1.2e12, "CNY", 2030)),
    ("Hefei expects its GDP to grow by around 6 percent next year.", ("about", 6, "%", 2026)),
    ("Hefei will strive for industrial value added growth of at least 7% next year.", (">=", 7, "%", 2026)),
    ("Hefei plans to cultivate 300 specialized and sophisticated enterprises by 2026.", ("=", 300, "count", 2026)),
    ("In Hefei, the share of high-tech manufacturing in industrial value added should rise to 20 percent by 2027.", ("=", 20, "%", 2027)),
    ("By the end of the 15th Five-Year Plan period, Hefei's quantum industry is to top 50 billion yuan.", (">=", 5e10, "CNY", 2030)),
    ("Hefei's goal is a low-altitude economy worth no less than 80 billion yuan by 2027.", (">=", 8e10, "CNY", 2027)),
    ("Hefei aims to produce 2 million new energy vehicles a year by 2027.", ("=", 2e6, "count", 2027)),
    ("Hefei set a target of attracting 2 billion US dollars of foreign investment next year.", ("=", 2e9, "USD", 2026)),
    ("Hefei wants to double its integrated circuit industry to 200 billion yuan by 2027.", ("=", 2e11, "CNY", 2027)),
    ("The plan calls for Hefei's biomedicine industry to reach around 300 billion yuan by 2030.", ("about", 3e11, "CNY", 2030)),
    ("Hefei is aiming for R&D spending equal to about 4.5 percent of GDP by 2027.", ("about", 4.5, "%", 2027)),
    ("Hefei will add at least 20 listed companies by 2027.", (">=", 20, "count", 2027)),
    ("Hefei plans to build 30,000 5G base stations by the end of 2026.", ("=", 30000, "count", 2026)),
    ("Hefei's robotics industry is expected to exceed 50 billion yuan in revenue by 2028, according to the plan.", (">=", 5e10, "CNY", 2028)),
    ("Under the plan, Hefei will lift digital economy output to 15 percent of GDP by 2027.", ("=", 15, "%", 2027)),
    ("Hefei aims for annual industrial investment growth of more than 10 percent through 2027.", (">=", 10, "%", 2027)),
]


@pytest.mark.parametrize(("sentence", "want"), [*TARGETS_ZH, *TARGETS_EN])
def test_target_sentences_give_one_target_with_its_value_unit_comparator_and_year(
        sentence: str, want: tuple[str, float, str, int]) -> None:
    lang = "en" if sentence.isascii() else "zh"
    got = [(t.comparator, t.value, t.unit, t.year) for t in extract(sentence, language=lang, date="2025-12-20").targets]
    assert len(got) == 1, got
    comparator, value, unit, year = want
    assert got[0][0] == comparator and got[0][2] == unit and got[0][3] == year
    assert got[0][1] is not None and abs(got[0][1] - value) <= 1e-6 * value


# sentences that state no target: past results, results so far, rankings, a plan's parts, outside forecasts,
# eligibility thresholds, subsidy rates and rewards, estimates of this year, counts of what exists, conversions
NO_TARGET_ZH = ["2024年，合肥市新能源汽车产量达到130万辆。", "今年以来，合肥市集成电路产业营业收入突破800亿元。", "合肥市地区生产总值居全国第十九位。",
 "《方案》共分为五个部分、二十条具体措施。", "某证券机构预测，到2030年合肥市新能源汽车产量有望突破300万辆。", "对年营业收入超过10亿元的企业，给予最高500万元奖励。",
 "对企业购置设备按投资额的10%给予补贴。", "预计全年合肥市地区生产总值增长6%左右。", "过去五年，合肥市战略性新兴产业产值年均增长15%。",
 "合肥市现有规上工业企业8000余家。", "截至目前，合肥市已集聚量子企业70余家。", "1000亿元（约合140亿美元）。", "合肥市工业投资连续三年保持两位数增长。",
 "该项目总投资120亿元，已于去年开工。", "对首次入选国家级专精特新“小巨人”的企业，一次性奖励100万元。"]
NO_TARGET_EN = ["In 2024, Hefei produced 1.3 million new energy vehicles.", "Hefei's integrated circuit revenue topped 80 billion yuan so far this year.",
 "Hefei ranks 19th nationwide by GDP.", "The plan has five chapters and 20 articles.", "Analysts at a Shanghai brokerage expect Hefei's output to exceed 3 million vehicles by 2030.",
 "Companies with annual revenue above 1 billion yuan can receive up to 5 million yuan.", "The city subsidizes 10 percent of the cost of new equipment.",
 "Hefei's GDP is expected to have grown about 6 percent this year.", "Over the past five years, output of strategic emerging industries grew 15 percent a year.",
 "Hefei is home to more than 8,000 industrial firms.", "The fund of 10 billion yuan (about 1.4 billion US dollars) was launched in March.",
 "The project, with a total investment of 12 billion yuan, broke ground last year.", "Hefei's GDP grew 5.8 percent last year, beating the national average."]


@pytest.mark.parametrize("sentence", [*NO_TARGET_ZH, *NO_TARGET_EN])
def test_sentences_that_state_no_target_give_none(sentence: str) -> None:
    lang = "en" if sentence.isascii() else "zh"
    assert extract(sentence, language=lang, date="2025-12-20").targets == ()


_HUNAN = "湖南省制造业发展\n\n湖南省将加快建设制造强省。"
REGION_FRAMES_ZH = [
    (_HUNAN + "支持长沙市发展人工智能、新能源汽车和生物医药。", {"长沙市"}),
    (_HUNAN + "长沙市要重点发展人工智能、新能源汽车和生物医药。", {"长沙市"}),
    (_HUNAN + "株洲市将打造轨道交通装备产业集群。该市还将培育人工智能、新能源汽车和生物医药。", {"株洲市"}),
    (_HUNAN + "株洲市将打造轨道交通装备产业集群。同时，全省将大力发展人工智能、新能源汽车和生物医药。", {"湖南省"}),
    (_HUNAN + "其中，岳阳市聚焦人工智能、新能源汽车和生物医药。", {"岳阳市"}),
    (_HUNAN + "在长沙，重点发展人工智能、新能源汽车和生物医药。", {"长沙市"}),
    (_HUNAN + "长沙、株洲两市将重点发展人工智能、新能源汽车和生物医药。", {"长沙市", "株洲市"}),
    (_HUNAN + "鼓励郴州、永州等地发展人工智能、新能源汽车和生物医药。", {"郴州市", "永州市"}),
    (_HUNAN + "对长沙而言，重点是发展人工智能、新能源汽车和生物医药。", {"长沙市"}),
    (_HUNAN + "岳阳市委经济工作会议提出，明年要大力发展人工智能、新能源汽车和生物医药。", {"岳阳市"}),
    (_HUNAN + "湘潭市：重点发展人工智能、新能源汽车和生物医药。", {"湘潭市"}),
]


@pytest.mark.parametrize(("text", "regions"), REGION_FRAMES_ZH)
def test_region_frames_give_the_items_to_the_region_they_name(text: str, regions: set[str]) -> None:
    listed = ("人工智能", "新能源汽车", "生物医药")
    got = [(p.region, p.industry) for p in extract(text, language="zh", date="2025-06-20").priorities
           if p.industry in listed]  # (轨道交通装备, named in a sentence before, is its city's)
    assert sorted(i for _, i in got) == sorted(list(listed) * len(regions))
    assert {r for r, _ in got} == regions


_HUNAN_EN = "Hunan manufacturing\n\nHunan will build a strong manufacturing base. "
_LIST_EN = "artificial intelligence, new energy vehicles and biomedicine"
REGION_FRAMES_EN = [
    (_HUNAN_EN + f"Changsha and Zhuzhou will focus on {_LIST_EN}.", {"Changsha", "Zhuzhou"}),
    (_HUNAN_EN + f"Cities such as Chenzhou and Yongzhou are encouraged to develop {_LIST_EN}.", {"Chenzhou", "Yongzhou"}),
    (_HUNAN_EN + f"Changsha, the provincial capital, will focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"The capital Changsha will focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"Yueyang's municipal government said it would focus on {_LIST_EN}.", {"Yueyang"}),
    (_HUNAN_EN + f"Zhuzhou will build a rail equipment cluster. Province-wide, Hunan will develop {_LIST_EN}.", {"Hunan"}),
    (_HUNAN_EN + f"Zhuzhou will build a rail equipment cluster. Meanwhile, the province will develop {_LIST_EN}.", {"Hunan"}),
    (_HUNAN_EN + f"Xiangtan: focus on {_LIST_EN}.", {"Xiangtan"}),
    (_HUNAN_EN + f"Under the plan, Changsha will focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"According to the plan, Changsha will focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"Changsha's party chief said the city would focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"As for Changsha, it will focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"Changsha will, according to the plan, focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"Changsha is expected to focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"Officials in Changsha said the city would focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"The plan asks Changsha to focus on {_LIST_EN}.", {"Changsha"}),
    (_HUNAN_EN + f"Changsha was asked to focus on {_LIST_EN}.", {"Changsha"}),
]


@pytest.mark.parametrize(("text", "regions"), REGION_FRAMES_EN)
def test_english_region_frames_give_the_items_to_the_region_they_name(text: str, regions: set[str]) -> None:
    listed = ("artificial intelligence", "new energy vehicles", "biomedicine")
    got = [(p.region or "", p.industry) for p in extract(text, language="en", date="2025-06-20").priorities
           if p.industry in listed]
    assert len(got) == 3 * len(regions)
    assert {r.split()[0] for r, _ in got} == regions


# one policy measure each (funds, rewards, platforms, programmes, talent, projects, firms, clusters, land, reform,
# opening, vouchers, loans), in the wording of work reports and plans
MEASURE_SENTENCES = [
    "合肥市将设立规模50亿元的人工智能产业基金。",
    "合肥市对新认定的国家级专精特新“小巨人”企业给予一次性奖励100万元。",
    "合肥市将建设人工智能公共算力平台。",
    "合肥市将实施制造业数字化转型行动。",
    "合肥市将引进高层次人才团队50个，给予最高1000万元资助。",
    "合肥市将推进100个重大产业项目建设。",
    "合肥市将培育一批链主企业。",
    "合肥市将打造新能源汽车产业集群。",
    "合肥市将深化科技成果转化机制改革。",
    "合肥市将建设综合保税区，扩大高水平对外开放。",
    "合肥市对企业购置工业机器人按设备投资额的10%给予补贴，最高500万元。",
    "合肥市将出台支持低空经济发展的若干政策措施。",
    "合肥市将组建量子信息产业创新联合体。",
    "合肥市将发放2亿元算力券，降低企业算力使用成本。",
    "合肥市将设立总规模100亿元的未来产业天使基金。",
    "合肥市对首台（套）重大技术装备给予最高1000万元奖励。",
    "合肥市将新建一批概念验证中心和中试平台。",
    "合肥市将开展“人工智能+”行动。",
    "合肥市将实施新一轮技术改造升级工程。",
    "合肥市将发放5000万元消费券。",
    "合肥市将出台支持人形机器人产业发展的若干措施。",
    "合肥市将推行“拿地即开工”审批模式。",
    "合肥市将建设10个专业化产业园区。",
    "合肥市将组建200亿元的产业投资母基金。",
    "合肥市对新落户的独角兽企业给予最高5000万元支持。",
    "合肥市将每年安排10亿元专项资金支持未来产业发展。",
    "合肥市将打造低空经济示范区。",
    "合肥市将引育一批领军人才和创新团队。",
    "合肥市将为中小企业提供低息贷款。",
    "合肥市将推动设备更新和消费品以旧换新。",
    "合肥市将加快建设国家级人工智能创新应用先导区。",
    "Hefei will set up a 5-billion-yuan artificial intelligence industry fund.",
    "Hefei will give a one-off reward of 1 million yuan to newly recognized little giant firms.",
    "Hefei will build a public computing power platform for AI companies.",
    "Hefei will launch a digital transformation programme for manufacturers.",
    "Hefei will bring in 50 high-level talent teams and give each up to 10 million yuan.",
    "Hefei will push ahead with 100 major industrial projects.",
    "Hefei will cultivate a group of chain-leading enterprises.",
    "Hefei will build a new energy vehicle industry cluster.",
    "Hefei will supply 5,000 mu of new industrial land for advanced manufacturing projects.",
    "Hefei will deepen the reform of its technology transfer system.",
    "Hefei will build a comprehensive bonded zone to open wider to the world.",
    "Hefei will subsidize 10 percent of the cost of industrial robots bought by manufacturers, up to 5 million yuan.",
    "Hefei will issue computing vouchers worth 200 million yuan to cut the cost of computing power for companies.",
    "Hefei will set up a quantum information innovation consortium.",
    "Hefei will set up an angel fund of 10 billion yuan for future industries.",
    "Hefei will reward makers of first-of-its-kind major equipment with up to 10 million yuan.",
    "Hefei will build a batch of proof-of-concept centers and pilot-scale testing platforms.",
    "Hefei will launch an 'AI Plus' initiative.",
    "Hefei will roll out a new round of technological upgrading projects.",
    "Hefei will introduce a chain-leader system for key industrial chains.",
    "Hefei will hand out 50 million yuan in consumption vouchers.",
    "Hefei will issue measures to support the humanoid robot industry.",
    "Hefei will let companies start construction as soon as they acquire land.",
    "Hefei will build 10 specialized industrial parks.",
    "Hefei will form a 20-billion-yuan industrial investment fund of funds.",
    "Hefei will offer up to 50 million yuan to unicorns that move to the city.",
    "Hefei will create a demonstration zone for the low-altitude economy.",
    "Hefei will attract leading talents and innovation teams.",
    "Hefei will provide low-interest loans to small businesses.",
    "Hefei will open up 1,000 application scenarios for artificial intelligence.",
    "Hefei will promote equipment renewal and trade-ins of consumer goods.",
    "Hefei will speed up construction of a national AI innovation pilot zone.",
]


@pytest.mark.parametrize("sentence", MEASURE_SENTENCES)
def test_measure_sentences_give_a_measure_of_the_region(sentence: str) -> None:
    lang = "en" if sentence.isascii() else "zh"
    measures = extract(sentence, language=lang, date="2025-06-20").measures
    assert measures and measures[0].region in ("合肥市", "Hefei")
