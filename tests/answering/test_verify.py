"""Verification of generated answers: unsupported figures never pass, citations are re-attached."""

from __future__ import annotations

from assistant.answering.verify import figures, verify
from assistant.retrieval import Passage

LHASA = Passage("000", "拉萨市民委工作总结", "一、工作开展情况", None, None,
                "上半年共召开理论学习中心组集中学习6次,机关支部集中学习10次。领导干部查找出问题84条,提出整改措施167条。", 100, 156, 1.0, "c1")
SHIGATSE = Passage("003", "2022年日喀則市政協工作綜述", "", None, None,
                   "114件提案辦復率99.4%,滿意或基本滿意率98.7%。", 0, 27, 1.0, "c2")


def test_sentence_with_a_figure_absent_from_every_passage_is_dropped():
    result = verify("领导干部查找出问题167条[1]。提出整改措施167条[1]。", [LHASA, SHIGATSE])
    assert [s.text for s in result.kept] == ["提出整改措施167条。"]
    assert result.dropped[0][0] == "领导干部查找出问题167条。" and "167条" in result.dropped[0][1]
    assert not verify("理论学习中心组集中学习16次。", [LHASA]).kept


def test_citations_are_reattached_to_the_supporting_passage():
    # The model cites [2] for a figure that stands in passage 1 (and the reverse).
    result = verify("提案办复率为99.4%[1]。上半年共召开理论学习中心组集中学习6次[2]。", [LHASA, SHIGATSE])
    assert [s.passage.chunk_id for s in result.kept] == ["c2", "c1"]
    first, second = result.kept
    assert (first.span_start, first.span_end) == (0, len("114件提案辦復率99.4%,滿意或基本滿意率98.7%。"))
    assert 100 <= second.span_start < second.span_end <= 156


def test_cross_script_support_counts():
    assert verify("满意或基本满意率98.7%。", [SHIGATSE]).kept


def test_unsupported_quotation_and_name_are_dropped():
    result = verify("领导干部开展了“四查四问”活动，查找出问题84条。", [LHASA])
    assert not result.kept and "四查四问" in result.dropped[0][1]
    result = verify("张三主持召开理论学习中心组集中学习6次。", [LHASA])
    assert not result.kept and "张三" in result.dropped[0][1]


def test_a_sentence_far_from_every_passage_is_dropped():
    result = verify("各级政府应当加快推进经济高质量发展。", [LHASA, SHIGATSE])
    assert not result.kept and result.dropped[0][1] == "not close to the passage"


def test_refusal_is_recognised():
    assert verify("资料中未找到。", [LHASA]).refused


def test_figures_include_units_dates_and_chinese_quantities():
    assert figures("2022年上半年召开6次，办复率99.4%，共三次会议，第七次不算") == ["2022年", "6次", "99.4%", "三次"]


def test_a_listing_sentence_is_kept_item_by_item_when_each_item_is_supported():
    items = [Passage("000", "拉萨市民委工作总结", "三、下半年工作思路", None, None, text, start, start + len(text), 1.0, f"i{n}")
             for n, (text, start) in enumerate([("(二)继续开展民族团结大院评选工作", 0), ("(七)继续抓好健康茶推广工作", 50)])]
    generated = "下半年主要是继续开展民族团结大院评选工作、继续抓好健康茶推广工作。"
    assert not verify(generated, items).kept  # no one passage holds both
    kept = verify(generated, items, by_item=True).kept
    assert [s.passage.chunk_id for s in kept] == ["i0", "i1"]
    # an item no passage supports drops the whole sentence
    assert not verify("继续开展民族团结大院评选工作、新建100所学校。", items, by_item=True).kept
