"""A question's frame (frame.py): the words around its question word, which an answering sentence
writes around the answer. It ranks; it never lets a sentence pass."""

from __future__ import annotations

import pytest

from assistant.answering.frame import Frame, frame_fit, frame_of
from assistant.answering.question import analyse


@pytest.mark.parametrize(("question", "frame"), [
    ("由地方政府组织的农民工返岗包车，纳入哪项政策范围？", Frame("纳入", "政策范围")),
    ("國務院實行的是什麼負責制？", Frame("国务院实行", "负责制")),  # read as search text; 的是 is how it is put
    ("区直机关首先是个什么机关", Frame("区直机关首先", "机关")),
])
def test_the_words_around_the_question_word(question, frame):
    assert analyse(question).frame == frame


@pytest.mark.parametrize("question", [
    "局长是谁",  # nothing written after the question word
    "谁负责模范区创建",  # nothing before it
    "规定是国务院令第几号",  # one character after it frames nothing
    "健康茶展销中心 开业时间",  # no question word
])
def test_no_frame_without_words_on_both_sides(question):
    assert analyse(question).frame is None


def test_the_sentence_writing_more_of_the_frame_around_its_answer_fits_better():
    frame = frame_of("国务院实行的是什么负责制")
    assert frame_fit(frame, "国务院实行总理负责制。") == 1.0
    assert 0 < frame_fit(frame, "国务院组成部门实行部长（主任、行长、审计长）负责制。") < 1.0


@pytest.mark.parametrize("sentence", [
    "对政府组织的农民工返岗包车免收高速公路通行费。",  # the topic, not the frame
    "纳入。政策范围另行规定。",  # the two sides in different sentences
    "纳入政策范围的车辆",  # nothing between the two sides: no answer is written there
    "纳入" + "有关" * 20 + "政策范围",  # too far apart to frame one answer
])
def test_a_sentence_not_writing_the_frame_around_an_answer_does_not_fit(sentence):
    assert frame_fit(frame_of("返岗包车纳入哪项政策范围"), sentence) == 0.0


def test_a_question_framed_as_asked_is_answered_by_the_sentence_that_writes_its_frame(policy_assistant):
    # 国务院组成部门实行部长负责制 shares the words but names another body's system
    answer = policy_assistant.ask("國務院實行的是什麼負責制？").answer
    assert "总理负责制" in answer
