"""The vendored province outlines: names as the map draws them, keyed by GB/T 2260 code."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def province_geo_names() -> dict[str, str]:
    """``{"340000": "安徽", ...}``: the feature name the ECharts map uses for each province code."""
    path = resources.files("indupath").joinpath("web/static/geo/china_provinces.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(f["properties"]["adcode"]): str(f["properties"]["name"]) for f in data["features"]}
