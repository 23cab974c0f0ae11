"""The question made ready against an index (prepared.py): its words weighed by rarity and role."""

from __future__ import annotations

from assistant.answering.kind_answered import holds_answer_kind
from assistant.answering.prepared import prepared
from assistant.answering.synonyms import Synonyms


def test_what_a_yes_no_question_asks_whether_weighs_above_its_premise(corpus_assistant):
    asked = prepared("三八妇女节赶上礼拜六，补不补假", corpus_assistant.index, Synonyms())
    told = prepared("三八妇女节赶上礼拜六的补假", corpus_assistant.index, Synonyms())
    assert asked.intent == "yes_no" and asked.weight("补假") == 2 * told.weight("补假")
    assert asked.weight("三八妇女节") == told.weight("三八妇女节")
    modal = prepared("申请行政复议要不要交钱", corpus_assistant.index, Synonyms())  # 是否要交钱: past the modal
    assert modal.weight("交钱") == 2 * prepared("申请行政复议交钱", corpus_assistant.index, Synonyms()).weight("交钱")
    needed = prepared("退休人员是否需要缴纳医疗保险", corpus_assistant.index, Synonyms())  # the modal 需要 is not asked
    plain = prepared("退休人员需要缴纳医疗保险", corpus_assistant.index, Synonyms())
    assert needed.weight("缴纳") == 2 * plain.weight("缴纳") and needed.weight("需要") == plain.weight("需要")
    # past how and where it is done, to the act itself
    where = prepared("会计能不能同时在两家公司兼职", corpus_assistant.index, Synonyms())
    assert where.weight("兼职") == 2 * prepared("会计同时在两家公司兼职", corpus_assistant.index, Synonyms()).weight("兼职")
    assert where.weight("公司") == prepared("会计同时在两家公司兼职", corpus_assistant.index, Synonyms()).weight("公司")


def test_what_a_whether_question_asks_is_no_verb_saying_which_thing():
    from assistant.answering.asking import act_after
    text = "被授权机关能不能把拿到的授权再转给别的机关"
    assert act_after(text, text.index("能不能") + 3) == "转给"  # `拿到的授权`: 拿到 says which 授权
    text = "会议是什么时候召开的"
    assert act_after(text, text.index("什么时候") + 4) == "召开"  # 是…的 says when it was done
    text = "是否给予补贴"
    assert act_after(text, 2) == "补贴"  # a light verb carries the act


def test_an_act_not_allowed_by_the_document_asked_whether_is_refused(policy_assistant):
    # the law says who does the accounts, not whether one may work for two companies
    assert policy_assistant.ask("会计法2024：会计能不能同时在两家公司兼职做账").refused


def test_a_standard_named_by_an_indexed_title_and_its_year_names_its_version(policy_assistant):
    def years(question: str) -> list[tuple[str, str]]:
        return [(term.text, term.kind) for term in prepared(question, policy_assistant.index, Synonyms()).terms
                if "year" in term.kind]

    # `国务院关于经营者集中申报标准的规定` is indexed: the year is its version's
    assert years("集中申报标准2024是哪天公布的") == [("2024年", "doc_year")]
    assert years("低保标准2023是多少") == [("2023年", "year")]  # no title names a 低保标准: a year asked


def test_the_words_of_an_indexed_title_named_in_book_title_marks_are_the_documents_not_the_topic(policy_assistant):
    def things(question: str) -> list[str]:
        return prepared(question, policy_assistant.index, Synonyms()).of_kind("thing", "body")

    named = "根据2025年修正的《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》，“对代表的监督”一章主要规定了哪些内容"
    assert "人民代表大会" not in things(named) and "修正" not in things(named) and "监督" in things(named)
    assert "红城" in things("《红城竞开团结花》专题片在哪个电视台播出的")  # no indexed title: a name asked of
    # people asked on a named law: the sentence naming them need not repeat its title
    barred = prepared("根据2023年修订的《中华人民共和国行政复议法》，哪些人员不得参加案件审理？", policy_assistant.index, Synonyms())
    assert holds_answer_kind(barred, "与案件有利害关系的行政复议机构工作人员和其他人员不得参加案件审理")
    assert not holds_answer_kind(barred, "行政复议机构可以聘请有关专家参加案件审理")  # the question's 不得 is not there



def test_a_name_made_of_a_number_and_a_word_the_documents_write_is_asked_about(corpus_assistant):
    # the tagger reads 双 as a number and 减 as a verb of one character: the page writes 教育雙減工作
    asked = prepared("日喀则政协搞双减视察，发现了多少问题", corpus_assistant.index, Synonyms())
    assert "双减" in asked.of_kind("thing")
    assert "三次" not in prepared("日喀则政协开了三次会吗", corpus_assistant.index, Synonyms()).of_kind("thing")  # a count
