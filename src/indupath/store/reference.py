"""Reference tables in the store: regions, industries and concordances between classifications.

Rows are upserted by key (scheme + code; the four concordance codes) in one
audited transaction; a key given twice in one call is an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from indupath.errors import InputError
from indupath.model import Industry, Region
from indupath.store.base import StoreBase

CONCORDANCE_COLUMNS = ("from_scheme", "from_code", "to_scheme", "to_code", "weight", "source")


class ReferenceMixin(StoreBase):
    """``regions``, ``industries`` and ``concordances``."""

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
