"""compare_texts end to end: the summary counts of the small pairs, checked by reading both
texts, and the shape of what it returns."""

from __future__ import annotations

import json

from assistant.compare import Comparison, compare_texts
from tests.compare.conftest import comparison, document


def counts(found: Comparison) -> dict:
    s = found.summary
    return {"changed": s.changed, "added": s.added, "removed": s.removed, "moved": s.moved,
            "renumbered": s.renumbered, "unchanged": s.unchanged, "figures_changed": s.figures_changed}


def test_holiday_rules_2013_to_2024():
    # 第二条 (元旦; 春节 3→4天; 劳动节 1→2天) and 第六条 (星期六→周六) reworded, 第七条 new,
    # the old 第七条 is 第八条; the 2013 and 2024 题注 lines are new (the 2013 file omits its own).
    found = comparison("fangjia_banfa", 2013, 2024)
    assert counts(found) == {"changed": 2, "added": 1, "removed": 0, "moved": 0, "renumbered": 1, "unchanged": 5,
                             "figures_changed": 2}
    assert found.summary.header == {"unchanged": 4, "added": 2}
    assert found.summary.line == "修改2条，新增1条，条文序号变动1条，数字变化2处；标题及题注新增2行"


def test_merger_thresholds_2018_to_2024():
    # 第三条 four thresholds, 第四条 (有证据证明…可以要求经营者申报) reworded; 第五条, 第六条 new;
    # 施行 article 第五条 → 第七条; 题注 `国务院令第529号` → `中华人民共和国国务院令第529号`, two new lines.
    found = comparison("jingyingzhe_jizhong_biaozhun", 2018, 2024)
    assert counts(found) == {"changed": 2, "added": 2, "removed": 0, "moved": 0, "renumbered": 1, "unchanged": 3,
                             "figures_changed": 4}
    assert found.summary.line == "修改2条，新增2条，条文序号变动1条，数字变化4处；标题及题注修改1行、新增2行"


def test_state_council_organic_law_1982_to_2024():
    # 11 articles → 20: 第一、二、三、四、五、八、九、十一条 reworded, 第七条 → 第十条 unchanged, 第十条 moved
    # after the 直属机构 article, 第六条 merged into the new 第五条, ten articles new.
    found = comparison("guowuyuan_zuzhifa", 1982, 2024)
    assert counts(found) == {"changed": 8, "added": 10, "removed": 1, "moved": 1, "renumbered": 9, "unchanged": 1,
                             "figures_changed": 0}


def test_criminal_law_amendment_twelve():
    # 修正案（十二）: 第一百六十五、一百六十六、一百六十九条 (民营企业), 第三百八十七、三百九十、三百九十一、
    # 三百九十三条 (行贿), 第四百五十二条 (a note appended); no article added or renumbered.
    found = comparison("xingfa", 2020, 2023)
    assert counts(found) == {"changed": 8, "added": 0, "removed": 0, "moved": 0, "renumbered": 0, "unchanged": 497,
                             "figures_changed": 4}
    assert [u.label_b for u in found.units if u.status == "reworded"] == [
        "第一百六十五条", "第一百六十六条", "第一百六十九条", "第三百八十七条", "第三百九十条", "第三百九十一条",
        "第三百九十三条", "第四百五十二条"]
    assert found.summary.line == "修改8条，数字变化4处；标题及题注新增1行"


def test_reports_count_paragraphs():
    found = comparison("zhengfu_gongzuo_baogao", 2024, 2025)
    assert found.summary.unit_word == "段"
    assert found.summary.line.startswith("修改") and "段" in found.summary.line
    assert found.summary.renumbered == 0  # 第N段 changes with every inserted paragraph: not a renumbering


def test_every_span_slices_its_text_and_the_result_is_json():
    found = comparison("kuaijifa", 2017, 2024)
    old, new = document("kuaijifa_2017").display, document("kuaijifa_2024").display
    for unit in found.units:
        assert (unit.span_a is None) == (unit.text_a is None) == (unit.label_a is None)
        if unit.span_a:
            assert old[slice(*unit.span_a)] == unit.text_a
        if unit.span_b:
            assert new[slice(*unit.span_b)] == unit.text_b
    data = json.loads(json.dumps(found.to_dict(), ensure_ascii=False))
    assert data["summary"]["line"] == found.summary.line
    assert {"status", "label_a", "label_b", "span_a", "span_b", "marks_a", "marks_b", "figure_changes", "renumbered"} <= set(
        data["units"][0])


def test_small_texts_without_corpus():
    found = compare_texts("第一条 甲。\n第二条 罚款五万元。", "第一条 甲。\n第二条 乙。\n第三条 罚款十万元。")
    assert [(u.status, u.label_a, u.label_b) for u in found.units] == [
        ("unchanged", "第一条", "第一条"), ("added", None, "第二条"), ("reworded", "第二条", "第三条")]
    assert [(c.before, c.after) for c in found.units[2].figure_changes] == [("五万元", "十万元")]
    preamble = compare_texts("第一章 总则\n本章甲。\n第一条 甲。\n第二条 乙。", "第一章 总则\n本章乙。\n第一条 甲。\n第二条 乙。")
    assert preamble.summary.line == "其他段落修改1段"  # a paragraph outside the articles
    assert compare_texts("办法\n第一条 甲。", "办法\n第一条 乙。").title_b == "办法"  # no title given: the title line
    same = compare_texts("甲乙丙丁。", "甲乙丙丁。")
    assert same.summary.line == "两个版本内容相同"
    assert compare_texts("", "").units == []
