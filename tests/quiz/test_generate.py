"""Quizzes a trainer would hand out: invariants over whole generated quizzes, several seeds."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.ingest.normalize import normalize
from assistant.quiz import QuizRequest
from assistant.quiz.stems import body_is_sentence, is_full_sentence

SEEDS = (1, 7, 11)


@pytest.fixture(scope="module")
def quizzes(corpus_assistant):
    """Default settings, 20 questions, several seeds — as a trainer would first try it."""
    return [corpus_assistant.quiz(QuizRequest(n=20, seed=seed)) for seed in SEEDS]


@pytest.fixture(scope="module")
def questions(quizzes):
    return [question for quiz in quizzes for question in quiz.questions]


def test_a_default_quiz_asks_about_policy_not_only_figures(quizzes):
    for quiz in quizzes:
        kinds = Counter(question.kind for question in quiz.questions)
        assert len(quiz.questions) == 20
        assert kinds["figure"] <= 6, kinds  # at most 30%
        assert len(kinds) >= 4, kinds
        assert {question.type for question in quiz.questions} >= {"single", "multi", "blank", "judge"}


def test_every_stem_is_a_full_sentence(questions):
    for question in questions:
        assert is_full_sentence(question.stem), question.stem
        assert question.stem.startswith("根据《")


def test_the_sentence_check_refuses_fragments():
    assert not body_is_sentence("除____退休干部因身体原因经医院诊断不能接种疫苗外")  # opens with a preposition
    assert not body_is_sentence("并____")
    assert body_is_sentence("上半年共召开理论学习中心组集中学习____")
    assert not is_full_sentence("根据《简报》，共召开学习会议____次，")


def test_every_answer_stands_in_the_cited_passage(questions, corpus_assistant):
    for question in questions:
        citation = question.citation
        display = corpus_assistant.document_text(citation.passage.doc_id)
        assert display[citation.passage.start:citation.passage.end] == citation.passage.text
        span = normalize(display[citation.span_start:citation.span_end])
        assert normalize(question.fact) == span
        if question.type not in ("judge", "short"):
            for answer in question.answer:
                assert normalize(answer.strip("“”《》")) in span, (question.stem, answer)


def test_no_wrong_option_is_also_right(questions, corpus_assistant):
    """A distractor never stands in the cited sentence (a figure the sentence states, another
    part of the same formulation, another task of the same list)."""
    checked = 0
    for question in questions:
        if question.type not in ("single", "multi"):
            continue
        span = normalize(corpus_assistant.document_text(question.citation.passage.doc_id)
                         [question.citation.span_start:question.citation.span_end])
        for option in question.options:
            if option not in question.answer:
                assert normalize(option.strip("“”《》")) not in span, (question.stem, option)
                checked += 1
    assert checked >= 50


def test_false_judgements_state_a_real_substitution(questions, corpus_assistant):
    every_text = normalize("".join(corpus_assistant.document_text(d.doc_id) for d in corpus_assistant.documents()))
    false = [question for question in questions if question.type == "judge" and question.answer == ["错误"]]
    assert false
    for question in false:
        assert normalize(question.stem.split("》，", 1)[1].rstrip("。")) not in every_text
        quoted = [part.split("”")[0] for part in question.stem.split("“")[1:]]
        assert all(normalize(part) in every_text for part in quoted)  # the swapped-in item is a real one


def test_stems_never_reveal_their_answer(questions):
    for question in questions:
        if question.type in ("blank", "single", "multi"):
            for answer in question.answer:
                assert normalize(answer.strip("“”")) not in normalize(question.stem), question.stem


def test_options_are_distinct_and_letters_balanced(quizzes):
    for quiz in quizzes:
        letters = Counter()
        for question in quiz.questions:
            normalized = [normalize(option) for option in question.options]
            assert len(set(normalized)) == len(normalized)
            if question.type == "single":
                assert len(question.options) == 4 and len(question.answer) == 1
                letters[question.options.index(question.answer[0])] += 1
            if question.type == "multi":
                assert 2 <= len(question.answer) < len(question.options)
            if question.type == "judge":
                assert question.options == ["正确", "错误"]
        assert max(letters.values()) - min(letters.get(i, 0) for i in range(4)) <= 1, letters


def test_no_two_questions_on_one_sentence(quizzes):
    for quiz in quizzes:
        spans = [(q.citation.passage.doc_id, q.citation.span_start) for q in quiz.questions]
        assert len(set(spans)) == len(spans)


def test_same_seed_same_quiz(corpus_assistant, quizzes):
    again = corpus_assistant.quiz(QuizRequest(n=20, seed=SEEDS[0]))
    assert [q.to_dict() for q in again.questions] == [q.to_dict() for q in quizzes[0].questions]


def test_a_topic_quiz_asks_only_about_the_topic(corpus_assistant):
    for topic in ("健康茶", "模范区创建"):
        quiz = corpus_assistant.quiz(QuizRequest(n=10, seed=3, topic=topic))
        assert quiz.questions and quiz.topic == topic
        for question in quiz.questions:
            assert normalize(topic) in normalize(question.citation.passage.text), question.stem


def test_counts_per_type_difficulty_and_documents(corpus_assistant):
    quiz = corpus_assistant.quiz(QuizRequest.parse("single=3,judge=2,short=1", seed=2))
    assert Counter(q.type for q in quiz.questions) == {"single": 3, "judge": 2, "short": 1}
    short = next(q for q in quiz.questions if q.type == "short")
    assert short.difficulty == "hard" and all(normalize(part) in normalize(short.fact)
                                              for part in short.answer[0].replace("；", "、").split("、"))
    hard = corpus_assistant.quiz(QuizRequest(n=5, seed=4, difficulty="hard"))
    assert hard.questions and all(q.difficulty == "hard" for q in hard.questions)
    only = corpus_assistant.quiz(QuizRequest(n=5, seed=1, types=("blank",)), ["003_d24fa1b43b605a4d"])
    assert only.questions and all(q.type == "blank" and q.citation.passage.doc_id == "003_d24fa1b43b605a4d"
                                  for q in only.questions)
    with pytest.raises(ValueError, match="nope"):
        corpus_assistant.quiz(QuizRequest(), ["nope"])
    with pytest.raises(ValueError, match="essay"):
        QuizRequest.parse("single,essay")


def test_spares_replace_a_dropped_question(quizzes):
    quiz = quizzes[0]
    assert len(quiz.spares) >= 5
    asked = {(q.citation.passage.doc_id, q.citation.span_start) for q in quiz.questions}
    assert not any((s.citation.passage.doc_id, s.citation.span_start) in asked for s in quiz.spares)


def test_a_rephrasing_that_changes_a_figure_or_reveals_the_answer_is_discarded(questions):
    from dataclasses import replace

    from assistant.quiz.rephrase import passes

    blank = next(q for q in questions if q.type == "blank")
    assert passes(blank, replace(blank, stem=blank.stem.replace("，", "，请填空：", 1)))
    assert not passes(blank, replace(blank, stem=blank.stem.replace("____", blank.answer[0])))
    assert not passes(blank, replace(blank, stem=blank.stem + "（共12项）"))
    assert not passes(blank, replace(blank, stem="请回答这道题。"))
