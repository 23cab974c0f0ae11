"""What a web page says of itself — its column, source, hotline, publisher's address, a photo's
credit — answers a question asked of the page or its site, cited where cleaning kept it; the
same words asked of anything else are for the text."""

from __future__ import annotations

import pytest


def cited(assistant, answer, n: int = 0) -> str:
    citation = answer.citations[n]
    return assistant.document_text(citation.passage.doc_id)[citation.span_start:citation.span_end]


@pytest.mark.parametrize(("question", "stated"), [
    ("中国西藏新闻网的新闻热线电话是多少", "新聞熱線 0891-6325020"),
    ("中国西藏新闻网 邮编", "郵政編碼:850000"),
    ("中國西藏新聞網的地址在哪", "地址:西藏自治區拉薩市朵森格路36號"),
    ("拉萨民委这篇半年总结是哪个科室发出来的", "来源:办公室"),
    ("拉萨民委 半年总结 网站栏目", "当前位置: 首页 / 政务公开 / 基础信息公开 / 规划计划 / 计划总结"),
    ("杨毅那篇文章登在长城网哪个栏目下面", "【铸牢中华民族共同体意识】学习贯彻·局长说"),  # the column's kicker
    ("中國西藏新聞網在拉薩哪條街", "地址:西藏自治區拉薩市朵森格路36號"),  # 拉萨 is the address's, not the page's
    ("局长说那篇的配图是谁拍的", "省民委 供图"),  # a caption's credit, in the text
])
def test_a_page_fact_answers_what_is_asked_of_the_page(corpus_assistant, question, stated):
    answer = corpus_assistant.ask(question)
    assert not answer.refused and len(answer.citations) == 1
    assert cited(corpus_assistant, answer) == stated


def test_a_contact_asked_of_a_body_is_not_its_sites(corpus_assistant):
    """The page names its publisher's address; 拉萨民委's is written nowhere."""
    assert corpus_assistant.ask("拉萨民委的地址在哪").refused


@pytest.mark.parametrize("question", [
    "这篇文章的资金来源是什么", "中国西藏新闻网上说的举报电话是多少", "这份文件里，来源于中央财政的资金有多少",
    "中国西藏新闻网报道的哪条街道要改造", "中国西藏新闻网那篇文章提出走什么路子", "那篇文章的照片展览由谁提供场地",
    "杨毅那篇文章说哪个合作社什么时候挂的牌",
])
def test_the_same_words_asked_of_something_else_are_for_the_text(corpus_assistant, question):
    answer = corpus_assistant.ask(question).answer
    assert not any(fact in answer for fact in ("来源:", "来源: ", "0891-6325020", "朵森格路", "供图", "2022-04-21"))


def test_the_source_of_a_page_that_names_another_is_not_given(corpus_assistant):
    """日喀则's review prints no source of its own (only a disclaimer naming another site's)."""
    assert "来源" not in corpus_assistant.ask("日喀则政协那篇综述来源是哪").answer.split("最接近")[0]


def test_several_facts_of_a_page_are_answered_each_in_the_order_asked(corpus_assistant):
    answer = corpus_assistant.ask("长城网那篇杨毅的文章是什么时候挂出来的，是哪个网站发布的")
    assert [cited(corpus_assistant, answer, n) for n in (0, 1)] == ["2022-04-21", "来源: 长城网"]
    assert answer.answer == "2022-04-21[1]；来源: 长城网[2]。"
    answer = corpus_assistant.ask("长城网杨毅那篇文章哪天发的，网站地址在哪")  # its page prints no address
    assert answer.answer == "2022-04-21[1]；“地址”：资料中未找到。"
    # a site named after a place (`长城网`) is asked of no place; the page's credit answers beside its column
    answer = corpus_assistant.ask("廊坊杨毅那篇访谈属于长城网哪个栏目，责任编辑又是谁")
    assert answer.answer == "【铸牢中华民族共同体意识】学习贯彻·局长说[1]；于倩[2]。"


def test_when_a_page_went_online_is_its_dateline(corpus_assistant):
    # `发到网上`, `挂到网上`: how it came out, no words the page must hold; 上半年 is the report's, not the date's
    for question in ("拉萨民委２０２２年上半年工作总结是几号发到网上的？", "拉萨民委那篇总结哪天挂到网上的"):
        answer = corpus_assistant.ask(question)
        assert answer.answer == "2022-12-24[1]。", question
    # its time of day when that is asked
    assert corpus_assistant.ask("中国西藏新闻网那篇“走在前作表率”的评论是几点几分发出来的").answer == "2022年04月01日 08:56[1]。"
    assert "08:56" in corpus_assistant.ask("中国西藏新闻网那篇“走在前作表率”的评论是几点发出来的").answer
    from assistant.answering.byline import CLOCK_ASKED
    assert CLOCK_ASKED.search("会议提出了哪几点要求") is None and CLOCK_ASKED.search("几点发的")
    # a report given is asked right after it; something done it tells of is not the page's date
    from assistant.answering.byline import when_published_asked
    from assistant.answering.question import analyse
    assert when_published_asked(analyse("２０２３政府工作报告是哪天作的")) is not None
    assert when_published_asked(analyse("报告里提到的专题调研是什么时候做的")) is None


def test_a_photo_asked_of_a_page_printing_no_credit_is_not_credited(corpus_assistant):
    answer = corpus_assistant.ask("拉萨民委那篇半年总结里的照片是谁拍的")
    assert "供图" not in answer.answer and "摄" not in answer.answer.split("最接近")[0]


def test_a_page_fact_asked_beside_a_fact_of_the_text_answers_its_part(corpus_assistant):
    answer = corpus_assistant.ask("拉萨民委半年总结里退休干部有多少名，这篇材料是哪个科室发出来的")
    assert "14名退休干部" in answer.answer and answer.answer.endswith("来源:办公室[2]。")
    assert cited(corpus_assistant, answer, 1) == "来源:办公室"
    answer = corpus_assistant.ask("拉萨民委这篇半年总结上半年收到几例民族成分变更申请，是哪个科室发的")
    assert "8例" in answer.answer and answer.answer.endswith("来源:办公室[2]。")


def test_a_source_asked_after_the_page_is_named_is_the_pages(corpus_assistant):
    answer = corpus_assistant.ask("廊坊局长说那篇稿子，来源是哪家网站，责任编辑是谁")
    assert [cited(corpus_assistant, answer, n) for n in (0, 1)] == ["来源: 长城网", "于倩"]
    assert "来源" not in corpus_assistant.ask("拉萨民委那份总结，资金来源是哪").answer.split("最接近")[0]
