"""The connection, transactions and audit log shared by every part of the store."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from indupath import __version__
from indupath.errors import StoreError


def utcnow() -> dt.datetime:
    """The current UTC time as a naive timestamp (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_json(obj: Any) -> str | None:
    """JSON text for the audit log (UTF-8, Chinese kept readable); ``None`` stays NULL."""
    if obj is None:
        return None
    return json.dumps(obj, ensure_ascii=False, default=str, sort_keys=True)


class StoreBase:
    """A DuckDB connection with a transaction helper and an audit writer."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None, *, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self._in_transaction = False

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"the store {self.path} is open read-only; open it with read_only=False to write"
            )

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run a block in one transaction: all of its writes, or (on any error) none.

        Nested use joins the outer transaction.
        """
        self._check_writable()
        if self._in_transaction:
            yield self.con
            return
        self._exec("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield self.con
        except BaseException:
            self._in_transaction = False
            self._exec("ROLLBACK")
            raise
        self._in_transaction = False
        try:
            self._exec("COMMIT")
        except duckdb.Error as exc:
            raise StoreError(f"commit failed, nothing was written: {exc}") from exc

    def _audit(
        self,
        *,
        user: str,
        action: str,
        table: str,
        row_key: str | None,
        before: Any = None,
        after: Any = None,
        source: str | None = None,
        file: str | None = None,
    ) -> None:
        """Append one entry to ``audit_log`` (inside the caller's transaction)."""
        self._exec(
            'INSERT INTO audit_log ("at", "user", action, table_name, row_key, before, after, source, file, '
            "indupath_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                utcnow(),
                user,
                action,
                table,
                row_key,
                to_json(before),
                to_json(after),
                source,
                file,
                __version__,
            ],
        )

    def _exec(self, sql: str, params: list[Any] | None = None) -> None:
        """Run a statement and consume its result (DuckDB refuses new work while a result is pending)."""
        self.con.execute(sql, params or []).fetchall()

    def _scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        """The first column of the first row of a query (``None`` when there is no row)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read query as dicts keyed by column name, with ``?`` parameters bound.

        For callers outside the store (the API's lookups); writes go through the
        store's own methods, which keep the audit log.
        """
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    _rows = query
