"""A comparison as the 修改对照表 drafters use: three columns, 原文 / 修改后 / 说明, one row per
changed unit, the changed words in bold (Markdown) or bold red (DOCX)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.compare.model import Comparison, Unit

HEADER = ("原文", "修改后", "说明")


def note(unit: Unit) -> str:
    """The 说明 column: what happened to the unit, its renumbering, its changed figures."""
    if unit.status == "added":
        words = ["新增"]
    elif unit.status == "removed":
        words = ["删除"]
    elif unit.status == "moved":
        words = [f"移动（原{unit.label_a}，现{unit.label_b}）" + ("，并修改" if unit.marks_a or unit.marks_b else "")]
    elif unit.status == "reworded":
        words = ["修改" + (f"（原{unit.label_a}，现{unit.label_b}）" if unit.renumbered else "")]
    else:
        words = [f"仅序号调整（原{unit.label_a}，现{unit.label_b}）" if unit.renumbered else "未修改"]
    for change in unit.figure_changes:
        words.append(f"{change.thing}：{change.before}→{change.after}")
    return "；".join(words)


def marked_runs(text: str | None, start: int, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The unit's text (found at display offset `start`) as (piece, is_marked) runs."""
    if not text:
        return []
    runs, cursor = [], 0
    for mark_start, mark_end in sorted(marks):
        first, last = max(mark_start - start, cursor), min(mark_end - start, len(text))
        if first >= last:
            continue
        if first > cursor:
            runs.append((text[cursor:first], False))
        runs.append((text[first:last], True))
        cursor = last
    if cursor < len(text):
        runs.append((text[cursor:], False))
    return runs


def rows(comparison: Comparison, include_unchanged: bool) -> list[Unit]:
    """The units the table lists: those that changed (and, when asked, all the others)."""
    return [unit for unit in comparison.units if include_unchanged or unit.status != "unchanged"]


def _markdown_cell(runs: list[tuple[str, bool]]) -> str:
    pieces = []
    for piece, marked in runs:
        escaped = piece.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")
        escaped = escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        lines = [f"**{line}**" if marked and line.strip() else line for line in escaped.split("\n")]
        pieces.append("<br>".join(lines))
    return "".join(pieces)


def _title(comparison: Comparison) -> str:
    name = comparison.title_b or comparison.title_a
    return f"《{name}》修改对照表" if name else "修改对照表"


def _renumbered_only(comparison: Comparison) -> int:
    return sum(1 for unit in comparison.units if unit.status == "unchanged" and unit.renumbered)


def to_markdown(comparison: Comparison, include_unchanged: bool = False) -> str:
    lines = [f"# {_title(comparison)}", "", comparison.summary.line, "",
             "| " + " | ".join(HEADER) + " |", "| --- | --- | --- |"]
    for unit in rows(comparison, include_unchanged):
        cell_a = _markdown_cell(marked_runs(unit.text_a, unit.span_a[0] if unit.span_a else 0, unit.marks_a))
        cell_b = _markdown_cell(marked_runs(unit.text_b, unit.span_b[0] if unit.span_b else 0, unit.marks_b))
        lines.append(f"| {cell_a} | {cell_b} | {_markdown_cell([(note(unit), False)])} |")
    renumbered = _renumbered_only(comparison)
    if renumbered and not include_unchanged:
        lines += ["", f"另有{renumbered}{comparison.summary.unit_word}内容未修改、仅序号调整，未列出。"]
    return "\n".join(lines) + "\n"


def to_docx(comparison: Comparison, path: Path, include_unchanged: bool = False) -> Path:
    import docx
    from docx.shared import RGBColor

    document = docx.Document()
    document.add_heading(_title(comparison), level=1)
    document.add_paragraph(comparison.summary.line)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER):
        cell.paragraphs[0].add_run(text).bold = True
    for unit in rows(comparison, include_unchanged):
        cells = table.add_row().cells
        sides = ((unit.text_a, unit.span_a, unit.marks_a), (unit.text_b, unit.span_b, unit.marks_b))
        for cell, (text, span, marks) in zip(cells, sides):
            for piece, marked in marked_runs(text, span[0] if span else 0, marks):
                run = cell.paragraphs[0].add_run(piece)
                if marked:
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        cells[2].paragraphs[0].add_run(note(unit))
    renumbered = _renumbered_only(comparison)
    if renumbered and not include_unchanged:
        document.add_paragraph(f"另有{renumbered}{comparison.summary.unit_word}内容未修改、仅序号调整，未列出。")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
