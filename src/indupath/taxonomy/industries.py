"""Industry classifications, Chinese and English, as one long reference table.

Schemes (see ``taxonomy/data/README.md`` for sources):

======================  ==========================================================================
``GB/T 4754-2017``      China's national economic industry classification: 20 sections (A–T) and
                        97 divisions (01–97)
``CSRC-2012``           the securities regulator's listed-company classification: section letter +
                        GB/T division (C39 = division 39) for sections A–R; S 综合 (conglomerates,
                        S90/S91) has no GB/T division
``SEI-2018``            NBS Strategic Emerging Industries Classification (2018): 9 categories, items
``FUTURE-2024``         the six directions of MIIT et al. 《关于推动未来产业创新发展的实施意见》 (2024)
                        and their named areas (codes F1–F6, F1.1 ...; indupath's numbering)
``IO42`` / ``IO153``    sectors of NBS's national input-output tables (2017/2020)
``IO42-2007``           the 42 sectors of the 2007 provincial input-output tables (codes 01–42)
``BEA``                 BEA state employment line codes (SAEMP25N)
``BEA-GVA``             BEA state GDP line codes (SAGDP2N)
``BEA-SUMMARY``         BEA 2012 summary input-output sectors the employment lines map to
``SITC2``               SITC revision 2: sections, divisions and the four-digit items of the trade data
======================  ==========================================================================
"""

from __future__ import annotations

import csv
import functools
import io
from typing import TYPE_CHECKING, Any

from indupath.errors import NotFoundError
from indupath.model import Industry
from indupath.taxonomy.regions import _data_text

if TYPE_CHECKING:  # pandas is imported where a table is built, so that name lookups do not load it
    import pandas as pd

GBT = "GB/T 4754-2017"
CSRC = "CSRC-2012"
SEI = "SEI-2018"
FUTURE = "FUTURE-2024"
IO42 = "IO42"
IO153 = "IO153"
IO42_2007 = "IO42-2007"
BEA = "BEA"
BEA_GVA = "BEA-GVA"
BEA_SUMMARY = "BEA-SUMMARY"
SITC2 = "SITC2"

SCHEMES = (GBT, CSRC, SEI, FUTURE, IO42, IO153, IO42_2007, BEA, BEA_GVA, BEA_SUMMARY, SITC2)
COLUMNS = ["code", "scheme", "level", "parent", "name_zh", "name_en", "aliases"]

# Scheme names users type, folded to the canonical ones.
_SCHEME_ALIASES = {
    "gbt": GBT, "gb/t": GBT, "gb/t 4754": GBT, "gb/t4754": GBT, "gb/t 4754-2017": GBT, "gbt4754": GBT,
    "csrc": CSRC, "csrc-2012": CSRC, "sei": SEI, "sei-2018": SEI, "future": FUTURE, "future-2024": FUTURE,
    "io42": IO42, "io153": IO153, "io42-2007": IO42_2007, "io42_2007": IO42_2007, "io2007": IO42_2007, "bea": BEA, "bea-gva": BEA_GVA, "bea-summary": BEA_SUMMARY,
    "sitc": SITC2, "sitc2": SITC2,
}


def canonical_scheme(scheme: str) -> str:
    """The canonical name of an industry scheme (``"gbt"`` -> ``"GB/T 4754-2017"``)."""
    if scheme in SCHEMES:
        return scheme
    folded = _SCHEME_ALIASES.get(scheme.strip().casefold())
    if folded is None:
        raise NotFoundError(f"unknown industry scheme {scheme!r}; expected one of {', '.join(SCHEMES)}")
    return folded


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_data_text(name))))


def _rec(code: str, scheme: str, level: str | None, parent: str | None, zh: str | None, en: str | None,
         aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"code": code, "scheme": scheme, "level": level, "parent": parent or None, "name_zh": zh or None,
            "name_en": en or None, "aliases": aliases}


@functools.lru_cache(maxsize=1)
def _records() -> tuple[dict[str, Any], ...]:
    out: list[dict[str, Any]] = []
    gbt = _rows("gbt4754_2017.csv")
    for r in gbt:
        out.append(_rec(r["code"], GBT, r["level"], r["parent"], r["name_zh"], r["name_en"]))
    # CSRC 2012: GB/T sections A-R and their divisions, codes prefixed by the letter (C39); its own
    # section S is 综合 (conglomerates): S90 in the guideline, S91 as data vendors write it
    for r in gbt:
        section = r["code"] if r["level"] == "section" else r["parent"]
        if section in ("S", "T"):
            continue
        if r["level"] == "section":
            out.append(_rec(r["code"], CSRC, "section", None, r["name_zh"], r["name_en"]))
        else:
            out.append(_rec(r["parent"] + r["code"], CSRC, "division", r["parent"], r["name_zh"], r["name_en"],
                            (r["parent"] + r["code"] + r["name_zh"],)))
    out.append(_rec("S", CSRC, "section", None, "综合", "Conglomerates"))
    for code in ("S90", "S91"):
        out.append(_rec(code, CSRC, "division", "S", "综合", "Conglomerates", (code + "综合",)))
    for r in _rows("sei2018.csv"):
        out.append(_rec(r["code"], SEI, r["level"], r["parent"], r["name_zh"], r["name_en"]))
    for r in _rows("future2024.csv"):
        out.append(_rec(r["code"], FUTURE, r["level"], r["parent"], r["name_zh"], r["name_en"]))
    for r in _rows("industries_io.csv"):
        out.append(_rec(r["code"], r["scheme"], "sector", None, r["name_zh"], r["name_en"]))
    summaries: dict[str, str] = {}
    for r in _rows("industries_bea.csv"):
        if r["scheme"] == "BEA-EMP":
            if r["code"] not in {o["code"] for o in out if o["scheme"] == BEA}:
                out.append(_rec(r["code"], BEA, "line", None, None, r["name_en"]))
            summaries.setdefault(r["summary_code"], r["summary_name"])
        else:
            out.append(_rec(r["code"], BEA_GVA, "line", None, None, r["name_en"]))
    for code, name in summaries.items():
        out.append(_rec(code, BEA_SUMMARY, "summary", None, None, name))
    groups = {r["code"]: r for r in _rows("sitc2_groups.csv")}
    for r in groups.values():
        out.append(_rec(r["code"], SITC2, r["level"], r["parent"], None, r["name_en"]))
    for r in _rows("sitc2_codes.csv"):
        code = r["code"]
        div = groups[code[:2]]
        out.append(_rec(code, SITC2, "item", code[:2], None, f"{div['name_en']}: item {code}"))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _by_key() -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["scheme"], r["code"]): r for r in _records()}


@functools.lru_cache(maxsize=1)
def _keys_by_code() -> dict[str, list[tuple[str, str]]]:
    """Every (scheme, code) key of :func:`_by_key` under its bare code, in that mapping's order (a code such as
    ``C39`` or ``1.5`` may belong to several schemes): looking a code up here replaces a scan of all keys."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key in _by_key():
        out.setdefault(key[1], []).append(key)
    return out


@functools.lru_cache(maxsize=1)
def _frame() -> pd.DataFrame:
    recs = [dict(r, aliases="|".join(r["aliases"])) for r in _records()]
    import pandas as pd

    return pd.DataFrame.from_records(recs, columns=COLUMNS)


def industries_table(scheme: str | None = None) -> pd.DataFrame:
    """Industries of one scheme (or all) as a DataFrame: code, scheme, level, parent, name_zh,
    name_en, aliases ("|"-joined)."""
    df = _frame()
    if scheme is not None:
        df = df[df["scheme"] == canonical_scheme(scheme)]
    return df.reset_index(drop=True).copy()


def get_industry(code: str, scheme: str) -> Industry:
    """One industry as a :class:`indupath.model.Industry`; NotFoundError for an unknown code."""
    s = canonical_scheme(scheme)
    code = str(code).strip()
    r = _by_key().get((s, code))
    if r is None and s == GBT and code.isdigit() and len(code) == 1:
        r = _by_key().get((s, "0" + code))
    if r is None:
        raise NotFoundError(f"no industry with code {code!r} in scheme {s!r}")
    return Industry(code=r["code"], scheme=r["scheme"], name_zh=r["name_zh"], name_en=r["name_en"],
                    parent=r["parent"], level=r["level"], aliases=r["aliases"])


def find_industry_code(code: str, scheme: str | None = None) -> list[tuple[str, str]]:
    """``(scheme, code)`` pairs that carry this code (in one scheme, or in every scheme)."""
    schemes = (canonical_scheme(scheme),) if scheme else SCHEMES
    return [(s, code) for s in schemes if (s, code) in _by_key()]


def _record(code: str, scheme: str) -> dict[str, Any]:
    r = _by_key().get((scheme, code))
    if r is None:
        raise NotFoundError(f"no industry with code {code!r} in scheme {scheme!r}")
    return r
