"""The extractor's protocols: the pipeline stages a rule-based or model-based extractor plugs into.

Callers depend only on :class:`Extractor` (``extract(doc) -> Roadmap``); the rule
pipeline in :mod:`indupath.extract.extractor` is built from the stage protocols
below, each of which reads the shared :class:`DocContext` and returns facts. A
model-based stage (say, a sequence labeller for priorities) implements the same
protocol and replaces one stage without touching the others or the callers.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from indupath.model import Document, Measure, Priority, Roadmap, Target

from .context import DocContext

__all__ = ["DocContext", "Extractor", "MeasureExtractor", "PriorityExtractor", "RegionTagger", "Segmenter",
           "TargetExtractor"]


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
