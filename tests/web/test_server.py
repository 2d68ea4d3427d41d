"""The real server: ``indupath serve`` answers pages, the API and static assets over loopback."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.slow


def test_real_server_serves_pages_api_and_assets(live_server: str) -> None:
    with httpx.Client(base_url=live_server, timeout=30) as c:
        home = c.get("/", params={"lang": "en"})
        assert home.status_code == 200 and "Provinces by indicator" in home.text
        assert "vendor/echarts.min.js" in home.text
        js = c.get("/static/vendor/echarts.min.js")
        assert js.status_code == 200 and len(js.content) > 500_000
        geo = c.get("/static/geo/china_provinces.geojson").json()
        assert len(geo["features"]) == 34
        region = c.get("/api/regions/340000").json()
        assert region["name_en"] == "Anhui Province"
        missing = c.get("/api/regions/000001")
        assert missing.status_code == 404 and missing.headers["content-type"].startswith(
            "application/problem+json"
        )
