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
