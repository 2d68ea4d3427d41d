"""Render a :class:`ReportDocument` as one self-contained HTML file (images embedded as data URIs)."""

from __future__ import annotations

import base64
import math
from typing import Any

import jinja2
import pandas as pd

from indupath.reports.charts import render_png
from indupath.reports.document import Chart, ReportDocument
from indupath.reports.i18n import t

MAX_ROWS = 40


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("indupath.reports", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
    )


def _cell(value: Any) -> dict[str, Any]:
    if isinstance(value, bool) or value is None:
        return {"text": "" if value is None else str(value), "num": False}
    if isinstance(value, int):
        return {"text": f"{value:,}", "num": True}
    if isinstance(value, float):
        if math.isnan(value):
            return {"text": "", "num": True}
        text = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}" if abs(value) < 0.01 else f"{value:,.2f}"
        return {"text": text, "num": True}
    return {"text": str(value), "num": False}


def _rows(table: pd.DataFrame | None) -> tuple[list[str], list[list[dict[str, Any]]]]:
    if table is None or table.empty:
        return [], []
    head = table.head(MAX_ROWS)
    rows = [[_cell(v.item() if hasattr(v, "item") else v) for v in rec] for rec in head.itertuples(index=False)]
    return [str(c) for c in head.columns], rows


def _png64(chart: Chart | None) -> str | None:
    if chart is None or chart.data is None or (chart.kind != "map" and chart.data.empty):
        return None
    return base64.b64encode(render_png(chart)).decode("ascii")


def render_html(doc: ReportDocument, *, map_chart: Chart | None = None) -> str:
    """The report as a self-contained HTML string (no external references)."""
    sections = []
    for s in doc.sections:
        columns, rows = _rows(s.table)
        sections.append(
            {"key": s.key, "title": s.title, "intro": s.intro, "note": s.note, "source": s.source,
             "columns": columns, "rows": rows, "chart_png": _png64(s.chart)}
        )
    labels = {k: t(k, doc.lang) for k in ("generated", "version", "sources", "contents", "source", "no_data", "map")}
    page_label = "第 " if doc.lang == "zh" else "Page "
    return _env().get_template("report.html.j2").render(
        doc=doc, sections=sections, labels=labels, map_png=_png64(map_chart), page_label=page_label
    )
