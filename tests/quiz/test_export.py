"""Quiz export: printable versions without answers, answer keys with them; DOCX opens in python-docx."""

from __future__ import annotations

import csv
import json

import docx
import pytest

from assistant.quiz.export import export, key_path


@pytest.fixture(scope="module")
def quiz(corpus_assistant):
    return corpus_assistant.quiz(n=12, seed=5)


def test_docx_holds_every_question(quiz, tmp_path):
    printable, key = export(quiz, tmp_path / "quiz.docx")
    assert key == key_path(printable) and key.name == "quiz.key.docx"
    text = "\n".join(p.text for p in docx.Document(str(printable)).paragraphs)
    key_text = "\n".join(p.text for p in docx.Document(str(key)).paragraphs)
    for question in quiz.questions:
        assert question.stem in text and question.stem in key_text
    assert "答案" not in text.replace("测验", "")
    assert key_text.count("答案：") == len(quiz.questions) and "原文：" in key_text


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
