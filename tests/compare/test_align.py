"""Alignment on the real pairs: anchors, renumbered articles matched in order, moved ones
across the order, merges and new articles as removed/added (each verified against both texts)."""

from __future__ import annotations

from assistant.compare.align import MOVED, SIMILAR, align, dice
from assistant.compare.units import split_units
from tests.compare.conftest import comparison, document, marked, unit


def pairs_by_label(name: str, year_a: int, year_b: int) -> dict[tuple[str, str], str]:
    a, b = document(f"{name}_{year_a}"), document(f"{name}_{year_b}")
    units_a, units_b = split_units(a.display, a.title), split_units(b.display, b.title)
    return {(units_a[p.a].label, units_b[p.b].label): p.how for p in align(units_a, units_b)}


def test_an_inserted_article_renumbers_the_next_one_without_delete_and_add():
    found = comparison("fangjia_banfa", 2013, 2024)
    last = unit(found, "第七条", "第八条")  # 本办法自公布之日起施行。
    assert last.status == "unchanged" and last.renumbered
    assert unit(found, None, "第七条").status == "added"  # 可合理安排统一放假调休…连续工作一般不超过6天
    assert unit(found, "第六条", "第六条").status == "reworded"  # 星期六、星期日 → 周六、周日
    assert [u.status for u in found.units if u.kind == "article"] == [
        "unchanged", "reworded", "unchanged", "unchanged", "unchanged", "reworded", "added", "unchanged"]


def test_accounting_law_renumbered_after_a_chapter_was_dissolved():
    found = comparison("kuaijifa", 2017, 2024)
    assert unit(found, "第二十八条", "第二十六条").status == "unchanged"  # 单位负责人应当保证…
    assert unit(found, "第五十二条", "第五十一条").status == "unchanged"  # 本法自2000年7月1日起施行。
    reworded = unit(found, "第二十六条", "第二十四条")  # 公司、企业进行会计核算 → 各单位进行会计核算
    assert reworded.status == "reworded" and reworded.renumbered
    assert marked(document("kuaijifa_2017").display, reworded.marks_a)[0] == "公司、企业"
    chapter = unit(found, "第四章", "第三章", kind="heading")  # 会计监督
    assert chapter.status == "unchanged" and chapter.renumbered
    # 第三章 公司、企业会计核算的特别规定 and its 第二十四条, 第二十五条 were deleted
    assert unit(found, "第三章", None, kind="heading").status == "removed"
    assert unit(found, "第二十四条", None).status == "removed"
    assert unit(found, "第二十五条", None).status == "removed"
    assert unit(found, None, "第四十六条").status == "added"  # 具有行政处罚法规定的从轻、减轻…情形
    assert found.summary.renumbered == 26


def test_legislation_law_articles_renumbered_by_three_after_new_principles():
    pairs = pairs_by_label("lifafa", 2015, 2023)
    assert pairs[("第六条", "第七条")] == "same"  # 立法应当从实际出发…
    assert pairs[("第七条", "第十条")] == "similar"  # + 根据宪法规定
    assert pairs[("第八条", "第十一条")] == "similar"  # 下列事项只能制定法律
    found = comparison("lifafa", 2015, 2023)
    tenth = unit(found, "第七条", "第十条")
    assert marked(document("lifafa_2023").display, tenth.marks_b) == [  # and a new 款
        "根据宪法规定", "全国人民代表大会可以授权全国人民代表大会常务委员会制定相关法律。"]
    assert unit(found, None, "第八条").status == "added"  # 社会主义核心价值观, 铸牢中华民族共同体意识


def test_full_revision_of_the_administrative_review_law():
    found = comparison("xingzheng_fuyifa", 2017, 2023)
    assert unit(found, "第四十一条", "第八十九条").status == "unchanged"  # 外国人、无国籍人…适用本法
    assert unit(found, "第十七条", "第三十条").status == "reworded"  # 收到行政复议申请后，应当在五日内进行审查
    # 申请人 (old 10) now precedes the time limit (old 9 → new 20): moved, not deleted and added
    assert unit(found, "第十条", "第十四条").status == "moved"
    assert unit(found, "第二十四条", "第四十六条").status == "moved"  # 被申请人不得自行…收集证据
    assert unit(found, None, "第四十三条").status == "added"  # 行政复议证据包括：书证、物证…
    assert unit(found, "第四十二条", None).status == "removed"  # 本法施行前公布的法律…以本法的规定为准
    assert sum(1 for u in found.units if u.kind == "article" and u.label_b) == 90
    assert sum(1 for u in found.units if u.kind == "article" and u.label_a) == 43


def test_state_council_organic_law_merges_and_moves():
    found = comparison("guowuyuan_zuzhifa", 1982, 2024)
    assert unit(found, "第七条", "第十条").status == "unchanged"  # 国务院秘书长在总理领导下…
    assert unit(found, "第十条", "第十四条").status == "moved"  # now after the 直属机构 article (old 11 → 13)
    assert unit(found, "第十一条", "第十三条").status == "reworded"
    assert unit(found, "第六条", None).status == "removed"  # 国务委员受总理委托… merged into the new 第五条
    assert unit(found, "第二条", "第五条").status == "reworded"  # + 中国人民银行行长


def test_removed_units_stand_where_they_were():
    found = comparison("kuaijifa", 2017, 2024)
    order = [(u.label_a, u.label_b) for u in found.units]
    at = order.index(("第三章", None))
    assert order[at - 1] == ("第二十三条", "第二十三条")
    assert order[at + 1: at + 4] == [("第二十四条", None), ("第二十五条", None), ("第二十六条", "第二十四条")]
    spans_b = [u.span_b[0] for u in found.units if u.span_b]
    assert spans_b == sorted(spans_b)  # B's reading order


def test_thresholds_separate_heirs_from_unrelated_articles():
    assert 0 < SIMILAR < MOVED < 1
    a, b = document("xingzheng_fuyifa_2017"), document("xingzheng_fuyifa_2023")
    units_a = {u.label: u for u in split_units(a.display, a.title)}
    units_b = {u.label: u for u in split_units(b.display, b.title)}
    assert dice(units_a["第十七条"], units_b["第三十条"]) >= SIMILAR  # the heir, reworded (0.39)
    assert dice(units_a["第十七条"], units_b["第八十九条"]) < SIMILAR  # unrelated
    assert dice(units_a["第十条"], units_b["第十四条"]) >= MOVED  # moved heir (0.71)
    assert dice(units_a["第四十一条"], units_b["第八十九条"]) == 1.0


def test_identical_texts_compare_unchanged():
    text = document("jingyingzhe_jizhong_biaozhun_2024").display
    units = split_units(text)
    pairs = align(units, units)
    assert [(p.a, p.b, p.how) for p in pairs] == [(i, i, "same") for i in range(len(units))]
