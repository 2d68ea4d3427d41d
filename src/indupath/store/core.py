"""The indupath store: one DuckDB file holding reference tables, roadmaps, observations and the audit log.

>>> from indupath.store import Store
>>> with Store.open("indupath.duckdb") as store:          # doctest: +SKIP
...     store.insert_observations(df, source="NBS yearbook 2023")
...     panel = store.panel("employment", "GB/T 4754-2017")

Every write runs in one transaction (all or nothing) and appends to
``audit_log`` who did it, when, what and from which source. Observations are
validated (:mod:`indupath.store.validate`) and converted to base units
(:mod:`indupath.store.units`) before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from indupath.errors import InputError, NotFoundError, SchemaVersionError, StoreError
from indupath.model import Industry, Region
from indupath.store.accounts import AccountsMixin
from indupath.store.base import utcnow
from indupath.store.facts import RoadmapMixin
from indupath.store.schema import CURRENT_VERSION, TABLES, migrate, read_version
from indupath.store.validate import KEY_COLUMNS, OBS_COLUMNS, validate_observations

#: An import that replaces at most this many stored observations keeps their old values in the audit log.
AUDIT_ROWS_MAX = 1000

CONCORDANCE_COLUMNS = ("from_scheme", "from_code", "to_scheme", "to_code", "weight", "source")


class Store(RoadmapMixin, AccountsMixin):
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

    # -- reference tables ----------------------------------------------------------------------

    def insert_regions(
        self, regions: Iterable[Region], *, user: str = "system", source: str | None = None
    ) -> int:
        """Insert or replace regions (key scheme + code); return how many were written."""
        rows = [{**r.model_dump(), "members": list(r.members), "aliases": list(r.aliases)} for r in regions]
        return self._upsert_models("regions", rows, ("scheme", "code"), user=user, source=source)

    def insert_industries(
        self, industries: Iterable[Industry], *, user: str = "system", source: str | None = None
    ) -> int:
        """Insert or replace industries (key scheme + code); return how many were written."""
        rows = [{**i.model_dump(), "aliases": list(i.aliases)} for i in industries]
        return self._upsert_models("industries", rows, ("scheme", "code"), user=user, source=source)

    def _upsert_models(
        self, table: str, rows: list[dict[str, Any]], key: Sequence[str], *, user: str, source: str | None
    ) -> int:
        if not rows:
            return 0
        frame = pd.DataFrame(rows)
        dup = frame.duplicated(subset=list(key), keep=False)
        if dup.any():
            first = frame[dup].iloc[0]
            raise InputError(
                f"{table}: the same key appears twice",
                column="+".join(key),
                value=tuple(first[k] for k in key),
            )
        return self._upsert_frame(table, frame, key, user=user, source=source)

    def _upsert_frame(
        self,
        table: str,
        frame: pd.DataFrame,
        key: Sequence[str],
        *,
        user: str,
        source: str | None,
        file: str | None = None,
    ) -> int:
        """Replace rows with the same key and insert the rest, in one transaction, audited."""
        name = f"_upsert_{table}"
        cols = ", ".join(f'"{c}"' for c in frame.columns)
        on = " AND ".join(f't."{k}" = n."{k}"' for k in key)
        with self.transaction() as con:
            con.register(name, frame)
            try:
                replaced = int(self._scalar(f"SELECT count(*) FROM {table} t JOIN {name} n ON {on}"))
                if replaced:
                    self._exec(f"DELETE FROM {table} t USING {name} n WHERE {on}")
                self._exec(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
            finally:
                con.unregister(name)
            self._audit(
                user=user,
                action="import",
                table=table,
                row_key=file or source,
                after={"rows": len(frame), "inserted": len(frame) - replaced, "replaced": replaced},
                source=source,
                file=file,
            )
        return len(frame)

    def insert_concordance(self, df: pd.DataFrame, *, user: str = "system", source: str | None = None) -> int:
        """Insert or replace concordance rows (from_scheme, from_code, to_scheme, to_code, weight, source).

        ``weight`` defaults to 1; ``source`` defaults to the argument.
        """
        frame = df.copy()
        if "weight" not in frame.columns:
            frame["weight"] = 1.0
        if "source" not in frame.columns:
            frame["source"] = source
        missing = [c for c in CONCORDANCE_COLUMNS if c not in frame.columns]
        if missing:
            raise InputError(
                f"a concordance needs columns {', '.join(CONCORDANCE_COLUMNS)}", column=missing[0], row=1
            )
        frame = frame[list(CONCORDANCE_COLUMNS)]
        for c in CONCORDANCE_COLUMNS[:4]:
            frame[c] = frame[c].astype("string").str.strip().astype("str")
        frame["weight"] = pd.to_numeric(frame["weight"], errors="coerce").astype("float64")
        bad = frame["weight"].isna() | (frame["weight"] < 0)
        if bad.any():
            pos = int(bad.to_numpy().nonzero()[0][0])
            raise InputError(
                "weight must be a number >= 0", row=pos + 2, column="weight", value=df["weight"].iloc[pos]
            )
        key = ["from_scheme", "from_code", "to_scheme", "to_code"]
        dup = frame.duplicated(subset=key, keep="first")
        if dup.any():
            pos = int(dup.to_numpy().nonzero()[0][0])
            raise InputError(
                "duplicate concordance pair",
                row=pos + 2,
                column="from_code",
                value=frame["from_code"].iloc[pos],
            )
        return self._upsert_frame("concordances", frame, key, user=user, source=source)

    def regions(self, scheme: str | None = None, *, level: str | None = None) -> list[Region]:
        """Stored regions, optionally of one scheme and level, ordered by code."""
        where: list[str] = []
        params: list[Any] = []
        if scheme is not None:
            where.append("scheme = ?")
            params.append(scheme)
        if level is not None:
            where.append("level = ?")
            params.append(level)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._rows(f"SELECT * FROM regions{clause} ORDER BY scheme, code", params)
        return [
            Region(**{**r, "members": tuple(r["members"] or ()), "aliases": tuple(r["aliases"] or ())})
            for r in rows
        ]

    def industries(self, scheme: str | None = None) -> list[Industry]:
        """Stored industries, optionally of one scheme, ordered by scheme and code."""
        clause, params = (" WHERE scheme = ?", [scheme]) if scheme is not None else ("", [])
        rows = self._rows(f"SELECT * FROM industries{clause} ORDER BY scheme, code", params)
        return [Industry(**{**r, "aliases": tuple(r["aliases"] or ())}) for r in rows]

    def concordance(self, from_scheme: str | None = None, to_scheme: str | None = None) -> pd.DataFrame:
        """Concordance rows as a DataFrame, optionally between two schemes."""
        where: list[str] = []
        params: list[Any] = []
        if from_scheme is not None:
            where.append("from_scheme = ?")
            params.append(from_scheme)
        if to_scheme is not None:
            where.append("to_scheme = ?")
            params.append(to_scheme)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self.con.execute(
            f"SELECT * FROM concordances{clause} ORDER BY from_scheme, from_code, to_scheme, to_code", params
        ).df()

    # -- observations --------------------------------------------------------------------------

    def known_regions(self) -> set[str]:
        """All region codes in the ``regions`` table (any scheme)."""
        return {r[0] for r in self.con.execute("SELECT DISTINCT code FROM regions").fetchall()}

    def known_industries(self, schemes: Iterable[str] | None = None) -> dict[str, set[str]]:
        """Industry codes by scheme, for the schemes given (default: all loaded)."""
        out: dict[str, set[str]] = {}
        rows = self.con.execute("SELECT scheme, code FROM industries").fetchall()
        wanted = set(schemes) if schemes is not None else None
        for scheme, code in rows:
            if wanted is None or scheme in wanted:
                out.setdefault(scheme, set()).add(code)
        return out

    def region_name_index(self) -> dict[str, str]:
        """Unambiguous region names -> code: Chinese and English names, aliases, and Chinese names
        without their 省/市 suffix (安徽省 -> 安徽). English keys are lower case. A name shared by
        two regions (e.g. a province and a prefecture) is left out."""
        found: dict[str, set[str]] = {}
        for code, name_zh, name_en, aliases in self.con.execute(
            "SELECT code, name_zh, name_en, aliases FROM regions"
        ).fetchall():
            names = {name_zh, name_en, *(aliases or [])}
            if name_zh and len(name_zh) > 2 and name_zh[-1] in "省市":
                names.add(name_zh[:-1])
            for name in names:
                if name:
                    found.setdefault(name.strip().lower(), set()).add(code)
        return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}

    def _codes_for_region_names(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Replace region names (安徽, Anhui) by their codes where the ``regions`` table knows them."""
        if "region_code" not in frame.columns:
            return frame
        known = self.known_regions()
        if not known:
            return frame
        values = frame["region_code"].astype("string").str.strip()
        unknown = ~values.isin(known).to_numpy(dtype=bool, na_value=True)
        if not unknown.any():
            return frame
        index = self.region_name_index()
        mapped = values.str.lower().map(index)
        replace = unknown & mapped.notna().to_numpy()
        if not replace.any():
            return frame
        out = frame.copy()
        out["region_code"] = values.where(~replace, mapped).astype("object")
        return out

    def insert_observations(
        self,
        df: pd.DataFrame,
        *,
        source: str | None = None,
        user: str = "system",
        file: str | None = None,
        columns: Mapping[str, str] | None = None,
    ) -> dict[str, int]:
        """Validate and write a long observation table; return ``{"rows", "inserted", "replaced"}``.

        ``df`` has columns region_code, industry_code, scheme, year, metric,
        value, unit and optionally source (filled from ``source`` where
        missing or empty). Values are converted to base units; region names
        the ``regions`` table knows (安徽, Anhui) are replaced by their codes. **Upsert:** a
        row whose key (region_code, industry_code, scheme, year, metric) is
        already stored replaces the stored value, unit and source; other rows
        are added; stored rows not in ``df`` are kept. The whole table is
        written in one transaction with one audit entry (whose ``before``
        holds the replaced rows' old values when there are at most
        :data:`AUDIT_ROWS_MAX`), or, on any error, nothing is written. ``file`` and ``columns`` (canonical -> file column
        names) only make error messages and the audit entry name the file.
        """
        clean = self.check_observations(df, source=source, file=file, columns=columns)
        return self._write_observations(clean, source=source, user=user, file=file)

    def check_observations(
        self,
        df: pd.DataFrame,
        *,
        source: str | None = None,
        file: str | None = None,
        columns: Mapping[str, str] | None = None,
    ) -> pd.DataFrame:
        """Validate an observation table against the store's reference tables; return it clean, in base units.

        Writes nothing. See :meth:`insert_observations` for the arguments and
        :func:`~indupath.store.validate.validate_observations` for the checks.
        """
        frame = df
        if (
            "source" not in frame.columns
            or frame["source"].isna().any()
            or (frame["source"].astype(str) == "").any()
        ):
            frame = frame.copy()
            fill = source or file
            if fill is None:
                if "source" not in frame.columns:
                    raise InputError(
                        "every observation needs a source: give source=... or a 'source' column",
                        file=file,
                        row=1,
                        column="source",
                    )
            else:
                if "source" not in frame.columns:
                    frame["source"] = fill
                else:
                    blank = frame["source"].isna() | (frame["source"].astype(str).str.strip() == "")
                    frame["source"] = frame["source"].astype("object").where(~blank, fill)
        frame = self._codes_for_region_names(frame)
        schemes = set(frame["scheme"].astype(str).str.strip().unique()) if "scheme" in frame.columns else None
        return validate_observations(
            frame,
            file=file,
            columns=columns,
            known_regions=self.known_regions(),
            known_industries=self.known_industries(schemes),
        )

    def _write_observations(
        self, clean: pd.DataFrame, *, source: str | None, user: str, file: str | None
    ) -> dict[str, int]:
        on = " AND ".join(f"t.{k} = n.{k}" for k in KEY_COLUMNS)
        cols = ", ".join(OBS_COLUMNS)
        with self.transaction() as con:
            con.register("_new_obs", clean)
            try:
                replaced = int(self._scalar(f"SELECT count(*) FROM observations t JOIN _new_obs n ON {on}"))
                before = None
                if 0 < replaced <= AUDIT_ROWS_MAX:
                    before = self._rows(
                        f"SELECT {', '.join('t.' + c for c in OBS_COLUMNS)} FROM observations t "
                        f"JOIN _new_obs n ON {on} ORDER BY t.region_code, t.industry_code, t.year, t.metric"
                    )
                # INSERT OR REPLACE uses the primary-key index; far faster than DELETE + INSERT.
                self._exec(f"INSERT OR REPLACE INTO observations ({cols}) SELECT {cols} FROM _new_obs")
                summary: Any = con.execute(
                    "SELECT list(DISTINCT metric ORDER BY metric), list(DISTINCT scheme ORDER BY scheme), "
                    "min(year), max(year) FROM _new_obs"
                ).fetchall()[0]
            finally:
                con.unregister("_new_obs")
            result = {"rows": len(clean), "inserted": len(clean) - replaced, "replaced": replaced}
            self._audit(
                user=user,
                action="import",
                table="observations",
                row_key=file or source,
                before=before,
                after={
                    **result,
                    "metrics": summary[0],
                    "schemes": summary[1],
                    "years": [summary[2], summary[3]],
                },
                source=source,
                file=file,
            )
        return result

    def observations(
        self,
        metric: str | None = None,
        scheme: str | None = None,
        region_codes: Sequence[str] | None = None,
        years: Sequence[int] | None = None,
    ) -> pd.DataFrame:
        """Stored observations (all columns), filtered, ordered by key."""
        where: list[str] = []
        params: list[Any] = []
        if metric is not None:
            where.append("metric = ?")
            params.append(metric)
        if scheme is not None:
            where.append("scheme = ?")
            params.append(scheme)
        if region_codes is not None:
            where.append("list_contains(?, region_code)")
            params.append(list(region_codes))
        if years is not None:
            where.append("list_contains(?, year)")
            params.append([int(y) for y in years])
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self.con.execute(
            f"SELECT {', '.join(OBS_COLUMNS)} FROM observations{clause} "
            "ORDER BY region_code, industry_code, scheme, year, metric",
            params,
        ).df()

    def panel(
        self,
        metric: str,
        scheme: str,
        *,
        region_level: str | None = None,
        years: Sequence[int] | None = None,
    ) -> pd.DataFrame:
        """A long panel ``[region, industry, year, value]`` of one metric in one industry scheme.

        ``region_level`` keeps regions of that level in the ``regions`` table
        (e.g. ``"province"``). Raises :class:`NotFoundError` when the store has
        no observation of ``metric`` in ``scheme``.
        """
        exists = self._scalar(
            "SELECT count(*) FROM observations WHERE metric = ? AND scheme = ?", [metric, scheme]
        )
        if not exists:
            pairs = self.con.execute(
                "SELECT DISTINCT metric, scheme FROM observations ORDER BY 1, 2 LIMIT 50"
            ).fetchall()
            have = "; ".join(f"{m} / {s}" for m, s in pairs) or "none"
            raise NotFoundError(
                f"no observations of metric {metric!r} in scheme {scheme!r}; the store has: {have}"
            )
        where = ["o.metric = ?", "o.scheme = ?"]
        params: list[Any] = [metric, scheme]
        join = ""
        if region_level is not None:
            join = " JOIN (SELECT DISTINCT code FROM regions WHERE level = ?) r ON r.code = o.region_code"
            params.insert(0, region_level)
        if years is not None:
            where.append("list_contains(?, o.year)")
            params.append([int(y) for y in years])
        return self.con.execute(
            "SELECT o.region_code AS region, o.industry_code AS industry, o.year, o.value "
            f"FROM observations o{join} WHERE {' AND '.join(where)} ORDER BY region, industry, year",
            params,
        ).df()

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


__all__ = ["Store", "open_store", "CURRENT_VERSION", "duckdb"]
