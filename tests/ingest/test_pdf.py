"""PDF text layers: table rows as lines of cells with the header marked, page furniture dropped,
every line's page kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest import read_document
from assistant.ingest.loaders import load
from tests.ingest import fixtures

pytest.importorskip("reportlab", reason="reportlab writes the test PDFs (pip install -e '.[test]')")


def test_table_rows_are_lines_of_cells_and_the_furniture_is_gone(tmp_path: Path):
    path = tmp_path / "annex.pdf"
    fixtures.table_pdf(path, pages=3)
    raw = load(path)
    lines = raw.text.split("\n")
    rows = [" | ".join(row) for row in fixtures.TABLE_ROWS]
    assert lines == [f"第{n}部分 各县区创建工作情况如下。" if i == 0 else rows[i - 1]
                     for n in (1, 2, 3) for i in range(5)]
    assert "拉萨市民族事务委员会文件" not in raw.text  # a running header, on every page
    assert "- 2 -" not in raw.text  # page numbers
    assert [(table.header, table.first_line, table.last_line) for table in raw.tables] == [(1, 1, 4), (6, 6, 9), (11, 11, 14)]
    assert [page.first_line for page in raw.pages] == [0, 5, 10] and all(page.ocr is None for page in raw.pages)
    document = read_document(path, tmp_path)
    assert [document.page_of(start) for start in document.page_starts] == [1, 2, 3]
    second = document.tables[1]
    assert document.display[second.start:second.header_end] == rows[0]
    assert document.page_of(document.display.find("第3部分")) == 3
