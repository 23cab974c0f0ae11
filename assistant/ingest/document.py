"""One indexed document: its three text layers' products, the metadata it states, and where its
pages and tables are in the display text."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from assistant.ingest.clean import clean_text
from assistant.ingest.issuance import DOCUMENT_NUMBER
from assistant.ingest.loaders import RawDocument, load
from assistant.ingest.normalize import SearchText, build_search_text
from assistant.ingest.pages import line_starts
from assistant.ingest.versions import VersionFacts, version_facts


@dataclass
class TableSpan:
    """A table in the display text: its rows are the lines from `start` to `end`, one row a line
    with cells joined by ' | '; the header row is display[start:header_end] (repeat it before
    rows that a chunker places in a later passage, and never split a row)."""

    start: int
    header_end: int
    end: int


@dataclass
class Layout:
    """Where display lines stood on their pages, for drawing a cited span on the original page.
    `lines`: (display start, display end, page number, x0, y0, x1, y1 in points from the top
    left, exact) for every display line that came from a positioned line; `exact` when the
    display line is the printed line as read (cleaning changed nothing in it), so positions
    inside it can be interpolated."""

    page_sizes: list[tuple[float, float]]
    lines: list[tuple[int, int, int, float, float, float, float, bool]]

    def to_dict(self) -> dict:
        return {"page_sizes": self.page_sizes, "lines": self.lines}


@dataclass
class Document:
    doc_id: str  # path relative to the documents folder, without extension
    path: str  # path relative to the documents folder
    content_hash: str  # sha256 of the file's bytes: what the manifest compares
    display: str  # cleaned text in its original script: every offset points here
    title: str
    date: str | None = None
    source: str | None = None
    doc_number: str | None = None  # its own 发文字号, read from its masthead (ingest/issuance.py)
    signers: list[str] = field(default_factory=list)  # 签发人, from the masthead
    notes: list[str] = field(default_factory=list)
    # PDF/OFD: the display offset where page N starts is page_starts[N - 1]; empty for other formats
    page_starts: list[int] = field(default_factory=list)
    tables: list[TableSpan] = field(default_factory=list)
    layout: Layout | None = None  # PDF/OFD: where each display line stood on its page
    # DOCX (and what is converted through it): (display offset, paragraph number in the file) for
    # each display line, in order; a span's paragraph range is read from it (originals.paragraphs_of)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    furniture_start: int | None = None  # where a page's furniture kept after its text begins (ingest/clean.py)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding this display offset (None for documents without pages)."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    @cached_property
    def doc_numbers(self) -> list[str]:
        return document_numbers(self.display)

    @cached_property
    def versions(self) -> VersionFacts:
        """Its 施行日期, 有效期, version date and the documents it repeals (ingest/versions.py)."""
        return version_facts(self.display)

    @cached_property
    def search(self) -> SearchText:
        return build_search_text(self.display)


LEADING_WORDS = ("根据", "按照", "依据", "参照", "印发", "转发", "下发", "关于", "和", "及", "与", "见", "经", "以", "为", "据", "按", "依")


def document_numbers(display: str) -> list[str]:
    """Document numbers (文号) the text cites, as written, first occurrence order."""
    found = []
    for match in DOCUMENT_NUMBER.finditer(display):
        number = match.group()
        stripped = True
        while stripped:  # `根据国办发[2021]5号` → `国办发[2021]5号`
            stripped = False
            for word in LEADING_WORDS:
                if number.startswith(word) and len(number) - len(word) > 8:
                    number, stripped = number[len(word):], True
                    break
        found.append(number)
    return list(dict.fromkeys(found))


def relative_path(path: Path, root: Path) -> Path:
    """Where the file stands under the documents folder (its name alone when outside it)."""
    try:
        return path.resolve().relative_to(root.resolve())
    except ValueError:
        return Path(path.name)


def doc_id_of(relative: Path) -> str:
    """A document's id: its path under the documents folder, without the extension."""
    return relative.with_suffix("").as_posix()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_document(path: Path, root: Path, settings=None, progress=None) -> Document:
    """Load, detect encoding, clean and describe one file (raises LoadError for bad files).
    `settings` (default: from the environment) gives the OCR and conversion limits;
    `progress(page, pages)` is called after each OCR'd page."""
    raw = load(path, settings, progress)
    cleaned = clean_text(raw.text, raw.page_title)
    relative = relative_path(path, root)
    starts = line_starts(cleaned.display)
    return Document(
        doc_id=doc_id_of(relative),
        path=relative.as_posix(),
        content_hash=raw.content_hash,
        display=cleaned.display,
        title=cleaned.title or path.stem,
        date=cleaned.date,
        source=cleaned.source,
        doc_number=cleaned.doc_number,
        signers=cleaned.signers,
        notes=raw.notes + cleaned.notes,
        page_starts=display_page_starts(raw, cleaned.source_lines, starts, len(cleaned.display)),
        tables=display_tables(raw, cleaned.source_lines, starts, len(cleaned.display)),
        layout=display_layout(raw, cleaned.display, cleaned.source_lines, starts),
        paragraphs=display_paragraphs(raw, cleaned.source_lines, starts),
        furniture_start=cleaned.furniture_start,
    )


def display_paragraphs(raw: RawDocument, sources: list[int], starts: list[int]) -> list[tuple[int, int]]:
    """Each display line's start and the number of the file's paragraph it came from (office
    formats; cleaning drops lines, never joins them, so a display line has one paragraph)."""
    numbers = raw.paragraphs
    return [(starts[line], numbers[raw_line]) for line, raw_line in enumerate(sources)
            if raw_line < len(numbers) and numbers[raw_line]]


def display_page_starts(raw: RawDocument, sources: list[int], starts: list[int], length: int) -> list[int]:
    """Each page's first display offset: where the first display line from that page or a later one starts."""
    found = []
    for page in raw.pages:
        line = bisect.bisect_left(sources, page.first_line)
        found.append(starts[line] if line < len(sources) else length)
    return found


def display_layout(raw: RawDocument, display: str, sources: list[int], starts: list[int]) -> Layout | None:
    """The boxes of the printed lines behind each display line (PDF, OFD, OCR). A display line
    is a paragraph joined from printed lines: each printed line covers its own characters of
    it, in order — when the paragraph is those lines' text as read (`exact`)."""
    if not raw.pages:
        return None
    printed: dict[int, list] = {}
    for page in raw.pages:
        for index, line in page.lines:
            printed.setdefault(index, []).append((page.number, line))
    lines = []
    for display_line, raw_line in enumerate(sources):
        start = starts[display_line]
        end = _line_end(display_line, starts, len(display))
        parts = printed.get(raw_line, [])
        exact = display[start:end] == "".join(line.text for _, line in parts)
        offset = start
        for number, line in parts:
            line_end = offset + len(line.text) if exact else end
            lines.append((offset if exact else start, line_end, number, *(round(v, 1) for v in line.box), exact))
            offset = line_end
    return Layout([page.size for page in raw.pages], lines)


def display_tables(raw: RawDocument, sources: list[int], starts: list[int], length: int) -> list[TableSpan]:
    """The loader's tables (raw lines) as display offsets; a table cleaning removed is left out."""
    spans = []
    for table in raw.tables:
        first = bisect.bisect_left(sources, table.first_line)
        last = bisect.bisect_right(sources, table.last_line) - 1
        if first > last:
            continue
        # the header is the table's first row (Table.header); if cleaning dropped it, the first row kept
        spans.append(TableSpan(starts[first], _line_end(first, starts, length), _line_end(last, starts, length)))
    return spans


def _line_end(line: int, starts: list[int], length: int) -> int:
    return starts[line + 1] - 1 if line + 1 < len(starts) else length
