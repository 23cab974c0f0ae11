"""Meaning as well as words (meaning.py): among the sentences that pass every rule, the one
closest in meaning to the question answers; it never lets a sentence pass."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering.meaning import NO_MEANING, Meaning
from assistant.answering.text import sentence_keys


@pytest.fixture
def assistant(policy_assistant):
    return policy_assistant  # tests/conftest.py: the ten laws and reports, indexed once a session


@pytest.mark.parametrize(("question", "answering"), [
    # words alone: another holiday's article
    ("五一劳动节放假是哪两天", "5月1日、2日"),
])
def test_the_sentence_closest_in_meaning_answers(assistant, monkeypatch, question, answering):
    assert answering in assistant.ask(question).answer
    monkeypatch.setattr(assistant.settings, "sentence_meaning", False)
    assert answering not in assistant.ask(question).answer


def test_meaning_does_not_answer_what_the_documents_lack(assistant):
    # the 2023 report's sentences on 中央预算内投资 are as close in meaning (cosine .93) as an
    # answer would be, but state no amount for it
    assert assistant.ask("2023年中央预算内投资安排了多少钱？").refused


def test_sentences_are_keyed_by_their_search_text():
    assert list(sentence_keys("代表在人民代表大会各種會議上的發言，不受法律追究。\n第三十九條")) == [
        "代表在人民代表大会各种会议上的发言,不受法律追究。", "第三十九条"]  # NFKC: a half-width comma


def test_a_sentence_saying_this_law_is_embedded_with_the_laws_title():
    keys = sentence_keys("第九十条 本法自2024年1月1日起施行。外国人适用。", "中华人民共和国行政复议法")
    assert keys == {"第九十条 本法自2024年1月1日起施行。": "第九十条 本法自2024年1月1日起施行。\n中华人民共和国行政复议法",
                    "外国人适用。": "外国人适用。"}


def test_closeness_is_the_cosine_and_credit_is_measured_from_the_pools_mean():
    vectors = {"甲。": np.array([0.6, 0.8], dtype="float32"), "乙。": np.array([1.0, 0.0], dtype="float32")}
    meaning = Meaning([0.6, 0.8], vectors)
    assert meaning.closeness("甲。") == pytest.approx(1.0) and meaning.closeness("乙。") == pytest.approx(0.6)
    assert meaning.credit("甲。", 10) == pytest.approx(2.0) and meaning.credit("乙。", 10) == pytest.approx(-2.0)
    # a sentence without a vector is neither helped nor hurt
    assert meaning.credit("丙。") == 0.0 and NO_MEANING.credit("甲。") == 0.0
