"""Render a report to PDF with WeasyPrint (title page, page numbers, CJK font from the system)."""

from __future__ import annotations

from pathlib import Path

from indupath.errors import DependencyError
from indupath.reports.document import Chart, ReportDocument
from indupath.reports.html import render_html


def render_pdf(doc: ReportDocument, out: Path, *, map_chart: Chart | None = None) -> Path:
    """Write ``doc`` as a PDF at ``out``; needs WeasyPrint and Pango (``make system`` installs them)."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango missing
        raise DependencyError(
            f"PDF reports need WeasyPrint and the Pango libraries ({exc}); run `make system` "
            "or `pip install weasyprint` and `apt-get install libpango-1.0-0 libpangoft2-1.0-0`"
        ) from exc
    html = render_html(doc, map_chart=map_chart)
    out.parent.mkdir(parents=True, exist_ok=True)
    weasyprint.HTML(string=html, base_url=None).write_pdf(str(out))
    return out
