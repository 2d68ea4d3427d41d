"""`indupath extract` and `indupath eval` through the Typer app."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from indupath.cli import app

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
runner = CliRunner()


def test_extract_json_lines(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("https://example.org/a\n2024-01-20\n合肥市今年地区生产总值增长6%左右。", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_bytes("Sichuan expects output to exceed 1.8 trillion yuan by 2025.".encode("gbk"))
    res = runner.invoke(app, ["extract", str(a), str(b)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    assert [x["document"] for x in lines] == ["a.txt", "b.txt"]
    assert [(t["region_code"], t["value"], t["comparator"], t["year"]) for t in lines[0]["targets"]] == [
        ("340100", 6.0, "about", 2024)]
    assert [(t["value"], t["unit"], t["year"]) for t in lines[1]["targets"]] == [(1.8e12, "CNY", 2025)]


def test_extract_table_and_unreadable_file(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("四川省将培育壮大电子信息、生物医药等战略性新兴产业。", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(a), "--format", "table"])
    assert res.exit_code == 0, res.output
    assert "电子信息" in res.output and "emerging" in res.output
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    res = runner.invoke(app, ["extract", str(junk)])
    assert res.exit_code != 0
    assert "junk.txt" in str(res.exception)


def test_eval_prints_scores(tmp_path: Path) -> None:
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    for stem in ("zh_wuhan_presser_20240410", "en_sichuan_ewc_20231220"):
        shutil.copy(DATA / "own" / "dev" / "gold" / f"{stem}.json", gold)
        shutil.copy(DATA / "own" / "dev" / "texts" / f"{stem}.txt", texts)
    res = runner.invoke(app, ["eval", str(gold), str(texts), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["summary"]["targets"]["gold"] == 3
    assert out["summary"]["priorities"]["f1"] >= 0.8
    res = runner.invoke(app, ["eval", str(gold), str(texts)])
    assert "priorities P=" in res.output


def test_extract_save_stores_document_and_facts(tmp_path: Path) -> None:
    from indupath.store import Store

    a = tmp_path / "a.txt"
    a.write_text("https://example.org/a\n2024-01-20\n合肥市今年地区生产总值增长6%左右,"
                 "前瞻布局量子信息、聚变能源等未来产业。", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    res = runner.invoke(app, ["extract", str(a), "--save", "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store.open(db) as store:
        [rm] = store.roadmaps()
    assert rm.document.name == "a.txt"
    assert sorted(p.industry for p in rm.priorities) == ["聚变能源", "量子信息"]
    assert [(t.value, t.year) for t in rm.targets] == [(6.0, 2024)]
