"""Documents as offices send them, generated at test time from the seed documents' text.

Pages follow GB/T 9704 (党政机关公文格式): A4, a 156 × 225 mm type area 37 mm from the top and
28 mm from the left, 16 pt characters, 28 characters a line and 22 lines a page, the page number
`- N -` under the type area. They are drawn with WenQuanYi Micro Hei (Debian fonts-wqy-microhei)
at 200 dpi, the resolution offices scan at. Nothing here is read back by the code under test
except through the public loaders.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

from tests.conftest import DOCUMENTS

DPI = 200
MM = DPI / 25.4
PAGE_PX = (round(210 * MM), round(297 * MM))
FONT_PT = 16
FONT_PX = round(FONT_PT / 72 * DPI)
LEFT_PX, TOP_PX = round(28 * MM), round(37 * MM)
LINE_WIDTH_PX = round(156 * MM)
LINE_PITCH_PX = 225 * MM / 22
LINES_PER_PAGE = 22
FONT_FILES = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SEEDS = {"000": "000_7aaaa17f63b85632", "004": "004_be29f327fa3c876d",
         "002": "002_d6b54ec67f2e2c09", "003": "003_d24fa1b43b605a4d"}


def font_file() -> str | None:
    return next((path for path in FONT_FILES if Path(path).exists()), None)


@lru_cache(maxsize=None)
def seed_display(key: str) -> str:
    """A seed document's display text: loaded and cleaned by assistant.ingest."""
    from assistant.ingest import read_document

    return read_document(DOCUMENTS / f"{SEEDS[key]}.txt", DOCUMENTS).display


def _font(size_px: int = FONT_PX):
    from PIL import ImageFont

    return ImageFont.truetype(font_file(), size_px)


def wrap_lines(text: str, font=None) -> list[str]:
    """Display text → printed lines: each paragraph indented two characters, wrapped at 156 mm."""
    font = font or _font()
    printed: list[str] = []
    for paragraph in text.split("\n"):
        line = "\u3000\u3000"
        for char in paragraph:
            if font.getlength(line + char) > LINE_WIDTH_PX:
                printed.append(line)
                line = ""
            line += char
        printed.append(line)
    return printed


def paginate(text: str) -> list[list[str]]:
    """Printed lines in pages of 22."""
    lines = wrap_lines(text)
    return [lines[start:start + LINES_PER_PAGE] for start in range(0, len(lines), LINES_PER_PAGE)]


def render_page(lines: list[str], number: int | None = None):
    """One page image (PIL, grayscale) of up to 22 printed lines and its page number."""
    from PIL import Image, ImageDraw

    image = Image.new("L", PAGE_PX, 255)
    draw = ImageDraw.Draw(image)
    font = _font()
    for index, line in enumerate(lines):
        baseline = TOP_PX + (index + 1) * LINE_PITCH_PX - (LINE_PITCH_PX - FONT_PX) / 2
        draw.text((LEFT_PX, baseline), line, font=font, fill=0, anchor="ls")
    if number is not None:
        label = f"- {number} -"
        small = _font(round(14 / 72 * DPI))
        x = (PAGE_PX[0] - small.getlength(label)) / 2
        draw.text((x, TOP_PX + 225 * MM + 7 * MM), label, font=small, fill=0, anchor="lt")
    return image


def page_texts(text: str) -> list[str]:
    """What each rendered page says (its lines joined, indents removed): the OCR reference."""
    return ["".join(line.replace("\u3000", "") for line in page) for page in paginate(text)]


def scanned_pdf(path: Path, text: str, max_pages: int | None = None) -> list[str]:
    """An image-only PDF (no text layer) of `text` in the GB/T 9704 layout; returns page texts."""
    pages = paginate(text)[:max_pages]
    images = [render_page(lines, number) for number, lines in enumerate(pages, 1)]
    images[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return ["".join(line.replace("\u3000", "") for line in page) for page in pages]


RED_HEADER = ("拉萨市民族事务委员会文件", "拉委发〔2022〕31号", "签发人：张建华")


def headed_lines(text: str, header: tuple[str, str, str] = RED_HEADER) -> list[list[str]]:
    """Printed pages of an official document's 版头 (GB/T 9704 7.2): the issuing body's
    mark, then the 发文字号 at the left and the 签发人 at the right of one line, then `text`."""
    issuer, number, signer = header
    font = _font()
    gap = round((LINE_WIDTH_PX - font.getlength(number + signer)) / font.getlength("\u3000")) - 2
    top = ["\u3000" * 4 + issuer, "", "\u3000" + number + "\u3000" * gap + signer, ""]
    lines = top + wrap_lines(text)
    return [lines[start:start + LINES_PER_PAGE] for start in range(0, len(lines), LINES_PER_PAGE)]


def headed_scan(path: Path, text: str, max_pages: int = 1, header: tuple[str, str, str] = RED_HEADER) -> None:
    """An image-only PDF of an official document with its 版头 (see `headed_lines`)."""
    pages = headed_lines(text, header)[:max_pages]
    images = [render_page(lines, number) for number, lines in enumerate(pages, 1)]
    images[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=images[1:])


def headed_text_pdf(path: Path, text: str, header: tuple[str, str, str] = RED_HEADER) -> None:
    """A one-page PDF with a text layer of the same 版头 and text."""
    path.write_bytes(text_pdf_page(headed_lines(text, header)[0]))


def text_pdf_page(text_lines: list[str]):
    """A one-page PDF with a real CJK text layer (reportlab's built-in STSong-Light)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    sheet.setFont("STSong-Light", FONT_PT)
    y = A4[1] - 37 / 25.4 * 72 - FONT_PT
    for line in text_lines:
        sheet.drawString(28 / 25.4 * 72, y, line.replace("\u3000", "  "))
        y -= 225 / 22 / 25.4 * 72
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def mixed_pdf(path: Path, text: str) -> list[str]:
    """Page 1 with a text layer, page 2 a scan, page 3 with a text layer; returns page texts."""
    import pypdfium2 as pdfium

    pages = paginate(text)[:3]
    scan = io.BytesIO()
    render_page(pages[1], 2).save(scan, "PDF", resolution=DPI)
    merged = pdfium.PdfDocument.new()
    for index, source in enumerate((text_pdf_page(pages[0]), scan.getvalue(), text_pdf_page(pages[2]))):
        merged.import_pages(pdfium.PdfDocument(source), [0], index)
    merged.save(str(path))
    return ["".join(line.replace("\u3000", "") for line in page) for page in pages]


def docx_with_table(path: Path) -> None:
    """A notice with a header-row table of figures, as 各县区…表 annexes are written."""
    import docx

    made = docx.Document()
    made.add_paragraph("2022年各县区民族团结进步创建工作情况表")
    made.add_paragraph("现将各县区创建工作情况统计如下。")
    rows = [("县区", "创建示范单位(个)", "宣讲场次"), ("城关区", "12", "46"), ("堆龙德庆区", "8", "31"),
            ("达孜区", "5", "17")]
    table = made.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    made.add_paragraph("以上数据截至2022年6月30日。")
    made.save(str(path))


def docx_file(path: Path, text: str) -> None:
    """A .docx of `text`, one paragraph a line with an empty paragraph after each (how many
    offices space paragraphs): paragraph N of the file is line N of the text."""
    import docx

    made = docx.Document()
    for line in text.split("\n"):
        made.add_paragraph(line)
        made.add_paragraph("")
    made.save(str(path))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def word97(path: Path, text: str) -> None:
    """A Word 97 (.doc) file of `text`, written by LibreOffice from a .docx (needs soffice)."""
    _via_soffice(path, text, "doc:MS Word 97")


def odt(path: Path, text: str) -> None:
    """An OpenDocument text of `text`, written by LibreOffice from a .docx (needs soffice)."""
    _via_soffice(path, text, "odt")


def _via_soffice(path: Path, text: str, target: str) -> None:
    import docx

    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "source.docx"
        made = docx.Document()
        for paragraph in text.split("\n"):
            made.add_paragraph(paragraph)
        made.save(str(source))
        subprocess.run([soffice(), f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", target, "--outdir", work, str(source)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(Path(work) / f"source.{target.split(':')[0]}", path)


OFD_XML = ('<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" '
           'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID></ofd:DocInfo>'
           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
DOCUMENT_XML = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
                '<ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                '</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                '<ofd:Pages>{pages}</ofd:Pages></ofd:Document>')
PUBLIC_RES = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">'
              '<ofd:Fonts><ofd:Font ID="8" FontName="SimSun" FamilyName="SimSun"/></ofd:Fonts></ofd:Res>')


def _ofd_char(object_id: int, char: str, x_mm: float, y_mm: float) -> str:
    """One character as one TextObject, scaled by a CTM: how PDF→OFD converters commonly write
    text (each glyph its own object, a 20× font size shrunk by CTM 0.05)."""
    size = FONT_PT * 25.4 / 72
    return (f'<ofd:TextObject ID="{object_id}" Boundary="{x_mm:.4f} {y_mm - size:.4f} {size:.4f} {size:.4f}" '
            f'Size="{size * 20:.4f}" CTM="0.05 0 0 0.05 0 0" Font="8"><ofd:TextCode X="0" Y="{size * 20 * 0.86:.4f}">'
            f'{char}</ofd:TextCode></ofd:TextObject>')


def ofd_file(path: Path, text: str, max_pages: int = 2) -> list[str]:
    """An OFD (GB/T 33190) of `text` in the GB/T 9704 layout, objects written in a shuffled order
    (reading order must come from positions); returns page texts."""
    import random

    from xml.sax.saxutils import escape

    font = _font()
    pages = paginate(text)[:max_pages]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", OFD_XML.format(doc_id="fixture"))
        archive.writestr("Doc_0/Document.xml", DOCUMENT_XML.format(pages="".join(
            f'<ofd:Page ID="{n + 100}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))))
        archive.writestr("Doc_0/PublicRes.xml", PUBLIC_RES)
        for number, lines in enumerate(pages):
            objects = []
            for index, line in enumerate(lines):
                y = 37 + (index + 1) * 225 / 22 - 2
                for position, char in enumerate(line):
                    if char.strip():
                        x = 28 + font.getlength(line[:position]) / MM
                        objects.append(_ofd_char(len(objects) + 10, escape(char), x, y))
            random.Random(number).shuffle(objects)
            archive.writestr(f"Doc_0/Pages/Page_{number}/Content.xml",
                             '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
                             '<ofd:Content><ofd:Layer ID="2"><ofd:PageBlock ID="4">' + "".join(objects)
                             + "</ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>")
    return ["".join(line.replace("\u3000", "") for line in page) for page in pages]


TABLE_ROWS = [("县区", "创建示范单位(个)", "宣讲场次"), ("城关区", "12", "46"), ("堆龙德庆区", "8", "31"), ("达孜区", "5", "17")]


def table_pdf(path: Path, pages: int = 3) -> None:
    """A text-layer PDF as offices print a statistics annex: a running header on every page, the
    page number `- N -` under the type area, a paragraph, and the table's columns set apart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    sheet = canvas.Canvas(str(path), pagesize=A4)
    point = 72 / 25.4
    for number in range(1, pages + 1):
        sheet.setFont("STSong-Light", 10)
        sheet.drawString(28 * point, A4[1] - 15 * point, "拉萨市民族事务委员会文件")
        sheet.setFont("STSong-Light", FONT_PT)
        y = A4[1] - 40 * point
        sheet.drawString(28 * point, y, f"第{number}部分 各县区创建工作情况如下。")
        for row in TABLE_ROWS:
            y -= 10 * point
            for column, cell in zip((28, 80, 140), row):
                sheet.drawString(column * point, y, cell)
        sheet.drawString(A4[0] / 2 - 10, 30 * point, f"- {number} -")
        sheet.showPage()
    sheet.save()
