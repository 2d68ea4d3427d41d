"""User accounts over the store's ``users`` tables: create with a hashed password, authenticate."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from indupath.api.auth import ROLES, User, hash_password, verify_password
from indupath.errors import AuthError, InputError


def get_user(store: Any, name: str) -> dict[str, Any] | None:
    """The stored user record (name, role, regions) or None."""
    record: dict[str, Any] | None = store.get_user(name)
    return record


def add_user(
    store: Any,
    name: str,
    password: str,
    role: str,
    regions: Iterable[str] = (),
    *,
    replace: bool = False,
    by: str = "system",
) -> User:
    """Create a user with an Argon2id password hash; editors need at least one region."""
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}", column="role", value=role)
    regions = tuple(regions)
    if role == "editor" and not regions:
        raise InputError("an editor needs at least one region (--region 340000)", column="region")
    store.add_user(name, hash_password(password), role, regions, replace=replace, user=by)
    return User(name=name, role=role, regions=regions)  # type: ignore[arg-type]


def authenticate(store: Any, name: str, password: str) -> User:
    """The user if ``password`` is right; AuthError (401) otherwise, without saying which part was wrong."""
    record = store.get_user(name)
    if record is None or not verify_password(record["password_hash"], password):
        raise AuthError("wrong user name or password")
    return User(name=record["name"], role=record["role"], regions=tuple(record.get("regions") or ()))
