"""Quiz export: printable versions without answers, answer keys with them; DOCX opens in python-docx."""

from __future__ import annotations

import csv
import json

import docx
import pytest

from assistant.quiz import QuizRequest
from assistant.quiz.export import export, key_path
from assistant.quiz.paper import POINTS, total_points


@pytest.fixture(scope="module")
def quiz(corpus_assistant):
    return corpus_assistant.quiz(QuizRequest.parse("single=4,multi=2,blank=3,judge=3,short=1", seed=5))


def paragraphs(path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_the_docx_paper_has_sections_points_and_a_name_line(quiz, tmp_path):
    printable, key = export(quiz, tmp_path / "quiz.docx")
    assert key == key_path(printable) and key.name == "quiz.key.docx"
    paper = paragraphs(printable)
    assert paper[0] == ("Heading 1", "政策文件学习测验")
    assert any(text.startswith("单位：") and "姓名：" in text and "得分：" in text for _, text in paper)
    sections = [text for style, text in paper if style == "Heading 2"]
    assert sections == ["一、单选题（共4题，每题2分，共8分）", "二、多选题（共2题，每题3分，共6分）",
                        "三、填空题（共3题，每题2分，共6分）", "四、判断题（共3题，每题1分，共3分）",
                        "五、简答题（共1题，每题10分，共10分）"]
    assert total_points(quiz) == sum(POINTS[q.type] for q in quiz.questions) == 33
    text = "\n".join(text for _, text in paper)
    assert f"满分{total_points(quiz)}分" in text and "答案" not in text.replace("答：", "")
    for question in quiz.questions:
        assert question.stem in text


def test_the_key_is_its_own_document_with_explanations_and_sources(quiz, tmp_path):
    _, key = export(quiz, tmp_path / "quiz.docx")
    key_text = "\n".join(text for _, text in paragraphs(key))
    assert key_text.count("答案：") == key_text.count("解析：原文：") == key_text.count("出处：") == len(quiz.questions)
    assert "单位：" not in key_text
    for question in quiz.questions:
        assert question.stem in key_text and question.citation.passage.doc_id in key_text


def test_markdown_and_csv(quiz, tmp_path):
    printable, key = export(quiz, tmp_path / "quiz.md")
    assert "**答案**" not in printable.read_text(encoding="utf-8")
    assert key.read_text(encoding="utf-8").count("**答案**") == len(quiz.questions)
    printable, key = export(quiz, tmp_path / "quiz.csv")
    rows = list(csv.reader(key.open(encoding="utf-8-sig")))
    assert rows[0][:4] == ["序号", "题型", "题干", "选项"] and len(rows) == len(quiz.questions) + 1
    assert "答案" not in next(csv.reader(printable.open(encoding="utf-8-sig")))


def test_json_carries_the_citation_objects(quiz, tmp_path):
    (path,) = export(quiz, tmp_path / "quiz.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    question = data["questions"][0]
    assert set(question) >= {"id", "type", "stem", "options", "answer", "explanation", "citation"}
    assert set(question["citation"]) >= {"n", "doc_id", "title", "heading", "date", "text", "start", "end",
                                         "span_start", "span_end"}


def test_unknown_format_is_refused(quiz, tmp_path):
    with pytest.raises(ValueError, match="quiz.pdf"):
        export(quiz, tmp_path / "quiz.pdf")
