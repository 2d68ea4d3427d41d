"""Roadmaps in the store: documents and their priorities, targets and measures.

A roadmap is saved as one ``documents`` row plus one row per region mention,
priority, target and measure, each with its character span, sentence and
confidence. Fact ids are ``<document id>/p<n>``, ``/t<n>``, ``/m<n>`` (n = the
fact's position in the roadmap). Saving a roadmap whose document id exists
replaces that document and all its facts (edits included), in one audited
transaction. Edits from the web editor go through :meth:`update_fact`, which
validates the edited fact against the pydantic model and sets ``status``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import pandas as pd

from indupath.errors import InputError, NotFoundError
from indupath.model import Document, Measure, Priority, RegionMention, Roadmap, Span, Target
from indupath.store.base import StoreBase, utcnow

FACT_TABLES: dict[str, type[Priority] | type[Target] | type[Measure]] = {
    "priorities": Priority,
    "targets": Target,
    "measures": Measure,
}
_PREFIX = {"priorities": "p", "targets": "t", "measures": "m"}

#: Fact statuses: extracted (as the extractor wrote it), edited, confirmed, rejected.
STATUSES = ("extracted", "edited", "confirmed", "rejected")
_FIXED = {"id", "document_id", "ord"}


def _fact_row(doc_id: str, ord_: int, table: str, fact: Priority | Target | Measure) -> dict[str, Any]:
    data = fact.model_dump(exclude={"span", "document_id"})
    data.update(
        id=f"{doc_id}/{_PREFIX[table]}{ord_}",
        document_id=doc_id,
        ord=ord_,
        span_start=fact.span.start,
        span_end=fact.span.end,
        status="extracted",
    )
    return data


def _row_to_fact(table: str, row: dict[str, Any]) -> Priority | Target | Measure:
    model = FACT_TABLES[table]
    fields = set(model.model_fields)
    data = {k: _py(v) for k, v in row.items() if k in fields and k != "span"}
    data["span"] = Span(start=int(row["span_start"]), end=int(row["span_end"]))
    data["sentence"] = data.get("sentence") or ""
    return model(**data)


def _py(v: Any) -> Any:
    """DuckDB/pandas scalars to plain Python (NaN -> None)."""
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    return v


class RoadmapMixin(StoreBase):
    """Save and read roadmaps; edit single facts with an audit trail."""

    def save_roadmap(self, roadmap: Roadmap, *, user: str = "system") -> str:
        """Save a roadmap (document and facts) and return the document id.

        Replaces an existing document with the same id, and all its facts.
        """
        doc = roadmap.document
        with self.transaction():
            before = self._rows("SELECT id, name, sha256 FROM documents WHERE id = ?", [doc.id])
            for table in ("document_regions", "priorities", "targets", "measures"):
                self._exec(f"DELETE FROM {table} WHERE document_id = ?", [doc.id])
            self._exec("DELETE FROM documents WHERE id = ?", [doc.id])
            sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
            self._exec(
                "INSERT INTO documents (id, name, language, date, source, title, kind, text, sha256, added_at, "
                "extractor, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    doc.id,
                    doc.name,
                    doc.language,
                    doc.date,
                    doc.source,
                    doc.title,
                    doc.kind,
                    doc.text,
                    sha,
                    utcnow(),
                    roadmap.extractor,
                    roadmap.extractor_version,
                ],
            )
            if roadmap.regions:
                mentions = pd.DataFrame(
                    [
                        {
                            "document_id": doc.id,
                            "ord": i,
                            "name": r.name,
                            "code": r.code,
                            "name_en": r.name_en,
                            "span_start": r.span.start if r.span else None,
                            "span_end": r.span.end if r.span else None,
                        }
                        for i, r in enumerate(roadmap.regions)
                    ]
                )
                self._insert_frame("document_regions", mentions)
            fact_groups: tuple[tuple[str, Sequence[Priority | Target | Measure]], ...] = (
                ("priorities", roadmap.priorities),
                ("targets", roadmap.targets),
                ("measures", roadmap.measures),
            )
            for table, facts in fact_groups:
                if facts:
                    frame = pd.DataFrame([_fact_row(doc.id, i, table, f) for i, f in enumerate(facts)])
                    self._insert_frame(table, frame)
            after = {
                "id": doc.id,
                "name": doc.name,
                "sha256": sha,
                "regions": len(roadmap.regions),
                "priorities": len(roadmap.priorities),
                "targets": len(roadmap.targets),
                "measures": len(roadmap.measures),
            }
            self._audit(
                user=user,
                action="replace" if before else "insert",
                table="documents",
                row_key=doc.id,
                before=before[0] if before else None,
                after=after,
                source=doc.source or doc.name,
            )
        return doc.id

    def _insert_frame(self, table: str, frame: pd.DataFrame) -> None:
        """Bulk insert a DataFrame whose columns are a subset of ``table``'s, by name."""
        name = f"_frame_{table}"
        self.con.register(name, frame)
        try:
            cols = ", ".join(f'"{c}"' for c in frame.columns)
            self._exec(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
        finally:
            self.con.unregister(name)

    def document_ids(self) -> list[str]:
        """Ids of all stored documents, sorted."""
        return [r[0] for r in self.con.execute("SELECT id FROM documents ORDER BY id").fetchall()]

    def roadmap(self, document_id: str, *, include_rejected: bool = False) -> Roadmap:
        """The roadmap of one document; facts with status ``rejected`` are left out unless asked for."""
        docs = self._rows("SELECT * FROM documents WHERE id = ?", [document_id])
        if not docs:
            raise NotFoundError(f"no document with id {document_id!r} in the store")
        d = docs[0]
        document = Document(
            id=d["id"],
            name=d["name"],
            language=d["language"],
            text=d["text"],
            date=d["date"],
            source=d["source"],
            title=d["title"],
            kind=d["kind"],
        )
        mentions = tuple(
            RegionMention(
                name=r["name"],
                code=r["code"],
                name_en=r["name_en"],
                span=Span(start=r["span_start"], end=r["span_end"]) if r["span_start"] is not None else None,
            )
            for r in self._rows(
                "SELECT * FROM document_regions WHERE document_id = ? ORDER BY ord", [document_id]
            )
        )
        status_filter = "" if include_rejected else " AND status <> 'rejected'"
        facts: dict[str, tuple[Any, ...]] = {}
        for table in FACT_TABLES:
            rows = self._rows(
                f"SELECT * FROM {table} WHERE document_id = ?{status_filter} ORDER BY ord", [document_id]
            )
            facts[table] = tuple(_row_to_fact(table, r) for r in rows)
        return Roadmap(
            document=document,
            regions=mentions,
            priorities=facts["priorities"],
            targets=facts["targets"],
            measures=facts["measures"],
            extractor=d["extractor"],
            extractor_version=d["extractor_version"],
        )

    def roadmaps(self, region_code: str | None = None, *, include_rejected: bool = False) -> list[Roadmap]:
        """All stored roadmaps, or those that mention ``region_code`` (in a region mention or a fact)."""
        if region_code is None:
            ids = self.document_ids()
        else:
            ids = [
                r[0]
                for r in self.con.execute(
                    "SELECT DISTINCT document_id FROM ("
                    " SELECT document_id FROM document_regions WHERE code = $c"
                    " UNION ALL SELECT document_id FROM priorities WHERE region_code = $c"
                    " UNION ALL SELECT document_id FROM targets WHERE region_code = $c"
                    " UNION ALL SELECT document_id FROM measures WHERE region_code = $c) ORDER BY 1",
                    {"c": region_code},
                ).fetchall()
            ]
        return [self.roadmap(i, include_rejected=include_rejected) for i in ids]

    def facts(
        self, table: str, *, document_id: str | None = None, region_code: str | None = None
    ) -> pd.DataFrame:
        """Rows of ``priorities``, ``targets`` or ``measures`` (with id, status and span) as a DataFrame."""
        if table not in FACT_TABLES:
            raise NotFoundError(f"no fact table {table!r}; expected one of {', '.join(FACT_TABLES)}")
        where: list[str] = []
        params: list[Any] = []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if region_code is not None:
            where.append("region_code = ?")
            params.append(region_code)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self.con.execute(f"SELECT * FROM {table}{clause} ORDER BY document_id, ord", params).df()

    def update_fact(self, table: str, id: str, changes: dict[str, Any], *, user: str) -> dict[str, Any]:
        """Change fields of one fact, audited; return the row after the change.

        ``table`` is ``priorities``, ``targets`` or ``measures``. ``changes`` maps
        column names to new values (``span`` may be given as ``[start, end]``);
        the edited fact must still be a valid model record. ``status`` becomes
        ``edited`` unless ``changes`` sets it (``confirmed``, ``rejected`` ...).
        """
        self._check_writable()
        if table not in FACT_TABLES:
            raise InputError(f"facts live in {', '.join(FACT_TABLES)}", column="table", value=table)
        changes = dict(changes)
        if "span" in changes:
            span = changes.pop("span")
            changes["span_start"], changes["span_end"] = int(span[0]), int(span[1])
        columns = [r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall()]
        for key in changes:
            if key not in columns or key in _FIXED:
                editable = sorted(set(columns) - _FIXED)
                raise InputError(
                    f"cannot edit this column of {table}; editable: {', '.join(editable)}", column=key
                )
        status = changes.setdefault("status", "edited")
        if status not in STATUSES:
            raise InputError(f"status must be one of {', '.join(STATUSES)}", column="status", value=status)
        with self.transaction():
            found = self._rows(f"SELECT * FROM {table} WHERE id = ?", [id])
            if not found:
                raise NotFoundError(f"no row with id {id!r} in {table}")
            before = found[0]
            after = {**before, **changes}
            try:
                _row_to_fact(table, after)
            except ValueError as exc:  # pydantic.ValidationError is a ValueError
                raise InputError(f"the edited {table[:-1]} is not valid: {exc}", value=changes) from exc
            sets = ", ".join(f'"{k}" = ?' for k in changes)
            self._exec(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), id])
            self._audit(user=user, action="update", table=table, row_key=id, before=before, after=after)
        return after
