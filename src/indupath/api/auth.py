"""Users, roles, sessions, bearer tokens and CSRF protection.

Roles: ``viewer`` (read only), ``editor`` (may change facts and roadmaps of the
regions assigned to them, and of regions inside those: an editor of province
340000 may edit 340100), ``admin`` (everything). Passwords are hashed with
Argon2id (argon2-cffi). A browser signs in with a form and gets a signed session
cookie (Starlette ``SessionMiddleware``, itsdangerous); scripts get a bearer
token (itsdangerous ``URLSafeTimedSerializer``). Requests authenticated by the
session cookie that change data must carry the session's CSRF token in the
``X-CSRF-Token`` header or a ``csrf_token`` form field; bearer requests carry no
ambient credential and are exempt.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from typing import Any, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from indupath.api.problems import PermissionDenied
from indupath.errors import AuthError, InputError

Role = Literal["viewer", "editor", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "editor", "admin")
TOKEN_MAX_AGE = 12 * 3600

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An Argon2id hash of ``password`` (with a random salt)."""
    if len(password) < 8:
        raise InputError(f"password too short: {len(password)} characters given, at least 8 expected")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash``; never raises on a wrong password."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class User:
    """A signed-in user: name, role and the region codes an editor may change."""

    name: str
    role: Role
    regions: tuple[str, ...] = field(default=())

    def can_edit(self, region_code: str | None) -> bool:
        """Whether this user may change facts of ``region_code``.

        Admins may edit everything. Editors may edit their regions and the regions
        inside them (GB/T 2260 codes: a province ``PP0000`` contains ``PP....``, a
        prefecture ``PPCC00`` contains ``PPCC..``).
        """
        if self.role == "admin":
            return True
        if self.role != "editor" or not region_code:
            return False
        return any(_contains(own, region_code) for own in self.regions)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "regions": list(self.regions)}


def _contains(own: str, code: str) -> bool:
    if own == code:
        return True
    if len(own) == 6 and own.isdigit() and len(code) == 6 and code.isdigit():
        prefix = own.rstrip("0")
        # keep whole levels: province = 2 digits, prefecture = 4
        keep = 2 if len(prefix) <= 2 else 4 if len(prefix) <= 4 else 6
        return code[:keep] == own[:keep]
    return False


def require_edit(user: User | None, region_code: str | None) -> User:
    """The user if they may edit ``region_code``; AuthError (401) if anonymous, PermissionDenied (403) otherwise."""
    if user is None:
        raise AuthError("sign in first: this action changes data")
    if not user.can_edit(region_code):
        what = f"region {region_code}" if region_code else "facts without a region"
        mine = ", ".join(user.regions) or "none"
        raise PermissionDenied(f"user {user.name!r} ({user.role}; regions: {mine}) may not edit {what}")
    return user


def require_role(user: User | None, *roles: Role) -> User:
    """The user if their role is one of ``roles``."""
    if user is None:
        raise AuthError("sign in first")
    if user.role not in roles:
        raise PermissionDenied(f"user {user.name!r} has role {user.role!r}; one of {list(roles)} is needed")
    return user


class Tokens:
    """Signed, expiring bearer tokens that carry a user name."""

    def __init__(self, secret_key: str) -> None:
        self._s = URLSafeTimedSerializer(secret_key, salt="indupath-bearer")

    def issue(self, name: str) -> str:
        return self._s.dumps({"u": name})

    def read(self, token: str) -> str:
        try:
            data = self._s.loads(token, max_age=TOKEN_MAX_AGE)
        except SignatureExpired as exc:
            raise AuthError("bearer token expired: sign in again") from exc
        except BadSignature as exc:
            raise AuthError("bearer token invalid") from exc
        return str(data["u"])


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return str(token)


def check_csrf(request: Request, submitted: str | None) -> None:
    """Raise PermissionDenied unless ``submitted`` equals the session's CSRF token."""
    expected = request.session.get("csrf")
    if not expected or not submitted or not hmac.compare_digest(str(expected), submitted):
        raise PermissionDenied("missing or wrong CSRF token: reload the page and try again")
