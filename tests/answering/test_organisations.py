"""Which organisation a span names (organisations.py)."""

from __future__ import annotations

from assistant.answering.organisations import names_an_organisation


def test_another_organisation_ending_as_the_questions_does_is_still_another():
    assert names_an_organisation("与山东省立第一人民医院签订帮扶协议", "市第一人民医院跟哪家医院结对", "医院")
    # the question's own, after the function word its run opens with
    assert not names_an_organisation("具体办法由国务院行政复议机构制定", "“国务院行政复议机构”具体是哪个部门", "部门")
