"""Indicator tables written as text: a header row that names a target column, then one row per indicator.

Plans and the notes that quote them give their headline targets as a small table, one line per row and the
cells split by ``|``, ``｜`` or a tab::

    指标 | 2025年完成 | 2026年目标
    规上工业产值（亿元） | 2860 | 3100左右

    Indicator | 2024 (actual) | 2027 (target)
    NEV output in Liuzhou | about 620,000 units | no fewer than 1,000,000 units

A row's goal is the cell under the target column, for the year that column's heading names; the cell under
a column of results (完成, 实际, actual, or an earlier year) is the baseline, not a goal; the unit a bare figure
lacks is the one the indicator's own cell gives in brackets (（亿元）, (GW)) or a unit column holds. This module
only finds the tables and their cells; :mod:`indupath.extract.extractor` reads the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["IndicatorRow", "indicator_rows"]

_SEP: Final = re.compile(r"[|｜\t]")
_RULE: Final = re.compile(r"[\s|｜:：\-—=+]*")  # a markdown rule line (|---|---|) between the header and the rows
_YEAR: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_TARGET_HEAD: Final = re.compile(r"目标|预期|规划|计划|target|goal|plan|projected|by\s+(?:19|20)\d\d", re.IGNORECASE)
_RESULT_HEAD: Final = re.compile(r"完成|实际|现状|基期|基准|基数|实绩|actual|baseline|base year|outturn|result|achieved",
                          re.IGNORECASE)
_UNIT_HEAD: Final = re.compile(r"\s*(?:单位|计量单位|units?)\s*", re.IGNORECASE)
# the unit an indicator's cell gives in brackets at its end: 规上工业产值（亿元）, "Equipment output (billion yuan)"
_UNIT_BRACKET: Final = re.compile(r"\s*[（(]\s*([^()（）]{1,16}?)\s*[)）]\s*$")
_EMPTY_CELL: Final = re.compile(r"[\s\-—–/／、.…]*")


@dataclass(frozen=True)
class IndicatorRow:
    """One row of an indicator table: the row's line ``[start, end)``, its indicator cell (without a unit in
    brackets), its target cell, the year the target column names, its baseline cell and that column's year,
    and the unit the indicator cell or a unit column gives (None when the cells carry their own)."""

    start: int
    end: int
    metric: tuple[int, int]
    target: tuple[int, int]
    year: int | None
    baseline: tuple[int, int] | None
    baseline_year: int | None
    unit: str | None


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[a:b]`` as stripped spans (the empty edge cells of ``| x | y |`` dropped)."""
    cells: list[tuple[int, int]] = []
    pos = a
    for m in _SEP.finditer(text, a, b):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, b))
    out = []
    for x, y in cells:
        while x < y and text[x].isspace():
            x += 1
        while y > x and text[y - 1].isspace():
            y -= 1
        out.append((x, y))
    if out and out[0][0] == out[0][1]:
        out = out[1:]
    if out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


def _columns(text: str, head: list[tuple[int, int]],
             doc_year: int | None) -> tuple[int, int | None, int | None, int | None, int | None] | None:
    """(target column, its year, baseline column, its year, unit column) of a header row, or None when no
    column holds goals: the last column headed as a target (2026年目标, "2027 (target)"), else, with no
    column headed as results, the latest year column when it is not before the document's year."""
    target: int | None = None
    years: dict[int, int] = {}
    results: list[int] = []
    unit_col: int | None = None
    for j, (a, b) in enumerate(head):
        if j == 0:
            continue
        cell = text[a:b]
        if _UNIT_HEAD.fullmatch(cell):
            unit_col = j
            continue
        ym = _YEAR.findall(cell)
        if ym:
            years[j] = int(ym[-1])
        if _RESULT_HEAD.search(cell):
            results.append(j)
        elif _TARGET_HEAD.search(cell):
            target = j
    if target is None:
        dated = [j for j in years if j not in results]
        if not dated:
            return None
        target = max(dated, key=lambda j: (years[j], j))
        if doc_year is not None and years[target] < doc_year:
            return None
        if len(years) < 2 and doc_year is None:
            return None  # one dated column and no document year: a table of figures, not of goals
    year = years.get(target)
    if year is not None and doc_year is not None and year < doc_year:
        return None  # last plan's goals, quoted in a review
    base_cols = [j for j in results if j != target] or [j for j in years if j != target and years[j] < (year or 9999)]
    base = max(base_cols, key=lambda j: (years.get(j, 0), j)) if base_cols else None
    return target, year, base, years.get(base) if base is not None else None, unit_col


def indicator_rows(text: str, doc_year: int | None = None) -> list[IndicatorRow]:
    """The rows of every indicator table in ``text`` (see the module's docstring), in text order.

    A table is a run of at least two consecutive lines that split into the same number (three or more) of
    cells, a markdown rule line allowed between them; its first line is the header."""
    if "|" not in text and "｜" not in text and "\t" not in text:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        lines.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    out: list[IndicatorRow] = []
    run: list[tuple[int, int, list[tuple[int, int]]]] = []

    def close() -> None:
        if len(run) >= 2:
            out.extend(_rows(text, run, doc_year))
        run.clear()

    for a, b in lines:
        if not _SEP.search(text, a, b):
            close()
            continue
        if _RULE.fullmatch(text, a, b) and run:
            continue
        cells = _cells(text, a, b)
        if len(cells) < 3 or (run and len(cells) != len(run[0][2])):
            close()
            if len(cells) < 3:
                continue
        run.append((a, b, cells))
    close()
    return out


def _rows(text: str, run: list[tuple[int, int, list[tuple[int, int]]]], doc_year: int | None) -> list[IndicatorRow]:
    cols = _columns(text, run[0][2], doc_year)
    if cols is None:
        return []
    target, year, base, base_year, unit_col = cols
    out = []
    for a, b, cells in run[1:]:
        ma, mb = cells[0]
        tcell = cells[target]
        if ma == mb or _EMPTY_CELL.fullmatch(text, *tcell):
            continue
        unit = None
        if unit_col is not None and cells[unit_col][0] < cells[unit_col][1]:
            unit = text[cells[unit_col][0] : cells[unit_col][1]]
        um = _UNIT_BRACKET.search(text, ma, mb)
        if um is not None and um.start() > ma:
            unit = unit or um.group(1)
            mb = um.start()
        bcell = cells[base] if base is not None and not _EMPTY_CELL.fullmatch(text, *cells[base]) else None
        out.append(IndicatorRow(a, b, (ma, mb), tcell, year, bcell, base_year if bcell else None, unit))
    return out
