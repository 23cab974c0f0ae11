"""When-questions (dated.py): what happens at the time asked, and the first or last of a document's dated acts."""

from __future__ import annotations

from assistant.answering.dated import says_the_act_dated, states_when
from assistant.answering.question import analyse


def test_what_happens_at_the_time_asked_is_the_verb_after_the_question_word():
    assert analyse("年度监督工作计划最晚每年几月份之前要向社会公布").act_dated == "公布"
    assert analyse("会议是什么时候召开的").act_dated == "召开"
    assert analyse("春节是哪天").act_dated is None  # the question word ends it
    assert analyse("行政复议法2023 不动产 申请期限 最长").act_dated is None  # a bound, no act
    assert analyse("该报告是哪一天所作的").act_dated is None  # making a report is the report


def test_a_date_of_another_act_does_not_answer():
    published = analyse("年度监督工作计划最晚每年几月份之前要向社会公布")
    assert not says_the_act_dated(published, "国务院和县级以上地方各级人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会报告")
    assert says_the_act_dated(published, "年度监督工作计划由委员长会议或者主任会议通过并向社会公布")
    # one act by any of its names: a law is issued by passing it, an event held is held
    assert says_the_act_dated(analyse("这部办法是哪一年颁布的"), "1992年4月3日第七届全国人民代表大会第五次会议通过")
    assert says_the_act_dated(analyse("汇报演出是哪天举行的"), "3月28日，市委市政府举办成果汇报演出")


def test_the_first_of_a_laws_acts_is_its_titles_first_not_a_passages_nor_a_repealed_rules(policy_assistant):
    # the rule's body dates the one it repeals (`2012年4月19日…通过的《…规定》同时废止`): not its own first act
    answer = policy_assistant.ask("上海备案审查条例2024：这个条例最早是哪天通过的")
    assert not answer.refused and "2021年5月21日" in answer.answer and "2012年" not in answer.answer
    answer = policy_assistant.ask("代表法2025：这部法律最早是哪天通过的")
    assert not answer.refused and "1992年4月3日" in answer.answer
    answer = policy_assistant.ask("放假办法2024：这个办法最早是哪一年哪天发布的")
    assert not answer.refused and "1949年12月23日" in answer.answer


def test_a_deadline_asked_is_set_by_days_before_or_within_another_event():
    asked = analyse("行政复议机构组织听证的，最晚应当在什么时候把听证的时间、地点书面通知当事人")
    assert states_when(asked, "应当于举行听证的五日前将听证的时间、地点和拟听证事项书面通知当事人")
    assert states_when(analyse("材料不齐的，哪天之前得补上"), "申请人应当自收到补正通知之日起十日内提交补正材料")
    assert not states_when(analyse("听证是什么时候举行的"), "应当于举行听证的五日前书面通知当事人")  # no deadline asked
    assert not states_when(asked, "行政复议机构组织听证的，应当书面通知当事人")  # no days stated
    assert not states_when(analyse("新录用人员哪天前去报到"), "应当自受理之日起五个工作日内作出决定")  # 前去: going there
    assert states_when(analyse("复议申请最迟什么时候提"), "可以自知道该行政行为之日起六十日内提出行政复议申请")


def test_the_laws_version_named_in_a_questions_own_words_is_no_year_of_a_fact(policy_assistant):
    asked = analyse("会计法（2017年那版）：情节严重的几年内不能再干会计")
    assert ("2017年", "doc_year") in [(term.text, term.kind) for term in asked.terms]
    assert "年内" not in asked.of_kind("period")  # within so many years is a length, no part of a year
    assert "年内" not in analyse("半年内不得再次申请").of_kind("period")
    assert ("2017年", "doc_year") in [(term.text, term.kind) for term in analyse("会计法2017年的版本里，几年内不得从事会计工作").terms]
    asked = analyse("经营者集中申报标准（2018年修订版）：哪几种情形算经营者集中")
    assert ("2018年", "doc_year") in [(term.text, term.kind) for term in asked.terms]
    answer = policy_assistant.ask("会计法2024：会计人员有第四十条那些行为的，几年内不得从事会计工作")
    assert not answer.refused and "五年内" in answer.answer
