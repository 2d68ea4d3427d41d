"""Gather a region's profile into a :class:`ReportDocument`.

Everything computed here comes from the advise entry points
(:mod:`indupath.advise.runs`) and the analysis functions; this module only
selects, labels and orders. Roadmaps come from the caller (the store, or the
shipped examples), so the builder never opens a database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import cache

import pandas as pd

from indupath import __version__
from indupath.advise.result import AdviseResult
from indupath.errors import IndupathError
from indupath.model import Roadmap
from indupath.reports.document import Chart, Lang, ReportDocument, Section, SourceRef
from indupath.reports.i18n import t

log = logging.getLogger(__name__)

_T: dict[str, dict[str, str]] = {
    "roadmap": {"zh": "路线图：重点产业", "en": "Roadmap: priority industries"},
    "roadmap_intro": {
        "zh": "从政策文本中抽取的重点产业，附层级与原文出处。",
        "en": "Priority industries extracted from the policy texts, with their tier and source sentence.",
    },
    "targets": {"zh": "目标与进展", "en": "Targets and progress"},
    "targets_intro": {
        "zh": "量化目标与可比数据对照：所需增速、历史增速、达成概率与状态。",
        "en": "Quantified targets against the data: required vs. historical growth, probability and status.",
    },
    "measures": {"zh": "政策措施", "en": "Policy measures"},
    "special": {"zh": "产业专业化（区位商）", "en": "Specialisation (location quotients)"},
    "special_intro": {
        "zh": "2007年省级投入产出表42部门总产出的区位商，最高者在前。",
        "en": "Location quotients of gross output by the 42 sectors of the 2007 provincial input-output tables, highest first.",
    },
    "opps": {"zh": "发展机会", "en": "Opportunities"},
    "opps_intro": {
        "zh": "尚未形成专业化的产业，按可行性（关联密度）与吸引力（产品复杂度等）排序。",
        "en": "Industries the region does not yet specialise in, ranked by feasibility (relatedness density) and attractiveness (complexity).",
    },
    "audit": {"zh": "路线图评估", "en": "Roadmap audit"},
    "audit_intro": {
        "zh": "每个重点产业对应的部门、当前区位商、关联密度分位与结论。",
        "en": "For each declared priority: the sectors it maps to, current LQ, density percentile and a verdict.",
    },
    "overlap": {"zh": "与其他地区的重叠", "en": "Overlap with other regions"},
    "overlap_intro": {
        "zh": "同样布局这些产业的地区数与拥挤指数（布局地区数 / 专业化地区数）。",
        "en": "How many regions target the same industries, and the crowding index (regions targeting / regions specialised).",
    },
    "chain": {"zh": "产业链补链清单", "en": "Industrial-chain links to fill (补链)"},
    "chain_intro": {
        "zh": "重点产业的主要上游供给部门中，本地区区位商偏低的环节。",
        "en": "Strong upstream suppliers of the priority sectors whose location quotient is low in the region.",
    },
    "taxbase": {"zh": "税源结构", "en": "Tax-source view"},
    "alignment": {"zh": "科技与产业协同", "en": "Science-and-technology alignment"},
}


def _s(key: str, lang: Lang) -> str:
    return _T[key][lang]


def _guard(label: str, fn: Callable[[], Section | None]) -> Section | None:
    """Run one section's builder; a section whose data are missing is reported, not fatal."""
    try:
        return fn()
    except IndupathError as exc:
        log.warning("report section %s skipped: %s", label, exc)
        return Section(key=label, title=label, note=str(exc))


def region_name(code: str, lang: Lang) -> str:
    """The region's name in ``lang`` from the taxonomy (the code when it is unknown)."""
    from indupath.taxonomy import get_region

    try:
        r = get_region(code)
    except IndupathError:
        return code
    if lang == "zh":
        return r.name_zh or r.name_en or code
    if r.name_en and r.name_zh:
        return f"{r.name_en} ({r.name_zh})"
    return r.name_en or r.name_zh or code


def _priorities(roadmaps: Sequence[Roadmap], code: str) -> list[str]:
    seen: dict[str, None] = {}
    for rm in roadmaps:
        for p in rm.priorities:
            if p.region_code == code:
                seen.setdefault(p.industry, None)
    return list(seen)


def build_region_report(
    region: str,
    roadmaps: Sequence[Roadmap],
    *,
    lang: Lang = "zh",
    observations: pd.DataFrame | None = None,
    all_roadmaps: Sequence[Roadmap] | None = None,
    top: int = 15,
) -> tuple[ReportDocument, Chart | None]:
    """A region's profile and its location map.

    Args:
        region: a region code or name (安徽, Anhui, 340000).
        roadmaps: roadmaps that speak of the region (their priorities, targets and measures are reported).
        lang: ``zh`` or ``en``.
        observations: store observations for target tracking (optional).
        all_roadmaps: every stored roadmap, for the overlap view (default: ``roadmaps``).
        top: rows per ranked table.
    """
    from indupath.advise import runs

    code = runs.region_code(region)
    name = region_name(code, lang)
    priorities = _priorities(roadmaps, code)
    sections: list[Section | None] = []

    def roadmap() -> Section:
        rows = [
            {
                ("产业" if lang == "zh" else "industry"): p.industry,
                ("代码" if lang == "zh" else "code"): p.industry_code or "",
                ("层级" if lang == "zh" else "tier"): p.tier or "",
                ("原文" if lang == "zh" else "source sentence"): p.sentence[:160],
                ("文件" if lang == "zh" else "document"): rm.document.name,
            }
            for rm in roadmaps
            for p in rm.priorities
            if p.region_code == code
        ]
        return Section("roadmap", _s("roadmap", lang), _s("roadmap_intro", lang), pd.DataFrame(rows),
                       source=", ".join(sorted({rm.document.source or rm.document.name for rm in roadmaps})))

    def targets() -> Section:
        tl = [tg for rm in roadmaps for tg in rm.targets if tg.region_code == code]
        if not tl:
            return Section("targets", _s("targets", lang), _s("targets_intro", lang))
        res = runs.run_targets(tl, observations=observations, seed=0)
        cols = [c for c in ("metric", "comparator", "target", "unit", "deadline", "latest_value",
                            "required_growth", "historical_growth", "probability", "status") if c in res.table]
        return Section("targets", _s("targets", lang), _s("targets_intro", lang), res.table[cols],
                       source=res.source, note=res.method)

    def measures() -> Section:
        rows = [
            {"kind": m.kind, "text": m.text[:160], "amount": m.amount, "unit": m.amount_unit or ""}
            for rm in roadmaps
            for m in rm.measures
            if m.region_code == code
        ]
        return Section("measures", _s("measures", lang), "", pd.DataFrame(rows))

    def specialisation() -> Section:
        from indupath.analysis import location_quotient

        p, src = runs.provincial_output_2007()
        lq = location_quotient(p)
        lq = lq[lq["region"].astype(str) == code].sort_values("lq", ascending=False).head(top)
        names = runs.io2007_names()
        table = pd.DataFrame({
            "sector": [f"{c} {names.get(str(c), '')}" for c in lq["industry"]],
            "LQ": lq["lq"].astype(float).to_numpy(),
        })
        chart = Chart("barh", table, x="sector", y="LQ", x_label="LQ")
        return Section("specialisation", _s("special", lang), _s("special_intro", lang), table, chart, source=src)

    def opportunities() -> Section:
        res = runs.run_opportunities(code)
        cols = [c for c in ("rank", "industry", "name", "rca", "density_pct", "pci", "cog", "quadrant", "sei",
                            "future") if c in res.table]
        table = res.table[cols].head(top)
        chart = Chart("scatter", res.table.head(40), x="density_pct", y="attractiveness", label="name",
                      x_label="feasibility (density percentile)" if lang == "en" else "可行性（密度分位）",
                      y_label="attractiveness" if lang == "en" else "吸引力") \
            if {"density_pct", "attractiveness"} <= set(res.table.columns) else None
        return Section("opportunities", _s("opps", lang), _s("opps_intro", lang), table, chart,
                       source=res.source, note=res.method)

    @cache
    def audited() -> AdviseResult:
        """The audit, computed once: its verdicts are one section, its sectors feed the chain section."""
        return runs.run_audit(code, priorities)

    def audit() -> Section | None:
        if not priorities:
            return None
        res = audited()
        cols = [c for c in ("priority", "tier", "sectors", "lq", "density_pct", "verdict", "alternatives")
                if c in res.table]
        return Section("audit", _s("audit", lang), _s("audit_intro", lang), res.table[cols],
                       source=res.source, note=res.method)

    def overlap() -> Section | None:
        pool = list(all_roadmaps) if all_roadmaps is not None else list(roadmaps)
        if not pool:
            return None
        res = runs.run_overlap(pool)
        table = res.table
        if "regions" in table:
            table = table[table["regions"].astype(str).str.contains(code)]
        cols = [c for c in ("name_zh" if lang == "zh" else "name_en", "tier", "regions_targeting", "regions",
                            "regions_specialised", "crowding") if c in table]
        return Section("overlap", _s("overlap", lang), _s("overlap_intro", lang), table[cols],
                       source=res.source, note=res.method)

    def chain() -> Section | None:
        if not priorities:
            return None
        aud = audited().table
        sectors: list[str] = []
        for val in aud.get("sectors", pd.Series(dtype=str)).astype(str):
            for part in val.split(","):
                c = part.strip().split(" ")[0]
                if c and c not in sectors and c != "nan":
                    sectors.append(c)
        frames = []
        for sec in sectors[:6]:
            res = runs.run_chain(sec, region=code, table="2007-provincial")
            tb = res.table
            if "to_fill" in tb:
                tb = tb[tb["to_fill"] == True]  # noqa: E712 - object column of True/False/None
            if not tb.empty:
                frames.append(tb.assign(priority_sector=f"{sec} {res.parameters.get('sector_name', '')}"))
        if not frames:
            return Section("chain", _s("chain", lang), _s("chain_intro", lang))
        table = pd.concat(frames, ignore_index=True)
        cols = ["priority_sector"] + [c for c in ("code", "name", "total_requirement", "local_lq") if c in table]
        return Section("chain", _s("chain", lang), _s("chain_intro", lang), table[cols])

    def taxbase() -> Section | None:
        res = runs.run_taxbase(code, priorities)
        pri = res.extra.get("priorities")
        table = pri if isinstance(pri, pd.DataFrame) and not pri.empty else res.table.head(top)
        return Section("taxbase", _s("taxbase", lang), res.method, table, source=res.source)

    def alignment() -> Section | None:
        if not priorities:
            return None
        pool = list(all_roadmaps) if all_roadmaps is not None else list(roadmaps)
        res = runs.run_alignment(code, pool)
        coh = res.extra.get("coherence")
        note = f"coherence = {coh:.3f}; {res.extra.get('coherence_formula', '')}" if isinstance(coh, float) else ""
        return Section("alignment", _s("alignment", lang), res.method, res.table, source=res.source, note=note)

    for label, fn in (("roadmap", roadmap), ("targets", targets), ("measures", measures),
                      ("specialisation", specialisation), ("opportunities", opportunities), ("audit", audit),
                      ("overlap", overlap), ("chain", chain), ("taxbase", taxbase), ("alignment", alignment)):
        sections.append(_guard(label, fn))

    map_chart = _map(code)
    sources = _sources(lang)
    doc = ReportDocument(
        region_code=code,
        region_name=name,
        lang=lang,
        title=t("title", lang, region=name),
        subtitle=t("subtitle", lang),
        sections=tuple(s for s in sections if s is not None),
        sources=sources,
        version=__version__,
    )
    return doc, map_chart


def _map(code: str) -> Chart | None:
    from indupath.datasets import load_geojson

    try:
        geo = load_geojson("cn-province-geo")
    except IndupathError as exc:
        log.warning("no map: %s", exc)
        return None
    province = code[:2] + "0000"
    return Chart("map", pd.DataFrame({"code": [province], "v": [1.0]}), x="code", y="v", highlight=province,
                 geo=geo)


def _sources(lang: Lang) -> tuple[SourceRef, ...]:
    from indupath.datasets import list_datasets

    wanted = ("cn-io2007-provincial", "cn-io2007-flows", "cn-io-national-2020-42", "cn-hightech-operation",
              "cn-listed-firms", "cn-province-geo")
    out = []
    for info in list_datasets():
        if info.name in wanted:
            title = info.title_zh if lang == "zh" else info.title_en
            out.append(SourceRef(info.name, f"{title}: {info.source}", info.licence))
    return tuple(out)
