"""Chinese copulas that name an industry's group: 茶叶是我县的传统优势产业, 量子计算是合肥重点布局的未来产业.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _items(text: str) -> list[tuple[str, str]]:
    rm = extract(text, date="2026-03-01", language="zh")
    return [(p.industry, p.tier) for p in rm.priorities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新闻发言人：生物制造是我们重点培育的新兴产业。", [("生物制造", "emerging")]),
        ("陶瓷是景德镇的传统产业。", [("陶瓷", "traditional")]),  # the owner named, not 我市
        ("类脑智能是杭州重点布局的未来产业。", [("类脑智能", "future")]),
        ("宣纸是我县的富民主导产业。", [("宣纸", None)]),  # no head word: the group alone says it is an industry
    ],
)
def test_a_copula_names_an_industrys_group(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = _items(text)
    assert [i for i, _ in got] == [i for i, _ in expected]
    assert all(t == want for (_, t), (_, want) in zip(got, expected, strict=True) if want is not None)


@pytest.mark.parametrize(
    "text",
    ["关键是加快发展新兴产业。", "最突出的变化是提出改造提升传统产业。", "下一步的重点是培育未来产业。"],
)
def test_a_copula_before_a_task_names_no_industry(text: str) -> None:
    assert _items(text) == []
