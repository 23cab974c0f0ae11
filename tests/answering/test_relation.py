"""Which of two things wins, when one sentence relates them (answering/relation.py)."""

from __future__ import annotations

from assistant.answering.question import analyse
from assistant.answering.relation import relation_stated
from assistant.retrieval import Passage


def _related(question: str, text: str) -> str | None:
    passage = Passage("law", "某法", "", "2024-01-01", None, text, 0, len(text), 1.0, "law-0")
    found = relation_stated(analyse(question), [passage], lambda doc_id: text)
    return text[found[1]:found[2]] if found else None


def test_a_clause_with_one_side_before_the_comparative_and_the_other_after_answers():
    assert _related("法律和行政法规哪个效力高", "第九十九条 法律的效力高于行政法规、地方性法规、规章。") is not None
    assert _related("东部地区和西部地区哪个增速高", "西部地区增速高于东部地区。") == "西部地区增速高于东部地区"


def test_a_bound_a_rule_sets_says_no_side_wins():
    assert _related("城市和农村低保标准哪个高", "农村低保标准不得低于城市低保标准的60%。") is None


def test_sides_sharing_their_words_are_read_as_written():
    assert _related("东部地区和西部地区哪个增速高", "中部地区增速高于东北地区。") is None  # 地区 alone is any region


def test_a_comparative_of_another_degree_relates_nothing_asked():
    assert _related("法律和规章哪个效力高", "法律的效力先于规章。") is None
