"""The data model: typed, validated records shared by every part of indupath.

Records are frozen pydantic v2 models. Names carry Chinese and English forms
where they apply. Facts extracted from a text (priorities, targets, measures)
carry their character ``span`` in the document, the ``sentence`` they come
from, and a ``confidence`` in [0, 1], so that every fact is traceable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Tier = Literal["emerging", "future", "traditional"]
Comparator = Literal[">=", "<=", "=", "about"]
Language = Literal["zh", "en"]
RegionLevel = Literal["country", "province", "prefecture", "county", "zone", "cluster", "state", "other"]
MeasureKind = Literal[
    "fund",
    "subsidy",
    "platform",
    "program",
    "projects",
    "enterprise",
    "cluster",
    "talent",
    "land",
    "reform",
    "opening",
    "innovation support",
    "special policy",
    "other",
]

#: Base units in which values are stored after normalisation.
BASE_UNITS = ("CNY", "USD", "%", "count", "persons", "enterprises", "ha", "kW", "tonnes", "index", "years")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Span(_Record):
    """Half-open character range ``[start, end)`` in a document's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self

    def as_list(self) -> list[int]:
        return [self.start, self.end]


class Region(_Record):
    """A region: a GB/T 2260 unit, a development zone or city cluster, a US state, a country."""

    code: str = Field(min_length=1, description="GB/T 2260 six-digit code, zone code, FIPS, or ISO3")
    scheme: str = Field(default="GB/T 2260")
    name_zh: str | None = None
    name_en: str | None = None
    level: RegionLevel
    parent: str | None = None
    members: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _named(self) -> Region:
        if not (self.name_zh or self.name_en):
            raise ValueError(f"region {self.code} needs a Chinese or an English name")
        return self


class Industry(_Record):
    """An industry in one classification scheme (GB/T 4754-2017, SEI-2018, FUTURE-2024, IO42...)."""

    code: str = Field(min_length=1)
    scheme: str = Field(min_length=1)
    name_zh: str | None = None
    name_en: str | None = None
    parent: str | None = None
    level: str | None = None
    aliases: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _named(self) -> Industry:
        if not (self.name_zh or self.name_en):
            raise ValueError(f"industry {self.scheme}:{self.code} needs a Chinese or an English name")
        return self


class Document(_Record):
    """A policy text: economic work conference, government work report, plan, press conference, news."""

    # The text is kept exactly as read: fact spans are character offsets into it.
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)

    id: str = Field(min_length=1)
    name: str
    language: Language
    text: str
    date: dt.date | None = None
    source: str | None = None
    title: str | None = None
    kind: str | None = None


class _Fact(_Record):
    region: str | None = None
    region_code: str | None = None
    span: Span
    sentence: str = ""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    document_id: str | None = None


class RegionMention(_Record):
    """A region named in a document, resolved to its code where possible."""

    name: str
    code: str | None = None
    name_en: str | None = None
    span: Span | None = None


class Priority(_Fact):
    """A priority industry declared for a region, with its tier."""

    industry: str = Field(min_length=1, description="the phrase as written in the text")
    industry_code: str | None = None
    industry_scheme: str | None = None
    tier: Tier | None = None
    tier_source: Literal["label", "document", "taxonomy", "default"] | None = None


class Target(_Fact):
    """A quantified, forward-looking target: metric, value in base unit, comparator, deadline year."""

    metric: str
    value: float
    unit: str
    comparator: Comparator = "="
    year: int | None = Field(default=None, ge=1949, le=2100)
    baseline: float | None = None
    baseline_year: int | None = None
    scope: str | None = None
    value_as_written: str | None = None
    unit_as_written: str | None = None

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float) -> float:
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError("target value must be finite")
        return v


class Measure(_Fact):
    """A policy measure: fund, subsidy, platform, program, talent, land, reform..."""

    kind: MeasureKind
    text: str = Field(min_length=1)
    amount: float | None = None
    amount_unit: str | None = None


class Observation(_Record):
    """One cell of a long panel: region x industry x year x metric."""

    region_code: str = Field(min_length=1)
    industry_code: str = Field(min_length=1)
    scheme: str = Field(min_length=1)
    year: int = Field(ge=1900, le=2100)
    metric: str = Field(min_length=1)
    value: float
    unit: str
    source: str | None = None


class Roadmap(_Record):
    """What one document says: its regions, priorities, targets and measures."""

    document: Document
    regions: tuple[RegionMention, ...] = ()
    priorities: tuple[Priority, ...] = ()
    targets: tuple[Target, ...] = ()
    measures: tuple[Measure, ...] = ()
    extractor: str | None = None
    extractor_version: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The extraction-output contract (see DESIGN.md): one JSON object per document."""

        def fact(f: _Fact, fields: dict[str, Any]) -> dict[str, Any]:
            out: dict[str, Any] = {"region": f.region, "region_code": f.region_code}
            out.update(fields)
            out.update({"span": f.span.as_list(), "sentence": f.sentence, "confidence": f.confidence})
            return out

        return {
            "document": self.document.name,
            "language": self.document.language,
            "date": self.document.date.isoformat() if self.document.date else None,
            "extractor": self.extractor,
            "extractor_version": self.extractor_version,
            "regions": [
                {"name": r.name, "code": r.code, "name_en": r.name_en, "span": r.span.as_list() if r.span else None}
                for r in self.regions
            ],
            "priorities": [
                fact(
                    p,
                    {
                        "industry": p.industry,
                        "industry_code": p.industry_code,
                        "industry_scheme": p.industry_scheme,
                        "tier": p.tier,
                    },
                )
                for p in self.priorities
            ],
            "targets": [
                fact(
                    t,
                    {
                        "metric": t.metric,
                        "value": t.value,
                        "unit": t.unit,
                        "comparator": t.comparator,
                        "year": t.year,
                        "baseline": t.baseline,
                        "scope": t.scope,
                        "value_as_written": t.value_as_written,
                        "unit_as_written": t.unit_as_written,
                    },
                )
                for t in self.targets
            ],
            "measures": [
                fact(m, {"kind": m.kind, "text": m.text, "amount": m.amount, "amount_unit": m.amount_unit})
                for m in self.measures
            ],
        }
