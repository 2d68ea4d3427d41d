"""Analyses and advice over the store's panels: the same library functions the CLI calls.

Each endpoint reads a panel from the store and calls a pure function from
:mod:`indupath.analysis` or :mod:`indupath.advise`. When the function a route needs
is not in this build, the route answers 501 with a problem detail naming it,
never a made-up result.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Annotated, Any, Literal

import pandas as pd
from fastapi import APIRouter, Depends, Query

from indupath import __version__
from indupath.api.deps import get_state, jsonable, records
from indupath.api.problems import NotImplementedYet
from indupath.api.state import AppState
from indupath.errors import AnalysisError, NotFoundError

router = APIRouter(prefix="/api", tags=["analysis"])

Kind = Literal["specialization", "concentration", "shiftshare", "clusters", "relatedness", "complexity"]


def library_function(module: str, name: str, capability: str) -> Callable[..., Any]:
    """``module.name`` if it exists in this build, else a 501 problem naming it."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise NotImplementedYet(capability, f"{module}.{name}") from exc
    fn = getattr(mod, name, None)
    if fn is None:
        raise NotImplementedYet(capability, f"{module}.{name}")
    return fn  # type: ignore[no-any-return]


def default_panel_key(store: Any) -> tuple[str, str]:
    """The (metric, scheme) with the most industries: the richest region × industry panel in the store."""
    row = store.con.execute(
        "SELECT metric, scheme FROM observations GROUP BY metric, scheme "
        "ORDER BY count(DISTINCT industry_code) DESC, count(*) DESC, metric LIMIT 1"
    ).fetchone()
    if row is None:
        raise NotFoundError(
            "the store has no observations; load data first (indupath demo, or indupath load)"
        )
    return str(row[0]), str(row[1])


def load_panel(
    state: AppState, metric: str | None, scheme: str | None
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The province panel of ``metric``/``scheme`` (defaults: the richest one) and its provenance."""
    with state.store() as store:
        if metric is None or scheme is None:
            dm, ds = default_panel_key(store)
            metric, scheme = metric or dm, scheme or ds
        df = store.panel(metric, scheme)
        src = store.con.execute(
            "SELECT any_value(source), any_value(unit) FROM observations WHERE metric = ? AND scheme = ?",
            [metric, scheme],
        ).fetchone()
        names = store.con.execute(
            "SELECT code, coalesce(name_zh, name_en), coalesce(name_en, name_zh) FROM industries WHERE scheme = ?",
            [scheme],
        ).fetchall()
        rnames = store.con.execute(
            "SELECT code, coalesce(name_zh, name_en), coalesce(name_en, name_zh) FROM regions "
            "WHERE scheme = 'GB/T 2260'"
        ).fetchall()
    df = df[df["region"].str.fullmatch(r"\d\d0000") | ~df["region"].str.fullmatch(r"\d{6}")]
    meta = {
        "metric": metric,
        "scheme": scheme,
        "source": src[0] if src else None,
        "unit": src[1] if src else None,
        "industry_names": {c: (zh, en) for c, zh, en in names},
        "region_names": {c: (zh, en) for c, zh, en in rnames},
    }
    return df, meta


def _envelope(
    kind: str, meta: dict[str, Any], params: dict[str, Any], rows: list[dict[str, Any]], method: str
) -> dict[str, Any]:
    return {
        "kind": kind,
        "method": method,
        "parameters": params,
        "metric": meta.get("metric"),
        "scheme": meta.get("scheme"),
        "unit": meta.get("unit"),
        "source": meta.get("source"),
        "indupath_version": __version__,
        "rows": rows,
    }


def specialization(
    state: AppState,
    *,
    metric: str | None,
    scheme: str | None,
    year: int | None,
    region: str | None,
    industry: str | None,
    top: int,
) -> dict[str, Any]:
    """Location quotients (``indupath.analysis.specialization.location_quotient``) for one year."""
    fn = library_function("indupath.analysis.specialization", "location_quotient", "specialization")
    panel, meta = load_panel(state, metric, scheme)
    if panel.empty:
        raise AnalysisError(f"no province observations of {meta['metric']} in {meta['scheme']}")
    years = sorted(panel["year"].unique())
    use_year = int(year) if year is not None else int(years[-1])
    if use_year not in years:
        raise NotFoundError(f"no data for year {use_year}; years with data: {', '.join(map(str, years))}")
    lq = fn(panel[panel["year"] == use_year])
    if region is not None:
        lq = lq[lq["region"] == region]
    if industry is not None:
        lq = lq[lq["industry"] == industry]
    lq = lq[lq["value"] > 0].sort_values("lq", ascending=False).head(top)
    inames, rnames = meta["industry_names"], meta["region_names"]
    out = lq.assign(
        industry_name=[inames.get(c, (c, c))[0] for c in lq["industry"]],
        industry_name_en=[inames.get(c, (c, c))[1] for c in lq["industry"]],
        region_name=[rnames.get(c, (c, c))[0] for c in lq["region"]],
        region_name_en=[rnames.get(c, (c, c))[1] for c in lq["region"]],
    )
    res = _envelope(
        "specialization",
        meta,
        {"year": use_year, "region": region, "industry": industry, "top": top},
        records(out),
        str(lq.attrs.get("method", "location quotient")),
    )
    res["year"] = use_year
    return res


@router.get("/analyze/{kind}", summary="Run an analysis on a stored panel (as `indupath analyze`)")
def analyze(
    kind: Kind,
    state: Annotated[AppState, Depends(get_state)],
    metric: Annotated[str | None, Query(max_length=200)] = None,
    scheme: Annotated[str | None, Query(max_length=40)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    region: Annotated[str | None, Query(max_length=20)] = None,
    industry: Annotated[str | None, Query(max_length=100)] = None,
    top: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> dict[str, Any]:
    """Specialisation (location quotients) and the other analyses as they land in ``indupath.analysis``."""
    key = ("analyze", kind, metric, scheme, year, region, industry, top)
    if kind == "specialization":
        return state.cache.get_or_compute(
            key,
            lambda: specialization(
                state, metric=metric, scheme=scheme, year=year, region=region, industry=industry, top=top
            ),
        )
    return state.cache.get_or_compute(
        key,
        lambda: _generic(
            kind, state, metric=metric, scheme=scheme, year=year, region=region, industry=industry, top=top
        ),
    )


#: kind -> (module, function, how the function is called on a one-panel frame)
GENERIC: dict[str, tuple[str, str]] = {
    "concentration": ("indupath.analysis", "hhi"),
    "shiftshare": ("indupath.analysis", "shift_share"),
    "clusters": ("indupath.analysis", "clusters"),
    "relatedness": ("indupath.analysis", "density"),
    "complexity": ("indupath.analysis", "eci_pci"),
}


def _generic(
    kind: str,
    state: AppState,
    *,
    metric: str | None,
    scheme: str | None,
    year: int | None,
    region: str | None,
    industry: str | None,
    top: int,
) -> dict[str, Any]:
    module, name = GENERIC[kind]
    fn = library_function(module, name, kind)
    panel, meta = load_panel(state, metric, scheme)
    if year is not None:
        panel = panel[panel["year"] == year]
    out = fn(panel)
    if isinstance(out, tuple):
        out = out[0]
    if not isinstance(out, pd.DataFrame):
        raise AnalysisError(f"{module}.{name} returned {type(out).__name__}; a DataFrame was expected")
    if region is not None and "region" in out.columns:
        out = out[out["region"] == region]
    if industry is not None and "industry" in out.columns:
        out = out[out["industry"] == industry]
    return _envelope(
        kind,
        meta,
        {"year": year, "region": region, "industry": industry, "top": top},
        records(out.head(top)),
        str(out.attrs.get("method", f"{module}.{name}")),
    )


def _advice(capability: str, module: str, name: str) -> Callable[..., Any]:
    return library_function(module, name, capability)


@router.get("/advise/{region}", summary="Opportunities for a region: feasibility × attractiveness")
def advise(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Ranked opportunity industries for ``region`` (``indupath.advise.opportunities``)."""
    fn = _advice("opportunity ranking", "indupath.advise", "opportunities")
    return jsonable(_call_with_store(state, fn, region))  # type: ignore[no-any-return]


@router.get("/audit/{region}", summary="Audit a region's declared roadmap against its capabilities")
def audit(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Verdicts on each declared priority (``indupath.advise.audit``)."""
    fn = _advice("roadmap audit", "indupath.advise", "audit")
    return jsonable(_call_with_store(state, fn, region))  # type: ignore[no-any-return]


@router.get("/overlap", summary="Homogeneous competition: regions declaring the same industries")
def overlap(
    state: Annotated[AppState, Depends(get_state)],
    industry: Annotated[str | None, Query(max_length=100)] = None,
) -> dict[str, Any]:
    """Overlap of declared priorities across regions (``indupath.advise.overlap``)."""
    fn = _advice("overlap analysis", "indupath.advise", "overlap")
    return jsonable(_call_with_store(state, fn, industry))  # type: ignore[no-any-return]


@router.get("/chain/{industry}", summary="Industrial chain: linkages of a sector in the input-output table")
def chain(
    industry: str,
    top: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    """Backward and forward linkages of ``industry`` (``indupath.advise.chain.linkages``)."""
    fn = _advice("chain analysis", "indupath.advise.chain", "linkages")
    io = _national_io()
    result = fn(io, industry, top=top)
    return jsonable(_result_json(result))  # type: ignore[no-any-return]


@router.get("/targets", summary="Targets with progress and status, tracked against data")
def targets(
    state: Annotated[AppState, Depends(get_state)],
    region: Annotated[str | None, Query(max_length=20)] = None,
) -> dict[str, Any]:
    """Targets of the stored roadmaps with progress and status (``indupath.advise.targets.track_targets``)."""
    fn = _advice("target tracking", "indupath.advise", "track_stored_targets")
    return jsonable(_call_with_store(state, fn, region))  # type: ignore[no-any-return]


@router.get("/taxbase/{region}", summary="Tax base of a region's declared priorities")
def taxbase(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Production-tax yields of the region's priorities (``indupath.advise.taxbase``)."""
    fn = _advice("tax base", "indupath.advise", "region_taxbase")
    return jsonable(_call_with_store(state, fn, region))  # type: ignore[no-any-return]


@router.get("/alignment/{region}", summary="Alignment of a region's roadmap with national priorities")
def alignment(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """How a region's priorities line up with the national directions (``indupath.advise.alignment``)."""
    fn = _advice("alignment", "indupath.advise", "alignment")
    return jsonable(_call_with_store(state, fn, region))  # type: ignore[no-any-return]


def _call_with_store(state: AppState, fn: Callable[..., Any], arg: Any) -> dict[str, Any]:
    with state.store() as store:
        result = fn(store, arg)
    return _result_json(result)


def _result_json(result: Any) -> dict[str, Any]:
    if hasattr(result, "to_dict"):
        out = result.to_dict()
        if isinstance(out, dict):
            return out
    if isinstance(result, pd.DataFrame):
        return {"rows": records(result), "method": result.attrs.get("method")}
    if isinstance(result, dict):
        return result
    raise AnalysisError(f"unexpected result type {type(result).__name__}")


def _national_io() -> Any:
    from indupath.advise.iotable import from_national
    from indupath.datasets import load_dataset

    df = load_dataset("cn-io-national-2020-42")
    return from_national(df, source=str(df.attrs.get("source", "")))
