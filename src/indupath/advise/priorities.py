"""Declared priorities as one table, from stored roadmaps or from a typed list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from indupath.advise.sectors import map_priority
from indupath.model import Roadmap

COLUMNS = ["region_code", "region", "priority", "tier", "industry_code", "sector_key", "document"]


def priority_table(roadmaps: Iterable[Roadmap]) -> pd.DataFrame:
    """One row per (region, priority phrase) in ``roadmaps``, with its sector-map key.

    Priorities without a region code are dropped; a phrase declared twice for a
    region (in two documents) appears once, with the first document.
    """
    rows = []
    for rm in roadmaps:
        for p in rm.priorities:
            if not p.region_code:
                continue
            entry = map_priority(p.industry)
            rows.append(
                {
                    "region_code": str(p.region_code),
                    "region": p.region,
                    "priority": p.industry,
                    "tier": p.tier or (entry.tier if entry else None),
                    "industry_code": p.industry_code,
                    "sector_key": entry.key if entry else None,
                    "document": rm.document.name,
                }
            )
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.drop_duplicates(["region_code", "priority"]).reset_index(drop=True)


def parse_priority_list(text: str) -> list[str]:
    """Split a typed list ``"新材料,人工智能、 aerospace"`` on commas (, ，) and 、."""
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


def region_priorities(table: pd.DataFrame, region_code: str) -> list[tuple[str, str | None]]:
    """``(phrase, tier)`` pairs of one region from :func:`priority_table`."""
    sub = table[table["region_code"] == str(region_code)]
    return [
        (str(p), None if pd.isna(t) else str(t)) for p, t in zip(sub["priority"], sub["tier"], strict=True)
    ]


def as_pairs(items: Sequence[str | tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Normalise phrases or (phrase, tier) pairs to pairs."""
    return [(i, None) if isinstance(i, str) else (i[0], i[1]) for i in items]
