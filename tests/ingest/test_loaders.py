"""Formats and encodings: UTF-8/GBK/Big5 text, HTML, DOCX, PDF; clear messages for damaged files and the
formats not read (scans, office files and OFD: test_ocr.py, test_office.py, test_ofd.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest import LoadError, read_document
from assistant.ingest.document import file_hash
from assistant.ingest.loaders import load

TEXT = "關於鑄牢中華民族共同體意識的工作總結\n一、工作開展情況\n上半年共召開理論學習中心組集中學習6次，機關支部集中學習10次。\n"
SIMPLIFIED = "关于铸牢中华民族共同体意识的工作总结\n一、工作开展情况\n上半年共召开理论学习中心组集中学习6次，机关支部集中学习10次。\n"


@pytest.mark.parametrize("encoding, text", [("gbk", SIMPLIFIED), ("gb18030", SIMPLIFIED), ("big5", TEXT), ("utf-8", TEXT)])
def test_text_encodings_detected_without_bom(tmp_path: Path, encoding, text):
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert load(path).text == text
    document = read_document(path, tmp_path)
    assert "集中学习6次" in document.search.text
    assert document.doc_id == f"doc-{encoding}"


def test_document_identity_comes_from_one_read_of_the_file(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "通知.v2.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    document = read_document(path, tmp_path)
    assert (document.doc_id, document.path) == ("sub/通知.v2", "sub/通知.v2.txt")
    assert document.content_hash == file_hash(path)  # what the manifest compares on the next run
    outside = read_document(path, tmp_path / "elsewhere")
    assert (outside.doc_id, outside.path) == ("通知.v2", "通知.v2.txt")


def test_utf8_bom_is_dropped(tmp_path: Path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + SIMPLIFIED.encode())
    assert load(path).text == SIMPLIFIED


def test_html_title_and_body(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>拉萨市民委工作总结_中国西藏网</title><script>var x=1;</script></head>"
        "<body><nav>首页 | 新闻</nav><h1>拉萨市民委工作总结</h1><p>上半年共召开集中学习6次。</p></body></html>",
        encoding="utf-8",
    )
    document = read_document(path, tmp_path)
    assert document.title == "拉萨市民委工作总结"
    assert "集中学习6次" in document.display
    assert "var x" not in document.display and "首页" not in document.display


def test_docx_paragraphs_and_tables(tmp_path: Path):
    import docx

    path = tmp_path / "notice.docx"
    made = docx.Document()
    made.add_paragraph("关于印发工作方案的通知")
    made.add_paragraph("第一条 为了促进民族团结，制定本办法。")
    table = made.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "责任单位"
    table.rows[0].cells[1].text = "市民委"
    made.save(path)
    document = read_document(path, tmp_path)
    assert document.title == "关于印发工作方案的通知"
    assert "第一条 为了促进民族团结" in document.display and "市民委" in document.display


def test_pdf_with_text_layer(tmp_path: Path):
    path = tmp_path / "report.pdf"
    path.write_bytes(_minimal_pdf("Annual report 2022: 114 proposals handled."))
    assert "114 proposals" in read_document(path, tmp_path).display


@pytest.mark.parametrize("name, content, reason", [
    ("old.doc", b"\xd0\xcf\x11\xe0 binary", r"not a Word 97/WPS compound file \(damaged"),
    ("notice.wps", b"\xd0\xcf\x11\xe0 binary", r"not a Word 97/WPS compound file \(damaged"),
    ("memo.rtf", b"PK\x03\x04 not rtf", r"not an RTF file"),
    ("e_gov.ofd", b"\xd0\xcf\x11\xe0 binary", r"not a readable \.ofd .*OFD reader"),
    ("draft.odt", b"PK\x03\x04 truncated", r"not a readable \.odt"),
])
def test_damaged_office_and_ofd_files_are_named_with_the_reason(tmp_path: Path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=rf"{re.escape(name)}: .*{reason}"):
        load(path)


@pytest.mark.parametrize("suffix, advice", [(".xls", r"\.docx or \.txt"), (".pptx", "PDF"), (".jpg", "one PDF")])
def test_unsupported_formats_say_what_to_convert_to(tmp_path: Path, suffix, advice):
    path = tmp_path / f"sheet{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0 binary")
    with pytest.raises(LoadError, match=rf"sheet\{suffix}.*{advice}"):
        load(path)


def test_binary_file_named_txt_is_rejected(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(LoadError, match=r"image\.txt.*binary"):
        load(path)


def test_truncated_docx_is_rejected(tmp_path: Path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(LoadError, match=r"broken\.docx"):
        load(path)


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a real text layer (Helvetica), written by hand."""
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
