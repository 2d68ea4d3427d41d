"""Region reports as HTML, PDF and Excel, in Chinese and English.

``build_region_report`` gathers a region's profile into a renderer-neutral
:class:`~indupath.reports.document.ReportDocument`; ``write_report`` renders it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from indupath.errors import ConfigError
from indupath.reports.build import build_region_report
from indupath.reports.document import Chart, ReportDocument, Section, SourceRef

Format = Literal["html", "pdf", "xlsx"]
FORMATS = ("html", "pdf", "xlsx")


def write_report(doc: ReportDocument, out: Path, *, fmt: str, map_chart: Chart | None = None) -> Path:
    """Render ``doc`` to ``out`` in ``fmt`` (html, pdf or xlsx)."""
    if fmt == "html":
        from indupath.reports.html import render_html

        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_html(doc, map_chart=map_chart), encoding="utf-8")
        return out
    if fmt == "pdf":
        from indupath.reports.pdf import render_pdf

        return render_pdf(doc, out, map_chart=map_chart)
    if fmt == "xlsx":
        from indupath.reports.xlsx import render_xlsx

        return render_xlsx(doc, out)
    raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")


__all__ = ["FORMATS", "Chart", "ReportDocument", "Section", "SourceRef", "build_region_report", "write_report"]
