"""Signing in and out: session cookie for the browser, bearer token for scripts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from indupath.api import users
from indupath.api.auth import Tokens, csrf_token
from indupath.api.deps import current_user, get_state
from indupath.api.state import AppState
from indupath.errors import AuthError

router = APIRouter(prefix="/api", tags=["session"])


class Credentials(BaseModel):
    """User name and password."""

    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


@router.post("/login", summary="Sign in: sets the session cookie and returns a bearer token")
def login(
    creds: Credentials, request: Request, state: Annotated[AppState, Depends(get_state)]
) -> dict[str, Any]:
    """Check the password; on success start a session and return a bearer token and the CSRF token."""
    with state.store() as store:
        user = users.authenticate(store, creds.username, creds.password)
    request.session.clear()
    request.session["user"] = user.name
    return {
        "user": user.as_dict(),
        "token": Tokens(state.secret_key).issue(user.name),
        "token_type": "bearer",
        "csrf_token": csrf_token(request),
    }


@router.post("/logout", summary="Sign out (ends the session)")
def logout(request: Request) -> dict[str, Any]:
    """Clear the session."""
    request.session.clear()
    return {"signed_out": True}


@router.get("/me", summary="The signed-in user, or 401")
def me(request: Request) -> dict[str, Any]:
    """Who am I: name, role, regions."""
    user = current_user(request)
    if user is None:
        raise AuthError("not signed in")
    return {"user": user.as_dict(), "csrf_token": csrf_token(request)}
