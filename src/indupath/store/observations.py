"""Observations in the store: validated, unit-normalised upserts and panels.

See :meth:`ObservationsMixin.insert_observations` for the upsert semantics and
:mod:`indupath.store.validate` for the checks run before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from indupath.errors import InputError, NotFoundError
from indupath.store.reference import ReferenceMixin
from indupath.store.validate import KEY_COLUMNS, OBS_COLUMNS, validate_observations

#: An import that replaces at most this many stored observations keeps their old values in the audit log.
AUDIT_ROWS_MAX = 1000


class ObservationsMixin(ReferenceMixin):
    """``observations``: the long panel region x industry x scheme x year x metric."""

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
