"""What a document's header and footer say of it: when it came out."""

from __future__ import annotations

from assistant.answering.byline import asks_for_author, credit_asked, signature_date, when_published_asked
from assistant.answering.question import analyse


def signed(text: str) -> str | None:
    span = signature_date(text)
    return None if span is None else text[span[0]:span[1]]


def test_an_official_document_is_dated_by_its_signature_at_its_end():
    assert signed("……坚决打赢疫情防控阻击战。\n　　财  政  部\n　　2020年1月31日") == "2020年1月31日"
    assert signed("……特此通告。 市疫情防控工作领导小组指挥部 2020年1月27日 扫一扫在手机打开当前页") == "2020年1月27日"
    assert signed("……特此通知。 北京市东城区劳动鉴定中心 二〇二〇年二月十一日") == "二〇二〇年二月十一日"


def test_a_date_the_last_line_states_is_no_signature():
    assert signed("……\n六、本通知自印发之日起施行，有效期至2020年6月30日") is None
    assert signed("……财政部\n2020年1月31日\n附件：企业复工申请表\n填表日期：2020年2月1日") is None
    assert signed("本办法自2020年2月1日起施行，由市财政局负责解释。") is None


def test_when_an_official_document_was_issued_is_asked_of_it_by_its_kind():
    assert when_published_asked(analyse("关于做好疫情防控经费保障工作的通知是哪天印发的")) is not None
    assert when_published_asked(analyse("这个通知的印发日期是哪天")) is not None
    # funds and goods are 下发 too; a kind word that names no document asked of
    assert when_published_asked(analyse("通知要求的补助资金哪天下发的")) is None
    assert when_published_asked(analyse("按照上级意见，补助什么时候下发")) is None
    assert when_published_asked(analyse("群众意见什么时候下发的")) is None


def test_an_editor_asked_by_the_short_form_readers_use_is_the_pages_editor():
    assert credit_asked(analyse("中国西藏新闻网那篇稿子，责编是谁")) == "编辑"
    assert credit_asked(analyse("那篇稿子的责任编辑是谁")) == "编辑"
    assert credit_asked(analyse("那篇稿子里编辑部提了什么要求")) is None


def test_on_whose_behalf_a_report_was_given_may_stand_between_the_post_and_the_verb():
    assert asks_for_author(analyse("2024年那份政府工作报告是哪位总理代表中华人民共和国国务院作的"))
    # a speech the document only reports, given at a meeting, is not the document's own
    assert not asks_for_author(analyse("这篇文章提到的全县动员部署会上的讲话，是哪位书记在部署会上作的"))
