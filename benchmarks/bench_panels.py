"""Benchmark: synthetic firm-year rows in Parquet -> province x division x year panel.

Compares, on the same SYNTHETIC input (indupath.synthetic, seeded):

* ``ibis``   — :func:`indupath.store.panels.build_panel` on DuckDB through Ibis;
* ``sql``    — the same algorithm hand-written in DuckDB SQL (goal: Ibis within 1.5x);
* ``pandas`` — the same algorithm in pandas, under an address-space limit
  (``resource.setrlimit(RLIMIT_AS)``) so that it fails with MemoryError instead of
  taking the shared machine down (goal: Ibis >= 10x faster, or pandas out of memory);
* ``spark``  — the Ibis builder on PySpark ``local[2]`` on a smaller file (``--spark-rows``).

Each run is a separate child process: time is wall-clock of the build (reading
included), peak memory is the child's maximum resident set (plus its own children,
i.e. the JVM for Spark). DuckDB runs get ``--threads`` and ``--duckdb-memory``.

    nice .venv/bin/python benchmarks/bench_panels.py --rows 100000000 --spark-rows 10000000

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
from typing import Any

ROOT = Path(__file__).resolve().parent
WORK = ROOT / "_work"
SEED = 20240501


def _cpu_s() -> float:
    """User + system CPU seconds of this process and its waited-for children (the JVM for Spark)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def data_file(rows: int) -> Path:
    """Generate (once) the synthetic input with ``rows`` firm-year rows."""
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


# ---------------------------------------------------------------- the three implementations (run in a child)


def run_ibis(path: Path, args: argparse.Namespace) -> int:
    from indupath.store.engines import connect
    from indupath.store.panels import build_panel_from

    con = connect("duckdb", threads=args.threads)
    con.raw_sql(f"SET memory_limit = '{args.duckdb_memory}'")
    con.raw_sql(f"SET temp_directory = '{WORK / 'duckdb_tmp'}'")
    res = build_panel_from(path, con=con, region_level="province")
    return len(res.observations)


HAND_SQL_SUMMARY = """
CREATE TEMP VIEW t AS
SELECT firm_id, region_code, industry_code, year, employment, revenue, tax, capital,
       CASE WHEN firm_id IS NULL THEN 'missing_firm_id'
            WHEN year IS NULL THEN 'missing_year'
            WHEN coalesce(employment, 0) < 0 OR coalesce(revenue, 0) < 0
              OR coalesce(tax, 0) < 0 OR coalesce(capital, 0) < 0 THEN 'negative_value'
       END AS problem
FROM read_parquet('{path}');
"""

HAND_SQL_PANEL = """
WITH good AS (SELECT * FROM t WHERE problem IS NULL),
bounds AS (SELECT firm_id, min(year) AS first, max(year) AS last FROM good GROUP BY firm_id),
agg AS (
  SELECT r.out_region AS region, g.industry_code AS industry, g.year::BIGINT AS year,
         count(*) FILTER (WHERE g.year BETWEEN {y0} AND {y1}) AS a,
         count(*) FILTER (WHERE g.year = b.first AND b.first > {ymin} AND g.year BETWEEN {y0} AND {y1}) AS e,
         count(*) FILTER (WHERE g.year = b.last AND b.last < {ymax} AND g.year + 1 BETWEEN {y0} AND {y1}) AS x,
         sum(g.employment::DOUBLE) FILTER (WHERE g.year BETWEEN {y0} AND {y1}) AS employment,
         sum(g.revenue) FILTER (WHERE g.year BETWEEN {y0} AND {y1}) AS revenue,
         sum(g.tax) FILTER (WHERE g.year BETWEEN {y0} AND {y1}) AS tax,
         sum(g.capital) FILTER (WHERE g.year BETWEEN {y0} AND {y1}) AS capital
  FROM good g JOIN bounds b USING (firm_id) JOIN rmap r ON g.region_code = r.raw_region
  GROUP BY ALL),
events AS (
  SELECT region, industry, year, a, e, 0 AS x, employment, revenue, tax, capital FROM agg WHERE a > 0
  UNION ALL
  SELECT region, industry, year + 1, 0, 0, x, NULL, NULL, NULL, NULL FROM agg WHERE x > 0),
wide AS (
  SELECT region, industry, year, sum(a) AS a, sum(e) AS e, sum(x) AS x, sum(employment) AS employment,
         sum(revenue) AS revenue, sum(tax) AS tax, sum(capital) AS capital
  FROM events GROUP BY ALL)
SELECT w.region AS region_code, c.to_code AS industry_code, w.year,
       sum(w.a * c.weight) AS firms_active, sum(w.e * c.weight) AS firm_entries, sum(w.x * c.weight) AS firm_exits,
       sum(w.employment * c.weight) AS employment, sum(w.revenue * c.weight) AS revenue,
       sum(w.tax * c.weight) AS tax, sum(w.capital * c.weight) AS capital
FROM wide w JOIN conc c ON w.industry = c.raw_industry GROUP BY ALL
"""


def run_sql(path: Path, args: argparse.Namespace) -> int:
    import duckdb
    import pandas as pd

    from indupath.store import panels

    con = duckdb.connect()
    con.execute(f"SET threads = {args.threads}")
    con.execute(f"SET memory_limit = '{args.duckdb_memory}'")
    con.execute(f"SET temp_directory = '{WORK / 'duckdb_tmp'}'")
    con.execute(HAND_SQL_SUMMARY.format(path=str(path).replace("'", "''")))
    summary = con.sql(
        "SELECT problem, region_code, industry_code, count(*) AS n, min(year) AS ymin, max(year) AS ymax "
        "FROM t GROUP BY ALL"
    ).df()
    good = summary[summary["problem"].isna()]
    rmap = panels.region_map(sorted(set(good["region_code"].dropna())), "province")
    rmap = rmap[rmap["problem"].isna()].rename(columns={"raw": "raw_region", "region_code": "out_region"})
    conc = panels.builtin_concordance(sorted(set(good["industry_code"].dropna())))
    conc = conc.rename(columns={"from_code": "raw_industry"})
    con.register("rmap", rmap[["raw_region", "out_region"]])
    con.register("conc", conc)
    ymin, ymax = int(good["ymin"].min()), int(good["ymax"].max())
    wide = con.sql(HAND_SQL_PANEL.format(y0=ymin, y1=ymax, ymin=ymin, ymax=ymax)).df()
    long = wide.melt(id_vars=["region_code", "industry_code", "year"], var_name="metric", value_name="value")
    long = long[long["value"].notna() & (long["value"] != 0)]
    assert isinstance(long, pd.DataFrame)
    return len(long)


def run_pandas(path: Path, args: argparse.Namespace) -> int:
    import numpy as np
    import pandas as pd

    from indupath.store import panels

    limit = int(args.pandas_memory_gb * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    df = pd.read_parquet(path)
    bad = df["firm_id"].isna() | df["year"].isna()
    for m in ("employment", "revenue", "tax", "capital"):
        bad |= df[m].fillna(0) < 0
    df = df[~bad]
    region = df["region_code"].astype("category")
    rmap = panels.region_map([str(c) for c in region.cat.categories], "province")
    out = [c if isinstance(c, str) else "?" for c in rmap["region_code"]]
    provinces = sorted(set(out))
    lookup = np.array([provinces.index(c) for c in out] + [provinces.index("?") if "?" in provinces else -1])
    codes = region.cat.codes.to_numpy()
    df = df.assign(region=pd.Categorical.from_codes(lookup[codes], categories=pd.Index(provinces)))
    df = df[df["region"] != "?"]
    ymin, ymax = int(df["year"].min()), int(df["year"].max())
    keys = ["region", "industry_code", "year"]
    active = df.groupby(keys, observed=True).agg(
        firms_active=("firm_id", "size"), employment=("employment", "sum"), revenue=("revenue", "sum"),
        tax=("tax", "sum"), capital=("capital", "sum"),
    )
    order = np.lexsort((df["year"].to_numpy(), df["firm_id"].to_numpy()))
    srt = df.iloc[order]
    first = srt.drop_duplicates("firm_id", keep="first")
    last = srt.drop_duplicates("firm_id", keep="last")
    entries = first[first["year"] > ymin].groupby(keys, observed=True).size().rename("firm_entries")
    last = last[last["year"] < ymax].assign(year=lambda d: d["year"] + 1)
    exits = last.groupby(keys, observed=True).size().rename("firm_exits")
    wide = active.join(entries, how="outer").join(exits, how="outer").reset_index()
    long = wide.melt(id_vars=keys, var_name="metric", value_name="value")
    long = long[long["value"].notna() & (long["value"] != 0)]
    return len(long)


def run_spark(path: Path, args: argparse.Namespace) -> int:
    from indupath.store.engines import connect
    from indupath.store.panels import build_panel_from

    con = connect("spark", spark_master="local[2]", spark_conf={"spark.driver.memory": args.spark_memory})
    start = time.perf_counter()
    res = build_panel_from(path, con=con, region_level="province")
    print(json.dumps({"spark_build_s": time.perf_counter() - start}), file=sys.stderr)
    return len(res.observations)


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
        n = RUNNERS[which](path, args)
        status = "ok"
    except MemoryError:
        n, status = 0, f"out of memory (limit {args.pandas_memory_gb} GB)"
    elapsed = time.perf_counter() - start
    cpu = _cpu_s() - cpu0  # the JVM's CPU is only counted once it has exited (after the session stops)
    print(json.dumps({"engine": which, "seconds": elapsed, "cpu_s": cpu, "peak_mb": _peak_mb(), "rows_out": n,
                      "status": status}))


def measure(which: str, path: Path, argv: list[str]) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", which, "--input", str(path), *argv]
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
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000_000, help="firm-year rows for ibis/sql/pandas")
    ap.add_argument("--spark-rows", type=int, default=10_000_000, help="rows for the Spark run (0: skip)")
    ap.add_argument("--pandas-rows", type=int, default=None, help="extra pandas+ibis run on this many rows")
    ap.add_argument("--engines", default="ibis,sql,pandas", help="comma list of ibis, sql, pandas")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--duckdb-memory", default="6GB")
    ap.add_argument("--pandas-memory-gb", type=float, default=8.0)
    ap.add_argument("--spark-memory", default="4g")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, Path(args.input), args)
        return
    passthrough = ["--threads", str(args.threads), "--duckdb-memory", args.duckdb_memory,
                   "--pandas-memory-gb", str(args.pandas_memory_gb), "--spark-memory", args.spark_memory]
    results = []
    plan = [(args.rows, e) for e in args.engines.split(",") if e]
    if args.pandas_rows:
        plan += [(args.pandas_rows, "ibis"), (args.pandas_rows, "sql"), (args.pandas_rows, "pandas")]
    if args.spark_rows:
        plan += [(args.spark_rows, "spark"), (args.spark_rows, "ibis")]
    done = set()
    for rows, engine in plan:
        if (rows, engine) in done:
            continue
        done.add((rows, engine))
        path = data_file(rows)
        res = measure(engine, path, passthrough)
        res["rows_in"] = rows
        results.append(res)
        print(json.dumps(res), flush=True)
    print("\nrows_in      engine   wall s    CPU s   peak MB   status")
    for r in results:
        print(f"{r['rows_in']:>11,}  {r['engine']:<7} {r.get('seconds', float('nan')):>8.1f} "
              f"{r.get('cpu_s', float('nan')):>8.1f}  {r.get('peak_mb', float('nan')):>8.0f}   {r.get('status')}")
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
