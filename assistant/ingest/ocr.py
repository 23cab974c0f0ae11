"""Text from page images: RapidOCR (PP-OCRv4, onnxruntime) first, Tesseract for Traditional pages.

Measured with bench/bench_ocr.py: pages of the seed documents' display text in the GB/T 9704
layout (A4, 200 dpi, 16 pt, 28 × 22 characters, WenQuanYi Micro Hei); character error rate (CER)
after NFKC with whitespace removed (`,` for `，` is no error); 2 cores shared with another busy
process (load 2–3.5), so seconds are upper bounds and the minimum is the fairer figure:

| pages (CER per page) | RapidOCR 1.4.4, classifier off | Tesseract 5.3, --psm 6 |
|---|---|---|
| Simplified 000 | 0.35, 0.00, 0.00 % | chi_sim 0.18, 0.16 % |
| Simplified 004 | 0.00, 0.18, 0.17 % | chi_sim 1.61, 0.36 % |
| Traditional 002 | 10.9, 12.0, 10.7 % (黨→建, 烏→鳥) | chi_tra 0.72, 1.83 % |
| Traditional 003 | 11.1, 10.8, 9.5 % (議→1, 辦→瓣) | chi_tra 1.69, 1.44 % |
| seconds a page, 1 thread (min / median of 6) | 5.7 / 6.6 | 1.9 / 2.0–2.4 |
| seconds a page, 2 threads | 5.6 / 9.3; rerun: 3.8 / 6.0 | 2.2 / 24–92 (OpenMP threads spin under contention) |

RapidOCR keeps the cores (ASSISTANT_OCR_THREADS, default: cores up to 4, 1 inside an indexing
worker): two threads beat one even beside the busy process (3.8 against 5.7 s at best).

RapidOCR reads every page: on Simplified text it makes 2–9× fewer errors than Tesseract (004
page 1: 0 against 1.6 %, close to the 2 % bar), and it is a pip package with its models in the
wheel, so every install has it; Tesseract is 3× faster but a system package. A page whose
RapidOCR text looks Traditional (≥ 8 % of its Han characters change under OpenCC t2s: 25–28 % on
the 002/003 pages, 0 on 000/004) is read again by Tesseract chi_tra when it is installed (Debian
tesseract-ocr-chi-tra); once a page of a file came out Traditional, the next ones go to Tesseract
first (RapidOCR only when Tesseract's text does not look Traditional). Without Tesseract the
RapidOCR text is kept and a note says so. Tesseract always runs with one OpenMP thread (above).
RapidOCR's 180° line classifier is off: on these upright pages it flipped 1–2 lines a page, which
then failed recognition and vanished (000 page 1: 10 % CER with it, 0.35 % without).
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from assistant.ingest.layout import Fragment

log = logging.getLogger(__name__)
RENDER_DPI = 200
TRADITIONAL_SHARE = 0.08
INSTALL_HINT = "pip install rapidocr-onnxruntime==1.4.4 (scripts/setup installs it)"


class OcrUnavailable(RuntimeError):
    """No OCR engine is installed; the message says what to install."""


@dataclass
class OcrResult:
    fragments: list[Fragment]  # boxes in points (the page image's pixels / its pixels per point)
    engine: str


@lru_cache(maxsize=4)
def rapidocr(threads: int):
    """One RapidOCR per thread count per process (loading the models takes ~0.3 s)."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as error:
        raise OcrUnavailable(f"no OCR engine installed; {INSTALL_HINT}") from error
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    return RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1, use_cls=False)


SCALE = RENDER_DPI / 72  # pixels per point of a page rendered at RENDER_DPI


def read_rapidocr(image, threads: int, scale: float = SCALE) -> OcrResult:
    """RapidOCR on a PIL image rendered at `scale` pixels per point: one fragment per text box."""
    import numpy as np

    result, _ = rapidocr(threads)(np.asarray(image.convert("RGB")), use_cls=False)
    fragments = []
    for corners, text, _score in result or []:
        xs, ys = [point[0] for point in corners], [point[1] for point in corners]
        fragments.append(Fragment(text, (min(xs) / scale, min(ys) / scale, max(xs) / scale, max(ys) / scale)))
    return OcrResult(fragments, "rapidocr")


@lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    if not shutil.which("tesseract"):
        return frozenset()
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return frozenset(listed.stdout.split()[1:] if listed.returncode == 0 else ())


def read_tesseract(image, language: str, timeout: float, scale: float = SCALE) -> OcrResult:
    """Tesseract (--psm 6, one block of text; one OpenMP thread) on a PIL image: a fragment per word."""
    png = io.BytesIO()
    dpi = round(scale * 72)
    image.save(png, "PNG", dpi=(dpi, dpi))
    done = subprocess.run(["tesseract", "stdin", "stdout", "-l", language, "--psm", "6", "--dpi", str(dpi), "tsv"],
                          input=png.getvalue(), capture_output=True, timeout=max(1.0, timeout),
                          env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace").strip()[-300:])
    fragments = []
    for row in done.stdout.decode("utf-8", errors="replace").splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) == 12 and fields[0] == "5" and fields[11].strip():
            left, top, width, height = (float(value) for value in fields[6:10])
            box = (left / scale, top / scale, (left + width) / scale, (top + height) / scale)
            fragments.append(Fragment(fields[11].strip(), box))
    return OcrResult(fragments, f"tesseract-{language}")


def traditional_share(text: str) -> float:
    """The share of Han characters that OpenCC t2s changes: ~0 for Simplified text."""
    from assistant.ingest.normalize import to_simplified

    han = [char for char in text if "\u4e00" <= char <= "\u9fff"]
    if not han:
        return 0.0
    simplified = to_simplified("".join(han))
    return sum(a != b for a, b in zip(han, simplified)) / len(han)


def _text(result: OcrResult) -> str:
    return "".join(fragment.text for fragment in result.fragments)


def _tesseract_traditional(image, scale: float, timeout: float, notes: list[str]) -> OcrResult | None:
    """Tesseract chi_tra's reading, or None (not installed, or it failed: noted)."""
    if "chi_tra" not in tesseract_languages():
        note = ("Traditional pages were read by RapidOCR (~10 % character errors); "
                "apt-get install tesseract-ocr-chi-tra reads them better")
        if note not in notes:
            notes.append(note)
        return None
    try:
        return read_tesseract(image, "chi_tra", timeout, scale)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        notes.append(f"tesseract failed on a Traditional page ({error}); kept RapidOCR's reading")
        return None


def read_page_image(image, scale: float, threads: int, timeout: float, notes: list[str],
                    expect_traditional: bool = False) -> OcrResult:
    """OCR one page image (`scale` pixels per point): RapidOCR, then Tesseract chi_tra when the
    page reads as Traditional — Tesseract first when the previous page did (`expect_traditional`)."""
    if expect_traditional and "chi_tra" in tesseract_languages():
        first = _tesseract_traditional(image, scale, timeout, notes)
        if first is not None and traditional_share(_text(first)) >= TRADITIONAL_SHARE:
            return first
    result = read_rapidocr(image, threads, scale)
    if traditional_share(_text(result)) < TRADITIONAL_SHARE:
        return result
    return _tesseract_traditional(image, scale, timeout, notes) or result
