"""Map declared priority industries to the statistical sectors that measure them.

Policy texts name industries in policy language; statistics come by input-output
sector (IO42-2007 codes ``01``..``42`` of the provincial 2007 tables, IO42-2020 codes
``01``..``42`` of the national 2017/2020 tables) or by CSRC-2012 division. The
table ``advise/data/priority_sectors.yaml`` holds the closest sectors for each
strategic-emerging (SEI-2018) and future (FUTURE-2024) industry; this module
matches a phrase to it (Chinese or English) and keeps the IO42 2007 -> 2020
concordance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd
import yaml

from indupath.errors import ConfigError

SCHEMES = ("io42_2007", "io42_2020", "csrc")


@dataclass(frozen=True)
class SectorMapping:
    """One priority-industry entry: its tier and the sectors that measure it."""

    key: str
    name_zh: str
    name_en: str
    tier: str
    keywords: tuple[str, ...]
    io42_2007: tuple[str, ...]
    io42_2020: tuple[str, ...]
    csrc: tuple[str, ...]

    def sectors(self, scheme: str) -> tuple[str, ...]:
        """The sector codes in ``scheme`` (one of ``io42_2007``, ``io42_2020``, ``csrc``)."""
        if scheme not in SCHEMES:
            raise ConfigError(f"unknown sector scheme {scheme!r}; expected one of {', '.join(SCHEMES)}")
        return tuple(getattr(self, scheme))


@lru_cache(maxsize=1)
def sector_map() -> tuple[SectorMapping, ...]:
    """All entries of the priority -> sector table, in matching order."""
    text = resources.files("indupath.advise").joinpath("data/priority_sectors.yaml").read_text("utf-8")
    raw: list[dict[str, Any]] = yaml.load(text, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))
    out = []
    for item in raw:
        out.append(
            SectorMapping(
                key=str(item["key"]),
                name_zh=str(item["name_zh"]),
                name_en=str(item["name_en"]),
                tier=str(item["tier"]),
                keywords=tuple(str(k) for k in item["keywords"]),
                io42_2007=tuple(str(c) for c in item["io42_2007"]),
                io42_2020=tuple(str(c) for c in item["io42_2020"]),
                csrc=tuple(str(c) for c in item["csrc"]),
            )
        )
    return tuple(out)


def _matches(keyword: str, phrase: str) -> bool:
    if keyword.isascii():
        kw = re.escape(keyword.lower())
        # ASCII keywords must start at a word boundary; short ones (AI, 5G) must be whole words
        pattern = rf"(?<![a-z0-9]){kw}" + (r"(?![a-z0-9])" if len(keyword) <= 3 else "")
        return re.search(pattern, phrase.lower()) is not None
    return keyword in phrase


def map_priority(phrase: str) -> SectorMapping | None:
    """The sector mapping of a priority phrase (zh or en), or ``None`` when nothing matches.

    >>> map_priority("新型储能").key
    'energy-storage'
    >>> map_priority("aerospace information").key
    'aerospace-information'
    """
    for entry in sector_map():
        if any(_matches(k, phrase) for k in entry.keywords):
            return entry
    return None


def tier_sectors(tier: str, scheme: str = "io42_2007") -> dict[str, list[str]]:
    """Sector code -> keys of the ``tier`` entries (``emerging``, ``future`` or ``all``) it measures."""
    out: dict[str, list[str]] = {}
    for entry in sector_map():
        if tier != "all" and entry.tier != tier:
            continue
        for code in entry.sectors(scheme):
            out.setdefault(code, []).append(entry.key)
    return out


def taxonomy_code(phrase: str) -> tuple[str | None, str | None]:
    """The policy-vocabulary classification of a phrase: ``("SEI-2018:3", "new-materials")``.

    Uses :mod:`indupath.taxonomy` (the vocabulary the extractor uses): an exact phrase
    match first, else the longest non-generic vocabulary phrase contained in ``phrase``;
    ``(None, None)`` when nothing matches. Phrases joined by `` / `` are tried in turn.
    """
    from indupath.taxonomy import industry_gazetteer, lookup_phrase

    for part in [p.strip() for p in phrase.split(" / ")] or [phrase]:
        hits = lookup_phrase(part)
        if not hits:
            low = part.lower()
            found = [
                (len(k), v) for k, v in industry_gazetteer(include_generic=False).items() if k.lower() in low
            ]
            hits = max(found, key=lambda kv: kv[0])[1] if found else []
        if hits:
            e = hits[0]
            return f"{e.scheme}:{e.code}", e.concept
    return None, None


@lru_cache(maxsize=1)
def io42_2007_to_2020() -> pd.DataFrame:
    """The concordance of 2007 and 2017/2020 42-sector codes (one row per pair).

    Made by name: 2007 sector 16 (general and special equipment) splits into 2020
    sectors 16 and 17; 2020 sector 22 merges 2007 sectors 21 and 22; 2020 sector 29
    merges 2007 sectors 27 (transport) and 28 (post); 2020 sector 23 (repair of metal
    products and machinery) is paired with 2007 sector 38 (resident and other services).
    """
    path = resources.files("indupath.advise").joinpath("data/io42_2007_to_2020.csv")
    with path.open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str)
