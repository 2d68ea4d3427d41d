"""indupath.extract: policy texts (Chinese and English) → roadmaps.

``extract(text, *, language=None, date=None, name="document.txt") -> Roadmap`` reads
regions, priority industries with tiers, quantified targets and policy measures;
every fact keeps its character span, sentence and confidence. The pipeline is a
set of small stages behind the protocols of :mod:`indupath.extract.protocol`.
"""

from indupath.extract import native

native.activate(__path__)  # the compiled build, when built from these sources (see indupath.extract.native)

from indupath.extract.extractor import RuleExtractor, extract  # noqa: E402
from indupath.extract.protocol import Extractor  # noqa: E402

__all__ = ["Extractor", "RuleExtractor", "extract"]
