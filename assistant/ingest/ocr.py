"""Text from page images: RapidOCR (PP-OCRv4, onnxruntime) first, Tesseract for Traditional pages.

Measured here (bench/bench_ocr.py; pages of the seed documents' display text rendered in the
GB/T 9704 layout — A4, 200 dpi, 16 pt, 28 × 22 characters — with WenQuanYi Micro Hei; character
error rate after NFKC and without whitespace, so `,`/`，` is no error; 2 cores shared with
another busy process, so the seconds are upper bounds):

| pages | RapidOCR 1.4.4, cls off | Tesseract 5.3 chi_sim / chi_tra (--psm 6) |
|---|---|---|
| Simplified 000, 004 (3 pages each) | 0.00–0.35 %, 3.3–7.6 s a page | 0.16–0.54 %, 12.6–26 s a page |
| Traditional 002, 003 (3 pages each) | 9.5–12 % (黨→建, 烏→鳥, 議→1) | 0.7–1.8 %, 15–30 s a page |

So RapidOCR reads every page (4× faster, as accurate on Simplified), and a page whose RapidOCR
text looks Traditional (≥ 8 % of its Han characters change under OpenCC t2s; Simplified pages
measure 0–1 %, Traditional ones 25–35 %) is read again by Tesseract chi_tra when it is installed
(Debian tesseract-ocr-chi-tra); without it the RapidOCR text is kept and a note says so.
RapidOCR's 180° line classifier is off: on these upright pages it flipped 1–2 lines a page, which
then failed recognition and vanished (page 1 of 000: 10 % CER with it, 0.35 % without). A page is
read at 200 dpi (RapidOCR scales the long side to 2000 px).
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


def read_tesseract(image, language: str, threads: int, timeout: float, scale: float = SCALE) -> OcrResult:
    """Tesseract (--psm 6, one block of text) on a PIL image: one fragment per word it reports."""
    png = io.BytesIO()
    dpi = round(scale * 72)
    image.save(png, "PNG", dpi=(dpi, dpi))
    done = subprocess.run(["tesseract", "stdin", "stdout", "-l", language, "--psm", "6", "--dpi", str(dpi), "tsv"],
                          input=png.getvalue(), capture_output=True, timeout=max(1.0, timeout),
                          env={**os.environ, "OMP_THREAD_LIMIT": str(threads)})
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


def read_page_image(image, scale: float, threads: int, timeout: float, notes: list[str]) -> OcrResult:
    """OCR one page image (`scale` pixels per point): RapidOCR, then Tesseract chi_tra when the
    page reads as Traditional."""
    result = read_rapidocr(image, threads, scale)
    if traditional_share("".join(f.text for f in result.fragments)) < TRADITIONAL_SHARE:
        return result
    if "chi_tra" not in tesseract_languages():
        note = "Traditional pages were read by RapidOCR (~10 % character errors); apt-get install tesseract-ocr-chi-tra reads them better"
        if note not in notes:
            notes.append(note)
        return result
    try:
        return read_tesseract(image, "chi_tra", threads, timeout, scale)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        notes.append(f"tesseract failed on a Traditional page ({error}); kept RapidOCR's reading")
        return result
