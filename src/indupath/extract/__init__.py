"""indupath.extract: policy texts (Chinese and English) → roadmaps.

``extract(text, *, language=None, date=None, name="document.txt") -> Roadmap`` reads
regions, priority industries with tiers, quantified targets and policy measures;
every fact keeps its character span, sentence and confidence. The pipeline is a
set of small stages behind the protocols of :mod:`indupath.extract.protocol`.
"""

from indupath.extract.extractor import RuleExtractor, extract
from indupath.extract.protocol import Extractor

__all__ = ["Extractor", "RuleExtractor", "extract"]
