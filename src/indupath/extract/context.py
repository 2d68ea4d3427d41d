"""The document as the pipeline's stages see it (:class:`DocContext`), filled stage by stage.

Its own module so that the compiled build (:mod:`indupath.extract.native`) compiles it with the stages: they
read its fields millions of times, and a compiled class reads a field without a dictionary lookup.
:mod:`indupath.extract.protocol`, which holds runtime-checkable protocols and is never compiled, re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indupath.model import Document

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
