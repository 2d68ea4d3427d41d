"""The extractor's protocols: the pipeline stages a rule-based or model-based extractor plugs into.

Callers depend only on :class:`Extractor` (``extract(doc) -> Roadmap``); the rule
pipeline in :mod:`indupath.extract.extractor` is built from the stage protocols
below, each of which reads the shared :class:`DocContext` and returns facts. A
model-based stage (say, a sequence labeller for priorities) implements the same
protocol and replaces one stage without touching the others or the callers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from indupath.model import Document, Measure, Priority, Roadmap, Target

from .regions import Mention
from .segment import Header, Sentence


@dataclass
class DocContext:
    """A document as the stages see it: text, header, language, sentences, region scope."""

    document: Document
    text: str
    language: str
    header: Header
    year: int | None
    title: str = ""
    plan_end: int | None = None  # the deadline or period end a plan's title names (tense stage)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)  # per sentence
    subjects: list[list[Mention]] = field(default_factory=list)  # per sentence: mentions in subject position
    subject_ends: list[list[int]] = field(default_factory=list)  # per sentence: their end offsets
    scope: list[Mention | None] = field(default_factory=list)  # per sentence: region carried in from before
    opener: list[Mention | None] = field(default_factory=list)  # per sentence: region its opening "The province" means
    generic: list[bool] = field(default_factory=list)  # per sentence: about regions in general
    tense: list[str | None] = field(default_factory=list)  # per sentence: future | past | None
    years: list[int | None] = field(default_factory=list)  # per sentence: deadline year in force
    hard_past: list[bool] = field(default_factory=list)  # per sentence: explicitly about the past
    sentence_years: list[list[int]] = field(default_factory=list)  # per sentence: years it names (explicit_years)
    so_far: list[bool] = field(default_factory=list)  # per sentence: a report of this year so far (results_so_far)
    # per sentence: the deadline it inherits from its paragraph, section or title, before its own years
    carried_years: list[int | None] = field(default_factory=list)
    main: Mention | None = None  # the document's own region (region_stage)
    # "the park" / "the zone" → the region a sentence placed it in ("Located in X, the park …"); filled on first use
    site_hosts: dict[str, Mention] | None = None
    # a zone's code → the fullest English name the text gives it ("Xi'an High-tech Industries Development Zone" over
    # the headline's "Xi'an High-tech Zone"); filled on first use
    zone_names: dict[str, str] | None = None


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a document into a roadmap."""

    name: str

    def extract(self, document: Document) -> Roadmap:
        """Read one document."""
        ...


class Segmenter(Protocol):
    """Fills ``ctx.sentences``."""

    def __call__(self, ctx: DocContext) -> None: ...


class RegionTagger(Protocol):
    """Fills ``ctx.mentions``, ``ctx.scope`` and ``ctx.generic``."""

    def __call__(self, ctx: DocContext) -> None: ...


class PriorityExtractor(Protocol):
    """Returns the priority industries of a document."""

    def __call__(self, ctx: DocContext) -> list[Priority]: ...


class TargetExtractor(Protocol):
    """Returns the quantified targets of a document."""

    def __call__(self, ctx: DocContext) -> list[Target]: ...


class MeasureExtractor(Protocol):
    """Returns the policy measures of a document."""

    def __call__(self, ctx: DocContext) -> list[Measure]: ...
