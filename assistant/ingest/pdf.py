"""PDF → text, page by page: the text layer where it is usable, OCR where it is not.

pdfium (pypdfium2, Apache-2.0/BSD — never PyMuPDF, which is AGPL) reads the text layer with each
character's box and renders the pages that need OCR. A page is OCR'd when its text layer is
missing or garbage (fewer than 10 characters, or mostly replacement/private-use/Latin-1
characters — what a broken font encoding leaves), or when an image covers most of it and its
text layer holds under 200 characters (a scan whose only text is a stamp or a page number).
A scan of 60 pages takes 4–8 minutes on 2 cores (bench/bench_ocr.py), so OCR reports each page
(logging, and an optional callback) and stops at ASSISTANT_OCR_TIME_LIMIT_S with a clear error.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from assistant.ingest.layout import CJK, Fragment, page_lines
from assistant.ingest.ocr import RENDER_DPI, OcrUnavailable, read_page_image
from assistant.ingest.pages import Page, PageLines, Table, assemble

log = logging.getLogger(__name__)
MIN_TEXT_CHARS = 10
SCAN_TEXT_CHARS = 200
SCAN_IMAGE_SHARE = 0.5
MAX_RENDER_PX = 4000  # A3 at 200 dpi is 3307 px high
Progress = Callable[[int, int], None]


class PdfError(Exception):
    """A PDF that cannot be read; loaders turns it into a LoadError naming the file."""


def usable_text(text: str) -> bool:
    """Whether a text layer says something: enough characters, and not mostly the characters a
    broken font encoding produces (U+FFFD, private use, C0/C1 controls, Latin-1 letters)."""
    chars = [char for char in text if not char.isspace()]
    if len(chars) < MIN_TEXT_CHARS:
        return False
    suspect = sum(char == "\ufffd" or "\ue000" <= char <= "\uf8ff" or "\x80" <= char <= "\xff"
                  or unicodedata.category(char) == "Cc" for char in chars)
    limit = 0.5 if any(CJK.match(char) for char in chars) else 0.3
    return suspect / len(chars) < limit


def image_share(page) -> float:
    """The largest share of the page one image covers (a scan: ~1)."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    largest = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_pos()
        largest = max(largest, (right - left) * (top - bottom) / max(1.0, width * height))
    return largest


def text_layer(page) -> list[Fragment]:
    """The page's characters with their boxes (points, origin top-left); a space in the layer marks
    the next character `spaced` (line breaks do not)."""
    height = page.get_size()[1]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        fragments, spaced = [], False
        for index, char in enumerate(text[:textpage.count_chars()]):
            if char.isspace():
                spaced = char not in "\r\n"
                continue
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            fragments.append(Fragment(char, (left, height - top, right, height - bottom), spaced))
            spaced = False
        return fragments
    finally:
        textpage.close()


def render_scale(size: tuple[float, float]) -> float:
    """Pixels per point: RENDER_DPI, but never past MAX_RENDER_PX on the long side (a hostile
    MediaBox of 200 × 200 inches would otherwise ask for a 1.6-gigapixel bitmap)."""
    return min(RENDER_DPI / 72, MAX_RENDER_PX / max(1.0, *size))


def needs_ocr(page, fragments: list[Fragment]) -> bool:
    text = "".join(fragment.text for fragment in fragments)
    if not usable_text(text):
        return True
    return len(text) < SCAN_TEXT_CHARS and image_share(page) > SCAN_IMAGE_SHARE


class PdfReader:
    """Reads one PDF; OCR settings come from the settings object (threads, time limit)."""

    def __init__(self, path: Path, threads: int, time_limit_s: float, progress: Progress | None = None):
        self.path, self.threads, self.time_limit_s, self.progress = path, threads, time_limit_s, progress
        self.notes: list[str] = []
        self.started = time.monotonic()
        self.skipped: list[int] = []
        self.traditional = False  # the last OCR'd page read as Traditional: Tesseract first next

    def read(self) -> tuple[str, list[Page], list[Table], list[str]]:
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(str(self.path))
        except pdfium.PdfiumError as error:
            raise PdfError(f"not a readable PDF ({error}); re-export it from the original, without a password") from error
        try:
            pages = [self.read_page(document, index) for index in range(len(document))]
        finally:
            document.close()
        self._note_skipped(len(pages))
        text, found, tables = assemble(pages)
        return text, found, tables, self.notes

    def read_page(self, document, index: int) -> PageLines:
        page = document[index]
        try:
            size = page.get_size()
            fragments = text_layer(page)
            if not needs_ocr(page, fragments):
                return PageLines(size, page_lines(fragments, size[1]))
            return self.ocr_page(page, index, len(document), size)
        finally:
            page.close()

    def ocr_page(self, page, index: int, total: int, size) -> PageLines:
        elapsed = time.monotonic() - self.started
        if elapsed > self.time_limit_s:
            raise PdfError(f"OCR stopped at page {index + 1} of {total} after {elapsed:.0f} s, over the "
                           f"{self.time_limit_s:g} s limit (ASSISTANT_OCR_TIME_LIMIT_S); raise the limit or split the file")
        try:
            scale = render_scale(size)
            image = page.render(scale=scale, grayscale=True).to_pil()
            result = read_page_image(image, scale, self.threads, self.time_limit_s - elapsed, self.notes,
                                     self.traditional)
        except OcrUnavailable as error:
            self.skipped.append(index + 1)
            self.unavailable = str(error)
            return PageLines(size, [])
        self.traditional = result.engine.startswith("tesseract")
        log.info("%s: OCR page %d/%d (%s, %.1f s)", self.path.name, index + 1, total, result.engine,
                 time.monotonic() - self.started - elapsed)
        if self.progress:
            self.progress(index + 1, total)
        return PageLines(size, page_lines(result.fragments, size[1]), result.engine)

    def _note_skipped(self, total: int) -> None:
        if not self.skipped:
            return
        if len(self.skipped) == total:
            raise PdfError(f"PDF has no text layer (a scan) and {self.unavailable}; or add the .docx original")
        listed = ", ".join(str(number) for number in self.skipped)
        self.notes.append(f"pages {listed} have no text layer and were left out: {self.unavailable}")
