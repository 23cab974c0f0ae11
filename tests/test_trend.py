"""A figure followed across documents and years: every stated value found, read by code, with
its period and its place; places and bodies never share a series."""

from __future__ import annotations

import re
import shutil

import pytest

from assistant.ingest.normalize import normalize
from assistant.services import Assistant
from tests.conftest import DOCUMENTS, VERSIONS

OTHER_BODY = ("拉萨市政协2022年工作要点\n2022年，拉萨市政协提案办复率达到98.1%，委员满意率97.5%。\n"
              "拉萨市政协提案办复率2021年为96.2%。\n")  # the year between measure and figure is no value


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedding_cache):
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("trend")
    documents = folder / "docs"
    shutil.copytree(DOCUMENTS, documents)
    for year in (2023, 2024, 2025):
        shutil.copy(VERSIONS / f"zhengfu_gongzuo_baogao_{year}.txt", documents)
    (documents / "lhasa_cppcc.txt").write_text(OTHER_BODY, encoding="utf-8")
    created = Assistant(Settings(index_dir=folder / "index", documents_dir=documents,
                                 embedding_cache=str(embedding_cache)))
    created.index_paths(progress=False, keyword_first=True)  # the trend reads exact wording: no vectors needed
    yield created
    created.close()


def by_year(trend, kind: str) -> dict[int, str]:
    return {point.year: point.figure for point in trend.points if point.kind == kind}


def test_the_deficit_ratio_year_by_year(assistant):
    trend = assistant.trend("赤字率")
    assert by_year(trend, "目标") == {2023: "3%", 2024: "3%", 2025: "4%左右"}
    assert by_year(trend, "实际")[2022] == "2.8%"  # the 2023 report's look back at the past year
    # `五年总体赤字率控制在3%以内`, under 一、过去一年和五年工作回顾: five years', no one year's
    assert [p.year for p in trend.points if p.figure == "3%以内"] == [None]
    assert all(point.unit == "%" for point in trend.points)


def test_new_urban_jobs_target_beside_last_years_result(assistant):
    trend = assistant.trend("城镇新增就业")
    assert by_year(trend, "目标") == {2023: "1200万人左右", 2024: "1200万人以上", 2025: "1200万人以上"}
    results = {(p.year, p.figure) for p in trend.points if p.kind == "实际"}
    assert {(2022, "1206万人"), (2023, "1244万人"), (2024, "1256万人")} <= results
    assert {p.value for p in trend.points if p.figure == "1244万人"} == {1244.0}


def test_every_hit_that_states_a_value_is_a_point(assistant):
    for measure in ("赤字率", "城镇新增就业", "国内生产总值增长", "提案办复率"):
        trend = assistant.trend(measure)
        exact = [hit for hit in assistant.find(measure, limit=10_000).hits if hit.kind == "exact"]
        stating = []
        for hit in exact:
            after = assistant.document_text(hit.doc_id)[hit.end:hit.end + 12]
            if re.match(r"[^，,；;。！？\d]{0,10}?\d", after):
                stating.append((hit.doc_id, hit.end))
        assert len(trend.points) == len(stating) and trend.without_value == len(exact) - len(stating)
        for point in trend.points:
            display = assistant.document_text(point.doc_id)
            assert display[point.start:point.end] == point.figure
            assert normalize(measure) in normalize(point.sentence)


def test_places_and_bodies_are_separate_series(assistant):
    series = assistant.trend("提案办复率").series()
    assert {name: [p.figure for p in points] for name, points in series.items()} == {
        "日喀则市政协": ["99.4%"], "拉萨市政协": ["96.2%", "98.1%"]}
    assert [p.year for p in series["拉萨市政协"]] == [2021, 2022]
    assert [p.year for p in series["日喀则市政协"]] == [2022]  # 过去一年 of a review titled 2022年…


def test_a_measure_nobody_states_is_empty(assistant):
    trend = assistant.trend("不存在的指标名称")
    assert trend.points == [] and trend.to_dict()["series"] == {}


def test_a_documents_year_from_a_full_date_in_its_lead_in_either_numerals():
    from assistant.trend import document_year

    assert document_year("讲话", None, "——2024年3月5日在第十四届全国人民代表大会第二次会议上") == (2024, False)
    assert document_year("通知", None, "二〇二〇年一月二十七日印发") == (2020, False)
    # a day no calendar has is no date: the document's own date stands
    assert document_year("无题", "2019-01-01", "发布时间：2020年6月31日") == (2019, False)
