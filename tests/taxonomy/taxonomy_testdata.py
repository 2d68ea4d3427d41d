"""Reading the reference files copied into tests/data/taxonomy (see its README)."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "taxonomy"


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file under tests/data/taxonomy."""
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
