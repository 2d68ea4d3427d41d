"""Errors as JSON problem details (RFC 9457).

Every error the API returns is an ``application/problem+json`` body with
``type``, ``title``, ``status`` and ``detail``. indupath's own exceptions map to
4xx statuses (``NotFoundError`` -> 404, ``InputError``/``ResolutionError`` -> 422,
``AuthError`` -> 401 or 403); request validation errors are 422; a capability
that has not been built yet is a 501 with a ``missing`` member naming it.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from indupath.errors import (
    AnalysisError,
    AuthError,
    ConfigError,
    IndupathError,
    InputError,
    NotFoundError,
    ResolutionError,
    StoreError,
)

log = logging.getLogger(__name__)

PROBLEM_TYPE_BASE = "https://indupath.invalid/problems/"
MEDIA_TYPE = "application/problem+json"


class ProblemError(Exception):
    """An HTTP error raised inside the API, rendered as a problem-details body."""

    def __init__(
        self, status: int, title: str, detail: str, *, kind: str | None = None, **extra: Any
    ) -> None:
        self.status = status
        self.title = title
        self.detail = detail
        self.kind = kind or title.lower().replace(" ", "-")
        self.extra = extra
        super().__init__(detail)


class PermissionDenied(AuthError):
    """The user is known but may not perform this action (HTTP 403)."""


class NotImplementedYet(ProblemError):
    """A capability whose library function has not landed in the repository (HTTP 501)."""

    def __init__(self, capability: str, needs: str) -> None:
        super().__init__(
            501,
            "Not implemented",
            f"{capability} is not available in this version: it needs {needs}, which is not built yet.",
            kind="not-implemented",
            missing=needs,
        )


def problem(status: int, title: str, detail: str, kind: str, **extra: Any) -> JSONResponse:
    """A problem-details JSON response."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + kind,
        "title": title,
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


def status_for(exc: IndupathError) -> tuple[int, str, str]:
    """The HTTP status, title and problem kind for one of indupath's exceptions."""
    if isinstance(exc, NotFoundError):
        return 404, "Not found", "not-found"
    if isinstance(exc, PermissionDenied):
        return 403, "Forbidden", "forbidden"
    if isinstance(exc, AuthError):
        return 401, "Unauthorized", "unauthorized"
    if isinstance(exc, InputError | ResolutionError | ConfigError):
        return 422, "Invalid input", "invalid-input"
    if isinstance(exc, AnalysisError):
        return 422, "Analysis not possible", "analysis-error"
    if isinstance(exc, StoreError):
        return 503, "Store unavailable", "store-unavailable"
    return 500, "Internal error", "internal-error"


def _jsonable(value: object) -> object:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def install(app: FastAPI) -> None:
    """Register the exception handlers that turn errors into problem details."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem(exc.status, exc.title, exc.detail, exc.kind, **exc.extra)

    @app.exception_handler(IndupathError)
    async def _indupath(request: Request, exc: IndupathError) -> JSONResponse:
        status, title, kind = status_for(exc)
        if status >= 500:
            log.error("unexpected indupath error on %s: %s", request.url.path, exc, exc_info=exc)
        extra: dict[str, Any] = {}
        candidates = getattr(exc, "candidates", None)
        if candidates:
            extra["candidates"] = _jsonable(
                [
                    getattr(c, "model_dump", lambda c=c: c)() if hasattr(c, "model_dump") else c
                    for c in candidates
                ]
            )
        return problem(status, title, str(exc), kind, **extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "loc": [str(p) for p in e.get("loc", ())],
                "msg": str(e.get("msg", "")),
                "type": str(e.get("type", "")),
            }
            for e in exc.errors()
        ]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return problem(422, "Invalid request", detail, "invalid-request", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        titles = {
            400: "Bad request",
            401: "Unauthorized",
            403: "Forbidden",
            404: "Not found",
            405: "Method not allowed",
        }
        title = titles.get(exc.status_code, "HTTP error")
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        resp = problem(exc.status_code, title, detail, title.lower().replace(" ", "-"))
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp
