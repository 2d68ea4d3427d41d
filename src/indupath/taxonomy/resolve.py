"""Resolve free-text names of regions and industries to codes, with ranked candidates.

Matching runs in three stages and stops at the first that finds something:

1. **exact** — the folded text equals a region's or industry's full Chinese or English name
   (score 1.0);
2. **alias** — it equals a short form, abbreviation or variant (score 0.95; one-character
   abbreviations 0.9); suffixes such as 省/市/Province/City are also tried stripped;
3. **fuzzy** — rapidfuzz over all names and aliases (``ratio`` for regions, ``WRatio`` for
   industries), kept at 85 or more (score = ratio / 100 x 0.8, so a fuzzy match never
   outranks an exact one).

Regions: when the exact/alias stage yields more than one place, every candidate is flagged
``ambiguous`` — 朝阳区 is in Beijing and in Changchun, 鼓楼区 in four cities, 吉林 is a province
and a city — ranked by score, then level (province first), and nothing is silently picked.
A name qualified by its parent ("Shangqiu (Henan)") or written after it (湖南省浏阳市,
江苏南京鼓楼区) is resolved inside that parent.
Industries: candidates tied at the top score with different codes of one scheme are flagged
(the same industry in GB/T 4754 and CSRC-2012 is one industry, not an ambiguity).
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
    concept: str | None = None
    tier: str | None = None


_LEVEL_RANK = {"country": 0, "province": 1, "cluster": 2, "prefecture": 3, "zone": 4, "county": 5, "state": 1}

_QUALIFIED = re.compile(r"^(.+?)\s*\((.+)\)$")
_ZH_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区")
_EN_SUFFIX = re.compile(
    r"\s+(province|municipality|city|county|district|prefecture|autonomous region|sar|sheng|shi)$"
)


@functools.lru_cache(maxsize=1)
def _region_index() -> dict[str, list[tuple[str, str, str]]]:
    """folded form -> [(code, scheme, kind)] with kind name|alias|abbr."""
    from indupath.taxonomy.regions import _surface_frame

    df = _surface_frame()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for form, code, scheme, kind in zip(df["form"], df["code"], df["scheme"], df["kind"], strict=True):
        if form in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
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


_SCHEME_RANK = {"SEI-2018": 0, "FUTURE-2024": 1, "GB/T 4754-2017": 2, "CSRC-2012": 3, "IO42": 4, "IO153": 5}


# The same place under two region schemes.
_SAME_PLACE = {"HKG": "810000", "MAC": "820000", "TWN": "710000"}
_REGION_SCHEME_RANK = {"GB/T 2260": 0, "indupath-zone": 1, "indupath-cluster": 2, "FIPS": 3, "ISO3": 4}


def _flag(cands: list[Candidate], *, per_scheme: bool = False, region_schemes: bool = False) -> list[Candidate]:
    """Sort by score (then level, code) and flag ties at the top score as ambiguous.

    With ``per_scheme`` (industries), only ties between different codes of one scheme are
    ambiguous: 39 in GB/T 4754 and C39 in CSRC-2012 are one industry named twice.
    """
    from dataclasses import replace

    def scheme_rank(c: Candidate) -> int:
        if per_scheme:
            return _SCHEME_RANK.get(c.scheme, 9)
        return _REGION_SCHEME_RANK.get(c.scheme, 9) if region_schemes else 0

    cands.sort(key=lambda c: (-c.score, scheme_rank(c), _LEVEL_RANK.get(c.level or "", 9), c.code))
    if not cands:
        return cands
    top = cands[0].score
    tied = [c for c in cands if abs(c.score - top) < 1e-9]
    if per_scheme:
        by_scheme: dict[str, set[str]] = {}
        for c in tied:
            by_scheme.setdefault(c.scheme, set()).add(c.code)
        amb = {s for s, codes in by_scheme.items() if len(codes) > 1}
        return [replace(c, ambiguous=True) if abs(c.score - top) < 1e-9 and c.scheme in amb else c for c in cands]
    if len({(c.scheme, c.code) for c in tied}) > 1:
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
    # stage 1: the text as given; stage 2 (only when stage 1 finds nothing): suffix stripped
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
        if found:
            break
    if not found:  # "Shangqiu (Henan)", "通州(北京)": a place qualified by its province or city
        m = _QUALIFIED.match(normalize(text))
        if m:
            outers = [o for o in resolve_region(m.group(2), within=within, limit=10) if o.kind != FUZZY]
            inners = [resolve_region(m.group(1), within=o.code, limit=limit) for o in outers]
            hits = [i for i in inners if i and i[0].kind != FUZZY]
            if len(hits) == 1:
                return hits[0]
    if not found and is_cjk(text):  # "湖南省浏阳市", "江苏南京鼓楼区": a place written after its parents
        nested = _resolve_nested(normalize(text), within, limit)
        if nested:
            return nested
    places = {_SAME_PLACE.get(code, code) for _scheme, code in found}
    if len(places) > 1:  # one name, several places: all of them are reported as ambiguous
        from dataclasses import replace

        ranked = _flag(list(found.values()), region_schemes=True)
        return [replace(c, ambiguous=True) for c in ranked][:limit]
    if len(found) > 1:  # one place in two schemes (810000 and HKG): GB/T 2260 first, not ambiguous
        return sorted(found.values(), key=lambda c: (_REGION_SCHEME_RANK.get(c.scheme, 9), -c.score))[:limit]
    if not found:
        from rapidfuzz import fuzz, process

        query = normalize(text)
        choices = [k for k in index if (len(k) >= 2 and is_cjk(k)) or len(k) >= 4]
        for form, ratio, _ in process.extract(query, choices, scorer=fuzz.ratio, limit=limit * 4,
                                              score_cutoff=_FUZZY_CUTOFF):
            for code, scheme, _kind in index[form]:
                if within is not None and not is_within(code, within):
                    continue
                score = round(float(ratio) / 100.0 * 0.8, 4)
                key = (scheme, code)
                if key not in found or found[key].score < score:
                    found[key] = _region_candidate(code, scheme, score, FUZZY, form)
    return _flag(list(found.values()))[:limit]


def _resolve_nested(t: str, within: str | None, limit: int) -> list[Candidate]:
    """Split a Chinese name into a leading region and the rest, resolved inside it."""
    from dataclasses import replace

    from indupath.taxonomy.regions import is_within

    index = _region_index()
    for i in range(len(t) - 2, 1, -1):  # longest leading region first; the rest has 2+ characters
        head, rest = t[:i], t[i:]
        heads = [(code, scheme) for code, scheme, kind in index.get(head, []) if kind != "abbr"
                 and (within is None or is_within(code, within))]
        if not heads:
            continue
        out: list[Candidate] = []
        for code, _scheme in heads:
            for c in resolve_region(rest, within=code, limit=limit):
                if c.kind != FUZZY and c.code != code:
                    out.append(replace(c, matched=t, ambiguous=False))
        if out:
            uniq = {(c.scheme, c.code): c for c in out}
            ranked = _flag(list(uniq.values()), region_schemes=True)
            if len(ranked) > 1:
                ranked = [replace(c, ambiguous=True) for c in ranked]
            return ranked[:limit]
    return []


def resolve_region_code(
    text: str,
    *,
    within: str | None = None,
    levels: tuple[str, ...] | None = None,
    prefer_province: bool = True,
) -> str:
    """The one code a region name denotes.

    Parameters
    ----------
    levels:
        keep only candidates of these levels (``("province",)``, ``("county", "zone")`` ...).
    prefer_province:
        when a name is ambiguous between exactly one province and smaller places (河北: the
        province and Tianjin's 河北区; Jilin: the province and Jilin city), take the province —
        what a bare short name means in policy texts. ``False`` raises instead.

    Raises :class:`indupath.errors.ResolutionError` when nothing matches and
    :class:`indupath.errors.AmbiguousNameError` (with the candidates) when several places do.
    """
    from indupath.errors import AmbiguousNameError, ResolutionError

    cands = resolve_region(text, within=within, limit=50)
    if levels is not None:
        cands = [c for c in cands if c.level in levels]
    if not cands:
        raise ResolutionError(f"no region matches {text!r}" + (f" at levels {levels}" if levels else ""))
    top = [c for c in cands if c.score == cands[0].score and c.kind != FUZZY] or cands[:1]
    if not cands[0].ambiguous:
        return cands[0].code
    places = {_SAME_PLACE.get(c.code, c.code) for c in cands if c.ambiguous and c.kind != FUZZY}
    if len(places) == 1:
        return cands[0].code
    provinces = [c for c in cands if c.ambiguous and c.level == "province"]
    if prefer_province and len(provinces) == 1:
        return provinces[0].code
    amb = [c for c in cands if c.ambiguous] or top
    raise AmbiguousNameError(
        f"region name {text!r} is ambiguous: {', '.join(f'{c.code} {c.name_zh}' for c in amb[:10])}", list(amb)
    )


# ---------------------------------------------------------------- industries

_EN_IND_SUFFIX = re.compile(
    r"\s*(industrial clusters?|industry clusters?|industry chains?|industries|industry|sectors?|clusters?|"
    r"fields?)$"
)
_ZH_IND_SUFFIXES = ("产业集群", "产业链", "集群", "产业", "行业", "领域")


@functools.lru_cache(maxsize=1)
def _industry_index() -> dict[str, list[tuple[str, str, str]]]:
    """squashed name -> [(scheme, code, kind)] over every scheme's names and aliases."""
    from indupath.taxonomy.industries import _records

    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in _records():
        forms = [(r["name_zh"], "name"), (r["name_en"], "name")] + [(a, "alias") for a in r["aliases"]]
        for form, kind in forms:
            if not form:
                continue
            lst = out.setdefault(squash(form), [])
            if not any(e[0] == r["scheme"] and e[1] == r["code"] for e in lst):
                lst.append((r["scheme"], r["code"], kind))
    return out


_SCHEME_TIER = {"SEI-2018": "emerging", "FUTURE-2024": "future"}
_EN_LEAD = re.compile(r"^(?:and|or|the|such as|as well as|including|plus)\s+")
_ZH_LEAD = re.compile(r"^(?:以及|和|及|与|、)")
_PAREN = re.compile(r"\s*\([^()]*\)$")


def _ind_variants(text: str) -> list[str]:
    t = normalize(text)
    out = [squash(t)]
    # list debris around a phrase: "and quantum information", "graphics processing units (GPUs)", "量子科技等"
    cleaned = _PAREN.sub("", _ZH_LEAD.sub("", _EN_LEAD.sub("", t))).removesuffix(" etc.").removesuffix(" etc")
    cleaned = cleaned.removesuffix("等").strip()
    if cleaned and cleaned != t:
        t = cleaned
        out.append(squash(t))
    if is_cjk(t):
        for suf in _ZH_IND_SUFFIXES:
            if t.endswith(suf) and len(t) - len(suf) >= 2:
                out.append(squash(t[: -len(suf)]))
                break
    else:
        u = t[4:] if t.startswith("the ") else t
        m = _EN_IND_SUFFIX.search(u)
        if m and m.start() > 0:
            u = u[: m.start()]
        if u != t:
            out.append(squash(u))
    return out


def _ind_candidate(scheme: str, code: str, score: float, kind: str, matched: str, concept: str | None = None,
                   tier: str | None = None) -> Candidate:
    from indupath.taxonomy.industries import _record

    r = _record(code, scheme)
    return Candidate(code=code, scheme=scheme, name_zh=r["name_zh"], name_en=r["name_en"], level=r["level"],
                     score=score, kind=kind, matched=matched, concept=concept, tier=tier)


def _vocab_hits(variant: str) -> list[object]:
    from indupath.taxonomy.vocabulary import _squashed

    return list(_squashed().get(variant, ()))


def resolve_industry(text: str, *, scheme: str | None = None, limit: int = 5, fuzzy: bool = True) -> list[Candidate]:
    """Ranked candidate industries for a name or policy phrase, Chinese or English.

    Policy phrases (新型储能, humanoid robots, bio-manufacturing...) resolve through the policy
    vocabulary to their SEI-2018 / FUTURE-2024 / GB/T code, and the candidate carries the
    vocabulary ``concept`` and default ``tier``; official names of any scheme (计算机、通信和其他
    电子设备制造业, Manufacture of medicines, 下一代信息网络产业) resolve directly; a bare code
    (``C39``, ``1.5``) resolves when ``scheme`` is given or the code is unique to one scheme.

    Parameters
    ----------
    scheme:
        return codes of this scheme only; vocabulary phrases are then carried over through
        their GB/T division weights (``"GB/T 4754-2017"``) or IO42 weights (``"IO42"``), the score
        multiplied by the weight.
    limit:
        the maximum number of candidates.
    fuzzy:
        when no name, alias or vocabulary phrase matches, look for the closest forms (rapidfuzz's WRatio
        over every name and phrase, about 3 ms a call); ``False`` returns no candidate instead, for
        callers that would discard fuzzy candidates anyway (the extractor).
    """
    from indupath.taxonomy.industries import GBT, IO42, _by_key, _keys_by_code, canonical_scheme

    if not text or not text.strip():
        return []
    want = canonical_scheme(scheme) if scheme else None
    found: dict[tuple[str, str], Candidate] = {}

    def add(c: Candidate) -> None:
        key = (c.scheme, c.code)
        if want is not None and c.scheme != want:
            return
        if key not in found or found[key].score < c.score:
            found[key] = c

    raw = text.strip()
    for s_, c_ in (((want, raw),) if want else _keys_by_code().get(raw, ())):
        if (s_, c_) in _by_key():
            add(_ind_candidate(s_, c_, 1.0, EXACT, raw))
    index = _industry_index()
    for i, variant in enumerate(_ind_variants(text)):
        base = 1.0 if i == 0 else 0.97
        for s_, c_, kind in index.get(variant, []):
            add(_ind_candidate(s_, c_, base if kind == "name" else base * 0.95, EXACT if kind == "name" and i == 0
                               else ALIAS, variant))
        for e in _vocab_hits(variant):
            score = 0.95 * base
            if want is None or want == e.scheme:  # type: ignore[attr-defined]
                add(_ind_candidate(e.scheme, e.code, score, ALIAS, variant, e.concept, e.tier))  # type: ignore[attr-defined]
            elif want == GBT:
                for d, w in e.divisions:  # type: ignore[attr-defined]
                    add(_ind_candidate(GBT, d, round(score * w, 6), ALIAS, variant, e.concept, e.tier))  # type: ignore[attr-defined]
            elif want == IO42:
                for d, w in e.io42:  # type: ignore[attr-defined]
                    add(_ind_candidate(IO42, d, round(score * w, 6), ALIAS, variant, e.concept, e.tier))  # type: ignore[attr-defined]
        if found:
            break
    if not found and fuzzy:
        found.update(_fuzzy_industry(text, want, limit))
    # a name match that is also a vocabulary phrase carries the concept and its default tier
    concepts: dict[tuple[str, str], tuple[str, str]] = {}
    for variant in _ind_variants(text):
        for e in _vocab_hits(variant):
            concepts.setdefault((e.scheme, e.code), (e.concept, e.tier))  # type: ignore[attr-defined]
    from dataclasses import replace

    cands = [
        replace(c, concept=concepts[(c.scheme, c.code)][0], tier=concepts[(c.scheme, c.code)][1])
        if c.concept is None and (c.scheme, c.code) in concepts else c
        for c in found.values()
    ]
    # an SEI-2018 code is an emerging industry, a FUTURE-2024 code a future one, by definition
    cands = [replace(c, tier=_SCHEME_TIER[c.scheme]) if c.tier is None and c.scheme in _SCHEME_TIER else c
             for c in cands]
    return _flag(cands, per_scheme=True)[:limit]


@functools.lru_cache(maxsize=1)
def _fuzzy_choices() -> tuple[str, ...]:
    from indupath.taxonomy.vocabulary import _squashed

    keys = set(_industry_index()) | set(_squashed())
    return tuple(sorted(k for k in keys if len(k) >= (2 if is_cjk(k) else 4)))


def _fuzzy_industry(text: str, want: str | None, limit: int) -> dict[tuple[str, str], Candidate]:
    from rapidfuzz import fuzz, process

    from indupath.taxonomy.vocabulary import _squashed

    out: dict[tuple[str, str], Candidate] = {}
    query = squash(text)
    if len(query) < 2:
        return out
    index = _industry_index()
    for form, ratio, _ in process.extract(query, _fuzzy_choices(), scorer=fuzz.WRatio, limit=limit * 4,
                                          score_cutoff=_FUZZY_CUTOFF):
        score = round(float(ratio) / 100.0 * 0.8, 4)
        hits: list[tuple[str, str, str | None, str | None]] = [(s, c, None, None) for s, c, _k in index.get(form, [])]
        hits += [(e.scheme, e.code, e.concept, e.tier) for e in _squashed().get(form, ())]
        for s_, c_, concept, tier in hits:
            if want is not None and s_ != want:
                continue
            key = (s_, c_)
            if key not in out or out[key].score < score:
                out[key] = _ind_candidate(s_, c_, score, FUZZY, form, concept, tier)
    return out
