"""Declared priorities as one table, from stored roadmaps or from a typed list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from indupath.advise.sectors import map_priority, taxonomy_code
from indupath.model import Roadmap

COLUMNS = [
    "region_code",
    "region",
    "priority",
    "tier",
    "industry_code",
    "sector_key",
    "document",
    "phrases",
    "taxonomy_code",
    "concept",
]


def priority_table(roadmaps: Iterable[Roadmap]) -> pd.DataFrame:
    """One row per (region, priority phrase) in ``roadmaps``, with its sector-map key.

    ``taxonomy_code`` and ``concept`` are the policy-vocabulary classification
    (:func:`~indupath.advise.sectors.taxonomy_code`, SEI-2018 / FUTURE-2024 codes).
    Priorities without a region code are dropped. Phrases of one region that map to
    the same sector-map key (先进光伏 and "advanced photovoltaics" in two documents)
    become one row, with the first phrase as ``priority`` and all in ``phrases``.
    """
    rows = []
    for rm in roadmaps:
        for p in rm.priorities:
            if not p.region_code:
                continue
            entry = map_priority(p.industry)
            code, concept = taxonomy_code(p.industry)
            rows.append(
                {
                    "region_code": str(p.region_code),
                    "region": p.region,
                    "priority": p.industry,
                    "tier": p.tier or (entry.tier if entry else None),
                    "industry_code": p.industry_code,
                    "sector_key": entry.key if entry else None,
                    "document": rm.document.name,
                    "phrases": p.industry,
                    "taxonomy_code": code,
                    "concept": concept,
                }
            )
    df = pd.DataFrame(rows, columns=COLUMNS)
    key = df["sector_key"].fillna("text:" + df["priority"].astype(str))
    phrases = df.groupby([df["region_code"], key])["priority"].agg(lambda s: " / ".join(dict.fromkeys(s)))
    df = df.assign(_key=key).drop_duplicates(["region_code", "_key"]).reset_index(drop=True)
    df["phrases"] = [phrases[(r, k)] for r, k in zip(df["region_code"], df["_key"], strict=True)]
    return df.drop(columns="_key")


def parse_priority_list(text: str) -> list[str]:
    """Split a typed list ``"新材料,人工智能、 aerospace"`` on commas (, ，) and 、."""
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


def region_priorities(table: pd.DataFrame, region_code: str) -> list[tuple[str, str | None]]:
    """``(phrase, tier)`` pairs of one region from :func:`priority_table`."""
    sub = table[table["region_code"] == str(region_code)]
    return [
        (str(p), None if pd.isna(t) else str(t)) for p, t in zip(sub["phrases"], sub["tier"], strict=True)
    ]


def as_pairs(items: Sequence[str | tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Normalise phrases or (phrase, tier) pairs to pairs."""
    return [(i, None) if isinstance(i, str) else (i[0], i[1]) for i in items]


def roadmap_from_record(record: dict[str, object], *, document_id: str | None = None) -> Roadmap:
    """A :class:`~indupath.model.Roadmap` from an extraction-output / gold JSON record.

    Reads ``priorities`` (region, region_code, industry, tier), ``targets`` (metric,
    value, unit, comparator, year, baseline) and ``measures`` (kind, text, amount);
    facts without a span get ``[0, 0]``; unknown measure kinds become ``other``.
    """
    from typing import Any, cast, get_args

    from indupath.model import Document, Measure, MeasureKind, Priority, Span, Target

    rec = cast(dict[str, Any], record)
    name = str(rec.get("document") or rec.get("doc") or document_id or "roadmap")

    def span(item: dict[str, Any]) -> Span:
        s = item.get("span") or [0, 0]
        return Span(start=int(s[0]), end=int(s[1]))

    kinds = set(get_args(MeasureKind))
    pri = tuple(
        Priority(
            region=p.get("region"),
            region_code=p.get("region_code"),
            industry=p["industry"],
            tier=p.get("tier"),
            span=span(p),
        )
        for p in rec.get("priorities", [])
    )
    tgt = tuple(
        Target(
            region=t.get("region"),
            region_code=t.get("region_code"),
            metric=t["metric"],
            value=float(t["value"]),
            unit=t["unit"],
            comparator=t.get("comparator", "="),
            year=t.get("year"),
            baseline=t.get("baseline"),
            span=span(t),
        )
        for t in rec.get("targets", [])
    )
    mea = []
    for m in rec.get("measures", []):
        amount = m.get("amount")
        if isinstance(amount, dict):
            norm = amount.get("norm") or {}
            amount = norm.get("value")
        mea.append(
            Measure(
                region=m.get("region"),
                region_code=m.get("region_code"),
                kind=m["kind"] if m.get("kind") in kinds else "other",
                text=m["text"],
                amount=float(amount) if isinstance(amount, (int, float)) else None,
                amount_unit="CNY" if isinstance(amount, (int, float)) else None,
                span=span(m),
            )
        )
    lang = rec.get("language", "zh")
    doc = Document(
        id=document_id or name, name=name, language=lang if lang in ("zh", "en") else "zh", text=""
    )
    return Roadmap(document=doc, priorities=pri, targets=tgt, measures=tuple(mea))


def example_roadmaps() -> list[Roadmap]:
    """The example roadmaps shipped in ``indupath/data/examples`` (Anhui, Liaoning and others, 2024)."""
    import json
    from importlib import resources

    folder = resources.files("indupath").joinpath("data/examples")
    out = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            out.append(roadmap_from_record(json.loads(item.read_text("utf-8")), document_id=item.name))
    return out
