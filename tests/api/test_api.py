"""JSON API: reference data, map layers, analyses, documents, problem details."""

from __future__ import annotations

import pytest

from indupath.datasets import load_dataset

from .conftest import TestClient

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert PROBLEM_KEYS <= set(body)
    assert body["status"] == status
    return body


def test_regions_paginate_and_filter(client: TestClient) -> None:
    r = client.get("/api/regions", params={"level": "province", "limit": 5, "offset": 0})
    body = r.json()
    assert r.status_code == 200
    assert body["total"] >= 31
    assert [x["code"] for x in body["items"]] == ["110000", "120000", "130000", "140000", "150000"]
    second = client.get("/api/regions", params={"level": "province", "limit": 5, "offset": 5}).json()
    assert second["items"][0]["code"] == "210000"
    found = client.get("/api/regions", params={"q": "Anhui"}).json()
    assert [x["code"] for x in found["items"]] == ["340000"]


def test_one_region_counts_its_facts(client: TestClient) -> None:
    r = client.get("/api/regions/340000").json()
    assert r["name_zh"] == "安徽省"
    # the Anhui fixture has 2 priorities, 1 target, 1 measure
    assert r["counts"]["priorities"] == 2
    assert r["counts"]["targets"] == 1
    assert r["counts"]["measures"] == 1


def test_unknown_region_is_a_404_problem(client: TestClient) -> None:
    body = assert_problem(client.get("/api/regions/999999"), 404)
    assert "999999" in body["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/observations?year=abc",
        "/api/observations?limit=0",
        "/api/regions?limit=100000",
        "/api/analyze/nonsense",
        "/api/map?metric=hightech_revenue",
    ],
)
def test_bad_parameters_are_422_problems(client: TestClient, path: str) -> None:
    assert_problem(client.get(path), 422)


def test_map_layer_matches_the_yearbook(client: TestClient) -> None:
    """Anhui's 2023 high-tech revenue on the map equals the yearbook's figure (亿元 -> CNY)."""
    raw = load_dataset("cn-hightech-operation")
    row = raw[(raw["province"] == "安徽") & (raw["year"] == 2023) & (raw["indicator"] == "主营业务收入")]
    expected = float(row["value"].iloc[0]) * 1e8
    r = client.get(
        "/api/map", params={"metric": "hightech_revenue", "year": 2023, "industry": "HT", "scheme": "NBS-HT"}
    ).json()
    values = {v["code"]: v for v in r["values"]}
    assert values["340000"]["value"] == pytest.approx(expected)
    assert values["340000"]["geo_name"] == "安徽"
    assert r["unit"] == "CNY"
    assert "High Technology" in r["source"]
    # Taiwan, Hong Kong and Macao are drawn but have no data
    assert values["710000"]["value"] is None


def test_series_covers_the_years_with_data(client: TestClient) -> None:
    r = client.get("/api/regions/340000/series", params={"metric": "hightech_enterprises"}).json()
    years = [p["year"] for p in r["points"]]
    assert 2017 not in years  # the yearbook series skips 2017
    assert years[0] == 2010 and years[-1] == 2023


def test_observations_filters(client: TestClient) -> None:
    r = client.get(
        "/api/observations", params={"region": "340000", "metric": "gross_output", "limit": 1000}
    ).json()
    assert r["total"] == 42  # 42 IO sectors in 2007
    assert {x["year"] for x in r["items"]} == {2007}


def test_specialization_is_the_location_quotient(client: TestClient) -> None:
    """LQ computed by hand from the 2007 provincial IO table: (x_ri / x_r) / (x_i / x)."""
    io = load_dataset("cn-io2007-provincial")
    x = io.pivot_table(index="province_code", columns="sector_code", values="gross_output", aggfunc="sum")
    lq = (x.div(x.sum(axis=1), axis=0)).div(x.sum(axis=0) / x.values.sum(), axis=1)
    expected = lq.loc["340000"].sort_values(ascending=False)
    r = client.get("/api/analyze/specialization", params={"region": "340000", "top": 5}).json()
    assert r["metric"] == "gross_output" and r["year"] == 2007
    got = [(row["industry"], row["lq"]) for row in r["rows"]]
    assert [g[0] for g in got] == list(expected.index[:5])
    for (_, value), want in zip(got, expected.iloc[:5], strict=True):
        assert value == pytest.approx(want, rel=1e-9)
    assert r["indupath_version"]


def test_documents_list_and_facts_with_spans(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert {d["id"] for d in docs["items"]} == {"test-anhui-2024", "test-liaoning-2024"}
    d = client.get("/api/documents/test-anhui-2024").json()
    text = d["text"]
    phrases = [text[p["span"][0] : p["span"][1]] for p in d["facts"]["priorities"]]
    assert phrases == ["新能源汽车", "量子信息"]
    assert d["facts"]["priorities"][0]["id"] == "test-anhui-2024/p0"
    assert_problem(client.get("/api/documents/nope"), 404)


def test_region_roadmap_lists_facts_with_sentences(client: TestClient) -> None:
    rm = client.get("/api/regions/210000/roadmap").json()
    assert [p["industry"] for p in rm["priorities"]] == ["robotics"]
    assert rm["targets"][0]["value"] == 5e11
    assert rm["targets"][0]["sentence"].startswith("By 2027")


def test_who_targets_an_industry(client: TestClient) -> None:
    r = client.get("/api/industries/01", params={"scheme": "IO42-2007"}).json()
    assert r["name_zh"] == "农林牧渔业"
    assert_problem(client.get("/api/industries/XX999"), 404)


def test_extract_rejects_empty_text(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": ""})
    assert r.status_code == 422
    r = client.post("/api/extract", content=b"plain", headers={"content-type": "text/plain"})
    assert_problem(r, 422)


def test_missing_capabilities_answer_501_or_data(client: TestClient) -> None:
    """Endpoints whose library function has not landed say so (501 naming it), never fake data."""
    for path in ["/api/advise/340000", "/api/audit/340000", "/api/targets?region=340000", "/api/overlap"]:
        r = client.get(path)
        if r.status_code == 501:
            body = assert_problem(r, 501)
            assert body["missing"].startswith("indupath.")
        else:
            assert r.status_code == 200, (path, r.text)


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in [
        "/api/regions",
        "/api/observations",
        "/api/documents/{doc_id}",
        "/api/extract",
        "/api/analyze/{kind}",
    ]:
        assert path in spec["paths"]


def test_pages_render_in_both_languages(client: TestClient) -> None:
    zh = client.get("/region/340000?lang=zh")
    assert zh.status_code == 200 and "安徽省" in zh.text and "专业化" in zh.text
    assert zh.cookies.get("lang") == "zh"
    en = client.get("/region/340000?lang=en")
    assert "Anhui Province" in en.text and "Specialisation" in en.text
    # the cookie remembers the choice
    again = client.get("/region/340000")
    assert "Specialisation" in again.text
    assert client.get("/region/999999").status_code == 404


def test_extract_json_and_upload(client: TestClient) -> None:
    """The extractor's JSON for a pasted text and for an uploaded file; spans point into the text."""
    text = "到2027年，安徽省高技术制造业营业收入达到1.5万亿元。"
    r = client.post("/api/extract", json={"text": text})
    if r.status_code == 501:
        pytest.skip("indupath.extract.extract not in this build")
    body = r.json()
    assert r.status_code == 200, body
    assert body["text"] == text and body["saved_id"] is None
    target = body["facts"]["targets"][0]
    assert target["value"] == pytest.approx(1.5e12) and target["unit"] == "CNY"
    a, b = target["span"]
    assert "1.5万亿元" in text[a:b]
    up = client.post("/api/extract", files={"file": ("plan.txt", text.encode("gb18030"), "text/plain")})
    assert up.status_code == 200
    assert up.json()["name"] == "plan.txt"
    assert up.json()["facts"]["targets"][0]["value"] == pytest.approx(1.5e12)


def test_saving_an_extraction_needs_an_editor(client: TestClient) -> None:
    from .conftest import login

    text = "到2027年，安徽省高技术制造业营业收入达到1.5万亿元。"
    r = client.post("/api/extract", json={"text": text, "save": True})
    if r.status_code == 501:
        pytest.skip("indupath.extract.extract not in this build")
    assert r.status_code == 401
    token = login(client, "anhui_editor")["token"]
    r = client.post(
        "/api/extract", json={"text": text, "save": True}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 200, r.text
    saved = r.json()["saved_id"]
    assert client.get(f"/api/documents/{saved}").json()["text"] == text


def test_who_targets_an_io_sector_through_the_sector_table(client: TestClient) -> None:
    """新能源汽车 (Anhui) is measured by IO sectors 17 and 18 (transport equipment, electrical machinery)."""
    for sector in ("17", "18"):
        r = client.get(f"/api/industries/{sector}/priorities", params={"scheme": "IO42-2007"}).json()
        assert [(p["region_code"], p["industry"]) for p in r["priorities"]] == [("340000", "新能源汽车")]
    r = client.get("/api/industries/01/priorities", params={"scheme": "IO42-2007"}).json()
    assert r["priorities"] == []  # nobody's roadmap names agriculture
