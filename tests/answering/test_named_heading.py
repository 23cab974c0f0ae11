"""The heading of a part a question names by its number."""

from __future__ import annotations


def test_a_chapter_named_by_its_number_is_answered_by_its_heading(policy_assistant):
    answer = policy_assistant.ask("会计法第三章叫什么")
    assert answer.answer.startswith("第三章 会计监督") and answer.citations[0].passage.title.endswith("会计法")
    other = policy_assistant.ask("代表法第三章的标题是啥")  # the law the question names, not the first pooled
    assert other.answer.startswith("第三章 代表在本级人民代表大会闭会期间的活动")


def test_an_article_or_what_a_chapter_rules_is_no_heading_question(policy_assistant):
    assert not policy_assistant.ask("会计法第三十条叫什么").answer.startswith("第三十条")
    assert not policy_assistant.ask("会计法第三章规定的监督对象是什么").answer.startswith("第三章 会计监督")


def test_an_article_summed_up_is_answered_by_the_whole_article(policy_assistant):
    answer = policy_assistant.ask("国务院组织法第三条大概讲了啥？")
    assert answer.answer.startswith("第三条 国务院坚持中国共产党的领导"), answer.answer
    # the whole article, to its last sentence, and not the next one
    assert "建设人民满意的法治政府、创新政府、廉洁政府和服务型政府[1]" in answer.answer and "第四条" not in answer.answer
    citation = answer.citations[0]
    display = policy_assistant.index.display_text(citation.passage.doc_id)
    assert display[citation.span_start:citation.span_end].startswith("第三条")


def test_a_chapter_summed_up_by_its_number_lists_its_articles(policy_assistant):
    answer = policy_assistant.ask("会计法第三章主要讲了什么")
    assert "“第三章 会计监督”" in answer.answer and "第二十五条" in answer.answer, answer.answer


def test_an_article_asked_what_it_says_is_the_article_of_the_law_named(policy_assistant):
    assert policy_assistant.ask("国务院组织法第三条规定了什么").answer.startswith("第三条 国务院坚持中国共产党的领导")
    assert policy_assistant.ask("请问新修订的国务院组织法第三条规定了什么").answer.startswith("第三条 国务院")
    # another law ending in the same words, or one not in the corpus, has no article here
    assert policy_assistant.ask("人民法院组织法第三条大概讲了啥").refused
    assert policy_assistant.ask("宪法第三条规定了什么").refused


def test_an_article_typed_in_digits_is_found(policy_assistant):
    assert policy_assistant.ask("国务院组织法第3条讲了啥").answer.startswith("第三条 国务院坚持中国共产党的领导")
