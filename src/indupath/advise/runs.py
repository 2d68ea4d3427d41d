"""Entry points that run each advise function on the embedded data and given roadmaps.

The CLI, the JSON API and the reports call these: they load the embedded datasets
(:mod:`indupath.datasets`), resolve region names, and call the pure functions. They
never open the store; callers pass the roadmaps, targets and observations they read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from indupath.advise import alignment as _alignment
from indupath.advise import audit as _audit
from indupath.advise import chain as _chain
from indupath.advise import iotable, scorecard, taxbase
from indupath.advise import opportunities as _opportunities
from indupath.advise import overlap as _overlap
from indupath.advise import targets as _targets
from indupath.advise.embedded import load_hightech, load_panel
from indupath.advise.priorities import priority_table
from indupath.advise.realeconomy import load_real_economy
from indupath.advise.result import AdviseResult
from indupath.advise.sectors import io42_2007_to_2020
from indupath.errors import ConfigError, InputError
from indupath.model import Measure, Roadmap, Target

IO_TABLES = {
    "2020-42": "cn-io-national-2020-42",
    "2017-42": "cn-io-national-2017-42",
    "2020-153": "cn-io-national-2020-153",
}
PANEL_SCHEMES = {"cn-io2007-provincial": "io42_2007", "cn-listed-firms": "csrc"}
SCORECARD = Path(__file__).parent / "data" / "scorecard_real_economy.yaml"


def region_code(text: str) -> str:
    """A region code from a code or a name in Chinese or English (安徽, Anhui -> 340000)."""
    text = str(text).strip()
    if text.isdigit():
        return text
    from indupath.taxonomy import resolve_region_code

    return resolve_region_code(text)


@lru_cache(maxsize=4)
def _panel(dataset: str, metric: str) -> tuple[pd.DataFrame, str]:
    """An embedded panel and its source, loaded once per (dataset, metric) and shared: do not mutate it."""
    return load_panel(dataset, metric)


def provincial_output_2007() -> tuple[pd.DataFrame, str]:
    """The 2007 provincial gross-output panel and its source line.

    Returns ``(panel, source)``: ``panel`` has columns ``region`` (province code),
    ``industry`` (IO42-2007 sector code), ``year`` (2007) and ``value`` (gross output,
    10,000 CNY) for the 30 provinces of the 2007 provincial input-output tables (no
    Tibet); ``source`` names the tables. This is the panel behind the location quotients,
    overlap crowding, chain gaps and tax-base views. The frame is cached and shared
    between callers: treat it as read-only (copy before changing it).
    """
    return _panel("cn-io2007-provincial", "gross_output")


@lru_cache(maxsize=1)
def io2007_names() -> dict[str, str]:
    """IO42-2007 sector code -> Chinese name."""
    from indupath.datasets import load_dataset

    df = load_dataset("cn-io2007-provincial").drop_duplicates("sector_code")
    return dict(zip(df["sector_code"].astype(str), df["sector_name"].astype(str), strict=True))


@lru_cache(maxsize=1)
def csrc_names() -> dict[str, str]:
    """CSRC-2012 division -> Chinese name (from the listed-firm data)."""
    from indupath.datasets import load_dataset

    df = load_dataset("cn-listed-firms").dropna(subset=["csrc_code"]).drop_duplicates("csrc_code")
    return dict(zip(df["csrc_code"].astype(str), df["csrc_name"].astype(str), strict=True))


def _names(dataset: str) -> dict[str, str]:
    if dataset == "cn-io2007-provincial":
        return io2007_names()
    if dataset == "cn-listed-firms":
        return csrc_names()
    return {}


def sector_scheme(store_scheme: str) -> str | None:
    """The sector-map scheme of a store industry scheme (CSRC-2012 -> csrc, IO42... -> io42_2007)."""
    up = store_scheme.upper()
    if "CSRC" in up:
        return "csrc"
    if "IO42" in up or "IO-42" in up:
        return "io42_2007"
    return None


def _panel_and_scheme(
    dataset: str, metric: str, panel: pd.DataFrame | None, scheme: str | None
) -> tuple[pd.DataFrame, str | None, str]:
    if panel is not None:
        return panel, scheme, "store"
    if dataset not in PANEL_SCHEMES:
        raise ConfigError(f"--dataset must be one of {', '.join(PANEL_SCHEMES)}, got {dataset!r}")
    p, source = _panel(dataset, metric)
    return p, PANEL_SCHEMES[dataset], source


@lru_cache(maxsize=1)
def national_growth_2017_2020() -> pd.Series:
    """Annual growth of national gross output 2017 -> 2020 by IO42-2007 code (NBS tables).

    ``(x_2020 / x_2017)^{1/3} - 1`` by 42-sector code of the national tables, carried to
    2007 codes by summing output over the concordance (current prices).
    """
    x17 = national_output("2017-42")
    x20 = national_output("2020-42")
    conc = io42_2007_to_2020()
    out = {}
    for code, grp in conc.groupby("io42_2007"):
        targets = list(grp["io42_2020"])
        a, b = float(x17.loc[targets].sum()), float(x20.loc[targets].sum())
        out[str(code)] = (b / a) ** (1 / 3) - 1 if a > 0 else np.nan
    return pd.Series(out)


def run_opportunities(
    region: str,
    *,
    year: int | None = None,
    candidates: str = "all",
    dataset: str = "cn-io2007-provincial",
    metric: str = "gross_output",
    strategy: str = "balanced",
    panel: pd.DataFrame | None = None,
    scheme: str | None = None,
) -> AdviseResult:
    """Opportunities for ``region`` on an embedded panel (or a store panel with its scheme)."""
    p, sch, source = _panel_and_scheme(dataset, metric, panel, scheme)
    return _opportunities.opportunities(
        p,
        region_code(region),
        year=year,
        candidates=candidates,
        scheme=sch,
        strategy=strategy,
        names=_names(dataset) if panel is None else {},
        growth=national_growth_2017_2020() if panel is None and sch == "io42_2007" else None,
        source=source
        + ("; national growth: NBS IO tables 2017 and 2020" if panel is None and sch == "io42_2007" else ""),
    )


def run_audit(
    region: str,
    priorities: Sequence[str | tuple[str, str | None]],
    *,
    dataset: str = "cn-io2007-provincial",
    metric: str = "gross_output",
    panel: pd.DataFrame | None = None,
    scheme: str | None = None,
) -> AdviseResult:
    """Audit declared priorities of ``region``."""
    if not priorities:
        raise InputError(f"no declared priorities for region {region}: store a roadmap or pass --priorities")
    p, sch, source = _panel_and_scheme(dataset, metric, panel, scheme)
    if sch is None:
        raise ConfigError("the audit needs a panel in a sector-map scheme (IO42-2007 or CSRC-2012 codes)")
    return _audit.audit(p, region_code(region), priorities, scheme=sch, names=_names(dataset), source=source)


@lru_cache(maxsize=4)
def national_io(table: str = "2020-42", origin: str = "total") -> iotable.IOTable:
    """An embedded national input-output table as an :class:`~indupath.advise.iotable.IOTable`."""
    from indupath.datasets import load_dataset

    if table not in IO_TABLES:
        raise ConfigError(f"--table must be one of {', '.join(IO_TABLES)} or 2007-provincial, got {table!r}")
    df = load_dataset(IO_TABLES[table])
    return iotable.from_national(df, origin=origin, source=str(df.attrs.get("source", IO_TABLES[table])))


def national_output(table: str = "2020-42") -> pd.Series:
    """National gross output by sector of an embedded national IO table (10,000 CNY)."""
    io = national_io(table)
    return pd.Series(io.x, index=list(io.codes))


def run_overlap(roadmaps: Sequence[Roadmap], *, tier: str | None = None) -> AdviseResult:
    """Overlap of all roadmaps' priorities, with crowding from the 2007 provincial panel."""
    if tier not in (None, "future", "emerging"):
        raise ConfigError(f"--tier must be future or emerging, got {tier!r}")
    p, source = provincial_output_2007()
    return _overlap.overlap(
        priority_table(roadmaps),
        tier=tier,
        panel=p,
        national_output=national_output("2020-42"),
        source=f"{source}; national IO table 2020",
    )


def lq_2020_codes(region: str) -> pd.Series:
    """The region's 2007 location quotients carried to 2017/2020 42-sector codes."""
    from indupath.analysis import location_quotient

    p, _ = provincial_output_2007()
    conc = io42_2007_to_2020()
    first = conc.drop_duplicates("io42_2007").set_index("io42_2007")["io42_2020"]
    relabelled = p.assign(industry=p["industry"].map(first))
    merged = relabelled.groupby(["region", "industry", "year"], as_index=False)["value"].sum()
    lq = location_quotient(merged)
    lq = lq[lq["region"].astype(str) == region]
    out = pd.Series(lq["lq"].to_numpy(dtype=float), index=lq["industry"].astype(str))
    for a, b in zip(conc["io42_2007"], conc["io42_2020"], strict=True):
        if b not in out.index:
            out[b] = out.get(first.get(a), np.nan)
    return out


def run_chain(
    industry: str, *, region: str | None = None, table: str = "2020-42", top: int = 10, origin: str = "total"
) -> AdviseResult:
    """Upstream/downstream links of ``industry``; with a region, the links to fill."""
    if table == "2007-provincial":
        if region is None:
            raise ConfigError("--table 2007-provincial needs --region")
        from indupath.analysis import location_quotient
        from indupath.datasets import load_dataset

        code = region_code(region)
        ov = load_dataset("cn-io2007-provincial")
        io = iotable.from_provincial(
            ov, load_dataset("cn-io2007-flows"), code, source=str(ov.attrs.get("source"))
        )
        p, src = provincial_output_2007()
        lq = location_quotient(p)
        lq = lq[lq["region"].astype(str) == code]
        lqs = pd.Series(lq["lq"].to_numpy(dtype=float), index=lq["industry"].astype(str))
        return _chain.chain_gaps(io, industry, lqs, top=top, region=code, lq_source=src)
    io = national_io(table, origin)
    if region is None:
        return _chain.linkages(io, industry, top=top)
    if table == "2020-153":
        raise ConfigError("regional links need a 42-sector table (2020-42, 2017-42) or 2007-provincial")
    code = region_code(region)
    return _chain.chain_gaps(
        io,
        industry,
        lq_2020_codes(code),
        top=top,
        region=code,
        lq_source="2007 provincial output, location quotients carried to 42-sector 2017/2020 codes",
    )


def run_targets(
    targets: Sequence[Target], *, observations: pd.DataFrame | None = None, seed: int = 0, n_boot: int = 2000
) -> AdviseResult:
    """Track targets against store observations plus the embedded high-tech series."""
    ht = load_hightech()
    obs = (
        ht if observations is None or observations.empty else pd.concat([observations, ht], ignore_index=True)
    )
    source = "store observations; " + (str(ht["source"].iloc[0]) if len(ht) else "")
    return _targets.track_targets(targets, obs, seed=seed, n_boot=n_boot, source=source)


def run_score(config: str | Path | None = None) -> AdviseResult:
    """A scorecard on the real-economy table (default: the shipped 'new industries and the real economy')."""
    cfg = scorecard.load_config(config or SCORECARD)
    data = load_real_economy(year=cfg.year)
    return scorecard.score(cfg, data.table, source=data.source)


def run_taxbase(
    region: str, priorities: Sequence[str], *, measures: Sequence[Measure] = (), table: str = "2020-42"
) -> AdviseResult:
    """Tax base of ``region`` from its 2007 output structure and national production-tax yields."""
    code = region_code(region)
    p, source = provincial_output_2007()
    out = p[p["region"] == code].set_index("industry")["value"]
    if out.empty:
        raise InputError(
            f"region {code} has no 2007 provincial output (the 2007 tables cover 30 provinces, no Tibet)"
        )
    io = national_io(table)
    res = taxbase.taxbase(
        out,
        taxbase.tax_yields(io),
        region=code,
        priorities=priorities,
        measures=measures,
        source=f"{io.source}; {source}",
    )
    names = io2007_names()
    res.table.insert(1, "name", res.table["code"].map(names))
    return res


def run_realeconomy(region: str | None = None, *, year: int | None = None) -> AdviseResult:
    """The real-economy table, all provinces or one."""
    res = load_real_economy(year=year)
    if region is None:
        return res
    code = region_code(region)
    return AdviseResult(
        res.method,
        res.table[res.table["region_code"] == code].reset_index(drop=True),
        {**res.parameters, "region": code},
        res.source,
    )


def run_alignment(
    region: str,
    roadmaps: Sequence[Roadmap],
    *,
    capacity: pd.DataFrame | None = None,
    scheme: str = "csrc",
    capacity_label: str | None = None,
) -> AdviseResult:
    """S&T alignment of ``region``'s priorities against capacity (default: listed-firm proxy)."""
    code = region_code(region)
    source = "store capacity observations"
    if capacity is None:
        capacity, source = _panel("cn-listed-firms", "")
        capacity_label = (
            capacity_label or "A-share listed firms by CSRC-2012 division (proxy for R&D by field)"
        )
    ht = load_hightech()
    return _alignment.alignment(
        code,
        priority_table(roadmaps),
        capacity,
        capacity_scheme=scheme,
        capacity_label=capacity_label or "user-loaded capacity by field",
        rd=ht,
        source=f"{source}; {ht['source'].iloc[0] if len(ht) else ''}",
    )
