"""Units: normalise a value written in a source unit to indupath's base units.

Statistics and policy texts write the same quantity in many units: 亿元, 万元,
千元, "thousands of dollars", 万人, 万亩... The store keeps every value in a
base unit (``CNY``, ``USD``, ``%``, ``count``, ``enterprises``, ``persons``,
``person-years``, ``ha``, ``kW``, ``tonnes``, ``index``, ``years``) so that
values from different files can be compared and summed.

.. math::

    v_{base} = v_{written} \\times f(u)

where :math:`f(u)` is the factor of unit :math:`u` in the table below (e.g.
:math:`f(\\text{亿元}) = 10^8`, :math:`f(\\text{万人}) = 10^4`,
:math:`f(\\text{亩}) = 1/15` ha). The factors are the legal definitions of the
Chinese counting units (万 = 10^4, 亿 = 10^8) and of the metric and area units
(1 亩 = 10,000/15 m², 1 km² = 100 ha).

This module is pure (no I/O); the extractor reuses :func:`normalize_unit`.
"""

from __future__ import annotations

import math
import re

from indupath.errors import InputError
from indupath.model import BASE_UNITS as MODEL_BASE_UNITS

#: Every base unit a stored value may carry.
BASE_UNITS: tuple[str, ...] = (*MODEL_BASE_UNITS, "person-years")

_CNY_SCALES: dict[str, float] = {
    "": 1.0,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "十亿": 1e9,
    "百亿": 1e10,
    "千亿": 1e11,
    "万亿": 1e12,
}

_EN_SCALES: dict[str, float] = {
    "": 1.0,
    "thousand": 1e3,
    "thousands": 1e3,
    "thousands of": 1e3,
    "k": 1e3,
    "10k": 1e4,
    "ten thousand": 1e4,
    "million": 1e6,
    "millions": 1e6,
    "millions of": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "100 million": 1e8,
    "hundred million": 1e8,
    "billion": 1e9,
    "billions": 1e9,
    "billions of": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trillions of": 1e12,
}


def _build_table() -> dict[str, tuple[float, str]]:
    table: dict[str, tuple[float, str]] = {}
    # Chinese currency: 元, 万元, 亿元 ...; also 人民币 forms.
    for prefix, factor in _CNY_SCALES.items():
        table[f"{prefix}元"] = (factor, "CNY")
        table[f"{prefix}元人民币"] = (factor, "CNY")
        table[f"人民币{prefix}元"] = (factor, "CNY")
        table[f"{prefix}美元"] = (factor, "USD")
    # English currency forms.
    for prefix, factor in _EN_SCALES.items():
        for word, base in (
            ("yuan", "CNY"),
            ("rmb", "CNY"),
            ("cny", "CNY"),
            ("renminbi", "CNY"),
            ("yuan rmb", "CNY"),
            ("dollars", "USD"),
            ("dollar", "USD"),
            ("us dollars", "USD"),
            ("usd", "USD"),
            ("us$", "USD"),
            ("$", "USD"),
            ("current dollars", "USD"),
            ("current us dollars", "USD"),
        ):
            key = f"{prefix} {word}".strip()
            table[key] = (factor, base)
    # People and enterprises.
    for prefix, factor in (("", 1.0), ("千", 1e3), ("万", 1e4), ("亿", 1e8)):
        table[f"{prefix}人"] = (factor, "persons")
        table[f"{prefix}名"] = (factor, "persons")
        table[f"{prefix}家"] = (factor, "enterprises")
        table[f"{prefix}户"] = (factor, "enterprises")
        table[f"{prefix}个"] = (factor, "count")
        table[f"{prefix}项"] = (factor, "count")
        table[f"{prefix}件"] = (factor, "count")
        table[f"{prefix}台"] = (factor, "count")
        table[f"{prefix}辆"] = (factor, "count")
        table[f"{prefix}人年"] = (factor, "person-years")
        table[f"{prefix}吨"] = (factor, "tonnes")
        table[f"{prefix}千瓦"] = (factor, "kW")
        table[f"{prefix}亩"] = (factor / 15.0, "ha")
        table[f"{prefix}公顷"] = (factor, "ha")
    for prefix, factor in _EN_SCALES.items():
        for word, base in (
            ("persons", "persons"),
            ("people", "persons"),
            ("person", "persons"),
            ("jobs", "persons"),
            ("employees", "persons"),
            ("workers", "persons"),
            ("enterprises", "enterprises"),
            ("firms", "enterprises"),
            ("companies", "enterprises"),
            ("establishments", "enterprises"),
            ("count", "count"),
            ("number", "count"),
            ("units", "count"),
            ("items", "count"),
            ("person-years", "person-years"),
            ("person years", "person-years"),
            ("tonnes", "tonnes"),
            ("tons", "tonnes"),
            ("t", "tonnes"),
            ("hectares", "ha"),
            ("ha", "ha"),
            ("mu", "ha"),
            ("kw", "kW"),
        ):
            factor_word = factor / 15.0 if word == "mu" else factor
            table[f"{prefix} {word}".strip()] = (factor_word, base)
    table.update(
        {
            "%": (1.0, "%"),
            "％": (1.0, "%"),
            "percent": (1.0, "%"),
            "per cent": (1.0, "%"),
            "pct": (1.0, "%"),
            "百分比": (1.0, "%"),
            "百分点": (1.0, "%"),
            "percentage points": (1.0, "%"),
            "‰": (0.1, "%"),
            "per mille": (0.1, "%"),
            "mw": (1e3, "kW"),
            "兆瓦": (1e3, "kW"),
            "gw": (1e6, "kW"),
            "吉瓦": (1e6, "kW"),
            "平方公里": (100.0, "ha"),
            "km2": (100.0, "ha"),
            "km²": (100.0, "ha"),
            "square kilometres": (100.0, "ha"),
            "square kilometers": (100.0, "ha"),
            "index": (1.0, "index"),
            "指数": (1.0, "index"),
            "年": (1.0, "years"),
            "years": (1.0, "years"),
            "year": (1.0, "years"),
        }
    )
    for base in BASE_UNITS:
        table[base.lower()] = (1.0, base)
    return table


_TABLE = _build_table()
_SPACES = re.compile(r"\s+")


def _key(unit: str) -> str:
    u = unit.strip().lower().replace("（", "(").replace("）", ")")
    # "万元 (10k yuan)" or "(亿元)": keep the first bracketed or unbracketed part
    u = u.strip("()[] ")
    u = _SPACES.sub(" ", u)
    return u


def unit_factor(unit: str) -> tuple[float, str]:
    """Return ``(factor, base_unit)`` for a written unit, e.g. ``"亿元" -> (1e8, "CNY")``.

    Raises :class:`InputError` for a unit that is not in the table.
    """
    if not isinstance(unit, str) or not unit.strip():
        raise InputError(
            f"a unit is required; known units include {', '.join(known_units()[:12])} ...", value=unit
        )
    key = _key(unit)
    if key in _TABLE:
        return _TABLE[key]
    raise InputError(
        "unknown unit; expected one of e.g. 元, 万元, 亿元, 万亿元, yuan, 10k yuan, thousand dollars, "
        "%, 个, 家, 人, 万人, persons, count (see indupath.store.units.known_units())",
        value=unit,
    )


def is_known_unit(unit: str) -> bool:
    """True when :func:`unit_factor` knows ``unit``."""
    return isinstance(unit, str) and _key(unit) in _TABLE


def normalize_unit(value: float, unit: str) -> tuple[float, str]:
    """Convert ``value`` written in ``unit`` to the base unit: ``(value * factor, base_unit)``.

    >>> normalize_unit(3.5, "亿元")
    (350000000.0, 'CNY')
    >>> normalize_unit(2, "thousands of dollars")
    (2000.0, 'USD')

    Raises :class:`InputError` for an unknown unit or a non-finite value.
    """
    factor, base = unit_factor(unit)
    v = float(value)
    if not math.isfinite(v):
        raise InputError("value must be a finite number", value=value)
    return v * factor, base


def known_units() -> list[str]:
    """All unit spellings the table knows, sorted."""
    return sorted(_TABLE)
