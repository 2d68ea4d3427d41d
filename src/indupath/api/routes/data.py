"""Reference data and statistics: regions, industries, datasets, observations, map layers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from indupath.api.deps import get_state, jsonable, records
from indupath.api.geo import province_geo_names
from indupath.api.state import AppState
from indupath.errors import NotFoundError

router = APIRouter(prefix="/api", tags=["data"])

Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
PROVINCE_SQL = "region_code LIKE '__0000' AND region_code <> '000000'"


def _page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    parts, params = [], []
    for column, value in filters.items():
        if value is None:
            continue
        if column == "q":
            parts.append("(name_zh ILIKE ? OR name_en ILIKE ? OR code = ?)")
            params += [f"%{value}%", f"%{value}%", value]
        else:
            parts.append(f'"{column}" = ?')
            params.append(value)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


@router.get("/regions", summary="List regions (GB/T 2260 and other schemes)")
def list_regions(
    state: Annotated[AppState, Depends(get_state)],
    level: Annotated[str | None, Query(max_length=20)] = None,
    parent: Annotated[str | None, Query(max_length=20)] = None,
    scheme: Annotated[str | None, Query(max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=100, description="name or code contains")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Regions, filtered by level, parent, scheme or a name fragment, paginated."""
    where, params = _where({"level": level, "parent": parent, "scheme": scheme, "q": q})
    with state.store() as store:
        total = store.con.execute(f"SELECT count(*) FROM regions{where}", params).fetchone()[0]
        df = store.con.execute(
            f"SELECT code, scheme, name_zh, name_en, level, parent FROM regions{where} ORDER BY scheme, code "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).df()
    return _page(records(df), int(total), limit, offset)


def region_record(store: Any, code: str) -> dict[str, Any]:
    """One region row with its parent's name and counts of stored facts; NotFoundError if unknown."""
    rows = store.query(
        "SELECT r.code, r.scheme, r.name_zh, r.name_en, r.level, r.parent, r.aliases, "
        "p.name_zh AS parent_name_zh, p.name_en AS parent_name_en "
        "FROM regions r LEFT JOIN regions p ON p.code = r.parent AND p.scheme = r.scheme "
        "WHERE r.code = ? ORDER BY r.scheme = 'GB/T 2260' DESC LIMIT 1",
        [code],
    )
    if not rows:
        raise NotFoundError(f"no region with code {code!r}; expected a code such as 340000 (Anhui)")
    rec = rows[0]
    rec["aliases"] = list(rec.get("aliases") or [])
    counts = {}
    for table in ("priorities", "targets", "measures"):
        counts[table] = store.con.execute(
            f"SELECT count(*) FROM {table} WHERE region_code = ? AND status <> 'rejected'", [code]
        ).fetchone()[0]
    counts["documents"] = store.con.execute(
        "SELECT count(DISTINCT document_id) FROM (SELECT document_id FROM document_regions WHERE code = $c "
        "UNION ALL SELECT document_id FROM priorities WHERE region_code = $c "
        "UNION ALL SELECT document_id FROM targets WHERE region_code = $c)",
        {"c": code},
    ).fetchone()[0]
    counts["observations"] = store.con.execute(
        "SELECT count(*) FROM observations WHERE region_code = ?", [code]
    ).fetchone()[0]
    rec["counts"] = counts
    return jsonable(rec)  # type: ignore[no-any-return]


@router.get("/regions/{code}", summary="One region with counts of its facts and observations")
def get_region(code: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """A region by code."""
    with state.store() as store:
        rec = region_record(store, code)
    rec["parent_name"] = rec.get("parent_name_zh") or rec.get("parent_name_en")
    return rec


@router.get("/regions/{code}/series", summary="A region's values of one metric over the years")
def region_series(
    code: str,
    state: Annotated[AppState, Depends(get_state)],
    metric: Annotated[str, Query(min_length=1, max_length=200)],
    industry: Annotated[str | None, Query(max_length=100)] = None,
    scheme: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """Year, value pairs of ``metric`` (for one industry code and scheme) in region ``code``."""
    where, params = _where(
        {"region_code": code, "metric": metric, "industry_code": industry, "scheme": scheme}
    )
    with state.store() as store:
        df = store.con.execute(
            f"SELECT year, sum(value) AS value, any_value(unit) AS unit, any_value(source) AS source "
            f"FROM observations{where} GROUP BY year ORDER BY year",
            params,
        ).df()
    unit = str(df["unit"].iloc[0]) if len(df) else None
    source = str(df["source"].iloc[0]) if len(df) else None
    return {
        "region": code,
        "metric": metric,
        "industry": industry,
        "unit": unit,
        "source": source,
        "points": records(df[["year", "value"]]),
    }


@router.get("/industries", summary="List industries of a classification scheme")
def list_industries(
    state: Annotated[AppState, Depends(get_state)],
    scheme: Annotated[str | None, Query(max_length=40)] = None,
    parent: Annotated[str | None, Query(max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Industries, filtered by scheme, parent or name fragment, paginated."""
    where, params = _where({"scheme": scheme, "parent": parent, "q": q})
    with state.store() as store:
        total = store.con.execute(f"SELECT count(*) FROM industries{where}", params).fetchone()[0]
        df = store.con.execute(
            f"SELECT code, scheme, name_zh, name_en, parent, level FROM industries{where} ORDER BY scheme, code "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).df()
    return _page(records(df), int(total), limit, offset)


@router.get("/industries/{code}", summary="One industry")
def get_industry(
    code: str,
    state: Annotated[AppState, Depends(get_state)],
    scheme: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """An industry by code (and scheme, when codes repeat across schemes)."""
    where, params = _where({"code": code, "scheme": scheme or None})
    with state.store() as store:
        rows = store.query(
            f"SELECT code, scheme, name_zh, name_en, parent, level, aliases FROM industries{where} "
            "ORDER BY scheme LIMIT 1",
            params,
        )
    if not rows:
        raise NotFoundError(f"no industry with code {code!r}" + (f" in scheme {scheme!r}" if scheme else ""))
    rows[0]["aliases"] = list(rows[0].get("aliases") or [])
    return jsonable(rows[0])  # type: ignore[no-any-return]


@router.get("/industries/{code}/priorities", summary="Regions whose roadmaps name this industry")
def industry_priorities(
    code: str,
    state: Annotated[AppState, Depends(get_state)],
    scheme: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """Priorities that name this industry: by industry code, or (for IO and CSRC sectors) by the
    priority -> sector table of :mod:`indupath.advise.sectors` (e.g. 新能源汽车 -> IO 17 and 18)."""
    sector_scheme = {"IO42-2007": "io42_2007", "IO42": "io42_2020", "CSRC-2012": "csrc"}.get(scheme or "")
    with state.store() as store:
        df = store.con.execute(
            "SELECT id, document_id, region, region_code, industry, industry_code, industry_scheme, tier, sentence "
            "FROM priorities WHERE status <> 'rejected' ORDER BY region_code, document_id, ord"
        ).df()
    keep = []
    via = []
    mapper = None
    if sector_scheme is not None:
        from indupath.advise.sectors import map_priority

        mapper = map_priority
    for row in df.itertuples():
        if row.industry_code == code and (scheme is None or row.industry_scheme in (None, scheme)):
            keep.append(True)
            via.append("code")
            continue
        entry = mapper(str(row.industry)) if mapper is not None and sector_scheme is not None else None
        hit = entry is not None and code in entry.sectors(sector_scheme)  # type: ignore[arg-type]
        keep.append(hit)
        via.append(f"sector table: {entry.key}" if hit and entry is not None else "")
    df = df.assign(matched_by=via)[keep]
    return {"industry": code, "scheme": scheme, "priorities": records(df)}


@router.get("/datasets", summary="Embedded datasets with source and licence")
def datasets() -> dict[str, Any]:
    """The embedded real datasets (see ``indupath.datasets``)."""
    from dataclasses import asdict

    from indupath.datasets import list_datasets

    return {"items": [jsonable(asdict(d)) for d in list_datasets()]}


@router.get("/observations", summary="Observations (long panel), filtered and paginated")
def observations(
    state: Annotated[AppState, Depends(get_state)],
    region: Annotated[str | None, Query(max_length=20)] = None,
    industry: Annotated[str | None, Query(max_length=100)] = None,
    scheme: Annotated[str | None, Query(max_length=40)] = None,
    metric: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Rows of the observations table: region_code, industry_code, scheme, year, metric, value, unit, source."""
    where, params = _where(
        {"region_code": region, "industry_code": industry, "scheme": scheme, "metric": metric, "year": year}
    )
    with state.store() as store:
        total = store.con.execute(f"SELECT count(*) FROM observations{where}", params).fetchone()[0]
        df = store.con.execute(
            f"SELECT * FROM observations{where} ORDER BY region_code, industry_code, scheme, metric, year "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).df()
    return _page(records(df), int(total), limit, offset)


@router.get("/map/indicators", summary="Indicators available by province, with their years")
def map_indicators(
    state: Annotated[AppState, Depends(get_state)],
    region: Annotated[str | None, Query(max_length=20)] = None,
) -> dict[str, Any]:
    """Each (metric, scheme) with province-level observations and the years it covers.

    ``industry_code`` is the scheme's one industry, or null when the metric covers
    several industries: the map and series then show the total over industries.
    """

    def compute() -> dict[str, Any]:
        where = f" WHERE {PROVINCE_SQL}" if region is None else " WHERE region_code = ?"
        params = [] if region is None else [region]
        with state.store() as store:
            df = store.con.execute(
                "SELECT o.metric, o.scheme, CASE WHEN count(DISTINCT o.industry_code) = 1 "
                "THEN any_value(o.industry_code) END AS industry_code, "
                "count(DISTINCT o.industry_code) AS industries, any_value(o.unit) AS unit, "
                "list(DISTINCT o.year ORDER BY o.year) AS years, count(DISTINCT o.region_code) AS regions, "
                "any_value(i.name_zh) AS industry_zh, any_value(i.name_en) AS industry_en "
                f"FROM (SELECT * FROM observations{where}) o "
                "LEFT JOIN industries i ON i.code = o.industry_code AND i.scheme = o.scheme "
                "GROUP BY o.metric, o.scheme "
                "ORDER BY regions DESC, o.metric = 'hightech_revenue' DESC, len(years) DESC, o.metric",
                params,
            ).df()
        from indupath.web.i18n import metric_label

        out = []
        for r in records(df):
            zh, en = r.pop("industry_zh"), r.pop("industry_en")
            if r["industry_code"] is None:  # several industries: the indicator is their total
                zh, en = f"全部行业（{r['scheme']}）", f"All industries ({r['scheme']})"
            r["label_zh"] = f"{zh or r['industry_code']} · {metric_label(r['metric'], 'zh')}"
            r["label_en"] = f"{en or zh or r['industry_code']} · {metric_label(r['metric'], 'en')}"
            out.append(r)
        return {"indicators": out}

    return state.cache.get_or_compute(("map_indicators", region), compute)


@router.get("/map", summary="One indicator in one year for every province (the map layer)")
def map_layer(
    state: Annotated[AppState, Depends(get_state)],
    metric: Annotated[str, Query(min_length=1, max_length=200)],
    year: Annotated[int, Query(ge=1900, le=2100)],
    industry: Annotated[str | None, Query(max_length=100)] = None,
    scheme: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """Province values of ``metric`` in ``year``, with the map's feature names; provinces without data get null."""

    def compute() -> dict[str, Any]:
        where, params = _where({"metric": metric, "year": year, "industry_code": industry, "scheme": scheme})
        with state.store() as store:
            df = store.con.execute(
                "SELECT o.region_code AS code, sum(o.value) AS value, any_value(o.unit) AS unit, "
                "any_value(o.source) AS source, any_value(r.name_zh) AS name_zh, any_value(r.name_en) AS name_en "
                f"FROM (SELECT * FROM observations{where} AND {PROVINCE_SQL}) o "
                "LEFT JOIN regions r ON r.code = o.region_code AND r.scheme = 'GB/T 2260' GROUP BY o.region_code",
                params,
            ).df()
        geo = province_geo_names()
        found = {r["code"]: r for r in records(df)}
        values = []
        for code, geo_name in sorted(geo.items()):
            r = found.pop(code, None)
            values.append(
                {
                    "code": code,
                    "geo_name": geo_name,
                    "name_zh": (r or {}).get("name_zh") or geo_name,
                    "name_en": (r or {}).get("name_en"),
                    "value": (r or {}).get("value"),
                }
            )
        units = {r["unit"] for r in records(df)} - {None}
        sources = {r["source"] for r in records(df)} - {None}
        return {
            "metric": metric,
            "year": year,
            "industry": industry,
            "scheme": scheme,
            "unit": ", ".join(sorted(units)) or None,
            "source": "; ".join(sorted(sources)) or None,
            "values": values,
        }

    return state.cache.get_or_compute(("map", metric, year, industry, scheme), compute)
