"""A process killed with SIGKILL in the middle of a large import leaves the store readable, with
either all of the old contents or all of the new ones, never a part."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from indupath.store import Store

N_ROWS = 600_000
WORKER = """
import sys
from indupath.store import Store
from indupath.store.loading import load_files
store = Store.open(sys.argv[1])
print("ready", flush=True)
write = store._write_observations
def announced(*args, **kwargs):
    print("writing", flush=True)
    return write(*args, **kwargs)
store._write_observations = announced
load_files(store, [sys.argv[2]], user="worker")
store.close()
print("done", flush=True)
"""


def _big_file(path: Path, value: float) -> None:
    """Synthetic rows (seeded order): 1,500 regions x 20 industries x 20 years, one metric, constant value."""
    rng = np.random.default_rng(7)
    regions = np.repeat(np.arange(1500), 400).astype(str)
    industries = np.tile(np.repeat(np.arange(20), 20), 1500).astype(str)
    years = np.tile(np.arange(2000, 2020), 30000)
    order = rng.permutation(N_ROWS)
    pd.DataFrame(
        {
            "region_code": regions[order],
            "industry_code": industries[order],
            "scheme": "SYNTHETIC",
            "year": years[order],
            "metric": "synthetic_output",
            "value": value,
            "unit": "万元",
        }
    ).to_parquet(path, index=False)


def _state(db: Path) -> tuple[int, set[float], dict[str, int]]:
    with Store.open(db) as store:
        rows = store.con.execute(
            "SELECT count(*), list(DISTINCT value) FROM observations WHERE metric = 'synthetic_output'"
        ).fetchall()[0]
        fixture = store.observations(metric="revenue")
        assert fixture["value"].tolist() == [1.0e11, 7.0e10, 2.0e11]
        counts = store.table_counts()
    with Store.open(db, read_only=True) as ro:
        assert ro.table_counts() == counts
    return int(rows[0]), set(rows[1] or []), counts


@pytest.mark.slow
def test_sigkill_during_import_keeps_old_or_new_contents(tmp_path: Path) -> None:
    db = tmp_path / "kill.duckdb"
    with Store.open(db) as store:
        # regions stay empty here so that synthetic region codes are accepted
        store.insert_observations(
            pd.DataFrame(
                {
                    "region_code": ["340000", "430000", "440000"],
                    "industry_code": ["C39", "C39", "C38"],
                    "scheme": ["GB/T 4754-2017"] * 3,
                    "year": [2021] * 3,
                    "metric": ["revenue"] * 3,
                    "value": [1.0e11, 7.0e10, 2.0e11],
                    "unit": ["CNY"] * 3,
                }
            ),
            source="fixture",
        )
    # kill while reading and validating, and (mostly) inside the write transaction
    plan = [
        ("ready", 0.2),
        ("writing", 0.0),
        ("writing", 0.2),
        ("writing", 0.5),
        ("writing", 1.0),
        ("writing", 2.0),
    ]
    killed_mid_import = 0
    timings: list[tuple[float, bool, float]] = []
    expected_count, expected_values = 0, set()
    for i, (phase, delay) in enumerate(plan):
        value = float(i + 1)
        big = tmp_path / f"big{i}.parquet"
        _big_file(big, value)
        proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db), str(big)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        if phase == "writing":
            assert proc.stdout.readline().strip() == "writing"
        started = time.monotonic()
        time.sleep(delay)
        still_running = proc.poll() is None
        # Popen.kill, not os.kill: an import that finished within the delay has been reaped by poll(), and
        # os.kill on its pid raised ProcessLookupError (which also left the pipe open until GC)
        proc.kill()
        proc.wait()
        proc.stdout.close()
        count, values, counts = _state(db)
        if still_running and phase == "writing":
            killed_mid_import += 1
        timings.append((delay, still_running, round(time.monotonic() - started, 2)))
        # all or nothing: the previous state, or this import complete
        if count == expected_count and values == expected_values:
            pass
        else:
            assert (count, values) == (N_ROWS, {value * 1e4}), (i, delay, count, values)
            expected_count, expected_values = N_ROWS, {value * 1e4}
        assert counts["observations"] == 3 + expected_count
    assert killed_mid_import >= 3, f"only {killed_mid_import} kills hit a running write: {timings}"
    # the store still takes the same import to the end
    big = tmp_path / "big0.parquet"
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(db), str(big)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    count, values, counts = _state(db)
    assert (count, values) == (N_ROWS, {1e4})
