"""Schema versions: a fresh file is current, an old file is migrated, a newer one is refused."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from indupath.errors import SchemaVersionError, StoreError
from indupath.store import CURRENT_VERSION, TABLES, Store
from indupath.store.schema import MIGRATIONS, migrate, read_version


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]


def test_fresh_store_is_current(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new.duckdb") as store:
        assert store.schema_version == CURRENT_VERSION == len(MIGRATIONS) == 3
        assert set(store.table_counts()) == set(TABLES)
        assert all(n == 0 for n in store.table_counts().values())


def _make_v1(path: Path) -> None:
    con = duckdb.connect(str(path))
    assert migrate(con, target=1) == (0, 1)
    con.execute(
        "INSERT INTO regions VALUES ('340000', 'GB/T 2260', '安徽省', 'Anhui', 'province', NULL, [], ['皖'])"
    ).fetchall()
    con.execute(
        "INSERT INTO observations VALUES ('340000', 'C39', 'GB/T 4754-2017', 2022, 'revenue', 6.753e11, 'CNY', 'v1')"
    ).fetchall()
    con.execute(
        'INSERT INTO audit_log ("at", "user", action, table_name, row_key) '
        "VALUES (TIMESTAMP '2024-01-02 03:04:05', 'old', 'import', 'observations', 'v1.csv')"
    ).fetchall()
    con.close()


def test_version_1_file_is_migrated_on_open_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    _make_v1(path)
    con = duckdb.connect(str(path))
    assert read_version(con) == 1
    assert "users" not in {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    assert "file" not in _columns(con, "audit_log")
    con.close()

    with Store.open(path) as store:
        assert store.schema_version == CURRENT_VERSION
        counts = store.table_counts()
        assert counts["regions"] == 1 and counts["observations"] == 1 and counts["audit_log"] == 2
        upgrade = store.audit(1).iloc[0]
        assert (upgrade["action"], upgrade["table_name"]) == ("migrate", "meta")
        assert json.loads(upgrade["before"]) == {"schema_version": 1}
        assert json.loads(upgrade["after"]) == {"schema_version": CURRENT_VERSION}
        assert store.regions()[0].aliases == ("皖",)
        assert store.observations()["value"].tolist() == [6.753e11]
        assert {"file", "indupath_version"} <= set(_columns(store.con, "audit_log"))
        old = store.audit(5)
        assert old.loc[1, "user"] == "old" and old.loc[1, "file"] is None
        # the upgraded file takes writes of the new version
        store.add_user("ann", "hash", "editor", ["340000"])
        assert store.user_regions("ann") == ["340000"]
        assert store.audit(1).loc[0, "indupath_version"]


def test_migrate_is_idempotent_and_reports_versions(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    _make_v1(path)
    con = duckdb.connect(str(path))
    assert migrate(con) == (1, CURRENT_VERSION)
    assert migrate(con) == (CURRENT_VERSION, CURRENT_VERSION)
    con.close()


def test_cli_db_migrate_upgrades_a_version_1_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from indupath.cli import main

    path = tmp_path / "v1.duckdb"
    _make_v1(path)
    main(["db", "migrate", "--db", str(path)])
    assert f"1 -> {CURRENT_VERSION}" in capsys.readouterr().out
    with Store.open(path, read_only=True) as store:
        assert store.schema_version == CURRENT_VERSION
        assert store.audit(1).loc[0, "action"] == "migrate"


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    with Store.open(path) as store:
        store.con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'").fetchall()
    with pytest.raises(SchemaVersionError) as info:
        Store.open(path)
    assert "99" in str(info.value) and str(CURRENT_VERSION) in str(info.value)
    with pytest.raises(SchemaVersionError):
        Store.open(path, read_only=True)
    con = duckdb.connect(str(path), read_only=True)
    assert read_version(con) == 99
    con.close()


def test_read_only_open_refuses_a_file_that_needs_migrating(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    _make_v1(path)
    with pytest.raises(StoreError, match="migrat"):
        Store.open(path, read_only=True)


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add_user("bob", "h", "viewer")


def test_read_only_open_of_missing_file_fails(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_a_foreign_duckdb_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (x INTEGER)").fetchall()
    con.close()
    with pytest.raises(StoreError, match="not an indupath store"):
        Store.open(path)


def test_a_store_locked_by_another_process_fails_clearly(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "locked.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom indupath.store import Store\ns = Store.open(sys.argv[1])\n"
            "print('ready', flush=True)\nsys.stdin.readline()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="cannot open the store"):
            Store.open(path)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
    with Store.open(path) as store:
        assert store.schema_version == CURRENT_VERSION
