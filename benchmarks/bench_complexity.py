"""Benchmark the complexity chain RCA → M → proximity → density → ECI/PCI/COI/COG.

Synthetic data (labelled so): ``numpy.random.default_rng(0)``, values lognormal(0, 2)
with 40 % of the cells set to zero (zero cells are left out of the long table, as
statistical panels usually do).

1. 300 regions × 1,000 industries × 10 years: wall and CPU time of
   ``indupath.analysis.complexity`` (goal ≤ 1 s) and its peak traced memory (goal ≤
   0.5 GB); the ratio against the Growth Lab's ``ecomplexity`` 0.5.3 (goal ≥ 25×)
   measured in the same run on the same panel; and the largest absolute ECI
   difference from it (goal ≤ 1e-10), with our standardisation set to its
   convention (mean and population s.d. over regions).
2. ``--county``: 2,850 regions × 1,400 industries × 20 years (goal ≤ 20 s on 2 cores),
   with ``cells=False`` (the 80-million-row cell frame is not materialised; every
   indicator is still computed); eigenvectors by Lanczos at this order (the default),
   checked against LAPACK on two of the years.

Run: ``.venv/bin/python benchmarks/bench_complexity.py [--threads N] [--workers W] [--county] [--repeat K]``.
``--threads`` caps the BLAS threads (threadpoolctl) for both libraries alike;
``--workers`` (default 2) is ``complexity(workers=...)``: that many years at once, BLAS
at one thread each. CPU time is ``time.process_time`` (all threads of the process);
the load average is printed because other jobs share the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd


def synthetic_panel(regions: int, industries: int, years: int, seed: int = 0) -> pd.DataFrame:
    """SYNTHETIC long panel: lognormal(0, 2) values, 40 % zero cells dropped; seeded."""
    rng = np.random.default_rng(seed)
    frames = []
    for t in range(years):
        x = rng.lognormal(0.0, 2.0, (regions, industries))
        x[rng.random((regions, industries)) < 0.4] = 0.0
        r, i = np.nonzero(x)
        frames.append(
            pd.DataFrame(
                {
                    "region": r.astype(np.int32),
                    "industry": i.astype(np.int32),
                    "year": np.full(len(r), 2000 + t, dtype=np.int16),
                    "value": x[r, i],
                }
            )
        )
    df = pd.concat(frames, ignore_index=True)
    df.attrs["source"] = f"SYNTHETIC: default_rng({seed}), lognormal(0, 2), 40 % zeros"
    return df


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Best wall and CPU seconds over ``repeat`` runs, and the last result."""
    best_wall = best_cpu = float("inf")
    out = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return best_wall, best_cpu, out


def peak_memory(fn: Callable[[], Any]) -> float:
    """Peak traced Python/numpy allocation of ``fn()`` in GB (tracemalloc)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e9


def load() -> str:
    """The 1, 5 and 15-minute load averages of the machine (other jobs share it)."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def run_ecomplexity(df: pd.DataFrame) -> pd.DataFrame:
    """The Growth Lab ``ecomplexity`` package on the same panel (its prints and warnings muted)."""
    from ecomplexity import ecomplexity

    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ecomplexity(
            df,
            {"time": "year", "loc": "region", "prod": "industry", "val": "value"},
            check_logsupermodularity=False,
            verbose=False,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="cap BLAS threads (default: library default)"
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--workers",
        type=int,
        default=2,
        help="years computed at once by complexity(workers=...) (default 2: one per core)",
    )
    parser.add_argument("--county", action="store_true", help="also run the 2,850 x 1,400 x 20 panel")
    parser.add_argument("--skip-reference", action="store_true", help="do not run ecomplexity")
    args = parser.parse_args(argv)

    # Load every BLAS library (numpy's and scipy's) before capping threads:
    # threadpoolctl only limits the libraries already loaded when the cap is set.
    import scipy.linalg  # noqa: F401

    import indupath
    from indupath.analysis import complexity

    if not args.skip_reference:
        import ecomplexity  # noqa: F401

    limiter: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
    if args.threads is not None:
        from threadpoolctl import threadpool_limits

        limiter = threadpool_limits(limits=args.threads)

    print(
        f"indupath {indupath.__version__}; numpy {np.__version__}; pandas {pd.__version__}; "
        f"cores {os.cpu_count()}; BLAS threads {args.threads or 'default'}; workers {args.workers} "
        f"(BLAS 1 thread each when > 1); load average {load()}"
    )
    with limiter:
        from threadpoolctl import threadpool_info

        blas = [
            f"{i['filepath'].rsplit('/', 1)[-1]}: {i['num_threads']}"
            for i in threadpool_info()
            if i["user_api"] == "blas"
        ]
        print(f"BLAS libraries and their threads now: {'; '.join(blas)}")
        df = synthetic_panel(300, 1000, 10)
        print(f"\n[1] SYNTHETIC panel 300 x 1000 x 10: {len(df):,} non-zero rows")
        wall, cpu, res = timed(lambda: complexity(df, workers=args.workers), args.repeat)
        print(
            f"indupath chain (cell frame not accessed): best wall {wall:.3f} s, CPU {cpu:.3f} s  [goal <= 1 s]"
        )
        wall_c, cpu_c, _ = timed(lambda: complexity(df, workers=args.workers).cells, args.repeat)
        print(
            f"indupath chain + tidy cell frame ({len(res.cells):,} rows): wall {wall_c:.3f} s, CPU {cpu_c:.3f} s"
        )
        mem = peak_memory(lambda: complexity(df, workers=args.workers).cells)
        print(f"peak traced memory, chain + cell frame: {mem:.3f} GB  [goal <= 0.5 GB]")
        if not args.skip_reference:
            import importlib.metadata as md

            version = md.version("ecomplexity")
            ref_wall, ref_cpu, ref = timed(lambda: run_ecomplexity(df), 1)
            print(f"ecomplexity {version}: wall {ref_wall:.3f} s, CPU {ref_cpu:.3f} s")
            print(
                f"ratio (ecomplexity / indupath chain with cells), wall: {ref_wall / wall_c:.1f}x, "
                f"CPU: {ref_cpu / cpu_c:.1f}x  [goal >= 25x]"
            )
            # ecomplexity returns every cell, so the line above is the like-for-like one
            print(
                f"ratio (ecomplexity / indupath chain alone), wall: {ref_wall / wall:.1f}x, CPU: {ref_cpu / cpu:.1f}x"
            )
            ours = complexity(df, standardize="regions", ddof=0).regions
            ours = ours.assign(region=ours["region"].astype(np.int64), year=ours["year"].astype(np.int64))
            theirs = ref.groupby(["region", "year"], as_index=False)["eci"].first()
            merged = theirs.merge(ours, on=["region", "year"], suffixes=("_ref", ""))
            diff = float(np.max(np.abs(merged["eci_ref"].to_numpy() - merged["eci"].to_numpy())))
            print(
                f"largest |ECI - ecomplexity ECI| over {len(merged):,} region-years: {diff:.3e}  [goal <= 1e-10]"
            )
        print(f"load average now {load()}")
        if args.county:
            t0 = time.perf_counter()
            big = synthetic_panel(2850, 1400, 20)
            print(
                f"\n[2] SYNTHETIC county panel 2850 x 1400 x 20: {len(big):,} non-zero rows "
                f"(generated in {time.perf_counter() - t0:.1f} s)"
            )
            wall, cpu, res = timed(lambda: complexity(big, cells=False, workers=args.workers), 1)
            print(f"indupath chain, cells=False: wall {wall:.2f} s, CPU {cpu:.2f} s  [goal <= 20 s]")
            wall32, cpu32, _ = timed(
                lambda: complexity(big, cells=False, density_dtype=np.float32, workers=args.workers), 1
            )
            print(f"same with float32 density/COG products: wall {wall32:.2f} s, CPU {cpu32:.2f} s")
            print(f"degenerate years: {int(res.diagnostics['degenerate'].sum())}; load average now {load()}")
            # Lanczos (the default at this order) against LAPACK on two of the years
            two = big[big["year"] < int(big["year"].min()) + 2]
            a = complexity(two, cells=False, eigen_solver="lanczos").regions["eci"].to_numpy()
            b = complexity(two, cells=False, eigen_solver="lapack").regions["eci"].to_numpy()
            print(f"largest |ECI(Lanczos) - ECI(LAPACK)| over two county years: {np.max(np.abs(a - b)):.3e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
