"""A topic announced by an `一是…` item, not a heading: its clauses up to the next item answer a
list, summary or how question about it."""

from __future__ import annotations


def spans(assistant, answer) -> list[str]:
    display = assistant.document_text(answer.citations[0].passage.doc_id)
    return [display[citation.span_start:citation.span_end] for citation in answer.citations]


def test_an_items_clauses_answer_a_summary_of_its_topic(corpus_assistant):
    answer = corpus_assistant.ask("拉萨民委今年上半年在机关党的建设上做了哪些事")
    assert answer.listing and "“三是抓好机关党的建设”" in answer.answer
    items = spans(corpus_assistant, answer)
    assert any("民主生活会" in item for item in items) and any("责任书" in item for item in items)
    assert not any("(二)狠抓落实" in item for item in items)  # the next section is no part of it


def test_an_abbreviated_topic_finds_its_item(corpus_assistant):
    answer = corpus_assistant.ask("拉萨民委上半年机关党建方面主要干了啥")  # 党建: 党的建设
    assert answer.listing and "三是抓好机关党的建设" in answer.answer


def test_a_figure_asked_of_the_items_topic_is_not_listed(corpus_assistant):
    answer = corpus_assistant.ask("拉萨民委上半年机关党建工作中签订了几份责任书")
    assert not answer.listing and "6份" in answer.answer


def test_how_a_thing_is_done_is_told_under_the_item_naming_it_before_its_sections_list(corpus_assistant):
    # the section `(一)提高站位,全面加强政治理论学习` lists three items; `二是突出政治理论学习。` says how
    answer = corpus_assistant.ask("拉萨民委平时政治理论学习是咋学的？")
    assert "集中学习和个人自学相结合" in answer.answer and "一是坚持党对民族工作的领导" not in answer.answer
    assert "一是坚持党对民族工作的领导" in corpus_assistant.ask("拉萨民委上半年政治理论学习情况总结一下").answer  # a summary lists the section
