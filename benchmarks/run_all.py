"""Run every benchmark in sequence (``make bench``).

Each script prints its own figures and the ratios against the anchors it measures
in the same run; none of them is a pass/fail test. Sizes here are the defaults a
developer can afford on a 2-core machine in a few minutes; the issue-sized runs
are documented in each script's docstring (e.g. ``bench_panels.py --rows 100000000``).
Set ``INDUPATH_BENCH_FULL=1`` to run those instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FULL = os.environ.get("INDUPATH_BENCH_FULL") == "1"

RUNS: list[list[str]] = [
    ["bench_complexity.py", "--repeat", "2"] + (["--county"] if FULL else []),
    ["bench_extract.py", "--mb", "20" if FULL else "2"],
    ["bench_panels.py", "--rows", "100000000" if FULL else "2000000",
     "--spark-rows", "10000000" if FULL else "500000"],
    ["bench_load.py", "--users", "50", "--seconds", "60" if FULL else "15"],
]


def main() -> int:
    failed = []
    for args in RUNS:
        print(f"\n=== {' '.join(args)} ===", flush=True)
        rc = subprocess.call([sys.executable, str(HERE / args[0]), *args[1:]])
        if rc != 0:
            failed.append(args[0])
    if failed:
        print(f"\nbenchmarks that failed to run: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
