"""Files → raw text (+ an HTML page title, pages, tables). Encoding detection and format errors live here.

Each loader returns the raw text; cleaning is a separate stage (assistant.ingest.clean). Paged
formats (PDF: pdf.py, with OCR for scanned pages; OFD: ofd.py) also return where each page
starts and each line's box; office formats (office.py) return their tables' rows. Unsupported or
unreadable files raise `LoadError` with a message naming the file and what to do, so one bad
file never stops a whole indexing run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest.pages import Page, Table

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".doc", ".wps", ".rtf", ".odt", ".ofd")
CONVERT_ADVICE = {
    ".xls": "export the text to .docx or .txt",
    ".xlsx": "export the text to .docx or .txt",
    ".et": "export the text to .docx or .txt",
    ".ppt": "save it as PDF",
    ".pptx": "save it as PDF",
    ".dps": "save it as PDF",
    ".jpg": "put the scans into one PDF",
    ".jpeg": "put the scans into one PDF",
    ".png": "put the scans into one PDF",
    ".tif": "put the scans into one PDF",
    ".tiff": "put the scans into one PDF",
}
TEXT_ENCODINGS = ("utf_8", "gb18030", "big5")


class LoadError(Exception):
    """A file that cannot be indexed; the message names the file and the remedy."""


@dataclass
class RawDocument:
    path: Path
    text: str
    content_hash: str  # sha256 of the bytes this text was read from
    page_title: str | None = None
    encoding: str | None = None
    pages: list[Page] = field(default_factory=list)  # PDF and OFD: where each page starts, its line boxes
    tables: list[Table] = field(default_factory=list)  # rows as raw-line ranges, the header first
    paragraphs: list[int] = field(default_factory=list)  # office formats: each raw line's paragraph number (0: none)
    notes: list[str] = field(default_factory=list)  # what reading did (OCR engines, pages left out)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def unsupported_reason(path: Path) -> str:
    """The message for a file whose type we do not read, with what to convert it to."""
    suffix = path.suffix.lower()
    if suffix in CONVERT_ADVICE:
        return f"{path}: {suffix} files cannot be read; {CONVERT_ADVICE[suffix]} and add it again"
    return f"{path}: unsupported file type {suffix or '(none)'}; supported: {', '.join(SUPPORTED_SUFFIXES)}"


def load(path: Path, settings=None, progress: Callable[[int, int], None] | None = None) -> RawDocument:
    """Read one file. `settings` (default: from the environment) gives the OCR threads and the
    OCR and conversion time limits; `progress(page, pages)` is called after each OCR'd page."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(unsupported_reason(path))
    data = path.read_bytes()
    content_hash = hashlib.sha256(data).hexdigest()  # of the bytes read, so text and hash always agree
    if suffix in (".txt", ".md"):
        text, encoding = decode_text(data, path)
        return RawDocument(path, text, content_hash, encoding=encoding)
    if suffix in (".html", ".htm"):
        text, encoding = decode_text(data, path)
        body, title = html_to_text(text)
        return RawDocument(path, body, content_hash, page_title=title, encoding=encoding)
    try:
        return _load_document(path, suffix, content_hash, settings, progress)
    except _format_errors() as error:
        raise LoadError(f"{path}: {error}") from error


def _format_errors() -> tuple[type[Exception], ...]:
    """The format readers' errors, imported on first use (they pull in pdfium and python-docx)."""
    from assistant.ingest.containers import ContainerError
    from assistant.ingest.office import OfficeError
    from assistant.ingest.ofd import OfdError
    from assistant.ingest.pdf import PdfError

    return ContainerError, OfficeError, OfdError, PdfError


def _load_document(path: Path, suffix: str, content_hash: str, settings, progress) -> RawDocument:
    from assistant.ingest import office

    if settings is None:
        from assistant.settings import load_settings

        settings = load_settings()
    if suffix == ".docx":
        text, tables, paragraphs = office.docx_text(path)
        return RawDocument(path, text, content_hash, tables=tables, paragraphs=paragraphs)
    if suffix in office.CONVERTED_SUFFIXES:
        text, tables, paragraphs = office.converted_text(path, settings.convert_time_limit_s)
        return RawDocument(path, text, content_hash, tables=tables, paragraphs=paragraphs)
    if suffix == ".ofd":
        from assistant.ingest.ofd import read_ofd

        text, pages, tables, notes = read_ofd(path)
    else:
        from assistant.ingest.pdf import PdfReader

        reader = PdfReader(path, settings.ocr_engine_threads, settings.ocr_time_limit_s, progress)
        text, pages, tables, notes = reader.read()
    if not text.strip():
        raise LoadError(f"{path}: no text found, not even by OCR (blank pages?); check the file, or add the .docx original")
    return RawDocument(path, text, content_hash, pages=pages, tables=tables, notes=notes)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), GB18030/GBK or Big5 without being told which."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf_8_sig"
    if b"\x00" in data[:4096]:
        raise LoadError(f"{path}: looks like a binary file, not text; export it as UTF-8 text or .docx")
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(TEXT_ENCODINGS)).best()
    if best is None:
        raise LoadError(f"{path}: text encoding not recognised (tried UTF-8, GB18030, Big5); re-save it as UTF-8")
    return str(best), best.encoding


def html_to_text(html: str) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(strip=True) if soup.title else None
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"]):
        tag.decompose()
    body = soup.body or soup
    text = body.get_text("\n")
    return text, _strip_site_name(title)


def _strip_site_name(title: str | None) -> str | None:
    """`标题_中国西藏网` / `标题 - 某某网` → `标题`."""
    if not title:
        return None
    for separator in ("_", " - ", "——", "|", "－"):
        head = title.split(separator)[0].strip()
        if head != title and len(head) >= 6:
            return head
    return title
