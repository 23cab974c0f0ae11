"""OCR benchmark: character error rate and seconds a page per engine, and the load of a 20-page scan.

Run: .venv/bin/python bench/bench_ocr.py [--pages 3] [--threads 2] [--compare] [--scan-pages 20]
Pages are the seed documents' display text rendered in the GB/T 9704 layout (A4, 200 dpi, 16 pt,
28 × 22 characters; tests/ingest/fixtures.py): Simplified 000 and 004, Traditional 002 and 003.
The error rate is the edit distance over the page's characters after NFKC with whitespace
removed (`,` for `，` is no error). `--compare` also runs Tesseract (chi_sim on Simplified pages,
chi_tra on Traditional ones; Debian tesseract-ocr-chi-sim/-chi-tra). Then a scan of
`--scan-pages` Simplified pages is loaded as indexing loads it (assistant.ingest.read_document).
The figures in assistant/ingest/ocr.py come from this script.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.ingest.layout import page_lines  # noqa: E402
from assistant.ingest.ocr import RENDER_DPI, read_rapidocr, read_tesseract, tesseract_languages  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from tests.ingest import fixtures  # noqa: E402

SIMPLIFIED, TRADITIONAL = ("000", "004"), ("002", "003")


def compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def error_rate(got: str, truth: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(compact(got), compact(truth)) / max(1, len(compact(truth)))


def read_with(engine: str, image, threads: int) -> str:
    """One engine on one page image → the page's text as the loader would assemble it."""
    if engine == "rapidocr":
        result = read_rapidocr(image, threads)
    else:
        result = read_tesseract(image, engine.split("-")[1], timeout=600)
    height = image.height * 72 / RENDER_DPI
    return "\n".join(line.text for line in page_lines(result.fragments, height))


def measure(seed: str, engines: list[str], pages: int, threads: int) -> None:
    for number, lines in enumerate(fixtures.paginate(fixtures.seed_display(seed))[:pages], 1):
        image = fixtures.render_page(lines, number).convert("L")
        truth = "".join(line.replace("\u3000", "") for line in lines)
        for engine in engines:
            started = time.perf_counter()
            text = read_with(engine, image, threads)
            seconds = time.perf_counter() - started
            print(f"{seed} page {number}  {engine:18s} CER {error_rate(text, truth) * 100:5.2f} %  {seconds:5.1f} s", flush=True)


def scan_load(pages: int, threads: int) -> None:
    from assistant.ingest import read_document

    text = "\n".join(fixtures.seed_display(seed) for seed in SIMPLIFIED * 4)
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "scan.pdf"
        fixtures.scanned_pdf(path, text, max_pages=pages)
        started = time.perf_counter()
        document = read_document(path, Path(work), Settings(ocr_threads=threads, ocr_time_limit_s=3600))
        seconds = time.perf_counter() - started
    print(f"{len(document.page_starts)}-page scan loaded in {seconds:.1f} s "
          f"({seconds / len(document.page_starts):.1f} s a page, {threads} OCR threads, {len(document.display)} characters)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3, help="pages per seed document")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--compare", action="store_true", help="also run Tesseract")
    parser.add_argument("--scan-pages", type=int, default=20, help="0 skips the scan load")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    languages = tesseract_languages() if args.compare else frozenset()
    for group, language in ((SIMPLIFIED, "chi_sim"), (TRADITIONAL, "chi_tra")):
        engines = ["rapidocr"] + ([f"tesseract-{language}"] if language in languages else [])
        for seed in group:
            measure(seed, engines, args.pages, args.threads)
    if args.scan_pages:
        scan_load(args.scan_pages, args.threads)


if __name__ == "__main__":
    main()
