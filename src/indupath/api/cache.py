"""An in-memory cache of anonymous GET responses, cleared on every write.

Read endpoints depend only on the store's content, the request URL and the
language (``lang`` cookie, ``Accept-Language``), so their 200 responses are kept
(bounded LRU, shared with :class:`~indupath.api.state.ResultCache`) and replayed
byte for byte until a write clears the cache. Never cached: requests with an
``Authorization`` header; pages requested with a session cookie (they show the
user and carry a CSRF token); per-user endpoints (``/api/me``, ``/api/audit-log``)
and the sign-in page. The session cookie is never stored in a cached response.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from indupath.api.state import AppState

UNCACHED = ("/api/me", "/api/audit-log", "/api/login", "/api/logout", "/api/health", "/login", "/logout")
SESSION_COOKIE = "indupath_session"
MAX_BODY = 4_000_000


class ServerTiming:
    """ASGI middleware adding ``Server-Timing: app;dur=<ms>`` (time inside the app) to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()

        async def timed(message: Message) -> None:
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - t0) * 1000
                message = {
                    **message,
                    "headers": [
                        *message.get("headers", []),
                        (b"server-timing", f"app;dur={ms:.2f}".encode()),
                    ],
                }
            await send(message)

        await self.app(scope, receive, timed)


class ResponseCache:
    """ASGI middleware replaying cached GET responses of the JSON API."""

    def __init__(self, app: ASGIApp, state: AppState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        key = (
            "http",
            scope["path"],
            scope.get("query_string", b""),
            _cookie(headers.get(b"cookie", b""), b"lang"),
            headers.get(b"accept-language", b"")[:2],
        )
        hit = self.state.cache.peek(key)
        if hit is not None:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        if start.get("status") == 200 and len(body) <= MAX_BODY:
            kept = [
                (k, v)
                for k, v in start.get("headers", [])
                if not (k.lower() == b"set-cookie" and v.startswith(SESSION_COOKIE.encode() + b"="))
            ]
            self.state.cache.put(key, (200, kept, body))

    @staticmethod
    def _cacheable(scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET":
            return False
        path: str = scope["path"]
        if path.startswith(UNCACHED):
            return False
        headers = dict(scope.get("headers", []))
        if b"authorization" in headers:
            return False
        if path.startswith(("/api/", "/static/")):
            return True
        return _cookie(headers.get(b"cookie", b""), SESSION_COOKIE.encode()) == b""


def _cookie(header: bytes, name: bytes) -> bytes:
    """The value of cookie ``name`` in a Cookie header, or b""."""
    for part in header.split(b";"):
        k, _, v = part.strip().partition(b"=")
        if k == name:
            return v
    return b""
