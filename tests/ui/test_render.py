"""What the web UI shows of answers, without a browser."""

from __future__ import annotations

from assistant.answering.models import Citation
from assistant.retrieval import Passage
from assistant.ui import render


def test_a_citation_is_labelled_by_its_span_then_its_document():
    text = "二、存在的问题\n一是因正在成立市级模范区创建专项组,没有专职工作人员。二是经费严重不足。"
    passage = Passage("d", "中共拉萨市民族事务委员会党组关于2022年上半年工作总结", "二、存在的问题", None, None,
                      text, 100, 100 + len(text), 1.0)
    first = Citation(1, passage, 108, 108 + 27)
    second = Citation(2, passage, 100 + text.index("二是"), 100 + len(text) - 1)
    assert render.citation_label(first) == "[1] 一是因正在成立市级模范区创建专项组,…《中共拉萨市民族事务委员会党组…》"
    assert render.citation_label(second) == "[2] 二是经费严重不足《中共拉萨市民族事务委员会党组…》"


def test_the_citation_panel_says_where_the_span_stands_in_the_original():
    text = "一是因正在成立市级模范区创建专项组,没有专职工作人员。"
    passage = Passage("d", "总结", "二、存在的问题", None, None, text, 0, len(text), 1.0)
    assert "· 第12–14段" in render.citation_panel(Citation(1, passage, 0, 5, paragraphs=[12, 14]))
    assert "· 第3页" in render.citation_panel(Citation(1, passage, 0, 5, page=3))
    assert "段" not in render.citation_panel(Citation(1, passage, 0, 5)).split("</div>")[0]
