"""Users, sessions, bearer tokens, CSRF and region-scoped editing."""

from __future__ import annotations

import json

import duckdb
import pytest

from indupath.api.auth import User, hash_password, verify_password
from indupath.errors import InputError

from .conftest import TestClient, login

ANHUI_FACT = "test-anhui-2024/p0"
LIAONING_FACT = "test-liaoning-2024/p0"


def test_password_hash_is_argon2_and_verifies() -> None:
    h = hash_password("correct horse")
    assert h.startswith("$argon2id$")
    assert verify_password(h, "correct horse")
    assert not verify_password(h, "wrong horse")
    assert not verify_password("not-a-hash", "x")
    with pytest.raises(InputError):
        hash_password("short")


@pytest.mark.parametrize(
    ("regions", "code", "allowed"),
    [
        (("340000",), "340000", True),
        (("340000",), "340100", True),  # Hefei, inside Anhui
        (("340000",), "210000", False),
        (("340100",), "340000", False),  # a city editor may not edit the province
        (("340100",), "340104", True),
        ((), "340000", False),
    ],
)
def test_editor_scope(regions: tuple[str, ...], code: str, allowed: bool) -> None:
    assert User("u", "editor", regions).can_edit(code) is allowed
    assert User("a", "admin").can_edit(code)
    assert not User("v", "viewer", regions).can_edit(code)


def test_login_wrong_password_is_401(client: TestClient) -> None:
    r = client.post("/api/login", json={"username": "admin", "password": "nope"})
    assert r.status_code == 401
    assert r.json()["title"] == "Unauthorized"
    assert client.get("/api/me").status_code == 401


def test_anonymous_edit_is_401(client: TestClient) -> None:
    r = client.patch(f"/api/facts/priorities/{ANHUI_FACT}", json={"tier": "future"})
    assert r.status_code == 401


def test_editor_of_anhui_edits_anhui_not_liaoning(client: TestClient, db_file) -> None:
    body = login(client, "anhui_editor")
    headers = {"X-CSRF-Token": body["csrf_token"]}
    r = client.patch(f"/api/facts/priorities/{LIAONING_FACT}", json={"tier": "future"}, headers=headers)
    assert r.status_code == 403, r.text
    assert "210000" in r.json()["detail"]
    r = client.patch(
        f"/api/facts/priorities/{ANHUI_FACT}", json={"industry": "智能网联新能源汽车"}, headers=headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "edited"
    # moving an Anhui fact to Liaoning is also forbidden
    r = client.patch(f"/api/facts/priorities/{ANHUI_FACT}", json={"region_code": "210000"}, headers=headers)
    assert r.status_code == 403
    doc = client.get("/api/documents/test-anhui-2024").json()
    assert doc["facts"]["priorities"][0]["industry"] == "智能网联新能源汽车"
    client.app.state.indupath.close()
    con = duckdb.connect(str(db_file), read_only=True)
    rows = con.execute(
        "SELECT \"user\", action, row_key, after FROM audit_log WHERE table_name = 'priorities' ORDER BY id"
    ).fetchall()
    con.close()
    assert rows[-1][0] == "anhui_editor" and rows[-1][1] == "update" and rows[-1][2] == ANHUI_FACT
    assert json.loads(rows[-1][3])["industry"] == "智能网联新能源汽车"


def test_session_writes_need_the_csrf_token(client: TestClient) -> None:
    login(client, "anhui_editor")
    r = client.patch(f"/api/facts/priorities/{ANHUI_FACT}", json={"tier": "future"})
    assert r.status_code == 403
    assert "CSRF" in r.json()["detail"]
    r = client.patch(
        f"/api/facts/priorities/{ANHUI_FACT}", json={"tier": "future"}, headers={"X-CSRF-Token": "forged"}
    )
    assert r.status_code == 403


def test_bearer_token_needs_no_csrf(client: TestClient) -> None:
    token = login(client, "admin")["token"]
    client.cookies.clear()
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/me", headers=auth).json()["user"]["role"] == "admin"
    r = client.patch(f"/api/facts/priorities/{LIAONING_FACT}", json={"status": "confirmed"}, headers=auth)
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    bad = client.get("/api/me", headers={"Authorization": "Bearer " + token[:-3] + "xyz"})
    assert bad.status_code == 401


def test_viewer_may_not_edit(client: TestClient) -> None:
    body = login(client, "viewer")
    r = client.patch(
        f"/api/facts/priorities/{ANHUI_FACT}",
        json={"tier": "future"},
        headers={"X-CSRF-Token": body["csrf_token"]},
    )
    assert r.status_code == 403


def test_editor_adds_priority_to_own_region_only(client: TestClient) -> None:
    body = login(client, "anhui_editor")
    headers = {"X-CSRF-Token": body["csrf_token"]}
    r = client.post(
        "/api/regions/340000/priorities", json={"industry": "低空经济", "tier": "emerging"}, headers=headers
    )
    assert r.status_code == 201, r.text
    r2 = client.post(
        "/api/regions/340000/priorities", json={"industry": "具身智能", "tier": "future"}, headers=headers
    )
    assert r2.json()["id"] == "edits-340000/p1"
    rm = client.get("/api/regions/340000/roadmap").json()
    assert {"低空经济", "具身智能", "新能源汽车"} <= {p["industry"] for p in rm["priorities"]}
    doc = client.get("/api/documents/edits-340000").json()
    assert [doc["text"][a:b] for a, b in (p["span"] for p in doc["facts"]["priorities"])] == [
        "低空经济",
        "具身智能",
    ]
    r = client.post("/api/regions/210000/priorities", json={"industry": "机器人"}, headers=headers)
    assert r.status_code == 403


def test_invalid_edit_is_422(client: TestClient) -> None:
    body = login(client, "admin")
    headers = {"X-CSRF-Token": body["csrf_token"]}
    assert client.patch(f"/api/facts/priorities/{ANHUI_FACT}", json={}, headers=headers).status_code == 422
    assert (
        client.patch(f"/api/facts/priorities/{ANHUI_FACT}", json={"bogus": 1}, headers=headers).status_code
        == 422
    )
    assert (
        client.patch("/api/facts/priorities/nope/p9", json={"tier": "future"}, headers=headers).status_code
        == 404
    )


def test_form_login_checks_csrf_and_redirects(client: TestClient) -> None:
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "admin", "password": "password-admin", "csrf_token": "x"})
    assert r.status_code == 403
    r = client.post(
        "/login",
        data={
            "username": "admin",
            "password": "password-admin",
            "csrf_token": token,
            "next": "/region/340000",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/region/340000"
    assert client.get("/api/me").json()["user"]["name"] == "admin"
    bad = client.post("/login", data={"username": "admin", "password": "wrong", "csrf_token": token})
    assert bad.status_code == 401


def test_audit_log_is_for_admins(client: TestClient) -> None:
    login(client, "viewer")
    assert client.get("/api/audit-log").status_code == 403
    login(client, "admin")
    items = client.get("/api/audit-log").json()["items"]
    assert any(i["table_name"] == "users" for i in items)


def test_read_only_server_refuses_writes(db_file) -> None:
    from indupath.api import create_app

    with TestClient(create_app(db_file, read_only=True, secret_key="k")) as c:
        token = login(c, "admin")["token"]
        r = c.patch(
            f"/api/facts/priorities/{ANHUI_FACT}",
            json={"tier": "future"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 403
        assert "read-only" in r.json()["detail"]
