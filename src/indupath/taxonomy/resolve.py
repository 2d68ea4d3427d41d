"""Resolve free-text names of regions and industries to codes, with ranked candidates.

Matching runs in three stages and stops at the first that finds something:

1. **exact** — the folded text equals a region's or industry's full Chinese or English name
   (score 1.0);
2. **alias** — it equals a short form, abbreviation or variant (score 0.95; one-character
   abbreviations 0.9); suffixes such as 省/市/Province/City are also tried stripped;
3. **fuzzy** — rapidfuzz ``WRatio`` over all names and aliases, kept at 85 or more
   (score = ratio / 100 x 0.8, so a fuzzy match never outranks an exact one).

When the best stage yields more than one code at the top score, every candidate at that
score is flagged ``ambiguous`` — 朝阳区 is in Beijing and in Changchun, 鼓楼区 in four
cities — and nothing is silently picked.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from indupath.taxonomy._text import is_cjk, normalize, squash

EXACT, ALIAS, FUZZY = "exact", "alias", "fuzzy"
_FUZZY_CUTOFF = 85.0


@dataclass(frozen=True)
class Candidate:
    """One possible reading of a name: a code in a scheme, how it matched and how well."""

    code: str
    scheme: str
    name_zh: str | None
    name_en: str | None
    level: str | None
    score: float
    kind: str  # exact | alias | fuzzy
    ambiguous: bool = False
    matched: str | None = None


_LEVEL_RANK = {"country": 0, "province": 1, "cluster": 2, "prefecture": 3, "zone": 4, "county": 5, "state": 1}

_ZH_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区")
_EN_SUFFIX = re.compile(
    r"\s+(province|municipality|city|county|district|prefecture|autonomous region|sar|sheng|shi)$"
)


@functools.lru_cache(maxsize=1)
def _region_index() -> dict[str, list[tuple[str, str, str]]]:
    """folded form -> [(code, scheme, kind)] with kind name|alias|abbr."""
    from indupath.taxonomy.regions import _GENERIC_NAMES, _surface_frame

    df = _surface_frame()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for form, code, scheme, kind in zip(df["form"], df["code"], df["scheme"], df["kind"], strict=True):
        if form in _GENERIC_NAMES:
            continue
        entries = out.setdefault(normalize(form), [])
        if not any(e[0] == code and e[1] == scheme for e in entries):
            entries.append((code, scheme, kind))
    return out


def _variants(text: str) -> list[str]:
    """The folded text and forms with an administrative suffix stripped."""
    t = normalize(text)
    out = [t]
    if is_cjk(t):
        for suf in _ZH_SUFFIXES:
            if t.endswith(suf) and len(t) - len(suf) >= 2:
                out.append(t[: -len(suf)])
                break
    else:
        m = _EN_SUFFIX.search(t)
        if m:
            out.append(t[: m.start()])
        if t.startswith("the "):
            out.append(t[4:])
    return out


def _region_candidate(code: str, scheme: str, score: float, kind: str, matched: str) -> Candidate:
    from indupath.taxonomy.regions import _record

    r = _record(code, scheme)
    return Candidate(code=code, scheme=scheme, name_zh=r["name_zh"], name_en=r["name_en"], level=r["level"],
                     score=score, kind=kind, matched=matched)


def _flag(cands: list[Candidate]) -> list[Candidate]:
    """Sort by score (then level, code) and flag ties at the top score as ambiguous."""
    cands.sort(key=lambda c: (-c.score, _LEVEL_RANK.get(c.level or "", 9), c.code))
    if not cands:
        return cands
    top = cands[0].score
    tied = [c for c in cands if abs(c.score - top) < 1e-9]
    if len({(c.scheme, c.code) for c in tied}) > 1:
        from dataclasses import replace

        cands = [replace(c, ambiguous=True) if abs(c.score - top) < 1e-9 else c for c in cands]
    return cands


def resolve_region(text: str, *, within: str | None = None, limit: int = 5) -> list[Candidate]:
    """Ranked candidate regions for a name (Chinese or English, full, short or abbreviated).

    Parameters
    ----------
    text:
        the name as written: 安徽省, 安徽, 皖, Anhui, Anhui Province, 浏阳市, Lin-gang Special Area...
    within:
        keep only regions inside this code (e.g. ``"320000"`` to read 鼓楼区 as Nanjing's);
        clusters count their members as inside.
    limit:
        the maximum number of candidates returned.

    Returns an empty list when nothing matches.

    >>> [c.code for c in resolve_region("皖")]
    ['340000']
    """
    from indupath.taxonomy.regions import is_within

    if not text or not text.strip():
        return []
    index = _region_index()
    found: dict[tuple[str, str], Candidate] = {}
    for i, variant in enumerate(_variants(text)):
        for code, scheme, kind in index.get(variant, []):
            if within is not None and not is_within(code, within):
                continue
            if kind == "name" and i == 0:
                score, how = 1.0, EXACT
            elif kind == "abbr":
                score, how = 0.9, ALIAS
            else:
                score, how = (0.95 if i == 0 else 0.93), ALIAS
            key = (scheme, code)
            if key not in found or found[key].score < score:
                found[key] = _region_candidate(code, scheme, score, how, variant)
    if not found:
        from rapidfuzz import fuzz, process

        query = normalize(text)
        choices = [k for k in index if (len(k) >= 2 and is_cjk(k)) or len(k) >= 4]
        for form, ratio, _ in process.extract(query, choices, scorer=fuzz.WRatio, limit=limit * 4,
                                              score_cutoff=_FUZZY_CUTOFF):
            for code, scheme, _kind in index[form]:
                if within is not None and not is_within(code, within):
                    continue
                score = round(float(ratio) / 100.0 * 0.8, 4)
                key = (scheme, code)
                if key not in found or found[key].score < score:
                    found[key] = _region_candidate(code, scheme, score, FUZZY, form)
    return _flag(list(found.values()))[:limit]


def resolve_region_code(text: str, *, within: str | None = None) -> str:
    """The one code a region name denotes.

    Raises :class:`indupath.errors.ResolutionError` when nothing matches and
    :class:`indupath.errors.AmbiguousNameError` (with the candidates) when several do.
    """
    from indupath.errors import AmbiguousNameError, ResolutionError

    cands = resolve_region(text, within=within)
    if not cands:
        raise ResolutionError(f"no region matches {text!r}")
    if cands[0].ambiguous:
        top = [c for c in cands if c.ambiguous]
        raise AmbiguousNameError(
            f"region name {text!r} is ambiguous: {', '.join(f'{c.code} {c.name_zh}' for c in top)}", list(top)
        )
    return cands[0].code


def _squash_key(text: str) -> str:
    return squash(text)
