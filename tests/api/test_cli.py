"""``indupath user add`` / ``user list`` on a store, through the real CLI entry point."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from indupath.api import users
from indupath.store import Store


def run_cli(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    from indupath.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_user_add_with_password_stdin(db_file: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code = run_cli(
        [
            "user",
            "add",
            "hefei",
            "--role",
            "editor",
            "--region",
            "340100",
            "--password-stdin",
            "--db",
            str(db_file),
        ],
        "a-long-password\n",
        monkeypatch,
    )
    assert code == 0
    with Store.open(db_file) as store:
        user = users.authenticate(store, "hefei", "a-long-password")
        record = store.get_user("hefei")
    assert user.role == "editor" and user.regions == ("340100",)
    assert record["password_hash"].startswith("$argon2id$")
    assert user.can_edit("340102") and not user.can_edit("340000")
    assert run_cli(["user", "list", "--db", str(db_file)], "", monkeypatch) == 0
    assert "hefei" in capsys.readouterr().out


def test_editor_without_region_is_refused(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = run_cli(
        ["user", "add", "x", "--role", "editor", "--password-stdin", "--db", str(db_file)],
        "pw-12345678\n",
        monkeypatch,
    )
    assert code == 2
    with Store.open(db_file) as store:
        assert store.get_user("x") is None
