"""Office files: DOCX tables as rows; .doc, .wps (a Word 97 file renamed), .rtf and .odt through
LibreOffice; damaged files, a missing LibreOffice and a hung conversion named with what to do."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from assistant.ingest import LoadError, read_document
from assistant.ingest.loaders import load
from assistant.settings import Settings
from tests.ingest import fixtures

SEED = "004"
needs_soffice = pytest.mark.skipif(fixtures.soffice() is None,
                                   reason="LibreOffice is not installed: apt-get install libreoffice-writer-nogui")


def test_docx_table_rows_are_lines_with_cells_and_the_header_is_marked(tmp_path: Path):
    path = tmp_path / "统计表.docx"
    fixtures.docx_with_table(path)
    document = read_document(path, tmp_path)
    lines = document.display.split("\n")
    assert lines[2:6] == ["县区 | 创建示范单位(个) | 宣讲场次", "城关区 | 12 | 46", "堆龙德庆区 | 8 | 31", "达孜区 | 5 | 17"]
    assert lines[6] == "以上数据截至2022年6月30日。"  # the table stands where it was, not after the text
    [table] = document.tables
    assert document.display[table.start:table.header_end] == "县区 | 创建示范单位(个) | 宣讲场次"
    assert document.display[table.start:table.end] == "\n".join(lines[2:6])


def test_a_merged_cell_is_written_once(tmp_path: Path):
    import docx

    path = tmp_path / "merged.docx"
    made = docx.Document()
    table = made.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "指标"
    table.cell(0, 2).text = "数值"
    for cell, value in zip(table.rows[1].cells, ("提案", "件数", "114")):
        cell.text = value
    made.save(str(path))
    assert load(path).text.split("\n") == ["指标 | 数值", "提案 | 件数 | 114"]


@needs_soffice
@pytest.mark.parametrize("name", ["通知.doc", "通知.wps"])
def test_word97_as_doc_and_renamed_wps_is_read(tmp_path: Path, name):
    """Offices send Word 97 files saved by WPS under .wps: both names read the same."""
    path = tmp_path / name
    fixtures.word97(path, fixtures.seed_display(SEED))
    document = read_document(path, tmp_path)
    assert document.display == fixtures.seed_display(SEED)
    lines = document.display.split("\n")  # one paragraph a line, numbered through the converted .docx
    assert [number for _, number in document.paragraphs] == list(range(1, len(lines) + 1))


@needs_soffice
def test_rtf_and_odt_are_read(tmp_path: Path):
    rtf = tmp_path / "memo.rtf"
    rtf.write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}}\\f0 "
                   + "".join(f"\\u{ord(char)}?" for char in "关于召开民族团结座谈会的通知") + "\\par "
                   + "".join(f"\\u{ord(char)}?" for char in "会议定于6月30日召开。") + "\\par}", encoding="ascii")
    assert load(rtf).text.split("\n")[:2] == ["关于召开民族团结座谈会的通知", "会议定于6月30日召开。"]
    odt = tmp_path / "minutes.odt"
    fixtures.odt(odt, "会议纪要\n会议研究了下半年民族工作要点。")
    assert "会议研究了下半年民族工作要点。" in read_document(odt, tmp_path).display


@needs_soffice
def test_a_web_page_saved_as_doc_is_read_as_a_web_page(tmp_path: Path):
    """What many government sites serve behind their 下载 Word links."""
    path = tmp_path / "下载.doc"
    path.write_text('<html><head><meta charset="utf-8"><title>通知</title></head><body><p>关于召开座谈会的通知</p>'
                    "<table><tr><td>县区</td><td>场次</td></tr><tr><td>城关区</td><td>46</td></tr></table></body></html>",
                    encoding="utf-8")
    raw = load(path)
    assert raw.text.split("\n")[:3] == ["关于召开座谈会的通知", "县区 | 场次", "城关区 | 46"]


@needs_soffice
def test_conversions_in_parallel_do_not_collide(tmp_path: Path):
    """Each soffice run has its own profile: two at once both convert (a shared one fails or blocks)."""
    paths = []
    for index in range(2):
        paths.append(tmp_path / f"doc{index}.doc")
        fixtures.word97(paths[-1], f"第{index}号通知\n内容{index}")
    results: dict[int, str] = {}

    def convert(index: int) -> None:
        results[index] = load(paths[index]).text

    threads = [threading.Thread(target=convert, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert results == {0: "第0号通知\n内容0", 1: "第1号通知\n内容1"}


@needs_soffice
def test_a_hung_conversion_stops_at_the_time_limit(tmp_path: Path):
    path = tmp_path / "slow.doc"
    fixtures.word97(path, "通知")
    with pytest.raises(LoadError, match=r"slow\.doc: LibreOffice did not finish .*\(ASSISTANT_CONVERT_TIME_LIMIT_S\)"):
        load(path, Settings(convert_time_limit_s=0.05))


def test_without_libreoffice_the_message_names_the_package(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no soffice on the PATH: the situation, not a stand-in
    with pytest.raises(LoadError, match=r"old\.doc: .*not installed: apt-get install libreoffice-writer-nogui"):
        load(path)


@needs_soffice
def test_a_damaged_word97_file_is_named_as_damaged(tmp_path: Path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # the header and nothing else
    with pytest.raises(LoadError, match=r"old\.doc: LibreOffice could not open it .*damaged"):
        load(path)


def test_an_odt_zip_bomb_is_refused_before_libreoffice_inflates_it(tmp_path: Path):
    path = tmp_path / "bomb.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        with archive.open("content.xml", "w", force_zip64=True) as member:
            for _ in range(210):
                member.write(b" " * 1048576)
    with pytest.raises(LoadError, match=r"bomb\.odt: expands to 210 MB .*zip bomb"):
        load(path)


def test_a_docx_renamed_doc_is_read_as_what_it_is(tmp_path: Path):
    path = tmp_path / "renamed.doc"
    fixtures.docx_with_table(path)
    assert "城关区 | 12 | 46" in load(path).text.split("\n")


def test_each_display_line_knows_its_paragraph_in_the_file(tmp_path: Path):
    """Paragraphs are numbered as a reader counts them: empty ones not counted, a table row one,
    a paragraph's soft line breaks keeping its number."""
    import docx

    path = tmp_path / "numbered.docx"
    made = docx.Document()
    made.add_paragraph("关于开展民族团结创建工作的通知")
    made.add_paragraph("")
    made.add_paragraph("各县区：").add_run().add_break()  # a soft break ends a line, not the paragraph
    made.paragraphs[-1].add_run("现将有关事项通知如下。")
    table = made.add_table(rows=2, cols=2)
    for cell, value in zip([*table.rows[0].cells, *table.rows[1].cells], ("县区", "场次", "城关区", "46")):
        cell.text = value
    made.add_paragraph("以上数据截至2022年6月30日。")
    made.save(str(path))
    document = read_document(path, tmp_path)
    lines = document.display.split("\n")
    numbered = {document.display[offset:].split("\n")[0]: number for offset, number in document.paragraphs}
    assert numbered == {"关于开展民族团结创建工作的通知": 1, "各县区：": 2, "现将有关事项通知如下。": 2,
                        "县区 | 场次": 3, "城关区 | 46": 4, "以上数据截至2022年6月30日。": 5}
    assert len(document.paragraphs) == len(lines) and not document.page_starts
