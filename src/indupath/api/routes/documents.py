"""Policy documents, their extracted facts, extraction of new texts, and region-scoped editing."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile as StarletteUploadFile

from indupath.api.auth import require_edit, require_role
from indupath.api.deps import current_user, get_state, jsonable, records, writer
from indupath.api.state import AppState
from indupath.errors import InputError, NotFoundError

router = APIRouter(prefix="/api", tags=["documents"])

MAX_TEXT = 2_000_000
FactTable = Literal["priorities", "targets", "measures"]


def document_json(roadmap: Any, facts: dict[str, Any] | None = None) -> dict[str, Any]:
    """A document with its text and its facts in the extraction-output contract."""
    doc = roadmap.document
    return {
        "id": doc.id,
        "name": doc.name,
        "title": doc.title,
        "language": doc.language,
        "date": doc.date.isoformat() if doc.date else None,
        "source": doc.source,
        "kind": doc.kind,
        "text": doc.text,
        "facts": facts if facts is not None else roadmap.to_json_dict(),
    }


@router.get("/documents", summary="List stored policy documents")
def list_documents(
    state: Annotated[AppState, Depends(get_state)],
    region: Annotated[str | None, Query(max_length=20)] = None,
    language: Annotated[Literal["zh", "en"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """Documents with counts of their facts; filter by a region they mention or by language."""
    parts, params = [], []
    if region is not None:
        parts.append(
            "d.id IN (SELECT document_id FROM document_regions WHERE code = ? "
            "UNION SELECT document_id FROM priorities WHERE region_code = ?)"
        )
        params += [region, region]
    if language is not None:
        parts.append("d.language = ?")
        params.append(language)
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    with state.store() as store:
        total = store.con.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()[0]
        df = store.con.execute(
            "SELECT d.id, d.name, d.title, d.language, d.date, d.source, d.kind, "
            "(SELECT count(*) FROM priorities p WHERE p.document_id = d.id AND p.status <> 'rejected') AS n_priorities, "
            "(SELECT count(*) FROM targets t WHERE t.document_id = d.id AND t.status <> 'rejected') AS n_targets, "
            "(SELECT count(*) FROM measures m WHERE m.document_id = d.id AND m.status <> 'rejected') AS n_measures "
            f"FROM documents d{where} ORDER BY d.date DESC NULLS LAST, d.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).df()
    return {"total": int(total), "limit": limit, "offset": offset, "items": records(df)}


@router.get("/documents/{doc_id}", summary="One document: text and extracted facts with spans and fact ids")
def get_document(doc_id: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """The document's text and facts; each fact carries its ``id`` and ``status`` for editing."""
    with state.store() as store:
        roadmap = store.roadmap(doc_id)
        facts = roadmap.to_json_dict()
        for table in ("priorities", "targets", "measures"):
            rows = store.facts(table, document_id=doc_id)
            rows = rows[rows["status"] != "rejected"]
            for fact, (_, row) in zip(facts[table], rows.iterrows(), strict=False):
                fact["id"] = row["id"]
                fact["status"] = row["status"]
    return jsonable(document_json(roadmap, facts))  # type: ignore[no-any-return]


def _extract_json(text: str, language: str | None, name: str) -> tuple[Any, dict[str, Any]]:
    from indupath.api.routes.analysis import library_function

    extract = library_function("indupath.extract", "extract", "extraction")

    if not text.strip():
        raise InputError("the text is empty; paste a policy text or upload a .txt file", column="text")
    if len(text) > MAX_TEXT:
        raise InputError(
            f"the text has {len(text)} characters; at most {MAX_TEXT} are accepted", column="text"
        )
    roadmap = extract(text, language=language, name=name)
    if roadmap.document.name != name:
        roadmap = roadmap.model_copy(update={"document": roadmap.document.model_copy(update={"name": name})})
    return roadmap, roadmap.to_json_dict()


class ExtractRequest(BaseModel):
    """A text to extract (JSON body)."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    language: Literal["zh", "en"] | None = None
    name: str = Field(default="upload.txt", max_length=200)
    save: bool = False


async def _read_extract_request(request: Request) -> ExtractRequest:
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        try:
            return ExtractRequest.model_validate_json(await request.body())
        except ValueError as exc:
            raise InputError(f"the JSON body is not a valid extraction request: {exc}") from exc
    if ctype.startswith("multipart/form-data") or ctype.startswith("application/x-www-form-urlencoded"):
        async with request.form() as form:
            upload = form.get("file")
            name = "upload.txt"
            if isinstance(upload, StarletteUploadFile) and upload.filename:
                raw = await upload.read()
                name = str(upload.filename)
                try:
                    text = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    try:
                        text = raw.decode("gb18030")
                    except UnicodeDecodeError as exc:
                        raise InputError(
                            "the uploaded file is neither UTF-8 nor GB18030 text", file=name
                        ) from exc
            else:
                text = str(form.get("text") or "")
            language = form.get("language") or None
            if language not in (None, "zh", "en"):
                raise InputError("language must be zh or en", column="language", value=language)
            save = str(form.get("save") or "").lower() in {"1", "true", "on", "yes"}
            try:
                return ExtractRequest(text=text, language=language, name=name, save=save)  # type: ignore[arg-type]
            except ValueError as exc:
                raise InputError(f"the form is not a valid extraction request: {exc}") from exc
    raise InputError(
        f"unsupported content type {ctype or 'none'!r}; send JSON {{'text': ...}} or a multipart form with 'text' or 'file'"
    )


@router.post(
    "/extract",
    summary="Extract a roadmap from a text (JSON body or multipart upload); optionally save it",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": ExtractRequest.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "text": {"type": "string"},
                            "file": {"type": "string", "format": "binary"},
                            "language": {"type": "string", "enum": ["zh", "en"]},
                            "save": {"type": "string"},
                        },
                    }
                },
            },
            "required": True,
        }
    },
)
async def extract_text(request: Request) -> dict[str, Any]:
    """The extractor's JSON for the text, plus the text itself; ``save`` stores it (editors and admins)."""
    import anyio

    body = await _read_extract_request(request)
    state = get_state(request)
    user = await anyio.to_thread.run_sync(lambda: writer(request) if body.save else None)
    roadmap, facts = await anyio.to_thread.run_sync(
        lambda: _extract_json(body.text, body.language, body.name)
    )
    saved_id = None
    if body.save:
        user = require_role(user, "editor", "admin")
        codes = {p.region_code for p in (*roadmap.priorities, *roadmap.targets, *roadmap.measures)} - {None}
        for code in sorted(codes):
            require_edit(user, code)

        def save() -> str:
            with state.store() as store:
                return str(store.save_roadmap(roadmap, user=user.name))

        saved_id = await anyio.to_thread.run_sync(save)
        state.cache.clear()
    out = document_json(roadmap, facts)
    out["saved_id"] = saved_id
    return jsonable(out)  # type: ignore[no-any-return]


@router.get("/regions/{code}/roadmap", summary="All facts about a region across its documents")
def region_roadmap(code: str, state: Annotated[AppState, Depends(get_state)]) -> dict[str, Any]:
    """Priorities, targets and measures whose region is ``code``, each with its document and sentence."""
    out: dict[str, Any] = {"region": code}
    with state.store() as store:
        for table in ("priorities", "targets", "measures"):
            df = store.con.execute(
                f"SELECT f.*, d.name AS document_name, d.title AS document_title, d.date AS document_date "
                f"FROM {table} f JOIN documents d ON d.id = f.document_id "
                "WHERE f.region_code = ? AND f.status <> 'rejected' ORDER BY d.date DESC NULLS LAST, f.document_id, f.ord",
                [code],
            ).df()
            out[table] = records(df)
    return out


class FactChange(BaseModel):
    """Fields of a fact to change (only those given change); ``status`` may confirm or reject it."""

    model_config = {"extra": "forbid"}

    industry: str | None = Field(default=None, min_length=1, max_length=200)
    industry_code: str | None = Field(default=None, max_length=40)
    tier: Literal["emerging", "future", "traditional"] | None = None
    region: str | None = Field(default=None, max_length=100)
    region_code: str | None = Field(default=None, max_length=20)
    metric: str | None = Field(default=None, min_length=1, max_length=200)
    value: float | None = Field(default=None, allow_inf_nan=False)
    unit: str | None = Field(default=None, min_length=1, max_length=40)
    comparator: Literal[">=", "<=", "=", "about"] | None = None
    year: int | None = Field(default=None, ge=1949, le=2100)
    kind: str | None = Field(default=None, max_length=40)
    text: str | None = Field(default=None, min_length=1, max_length=2000)
    status: Literal["edited", "confirmed", "rejected"] | None = None


@router.patch("/facts/{table}/{fact_id:path}", summary="Correct one extracted fact (editors of its region)")
def edit_fact(
    table: FactTable,
    fact_id: str,
    change: FactChange,
    request: Request,
    state: Annotated[AppState, Depends(get_state)],
) -> dict[str, Any]:
    """Apply ``change`` to fact ``fact_id``; 403 unless the user edits the fact's region (old and new)."""
    user = writer(request)
    changes = change.model_dump(exclude_none=True)
    if not changes:
        raise InputError("nothing to change: give at least one field", column="body")
    with state.store() as store:
        rows = store.query(f"SELECT region_code FROM {table} WHERE id = ?", [fact_id])
        if not rows:
            raise NotFoundError(f"no fact {fact_id!r} in {table}")
        require_edit(user, rows[0]["region_code"])
        if "region_code" in changes:
            require_edit(user, changes["region_code"])
        assert user is not None
        after = store.update_fact(table, fact_id, changes, user=user.name)
    state.cache.clear()
    return jsonable({k: v for k, v in after.items()})  # type: ignore[no-any-return]


class NewPriority(BaseModel):
    """A priority industry an editor adds to a region's roadmap by hand."""

    model_config = {"extra": "forbid"}

    industry: str = Field(min_length=1, max_length=200)
    industry_code: str | None = Field(default=None, max_length=40)
    industry_scheme: str | None = Field(default=None, max_length=40)
    tier: Literal["emerging", "future", "traditional"] | None = None
    note: str = Field(default="", max_length=2000, description="why (kept as the fact's sentence)")


@router.post(
    "/regions/{code}/priorities", status_code=201, summary="Add a priority industry to a region (editors)"
)
def add_priority(
    code: str,
    item: NewPriority,
    request: Request,
    state: Annotated[AppState, Depends(get_state)],
) -> dict[str, Any]:
    """Append a hand-entered priority to the region's edits document ``edits-<code>``; audited."""
    from indupath.model import Document, Priority, Roadmap, Span

    user = require_edit(writer(request), code)
    doc_id = f"edits-{code}"
    with state.store() as store:
        rows = store.query("SELECT name_zh, name_en FROM regions WHERE code = ? LIMIT 1", [code])
        if not rows:
            raise NotFoundError(f"no region with code {code!r}")
        name = rows[0]["name_zh"] or rows[0]["name_en"]
        try:
            roadmap = store.roadmap(doc_id)
        except NotFoundError:
            roadmap = Roadmap(
                document=Document(
                    id=doc_id,
                    name=f"{doc_id}.txt",
                    language="zh",
                    text="",
                    title=f"{name}: items added by editors",
                    kind="edits",
                    source="indupath editor",
                ),
                extractor="manual",
            )
        line = f"{item.industry}" + (f" — {item.note}" if item.note else "")
        start = len(roadmap.document.text) + (1 if roadmap.document.text else 0)
        text = (roadmap.document.text + "\n" if roadmap.document.text else "") + line
        priority = Priority(
            region=name,
            region_code=code,
            industry=item.industry,
            industry_code=item.industry_code,
            industry_scheme=item.industry_scheme,
            tier=item.tier,
            tier_source="label" if item.tier else None,
            span=Span(start=start, end=start + len(item.industry)),
            sentence=line,
            confidence=1.0,
        )
        updated = roadmap.model_copy(
            update={
                "document": roadmap.document.model_copy(update={"text": text}),
                "priorities": (*roadmap.priorities, priority),
            }
        )
        store.save_roadmap(updated, user=user.name)
        fact_id = f"{doc_id}/p{len(updated.priorities) - 1}"
    state.cache.clear()
    return {
        "id": fact_id,
        "document_id": doc_id,
        "region_code": code,
        "industry": item.industry,
        "tier": item.tier,
    }


@router.get("/audit-log", summary="The audit log of changes (admins), newest first")
def audit_log(
    request: Request,
    state: Annotated[AppState, Depends(get_state)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    """Recent audit-log entries: who changed what, when."""
    require_role(current_user(request), "admin")
    with state.store() as store:
        df = store.con.execute(
            'SELECT id, "at", "user", action, table_name, row_key, source FROM audit_log ORDER BY id DESC LIMIT ?',
            [limit],
        ).df()
    return {"items": records(df)}
