"""Render a report to an Excel workbook: one sheet per table, formatted headers, numbers as numbers,
sources on a sheet of their own."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from indupath.reports.document import ReportDocument
from indupath.reports.i18n import t

_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, used: set[str]) -> str:
    base = _BAD.sub(" ", title).strip()[:28] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:25]} {n}"
        n += 1
    used.add(name.lower())
    return name


def _value(v: Any) -> Any:
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None
    if v is None or isinstance(v, int | float | str | bool):
        return v
    return str(v)


def render_xlsx(doc: ReportDocument, out: Path) -> Path:
    """Write ``doc`` as an .xlsx workbook at ``out``."""
    import xlsxwriter

    out.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(out), {"nan_inf_to_errors": False})
    try:
        head = wb.add_format({"bold": True, "font_color": "white", "bg_color": "#2C6E9B", "border": 1, "text_wrap": True})
        title_fmt = wb.add_format({"bold": True, "font_size": 14})
        num = wb.add_format({"num_format": "#,##0.00"})
        used: set[str] = set()
        for section in doc.sections:
            if section.table is None or section.table.empty:
                continue
            ws = wb.add_worksheet(_sheet_name(section.title, used))
            ws.write(0, 0, section.title, title_fmt)
            for j, col in enumerate(section.table.columns):
                ws.write(2, j, str(col), head)
                ws.set_column(j, j, max(10, min(40, len(str(col)) + 4)))
            for i, rec in enumerate(section.table.itertuples(index=False), start=3):
                for j, v in enumerate(rec):
                    val = _value(v)
                    if isinstance(val, float):
                        ws.write_number(i, j, val, num)
                    elif isinstance(val, int) and not isinstance(val, bool):
                        ws.write_number(i, j, val)
                    elif val is None:
                        ws.write_blank(i, j, None)
                    else:
                        ws.write(i, j, val)
            ws.freeze_panes(3, 0)
            if section.source:
                ws.write(len(section.table) + 4, 0, f"{t('source', doc.lang)}: {section.source}")
        ws = wb.add_worksheet(_sheet_name(t("sources", doc.lang), used))
        ws.write(0, 0, doc.title, title_fmt)
        for j, col in enumerate(("name", "description", "licence")):
            ws.write(2, j, col, head)
        ws.set_column(0, 0, 28)
        ws.set_column(1, 1, 80)
        ws.set_column(2, 2, 24)
        for i, s in enumerate(doc.sources, start=3):
            ws.write(i, 0, s.name)
            ws.write(i, 1, s.description)
            ws.write(i, 2, s.licence)
        row = len(doc.sources) + 5
        ws.write(row, 0, t("version", doc.lang))
        ws.write(row, 1, doc.version)
        ws.write(row + 1, 0, t("generated", doc.lang))
        ws.write(row + 1, 1, doc.generated_at.isoformat())
    finally:
        wb.close()
    return out
