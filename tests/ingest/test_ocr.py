"""Scanned and mixed PDFs: OCR per page where the text layer is missing, pages kept, limits clear.

The pages are rendered at test time in the GB/T 9704 layout from the seed documents' display
text (tests/ingest/fixtures.py) and read through the public loaders."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import re
import unicodedata
from pathlib import Path

import pytest

from assistant.ingest import LoadError, read_document
from assistant.ingest.loaders import load
from assistant.ingest.pdf import usable_text
from assistant.settings import Settings
from tests.ingest import fixtures

pytestmark = [
    pytest.mark.skipif(fixtures.font_file() is None, reason="no CJK font to render pages: apt-get install fonts-wqy-microhei"),
    pytest.mark.skipif(importlib.util.find_spec("rapidocr_onnxruntime") is None,
                       reason="rapidocr-onnxruntime is not installed (scripts/setup installs it)"),
]


def compact(text: str) -> str:
    """NFKC, whitespace removed: `,` and `，` or a line break are no OCR errors."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def page_text(raw, number: int) -> str:
    lines = raw.text.split("\n")
    end = raw.pages[number].first_line if number < len(raw.pages) else len(lines)
    return "\n".join(lines[raw.pages[number - 1].first_line:end])


def han_phrase(text: str) -> str:
    """Eight Han characters in a row from the page: found in the display text whatever the OCR
    made of the punctuation around them."""
    return re.search(r"[\u4e00-\u9fff]{8}", text[len(text) // 2:]).group()


def error_rate(got: str, truth: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(compact(got), compact(truth)) / len(compact(truth))


def test_a_scan_is_read_by_ocr_with_each_lines_box(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    truth = fixtures.scanned_pdf(path, fixtures.seed_display("004"), max_pages=1)
    seen = []
    raw = load(path, Settings(ocr_threads=2), progress=lambda page, pages: seen.append((page, pages)))
    assert seen == [(1, 1)]  # progress after each OCR'd page (and a log line)
    assert [page.ocr for page in raw.pages] == ["rapidocr"]
    assert error_rate(raw.text, truth[0]) <= 0.02
    assert "- 1 -" not in raw.text  # the page number is furniture
    assert raw.text.startswith("【铸牢中华民族共同体意识】学习贯彻·局长说\n")
    width, height = raw.pages[0].size
    lines = raw.pages[0].lines
    assert len(lines) == len(fixtures.paginate(fixtures.seed_display("004"))[0])  # one box per printed line
    assert all(0 <= line.box[0] < line.box[2] <= width and 0 <= line.box[1] < line.box[3] <= height for _, line in lines)
    assert [index for index, _ in lines] == sorted(index for index, _ in lines)  # wrapped lines joined in order


@pytest.mark.slow
def test_a_mixed_pdf_keeps_text_pages_and_reads_the_scanned_one(tmp_path: Path):
    pytest.importorskip("reportlab", reason="reportlab writes the text pages (pip install -e '.[test]')")
    path = tmp_path / "mixed.pdf"
    truth = fixtures.mixed_pdf(path, fixtures.seed_display("000"))
    raw = load(path, Settings(ocr_threads=2))
    assert [page.ocr for page in raw.pages] == [None, "rapidocr", None]
    for number in (1, 2, 3):
        assert error_rate(page_text(raw, number), truth[number - 1]) <= 0.02, number
    document = read_document(path, tmp_path, Settings(ocr_threads=2))
    assert len(document.page_starts) == 3 and document.page_starts[0] == 0
    assert [document.page_of(document.display.find(han_phrase(text))) for text in truth] == [1, 2, 3]


def test_the_ocr_time_limit_stops_a_long_scan_with_a_clear_message(tmp_path: Path):
    path = tmp_path / "long scan.pdf"
    fixtures.scanned_pdf(path, fixtures.seed_display("000"), max_pages=2)
    with pytest.raises(LoadError, match=r"long scan\.pdf: OCR stopped at page 2 of 2 .*ASSISTANT_OCR_TIME_LIMIT_S"):
        load(path, Settings(ocr_threads=2, ocr_time_limit_s=0.5))


def test_a_blank_scan_says_no_text_was_found(tmp_path: Path):
    from pypdf import PdfWriter

    path = tmp_path / "blank.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(path)
    with pytest.raises(LoadError, match=r"blank\.pdf: no text found, not even by OCR"):
        load(path)


def _threads_in_a_worker() -> int:
    return Settings().ocr_engine_threads


def test_ocr_threads_default_to_the_cores_but_one_inside_an_indexing_worker(monkeypatch):
    """Indexing workers OCR side by side, one process each: more threads there oversubscribe."""
    monkeypatch.delenv("ASSISTANT_OCR_THREADS", raising=False)
    assert Settings(ocr_threads=3).ocr_engine_threads == 3
    assert Settings().ocr_engine_threads == max(1, min(4, os.cpu_count() or 1))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_threads_in_a_worker) == 1


def test_a_huge_page_is_rendered_within_the_pixel_cap():
    from assistant.ingest.pdf import MAX_RENDER_PX, render_scale

    assert render_scale((595, 842)) == pytest.approx(200 / 72)  # A4 at 200 dpi
    assert max(14400, 14400) * render_scale((14400, 14400)) == pytest.approx(MAX_RENDER_PX)  # 200 × 200 inches


@pytest.mark.parametrize("text, usable", [
    ("关于印发工作方案的通知", True),
    ("Annual report 2022: 114 proposals handled.", True),
    ("- 3 -", False),  # a page number only: the page is a scan
    ("\ufffd" * 40 + "通知", False),  # a font without a usable encoding
    ("ÐÂ»ªÉçÎ÷²ØÈÕ±¨ÃñÎ¯", False),  # GBK bytes read as Latin-1
])
def test_a_text_layer_is_usable_only_when_it_says_something(text, usable):
    assert usable_text(text) is usable


@pytest.mark.slow
@pytest.mark.parametrize("seed", ["000", "004"])
def test_character_error_rate_on_simplified_seed_pages_is_at_most_2_percent(tmp_path: Path, seed):
    """GB/T 9704 pages of Simplified seeds 000 and 004 (3 pages each); measured 0–0.35 % a page."""
    path = tmp_path / f"{seed}.pdf"
    truth = fixtures.scanned_pdf(path, fixtures.seed_display(seed), max_pages=3)
    raw = load(path, Settings(ocr_threads=2))
    rates = [error_rate(page_text(raw, number), truth[number - 1]) for number in range(1, len(truth) + 1)]
    assert max(rates) <= 0.02, rates


@pytest.mark.slow
def test_a_traditional_page_is_read_by_tesseract_when_installed(tmp_path: Path):
    """RapidOCR misreads ~10 % of Traditional characters here; Tesseract chi_tra 0.7–1.8 %."""
    from assistant.ingest.ocr import tesseract_languages

    if "chi_tra" not in tesseract_languages():
        pytest.skip("tesseract-ocr-chi-tra is not installed (scripts/test installs it)")
    path = tmp_path / "002.pdf"
    truth = fixtures.scanned_pdf(path, fixtures.seed_display("002"), max_pages=2)
    raw = load(path, Settings(ocr_threads=2))
    assert [page.ocr for page in raw.pages] == ["tesseract-chi_tra"] * 2  # page 2 went to Tesseract first
    assert max(error_rate(page_text(raw, n), truth[n - 1]) for n in (1, 2)) <= 0.05
