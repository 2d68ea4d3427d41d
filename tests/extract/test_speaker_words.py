"""The level a text speaks from, read from its own words.

A district's own conference speaks for the district, not for the city whose committee it quotes:
区委 / 区政府 are a district's words (not an autonomous region's: 自治区政府), and 全区 ties with
全市 in favour of the lower level. English speaker words count capitalised too ("Provincial
Government", "The province will …"). Texts written for these tests (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

DISTRICT = """黄埔区委经济工作会议召开

12月18日，黄埔区委召开经济工作会议，传达学习广州市委经济工作会议精神。

会议指出，今年全区工业总产值连续多年位居全市第一。

会议提出，明年全区要做强新能源汽车、集成电路等战略性新兴产业，力争规模以上工业增加值增长7%。
"""


def test_district_committee_text_belongs_to_the_district() -> None:
    rm = extract(DISTRICT, date="2025-12-19", language="zh")
    assert {p.region for p in rm.priorities} == {"黄埔区"}
    assert {(p.industry, p.region_code) for p in rm.priorities} == {("新能源汽车", "440112"), ("集成电路", "440112")}
    assert [(t.region, t.value, t.year) for t in rm.targets] == [("黄埔区", 7.0, 2026)]


def test_quanqu_and_quanshi_tie_goes_to_the_lower_level() -> None:
    # no 区委 here: 全区 twice against 全市 and 市委 once each
    text = DISTRICT.replace("黄埔区委经济工作会议召开", "黄埔区经济工作会议召开").replace("黄埔区委召开", "黄埔区召开")
    rm = extract(text, date="2025-12-19", language="zh")
    assert {p.region for p in rm.priorities} == {"黄埔区"}


def test_autonomous_region_government_is_not_a_district() -> None:
    # 自治区政府 three times: the autonomous region's government, not a district's (区政府), so the
    # district named twice does not become the speaker
    text = ("广西壮族自治区政府常务会议召开。会议听取了南宁市兴宁区关于数字经济产业园的汇报，兴宁区将建设数字经济产业园。\n\n"
            "会议强调，自治区政府将设立规模100亿元的产业引导基金，支持发展新能源汽车、铝精深加工等产业。"
            "自治区政府各部门要抓好落实。")
    rm = extract(text, date="2025-05-10", language="zh")
    assert {m.region for m in rm.measures if m.amount} == {"广西壮族自治区"}
    assert {p.region for p in rm.priorities if p.industry in ("新能源汽车", "铝精深加工")} == {"广西壮族自治区"}


PRESSER = """Transcript: press conference on Jilin's plan for new energy industries

Host: The Information Office of the Jilin Provincial Government is holding this press conference. Officials of the
Provincial Energy Bureau, the Provincial Department of Commerce and the Changchun Municipal Government attend.

Director, Provincial Energy Bureau: The plan backs hydrogen energy and wind power
equipment. We will set up a 10-billion-yuan new energy fund.

Reporter: What about Changchun?

Vice Mayor of Changchun: Changchun will build a hydrogen industrial park. The city aims to bring in 30 new energy
companies by 2028. Changchun has more than 200 suppliers already.
"""


def test_capitalised_provincial_words_make_a_provincial_speaker() -> None:
    rm = extract(PRESSER, date="2026-04-02", language="en")
    assert {m.region for m in rm.measures if m.amount} == {"Jilin Province"}


NOTICE = ("Notice of Fujian Province on accelerating marine industries\n\n"
          "I. Goals\n"
          "By 2028, Fujian's marine economy shall exceed 1.5 trillion yuan.\n\n"
          "II. Measures\n"
          "1. Marine industries. The province shall give priority to offshore wind power and marine biomedicine, and "
          "turn the Lianjiang fishing port and the Ningde Sandu'ao base into national-level industrial bases.\n")


def test_opening_level_word_is_the_subject_before_later_regions() -> None:
    # the items come before any region of the sentence; "The province" that opens it owns them, not Ningde or Lianjiang
    rm = extract(NOTICE, date="2026-03-01", language="en")
    assert {(p.industry, p.region) for p in rm.priorities} >= {
        ("offshore wind power", "Fujian Province"), ("marine biomedicine", "Fujian Province")}
    assert {p.region for p in rm.priorities} == {"Fujian Province"}


def test_the_provincial_government_points_back_at_the_province() -> None:
    text = ("Regional note: Anhui's plan\n\n"
            "Anhui keeps cars first. Hefei is asked to build a quantum industry cluster. The provincial government will "
            "allocate CNY 5 billion a year to a future-industry guidance fund.\n")
    rm = extract(text, date="2026-03-10", language="en")
    assert [(m.kind, m.region) for m in rm.measures if m.amount] == [("fund", "Anhui Province")]


def test_a_short_form_after_the_full_name_is_that_region() -> None:
    text = ("Transcript: Shanghai press conference on Pudong\n\n"
            "Host: Officials of the Shanghai Municipal Commission and the Pudong New Area attend.\n\n"
            "Deputy Director: Under the plan, Pudong's integrated circuit output will exceed 600 billion yuan by 2027. "
            "Shanghai will support the plan.\n\n"
            "Deputy Director: Pudong itself will build around 3,000 talent apartments by the end of 2026.\n")
    rm = extract(text, date="2025-11-05", language="en")
    assert {(t.region, t.year) for t in rm.targets} == {("Pudong", 2027), ("Pudong", 2026)}


def test_a_short_form_before_the_full_name_is_not_a_region() -> None:
    # "Binhai" alone is ambiguous (a county in Jiangsu, a new area in Tianjin) until the text names which
    from indupath.extract.regions import find_mentions, with_short_forms

    text = "Binhai grows. The Binhai New Area of Tianjin will expand. Binhai's output will grow."
    ms = with_short_forms(text, find_mentions(text), len(text))
    assert [(m.surface, m.info.code) for m in ms if "Binhai" in m.surface] == [
        ("Binhai New Area", "120116"), ("Binhai", "120116")]
    assert ms[-1].start == text.rindex("Binhai")


def test_autonomous_region_conference_that_names_only_its_capital() -> None:
    text = ("自治区党委经济工作会议在呼和浩特召开\n\n"
            "会议指出，今年全区经济运行稳中有进。\n\n"
            "会议提出，明年全区要做优稀土新材料、现代煤化工等支柱产业，规模以上工业增加值增长7%以上。\n\n"
            "包头市要加快建设稀土新材料基地。\n")
    rm = extract(text, date="2025-12-24", language="zh")
    assert {p.region for p in rm.priorities if p.industry == "现代煤化工"} == {"内蒙古自治区"}
    assert [(t.region, t.value) for t in rm.targets] == [("内蒙古自治区", 7.0)]


def test_its_opening_points_at_the_subject_before() -> None:
    text = ("Comparing the Gansu and Qinghai plans\n\n"
            "Gansu's plan is short. Qinghai's list is longer. Its future industries include quantum sensing and "
            "salt-lake lithium extraction.\n")
    rm = extract(text, date="2025-09-09", language="en")
    assert {p.region for p in rm.priorities} == {"Qinghai Province"}


GOVERNOR = """Remarks by the Governor at the Yellow River Investment Forum

Zhengzhou, May 12, 2026

Good morning, and welcome to Henan. Zhengzhou is a fine host city, and Luoyang and Kaifeng are close by.

Our province has more than 99 million people. We are building strategic emerging industries such as new energy vehicles, superhard materials and biomedicine. We expect the output of our new energy vehicle industry to exceed 600 billion yuan by 2028.
"""


def test_our_province_is_the_speakers_level_over_a_dateline_city() -> None:
    rm = extract(GOVERNOR, language="en")
    assert {p.region_code for p in rm.priorities} == {"410000"}
    assert [(t.region_code, t.year) for t in rm.targets] == [("410000", 2028)]
