"""Units by structure, on the real texts of corpus-versions."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.compare.units import normalize, split_units
from tests.compare.conftest import VERSIONS, document


def units_of(name: str):
    found = document(name)
    return split_units(found.display, found.title)


def test_articles_with_zhi_numbers_chapters_and_header_of_the_criminal_law():
    units = units_of("xingfa_2023")
    counts = Counter(u.kind for u in units)
    assert counts["article"] == 505 and counts["heading"] == 54 and counts["header"] == 17
    assert counts["paragraph"] == 0  # every 款 and （一）项 belongs to its article
    assert [u.label for u in units if u.kind == "header"][:2] == ["标题", "题注"]
    article = next(u for u in units if u.label == "第十七条之一")
    assert article.body.startswith("已满七十五周岁的人故意犯罪的")  # the label is not part of the body
    assert article.context == "第一编 总则 > 第二章 犯罪 > 第一节 犯罪和刑事责任"
    assert [u.label for u in units if u.kind == "article"][-1] == "第四百五十二条"
    seventeen = next(u for u in units if u.label == "第十七条")
    assert seventeen.body.count("。") == 5  # its five 款, on five lines


def test_a_reference_opening_a_paragraph_is_no_article():
    units = split_units("第一条 甲。\n第三条规定的情形，适用本法。\n第二条 乙。")
    assert [(u.label, u.body) for u in units] == [("第一条", "甲。第三条规定的情形,适用本法。"), ("第二条", "乙。")]


def test_a_chapter_title_broken_over_two_lines_is_one_heading():
    found = document("jiandufa_2006")
    units = split_units(found.display, found.title)
    chapter = next(u for u in units if u.label == "第二章")
    assert found.display[chapter.start:chapter.end] == "第二章 听取和审议人民政府、人民法院和\n人民检察院的专项工作报告"
    assert chapter.body == "听取和审议人民政府、人民法院和人民检察院的专项工作报告"
    assert not [u for u in units if u.kind == "paragraph"]


def test_header_lines_broken_in_the_source_are_joined_and_the_repeated_title_is_a_title():
    old = units_of("daibiaofa_2015")
    header = [u for u in old if u.kind == "header"]
    assert [u.label for u in header] == ["标题", "题注", "题注", "题注", "题注"]
    assert header[-1].body.startswith("2015年8月29日") and header[-1].body.endswith("的决定》第三次修正")
    new = units_of("daibiaofa_2025")
    assert [u.label for u in new if u.kind == "header"][-1] == "标题"  # `…代表大会和 地方各级…代表法` again


def test_reports_are_compared_paragraph_by_paragraph():
    units = units_of("zhengfu_gongzuo_baogao_2023")
    assert not [u for u in units if u.kind == "article"]
    assert units[0].kind == "header" and units[0].label == "标题"
    heading = next(u for u in units if u.kind == "heading")
    assert heading.label == "一、过去一年和五年工作回顾"
    after = units[units.index(heading) + 1]
    assert after.kind == "paragraph" and after.context == "一、过去一年和五年工作回顾"
    assert [u.label for u in units if u.kind == "paragraph"][:3] == ["第1段", "第2段", "第3段"]
    # The 2025 text starts at `各位代表：` (no title block): a paragraph, not a title.
    first = units_of("zhengfu_gongzuo_baogao_2025")[0]
    assert (first.kind, first.label, first.body) == ("paragraph", "第1段", "各位代表:")


def test_normalized_text_ignores_width_and_spaces():
    assert normalize("(一)新年", 0)[0] == normalize("（一）新年", 0)[0]
    assert normalize("第一章 总 则", 0)[0] == normalize("第一章 总则", 0)[0]
    text, origin = normalize("a （一） b", 10)
    assert text == "a(一)b" and origin == [10, 12, 13, 14, 16]


@pytest.mark.parametrize("name", ["xingfa_2020", "lifafa_2023", "zhengfu_gongzuo_baogao_2024", "fangjia_banfa_2013"])
def test_every_body_character_points_at_its_display_character(name):
    found = document(name)
    for unit in split_units(found.display, found.title):
        assert len(unit.origin) == len(unit.body)
        assert found.display[unit.start:unit.end].strip() == found.display[unit.start:unit.end]
        for index in range(0, len(unit.body), 7):
            assert normalize(found.display[unit.origin[index]], 0)[0] == unit.body[index]
            assert unit.start <= unit.origin[index] < unit.end


def test_every_line_of_the_display_text_is_in_one_unit():
    for path in sorted(VERSIONS.glob("*.txt")):
        found = document(path.stem)
        units = split_units(found.display, found.title)
        covered = "".join(found.display[u.start:u.end] for u in units)
        assert normalize(covered, 0)[0] == normalize(found.display, 0)[0], path.name
