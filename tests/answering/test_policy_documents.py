"""Answers over laws and government work reports (tests/data/corpus-versions): figures with
magnitudes, days and dates in numerals, a law's items, a report by its year."""

from __future__ import annotations

import pytest

from tests.conftest import ROUND_FILES


@pytest.fixture
def assistant(policy_assistant):
    return policy_assistant  # tests/conftest.py: the ten laws and reports, indexed once a session


def test_figures_with_a_magnitude_and_days_as_laws_write_them(assistant):
    assert "1244万人" in assistant.ask("2023年城镇新增就业多少人").answer
    answer = assistant.ask("行政复议机关审理普通程序的案件，多少天内要作出决定")
    assert "六十日内" in answer.answer and not answer.refused
    # `多长时间内要答复`: the tagger's 内要 is no word a clause could hold (prepared.py)
    answer = assistant.ask("人大代表提的建议，有关部门一般多长时间内要答复")
    assert "三个月内答复" in answer.answer and not answer.refused, answer.answer


def test_a_law_names_itself_and_its_items_answer_a_list_question(assistant):
    assert "2024年1月1日" in assistant.ask("新的行政复议法什么时候开始施行").answer
    answer = assistant.ask("单位的会计工作可以怎么组织，有哪几种方式")
    assert answer.listing and "设置会计机构" in answer.answer and "代理记账" in answer.answer
    answer = assistant.ask("全体公民放假的节日有哪些")
    assert "元旦" in answer.answer and "国庆节" in answer.answer and "第二条" in answer.answer


def test_who_acts_in_a_law_is_a_post(assistant):
    assert "总理" in assistant.ask("国务院发布的行政法规由谁签署").answer


def test_a_report_by_its_year_and_everyday_words_for_its_terms(assistant):
    dated = {record["doc_id"]: record["date"] for record in assistant.document_records()}
    assert dated["zhengfu_gongzuo_baogao_2024"] == "2024-03-05"  # its dateline
    assert "1.3万亿元" in assistant.ask("25年报告里打算发多少超长期特别国债").answer
    assert "240小时" in assistant.ask("25年报告说过境免签能在境内待多长时间").answer
    assert assistant.ask("2022年政府工作报告定的GDP增长目标是多少").refused  # no 2022 report is indexed


def test_two_years_compared_are_answered_side_by_side_each_labelled(assistant):
    answer = assistant.ask("中央预算内投资，24年和25年各安排多少")
    assert "2024年：" in answer.answer and "7000亿元" in answer.answer and "7350亿元" in answer.answer


def test_who_gave_a_speech_is_its_byline(assistant):
    answer = assistant.ask("2023年那份政府工作报告是谁作的")
    assert "李克强" in answer.answer and not answer.refused
    assert "李" in assistant.ask("２０２４年政府工作报告是谁做的报告？").answer
    assert assistant.ask("2025年政府工作报告是哪位领导念的").refused  # its text prints no speaker
    # a post between 哪位 and the verb; the post asked of the time it was given
    assert "李" in assistant.ask("2024年政府工作报告是哪位总理作的").answer
    assert "李" in assistant.ask("2024年那份政府工作报告是哪位总理代表国务院作的").answer  # on whose behalf, between
    assert "国务院总理" in assistant.ask("李克强作2023年政府工作报告时是什么职务").answer
    # when it was given: its dateline under the title (`——2023年3月5日在…会议上`)
    answer = assistant.ask("２０２３政府工作报告是哪天作的")
    assert "2023年3月5日" in answer.answer and not answer.refused, answer.answer


def test_who_does_it_and_what_it_is_called_in_a_laws_own_words(assistant):
    # `谁制发`: the verb as the tagger reads it with 谁 before it (alone, 制发 is 制 + 发)
    answer = assistant.ask("代表法2025 代表证 谁制发")
    assert "各级人民代表大会" in answer.answer and not answer.refused, answer.answer
    # a name's own characters before its kind: 网络 is no pair of the question's 网上
    answer = assistant.ask("代表法2025：人大常委会给代表搞的那个网上履职的平台叫啥？")
    assert "代表履职网络平台" in answer.answer and not answer.refused, answer.answer


def test_posts_counted_with_ge_are_people_and_a_deputy_is_another_post(assistant):
    # `几个` after a post counts people (`二至四人`); 副部长 is not 部长 (`部长…一人`)
    answer = assistant.ask("国务院组成部门的副部长可以设几个")
    assert "二至四人" in answer.answer and "一人" not in answer.answer
    assert "五至十人" in assistant.ask("委员会的委员设几个").answer


def test_a_holiday_asked_how_long_and_on_which_days_is_one_clause_said_once(assistant):
    answer = assistant.ask("春節放幾天，具體是哪幾天")  # lunar days are dates; two asks, one clause
    assert "放假4天" in answer.answer and answer.answer.count("农历除夕") == 1


def test_a_paragraphs_topic_sentence_comes_with_how_it_is_done(assistant):
    answer = assistant.ask("25年报告里地方政府债务风险打算怎么化解？")
    assert "一揽子化债方案" in answer.answer


def test_the_latest_or_first_of_several_dated_amendments(assistant):
    # 代表法 lists four amendments alike in words; only their dates tell which is asked
    assert "2025年3月11日" in assistant.ask("代表法最近一次改是哪天").answer
    assert "2009年8月27日" in assistant.ask("代表法第一次修正是哪天").answer


def test_a_target_listed_in_a_series_is_found_by_what_the_series_lists(assistant):
    # `今年发展主要预期目标是：…；单位国内生产总值能耗降低3%左右`: only the lead says it is a 目标
    assert "降低3%左右" in assistant.ask("2025年单位GDP能耗降低目标是多少").answer


@pytest.mark.parametrize("versions_assistant", [ROUND_FILES["policy_blind5"]], indirect=True)
def test_a_heading_holding_only_the_laws_own_words_names_no_topic(versions_assistant):
    answer = versions_assistant.ask("人大代表证丢了怎么补办？")
    assert not answer.listing  # not 第一条 of 代表法, whose heading says 代表 like every other


def test_a_counted_word_the_tagger_made_up_is_not_required_of_the_clause(assistant):
    # jieba cuts 赤字率定 into 赤字 + 率定 and 几天内要 into …内要: no text holds those words
    answer = assistant.ask("2024年赤字率定的多少，赤字規模多大？")
    assert "3%" in answer.answer and "4.06万亿元" in answer.answer
    answer = assistant.ask("行政复议走普通程序几天内要出决定，最多还能延长几天")
    assert "六十日内" in answer.answer and "三十日" in answer.answer


@pytest.mark.parametrize("versions_assistant", [ROUND_FILES["policy_blind10"]], indirect=True)
def test_a_rule_named_in_the_question_answers_not_another_rules_like_clause(versions_assistant):
    # both the State Council law and the merger rule note a 2024 修订 in their headers
    answer = versions_assistant.ask("國務院組織法2024年那次修訂是哪天通過的")
    assert "2024年3月11日" in answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"guowuyuan_zuzhifa_2024"}


@pytest.mark.parametrize("versions_assistant", [ROUND_FILES["policy_blind10"]], indirect=True)
def test_a_version_named_by_its_year_is_answered_from_that_version_alone(versions_assistant):
    # the 1982 and 2024 国务院组织法 are indexed together, alike in title
    answer = versions_assistant.ask("1982年版国务院组织法，国务院常务会议由哪些人组成")
    assert "秘书长" in answer.answer and {c.passage.doc_id for c in answer.citations} == {"guowuyuan_zuzhifa_1982"}
    answer = versions_assistant.ask("国务院组织法2024年版对政府工作报告是怎么规定的")
    assert "政府工作报告" in answer.answer and {c.passage.doc_id for c in answer.citations} == {"guowuyuan_zuzhifa_2024"}
    # 政府工作报告 first appears in the 2024 version: the 1982 one does not say it
    assert versions_assistant.ask("国务院组织法1982年版对政府工作报告是怎么规定的").refused


def test_two_sides_compared_are_each_answered_with_their_own_figure(assistant):
    answer = assistant.ask("行政复议普通程序和简易程序，出决定的期限各是多少")
    assert "六十日内" in answer.answer and "三十日内" in answer.answer
    answer = assistant.ask("经营者集中申报的两条标准里，全球营业额合计和境内营业额合计的门槛各是多少")
    assert "120亿元" in answer.answer and "40亿元" in answer.answer  # 境内 is a side's own word, not 全球's
    assert "4%左右" in assistant.ask("2024年和2025年的赤字率目标有啥不一样？").answer  # a set figure: 拟按4%左右安排


def test_an_article_announcing_its_items_is_the_list_not_its_chapters_articles(assistant):
    answer = assistant.ask("行政复议证据有哪几种")
    assert "书证" in answer.answer and "电子数据" in answer.answer  # 第四十三条's items, not the 第二节's articles
    assert "辞职" in assistant.ask("人大代表资格在哪些情形下终止").answer
    answer = assistant.ask("行政复议 证据 种类")  # typed as keywords, the kinds asked last
    assert "书证" in answer.answer and "电子数据" in answer.answer


@pytest.mark.parametrize("versions_assistant", [ROUND_FILES["policy_blind4"]], indirect=True)
def test_a_clause_naming_the_kinds_asked_one_by_one_answers_not_the_chapters_articles(versions_assistant):
    # 第四十七条: `可以召开全体会议、联组会议或者分组会议，进行专题询问`, in the chapter headed 询问、专题询问和质询
    answer = versions_assistant.ask("监督法2024：常委会开专题询问可以用哪几种会议形式？")
    assert "联组会议" in answer.answer and "分组会议" in answer.answer and not answer.listing


@pytest.mark.parametrize("versions_assistant", [ROUND_FILES["policy_blind4"]], indirect=True)
def test_two_what_questions_the_second_said_to_be_another_are_each_answered(versions_assistant):
    answer = versions_assistant.ask("刑法2023：死缓期间没故意犯罪的，二年期满减成啥；确有重大立功的，又减成啥")
    assert "减为无期徒刑[1]" in answer.answer and "减为二十五年有期徒刑[2]" in answer.answer


def test_each_part_asked_of_a_named_rule_is_answered_from_that_rule(assistant):
    # the second part, asked alone, leads back to the first part's 题注 line; sought again without the
    # first part's topic, it stays in the rule named (other laws say `本法自…起施行` too)
    answer = assistant.ask("会计法2024是哪天通过的，从啥时候开始施行")
    assert "本法自2000年7月1日起施行" in answer.answer
    assert {citation.passage.doc_id for citation in answer.citations} == {"kuaijifa_2024"}
    # a rule taking effect the day it is issued says so, with no date
    assert "自公布之日起施行" in assistant.ask("经营者集中申报标准2024从啥时候开始施行").answer


def test_which_of_the_rules_named_say_something_is_asked_by_their_classifier(assistant):
    # `哪几部提到了…` after the rules listed: their titles' words (备案, 审查, 会计法…) name where to look
    answer = assistant.ask("上海备案审查条例2024、会计法2024、行政复议法2023这三部里，哪几部提到了基层立法联系点")
    assert answer.answer.startswith("提到“基层”“联系点”“立法”的文件有1份") and "备案审查条例" in answer.answer


def test_a_keyword_query_ending_in_time_is_answered_by_how_long(assistant):
    assert "240小时" in assistant.ask("过境免签 停留时间").answer  # 停留时间延长至240小时: a span, no date


def test_a_body_charged_with_doing_something_answers_who_does_it(assistant):
    answer = assistant.ask("集中申报标准2024：营业额计算的具体办法由哪个部门来定？")  # the body charged, no 部门 named
    assert "国务院反垄断执法机构会同国务院有关部门制定" in answer.answer
    answer = assistant.ask("国家统一的会计制度由谁制定")  # 会计法: `…由国务院财政部门根据本法制定并公布`
    assert not answer.refused and "国务院财政部门" in answer.answer


def test_which_of_two_wins_is_answered_by_the_sentence_relating_them(assistant):
    answer = assistant.ask("2023年报告里中西部地区和东部地区经济增速哪个高")
    assert not answer.refused and "高于东部地区" in answer.answer


def test_a_meeting_asked_is_answered_by_the_numbered_meeting_in_the_documents_opening_lines(assistant):
    # the 题注 under the title is about the document: `——2023年3月5日在第十四届全国人民代表大会第一次会议上`
    answer = assistant.ask("2023年政府工作报告是在哪次会议上作的")
    assert not answer.refused and "第十四届全国人民代表大会第一次会议" in answer.answer
    answer = assistant.ask("国务院组织法是在哪次会议上通过的")
    assert not answer.refused and "第五届全国人民代表大会第五次会议" in answer.answer


def test_the_parts_of_a_whole_law_are_its_chapters(assistant):
    # 规定 and 内容 are what any summary covers: `第一节 一般规定` is no topic of the question
    answer = assistant.ask("新行政复议法大概规定了哪几块内容？").answer
    assert "行政复议受理" in answer and "行政复议审理" in answer and "法律责任" in answer


def test_this_year_in_a_question_naming_a_report_is_the_reports_year(assistant):
    # `二、对今年政府工作的建议` states 2023 in the 2023 report; `一、过去一年和五年工作回顾` states 2022
    answer = assistant.ask("2023年政府工作报告对当年工作提了哪几项重点，简单说说").answer
    assert "着力扩大国内需求" in answer and "推动发展方式绿色转型" in answer
    assert "创新宏观调控" not in answer


def test_a_count_splitting_a_verb_from_its_object_is_answered(assistant):
    answer = assistant.ask("过年春节法定给放几天假")
    assert not answer.refused and "4天" in answer.answer


def test_a_figure_of_the_whole_countrys_thing_and_not_of_a_share_of_it(assistant):
    assert "134.9万亿元" in assistant.ask("2024年全国GDP总量到底是多少").answer  # `国内生产总值达到134.9万亿元`
    # `…新模式增加值占国内生产总值的比重达到17%以上` is the value added's share, no GDP growth
    assert "17%" not in assistant.ask("23年那份政府工作报告里说，2022年全国GDP涨了多少").answer


def test_which_laws_say_something_lists_them(assistant):
    answer = assistant.ask("哪份文件规定了清明节放假")
    assert "全国年节及纪念日放假办法" in answer.answer and len(answer.citations) == 1, answer.answer
    # a count asked beside: the document stating it, with the line that does
    answer = assistant.ask("哪份文件规定了人大代表一届任期是几年？")
    assert "代表法" in answer.answer and "每届任期五年" in answer.answer, answer.answer


def test_a_listed_document_without_a_title_is_told_by_the_part_saying_it(assistant):
    # the 2025 report's file has no title line: its file name says little, its section does
    answer = assistant.ask("哪几份文件提到了年节放假办法")
    assert "《zhengfu_gongzuo_baogao_2025》（中华人民共和国；一、2024年工作回顾）" in answer.answer, answer.answer
    assert "《全国年节及纪念日放假办法》[" in answer.answer  # a titled document is told by its title


def test_days_asked_are_answered_by_working_days(assistant):
    answer = assistant.ask("上海备案文件送到常委会办公厅几天内审核，要补材料的话几天内补完")
    assert "五个工作日内进行审核[1]" in answer.answer and "十个工作日内完成[2]" in answer.answer, answer.answer


def test_who_does_it_is_not_the_one_the_question_already_names(assistant):
    # 一般会计人员's handover is overseen by 会计机构负责人; his own by 单位负责人
    answer = assistant.ask("会计机构负责人离职办交接，由谁来监交")
    assert answer.answer.startswith("由单位负责人监交"), answer.answer


def test_a_word_tagged_as_an_adverb_before_a_noun_the_documents_write_with_it_is_asked_about(assistant):
    # `日常` of 日常工作 (the tagger's adverb): 总理领导国务院的工作 says nothing of the daily work
    assert "国务院秘书长" in assistant.ask("国务院平时的日常工作是谁在管？").answer
