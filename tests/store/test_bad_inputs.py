"""The bad-input corpus (tests/data/bad/): every file fails with an InputError naming file, row and
column, and leaves every table of the store exactly as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from indupath.errors import InputError
from indupath.store import Store
from indupath.store.files import parse_map
from indupath.store.loading import load_files

from .conftest import BAD

CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))


def test_corpus_is_large_and_complete() -> None:
    files = {p.name for p in BAD.iterdir() if p.name not in {"cases.json", "make_bad.py", "README.md"}}
    assert len(CASES) >= 20
    assert files == {c["file"] for c in CASES}
    suffixes = {Path(c["file"]).suffix for c in CASES}
    assert {".csv", ".xlsx", ".parquet"} <= suffixes


def _options(raw: dict[str, object]) -> dict[str, object]:
    opts = dict(raw)
    if "map" in opts:
        opts["mapping"] = parse_map([str(opts.pop("map"))])
    return opts


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_bad_file_names_file_row_column_and_changes_nothing(store: Store, tmp_path: Path, case: dict) -> None:
    path = tmp_path / case["file"]
    shutil.copy(BAD / case["file"], path)
    before_counts = store.table_counts()
    before_obs = store.observations()
    with pytest.raises(InputError) as info:
        load_files(store, [path], **_options(case["options"]))
    err = info.value
    assert err.file == str(path)
    assert err.row == case["row"], str(err)
    assert err.column == case["column"], str(err)
    assert case["message"] in str(err)
    assert str(path) in str(err)
    assert store.table_counts() == before_counts
    assert store.observations().equals(before_obs)


def test_good_file_after_bad_file_in_one_call_loads_nothing(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        "region_code,industry_code,scheme,year,metric,value,unit\n340000,C39,GB/T 4754-2017,2023,revenue,1,亿元\n",
        encoding="utf-8",
    )
    bad = tmp_path / "unknown_region.csv"
    shutil.copy(BAD / "unknown_region.csv", bad)
    before = store.table_counts()
    with pytest.raises(InputError) as info:
        load_files(store, [good, bad])
    assert info.value.file == str(bad)
    assert store.table_counts() == before


def test_cli_reports_bad_file_and_exits_2(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from indupath.cli import main

    db = store.path
    store.close()
    path = tmp_path / "negative_employment.csv"
    shutil.copy(BAD / "negative_employment.csv", path)
    with pytest.raises(SystemExit) as exit_info:
        main(["load", str(path), "--db", str(db)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.replace("\n", "")  # rich wraps long lines
    assert "negative_employment.csv" in err and "row 3" in err and "'value'" in err
    with Store.open(db) as again:
        assert again.table_counts()["observations"] == 3
