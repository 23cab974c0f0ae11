"""OFD (GB/T 33190): text in reading order with pages and boxes; damaged and malicious files refused.

The fixture is written the way PDF→OFD converters write text — each character its own
TextObject inside nested PageBlocks, a 20× font size scaled down by a CTM, Boundary carrying the
position — and in shuffled order, so reading order has to come from the positions. The reader
(ofdkit) did not write it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assistant.ingest import LoadError, read_document
from assistant.ingest.loaders import load
from tests.ingest import fixtures

pytestmark = pytest.mark.skipif(fixtures.font_file() is None,
                                reason="no CJK font to lay out the pages: apt-get install fonts-wqy-microhei")


def compact(text: str) -> str:
    return "".join(text.split())


def test_ofd_text_comes_in_reading_order_with_its_pages(tmp_path: Path):
    path = tmp_path / "通知.ofd"
    truth = fixtures.ofd_file(path, fixtures.seed_display("000"), max_pages=2)
    raw = load(path)
    lines = raw.text.split("\n")
    assert compact("".join(lines[:raw.pages[1].first_line])) == compact(truth[0])
    assert compact("".join(lines[raw.pages[1].first_line:])) == compact(truth[1])
    assert lines[0] == "中共拉萨市民族事务委员会党组关于2022年上半年工作总结暨下半年工作思路"  # wrapped title joined
    width, height = raw.pages[0].size
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    first = raw.pages[0].lines[0][1]
    assert 28 * 72 / 25.4 - 1 < first.box[0] < 40 * 72 / 25.4  # the title line starts in the type area
    document = read_document(path, tmp_path)
    assert document.title == lines[0] and len(document.page_starts) == 2
    assert document.page_of(document.display.find("七次西藏工作座谈会精神")) == 1
    # `1月2` ends a printed line of page 2 and `5日` starts the next: one figure, no space put in
    assert "1月25日召开委党组" in document.display
    assert all(exact for *_, exact in document.layout.lines)  # so every line can be highlighted


def test_a_damaged_ofd_is_named(tmp_path: Path):
    path = tmp_path / "broken.ofd"
    fixtures.ofd_file(path, "通知", max_pages=1)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(LoadError, match=r"broken\.ofd: not a readable \.ofd"):
        load(path)


def test_a_zip_without_ofd_xml_is_not_an_ofd(tmp_path: Path):
    path = tmp_path / "other.ofd"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(LoadError, match=r"other\.ofd: a zip file without OFD\.xml"):
        load(path)


def test_an_ofd_zip_bomb_is_refused_before_it_inflates(tmp_path: Path):
    path = tmp_path / "bomb.ofd"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", "<ofd:OFD/>")
        with archive.open("Doc_0/Pages/Page_0/Content.xml", "w", force_zip64=True) as member:
            for _ in range(210):
                member.write(b" " * 1048576)
    with pytest.raises(LoadError, match=r"bomb\.ofd: expands to 210 MB .*zip bomb"):
        load(path)


def test_an_entity_bomb_in_ofd_xml_is_refused(tmp_path: Path):
    path = tmp_path / "entities.ofd"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("OFD.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                         '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><ofd:OFD>&b;</ofd:OFD>')
    with pytest.raises(LoadError, match=r"entities\.ofd: not a readable OFD .*DTD"):
        load(path)
