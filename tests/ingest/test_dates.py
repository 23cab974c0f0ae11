"""Dates as Chinese documents write them, for filters and metadata."""

from __future__ import annotations

import pytest

from assistant.ingest.dates import FULL_DATE, date_range, filter_bounds, iso_date, written_date


@pytest.mark.parametrize("written, expected", [
    ("2022年4月21日", ("2022-04-21", "2022-04-21")), ("2022.4.21", ("2022-04-21", "2022-04-21")),
    ("2022-04-21", ("2022-04-21", "2022-04-21")), ("2022/4/21", ("2022-04-21", "2022-04-21")),
    ("二〇二二年四月二十一日", ("2022-04-21", "2022-04-21")), ("二〇二二年四月", ("2022-04-01", "2022-04-30")),
    ("2024年2月", ("2024-02-01", "2024-02-29")), ("2022年", ("2022-01-01", "2022-12-31")),
])
def test_written_dates_cover_their_days(written, expected):
    assert date_range(written) == expected


def test_what_is_no_date_is_refused_by_name():
    assert date_range("2022年2月30日") is None and date_range("昨天") is None and iso_date("2022年4月") is None
    assert filter_bounds("2022年4月", "二〇二二年四月") == ("2022-04-01", "2022-04-30")
    with pytest.raises(ValueError, match="--until '上周'"):
        filter_bounds(None, "上周")


def test_an_iso_date_is_written_as_chinese_documents_write_it():
    assert written_date("2022-04-21") == "2022年4月21日"
    assert written_date("2022-04") == "2022年4月" and written_date("2022") == "2022年"


def test_a_full_date_is_found_inside_a_text_in_either_numerals():
    assert [found.group() for found in FULL_DATE.finditer("财  政  部\n2020年1月31日；指挥部 二〇二〇年一月二十七日")] == [
        "2020年1月31日", "二〇二〇年一月二十七日"]
    assert not FULL_DATE.search("2020年1月印发")  # a month alone
