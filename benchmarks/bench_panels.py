"""Benchmark: synthetic firm-year rows in Parquet -> province x division x year panel.

Compares, on the same SYNTHETIC input (:mod:`indupath.synthetic`, seeded, with
duplicates, gaps and bad records injected by seeded code here):

* ``ibis``   — :func:`indupath.store.panels.build_panel` on DuckDB through Ibis;
* ``sql``    — the same rules hand-written in DuckDB SQL (goal: Ibis within 1.5x);
* ``pandas`` — the same rules in pandas/numpy, under an address-space limit
  (``resource.setrlimit(RLIMIT_AS)``) so that it fails with MemoryError instead of
  taking the shared machine down (goal: Ibis >= 10x faster, or pandas out of memory);
* ``spark``  — the Ibis builder on PySpark ``local[2]`` on a smaller file (``--spark-rows``).

The rules all of them implement (those of :mod:`indupath.store.panels`, firm-year
mode): a record is bad under its first problem (``bad_year`` for a year outside
1000–9999, ``negative_value``, then ``unknown_region`` / ``unknown_industry`` from
the code maps); of the usable records of one firm and year one is kept — the first
by region code, industry code (as written), then the largest employment, revenue,
tax, capital — and the others are ``duplicate``; on the kept records a firm enters
in t when present in t and not t - 1 (none in the first data year) and exits in t
when present in t - 1 and not t (none after the last data year), so a gap is an
exit and a re-entry. The baselines are specialised to this benchmark's schema
(integer years, numeric measures without NaN, no missing ids): they skip the text
parsing, NaN handling and report examples that the general builder does.

**Identity check.** Before anything is timed, the three run on a small injected
input (``--check-rows``) and the benchmark stops unless they give the same panel
(same rows; firm counts equal exactly, summed measures to 1e-9 relative, the
floating-point summation order differing) and the same bad-record counts, and
unless those match what was injected (duplicates, bad records; every one-year gap
adds exactly one entry and one exit). The timed runs write their panels after the
clock stops and are compared the same way.

Each run is a separate child process: time is wall-clock of the build (reading
included), peak memory is the child's maximum resident set (plus its own children,
i.e. the JVM for Spark). DuckDB runs get ``--threads`` and ``--duckdb-memory``.

    nice .venv/bin/python benchmarks/bench_panels.py --rows 10000000 --spark-rows 0
    nice .venv/bin/python benchmarks/bench_panels.py --rows 100000000 --spark-rows 10000000
    nice .venv/bin/python benchmarks/bench_panels.py --rows 10000000 --spark-rows 0 --inject-rate 0  # clean input

Data go to ``benchmarks/_work/`` (git-ignored); a file is generated once and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

ROOT = Path(__file__).resolve().parent
WORK = ROOT / "_work"
SEED = 20240501
#: Seed of the injection of duplicates, gaps and bad records (separate from the generator's).
INJECT_SEED = 20261129
MEASURE_COLS = ("employment", "revenue", "tax", "capital")
COUNT_COLS = ("firms_active", "firm_entries", "firm_exits")
#: Bad records injected per kind (as extra rows copied from good ones and then spoilt).
BAD_INJECTED = {"bad_year": 25, "negative_value": 25, "unknown_region": 25, "unknown_industry": 25}
UNKNOWN_REGION = "999999"  # not a GB/T 2260 code
UNKNOWN_INDUSTRY = "99"  # GB/T 4754-2017 divisions stop at 97
MEASURE_RTOL = 1e-9


def _cpu_s() -> float:
    """User + system CPU seconds of this process and its waited-for children (the JVM for Spark)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def base_file(rows: int) -> Path:
    """Generate (once) the synthetic input with ``rows`` firm-year rows (no duplicates, no gaps)."""
    from indupath.synthetic import write_synthetic_firms

    path = WORK / f"firms_{rows}_seed{SEED}.parquet"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        start = time.perf_counter()
        res = write_synthetic_firms(tmp, rows=rows, seed=SEED, chunk_rows=2_000_000)
        tmp.rename(path)
        print(f"generated {res.rows:,} synthetic rows ({res.firms:,} firms) in {time.perf_counter() - start:.0f} s: "
              f"{path} ({path.stat().st_size / 1e9:.2f} GB)", flush=True)
    return path


def data_file(rows: int, rate: float) -> tuple[Path, dict[str, Any]]:
    """The benchmark input: the base file with duplicates, gaps and bad records injected (seeded, once).

    ``round(rows * rate)`` one-year gaps (an interior year of as many distinct firms is
    removed), ``round(rows * rate)`` duplicate firm-years (extra copies of distinct
    records: a quarter exact, a quarter with another county code, a quarter with another
    division, a quarter with twice the employment) and :data:`BAD_INJECTED` bad
    records, all appended after the base rows (``rate`` 0: nothing injected). Returns the path and the expectations
    (JSON sidecar): bad-record counts and the panel totals, derived from the base rows
    and the injection alone.
    """
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    n_inj = round(rows * rate)
    path = WORK / f"firms_{rows}_seed{SEED}_inject{INJECT_SEED}_{n_inj}.parquet"
    sidecar = path.with_suffix(".json")
    if path.exists() and sidecar.exists():
        return path, json.loads(sidecar.read_text())
    base = base_file(rows)
    start = time.perf_counter()
    df = pd.read_parquet(base)
    firm = df["firm_id"].to_numpy()
    year = df["year"].to_numpy().astype(np.int64)
    same_prev = np.r_[False, firm[1:] == firm[:-1]]
    if not (np.all(np.diff(firm) >= 0) and np.all(np.diff(year)[same_prev[1:]] == 1)):
        raise SystemExit(f"{base}: expected rows sorted by firm with consecutive years (indupath.synthetic)")
    same_next = np.r_[same_prev[1:], False]
    ymin, ymax = int(year.min()), int(year.max())
    first_years, last_years = year[~same_prev], year[~same_next]
    rng = np.random.default_rng(INJECT_SEED)
    # gaps: one interior year of n_inj distinct firms
    interior = rng.permutation(np.flatnonzero(same_prev & same_next))
    _, first_pick = np.unique(firm[interior], return_index=True)
    gap_rows = interior[np.sort(first_pick)[:n_inj]]
    if len(gap_rows) < n_inj:
        raise SystemExit(f"only {len(gap_rows)} firms have an interior year; asked for {n_inj} gaps")
    keep = np.ones(len(df), dtype=bool)
    keep[gap_rows] = False
    # duplicates and bad records: copies of distinct remaining records
    bad_injected = BAD_INJECTED if rate > 0 else {}  # rate 0: the base rows as generated
    n_bad = sum(bad_injected.values())
    picked = rng.choice(np.flatnonzero(keep), size=n_inj + n_bad, replace=False)
    dup_rows, bad_rows = picked[:n_inj], picked[n_inj:]
    region_cats = df["region_code"].cat.categories
    industry_cats = df["industry_code"].cat.categories
    df["region_code"] = df["region_code"].cat.add_categories([UNKNOWN_REGION])
    df["industry_code"] = df["industry_code"].cat.add_categories([UNKNOWN_INDUSTRY])
    dups = df.iloc[dup_rows].reset_index(drop=True)
    variant = np.arange(n_inj) % 4
    other_region = region_cats[rng.integers(0, len(region_cats), size=n_inj)]
    other_industry = industry_cats[rng.integers(0, len(industry_cats), size=n_inj)]
    dups.loc[variant == 1, "region_code"] = other_region[variant == 1]
    dups.loc[variant == 2, "industry_code"] = other_industry[variant == 2]
    dups.loc[variant == 3, "employment"] = dups.loc[variant == 3, "employment"] * 2
    bad = df.iloc[bad_rows].reset_index(drop=True)
    at = 0
    for kind, n in bad_injected.items():
        rows_k = bad.index[at : at + n]
        at += n
        if kind == "bad_year":
            bad.loc[rows_k, "year"] = 19
        elif kind == "negative_value":
            bad.loc[rows_k, "employment"] = -5
        elif kind == "unknown_region":
            bad.loc[rows_k, "region_code"] = UNKNOWN_REGION
        else:
            bad.loc[rows_k, "industry_code"] = UNKNOWN_INDUSTRY
    out = pd.concat([df[keep], dups, bad], ignore_index=True)
    employment = df["employment"].to_numpy().astype(np.int64)
    expect: dict[str, Any] = {
        "rows": len(out),
        "base_rows": len(df),
        "gaps": int(len(gap_rows)),
        "counts": {k: v for k, v in {"duplicate": n_inj, **bad_injected}.items() if v},
        # every usable kept record is active; a one-year interior gap is one exit and one re-entry
        "firms_active": int(keep.sum()),
        "firm_entries": int((first_years > ymin).sum()) + int(len(gap_rows)),
        "firm_exits": int((last_years < ymax).sum()) + int(len(gap_rows)),
        # the doubled-employment copy is the one kept; the other copies do not change the sum
        "employment": int(employment[keep].sum() + employment[dup_rows[variant == 3]].sum()),
        "years": [ymin, ymax],
    }
    table = pa.Table.from_pandas(out, preserve_index=False)
    meta = dict(pq.read_schema(base).metadata or {})
    meta[b"injected"] = json.dumps({"seed": INJECT_SEED, "rate": rate, **expect}).encode()
    meta[b"note"] = (meta.get(b"note", b"") + b"; duplicates, gaps and bad records injected by "
                     b"benchmarks/bench_panels.py (synthetic)")
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), **meta})
    tmp = path.with_suffix(".partial")
    pq.write_table(table, tmp, row_group_size=2_000_000, compression="snappy")
    tmp.rename(path)
    sidecar.write_text(json.dumps(expect, indent=1))
    print(f"injected {n_inj:,} duplicates, {len(gap_rows):,} gaps, {n_bad} bad records into {rows:,} synthetic "
          f"rows in {time.perf_counter() - start:.0f} s: {path}", flush=True)
    return path, expect


# ---------------------------------------------------------------- the implementations (run in a child)
# Each returns (long panel: region_code, industry_code, year, metric, value; bad-record counts).


def run_ibis(path: Path, args: argparse.Namespace) -> tuple[pd.DataFrame, dict[str, int]]:
    from indupath.store.engines import connect
    from indupath.store.panels import build_panel_from

    con = connect("duckdb", threads=args.threads)
    con.raw_sql(f"SET memory_limit = '{args.duckdb_memory}'")
    con.raw_sql(f"SET temp_directory = '{WORK / 'duckdb_tmp'}'")
    res = build_panel_from(path, con=con, region_level="province")
    return res.observations, res.report.as_dict()


HAND_SQL_SUMMARY = """
CREATE TEMP VIEW t AS
SELECT firm_id, region_code, industry_code, year, employment, revenue, tax, capital,
       CASE WHEN firm_id IS NULL THEN 'missing_firm_id'
            WHEN year IS NULL THEN 'missing_year'
            WHEN year NOT BETWEEN 1000 AND 9999 THEN 'bad_year'
            WHEN employment < 0 OR revenue < 0 OR tax < 0 OR capital < 0 THEN 'negative_value'
       END AS problem
FROM read_parquet('{path}');
"""

# Usable records -> one per firm and year (QUALIFY ROW_NUMBER in the keep order) -> previous
# and next kept year of the firm (LAG/LEAD) -> events by (province, raw division, year); an
# exit is counted on the last record before it and moved to the next year on the small table.
HAND_SQL_PANEL = """
WITH placed AS (
  SELECT t.firm_id, t.year::BIGINT AS year, t.region_code, t.industry_code, r.out_region,
         t.employment::DOUBLE AS employment, t.revenue, t.tax, t.capital
  FROM t JOIN rmap r ON t.region_code = r.raw_region
  WHERE t.problem IS NULL AND t.industry_code IN (SELECT raw_industry FROM conc)),
kept AS (
  SELECT firm_id, year, out_region, industry_code, employment, revenue, tax, capital FROM placed
  QUALIFY row_number() OVER (PARTITION BY firm_id, year ORDER BY region_code, industry_code,
      employment DESC NULLS LAST, revenue DESC NULLS LAST, tax DESC NULLS LAST, capital DESC NULLS LAST) = 1),
seq AS (
  SELECT out_region, industry_code, year, employment, revenue, tax, capital,
         lag(year) OVER w AS prev_year, lead(year) OVER w AS next_year
  FROM kept WINDOW w AS (PARTITION BY firm_id ORDER BY year)),
agg AS (
  SELECT out_region AS region, industry_code AS industry, year, count(*) AS kept_n,
         count(*) FILTER (WHERE year BETWEEN {y0} AND {y1}) AS a,
         count(*) FILTER (WHERE year BETWEEN {y0} AND {y1} AND year > {ymin}
                          AND (prev_year IS NULL OR prev_year < year - 1)) AS e,
         count(*) FILTER (WHERE year < {ymax} AND year + 1 BETWEEN {y0} AND {y1}
                          AND (next_year IS NULL OR next_year > year + 1)) AS x,
         sum(employment) FILTER (WHERE year BETWEEN {y0} AND {y1}) AS employment,
         sum(revenue) FILTER (WHERE year BETWEEN {y0} AND {y1}) AS revenue,
         sum(tax) FILTER (WHERE year BETWEEN {y0} AND {y1}) AS tax,
         sum(capital) FILTER (WHERE year BETWEEN {y0} AND {y1}) AS capital
  FROM seq GROUP BY ALL),
events AS (
  SELECT region, industry, year, kept_n, a, e, 0 AS x, employment, revenue, tax, capital FROM agg
  UNION ALL
  SELECT region, industry, year + 1, 0, 0, 0, x, NULL, NULL, NULL, NULL FROM agg WHERE x > 0),
wide AS (
  SELECT region, industry, year, sum(kept_n) AS kept_n, sum(a) AS a, sum(e) AS e, sum(x) AS x,
         sum(employment) AS employment, sum(revenue) AS revenue, sum(tax) AS tax, sum(capital) AS capital
  FROM events GROUP BY ALL)
SELECT w.region AS region_code, c.to_code AS industry_code, w.year, sum(w.kept_n * c.share) AS kept_n,
       sum(w.a * c.weight) AS firms_active, sum(w.e * c.weight) AS firm_entries, sum(w.x * c.weight) AS firm_exits,
       sum(w.employment * c.weight) AS employment, sum(w.revenue * c.weight) AS revenue,
       sum(w.tax * c.weight) AS tax, sum(w.capital * c.weight) AS capital
FROM wide w JOIN conc c ON w.industry = c.raw_industry GROUP BY ALL
"""


def _maps(region_codes: list[str], industry_codes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Region map (raw -> province or problem) and built-in concordance (raw -> division, weight, share)."""
    from indupath.store import panels

    rmap = panels.region_map(region_codes, "province")
    conc = panels.builtin_concordance(industry_codes).rename(columns={"from_code": "raw_industry"})
    conc = conc.assign(share=1.0 / conc.groupby("raw_industry")["to_code"].transform("size").astype("float64"))
    return rmap, conc


def _melt(wide: pd.DataFrame) -> pd.DataFrame:
    long = wide.melt(id_vars=["region_code", "industry_code", "year"], var_name="metric", value_name="value")
    return long[long["value"].notna() & (long["value"] != 0)].reset_index(drop=True)


def run_sql(path: Path, args: argparse.Namespace) -> tuple[pd.DataFrame, dict[str, int]]:
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads = {args.threads}")
    con.execute(f"SET memory_limit = '{args.duckdb_memory}'")
    con.execute(f"SET temp_directory = '{WORK / 'duckdb_tmp'}'")
    con.execute(HAND_SQL_SUMMARY.format(path=str(path).replace("'", "''")))
    summary = con.sql(
        "SELECT problem, region_code, industry_code, count(*) AS n, min(year) AS ymin, max(year) AS ymax "
        "FROM t GROUP BY ALL"
    ).df()
    counts = {str(k): int(v) for k, v in summary.groupby("problem")["n"].sum().items()}
    good = summary[summary["problem"].isna()]
    rmap, conc = _maps(sorted(set(good["region_code"].dropna())), sorted(set(good["industry_code"].dropna())))
    problem = good["region_code"].map(dict(zip(rmap["raw"], rmap["problem"], strict=True))).fillna("")
    problem[good["region_code"].isna()] = "unknown_region"
    problem[(problem == "") & ~good["industry_code"].isin(set(conc["raw_industry"]))] = "unknown_industry"
    for kind, n in good.groupby(problem.to_numpy())["n"].sum().items():
        if kind:
            counts[str(kind)] = counts.get(str(kind), 0) + int(n)
    usable = good[(problem == "").to_numpy()]
    rmap = rmap[rmap["problem"].isna()].rename(columns={"raw": "raw_region", "region_code": "out_region"})
    con.register("rmap", rmap[["raw_region", "out_region"]])
    con.register("conc", conc)
    ymin, ymax = int(usable["ymin"].min()), int(usable["ymax"].max())
    wide = con.sql(HAND_SQL_PANEL.format(y0=ymin, y1=ymax, ymin=ymin, ymax=ymax)).df()
    counts["duplicate"] = int(usable["n"].sum()) - round(float(wide.pop("kept_n").sum()))
    return _melt(wide), counts


def run_pandas(path: Path, args: argparse.Namespace) -> tuple[pd.DataFrame, dict[str, int]]:
    import numpy as np
    import pandas as pd

    limit = int(args.pandas_memory_gb * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    df = pd.read_parquet(path)
    counts: dict[str, int] = {}
    bad = np.zeros(len(df), dtype=bool)
    year_num = df["year"].to_numpy()
    negative = np.zeros(len(df), dtype=bool)
    for m in MEASURE_COLS:
        negative |= df[m].to_numpy() < 0
    for kind, mask in (
        ("missing_firm_id", df["firm_id"].isna().to_numpy()),
        ("missing_year", df["year"].isna().to_numpy()),
        ("bad_year", (year_num < 1000) | (year_num > 9999)),
        ("negative_value", negative),
    ):
        mask = mask & ~bad
        counts[kind] = int(mask.sum())
        bad |= mask
    region = df["region_code"].astype("category")
    industry = df["industry_code"].astype("category")
    r_cats = [str(c) for c in region.cat.categories]
    i_cats = [str(c) for c in industry.cat.categories]
    rmap, conc = _maps(r_cats, i_cats)
    # per category: the province index (or -1 with its problem) and the lexical rank of the code as written
    provinces = sorted(set(rmap["region_code"].dropna()))
    prov_of = np.array([provinces.index(c) if isinstance(c, str) else -1 for c in rmap["region_code"]] + [-1])
    r_rank = np.argsort(np.argsort(np.array(r_cats, dtype=object))).tolist() + [len(r_cats)]
    i_known = np.array([c in set(conc["raw_industry"]) for c in i_cats] + [False])
    i_rank = np.argsort(np.argsort(np.array(i_cats, dtype=object))).tolist() + [len(i_cats)]
    rc = region.cat.codes.to_numpy().astype(np.int64)  # -1 (missing) -> last entry
    ic = industry.cat.codes.to_numpy().astype(np.int64)
    prov = prov_of[rc]
    region_problem = dict(zip(range(len(r_cats)), rmap["problem"], strict=True))
    for kind in ("unknown_region", "region_above_level"):
        codes = np.array([k for k, p in region_problem.items() if p == kind] + ([-1] if kind == "unknown_region" else []))
        mask = ~bad & np.isin(rc, codes)
        counts[kind] = int(mask.sum())
        bad |= mask
    mask = ~bad & ~i_known[ic]
    counts["unknown_industry"] = int(mask.sum())
    bad |= mask
    use = np.flatnonzero(~bad)
    firm = df["firm_id"].to_numpy()[use]
    year = year_num[use].astype(np.int64)
    meas = {m: df[m].to_numpy()[use].astype(np.float64) for m in MEASURE_COLS}
    del df, region, industry
    rcu, icu = rc[use], ic[use]
    # one record per firm and year: sort by firm, year, then the keep order; the first is kept
    keys = [-np.nan_to_num(meas[m], nan=-1.0) for m in reversed(MEASURE_COLS)]
    order = np.lexsort((*keys, np.asarray(i_rank)[icu], np.asarray(r_rank)[rcu], year, firm))
    firm, year, rcu, icu = firm[order], year[order], rcu[order], icu[order]
    dup = np.r_[False, (firm[1:] == firm[:-1]) & (year[1:] == year[:-1])]
    counts["duplicate"] = int(dup.sum())
    kept = order[~dup]
    firm, year = firm[~dup], year[~dup]
    prov_k, ind_k = prov[use][kept], icu[~dup]
    meas = {m: v[kept] for m, v in meas.items()}
    ymin, ymax = int(year.min()), int(year.max())
    y0, y1 = ymin, ymax
    same_prev = np.r_[False, firm[1:] == firm[:-1]]
    same_next = np.r_[same_prev[1:], False]
    prev_year = np.r_[0, year[:-1]]
    next_year = np.r_[year[1:], 0]
    in_win = (year >= y0) & (year <= y1)
    entry = in_win & (year > ymin) & (~same_prev | (prev_year < year - 1))
    exit_after = (year < ymax) & (year + 1 >= y0) & (year + 1 <= y1) & (~same_next | (next_year > year + 1))
    frame = pd.DataFrame({"region": prov_k, "industry": ind_k, "year": year,
                          "firm_entries": entry.astype(np.int64), **meas})
    grouped = frame[in_win].groupby(["region", "industry", "year"], sort=False)
    active = grouped.agg(firms_active=("year", "size"), firm_entries=("firm_entries", "sum"),
                         **{m: (m, "sum") for m in MEASURE_COLS})
    exits = (frame.loc[exit_after, ["region", "industry", "year"]].assign(year=lambda d: d["year"] + 1)
             .groupby(["region", "industry", "year"], sort=False).size().rename("firm_exits"))
    wide = active.join(exits, how="outer").reset_index()
    # province and raw-division labels, then the concordance (weights)
    wide["region_code"] = np.array(provinces, dtype=object)[wide["region"].to_numpy()]
    wide["raw_industry"] = np.array(i_cats, dtype=object)[wide["industry"].to_numpy()]
    metrics = [*COUNT_COLS, *MEASURE_COLS]
    joined = wide.merge(conc, on="raw_industry")
    joined[metrics] = joined[metrics].mul(joined["weight"], axis=0)
    panel = (joined.rename(columns={"to_code": "industry_code"})
             .groupby(["region_code", "industry_code", "year"], as_index=False)[metrics].sum(min_count=1))
    return _melt(panel), counts


def run_spark(path: Path, args: argparse.Namespace) -> tuple[pd.DataFrame, dict[str, int]]:
    from indupath.store.engines import connect
    from indupath.store.panels import build_panel_from

    con = connect("spark", spark_master="local[2]", spark_conf={"spark.driver.memory": args.spark_memory})
    start = time.perf_counter()
    res = build_panel_from(path, con=con, region_level="province")
    print(json.dumps({"spark_build_s": time.perf_counter() - start}), file=sys.stderr)
    return res.observations, res.report.as_dict()


RUNNERS = {"ibis": run_ibis, "sql": run_sql, "pandas": run_pandas, "spark": run_spark}


def _warm_up(which: str) -> None:
    """Import the libraries before the clock starts: we time the computation, not Python imports."""
    import duckdb  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    import indupath.store.panels

    indupath.store.panels.region_map(["110101"], "province")  # loads the region table
    if which in ("ibis", "spark"):
        import ibis  # noqa: F401


def child(which: str, path: Path, args: argparse.Namespace) -> None:
    _warm_up(which)
    start = time.perf_counter()
    cpu0 = _cpu_s()
    try:
        panel, counts = RUNNERS[which](path, args)
        n, status = len(panel), "ok"
    except MemoryError:
        panel, counts = None, {}
        n, status = 0, f"out of memory (limit {args.pandas_memory_gb} GB)"
    elapsed = time.perf_counter() - start
    cpu = _cpu_s() - cpu0  # the JVM's CPU is only counted once it has exited (after the session stops)
    if panel is not None and args.dump:
        # after the clock: the panel and counts, for the identity check in the parent
        panel[["region_code", "industry_code", "year", "metric", "value"]].to_parquet(args.dump + ".parquet")
        Path(args.dump + ".json").write_text(json.dumps({k: v for k, v in counts.items() if v}))
    print(json.dumps({"engine": which, "seconds": elapsed, "cpu_s": cpu, "peak_mb": _peak_mb(), "rows_out": n,
                      "status": status}))


def measure(which: str, path: Path, argv: list[str], dump: Path | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", which, "--input", str(path), *argv]
    if dump is not None:
        cmd += ["--dump", str(dump)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or "").strip().splitlines()[-3:]
        killed = proc.returncode < 0 or "MemoryError" in (proc.stderr or "")
        return {"engine": which, "status": ("out of memory" if killed else "failed") + f": {' | '.join(tail)}"}
    result: dict[str, Any] = json.loads(lines[-1])
    for ln in (proc.stderr or "").splitlines():
        if ln.startswith("{"):
            result.update(json.loads(ln))
    if dump is not None:
        result["dump"] = str(dump)
    return result


# ---------------------------------------------------------------- the identity check


def _load_dump(dump: str) -> tuple[pd.DataFrame, dict[str, int]]:
    import pandas as pd

    panel = pd.read_parquet(dump + ".parquet")
    panel = panel.astype({"region_code": str, "industry_code": str, "year": "int64", "metric": str,
                          "value": "float64"})
    panel = panel.sort_values(["metric", "region_code", "industry_code", "year"]).reset_index(drop=True)
    return panel, json.loads(Path(dump + ".json").read_text())


def check_identical(results: list[dict[str, Any]], expect: dict[str, Any]) -> list[str]:
    """Compare the dumped panels of ``results`` with each other and with the injection; return the findings.

    Raises SystemExit (stops the benchmark) on any difference: other rows, a different
    firm count, a summed measure off by more than :data:`MEASURE_RTOL` relative, other
    bad-record counts, or totals that do not match the injection.
    """
    import numpy as np

    done = [r for r in results if r.get("status") == "ok" and "dump" in r]
    if not done:
        return []
    problems: list[str] = []
    notes: list[str] = []
    loaded = {r["engine"]: _load_dump(r["dump"]) for r in done}
    ref_name = next(iter(loaded))
    ref, ref_counts = loaded[ref_name]
    key = ["metric", "region_code", "industry_code", "year"]
    for name, (panel, counts) in loaded.items():
        totals = panel.groupby("metric")["value"].sum()
        want = {"firms_active": expect["firms_active"], "firm_entries": expect["firm_entries"],
                "firm_exits": expect["firm_exits"], "employment": expect["employment"]}
        for metric, value in want.items():
            if float(totals.get(metric, 0.0)) != float(value):
                problems.append(f"{name}: total {metric} {totals.get(metric, 0.0):,.0f}, injection implies {value:,}")
        if counts != expect["counts"]:
            problems.append(f"{name}: bad-record counts {counts}, injected {expect['counts']}")
        if name == ref_name:
            continue
        if counts != ref_counts:
            problems.append(f"{name}: bad-record counts {counts} != {ref_name} {ref_counts}")
        if len(panel) != len(ref) or not panel[key].equals(ref[key]):
            merged = ref[key].merge(panel[key], how="outer", indicator=True)
            diff = merged[merged["_merge"] != "both"]
            problems.append(f"{name}: {len(panel):,} rows vs {ref_name} {len(ref):,}; differing keys e.g. "
                            f"{diff.head(5).to_dict('records')}")
            continue
        counts_rows = ref["metric"].isin(COUNT_COLS).to_numpy()
        a, b = ref["value"].to_numpy(), panel["value"].to_numpy()
        n_count_diff = int((a[counts_rows] != b[counts_rows]).sum())
        if n_count_diff:
            bad_at = np.flatnonzero(counts_rows & (a != b))[:5]
            problems.append(f"{name}: {n_count_diff} firm counts differ from {ref_name}, e.g. "
                            f"{ref.iloc[bad_at].to_dict('records')} vs {b[bad_at].tolist()}")
        rel = np.abs(a - b) / np.maximum(np.abs(a), 1e-300)
        worst = float(rel[~counts_rows].max()) if (~counts_rows).any() else 0.0
        if worst > MEASURE_RTOL:
            problems.append(f"{name}: a summed measure differs from {ref_name} by {worst:.2e} relative")
        notes.append(f"{name} = {ref_name}: {len(panel):,} rows, firm counts equal, measures within "
                     f"{worst:.1e} relative")
    if problems:
        raise SystemExit("IDENTITY CHECK FAILED:\n  " + "\n  ".join(problems))
    notes.append(f"all match the injection: {expect['counts']} bad records, {expect['gaps']:,} gaps; totals "
                 f"active {expect['firms_active']:,}, entries {expect['firm_entries']:,}, "
                 f"exits {expect['firm_exits']:,}, employment {expect['employment']:,}")
    return notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000_000, help="firm-year rows for ibis/sql/pandas")
    ap.add_argument("--spark-rows", type=int, default=10_000_000, help="rows for the Spark run (0: skip)")
    ap.add_argument("--pandas-rows", type=int, default=None, help="extra pandas+ibis run on this many rows")
    ap.add_argument("--check-rows", type=int, default=200_000,
                    help="rows of the identity check run before timing (0: skip; the timed runs are checked too)")
    ap.add_argument("--inject-rate", type=float, default=0.001,
                    help="duplicates and one-year gaps injected, each as a fraction of the rows "
                         "(0: no injection at all, not even the bad records: the clean generator output)")
    ap.add_argument("--engines", default="ibis,sql,pandas", help="comma list of ibis, sql, pandas")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--duckdb-memory", default="6GB")
    ap.add_argument("--pandas-memory-gb", type=float, default=8.0)
    ap.add_argument("--spark-memory", default="4g")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, Path(args.input), args)
        return
    passthrough = ["--threads", str(args.threads), "--duckdb-memory", args.duckdb_memory,
                   "--pandas-memory-gb", str(args.pandas_memory_gb), "--spark-memory", args.spark_memory]
    engines = [e for e in args.engines.split(",") if e]
    dumps = WORK / "dumps"
    dumps.mkdir(parents=True, exist_ok=True)
    if args.check_rows:
        path, expect = data_file(args.check_rows, args.inject_rate)
        checked = [measure(e, path, passthrough, dumps / f"check_{args.check_rows}_{e}") for e in engines]
        failed = [f"{r['engine']}: {r['status']}" for r in checked if r.get("status") != "ok"]
        if failed:
            raise SystemExit("identity check could not run: " + "; ".join(failed))
        for line in check_identical(checked, expect):
            print(f"identity check ({args.check_rows:,} rows): {line}", flush=True)
    results = []
    plan = [(args.rows, e) for e in engines]
    if args.pandas_rows:
        plan += [(args.pandas_rows, "ibis"), (args.pandas_rows, "sql"), (args.pandas_rows, "pandas")]
    if args.spark_rows:
        plan += [(args.spark_rows, "spark"), (args.spark_rows, "ibis")]
    done = set()
    for rows, engine in plan:
        if (rows, engine) in done:
            continue
        done.add((rows, engine))
        path, _ = data_file(rows, args.inject_rate)
        load = os.getloadavg()
        res = measure(engine, path, passthrough, dumps / f"run_{rows}_{engine}")
        res["rows_in"] = rows
        res["load_before"] = load
        res["load_after"] = os.getloadavg()
        results.append(res)
        print(json.dumps(res), flush=True)
    for rows in sorted({r["rows_in"] for r in results}):
        _, expect = data_file(rows, args.inject_rate)
        for line in check_identical([r for r in results if r["rows_in"] == rows], expect):
            print(f"identity check ({rows:,} rows, timed runs): {line}", flush=True)
    print("\nrows_in      engine   wall s    CPU s   peak MB   load 1-min before/after   status")
    for r in results:
        print(f"{r['rows_in']:>11,}  {r['engine']:<7} {r.get('seconds', float('nan')):>8.1f} "
              f"{r.get('cpu_s', float('nan')):>8.1f}  {r.get('peak_mb', float('nan')):>8.0f}   "
              f"{r['load_before'][0]:>6.2f} / {r['load_after'][0]:<6.2f}            {r.get('status')}")
    by = {(r["rows_in"], r["engine"]): r for r in results if r.get("status") == "ok"}
    for rows in sorted({r["rows_in"] for r in results}):
        ib, sq, pd_ = by.get((rows, "ibis")), by.get((rows, "sql")), by.get((rows, "pandas"))
        if ib and sq:
            print(f"{rows:,} rows: Ibis / hand SQL wall time = {ib['seconds'] / sq['seconds']:.2f}, "
                  f"CPU time = {ib['cpu_s'] / sq['cpu_s']:.2f} (goal <= 1.5)")
        if ib and pd_:
            print(f"{rows:,} rows: pandas / Ibis wall time = {pd_['seconds'] / ib['seconds']:.1f}, "
                  f"CPU time = {pd_['cpu_s'] / ib['cpu_s']:.1f} (goal >= 10)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
