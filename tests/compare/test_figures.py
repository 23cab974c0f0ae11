"""Figures read by code, and every changed figure of a matched unit listed with both spans."""

from __future__ import annotations

import pytest

from assistant.compare.figures import chinese_value, figures_of
from tests.compare.conftest import comparison, document, unit


def read(text: str) -> list[tuple[str, float | None, str]]:
    return [(text[f.start:f.end], f.value, f.unit) for f in figures_of(text)]


def changes(found, label_a, label_b) -> list[tuple[str, str]]:
    return [(c.before, c.after) for c in unit(found, label_a, label_b).figure_changes]


def test_chinese_numerals():
    assert chinese_value("二百八十七") == 287
    assert chinese_value("五十万") == 500_000
    assert chinese_value("一千二百") == 1200
    assert chinese_value("十五") == 15
    assert chinese_value("两") == 2
    assert chinese_value("二〇二三") == 2023
    assert chinese_value("八十七条") is None


def test_figures_with_units_in_both_numeral_systems():
    assert read("处五十万元以上一百万元以下罚款") == [("五十万元", 500_000, "元"), ("一百万元", 1_000_000, "元")]
    assert read("罚款50万元")[0][1:] == read("罚款五十万元")[0][1:] == (500_000, "元")
    assert read("赤字规模4.06万亿元") == [("4.06万亿元", 4.06e12, "元")]
    assert read("放假3天") == [("3天", 3, "天")]
    assert read("十五日内") == [("十五日", 15, "日")]
    assert read("六个月以内") == [("六个月", 6, "个月")]
    assert read("已满十六周岁") == [("十六周岁", 16, "周岁")]
    assert read("百分之五") == [("百分之五", 5, "%")]
    assert read("增长5.2%") == [("5.2%", 5.2, "%")]
    assert read("三分之二以上")[0][0] == "三分之二"
    assert read("粮食产量1.3万亿斤")[0][1:] == (1.3e12, "斤")


@pytest.mark.parametrize("text", [
    "2024年11月10日", "(5月1日、2日)", "(10月1日、2日、3日)", "二〇二三年", "第十四届全国人民代表大会第二次会议",
    "第二百八十七条之一", "统一年度",
])
def test_dates_years_and_ordinals_are_not_figures(text):
    assert read(text) == []


def test_holidays():
    found = comparison("fangjia_banfa", 2013, 2024)
    second = unit(found, "第二条", "第二条")
    assert [(c.thing, c.before, c.after, c.value_before, c.value_after) for c in second.figure_changes] == [
        ("春节，放假", "3天", "4天", 3, 4), ("劳动节，放假", "1天", "2天", 1, 2)]
    old, new = document("fangjia_banfa_2013").display, document("fangjia_banfa_2024").display
    for change in second.figure_changes:
        assert old[slice(*change.span_a)] == change.before and new[slice(*change.span_b)] == change.after
    assert found.summary.figures_changed == 2  # 5月1日 → 5月1日、2日 is a date, not a figure


def test_merger_filing_thresholds_doubled():
    found = comparison("jingyingzhe_jizhong_biaozhun", 2018, 2024)
    third = unit(found, "第三条", "第三条")
    assert [(c.before, c.after, c.value_after) for c in third.figure_changes] == [
        ("100亿元", "120亿元", 12e9), ("4亿元", "8亿元", 8e8), ("20亿元", "40亿元", 4e9), ("4亿元", "8亿元", 8e8)]
    assert found.summary.figures_changed == 4


def test_accounting_law_fine_on_the_unit_raised():
    # 2017 第四十二条: 可以对单位并处三千元以上五万元以下的罚款
    # 2024 第四十条: 对单位可以并处二十万元以下的罚款 (the lower bound dropped, the upper raised)
    found = comparison("kuaijifa", 2017, 2024)
    fine = next(c for c in unit(found, "第四十二条", "第四十条").figure_changes if c.after == "二十万元")
    assert (fine.before, fine.value_before, fine.value_after, fine.unit) == ("五万元", 50_000, 200_000, "元")
    assert "对单位可以并处" in fine.thing
    assert not [c for c in unit(found, "第四十二条", "第四十条").figure_changes if c.before == "三千元"]


def test_criminal_law_bribery_sentences_lowered_from_five_to_three_years():
    found = comparison("xingfa", 2020, 2023)
    assert changes(found, "第三百九十条", "第三百九十条") == [("五年", "三年"), ("五年", "三年")]
    assert changes(found, "第三百八十七条", "第三百八十七条") == [("五年", "三年")]
    assert changes(found, "第三百九十三条", "第三百九十三条") == [("五年", "三年")]
    assert found.summary.figures_changed == 4
    second = unit(found, "第三百九十条", "第三百九十条").figure_changes[1]
    assert second.thing.endswith("…以上十年以下有期徒刑")


def test_report_targets_and_budget_figures():
    found = comparison("zhengfu_gongzuo_baogao", 2024, 2025)
    budget = next(u for u in found.units if u.text_b and u.text_b.startswith("实施更加积极的财政政策"))
    assert budget.text_a.startswith("积极的财政政策要适度加力")
    figures = {(c.before, c.after) for c in budget.figure_changes}
    assert {("3%", "4%"), ("4.06万亿元", "5.66万亿元")} <= figures  # 赤字率, 赤字规模
    targets = next(u for u in found.units if u.text_b and u.text_b.startswith("今年发展主要预期目标是"))
    assert ("3%", "2%") in {(c.before, c.after) for c in targets.figure_changes}  # 居民消费价格涨幅


def test_added_words_around_unchanged_figures_are_no_figure_change():
    # 2017: 有关“五日”、“七日”的规定  2023: 有关“三日”、“五日”、“七日”、“十日”的规定
    found = comparison("xingzheng_fuyifa", 2017, 2023)
    assert unit(found, "第四十条", "第八十八条").figure_changes == []


@pytest.mark.parametrize("pair", [
    ("kuaijifa", 2017, 2024), ("xingfa", 2020, 2023), ("zhengfu_gongzuo_baogao", 2024, 2025), ("lifafa", 2015, 2023),
])
def test_every_listed_figure_change_is_a_real_change_with_exact_spans(pair):
    name, year_a, year_b = pair
    found = comparison(*pair)
    old, new = document(f"{name}_{year_a}").display, document(f"{name}_{year_b}").display
    for u in found.units:
        for change in u.figure_changes:
            assert u.status in ("reworded", "moved")
            assert old[slice(*change.span_a)] == change.before and new[slice(*change.span_b)] == change.after
            assert u.span_a[0] <= change.span_a[0] and change.span_b[1] <= u.span_b[1]
            assert change.value_before != change.value_after or change.before != change.after
