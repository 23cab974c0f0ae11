"""What a document's header and footer say of it: when it came out."""

from __future__ import annotations

from assistant.answering.byline import signature_date, when_published_asked
from assistant.answering.question import analyse


def test_an_official_document_is_dated_by_its_signature_at_its_end():
    notice = "……坚决打赢疫情防控阻击战。\n　　财  政  部\n　　2020年1月31日"
    span = signature_date(notice)
    assert span is not None and notice[span[0]:span[1]] == "2020年1月31日"
    with_chrome = "……特此通告。 市疫情防控工作领导小组指挥部 2020年1月27日 扫一扫在手机打开当前页"
    assert signature_date(with_chrome) is not None  # a page's furniture after it
    # a date a sentence states at the end is no signature
    assert signature_date("本办法自2020年2月1日起施行，由市财政局负责解释。") is None


def test_when_an_official_document_was_issued_is_asked_of_it_by_its_kind():
    assert when_published_asked(analyse("关于做好疫情防控经费保障工作的通知是哪天印发的")) is not None
    assert when_published_asked(analyse("企业复工补贴哪天发")) is None  # a payment, of no document
