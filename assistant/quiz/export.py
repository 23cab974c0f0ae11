"""Quiz export: the paper and its separate answer key as DOCX (paper.py), Markdown or CSV, and
JSON with every field."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from assistant.quiz.models import TYPE_NAMES, Quiz
from assistant.quiz.paper import (INSTRUCTIONS, NAME_LINE, answer_text, lettered, section_heading, sections, title_of,
                                  to_docx, total_points, where)

FORMATS = ("md", "csv", "docx", "json")


def to_markdown(quiz: Quiz, with_answers: bool) -> str:
    lines = [f"# {title_of(quiz)}" + ("（答案与解析）" if with_answers else ""), ""]
    if not with_answers:
        lines += [NAME_LINE, "", f"本卷共{len(quiz.questions)}题，满分{total_points(quiz)}分。", ""]
    number = 0
    for section, (kind, questions) in enumerate(sections(quiz)):
        lines += [f"## {section_heading(section, kind, questions)}", ""]
        if not with_answers:
            lines += [INSTRUCTIONS[kind], ""]
        for question in questions:
            number += 1
            lines.append(f"{number}. {question.stem}")
            if question.type in ("single", "multi"):
                lines.extend(f"   - {option}" for option in lettered(question.options))
            if with_answers:
                lines.append(f"   - **答案**：{answer_text(question)}")
                lines.append(f"   - **解析**：{question.explanation}")
                lines.append(f"   - **出处**：{where(question)}")
            lines.append("")
    return "\n".join(lines)


def to_csv(quiz: Quiz, with_answers: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["序号", "题型", "题干", "选项"] + (["答案", "解析", "出处"] if with_answers else []))
    for number, question in enumerate(quiz.questions, 1):
        row = [number, TYPE_NAMES[question.type], question.stem, " | ".join(lettered(question.options))]
        if with_answers:
            row += [answer_text(question), question.explanation, where(question)]
        writer.writerow(row)
    return buffer.getvalue()


def key_path(path: Path) -> Path:
    """quiz.docx → quiz.key.docx"""
    return path.with_name(f"{path.stem}.key{path.suffix}")


def export(quiz: Quiz, path: Path) -> list[Path]:
    """Write the paper to `path` and its answer key beside it (JSON: one file, all fields)."""
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
            to_docx(quiz, target, key=with_answers)
        written.append(target)
    return written
