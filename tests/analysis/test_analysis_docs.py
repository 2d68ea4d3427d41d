"""Every public measurement function is documented in docs/indicators.md (formula and source)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import indupath.analysis as analysis

DOC = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"
MINE = {"panel", "specialization", "concentration", "shiftshare", "clusters", "relatedness", "complexity"}


def _public_functions() -> list[str]:
    names = []
    for name in analysis.__all__:
        obj = getattr(analysis, name)
        module = getattr(obj, "__module__", "").rsplit(".", 1)[-1]
        if inspect.isfunction(obj) and module in MINE and module != "panel":
            names.append(name)
    return names


@pytest.mark.parametrize("name", _public_functions())
def test_function_is_documented_with_formula_and_source(name: str) -> None:
    if not DOC.exists():
        pytest.skip("docs/ not shipped with this checkout")
    assert f"`{name}" in DOC.read_text(encoding="utf-8"), f"{name} is missing from docs/indicators.md"
    doc = inspect.getdoc(getattr(analysis, name)) or ""
    assert any(ch.isdigit() for ch in doc), f"{name}'s docstring cites no paper/year"
