"""Reading documents: encodings, HTML, .docx, PDF, and clear errors for unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest

from indupath.errors import DocumentReadError
from indupath.extract.readers import decode_text, read_document


def test_gbk_and_utf8_bom(tmp_path: Path) -> None:
    text = "安徽省未来产业规模力争到2027年突破2000亿元"
    (tmp_path / "a.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_document(tmp_path / "a.txt") == text
    assert read_document(tmp_path / "b.txt") == text


def test_binary_junk_and_missing_file_name_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentReadError, match="junk.txt"):
        read_document(junk)
    with pytest.raises(DocumentReadError, match="nope.txt"):
        read_document(tmp_path / "nope.txt")
    bad_pdf = tmp_path / "bad.pdf"
    bad_pdf.write_bytes(b"%PDF-1.4 not really a pdf")
    with pytest.raises(DocumentReadError, match="bad.pdf"):
        read_document(bad_pdf)
    bad_docx = tmp_path / "bad.docx"
    bad_docx.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(DocumentReadError, match="bad.docx"):
        read_document(bad_docx)


def test_html_visible_text(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><style>p{}</style><script>var x=1</script></head><body>"
                    "<h1>标题</h1><p>安徽省 <b>新能源</b>汽车</p></body></html>", encoding="utf-8")
    assert read_document(page) == "标题\n安徽省 新能源汽车"


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Zhejiang Province aims to build about 40 platforms by 2027.")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "指标"
    table.rows[0].cells[1].text = "20%"
    path = tmp_path / "plan.docx"
    d.save(str(path))
    text = read_document(path)
    assert "about 40 platforms" in text
    assert "指标\t20%" in text


def test_decode_utf16_bom() -> None:
    assert decode_text("规划".encode("utf-16")) == "规划"


@pytest.mark.slow
def test_pdf_text_round_trip(tmp_path: Path) -> None:
    """A PDF rendered by WeasyPrint (CJK font from the system) reads back through pypdf."""
    weasyprint = pytest.importorskip("weasyprint")
    import logging

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    pdf = tmp_path / "plan.pdf"
    weasyprint.HTML(string="<p>Zhejiang Province aims to build about 40 new industrial platforms by 2027.</p>"
                    ).write_pdf(str(pdf))
    text = read_document(pdf)
    assert "40 new industrial platforms" in " ".join(text.split())
