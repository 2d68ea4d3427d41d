"""The indupath store: one DuckDB file holding reference tables, roadmaps, observations and the audit log.

>>> from indupath.store import Store
>>> with Store.open("indupath.duckdb") as store:          # doctest: +SKIP
...     store.insert_observations(df, source="NBS yearbook 2023")
...     panel = store.panel("employment", "GB/T 4754-2017")

Every write runs in one transaction (all or nothing) and appends to
``audit_log`` who did it, when, what and from which source. Observations are
validated (:mod:`indupath.store.validate`) and converted to base units
(:mod:`indupath.store.units`) before anything is written.

:class:`Store` is assembled from one mixin per group of tables:
:mod:`~indupath.store.reference` (regions, industries, concordances),
:mod:`~indupath.store.observations`, :mod:`~indupath.store.facts` (documents
and roadmaps) and :mod:`~indupath.store.accounts` (users); this module owns
opening, migrating, the audit log and whole-table reads.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from indupath.errors import InputError, NotFoundError, SchemaVersionError, StoreError
from indupath.store.accounts import AccountsMixin
from indupath.store.base import utcnow
from indupath.store.facts import RoadmapMixin
from indupath.store.observations import AUDIT_ROWS_MAX, ObservationsMixin
from indupath.store.reference import CONCORDANCE_COLUMNS
from indupath.store.schema import CURRENT_VERSION, TABLES, migrate, read_version


class Store(ObservationsMixin, RoadmapMixin, AccountsMixin):
    """A DuckDB-backed store. Open it with :meth:`Store.open`; use it as a context manager."""

    @classmethod
    def open(cls, path: str | os.PathLike[str] = "indupath.duckdb", *, read_only: bool = False) -> Store:
        """Open (creating and migrating if needed) the store at ``path``; ``":memory:"`` for a scratch store.

        A file written by an older schema is upgraded to :data:`CURRENT_VERSION`;
        a newer one raises :class:`SchemaVersionError`. ``read_only=True`` never
        writes and refuses a file that needs migrating.
        """
        memory = str(path) == ":memory:"
        p = None if memory else Path(path)
        if read_only and p is not None and not p.exists():
            raise StoreError(f"no store at {p}; create it first (open it without read_only)")
        if p is not None and not read_only:
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(":memory:" if p is None else str(p), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        try:
            con.execute("SET enable_progress_bar = false").fetchall()  # library code prints nothing
            version = read_version(con)
            if version > CURRENT_VERSION:
                raise SchemaVersionError(
                    f"{path} has schema version {version}, newer than version {CURRENT_VERSION} that this "
                    "indupath understands; upgrade indupath to open it"
                )
            if version < CURRENT_VERSION:
                if read_only:
                    raise StoreError(
                        f"{path} has schema version {version} and needs migrating to {CURRENT_VERSION}; "
                        "run `indupath db migrate` or open it writable"
                    )
                upgraded = migrate(con)
            else:
                upgraded = None
        except BaseException:
            con.close()
            raise
        store = cls(con, p, read_only=read_only)
        if upgraded is not None and upgraded[0] > 0:
            store._record_migration(*upgraded)
        return store

    def _record_migration(self, before: int, after: int) -> None:
        with self.transaction():
            self._audit(
                user="system",
                action="migrate",
                table="meta",
                row_key="schema_version",
                before={"schema_version": before},
                after={"schema_version": after},
            )

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return read_version(self.con)

    def table_counts(self) -> dict[str, int]:
        """Row count of every table of the schema."""
        return {t: int(self._scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}

    def info(self) -> dict[str, Any]:
        """Path, file size in bytes, schema version and table row counts."""
        size = self.path.stat().st_size if self.path is not None and self.path.exists() else None
        return {
            "path": str(self.path) if self.path else ":memory:",
            "size_bytes": size,
            "schema_version": self.schema_version,
            "tables": self.table_counts(),
        }

    # -- datasets and audit --------------------------------------------------------------------

    def record_dataset(
        self, name: str, version: str, source: str | None = None, *, user: str = "system"
    ) -> None:
        """Record that dataset ``name`` at ``version`` was loaded (upsert), audited."""
        with self.transaction():
            self._exec("DELETE FROM datasets_loaded WHERE name = ? AND version = ?", [name, version])
            self._exec(
                "INSERT INTO datasets_loaded (name, version, source, loaded_at) VALUES (?, ?, ?, ?)",
                [name, version, source, utcnow()],
            )
            self._audit(
                user=user,
                action="insert",
                table="datasets_loaded",
                row_key=f"{name}@{version}",
                source=source,
            )

    def datasets_loaded(self) -> pd.DataFrame:
        """The datasets recorded by :meth:`record_dataset`."""
        return self.con.execute("SELECT * FROM datasets_loaded ORDER BY name, version").df()

    def audit(self, limit: int = 50, *, table: str | None = None) -> pd.DataFrame:
        """The most recent audit entries, newest first."""
        if limit < 1:
            raise InputError("limit must be at least 1", column="limit", value=limit)
        clause, params = (" WHERE table_name = ?", [table]) if table else ("", [])
        return self.con.execute(
            f"SELECT * FROM audit_log{clause} ORDER BY id DESC LIMIT {int(limit)}", params
        ).df()

    def table(self, name: str) -> pd.DataFrame:
        """A whole table as a DataFrame (``users`` without password hashes)."""
        if name not in TABLES:
            raise NotFoundError(f"no table {name!r}; tables: {', '.join(TABLES)}")
        if name == "users":
            return self.con.execute("SELECT name, role, created_at FROM users ORDER BY name").df()
        return self.con.execute(f"SELECT * FROM {name}").df()

    def migrate(self) -> tuple[int, int]:
        """Upgrade to the current schema (a no-op when current); return ``(from, to)``."""
        self._check_writable()
        before, after = migrate(self.con)
        if 0 < before < after:
            self._record_migration(before, after)
        return before, after


def open_store(path: str | os.PathLike[str], *, read_only: bool = False) -> Store:
    """Same as :meth:`Store.open`."""
    return Store.open(path, read_only=read_only)


__all__ = ["AUDIT_ROWS_MAX", "CONCORDANCE_COLUMNS", "CURRENT_VERSION", "Store", "open_store"]
