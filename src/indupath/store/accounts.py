"""User accounts of the web app: names, password hashes, roles and the regions a user may edit.

The store keeps only what it is given: hashing passwords is the caller's job
(the web layer uses argon2). Audit entries never contain the hash.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from indupath.errors import InputError, NotFoundError, StoreError
from indupath.store.base import StoreBase, utcnow

ROLES = ("viewer", "editor", "admin")


class AccountsMixin(StoreBase):
    """``users`` and ``user_regions``."""

    def add_user(
        self,
        name: str,
        password_hash: str,
        role: str,
        regions: Iterable[str] = (),
        *,
        replace: bool = False,
        user: str = "system",
    ) -> None:
        """Create a user (or, with ``replace=True``, overwrite one) with a role and editable regions."""
        if not name or not name.strip():
            raise InputError("a user name is required", column="name", value=name)
        if role not in ROLES:
            raise InputError(f"role must be one of {', '.join(ROLES)}", column="role", value=role)
        if not password_hash:
            raise InputError("a password hash is required", column="password_hash")
        region_list = sorted(set(regions))
        with self.transaction() as con:
            existing = self.get_user(name)
            if existing and not replace:
                raise StoreError(f"user {name!r} exists; pass replace=True to overwrite it")
            self._exec("DELETE FROM user_regions WHERE user_name = ?", [name])
            self._exec("DELETE FROM users WHERE name = ?", [name])
            self._exec(
                "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                [name, password_hash, role, existing["created_at"] if existing else utcnow()],
            )
            if region_list:
                frame = pd.DataFrame({"user_name": name, "region_code": region_list})
                con.register("_user_regions", frame)
                try:
                    self._exec("INSERT INTO user_regions SELECT user_name, region_code FROM _user_regions")
                finally:
                    con.unregister("_user_regions")
            before = {"role": existing["role"], "regions": existing["regions"]} if existing else None
            self._audit(
                user=user,
                action="replace" if existing else "insert",
                table="users",
                row_key=name,
                before=before,
                after={"role": role, "regions": region_list},
            )

    def get_user(self, name: str) -> dict[str, Any] | None:
        """The user's row (name, password_hash, role, created_at, regions) or ``None``."""
        rows = self._rows("SELECT name, password_hash, role, created_at FROM users WHERE name = ?", [name])
        if not rows:
            return None
        user = rows[0]
        user["regions"] = self.user_regions(name)
        return user

    def user_regions(self, name: str) -> list[str]:
        """Region codes the user may edit (empty: no restriction recorded)."""
        return [
            r[0]
            for r in self.con.execute(
                "SELECT region_code FROM user_regions WHERE user_name = ? ORDER BY region_code", [name]
            ).fetchall()
        ]

    def users(self) -> list[dict[str, Any]]:
        """All users without their password hashes."""
        rows = self._rows("SELECT name, role, created_at FROM users ORDER BY name")
        for r in rows:
            r["regions"] = self.user_regions(r["name"])
        return rows

    def delete_user(self, name: str, *, user: str = "system") -> None:
        """Remove a user and their regions."""
        with self.transaction():
            existing = self.get_user(name)
            if existing is None:
                raise NotFoundError(f"no user {name!r}")
            self._exec("DELETE FROM user_regions WHERE user_name = ?", [name])
            self._exec("DELETE FROM users WHERE name = ?", [name])
            self._audit(
                user=user,
                action="delete",
                table="users",
                row_key=name,
                before={"role": existing["role"], "regions": existing["regions"]},
            )
