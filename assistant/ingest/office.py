""".docx read with python-docx; .doc/.wps/.rtf/.odt converted to .docx by LibreOffice first.

Tables are read in document order (not after all the paragraphs): each row is one line, its
cells joined by ` | ` (a merged cell once), and the rows are recorded as a `Table` whose header
is the first row, so a chunker can repeat the header and never split a row.

LibreOffice (`soffice --headless --convert-to docx`, Debian libreoffice-writer-nogui) converts
a Word 97 page in ~2 s here. Each run gets its own profile directory (`-env:UserInstallation`):
two soffice processes sharing a profile block or fail, and indexing workers run in parallel.
soffice imports anything it cannot identify as plain text, so the bytes are checked first: a
.doc/.wps must be an OLE2 compound file (WPS Office saves Word 97 there too — offices often send
a .doc renamed .wps), an .rtf must start with `{\\rtf`, an .odt must be a zip with content.xml.
What a .doc often really is is read as that: RTF, a .docx renamed, or a web page saved as .doc
(many government sites serve their 下载 Word links that way; LibreOffice's HTML import).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from assistant.ingest.containers import check_zip
from assistant.ingest.pages import CELL_SEPARATOR, Table

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONVERTED_SUFFIXES = (".doc", ".wps", ".rtf", ".odt")
PACKAGE = "libreoffice-writer-nogui"


class OfficeError(Exception):
    """A document that cannot be read or converted; the message says what to do (no file name)."""


# ---------------------------------------------------------------- .docx


def docx_text(path: Path) -> tuple[str, list[Table], list[int]]:
    """Paragraphs and table rows in document order; the tables as raw-line ranges; each raw
    line's paragraph number. Paragraphs are numbered as a reader counts them in Word: the
    non-empty ones, a table row counting as one (a paragraph's soft line breaks keep its number)."""
    import docx
    from docx.table import Table as DocxTable

    check_zip(path, "word/document.xml")
    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except Exception as error:  # python-docx raises many types for damaged files
        raise OfficeError(f"not a readable .docx ({error}); open and re-save it in Word/WPS") from error
    lines: list[str] = []
    tables: list[Table] = []
    numbers: list[int] = []  # per raw line: its paragraph's number, 0 for an empty paragraph
    counted = 0
    for block in blocks:
        if isinstance(block, DocxTable):
            rows = table_rows(block)
            if rows:
                tables.append(Table(len(lines), len(lines), len(lines) + len(rows) - 1))
                lines.extend(rows)
                numbers.extend(range(counted + 1, counted + len(rows) + 1))
                counted += len(rows)
        else:
            pieces = block.text.split("\n")
            counted += bool(block.text.strip())
            lines.extend(pieces)
            numbers.extend([counted if block.text.strip() else 0] * len(pieces))
    return "\n".join(lines), tables, numbers


def table_rows(table) -> list[str]:
    """Each row as one line of its cells; a cell merged across columns is written once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells) if len(cells) > 1 else cells[0])
    return rows


# ---------------------------------------------------------------- .doc .wps .rtf .odt


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def check_signature(path: Path) -> str:
    """The suffix LibreOffice should be told: what the bytes are, not what the name says."""
    suffix = path.suffix.lower()
    with path.open("rb") as handle:
        head = handle.read(8)
    if suffix == ".odt":
        check_zip(path, "content.xml")
        return ".odt"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    if head == OLE2 and suffix in (".doc", ".wps"):
        return ".doc"  # told .doc, LibreOffice tries Word 97 first (a .wps name suggests MS Works)
    if head.startswith(b"PK\x03\x04") and suffix in (".doc", ".wps"):
        return ".docx"  # a .docx renamed: read as what it is
    if suffix == ".doc" and _looks_like_html(path):
        return ".html"
    expected = "an RTF file" if suffix == ".rtf" else "a Word 97/WPS compound file"
    raise OfficeError(f"its bytes are not {expected} (damaged or mis-named); open it in Word/WPS and save it as .docx")


def _looks_like_html(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<html", b"<!doctype html")) or b"<html" in head


def convert_to_docx(path: Path, work: Path, time_limit_s: float) -> Path:
    """`path` converted by LibreOffice into `work`; its own profile, killed at the time limit."""
    source = work / f"source{check_signature(path)}"  # a damaged file is reported as such first
    shutil.copyfile(path, source)
    if source.suffix == ".docx":
        return source
    executable = soffice()
    if not executable:
        raise OfficeError(f"{path.suffix.lower()} files are converted by LibreOffice, which is not installed: "
                          f"apt-get install {PACKAGE} (or save the file as .docx)")
    command = [executable, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore", "--nologo",
               *(["--infilter=HTML (StarWriter)"] if source.suffix == ".html" else []),
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work / "out"), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=time_limit_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # soffice forks: end the whole group
        process.communicate()
        raise OfficeError(f"LibreOffice did not finish converting it within {time_limit_s:g} s "
                          "(ASSISTANT_CONVERT_TIME_LIMIT_S); save it as .docx, or raise the limit") from None
    converted = work / "out" / "source.docx"
    if not converted.exists():
        said = output.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise OfficeError(f"LibreOffice could not open it ({said[0]}); the file is damaged — "
                          "open it in Word/WPS and save it as .docx")
    return converted


def converted_text(path: Path, time_limit_s: float) -> tuple[str, list[Table], list[int]]:
    """A .doc/.wps/.rtf/.odt file's text, tables and paragraph numbers, through LibreOffice and
    the .docx reader."""
    with tempfile.TemporaryDirectory(prefix="assistant-soffice-") as work:
        return docx_text(convert_to_docx(path, Path(work), time_limit_s))
