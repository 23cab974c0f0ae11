"""A citation on its original page: the page it stands on (or, for office documents, the
paragraphs), and — for a PDF or an OFD — the page as an image with the cited span's boxes drawn
on it.

Boxes come from the display lines' positions (the text layer's lines, or OCR's line boxes) that
the loader kept (ingest.document.Layout). Within a line the span's part is interpolated by
character position, only where the display line is the printed line as read (`exact`); a span
touching a line that cleaning changed is not drawn: the page is shown with the text span beside
it, never a wrong highlight. pypdfium2 renders PDFs (Apache/BSD; PyMuPDF is AGPL); OFD pages are
drawn from their text objects (`ofd_pages`).
"""

from __future__ import annotations

import bisect
import io
from dataclasses import dataclass, field
from pathlib import Path

RENDER_DPI = 110  # a page fits a panel 900 px wide; the scan's own 200 dpi is not needed to read it
HIGHLIGHT = (255, 196, 0, 110)


@dataclass
class OriginalPage:
    page: int
    png: bytes | None = None  # the page as an image (PDF: rendered; OFD: drawn from its text)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # in points
    highlighted: bool = False  # the span's boxes are drawn (confidently placed)
    note: str | None = None  # what the image lacks (an OFD drawn without a Chinese font)


def page_of(layout: dict | None, offset: int) -> int | None:
    """The 1-based page of a display offset, for paged documents."""
    if not layout or not layout.get("page_starts"):
        return None
    return max(1, bisect.bisect_right(layout["page_starts"], offset))


def paragraphs_of(layout: dict | None, start: int, end: int) -> list[int] | None:
    """[first, last] paragraph numbers of the file that display[start:end] stands in, for office
    documents (None for others)."""
    if not layout or not layout.get("paragraphs"):
        return None
    entries = layout["paragraphs"]
    offsets = [offset for offset, _ in entries]
    first = max(0, bisect.bisect_right(offsets, start) - 1)
    last = max(first, bisect.bisect_left(offsets, max(end, start + 1)) - 1)
    return [entries[first][1], entries[last][1]]


def location_label(page: int | None, paragraphs: list[int] | None) -> str:
    """`第3页`, `第12段` or `第12–14段`: where a span stands in the original ('' when unknown)."""
    if page:
        return f"第{page}页"
    if paragraphs:
        first, last = paragraphs
        return f"第{first}段" if first == last else f"第{first}–{last}段"
    return ""


def span_boxes(layout: dict, start: int, end: int) -> tuple[list[tuple[float, ...]], bool]:
    """The boxes covering display[start:end] on the page of `start`, and whether they are exact."""
    page = page_of(layout, start)
    boxes, exact = [], True
    for line_start, line_end, number, x0, y0, x1, y1, line_exact in layout.get("lines", []):
        if number != page or line_end <= start or line_start >= end:
            continue
        if not line_exact:
            exact = False
            continue
        width = max(1, line_end - line_start)
        left = x0 + (x1 - x0) * max(0, start - line_start) / width
        right = x0 + (x1 - x0) * min(width, end - line_start) / width
        boxes.append((left, y0, right, y1))
    return boxes, exact and bool(boxes)


def original_page(source: Path, layout: dict | None, start: int, end: int,
                  content_hash: str | None = None) -> OriginalPage | None:
    """The page a span stands on, drawn with its boxes when the source is a PDF (rendered by
    pdfium) or an OFD (drawn from its text objects, `ofd_pages`) — and still the version indexed
    (`content_hash`): a file replaced since would show another page."""
    page = page_of(layout, start)
    if page is None:
        return None
    boxes, exact = span_boxes(layout, start, end)
    suffix = source.suffix.lower()
    if suffix not in (".pdf", ".ofd") or not source.exists() or not _unchanged(source, content_hash):
        return OriginalPage(page, None, boxes, False)
    if suffix == ".pdf":
        image, note = _pdf_page(source, page), None
    else:
        from assistant.ofd_pages import draw_page

        image, note = draw_page(source, page, RENDER_DPI)
    return OriginalPage(page, highlighted_png(image, boxes if exact else []), boxes, exact, note)


def _unchanged(source: Path, content_hash: str | None) -> bool:
    from assistant.ingest.document import file_hash

    return content_hash is None or file_hash(source) == content_hash


def _pdf_page(source: Path, page: int):
    """A PDF page rendered by pdfium at RENDER_DPI, as an RGBA image."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(source))
    try:
        return document[page - 1].render(scale=RENDER_DPI / 72).to_pil().convert("RGBA")
    finally:
        document.close()


def highlighted_png(image, boxes: list[tuple[float, float, float, float]]) -> bytes:
    """A page image at RENDER_DPI as PNG with the boxes (points, from the top left) filled translucent."""
    from PIL import Image, ImageDraw

    scale = RENDER_DPI / 72
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle([x0 * scale, y0 * scale, x1 * scale, y1 * scale], fill=HIGHLIGHT)
    buffer = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(buffer, format="PNG")
    return buffer.getvalue()
