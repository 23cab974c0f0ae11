"""An OFD page drawn as an image, for 查看原文: OFD is vector and no permissively licensed renderer
exists in Python (easyofd needs PyMuPDF, AGPL), so the page is drawn from what ofdkit reads — each
text object's characters at their positions and size, on a white page of the page's size. Images,
stamps and vector graphics are not drawn: the text is what a citation points at.

The font is the first Chinese one fontconfig lists (`fc-list :lang=zh`; Debian fonts-wqy-microhei).
Without one the characters' places are drawn as grey boxes and a note says which package to
install, so the page and the highlight still show where the span stands.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

MM_PER_INCH = 25.4
FONT_PACKAGE = "fonts-wqy-microhei"
NO_FONT_NOTE = f"未找到中文字体（apt-get install {FONT_PACKAGE}），页面上的文字以灰框示意位置。"


def cjk_font_file() -> str | None:
    """A font file with Chinese glyphs, as fontconfig lists them (None when there is none)."""
    return _font_file(os.environ.get("PATH", ""))


@lru_cache(maxsize=4)
def _font_file(search_path: str) -> str | None:  # keyed by PATH: fc-list is looked up on it
    executable = shutil.which("fc-list", path=search_path)
    if not executable:
        return None
    try:
        listed = subprocess.run([executable, ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in listed.splitlines() if line.strip())
    preferred = [file for file in files if "wqy" in file.lower()]  # the font the OCR figures were measured with
    return next((file for file in preferred + files if Path(file).exists()), None)


def draw_page(source: Path, number: int, dpi: float):
    """Page `number` (1-based) of an OFD as a white RGBA image at `dpi` with its text drawn, and
    a note when the text could not be drawn as characters (None otherwise)."""
    import ofdkit
    from PIL import Image, ImageDraw

    scale = dpi / MM_PER_INCH  # pixels per millimetre
    font_file = cjk_font_file()
    with ofdkit.open(str(source)) as document:
        page = document.pages[number - 1]
        _, _, width, height = page.box
        image = Image.new("RGBA", (round(width * scale), round(height * scale)), (255, 255, 255, 255))
        draw = ImageDraw.Draw(image)
        for run in page.runs:
            if run.text.strip():
                _draw_run(draw, run, scale, font_file)
    return image, None if font_file else NO_FONT_NOTE


def _draw_run(draw, run, scale: float, font_file: str | None) -> None:
    """A run's characters spread over its advance width (DeltaX spacing, as ofdkit sums it),
    each on the run's baseline."""
    size = max(1, round(run.size * scale))
    step = run.width / len(run.text) if run.width > 0 else run.size
    font = _font(font_file, size) if font_file else None
    for index, char in enumerate(run.text):
        x, baseline = (run.x + step * index) * scale, run.y * scale
        if font is not None:
            draw.text((x, baseline), char, font=font, fill=(0, 0, 0, 255), anchor="ls")
        elif char.strip():
            draw.rectangle([x, baseline - 0.88 * size, x + 0.9 * step * scale, baseline + 0.12 * size],
                           fill=(200, 200, 200, 255))


@lru_cache(maxsize=32)
def _font(font_file: str, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(font_file, size)
