"""Tiers of priority industries: emerging, future, traditional.

Order of evidence (``Priority.tier_source``):

1. ``label`` — the text's own label next to the list (战略性新兴产业, 未来产业,
   传统产业, "strategic emerging industries such as", "future industries like");
2. ``document`` — the document's type: a future-industry plan or press conference
   gives ``future`` to unlabelled lists;
3. ``taxonomy`` — the national convention for the phrase: frontier technologies
   (quantum, humanoid robots, 6G, brain-computer interfaces, synthetic biology...)
   are future industries, mature sectors (textiles, steel, petrochemicals, food,
   clothing...) traditional ones; the taxonomy's policy vocabulary is consulted
   when it is available;
4. ``default`` — ``emerging``.
"""

from __future__ import annotations

import re
from typing import Final

from indupath.model import Tier

from .fastre import Folded

_FUTURE_LABEL: Final = re.compile(
    r"未来产业|未来领域|前沿产业|future[- ](?:industr|oriented|sector)|industries of the future|frontier industr|"
    r"cutting-edge industries of the future",
    re.IGNORECASE,
)
# (Folded: the matches of re.IGNORECASE, found several times faster on Chinese text, see fastre)
_DOC_FUTURE: Final = Folded(r"未来产业|future industr|industries of the future")
_EMERGING_LABEL: Final = re.compile(
    r"战略性新兴|新兴产业|新兴领域|新兴产业集群|(?:strategic )?emerging (?:industr|sector|field|growth (?:point|pole)|track)|"
    r"新兴赛道",
    re.IGNORECASE,
)
_TRADITIONAL_LABEL: Final = re.compile(
    # (传统主导产业, 传统特色产业, 传统支柱产业: a qualifier between 传统 and 产业)
    r"传统(?:主导|特色|支柱|优势|优势特色|优势主导|特色优势)?产业|传统制造业|传统行业|traditional (?:advantageous |pillar |manufacturing )?(?:industr|sector|mainstay|pillar|staples|strengths)",
    re.IGNORECASE,
)

_FUTURE_TERMS: Final = Folded(
    r"量子|元宇宙|脑机|类脑|人形机器人|具身智能|6G|合成生物|深海|深空|空天|细胞|基因|通用智能|通用人工智能|未来网络|"
    r"核聚变|聚变|氢能|生命科学|前沿材料|未来材料|未来制造|未来信息|未来能源|未来空间|未来健康|区块链|"
    r"quantum|metaverse|brain[- ]computer|brain-like|humanoid|embodied|\b6G\b|synthetic biology|deep[- ]sea|deep space|"
    r"cell therapy|gene|general(?:-purpose)? (?:artificial )?intelligence|future network|fusion|hydrogen|"
    r"life science|maglev",
)
_TRADITIONAL_TERMS: Final = Folded(
    r"纺织|服装|服饰|钢铁|冶金|石化|化工|建材|有色|食品|轻工|家电|家具|陶瓷|造纸|煤炭|煤化工|农产品加工|鞋|"
    r"textile|steel|clothing|garment|apparel|eyewear|petrochemical|chemical|coal|food|furniture|ceramic|"
    r"building materials|metallurg|non-ferrous|cotton|livestock|tea\b|tourism|logistics|motorcycle",
)


_RX_LABEL_TIER_1: Final = re.compile(r"emerging and future", re.IGNORECASE)


def label_tier(text: str) -> Tier | None:
    """Tier named by a list label such as ``未来产业`` or ``strategic emerging industries``; None if none."""
    future = bool(_FUTURE_LABEL.search(text))
    if future and (_EMERGING_LABEL.search(text) or _RX_LABEL_TIER_1.search(text)):
        return None  # "新兴产业和未来产业", "emerging and future industries": a mixed list
    if future:
        return "future"
    if _TRADITIONAL_LABEL.search(text):
        return "traditional"
    if _EMERGING_LABEL.search(text):
        return "emerging"
    return None


_RX_DOCUMENT_TIER_1: Final = re.compile(r"《[^》]{0,60}》")


def document_tier(title: str, body: str) -> Tier | None:
    """``future`` for a future-industry plan or briefing (title or opening lines about 未来产业 and not 新兴产业)."""
    head = title + " " + " ".join(_RX_DOCUMENT_TIER_1.findall(body[:600]))
    # (whether each label occurs at all: a count above zero, the second looked for only after the first)
    if _DOC_FUTURE.test(head) and _EMERGING_LABEL.search(head) is None:
        return "future"
    return None


def convention_tier(phrase: str) -> Tier | None:
    """The national convention for an industry phrase (frontier → future, mature → traditional)."""
    if _FUTURE_TERMS.test(phrase):
        return "future"
    if _TRADITIONAL_TERMS.test(phrase):
        return "traditional"
    return None
