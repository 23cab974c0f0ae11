"""Quiz export: Markdown, CSV, DOCX and JSON; a printable version without answers and a
separate answer key (answers, explanations quoting the source, and where it stands)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from assistant.quiz.generate import Quiz
from assistant.retrieval import source_label

FORMATS = ("md", "csv", "docx", "json")
TYPE_NAMES = {"single": "单选题", "multi": "多选题", "blank": "填空题", "judge": "判断题"}
LETTERS = "ABCDEFGH"


def _lettered(options: list[str]) -> list[str]:
    return [f"{LETTERS[i]}. {option}" for i, option in enumerate(options)]


def _answer_text(question) -> str:
    if question.type in ("single", "multi"):
        return "".join(LETTERS[question.options.index(answer)] for answer in question.answer)
    return "；".join(question.answer)


def _where(question) -> str:
    passage = question.citation.passage
    return source_label(passage.title, passage.heading, passage.date) + f"（{passage.doc_id}，{question.citation.span_start}–{question.citation.span_end}）"


def to_markdown(quiz: Quiz, with_answers: bool) -> str:
    lines = ["# 测验" + ("（答案）" if with_answers else ""), ""]
    for number, question in enumerate(quiz.questions, 1):
        lines.append(f"{number}. 【{TYPE_NAMES[question.type]}】{question.stem}")
        lines.extend(f"   - {option}" for option in _lettered(question.options) if question.type != "judge")
        if question.type == "judge":
            lines.append("   - （正确 / 错误）")
        if with_answers:
            lines.append(f"   - **答案**：{_answer_text(question)}")
            lines.append(f"   - **解析**：{question.explanation}")
            lines.append(f"   - **出处**：{_where(question)}")
        lines.append("")
    return "\n".join(lines)


def to_csv(quiz: Quiz, with_answers: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = ["序号", "题型", "题干", "选项"] + (["答案", "解析", "出处"] if with_answers else [])
    writer.writerow(header)
    for number, question in enumerate(quiz.questions, 1):
        row = [number, TYPE_NAMES[question.type], question.stem, " | ".join(_lettered(question.options))]
        if with_answers:
            row += [_answer_text(question), question.explanation, _where(question)]
        writer.writerow(row)
    return buffer.getvalue()


def to_docx(quiz: Quiz, with_answers: bool, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("测验" + ("（答案）" if with_answers else ""), level=1)
    for number, question in enumerate(quiz.questions, 1):
        document.add_paragraph(f"{number}. 【{TYPE_NAMES[question.type]}】{question.stem}")
        for option in _lettered(question.options) if question.type != "judge" else ["（正确 / 错误）"]:
            document.add_paragraph(option, style="List Bullet")
        if with_answers:
            document.add_paragraph(f"答案：{_answer_text(question)}")
            document.add_paragraph(f"解析：{question.explanation}")
            document.add_paragraph(f"出处：{_where(question)}")
    document.save(str(path))


def key_path(path: Path) -> Path:
    """quiz.docx → quiz.key.docx"""
    return path.with_name(f"{path.stem}.key{path.suffix}")


def export(quiz: Quiz, path: Path) -> list[Path]:
    """Write the printable quiz to `path` and its answer key beside it (JSON: one file, all fields)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown quiz format .{suffix}; use one of: {', '.join('.' + f for f in FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == "json":
        path.write_text(json.dumps(quiz.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        return [path]
    written = []
    for target, with_answers in ((path, False), (key_path(path), True)):
        if suffix == "md":
            target.write_text(to_markdown(quiz, with_answers), encoding="utf-8")
        elif suffix == "csv":
            target.write_text(to_csv(quiz, with_answers), encoding="utf-8-sig")  # BOM: Excel opens it as UTF-8
        else:
            to_docx(quiz, with_answers, target)
        written.append(target)
    return written
