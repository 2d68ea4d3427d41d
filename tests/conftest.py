"""Suite-wide settings: caches go to a per-run temporary folder, never to the user's home."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ["INDUPATH_CACHE"] = str(tmp_path_factory.mktemp("indupath-cache"))
