"""Changed words inside a matched pair: character diff set on words, as display offsets."""

from __future__ import annotations

from assistant.compare.marks import regions
from tests.compare.conftest import comparison, document, marked, unit


def changed(a: str, b: str) -> list[tuple[str, str]]:
    return [(a[r.a1:r.a2], b[r.b1:r.b2]) for r in regions(a, b)]


def test_one_word_amendments_are_marked_as_words():
    assert changed("可以从轻处罚", "应当从轻处罚") == [("可以", "应当")]
    assert changed("应当在五日内审查", "应当在十日内审查") == [("五日", "十日")]  # not 五→十
    assert changed("依法设置会计帐簿", "依法设置会计账簿") == [("帐簿", "账簿")]
    assert changed("如果适逢星期六、星期日,应当", "如果适逢周六、周日,应当") == [("星期六、星期日", "周六、周日")]


def test_insertions_slide_to_punctuation_and_a_one_sided_word_is_not_widened():
    # difflib inserts `日、2` after `(5月1`; the same insertion reads `、2日` before `)`
    assert changed("(5月1日);", "(5月1日、2日);") == [("", "、2日")]
    # jieba reads `1日至3日` as 1·日至·3·日, but only `至` replaced `、2日、`
    assert changed("(10月1日、2日、3日)。", "(10月1日至3日)。") == [("、2日、", "至")]


def test_nearby_changes_merge_and_identical_texts_have_none():
    assert changed("处五年以下有期徒刑", "处五年以下有期徒刑") == []
    # `的` between two changes is one change, not three fragments
    assert len(regions("甲单位的乙事项", "丙机关的丁事项")) == 1


def test_marks_are_absolute_offsets_into_both_display_texts():
    found = comparison("fangjia_banfa", 2013, 2024)
    old, new = document("fangjia_banfa_2013").display, document("fangjia_banfa_2024").display
    sixth = unit(found, "第六条", "第六条")
    assert marked(old, sixth.marks_a) == ["星期六、星期日", "星期六、星期日"]
    assert marked(new, sixth.marks_b) == ["周六、周日", "周六、周日"]
    second = unit(found, "第二条", "第二条")
    assert marked(old, second.marks_a) == ["新年", "3", "、初二、", "1", "、2日、"]
    assert marked(new, second.marks_b) == ["元旦", "4", "除夕、", "至", "2", "、2日", "至"]
    for u in found.units:
        for start, end in u.marks_b:
            assert u.span_b[0] <= start < end <= u.span_b[1]


def test_an_added_article_is_marked_whole_and_an_unchanged_one_not_at_all():
    found = comparison("fangjia_banfa", 2013, 2024)
    added = unit(found, None, "第七条")
    new = document("fangjia_banfa_2024").display
    assert marked(new, added.marks_b) == [added.text_b.removeprefix("第七条 ")]
    assert unit(found, "第一条", "第一条").marks_a == unit(found, "第一条", "第一条").marks_b == []


def test_a_spelling_reform_marks_every_occurrence():
    found = comparison("kuaijifa", 2017, 2024)
    article = unit(found, "第十五条", "第十五条")
    new = document("kuaijifa_2024").display
    assert set(marked(new, article.marks_b)) == {"账簿", "总账", "明细账", "日记账"}
