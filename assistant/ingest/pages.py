"""Where text stood on the page: what a loader of a paged format (PDF, OFD) keeps beside the text.

Offsets here are positions in `RawDocument.text`, counted in lines of that text: cleaning works
line by line (it drops lines, never joins them), so a raw line number is what survives it —
`Document.page_starts` turns them into display-text offsets (assistant/ingest/document.py).
Boxes are in PDF points (1/72 inch) from the page's top-left corner, whatever the source unit
(OCR pixels and OFD millimetres are converted), so a later step can draw them on a rendered page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, origin top-left


@dataclass
class Line:
    """One printed line as read: its text, its box, and its cells when it is a table row."""

    text: str
    box: Box
    cells: list[str] = field(default_factory=list)  # ≥ 2 when the line is a table row


@dataclass
class Page:
    """One page: its number, the first raw-text line it wrote, how it was read, its lines' boxes."""

    number: int  # 1-based, as printed by viewers
    first_line: int  # index of the page's first line in RawDocument.text.split("\n")
    size: tuple[float, float]  # width, height in points
    ocr: str | None = None  # the engine that read a page without a usable text layer
    lines: list[tuple[int, Line]] = field(default_factory=list)  # (raw line index, line) for every line written


@dataclass
class Table:
    """Consecutive raw lines that are one table's rows, each row one line with cells joined by
    CELL_SEPARATOR. `header` is the raw line of the header row (the table's first row): a chunker
    repeats it before rows it places in a later passage."""

    header: int
    first_line: int
    last_line: int  # inclusive


CELL_SEPARATOR = " | "


def line_starts(text: str) -> list[int]:
    """The offset where each line of `text` starts."""
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    return starts


# ---------------------------------------------------------------- pages → raw text

# Heading starts (一、 （一） 第三条 1.) never continue the line above.
HEADING_START = re.compile(r"^([(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇\d]+[章节条部分]|\d{1,2}[.．、])")
ASCII_WORD_END = re.compile(r"[A-Za-z0-9]+$")
ASCII_WORD_START = re.compile(r"^[A-Za-z0-9]+")
# Running headers/footers stand wholly in the top or bottom tenth of a page: GB/T 9704's type area
# starts 37 mm (12.5 %) from the top and ends 35 mm (11.8 %) from the bottom.
FURNITURE_AREA = 0.10


@dataclass
class PageLines:
    """What a page reader found on one page, before the pages are joined into text."""

    size: tuple[float, float]
    lines: list[Line]
    ocr: str | None = None


def _continues(line: Line, after: Line, left: float, right: float, height: float) -> bool:
    """Whether `after` is the wrapped rest of `line`'s paragraph: `line` runs to the right edge of
    the type area and `after` starts at its left edge (GB/T 9704 indents paragraphs and headings
    by two characters) on the next line: an empty line between them (GB/T 9704 leaves one under
    the masthead's 发文字号 line, which runs to the right edge with its 签发人) ends the paragraph."""
    if line.cells or after.cells or HEADING_START.match(after.text):
        return False
    # a blank line at GB/T 9704's pitch leaves a gap of 2.6 character heights; double-spaced
    # lines about 1.6
    if after.box[1] - line.box[3] > 2 * height:
        return False
    # two characters of slack on the right: unjustified lines (Word's default) end up to one
    # character short, and OCR boxes vary by a few points
    return line.box[2] >= right - 2 * height and after.box[0] <= left + 0.5 * height


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """A page's lines grouped into the printed lines of each paragraph (or table row)."""
    body = [line for line in lines if not line.cells] or lines
    if not body:
        return []
    # the type area's edges, from where most lines start and end: a stamp or a note in the margin
    # must not move them
    left = _quantile([line.box[0] for line in body], 0.2)
    right = _quantile([line.box[2] for line in body], 0.8)
    height = _quantile([line.box[3] - line.box[1] for line in body], 0.5)
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _continues(groups[-1][-1], line, left, right, height):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _join(texts: list[str]) -> str:
    """A paragraph's printed lines as one line: Latin words wrapped at a line end get their
    space back; a figure wrapped inside Chinese text (`1月2` / `5日`) does not."""
    text = texts[0]
    for piece in texts[1:]:
        left, right = ASCII_WORD_END.search(text), ASCII_WORD_START.match(piece)
        latin = bool(left and right) and (_latin_side(text[:left.start()][-1:]) or _latin_side(piece[right.end():][:1]))
        text += (" " if latin else "") + piece
    return text


def _latin_side(char: str) -> bool:
    """Whether what stands beside a wrapped word is Latin text (or nothing), not Chinese: a
    figure with Chinese on both sides of it is Chinese text."""
    return not char or char.isascii()


def _furniture_key(line: Line, height: float) -> str | None:
    if FURNITURE_AREA * height < line.box[3] and line.box[1] < (1 - FURNITURE_AREA) * height:
        return None
    return re.sub(r"\d+", "#", line.text.strip())


def drop_running_lines(pages: list[PageLines]) -> int:
    """Remove header/footer lines repeated (digits aside) on at least half of three or more pages."""
    if len(pages) < 3:
        return 0
    counts: dict[str, int] = {}
    for page in pages:
        for key in {_furniture_key(line, page.size[1]) for line in page.lines} - {None}:
            counts[key] = counts.get(key, 0) + 1
    running = {key for key, count in counts.items() if count * 2 >= len(pages)}
    dropped = 0
    for page in pages:
        kept = [line for line in page.lines if _furniture_key(line, page.size[1]) not in running]
        dropped += len(page.lines) - len(kept)
        page.lines = kept
    return dropped


def assemble(pages: list[PageLines]) -> tuple[str, list[Page], list[Table]]:
    """Pages' lines → raw text (a paragraph a line, a table row a line), the pages and the tables.
    A paragraph is never joined across a page break, so every raw line has one page."""
    drop_running_lines(pages)
    texts: list[str] = []
    found_pages: list[Page] = []
    tables: list[Table] = []
    for number, page in enumerate(pages, 1):
        record = Page(number, len(texts), page.size, page.ocr)
        for group in paragraphs(page.lines):
            record.lines.extend((len(texts), line) for line in group)
            if group[0].cells and not (tables and tables[-1].last_line == len(texts) - 1):
                tables.append(Table(len(texts), len(texts), len(texts)))
            elif group[0].cells:
                tables[-1].last_line = len(texts)
            texts.append(_join([line.text for line in group]))
        found_pages.append(record)
    return "\n".join(texts), found_pages, tables
