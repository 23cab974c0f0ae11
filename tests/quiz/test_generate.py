"""Quiz invariants over 50 generated questions from the sample corpus."""

from __future__ import annotations

import pytest

from assistant.ingest.normalize import normalize


@pytest.fixture(scope="module")
def quiz(corpus_assistant):
    return corpus_assistant.quiz(n=50, seed=7)


def test_fifty_questions_of_every_type(quiz):
    assert len(quiz.questions) == 50
    assert {question.type for question in quiz.questions} == {"single", "multi", "blank", "judge"}


def test_answer_is_in_the_cited_passage(quiz, corpus_assistant):
    for question in quiz.questions:
        citation = question.citation
        display = corpus_assistant.document_text(citation.passage.doc_id)
        assert display[citation.passage.start:citation.passage.end] == citation.passage.text
        span = normalize(display[citation.span_start:citation.span_end])
        assert normalize(question.fact) in span
        if question.type != "judge":
            for answer in question.answer:
                assert normalize(answer) in span, (question.id, answer)


def test_stem_never_reveals_its_answer(quiz):
    for question in quiz.questions:
        if question.type in ("blank", "single", "multi"):
            for answer in question.answer:
                assert normalize(answer) not in normalize(question.stem), question.stem


def test_options_are_distinct_and_distractors_differ_from_the_answer(quiz):
    for question in quiz.questions:
        normalized = [normalize(option) for option in question.options]
        assert len(set(normalized)) == len(normalized)
        if question.type == "single":
            assert len(question.options) == 4 and len(question.answer) == 1
        if question.type == "multi":
            assert 2 <= len(question.answer) < len(question.options)
        if question.type in ("single", "multi"):
            assert set(question.answer) <= set(question.options)
        if question.type == "judge":
            assert question.options == ["正确", "错误"] and question.answer[0] in question.options


def test_false_judgements_state_an_altered_fact(quiz):
    for question in quiz.questions:
        if question.type == "judge" and question.answer == ["错误"]:
            assert normalize(question.fact) not in normalize(question.stem) or "包括" in question.stem


def test_wrong_options_are_never_figures_of_the_source_sentence(quiz, corpus_assistant):
    """`我委14名退休干部…其余11名退休干部`: 11名 as a wrong option would be arguably right."""
    from assistant.answering.figures import QUANTITY

    checked = 0
    for question in quiz.questions:
        wrong = [o for o in question.options if o not in question.answer] if question.type == "single" else []
        if question.type == "judge" and question.answer == ["错误"] and QUANTITY.search(question.fact):
            stated = {normalize(m.group()) for m in QUANTITY.finditer(question.stem)}
            wrong = list(stated - {normalize(question.fact)})
        sentence = normalize(question.explanation)
        for option in wrong:
            assert normalize(option) not in {normalize(m.group()) for m in QUANTITY.finditer(sentence)}, question.stem
            checked += 1
    assert checked >= 10


def test_no_two_questions_ask_the_same_thing(quiz):
    facts = [(q.citation.passage.doc_id, q.citation.span_start) for q in quiz.questions]
    assert len(set(facts)) == len(facts)
    assert len({normalize(q.stem) for q in quiz.questions}) == len(quiz.questions)


def test_same_seed_same_quiz(corpus_assistant, quiz):
    again = corpus_assistant.quiz(n=50, seed=7)
    assert [q.to_dict() for q in again.questions] == [q.to_dict() for q in quiz.questions]
    other = corpus_assistant.quiz(n=50, seed=8)
    assert [q.stem for q in other.questions] != [q.stem for q in quiz.questions]


def test_explanation_quotes_the_source(quiz):
    for question in quiz.questions:
        quote = question.explanation.split("“", 1)[1].rsplit("”（", 1)[0]
        assert quote in question.citation.passage.text


def test_documents_and_types_are_respected(corpus_assistant):
    quiz = corpus_assistant.quiz(["003_d24fa1b43b605a4d"], n=5, types=("blank",), seed=1)
    assert quiz.questions and all(q.type == "blank" and q.citation.passage.doc_id == "003_d24fa1b43b605a4d"
                                  for q in quiz.questions)
    with pytest.raises(ValueError, match="nope"):
        corpus_assistant.quiz(["nope"])


def test_the_issue_example_shape(corpus_assistant):
    quiz = corpus_assistant.quiz(["000_7aaaa17f63b85632"], n=60, types=("blank",), seed=3)
    listed = [q for q in quiz.questions if "“六个到位”是指" in q.stem]
    assert listed and "____" in listed[0].stem


def test_a_rephrasing_that_changes_a_figure_or_reveals_the_answer_is_discarded(quiz):
    from dataclasses import replace

    from assistant.quiz.rephrase import passes

    blank = next(q for q in quiz.questions if q.type == "blank")
    assert passes(blank, replace(blank, stem=blank.stem.replace("，", "，请填空：", 1)))
    assert not passes(blank, replace(blank, stem=blank.stem.replace("____", blank.answer[0])))
    assert not passes(blank, replace(blank, stem=blank.stem + "（共12项）"))
    assert not passes(blank, replace(blank, stem="请回答这道题。"))
