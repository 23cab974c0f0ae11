"""The 修改对照表 exports: Markdown and DOCX, three columns 原文 / 修改后 / 说明."""

from __future__ import annotations

import docx

from tests.compare.conftest import comparison


def test_markdown_table_marks_changed_words_and_explains_figures():
    text = comparison("fangjia_banfa", 2013, 2024).to_markdown()
    lines = text.splitlines()
    assert lines[0] == "# 《全国年节及纪念日放假办法》修改对照表"
    assert lines[2] == "修改2条，新增1条，条文序号变动1条，数字变化2处；标题及题注新增2行"
    assert "| 原文 | 修改后 | 说明 |" in lines
    row = next(line for line in lines if line.startswith("| 第二条"))
    assert row.count(" | ") == 2  # three cells; the text's own line breaks are <br>
    assert "**新年**" in row and "**元旦**" in row
    assert row.endswith("| 修改；春节，放假：3天→4天；劳动节，放假：1天→2天 |")
    assert any(line.endswith("| 新增 |") and "第七条" in line for line in lines)
    assert lines[-1] == "另有1条内容未修改、仅序号调整，未列出。"
    assert "第一条" not in text  # unchanged articles are not listed


def test_markdown_notes_renumbering_and_moves():
    text = comparison("guowuyuan_zuzhifa", 1982, 2024).to_markdown()
    assert "移动（原第十条，现第十四条），并修改" in text
    assert "修改（原第二条，现第五条）" in text
    assert "| 删除 |" in text


def test_docx_has_title_summary_and_three_column_table(tmp_path):
    found = comparison("kuaijifa", 2017, 2024)
    path = found.to_docx(tmp_path / "out" / "对照表.docx")
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == "《中华人民共和国会计法》修改对照表"
    assert document.paragraphs[1].text == found.summary.line
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["原文", "修改后", "说明"]
    assert len(table.rows) == 1 + len(found.changes())
    fine = next(row for row in table.rows if row.cells[1].text.startswith("第四十条"))
    assert fine.cells[2].text.startswith("修改（原第四十二条，现第四十条）；")
    assert "对单位可以并处…以下的罚款：五万元→二十万元" in fine.cells[2].text
    bold = [run.text for run in fine.cells[1].paragraphs[0].runs if run.bold]
    assert "给予警告、通报批评，" in bold


def test_markdown_escapes_what_would_be_markup():
    text = comparison("kuaijifa", 2017, 2024).to_markdown()
    assert "《关于修改**&lt;**中华人民共和国会计法**&gt;**的决定》" in text  # 题注: <…> became 〈…〉
