"""Building the extractor's fact records without pydantic's per-object validation cost.

The pipeline creates a few thousand :class:`~indupath.model.Span`, :class:`~indupath.model.Priority`,
:class:`~indupath.model.Target`, :class:`~indupath.model.Measure` and
:class:`~indupath.model.RegionMention` records per MB of text; validating each one through
``BaseModel.__init__`` costs about three times what the record itself costs. :func:`build`
checks the values the pipeline passes against the same rules the model declares (types,
``Literal`` sets, bounds, ``min_length``, finiteness, and that no string would be changed by
the models' ``str_strip_whitespace``) and, when every value passes, creates the record the
way ``BaseModel.model_construct`` does (all fields in declaration order, defaults filled,
``model_fields_set`` = the names given). Any value the rules would convert or reject (an
``int`` for a ``float``, a string with surrounding whitespace, a bound crossed) sends the call
to the model's own validating constructor, so the result, or the validation error, is exactly
the model's. ``tests/extract/test_facts.py`` checks the rule tables against the models.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar, get_args

from pydantic import BaseModel

from indupath.model import Comparator, Measure, MeasureKind, Priority, RegionMention, Span, Target, Tier

M = TypeVar("M", bound=BaseModel)
Check = Callable[[Any], bool]

_set = object.__setattr__


def _str(v: Any) -> bool:
    # pydantic strips the Unicode White_Space characters, all of which str.isspace() accepts
    return type(v) is str and not (v and (v[0].isspace() or v[-1].isspace()))


def _str1(v: Any) -> bool:
    return _str(v) and len(v) >= 1


def _opt_str(v: Any) -> bool:
    return v is None or _str(v)


def _float(v: Any) -> bool:
    return type(v) is float


def _finite(v: Any) -> bool:
    return type(v) is float and math.isfinite(v)


def _opt_float(v: Any) -> bool:
    return v is None or type(v) is float


def _unit_interval(v: Any) -> bool:
    return type(v) is float and 0.0 <= v <= 1.0


def _opt_year(v: Any) -> bool:
    return v is None or (type(v) is int and 1949 <= v <= 2100)


def _opt_int(v: Any) -> bool:
    return v is None or type(v) is int


def _nonneg_int(v: Any) -> bool:
    return type(v) is int and v >= 0


def _one_of(values: tuple[str, ...], optional: bool) -> Check:
    allowed = frozenset(values)

    def check(v: Any) -> bool:
        return (optional and v is None) or (type(v) is str and v in allowed)

    return check


def _span(v: Any) -> bool:
    return type(v) is Span


def _opt_span(v: Any) -> bool:
    return v is None or type(v) is Span


_FACT = {
    "region": _opt_str, "region_code": _opt_str, "span": _span, "sentence": _str,
    "confidence": _unit_interval, "document_id": _opt_str,
}

#: per model: each field's check, in declaration order (the order of ``model_fields``)
RULES: dict[type[BaseModel], dict[str, Check]] = {
    Span: {"start": _nonneg_int, "end": _nonneg_int},
    RegionMention: {"name": _str, "code": _opt_str, "name_en": _opt_str, "span": _opt_span},
    Priority: {
        **_FACT, "industry": _str1, "industry_code": _opt_str, "industry_scheme": _opt_str,
        "tier": _one_of(get_args(Tier), True),
        "tier_source": _one_of(("label", "document", "taxonomy", "default"), True),
    },
    Target: {
        **_FACT, "metric": _str, "value": _finite, "unit": _str,
        "comparator": _one_of(get_args(Comparator), False), "year": _opt_year, "baseline": _opt_float,
        "baseline_year": _opt_int, "scope": _opt_str, "value_as_written": _opt_str, "unit_as_written": _opt_str,
    },
    Measure: {
        **_FACT, "kind": _one_of(get_args(MeasureKind), False), "text": _str1, "amount": _opt_float,
        "amount_unit": _opt_str,
    },
}

_DEFAULTS: dict[type[BaseModel], tuple[tuple[str, Any, bool], ...]] = {
    cls: tuple(
        (name, None if info.is_required() else info.default, info.is_required())
        for name, info in cls.model_fields.items()
    )
    for cls in RULES
}


def build(cls: type[M], **values: Any) -> M:
    """``cls(**values)``, the same record (or the same validation error), built without validation
    when every value already satisfies the model's rules (see the module docstring)."""
    rules = RULES[cls]
    for name, v in values.items():
        check = rules.get(name)
        if check is None or not check(v):
            return cls(**values)
    fields: dict[str, Any] = {}
    for name, default, required in _DEFAULTS[cls]:
        if name in values:
            fields[name] = values[name]
        elif required:
            return cls(**values)  # the model reports the missing field
        else:
            fields[name] = default
    if cls is Span and fields["end"] < fields["start"]:
        return cls(**values)
    obj = cls.__new__(cls)
    _set(obj, "__dict__", fields)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` (see :func:`build`)."""
    if type(start) is int and type(end) is int and 0 <= start <= end:
        obj = Span.__new__(Span)
        _set(obj, "__dict__", {"start": start, "end": end})
        _set(obj, "__pydantic_fields_set__", {"start", "end"})
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj
    return Span(start=start, end=end)
