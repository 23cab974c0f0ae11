"""Positioned text → printed lines: rows by position, cells by gaps, page furniture dropped.

Every paged source ends here: PDF text-layer characters (pdfium), OCR boxes (a line or a cell
each) and OFD text runs are all `Fragment`s with a box in points. One set of rules then makes
lines of them, so a table reads the same whether it was typed, scanned or exported to OFD:

- fragments whose vertical centres lie within half a line height of each other are one row,
  read left to right (official documents are single-column: GB/T 9704 prints 28 × 22 characters
  on one type area);
- inside a row, a gap wider than 1.5 character heights separates cells (a justified CJK line has
  gaps under 0.3; table columns and the spaces before a signature date are wider);
- a lone page number (`- 3 -`, `— 3 —`, `第3页`, `3/12`) in the top or bottom 15 % of the page
  is furniture, not text (GB/T 9704 prints it 7 mm under the type area, 88–91 % down the page).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from assistant.ingest.pages import CELL_SEPARATOR, Box, Line

CELL_GAP = 1.5  # in character heights
WORD_GAP = 0.15  # a gap this wide (in heights) between two Latin/digit runs is a space
PAGE_NUMBER = re.compile(r"^[-—–－−_~\s]*(第?\s*\d{1,4}\s*页?(\s*/\s*\d{1,4})?|[ivxlcIVXLC]{1,6})[-—–－−_~\s]*(共\s*\d{1,4}\s*页)?$")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Characters set without spaces around them: Han, CJK and general punctuation (“”—…), full-width forms
WIDE = re.compile(r"[\u2010-\u206f\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
WIDE_GAP = 1.0  # beside wide characters only a gap of a whole character is a written space (通　知)


@dataclass
class Fragment:
    text: str
    box: Box
    spaced: bool = False  # the source wrote a space before it (a PDF text layer's own space)

    @property
    def height(self) -> float:
        return max(0.1, self.box[3] - self.box[1])

    @property
    def middle(self) -> float:
        return (self.box[1] + self.box[3]) / 2


def union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def rows_of(fragments: list[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped into printed rows, top to bottom, each row left to right."""
    rows: list[list[Fragment]] = []
    for fragment in sorted((f for f in fragments if f.text.strip()), key=lambda f: (f.middle, f.box[0])):
        if rows:
            row = rows[-1]
            height = statistics.median(f.height for f in row)
            middle = statistics.fmean(f.middle for f in row)
            if abs(fragment.middle - middle) <= 0.5 * max(height, fragment.height):
                row.append(fragment)
                continue
        rows.append([fragment])
    return [sorted(row, key=lambda f: f.box[0]) for row in rows]


def _joined(left: str, right: str, gap: float, height: float, spaced: bool = False) -> str:
    """Two pieces of one run, with a space where the gap shows one: over WORD_GAP heights between
    Latin/digit words, over WIDE_GAP beside CJK: a justified CJK line has gaps under 0.1, but
    quotes and half-width spaces are measured too loosely (OFD runs without DeltaX) to go lower."""
    if not left or not right:
        return left + right
    wide = bool(WIDE.match(left[-1]) or WIDE.match(right[0]))
    spaced = spaced or gap > (WIDE_GAP if wide else WORD_GAP) * height
    return left + (" " if spaced else "") + right


def cells_of(row: list[Fragment]) -> list[Fragment]:
    """A row's fragments merged into runs; a run ends at a gap wider than CELL_GAP heights."""
    height = statistics.median(f.height for f in row)
    runs: list[Fragment] = []
    for fragment in row:
        text = fragment.text.strip()
        if runs:
            last = runs[-1]
            gap = fragment.box[0] - last.box[2]
            if gap <= CELL_GAP * height:
                runs[-1] = Fragment(_joined(last.text, text, gap, height, fragment.spaced), union([last.box, fragment.box]))
                continue
        runs.append(Fragment(text, fragment.box))
    return runs


def is_page_number(line: Line, page_height: float) -> bool:
    """A lone page number printed in the top or bottom 15 % of the page."""
    top, bottom = line.box[1], line.box[3]
    in_margin = bottom <= 0.15 * page_height or top >= 0.85 * page_height
    return in_margin and bool(PAGE_NUMBER.match(line.text.strip()))


def page_lines(fragments: list[Fragment], page_height: float) -> list[Line]:
    """A page's printed lines, top to bottom, page numbers left out. A row split into cells is
    kept as cells here; whether it is a table row is decided with its neighbours (`mark_tables`)."""
    lines = []
    for row in rows_of(fragments):
        runs = cells_of(row)
        text = "".join(run.text for run in runs) if len(runs) == 1 else " ".join(run.text for run in runs)
        line = Line(text, union([run.box for run in runs]), [run.text for run in runs] if len(runs) > 1 else [])
        if not is_page_number(line, page_height):
            lines.append(line)
    return mark_tables(lines)


def mark_tables(lines: list[Line]) -> list[Line]:
    """Rows split into the same number of cells on two or more consecutive lines are a table:
    their text becomes the cells joined by CELL_SEPARATOR. A single split line (a signature and
    its date) stays plain text."""
    index = 0
    while index < len(lines):
        count = len(lines[index].cells)
        end = index
        while count >= 2 and end + 1 < len(lines) and len(lines[end + 1].cells) == count:
            end += 1
        if count >= 2 and end > index:
            for line in lines[index:end + 1]:
                line.text = CELL_SEPARATOR.join(line.cells)
        else:
            for line in lines[index:end + 1]:
                line.cells = []
        index = end + 1
    return lines
