"""Anhui's report in every format and both languages, checked the way a reader would:
the PDF's pages are not blank and its text layer names Anhui and every example priority;
the workbook opens with the expected sheets and numeric cells; the HTML is self-contained."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from indupath.advise.priorities import example_roadmaps
from indupath.reports import build_region_report, write_report

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("reports")]

ANHUI = "340000"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def roadmaps() -> list:
    all_rm = example_roadmaps()
    return all_rm


@pytest.fixture(scope="module")
def anhui_priorities(roadmaps: list) -> list[str]:
    names = sorted({p.industry for rm in roadmaps for p in rm.priorities if p.region_code == ANHUI})
    assert len(names) >= 7, names  # the example roadmaps carry Anhui's seven 2024 priorities
    return names


@pytest.fixture(scope="module", params=["zh", "en"])
def report(request: pytest.FixtureRequest, roadmaps: list, tmp_path_factory: pytest.TempPathFactory):
    lang = request.param
    anhui = [rm for rm in roadmaps if any(p.region_code == ANHUI for p in rm.priorities)]
    doc, map_chart = build_region_report(ANHUI, anhui, lang=lang, all_roadmaps=roadmaps)
    out = tmp_path_factory.mktemp(f"report-{lang}")
    return lang, doc, map_chart, out


def test_sections_cover_the_profile(report) -> None:
    _, doc, _, _ = report
    keys = [s.key for s in doc.sections]
    for key in ("roadmap", "specialisation", "opportunities", "audit", "overlap", "chain"):
        assert key in keys
    audit = next(s for s in doc.sections if s.key == "audit")
    assert audit.table is not None and set(audit.table["verdict"]) <= {
        "build on strength", "feasible diversification", "long jump", "no data"}


def test_html_is_self_contained(report, anhui_priorities: list[str]) -> None:
    lang, doc, map_chart, out = report
    path = write_report(doc, out / "anhui.html", fmt="html", map_chart=map_chart)
    html = path.read_text("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert html.count("data:image/png;base64,") >= 3  # map + at least two charts
    assert "安徽" in html if lang == "zh" else "Anhui" in html
    for name in anhui_priorities:
        assert name in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing: run make system")
def test_pdf_has_text_pages_and_is_not_blank(report, anhui_priorities: list[str]) -> None:
    from PIL import Image

    lang, doc, map_chart, out = report
    pdf = write_report(doc, out / "anhui.pdf", fmt="pdf", map_chart=map_chart)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = _squash(text)
    assert "安徽" in flat
    for name in anhui_priorities:
        assert _squash(name) in flat, name
    assert "indupath" in text and doc.version in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", str(pdf), str(out / "page")], check=True)
    pages = sorted(out.glob("page-*.png"))
    assert len(pages) == 3
    for page in pages:
        import numpy as np

        pixels = np.asarray(Image.open(page).convert("L"))
        assert (pixels < 200).mean() > 0.004, f"{page.name} looks blank"  # a page with only its number: < 0.001
    pages_text = re.findall(r"(?:第|Page)\s*(\d+)\s*/\s*(\d+)", text)
    assert pages_text and int(pages_text[-1][1]) >= 3


def test_workbook_has_sheets_numbers_and_sources(report) -> None:
    import openpyxl

    lang, doc, _, out = report
    path = write_report(doc, out / "anhui.xlsx", fmt="xlsx")
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[-1] in ("数据来源", "Data sources")
    spec = next(n for n in names if "区位商" in n or "Specialisation" in n)
    ws = wb[spec]
    values = [ws.cell(row=r, column=2).value for r in range(4, 10)]
    assert all(isinstance(v, float) for v in values), values
    assert values == sorted(values, reverse=True)
    src = wb[names[-1]]
    assert any("cn-io2007-provincial" == src.cell(row=r, column=1).value for r in range(1, 20))
