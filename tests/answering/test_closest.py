"""The last resort before a refusal (closest.py): everyday wording that shares few words but most
character pairs with the sentence that answers — still only in scope, of the kind asked, with
every name the question uses held."""

from __future__ import annotations

import pytest


@pytest.fixture
def assistant(policy_assistant):
    return policy_assistant  # tests/conftest.py: the ten laws and reports, indexed once a session


def test_everyday_words_find_the_sentence_sharing_most_of_their_character_pairs(assistant):
    answer = assistant.ask("做过假账被判刑的，以后还能干会计不")
    assert not answer.refused and "不得再从事会计工作" in answer.answer
    assert "第三十八条" in answer.citations[0].passage.text


def test_a_post_or_a_name_is_the_answer_whatever_the_verb_asked(assistant):
    assert "总会计师" in assistant.ask("国有大中型企业必须设什么职位管账").answer
    assert "习近平总书记" in assistant.ask("2023年的成绩根本上靠谁领航").answer


def test_a_name_no_document_holds_is_still_refused(assistant):
    # 元旦's `放假1天` shares 放假 with the question; 藏历 is in no document
    assert assistant.ask("藏历新年放几天假").refused


def test_a_day_asked_is_not_answered_by_a_year(assistant):
    # the 2025 report states no date; its heading `三、2025年政府工作任务` names only the year
    assert assistant.ask("2025年的政府工作报告是哪一天作的").refused


def test_a_count_is_answered_only_by_a_clause_holding_what_it_counts(corpus_assistant):
    # `邀请归国藏胞…6人,走访慰问…政协委员20余人次`: neither is a headcount of the committee
    assert corpus_assistant.ask("日喀则 政协委员 总人数").refused


def test_a_laws_history_line_is_no_closest_sentence_for_what_a_change_said(assistant):
    # the 题注 line shares the question's pairs (代表, 修正) but says when, not what was changed
    assert assistant.ask("代表法2025年第四次修正，主要改了哪些内容？概括一下").refused
    assert not assistant.ask("代表法2025年第四次修正是哪次会议通过的").refused
