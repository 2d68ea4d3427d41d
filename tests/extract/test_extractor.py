"""The extractor on real corpus texts (copied into tests/data) and on small hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indupath.extract import Extractor, RuleExtractor, extract
from indupath.extract.evaluate import score_documents
from indupath.extract.readers import read_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
SAMPLE = DATA / "corpus_sample"
SEED = SAMPLE / "2024-01-03_local-development-new-industries_en.txt"


@pytest.fixture(scope="module")
def seed() -> dict:
    return extract(read_document(SEED), name=SEED.name).to_json_dict()


def test_seed_article_priorities_and_tiers(seed: dict) -> None:
    by_region: dict[str, list[tuple[str, str]]] = {}
    for p in seed["priorities"]:
        by_region.setdefault(p["region_code"] or p["region"], []).append((p["industry"], p["tier"]))
    assert by_region["340000"] == [
        ("advanced photovoltaics", "emerging"), ("new energy storage", "emerging"), ("new materials", "emerging"),
        ("equipment manufacturing", "emerging"), ("medicine and health", "emerging"),
        ("biomanufacturing", "emerging"), ("aerospace information", "emerging"),
    ]
    assert by_region["210000"] == [
        ("new materials", "emerging"), ("aerospace", "emerging"), ("robotics", "emerging"),
        ("new energy vehicles", "emerging"), ("integrated circuit equipment", "emerging"),
        ("artificial intelligence", "future"), ("cell therapy", "future"), ("metaverse", "future"),
        ("deep-sea exploration", "future"),
    ]


def test_seed_article_targets(seed: dict) -> None:
    got = sorted((t["region_code"], t["value"], t["unit"], t["comparator"], t["year"]) for t in seed["targets"])
    assert got == [("330000", 40.0, "count", "about", 2027), ("330000", 1e11, "CNY", ">=", 2027),
                   ("430000", 20.0, "%", ">=", 2027)]


def test_spans_point_into_the_original_text(seed: dict) -> None:
    text = read_document(SEED)
    for p in seed["priorities"]:
        a, b = p["span"]
        assert text[a:b] == p["industry"]
    for t in seed["targets"]:
        a, b = t["span"]
        assert text[a:b] and text[a] in "0123456789abcdefghijklmnopqrstuvwxyzUS$"
    assert seed["date"] == "2024-01-03"


@pytest.mark.parametrize("stem", ["zh_anhui_future_industries_presser_20241109", "zh_henan_gwr_20240129",
                                  "2024-01-03_local-development-new-industries_en"])
def test_corpus_sample_scores(stem: str) -> None:
    gold = json.loads((SAMPLE / f"{stem}.json").read_text(encoding="utf-8"))
    pred = extract(read_document(SAMPLE / f"{stem}.txt"), name=f"{stem}.txt").to_json_dict()
    s = score_documents({stem: gold}, {stem: pred}).summary()
    assert s["targets"]["f1"] >= 0.9
    if s["priorities"]["gold"]:
        assert s["priorities"]["f1"] >= 0.8


def test_header_date_and_spans_relative_to_file() -> None:
    text = "https://example.org/x\n2024-03-01\n江苏省提出,今年地区生产总值增长5%以上。去年增长5.8%。"
    rm = extract(text)
    assert rm.document.source == "https://example.org/x"
    [t] = rm.targets
    assert (t.region_code, t.value, t.unit, t.comparator, t.year) == ("320000", 5.0, "%", ">=", 2024)
    assert text[t.span.start : t.span.end].startswith("5%")


def test_this_year_next_year_resolved_from_date() -> None:
    rm = extract("吉林省委经济工作会议提出,明年全省地区生产总值增长6%左右。", date="2023-12-18")
    assert [(t.value, t.year, t.comparator) for t in rm.targets] == [(6.0, 2024, "about")]
    rm = extract("Hubei Province expects GDP growth of around 6 percent this year.", date="2024-01-24")
    assert [(t.value, t.year) for t in rm.targets] == [(6.0, 2024)]


def test_past_results_conversions_and_rankings_are_not_targets() -> None:
    text = ("Guangzhou ranked first in the province last year, with output up 12 percent. "
            "The city targets an industry scale of about 150 billion yuan ($20.7 billion) by 2027.")
    rm = extract(text, date="2024-05-01")
    assert [(t.value, t.unit, t.comparator, t.year) for t in rm.targets] == [(1.5e11, "CNY", "about", 2027)]


def test_chinese_lists_with_labels_give_tiers() -> None:
    text = ("合肥市将做大做强新能源汽车、集成电路、人工智能等战略性新兴产业,前瞻布局量子信息、聚变能源等未来产业,"
            "改造提升纺织服装、食品加工等传统产业。")
    rm = extract(text, date="2024-01-20")
    got = [(p.industry, p.tier, p.region_code) for p in rm.priorities]
    assert got == [("新能源汽车", "emerging", "340100"), ("集成电路", "emerging", "340100"),
                   ("人工智能", "emerging", "340100"), ("量子信息", "future", "340100"),
                   ("聚变能源", "future", "340100"), ("纺织服装", "traditional", "340100"),
                   ("食品加工", "traditional", "340100")]


def test_numbered_items_and_split_series() -> None:
    text = ("重庆市提出:一是巩固提升汽车、电子信息等支柱产业;二是培育壮大新材料、生物医药等新兴产业。"
            "今年城乡居民收入分别增长5%、7%左右。")
    rm = extract(text, date="2024-01-22")
    assert [p.industry for p in rm.priorities] == ["汽车", "电子信息", "新材料", "生物医药"]
    assert [(t.value, t.comparator) for t in rm.targets] == [(5.0, "about"), (7.0, "about")]


def test_measures_with_kind_and_amount() -> None:
    rm = extract("武汉市将设立规模500亿元的未来产业投资基金,对新建创新联合体给予最高2000万元补贴。", date="2024-04-10")
    kinds = [(m.kind, m.amount) for m in rm.measures]
    assert ("fund", 5e10) in kinds
    assert ("subsidy", 2e7) in kinds
    assert rm.targets == ()  # fund and subsidy amounts are measures, not targets


def test_scope_carries_across_sentences() -> None:
    text = ("The Economic Work Conference of the Liaoning Provincial Party Committee proposed new tasks. "
            "This includes a focus on new materials and robotics.")
    rm = extract(text, date="2023-12-20")
    assert [(p.region_code, p.industry) for p in rm.priorities] == [("210000", "new materials"), ("210000", "robotics")]


def test_rule_extractor_satisfies_protocol() -> None:
    assert isinstance(RuleExtractor(), Extractor)
    rm = extract("", name="empty.txt")
    assert rm.priorities == () and rm.targets == () and rm.measures == ()


def test_chinese_pair_without_enumeration_comma() -> None:
    rm = extract("南京市将重点发展集成电路和生物医药产业。苏州市前瞻布局量子科技与人形机器人等未来产业。", date="2024-01-01")
    assert [(p.region_code, p.industry, p.tier) for p in rm.priorities] == [
        ("320100", "集成电路", "emerging"), ("320100", "生物医药", "emerging"),
        ("320500", "量子科技", "future"), ("320500", "人形机器人", "future")]
    assert extract("要推动传统产业和新兴产业协调发展。").priorities == ()
