"""Request dependencies: the app state, the signed-in user, CSRF checks for writes."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from indupath.api.auth import Tokens, User, check_csrf
from indupath.api.problems import PermissionDenied
from indupath.api.state import AppState
from indupath.errors import AuthError


def get_state(request: Request) -> AppState:
    """The :class:`AppState` of the running app."""
    state: AppState = request.app.state.indupath
    return state


def _user_from_store(state: AppState, name: str) -> User | None:
    from indupath.api import users

    with state.store() as store:
        record = users.get_user(store, name)
    if record is None:
        return None
    return User(name=record["name"], role=record["role"], regions=tuple(record.get("regions") or ()))


def current_user(request: Request) -> User | None:
    """The user signed in by bearer token or session cookie, or None (anonymous)."""
    state = get_state(request)
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        name = Tokens(state.secret_key).read(header[7:].strip())
        user = _user_from_store(state, name)
        if user is None:
            raise AuthError(f"the token's user {name!r} no longer exists")
        request.state.auth = "bearer"
        return user
    session_user = request.session.get("user") if "session" in request.scope else None
    if not session_user:
        return None
    request.state.auth = "session"
    return _user_from_store(state, str(session_user))


def writer(request: Request, csrf_field: str | None = None) -> User | None:
    """The current user for a request that changes data; checks CSRF for cookie sessions.

    A server started read-only answers every write with 403.
    """
    if get_state(request).read_only:
        raise PermissionDenied("this server is read-only: restart it without --read-only to edit")
    user = current_user(request)
    if user is not None and getattr(request.state, "auth", None) == "session":
        check_csrf(request, request.headers.get("x-csrf-token") or csrf_field)
    return user


def jsonable(value: Any) -> Any:
    """Plain JSON values from pandas/numpy scalars, NaN -> None."""
    import math

    import numpy as np
    import pandas as pd

    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return [jsonable(v) for v in value.tolist()]
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is pd.NaT or (
        not isinstance(value, str | bytes | list | dict) and pd.api.types.is_scalar(value) and pd.isna(value)
    ):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def records(df: Any) -> list[dict[str, Any]]:
    """A DataFrame as a list of JSON-ready records."""
    return [jsonable(r) for r in df.to_dict(orient="records")]
