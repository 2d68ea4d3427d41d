"""Fixtures: one sample store per test session (copied per test that writes), a TestClient."""

from __future__ import annotations

import shutil
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from sample_db import build_sample_db  # noqa: E402

with warnings.catch_warnings():
    # starlette's TestClient warns on import that it will move to httpx2; not our concern here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture(scope="session")
def sample_db_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample store, built once per worker."""
    return build_sample_db(tmp_path_factory.mktemp("db") / "sample.duckdb")


@pytest.fixture
def db_file(sample_db_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample store for one test."""
    target = tmp_path / "sample.duckdb"
    shutil.copy(sample_db_master, target)
    return target


@pytest.fixture
def client(db_file: Path) -> Iterator[TestClient]:
    """A TestClient over an app on a private copy of the sample store."""
    from indupath.api import create_app

    with TestClient(create_app(db_file, secret_key="test-secret")) as c:
        yield c


def login(client: TestClient, name: str) -> dict[str, str]:
    """Sign ``name`` in (session cookie) and return the login response body."""
    r = client.post("/api/login", json={"username": name, "password": f"password-{name}"})
    assert r.status_code == 200, r.text
    body: dict[str, str] = r.json()
    return body
