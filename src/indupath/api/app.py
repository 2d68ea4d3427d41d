"""The FastAPI application: JSON API under ``/api``, dashboard pages, static assets.

``create_app(db_path)`` builds one app over one store file. Run it with
``indupath serve`` (uvicorn) or mount it in tests with ``fastapi.testclient``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from indupath import __version__
from indupath.api import problems
from indupath.api.cache import SESSION_COOKIE, ResponseCache, ServerTiming
from indupath.api.state import AppState


def create_app(
    db_path: Path | str | None = None,
    *,
    read_only: bool = False,
    secret_key: str | None = None,
    https_only: bool = False,
) -> FastAPI:
    """The indupath web app over the store at ``db_path``.

    ``read_only`` opens the store read-only (every write answers with an error);
    ``secret_key`` signs session cookies and bearer tokens (default
    ``$INDUPATH_SECRET_KEY``, else a random key per process, so sessions end when
    the server restarts).
    """
    from indupath.api.routes import analysis, data, documents, session
    from indupath.web import pages

    key = secret_key or os.environ.get("INDUPATH_SECRET_KEY")
    state = AppState(db_path=Path(db_path) if db_path is not None else None, read_only=read_only)
    if key:
        state.secret_key = key

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="indupath API",
        version=__version__,
        description="Policy roadmaps, regional industrial structure, relatedness and complexity advice, "
        "target tracking. Errors are RFC 9457 problem details.",
        lifespan=lifespan,
    )
    app.state.indupath = state
    app.add_middleware(
        SessionMiddleware,
        secret_key=state.secret_key,
        session_cookie=SESSION_COOKIE,
        same_site="lax",
        https_only=https_only,
        max_age=12 * 3600,
    )
    app.add_middleware(ResponseCache, state=state)
    app.add_middleware(ServerTiming)
    problems.install(app)
    app.include_router(data.router)
    app.include_router(documents.router)
    app.include_router(analysis.router)
    app.include_router(session.router)

    @app.get("/api/health", tags=["meta"], summary="Liveness and version")
    def health() -> dict[str, object]:
        return {"status": "ok", "version": __version__, "read_only": read_only}

    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(pages.WEB_DIR / "static")), name="static")
    return app
