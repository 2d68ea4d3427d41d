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


#: Default panels for province analyses, in order of preference: output by IO sector, then listed firms.
PREFERRED_PANELS: tuple[tuple[str, str], ...] = (("gross_output", "IO42-2007"), ("firms_active", "CSRC-2012"))


def default_panel_key(store: Any) -> tuple[str, str]:
    """The default (metric, scheme) for province analyses.

    The first of :data:`PREFERRED_PANELS` the store has, else the province panel
    with the most industries.
    """
    for metric, scheme in PREFERRED_PANELS:
        if store.con.execute(
            "SELECT count(*) FROM observations WHERE metric = ? AND scheme = ?", [metric, scheme]
        ).fetchone()[0]:
            return metric, scheme
    row = store.con.execute(
        "SELECT metric, scheme FROM observations WHERE region_code LIKE '__0000' GROUP BY metric, scheme "
        "ORDER BY count(DISTINCT industry_code) DESC, count(*) DESC, metric LIMIT 1"
    ).fetchone()
    if row is None:
        raise NotFoundError("the store has no province observations; load data first (indupath demo)")
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


def _filtered(out: pd.DataFrame, region: str | None, industry: str | None) -> pd.DataFrame:
    if region is not None and "region" in out.columns:
        out = out[out["region"] == region]
    if industry is not None and "industry" in out.columns:
        out = out[out["industry"] == industry]
    return out


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
    """Run one of the :mod:`indupath.analysis` functions on a stored panel.

    concentration: ``concentration`` (HHI, Gini, Theil, entropy per region);
    shiftshare: ``shift_share`` (classic, first to last year); clusters:
    ``cluster_mapping`` with ``cluster_definitions`` (Delgado, Porter & Stern 2016);
    relatedness: ``density`` (Hidalgo et al. 2007); complexity: ``eci_pci``
    (Hidalgo & Hausmann 2009).
    """
    panel, meta = load_panel(state, metric, scheme)
    if year is not None and kind != "shiftshare":
        panel = panel[panel["year"] == year]
    elif kind != "shiftshare":
        panel = panel[panel["year"] == panel["year"].max()]
    if panel.empty:
        raise AnalysisError(f"no observations of {meta['metric']} in {meta['scheme']} for the year asked")
    extra: dict[str, Any] = {}
    if kind == "concentration":
        fn = library_function("indupath.analysis", "concentration", kind)
        out = fn(panel, by="region")
    elif kind == "shiftshare":
        fn = library_function("indupath.analysis", "shift_share", kind)
        out = fn(panel, level="region")
    elif kind == "clusters":
        fn = library_function("indupath.analysis", "cluster_mapping", kind)
        defs = library_function("indupath.analysis", "cluster_definitions", kind)(None)
        defs = defs.drop_duplicates("industry")
        out = fn(panel, defs, unmapped="ignore")
    elif kind == "relatedness":
        fn = library_function("indupath.analysis", "density", kind)
        out = fn(panel)
    elif kind == "complexity":
        fn = library_function("indupath.analysis", "eci_pci", kind)
        eci, pci = fn(panel)
        out = eci
        extra["pci"] = records(_filtered(pci, None, industry).head(top))
    else:  # pragma: no cover - Kind is validated by FastAPI
        raise NotFoundError(f"unknown analysis {kind!r}")
    if not isinstance(out, pd.DataFrame):
        raise AnalysisError(f"{kind} returned {type(out).__name__}; a DataFrame was expected")
    method = str(out.attrs.get("method", kind))
    out = _filtered(out, region, industry)
    res = _envelope(
        kind,
        meta,
        {"year": year, "region": region, "industry": industry, "top": top},
        records(out.head(top)),
        method,
    )
    res["total_rows"] = len(out)
    res.update(extra)
    return res


def _roadmaps(state: AppState, region: str | None) -> list[Any]:
    with state.store() as store:
        return list(store.roadmaps(region))


def _cached_advice(state: AppState, key: tuple[Any, ...], compute: Callable[[], Any]) -> dict[str, Any]:
    return state.cache.get_or_compute(key, lambda: jsonable(_result_json(compute())))  # type: ignore[no-any-return]


def _runs(name: str, capability: str) -> Callable[..., Any]:
    return library_function("indupath.advise.runs", name, capability)


@router.get(
    "/advise/{region}",
    summary="Opportunities for a region: feasibility × attractiveness (as `indupath advise`)",
)
def advise(
    region: str,
    state: Annotated[AppState, Depends(get_state)],
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    candidates: Annotated[Literal["all", "sei", "future"], Query()] = "all",
    strategy: Annotated[Literal["low-hanging", "balanced", "long-jump"], Query()] = "balanced",
) -> dict[str, Any]:
    """Industries the region does not yet specialise in, ranked (``indupath.advise.runs.run_opportunities``)."""
    fn = _runs("run_opportunities", "opportunity ranking")
    return _cached_advice(
        state,
        ("advise", region, year, candidates, strategy),
        lambda: fn(region, year=year, candidates=candidates, strategy=strategy),
    )


@router.get("/audit/{region}", summary="Audit a region's declared roadmap (as `indupath audit`)")
def audit(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Verdict on each stored priority of the region (``indupath.advise.runs.run_audit``)."""
    fn = _runs("run_audit", "roadmap audit")
    from indupath.advise.priorities import priority_table, region_priorities
    from indupath.advise.runs import region_code

    code = region_code(region)

    def compute() -> Any:
        items = region_priorities(priority_table(_roadmaps(state, code)), code)
        if not items:
            raise NotFoundError(f"region {code} has no stored priorities to audit")
        return fn(code, items)

    return _cached_advice(state, ("audit", code), compute)


@router.get("/overlap", summary="Homogeneous competition across regions (as `indupath overlap`)")
def overlap(
    state: Annotated[AppState, Depends(get_state)],
    tier: Annotated[Literal["future", "emerging"] | None, Query()] = None,
    industry: Annotated[str | None, Query(max_length=100)] = None,
) -> dict[str, Any]:
    """How many regions target each industry, crowding, Jaccard similarity (``run_overlap``)."""
    fn = _runs("run_overlap", "overlap analysis")
    out = _cached_advice(state, ("overlap", tier), lambda: fn(_roadmaps(state, None), tier=tier))
    if industry is not None:
        out = {**out, "rows": [r for r in out["rows"] if industry in (r.get("industry"), r.get("name_zh"))]}
    return out


@router.get("/chain/{industry}", summary="Industrial chain of a sector (as `indupath chain`)")
def chain(
    industry: str,
    state: Annotated[AppState, Depends(get_state)],
    region: Annotated[str | None, Query(max_length=20)] = None,
    table: Annotated[Literal["2020-153", "2020-42", "2017-42", "2007-provincial"], Query()] = "2020-42",
    top: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    """Main suppliers and users; links to fill for a region (``indupath.advise.runs.run_chain``)."""
    fn = _runs("run_chain", "chain analysis")
    return _cached_advice(
        state,
        ("chain", industry, region, table, top),
        lambda: fn(industry, region=region, table=table, top=top),
    )


@router.get("/targets", summary="Targets with progress and status (as `indupath targets`)")
def targets(
    state: Annotated[AppState, Depends(get_state)],
    region: Annotated[str | None, Query(max_length=20)] = None,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 0,
) -> dict[str, Any]:
    """Stored targets tracked against the observations (``indupath.advise.runs.run_targets``), seeded bootstrap."""
    fn = _runs("run_targets", "target tracking")

    def compute() -> Any:
        with state.store() as store:
            rms = list(store.roadmaps(region))
            tlist = [
                t
                for rm in rms
                for t in rm.targets
                if t.region_code and (region is None or t.region_code == region)
            ]
            if not tlist:
                return {"method": "target tracking", "rows": [], "parameters": {"region": region}}
            obs = store.observations(region_codes=sorted({t.region_code for t in tlist if t.region_code}))
        return fn(tlist, observations=obs, seed=seed, n_boot=500)

    return _cached_advice(state, ("targets", region, seed), compute)


@router.get(
    "/taxbase/{region}", summary="Production-tax base of a region's priorities (as `indupath taxbase`)"
)
def taxbase(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Tax per unit of output of each stored priority (``indupath.advise.runs.run_taxbase``)."""
    fn = _runs("run_taxbase", "tax base")
    from indupath.advise.priorities import priority_table, region_priorities
    from indupath.advise.runs import region_code

    code = region_code(region)

    def compute() -> Any:
        rms = _roadmaps(state, code)
        names = [p for p, _ in region_priorities(priority_table(rms), code)]
        if not names:
            raise NotFoundError(f"region {code} has no stored priorities")
        measures = [m for rm in rms for m in rm.measures if m.region_code in (None, code)]
        return fn(code, names, measures=measures)

    return _cached_advice(state, ("taxbase", code), compute)


@router.get("/alignment/{region}", summary="S&T alignment of a region's priorities (as `indupath alignment`)")
def alignment(region: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Are the priorities where the region's innovation capacity is? (``indupath.advise.runs.run_alignment``)."""
    fn = _runs("run_alignment", "alignment")
    return _cached_advice(state, ("alignment", region), lambda: fn(region, _roadmaps(state, None)))


def _result_json(result: Any) -> dict[str, Any]:
    if isinstance(result, dict):
        return result
    if hasattr(result, "to_dict"):
        out = result.to_dict()
        if isinstance(out, dict):
            return out
    if isinstance(result, pd.DataFrame):
        return {"rows": records(result), "method": result.attrs.get("method")}
    raise AnalysisError(f"unexpected result type {type(result).__name__}")
