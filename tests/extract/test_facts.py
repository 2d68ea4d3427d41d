"""indupath.extract.facts.build gives exactly the model's own constructor's record (or error)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from indupath.extract.facts import RULES, build, span
from indupath.model import Measure, Priority, RegionMention, Span, Target


def _same(a: Any, b: Any) -> None:
    assert type(a) is type(b)
    assert a == b
    assert a.model_dump() == b.model_dump()
    assert list(a.__dict__) == list(b.__dict__)  # field order (the JSON's key order)
    assert a.model_fields_set == b.model_fields_set
    assert a.model_dump_json() == b.model_dump_json()
    assert hash(a) == hash(b)


def test_rules_cover_every_field_in_order() -> None:
    for cls, rules in RULES.items():
        assert list(rules) == list(cls.model_fields), cls.__name__


FACT = {"region": "合肥市", "region_code": "340100", "sentence": "合肥市重点发展新能源汽车产业。",
        "confidence": 0.9, "document_id": "abc"}

GOOD: list[tuple[type[Any], dict[str, Any]]] = [
    (Priority, {**FACT, "industry": "新能源汽车", "industry_code": "C36", "industry_scheme": "GB/T 4754",
                "tier": "emerging", "tier_source": "label"}),
    (Priority, {"region": None, "industry": "AI", "tier": None, "tier_source": None, "confidence": 0.35}),
    (Target, {**FACT, "metric": "产值", "value": 1e11, "unit": "CNY", "comparator": ">=", "year": 2027,
              "value_as_written": "1000亿", "unit_as_written": "亿元"}),
    (Target, {"metric": "value", "value": 0.5, "unit": "%", "comparator": "about", "year": None}),
    (Measure, {**FACT, "kind": "fund", "text": "设立100亿元产业基金", "amount": 1e10, "amount_unit": "CNY"}),
    (Measure, {"kind": "innovation support", "text": "x", "amount": None, "amount_unit": None, "sentence": ""}),
    (RegionMention, {"name": "Hefei", "code": None, "name_en": "Hefei"}),
]


@pytest.mark.parametrize(("cls", "values"), GOOD)
def test_valid_values_give_the_models_record(cls: type[Any], values: dict[str, Any]) -> None:
    values = {**values, "span": Span(start=3, end=9)} if cls is not RegionMention else values
    _same(build(cls, **values), cls(**values))
    assert build(cls, **values).__pydantic_extra__ is None


BAD = [
    {"industry": " 新能源汽车"},  # stripped by the model
    {"industry": "新能源汽车\u3000"},
    {"sentence": "x\n"},
    {"confidence": 1},  # int: the model makes it a float
    {"confidence": 1.5},  # out of range: the model raises
    {"tier": "sunset"},
    {"industry": ""},
    {"span": {"start": 1, "end": 2}},  # a dict: the model validates it into a Span
    {"unknown": 1},  # extra="forbid"
]


@pytest.mark.parametrize("change", BAD)
def test_values_the_model_would_change_or_reject_go_to_the_model(change: dict[str, Any]) -> None:
    values = {**GOOD[0][1], "span": Span(start=3, end=9), **change}
    try:
        expected = Priority(**values)
    except ValidationError as e:
        with pytest.raises(ValidationError) as got:
            build(Priority, **values)
        assert got.value.errors() == e.errors()
    else:
        _same(build(Priority, **values), expected)


def test_target_values() -> None:
    base = {"metric": "m", "unit": "CNY", "span": Span(start=0, end=1)}
    _same(build(Target, **base, value=3), Target(**base, value=3))  # int -> 3.0 by the model
    assert build(Target, **base, value=3).value == 3.0 and type(build(Target, **base, value=3).value) is float
    for bad in (float("inf"), float("nan")):
        with pytest.raises(ValidationError):
            build(Target, **base, value=bad)
    with pytest.raises(ValidationError):
        build(Target, **base, value=1.0, year=1800)
    with pytest.raises(ValidationError):
        build(Target, **base)  # value missing


def test_span() -> None:
    _same(span(2, 5), Span(start=2, end=5))
    _same(span(4, 4), Span(start=4, end=4))
    _same(build(Span, start=2, end=5), Span(start=2, end=5))
    for a, b in ((5, 2), (-1, 3)):
        with pytest.raises(ValidationError):
            span(a, b)
        with pytest.raises(ValidationError):
            build(Span, start=a, end=b)
    with pytest.raises(ValidationError):
        span(2, 5).start = 3  # type: ignore[misc]  # still frozen


def test_records_are_frozen_and_hashable_like_validated_ones() -> None:
    p = build(Priority, **GOOD[0][1], span=span(0, 2))
    with pytest.raises(ValidationError):
        p.industry = "x"  # type: ignore[misc]
    assert {p, Priority(**GOOD[0][1], span=Span(start=0, end=2))} == {p}
