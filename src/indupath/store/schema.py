"""The store's schema and its forward migrations.

The schema version lives in table ``meta`` (key ``schema_version``). Each entry
of :data:`MIGRATIONS` upgrades the database from version ``i`` to ``i + 1``; a
database opened by a newer indupath than wrote it is upgraded in one
transaction, and one written by a newer schema than this code knows raises
:class:`~indupath.errors.SchemaVersionError`.

Never edit a released migration: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from indupath.errors import SchemaVersionError, StoreError

Connection = Any  # duckdb.DuckDBPyConnection (kept loose so this module imports fast)

# Version 1: reference tables, documents and facts, observations, audit log.
_V1 = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE regions (
        code VARCHAR NOT NULL, scheme VARCHAR NOT NULL, name_zh VARCHAR, name_en VARCHAR,
        level VARCHAR NOT NULL, parent VARCHAR, members VARCHAR[], aliases VARCHAR[],
        PRIMARY KEY (scheme, code))""",
    """CREATE TABLE industries (
        code VARCHAR NOT NULL, scheme VARCHAR NOT NULL, name_zh VARCHAR, name_en VARCHAR,
        parent VARCHAR, level VARCHAR, aliases VARCHAR[],
        PRIMARY KEY (scheme, code))""",
    """CREATE TABLE concordances (
        from_scheme VARCHAR NOT NULL, from_code VARCHAR NOT NULL,
        to_scheme VARCHAR NOT NULL, to_code VARCHAR NOT NULL,
        weight DOUBLE NOT NULL DEFAULT 1.0, source VARCHAR,
        PRIMARY KEY (from_scheme, from_code, to_scheme, to_code))""",
    """CREATE TABLE documents (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, language VARCHAR NOT NULL, date DATE,
        source VARCHAR, title VARCHAR, kind VARCHAR, text VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
        added_at TIMESTAMP NOT NULL, extractor VARCHAR, extractor_version VARCHAR)""",
    """CREATE TABLE document_regions (
        document_id VARCHAR NOT NULL, ord INTEGER NOT NULL, name VARCHAR NOT NULL, code VARCHAR,
        name_en VARCHAR, span_start INTEGER, span_end INTEGER,
        PRIMARY KEY (document_id, ord))""",
    """CREATE TABLE priorities (
        id VARCHAR PRIMARY KEY, document_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        region VARCHAR, region_code VARCHAR, industry VARCHAR NOT NULL, industry_code VARCHAR,
        industry_scheme VARCHAR, tier VARCHAR, tier_source VARCHAR,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence VARCHAR,
        confidence DOUBLE NOT NULL, status VARCHAR NOT NULL DEFAULT 'extracted')""",
    """CREATE TABLE targets (
        id VARCHAR PRIMARY KEY, document_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        region VARCHAR, region_code VARCHAR, metric VARCHAR NOT NULL, value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL, comparator VARCHAR NOT NULL, year INTEGER, baseline DOUBLE,
        baseline_year INTEGER, scope VARCHAR, value_as_written VARCHAR, unit_as_written VARCHAR,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence VARCHAR,
        confidence DOUBLE NOT NULL, status VARCHAR NOT NULL DEFAULT 'extracted')""",
    """CREATE TABLE measures (
        id VARCHAR PRIMARY KEY, document_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        region VARCHAR, region_code VARCHAR, kind VARCHAR NOT NULL, text VARCHAR NOT NULL,
        amount DOUBLE, amount_unit VARCHAR,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence VARCHAR,
        confidence DOUBLE NOT NULL, status VARCHAR NOT NULL DEFAULT 'extracted')""",
    """CREATE TABLE observations (
        region_code VARCHAR NOT NULL, industry_code VARCHAR NOT NULL, scheme VARCHAR NOT NULL,
        year INTEGER NOT NULL, metric VARCHAR NOT NULL, value DOUBLE NOT NULL, unit VARCHAR NOT NULL,
        source VARCHAR,
        PRIMARY KEY (region_code, industry_code, scheme, year, metric))""",
    """CREATE SEQUENCE audit_id_seq START 1""",
    """CREATE TABLE audit_log (
        id BIGINT PRIMARY KEY DEFAULT nextval('audit_id_seq'), "at" TIMESTAMP NOT NULL,
        "user" VARCHAR NOT NULL, action VARCHAR NOT NULL, table_name VARCHAR NOT NULL,
        row_key VARCHAR, before JSON, after JSON, source VARCHAR)""",
]

# Version 2: users and their regions (the web app's accounts), datasets loaded.
_V2 = [
    """CREATE TABLE users (
        name VARCHAR PRIMARY KEY, password_hash VARCHAR NOT NULL,
        role VARCHAR NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
        created_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE user_regions (
        user_name VARCHAR NOT NULL, region_code VARCHAR NOT NULL,
        PRIMARY KEY (user_name, region_code))""",
    """CREATE TABLE datasets_loaded (
        name VARCHAR NOT NULL, version VARCHAR NOT NULL, source VARCHAR,
        loaded_at TIMESTAMP NOT NULL, PRIMARY KEY (name, version))""",
]

# Version 3: the audit log records which file an import came from and the library version.
_V3 = [
    """ALTER TABLE audit_log ADD COLUMN file VARCHAR""",
    """ALTER TABLE audit_log ADD COLUMN indupath_version VARCHAR""",
]


def _sql(statements: list[str]) -> Callable[[Connection], None]:
    def run(con: Connection) -> None:
        for stmt in statements:
            con.execute(stmt).fetchall()

    return run


#: MIGRATIONS[i] upgrades version i to version i + 1 (version 0 = empty file).
MIGRATIONS: list[Callable[[Connection], None]] = [_sql(_V1), _sql(_V2), _sql(_V3)]

#: The schema version this code writes.
CURRENT_VERSION = len(MIGRATIONS)

#: Tables of the current schema, in dependency order.
TABLES: tuple[str, ...] = (
    "regions",
    "industries",
    "concordances",
    "documents",
    "document_regions",
    "priorities",
    "targets",
    "measures",
    "observations",
    "audit_log",
    "users",
    "user_regions",
    "datasets_loaded",
)


def read_version(con: Connection) -> int:
    """The schema version recorded in ``meta``; 0 for an empty database."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchall()[0][0]
    if not has_meta:
        others = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()[0][0]
        if others:
            raise StoreError("the database has tables but no indupath 'meta' table: not an indupath store")
        return 0
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    row = rows[0] if rows else None
    if row is None:
        return 0
    try:
        return int(row[0])
    except ValueError as exc:
        raise StoreError(f"schema_version in meta is {row[0]!r}; expected an integer") from exc


def migrate(con: Connection, *, target: int = CURRENT_VERSION) -> tuple[int, int]:
    """Upgrade the database to ``target`` in one transaction; return ``(from_version, to_version)``.

    Raises :class:`SchemaVersionError` when the database is newer than this code.
    """
    if not 0 <= target <= CURRENT_VERSION:
        raise StoreError(f"target schema version {target} is not between 0 and {CURRENT_VERSION}")
    current = read_version(con)
    if current > CURRENT_VERSION:
        raise SchemaVersionError(
            f"the database has schema version {current}, newer than version {CURRENT_VERSION} "
            "that this indupath understands; upgrade indupath to open it"
        )
    if current >= target:
        return current, current
    con.execute("BEGIN TRANSACTION")
    try:
        for version in range(current, target):
            MIGRATIONS[version](con)
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                [str(version + 1)],
            ).fetchall()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return current, target
