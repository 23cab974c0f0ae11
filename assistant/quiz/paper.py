"""The printed paper: sections per question type with points and instructions, a 单位/姓名/得分
line, and the key as its own document (answer, explanation quoting the source, where it stands)."""

from __future__ import annotations

from pathlib import Path

from assistant.originals import location_label
from assistant.quiz.models import TYPE_NAMES, TYPES, Quiz, QuizQuestion
from assistant.retrieval import source_label

POINTS = {"single": 2, "multi": 3, "blank": 2, "judge": 1, "short": 10}
INSTRUCTIONS = {
    "single": "每题只有一个正确选项，将其字母填入括号内。",
    "multi": "每题有两个或两个以上正确选项，多选、少选、错选均不得分。",
    "blank": "将正确内容填在横线上。",
    "judge": "正确的填“√”，错误的填“×”。",
    "short": "根据文件原文作答，要点齐全。",
}
SECTION_NUMBERS = "一二三四五六七八九十"
LETTERS = "ABCDEFGH"
NAME_LINE = "单位：____________　　姓名：__________　　得分：________"


def sections(quiz: Quiz) -> list[tuple[str, list[QuizQuestion]]]:
    """(type, its questions) in the paper's order, only the types the quiz has."""
    return [(kind, [q for q in quiz.questions if q.type == kind]) for kind in TYPES
            if any(q.type == kind for q in quiz.questions)]


def section_heading(number: int, kind: str, questions: list[QuizQuestion]) -> str:
    points = POINTS[kind]
    return (f"{SECTION_NUMBERS[number]}、{TYPE_NAMES[kind]}（共{len(questions)}题，每题{points}分，"
            f"共{points * len(questions)}分）")


def total_points(quiz: Quiz) -> int:
    return sum(POINTS[question.type] for question in quiz.questions)


def lettered(options: list[str]) -> list[str]:
    return [f"{LETTERS[i]}. {option}" for i, option in enumerate(options)]


def answer_text(question: QuizQuestion) -> str:
    if question.type in ("single", "multi"):
        return "".join(LETTERS[question.options.index(answer)] for answer in question.answer)
    if question.type == "judge":
        return "√" if question.answer == ["正确"] else "×"
    return "；".join(question.answer)


def where(question: QuizQuestion) -> str:
    passage = question.citation.passage
    place = location_label(question.citation.page, question.citation.paragraphs)
    page = f"，{place}" if place else ""
    return (source_label(passage.title, passage.heading, passage.date)
            + f"（{passage.doc_id}{page}，{question.citation.span_start}–{question.citation.span_end}）")


def title_of(quiz: Quiz) -> str:
    return f"{quiz.topic}专题测验" if quiz.topic else "政策文件学习测验"


def to_docx(quiz: Quiz, path: Path, key: bool) -> None:
    """The paper (key=False) or its answer key (key=True) as a Word document."""
    import docx

    document = docx.Document()
    document.add_heading(title_of(quiz) + ("（答案与解析）" if key else ""), level=1)
    if not key:
        document.add_paragraph(NAME_LINE)
        document.add_paragraph(f"本卷共{len(quiz.questions)}题，满分{total_points(quiz)}分。")
    number = 0
    for section, (kind, questions) in enumerate(sections(quiz)):
        document.add_heading(section_heading(section, kind, questions), level=2)
        if not key:
            document.add_paragraph(INSTRUCTIONS[kind])
        for question in questions:
            number += 1
            document.add_paragraph(f"{number}. {question.stem}")
            if key:
                document.add_paragraph(f"答案：{answer_text(question)}")
                document.add_paragraph(f"解析：{question.explanation}")
                document.add_paragraph(f"出处：{where(question)}")
            else:
                for option in lettered(question.options) if question.type in ("single", "multi") else []:
                    document.add_paragraph(option)
                if question.type == "short":
                    document.add_paragraph("答：" + "＿" * 40)
    document.save(str(path))
