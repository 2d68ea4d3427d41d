"""Text normalisation shared by the region and industry lookups."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_DASH = re.compile(r"[\u2010-\u2015\u2212]")


def normalize(text: str) -> str:
    """Fold a name for lookup: NFKC (full-width to half-width), case-fold, unify dashes,
    quotes and parentheses, collapse spaces.

    >>> normalize("中国（上海）自由贸易试验区")
    '中国(上海)自由贸易试验区'
    >>> normalize("  Inner   MONGOLIA ")
    'inner mongolia'
    """
    s = unicodedata.normalize("NFKC", text)
    s = _DASH.sub("-", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = _SPACE.sub(" ", s).strip().casefold()
    return s


def squash(text: str) -> str:
    """:func:`normalize`, then drop spaces, hyphens and punctuation: ``"bio-manufacturing"`` and
    ``"biomanufacturing"`` fold to the same key."""
    s = normalize(text)
    return re.sub(r"[\s\-_.,;:'\"()·、，。；：（）&/]+", "", s)


def is_cjk(text: str) -> bool:
    """True when the text contains a CJK ideograph."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
