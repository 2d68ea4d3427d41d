"""Read policy documents from files: plain text (any encoding), HTML, PDF and .docx.

Plain text is decoded as UTF-8 (with or without BOM), UTF-16 when it carries a BOM,
else GB18030 (a superset of GBK and GB2312); binary content that is none of these
raises :class:`~indupath.errors.DocumentReadError` naming the file. HTML is reduced
to its visible text (scripts and styles dropped, block elements on their own lines)
with selectolax; PDFs are read with pypdf, .docx files with python-docx (paragraphs
and table cells).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from indupath.errors import DocumentReadError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def decode_text(data: bytes, name: str = "<bytes>") -> str:
    """Decode bytes of a plain-text document (UTF-8, UTF-16 with BOM, GB18030)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > max(8, len(data) // 100):
        raise DocumentReadError("binary content, not a text document (expected UTF-8 or GBK text)", file=name)
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DocumentReadError(f"cannot decode as UTF-8 or GBK/GB18030: {exc.reason}", file=name) from exc


_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|tr|td|th|section|article|blockquote|pre|table|ul|ol)\s*>|<br\s*/?>",
                        re.IGNORECASE)


def html_text(html: str) -> str:
    """Visible text of an HTML page, one block element per line."""
    from selectolax.lexbor import LexborHTMLParser

    html = _BLOCK_END.sub(lambda m: "\n" + m.group(0), html)
    tree = LexborHTMLParser(html)
    for tag in ("script", "style", "noscript", "template"):
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    text = root.text(separator="", strip=False)
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def pdf_text(data: bytes, name: str) -> str:
    """Text of a PDF, page after page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n".join((page.extract_text() or "") for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentReadError(f"not a readable PDF: {exc}", file=name) from exc


def docx_text(data: bytes, name: str) -> str:
    """Text of a .docx file: paragraphs, then table cells row by row."""
    import zipfile

    import docx

    try:
        d = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentReadError(f"not a readable .docx file: {exc}", file=name) from exc
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def read_document(path: str | Path) -> str:
    """The text of a document file, by its suffix; :class:`DocumentReadError` when it cannot be read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentReadError(f"cannot open: {exc.strerror or exc}", file=str(p)) from exc
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_text(decode_text(data, str(p)))
    if suffix == ".pdf":
        return pdf_text(data, str(p))
    if suffix == ".docx":
        return docx_text(data, str(p))
    if data.lstrip()[:5] == b"%PDF-":
        return pdf_text(data, str(p))
    return decode_text(data, str(p))
