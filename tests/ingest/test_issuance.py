"""The masthead (版头) of an official document: its 发文字号 and 签发人 kept as metadata, from a
scan (OCR), a text layer and plain lines; the masthead never taken for the title."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from assistant.ingest import read_document
from assistant.ingest.clean import clean_text
from assistant.ingest.issuance import read_issuance
from tests.ingest import fixtures

needs_font = pytest.mark.skipif(fixtures.font_file() is None,
                                reason="no CJK font to render pages: apt-get install fonts-wqy-microhei")
TITLE = "关于做好2022年民族团结进步创建工作的通知"


def body() -> str:
    """A notice filling most of a page: its title, the addressees and a paragraph of seed 000."""
    paragraph = next(line for line in fixtures.seed_display("000").split("\n") if len(line) > 100)
    return f"{TITLE}\n各县区民宗局：\n{paragraph[:360]}"


@needs_font
@pytest.mark.skipif(importlib.util.find_spec("rapidocr_onnxruntime") is None,
                    reason="rapidocr-onnxruntime is not installed (scripts/setup installs it)")
def test_a_scanned_masthead_gives_the_number_and_the_signer(tmp_path: Path):
    path = tmp_path / "scan.pdf"
    fixtures.headed_scan(path, body())
    document = read_document(path, tmp_path)
    assert document.layout and document.page_starts == [0]  # read by OCR: no text layer
    assert document.doc_number == "拉委发〔2022〕31号" and document.signers == ["张建华"]
    assert document.title == TITLE  # not the issuer's mark above it
    assert "签发人" in document.display.split("\n")[1]  # the line stays: searched and cited like any other


@needs_font
def test_a_text_layer_masthead_gives_the_same(tmp_path: Path):
    pytest.importorskip("reportlab", reason="the PDF fixtures need reportlab (the test extra)")
    path = tmp_path / "text.pdf"
    fixtures.headed_text_pdf(path, body())
    document = read_document(path, tmp_path)
    assert (document.doc_number, document.signers, document.title) == (
        "拉委发〔2022〕31号", ["张建华"], TITLE)


@pytest.mark.parametrize("lines, number, signers, end", [
    (["000123", "机密★1年", "特急", "中共拉萨市委员会 拉萨市人民政府文件", "拉委发〔2022〕31号 | 签发人: 张三 李四", "标题"],
     "拉委发〔2022〕31号", ["张三", "李四"], 5),  # a joint document; the two halves set apart as cells
    (["关于印发某办法的通知", "国办发[2023]12号", "各省人民政府："], "国办发〔2023〕12号", [], 0),  # under the title
    (["签发人：买买提·艾力"], None, ["买买提·艾力"], 1),
    (["关于某事的通知", "根据国办发〔2021〕5号文件精神，现通知如下。"], None, [], 0),  # cites a number, bears none
    (["拉萨市民族事务委员会文件", "关于某事的通知"], None, [], 0),
])
def test_only_lines_that_are_nothing_but_a_number_or_a_signer_count(lines, number, signers, end):
    found = read_issuance(lines)
    assert (found.number, found.signers, found.end) == (number, signers, end)


def test_an_office_file_or_web_text_with_a_number_under_its_title():
    cleaned = clean_text("关于印发某办法的通知\n国办发〔2023〕12号\n各省人民政府：\n现将某办法印发给你们。")
    assert cleaned.title == "关于印发某办法的通知" and cleaned.doc_number == "国办发〔2023〕12号"
    assert cleaned.display.split("\n")[1] == "国办发〔2023〕12号"
