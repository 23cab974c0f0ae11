"""Files → raw text (+ an HTML page title). Encoding detection and format errors live here.

Each loader returns the raw text; cleaning is a separate stage (assistant.ingest.clean).
Unsupported or unreadable files raise `LoadError` with a message naming the file and what
to do, so one bad file never stops a whole indexing run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
CONVERT_ADVICE = {
    ".doc": "save it as .docx (Word: 另存为 → Word 文档)",
    ".wps": "save it as .docx from WPS (另存为 → .docx)",
    ".ofd": "export it to PDF with a text layer (OFD 阅读器 → 另存为 PDF)",
    ".rtf": "save it as .docx",
    ".xls": "export the text to .docx or .txt",
    ".xlsx": "export the text to .docx or .txt",
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


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def unsupported_reason(path: Path) -> str:
    """The message for a file whose type we do not read, with what to convert it to."""
    suffix = path.suffix.lower()
    if suffix in CONVERT_ADVICE:
        return f"{path}: {suffix} files cannot be read; {CONVERT_ADVICE[suffix]} and add it again"
    return f"{path}: unsupported file type {suffix or '(none)'}; supported: {', '.join(SUPPORTED_SUFFIXES)}"


def load(path: Path) -> RawDocument:
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
    if suffix == ".docx":
        return RawDocument(path, docx_to_text(path), content_hash)
    return RawDocument(path, pdf_to_text(path), content_hash)


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


# A .docx is a zip: its XML may expand a thousandfold (a "zip bomb" uses exactly that). Real
# policy documents expand to a few MB; refuse before python-docx inflates anything.
MAX_DOCX_EXPANDED_MB = 200
MAX_DOCX_RATIO = 200


def _check_docx_container(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise LoadError(f"{path}: not a readable .docx ({error}); open and re-save it in Word/WPS") from error
    expanded = sum(member.file_size for member in members)
    packed = max(1, sum(member.compress_size for member in members))
    if expanded > MAX_DOCX_EXPANDED_MB * 1048576 or (expanded > 10 * 1048576 and expanded / packed > MAX_DOCX_RATIO):
        raise LoadError(f"{path}: expands to {expanded / 1048576:,.0f} MB from {packed / 1048576:,.1f} MB "
                        "(a zip bomb, or not a real document); refused — re-save the original in Word/WPS")
    if "word/document.xml" not in {member.filename for member in members}:
        raise LoadError(f"{path}: a zip file without word/document.xml, so not a .docx; re-save it in Word/WPS")


def docx_to_text(path: Path) -> str:
    import docx

    _check_docx_container(path)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for damaged files
        raise LoadError(f"{path}: not a readable .docx ({error}); open and re-save it in Word/WPS") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines)


def pdf_to_text(path: Path) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # pypdf raises many types for damaged files
        raise LoadError(f"{path}: not a readable PDF ({error}); re-export it from the original") from error
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(f"{path}: PDF has no text layer (scanned?); run OCR on it (e.g. ocrmypdf) or add the .docx original")
    return text
