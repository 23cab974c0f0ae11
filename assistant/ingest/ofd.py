"""OFD (GB/T 33190, the national fixed-layout format) → text, page by page, with line boxes.

Three registry packages were read: `easyofd` requires PyMuPDF (AGPL) and is out; `ofdreader`
0.1.0 ships no code at all; `ofdkit` 0.2.0 (Apache-2.0, no dependencies) resolves what real
files use — several DocBody, templates, CompositeObject units, CTM and Boundary transforms,
TextCode X/Y inheritance, DeltaX with the `g` repeat shorthand, GBK-declared XML — and refuses DTDs
(entity bombs), parts over 64 MB and over 50,000 entries. It is used here for the text runs and
their positions; the runs then go through the same layout rules as a PDF's characters
(assistant/ingest/layout.py), so rows, table cells and page numbers are read the same way and
every line keeps its box. Tested on files written per character with a scaling CTM (how PDF→OFD
converters write them, objects in shuffled order) and on a page of a converter-made real document
(see tests/ingest/test_ofd.py).
"""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.containers import check_zip
from assistant.ingest.layout import Fragment, page_lines
from assistant.ingest.pages import Page, PageLines, Table, assemble

POINTS_PER_MM = 72 / 25.4
PAGE_MARGIN_MM = 2.0


class OfdError(Exception):
    """An OFD that cannot be read; the message says what to do (no file name)."""


def _fragment(run) -> Fragment:
    """An ofdkit TextRun (baseline y, mm) → a Fragment (box in points, origin top-left)."""
    top = run.y - run.size * 0.88  # ascent of CJK fonts: ~0.88 em above the baseline
    bottom = run.y + run.size * 0.12
    box = (run.x, top, run.x + max(run.width, 0.01), bottom)
    return Fragment(run.text, tuple(value * POINTS_PER_MM for value in box))


def _visible(run, box: tuple[float, float, float, float]) -> bool:
    x0, y0, width, height = box
    return (x0 - PAGE_MARGIN_MM <= run.x <= x0 + width + PAGE_MARGIN_MM
            and y0 - PAGE_MARGIN_MM <= run.y <= y0 + height + PAGE_MARGIN_MM)


def page_of(page) -> PageLines:
    """One OFD page's lines; runs drawn twice at one spot (fake bold) count once."""
    box = page.box
    size = (box[2] * POINTS_PER_MM, box[3] * POINTS_PER_MM)
    seen, fragments = set(), []
    for run in page.runs:
        key = (run.text, round(run.x * 4), round(run.y * 4))
        if run.text.strip() and key not in seen and _visible(run, box):
            seen.add(key)
            fragments.append(_fragment(run))
    return PageLines(size, page_lines(fragments, size[1]))


def read_ofd(path: Path) -> tuple[str, list[Page], list[Table], list[str]]:
    import ofdkit

    check_zip(path, "OFD.xml")
    try:
        with ofdkit.open(str(path)) as document:
            pages = [page_of(page) for page in document.pages]
            notes = [f"OFD: {warning}" for warning in document.warnings]
    except ofdkit.OFDError as error:
        raise OfdError(f"not a readable OFD ({error}); open it in an OFD reader (数科/福昕) and export it again") from error
    text, found, tables = assemble(pages)
    return text, found, tables, notes
