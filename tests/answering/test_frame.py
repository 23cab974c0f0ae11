"""A question's frame (frame.py): the words around its question word, which an answering sentence
writes around the answer. It ranks the sentences the finders let through, and one writing all of
it around something the question does not say answers however short."""

from __future__ import annotations

import pytest

from assistant.answering.clauses import find_span
from assistant.answering.frame import attached_phrase_credit, frame_fit, frame_of
from assistant.answering.question import analyse
from assistant.answering.sentences import find_sentence
from assistant.retrieval import Passage


@pytest.mark.parametrize(("question", "sides"), [
    ("由地方政府组织的农民工返岗包车，纳入哪项政策范围？", ("纳入", "政策范围")),
    ("國務院實行的是什麼負責制？", ("国务院实行", "负责制")),  # read as search text; 的是 is how it is put
    ("区直机关首先是个什么机关", ("区直机关首先", "机关")),
    ("公民享有哪些基本权利", ("公民享有", "基本权利")),  # 有 of 享有 is no asking word
    ("全国人民代表大会是什么机关", ("人民代表大会", "机关")),
    ("应当具备什么条件才能申请", ("应当具备", "条件才能申请")),  # 条 of 条件 is no measure word
    ("全省近几年来建成了多少所学校", ("近几年来建成", "所学校")),  # 近几年 asks nothing
])
def test_the_words_around_the_question_word(question, sides):
    frame = analyse(question).frame
    assert (frame.before, frame.after) == sides


@pytest.mark.parametrize("question", [
    "局长是谁",  # nothing written after the question word
    "谁负责模范区创建",  # nothing before it
    "规定是国务院令第几号",  # one character after it frames nothing
    "健康茶展销中心 开业时间",  # no question word
    "为什么要设立监察委员会",  # a why or how is not written between two sides
    "行政机关哪怕收到申请也不予受理",  # 哪怕 asks nothing
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
    "返岗包车纳入的政策范围",  # only the question's own characters between them: no answer
])
def test_a_sentence_not_writing_the_frame_around_an_answer_does_not_fit(sentence):
    assert frame_fit(frame_of("返岗包车纳入哪项政策范围"), sentence) == 0.0


def test_a_question_framed_as_asked_is_answered_by_the_sentence_that_writes_its_frame(policy_assistant):
    # 国务院组成部门实行部长负责制 shares the words but names another body's system
    answer = policy_assistant.ask("國務院實行的是什麼負責制？").answer
    assert "总理负责制" in answer


@pytest.mark.parametrize(("question", "text", "answering"), [
    ("国务院实行的是什么负责制", "国务院实行总理负责制。总理领导国务院的工作。", "国务院实行总理负责制"),
    # the question's words again, with only how it is put between them: no answer
    ("国务院实行的是什么负责制", "国务院实行的负责制。", None),
    ("公民享有哪些基本权利", "公民享有基本权利。", None),
])
def test_a_short_sentence_answers_only_when_it_writes_an_answer_into_the_frame(question, text, answering):
    span = find_sentence(analyse(question), Passage("d", "组织法", "", None, None, text, 0, len(text), 1.0))
    assert (text[span[0]:span[1]] if span else None) == answering


def test_of_two_clauses_sharing_the_words_the_one_writing_the_frame_answers_a_list():
    # both sentences name 上半年工作 and 不足; only the second writes them around what it lists
    text = "民委上半年工作扎实推进，针对不足，一是加强学习，二是完善制度。上半年工作中还有不足的地方：一是没有专职人员，二是经费紧张。"
    span = find_span(analyse("民委上半年工作有哪些不足"), Passage("d", "民委总结", "", None, None, text, 0, len(text), 1.0))
    assert text[span[0]:span[1]].startswith("上半年工作中还有不足")


def test_a_figure_between_the_sides_is_an_answer_however_short():
    # digits are never the question's own: `2022年` asked does not make `12次` no answer
    assert frame_fit(frame_of("拉萨民委有多少名退休干部"), "拉萨民委有5名退休干部。") == 1.0
    assert frame_fit(frame_of("日喀则政协2022年召开了几次党组会议"), "日喀则政协2022年召开了12次党组会议。") == 1.0


def test_a_side_is_whole_words():
    # `民委上半年工作` is longer than a side: it keeps 上半年工作, not `委上半年工作`, which no text writes
    frame = frame_of("民委上半年工作有哪些不足")
    assert (frame.before, frame.after) == ("上半年工作", "不足")


def test_a_figure_asked_last_is_framed_by_the_words_before_it():
    frame = frame_of("其中至少两个经营者上一会计年度在中国境内的营业额均超过多少元")
    assert frame is not None and frame.after == ""
    assert frame_fit(frame, "并且其中至少两个经营者在中国境内的营业额均超过8亿元人民币") == 1.0
    assert frame_fit(frame, "参与集中的所有经营者在中国境内的营业额合计超过40亿元人民币") < 0.5
    assert frame_fit(frame, "营业额均超过上年水平") == 0.0  # no figure follows
    asked = frame_of("补贴标准是多少")  # a quantity a few characters on; not a ratio, nor a year
    assert frame_fit(asked, "补贴标准为每人每月300元") == 1.0 and frame_fit(asked, "按照补贴标准1:1配套") == 0.0
    assert frame_fit(frame_of("人均收入达到多少"), "人均收入达到2020年的两倍") == 0.0
    # a verb alone frames nothing: `解决` fits `正在协调解决7个` as well as the answer does not
    assert frame_of("解决了多少个") is None
    # the whole sentence span with a real answer
    text = "(一)所有经营者在全球范围内的营业额合计超过120亿元人民币，并且其中至少两个经营者在中国境内的营业额均超过8亿元人民币；"
    span = find_span(analyse("其中至少两个经营者在中国境内的营业额均超过多少元"), Passage("d", "t", "", None, None, text, 0, len(text), 1.0))
    assert "8亿元" in text[span[0]:span[1]]


def test_a_phrase_joined_by_de_written_as_asked_ties_the_figure_to_the_thing_asked():
    question = analyse("刑法里有期徒刑的期限一般是多少到多少")
    general = "第四十五条 有期徒刑的期限，除本法第五十条、第六十九条规定外，为六个月以上十五年以下。"
    probation = "第七十三条 有期徒刑的缓刑考验期限为原判刑期以上五年以下，但是不能少于一年。"
    assert attached_phrase_credit(question.text, general) > attached_phrase_credit(question.text, probation)
    assert attached_phrase_credit("降低企业用电成本时间为多久", "降低企业用电成本") == 0.0  # no 的: words, not a phrase
    # a title's phrase names the document, not what is asked of it
    notice = "国务院关于加强监管的通知是什么时候施行的"
    assert attached_phrase_credit(notice, "根据国务院关于加强监管的通知，2023年各地开展了检查") == 0.0
    assert attached_phrase_credit("加强监管的通知是什么时候施行的", "加强监管的通知，2023年开展", title="加强监管的通知") == 0.0
    text = probation + general
    start, end, _ = find_span(question, Passage("d", "中华人民共和国刑法", "", None, None, text, 0, len(text), 1.0))
    assert "六个月以上十五年以下" in text[start:end]
