"""The policy vocabulary: phrases that regional plans use for the industries they promote
(新型储能, 低空经济, humanoid robots, advanced photovoltaics ...), in Chinese and English.

Each phrase belongs to a *concept* (``energy-storage``, ``low-altitude`` ...) that carries

- one classification code: SEI-2018 (strategic emerging), FUTURE-2024 (future industries) or,
  for upgraded traditional industries, a GB/T 4754-2017 division;
- a default tier: ``emerging``, ``future`` or ``traditional`` (a text's own label overrides it);
- the GB/T 4754 divisions that measure it, with weights summing to 1 (indupath's judgement
  of where the activity is recorded, not published shares), and the IO42 sectors derived
  from them through the IO42 <-> GB/T concordance.

The data live in ``taxonomy/data/vocabulary.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from indupath.errors import InputError
from indupath.taxonomy._text import is_cjk, squash
from indupath.taxonomy.regions import _data_text

if TYPE_CHECKING:  # pandas is imported where a table is built, so that name lookups do not load it
    import pandas as pd

VOCAB = "VOCAB"
_TIERS = ("emerging", "future", "traditional")


@dataclass(frozen=True)
class VocabEntry:
    """One phrase of the policy vocabulary and the concept it names."""

    phrase: str
    lang: str
    concept: str
    scheme: str
    code: str
    tier: str
    divisions: tuple[tuple[str, float], ...]
    generic: bool = False

    @property
    def io42(self) -> tuple[tuple[str, float], ...]:
        """IO42 sectors and weights, derived from the GB/T divisions."""
        return _io42_weights(self.divisions)


@dataclass(frozen=True)
class Concept:
    """A policy-vocabulary concept: code, tier, measuring divisions and its phrases."""

    id: str
    scheme: str
    code: str
    tier: str
    divisions: tuple[tuple[str, float], ...]
    phrases_zh: tuple[str, ...]
    phrases_en: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _division_to_io42() -> dict[str, tuple[tuple[str, float], ...]]:
    from indupath.taxonomy.concordance import concordance

    conc = concordance("GB/T 4754-2017", "IO42")
    out: dict[str, list[tuple[str, float]]] = {}
    for f, t, w in zip(conc["from_code"], conc["to_code"], conc["weight"], strict=True):
        out.setdefault(f, []).append((t, float(w)))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=512)
def _io42_weights(divisions: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    m: dict[str, float] = {}
    table = _division_to_io42()
    for div, w in divisions:
        for to_code, cw in table.get(div, ()):
            m[to_code] = m.get(to_code, 0.0) + w * cw
    return tuple(sorted((k, round(v, 6)) for k, v in m.items()))


@functools.lru_cache(maxsize=1)
def _load() -> tuple[tuple[Concept, ...], frozenset[str]]:
    import yaml

    data = yaml.load(_data_text("vocabulary.yaml"), Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))
    generic = frozenset(str(g) for g in data.get("generic_phrases", []))
    concepts: list[Concept] = []
    seen: set[str] = set()
    for i, c in enumerate(data["concepts"]):
        where = f"concept {i + 1} ({c.get('id')})"
        if c["id"] in seen:
            raise InputError(f"{where}: duplicate concept id", file="vocabulary.yaml")
        seen.add(c["id"])
        if c["tier"] not in _TIERS:
            raise InputError(f"{where}: tier must be one of {_TIERS}", file="vocabulary.yaml", value=c["tier"])
        divisions = tuple((str(k), float(v)) for k, v in c["gbt"].items())
        if abs(sum(w for _, w in divisions) - 1.0) > 1e-9:
            raise InputError(f"{where}: division weights sum to {sum(w for _, w in divisions)}, expected 1",
                             file="vocabulary.yaml")
        concepts.append(
            Concept(
                id=c["id"], scheme=c["scheme"], code=str(c["code"]), tier=c["tier"], divisions=divisions,
                phrases_zh=tuple(str(p) for p in c.get("zh", [])), phrases_en=tuple(str(p) for p in c.get("en", [])),
            )
        )
    return tuple(concepts), generic


def concepts() -> tuple[Concept, ...]:
    """All vocabulary concepts, in file order."""
    return _load()[0]


@functools.lru_cache(maxsize=1)
def _entries() -> tuple[VocabEntry, ...]:
    cs, generic = _load()
    out: list[VocabEntry] = []
    for c in cs:
        seen: set[str] = set()
        for p in c.phrases_zh + c.phrases_en:
            if p in seen:
                continue
            seen.add(p)
            out.append(VocabEntry(phrase=p, lang="zh" if is_cjk(p) else "en", concept=c.id, scheme=c.scheme,
                                  code=c.code, tier=c.tier, divisions=c.divisions, generic=p in generic))
    return tuple(out)


def vocabulary_entries() -> tuple[VocabEntry, ...]:
    """Every (phrase, concept) pair of the vocabulary."""
    return _entries()


def policy_vocabulary() -> pd.DataFrame:
    """The vocabulary as a DataFrame: phrase, lang, concept, scheme, code, tier, generic,
    divisions ("39:0.6|65:0.3|..."), io42 ("20:0.6|..."). One row per (phrase, concept)."""
    rows = []
    for e in _entries():
        rows.append({
            "phrase": e.phrase, "lang": e.lang, "concept": e.concept, "scheme": e.scheme, "code": e.code,
            "tier": e.tier, "generic": e.generic,
            "divisions": "|".join(f"{d}:{w:g}" for d, w in e.divisions),
            "io42": "|".join(f"{d}:{w:g}" for d, w in e.io42),
        })
    import pandas as pd

    return pd.DataFrame(rows)


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[VocabEntry, ...]]:
    out: dict[str, list[VocabEntry]] = {}
    for e in _entries():
        lst = out.setdefault(e.phrase, [])
        if all(x.concept != e.concept for x in lst):
            lst.append(e)
    return {k: tuple(v) for k, v in out.items()}


def industry_gazetteer(*, include_generic: bool = True) -> dict[str, list[VocabEntry]]:
    """Vocabulary phrase (as written in the data) -> the entries it names; for a dictionary
    scan (Aho–Corasick) of policy texts. Set ``include_generic=False`` to leave out phrases too
    general to mark a priority alone (材料, energy, AI ...)."""
    return {k: list(v) for k, v in _gazetteer().items() if include_generic or not any(e.generic for e in v)}


@functools.lru_cache(maxsize=1)
def _squashed() -> dict[str, tuple[VocabEntry, ...]]:
    out: dict[str, list[VocabEntry]] = {}
    for e in _entries():
        lst = out.setdefault(squash(e.phrase), [])
        if all(x.concept != e.concept for x in lst):
            lst.append(e)
    return {k: tuple(v) for k, v in out.items()}


def lookup_phrase(text: str) -> list[VocabEntry]:
    """Entries whose phrase equals ``text`` after folding case, width, spaces and hyphens; for an English
    phrase the last word's other number is tried when the phrase itself is not listed ("lithium battery"
    finds "lithium batteries", "power batteries" finds "power battery")."""
    table = _squashed()
    hit = table.get(squash(text))
    if hit is None and text.isascii():
        variant = _other_number(text.strip())
        hit = table.get(squash(variant)) if variant else None
    return list(hit or ())


def _other_number(phrase: str) -> str | None:
    """The phrase with its last English word in the other grammatical number (batteries ↔ battery,
    vehicles ↔ vehicle); None when the last word is not a plain lower-case noun form."""
    head, _, last = phrase.rpartition(" ")
    if len(last) < 4 or not last.isalpha() or not last.islower():
        return None
    lead = head + " " if head else ""
    if last.endswith("ies"):
        return lead + last[:-3] + "y"
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return lead + last[:-1]
    if last.endswith("y") and last[-2] not in "aeiou":
        return lead + last[:-1] + "ies"
    return lead + last + "s"
