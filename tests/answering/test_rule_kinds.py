"""The kind of rule a sentence rules: another kind's sentence is out of a question's scope."""

from __future__ import annotations

from assistant.answering.question import analyse
from assistant.answering.rule_kinds import other_kinds_of_rule
from assistant.answering.scope import Scope

ASKED = analyse("法律之间对同一事项的新的一般规定与旧的特别规定不一致，不能确定如何适用时，由哪个机关裁决")


def test_a_sentence_ruling_another_kind_of_rule_and_not_the_one_asked_is_another_rules():
    assert other_kinds_of_rule(ASKED, "行政法规之间对同一事项的新的一般规定与旧的特别规定不一致,由国务院裁决") == ["法律"]
    assert not other_kinds_of_rule(ASKED, "法律之间对同一事项的新的一般规定与旧的特别规定不一致,由全国人民代表大会常务委员会裁决")
    assert not other_kinds_of_rule(ASKED, "法律、行政法规之间不一致的,由有关机关裁决")  # both named
    assert not other_kinds_of_rule(ASKED, "不能确定如何适用时,由有关机关裁决")  # no kind named: the article's
    assert not other_kinds_of_rule(analyse("规章签署公布后在哪刊载"), "部门规章签署公布后,及时在国务院公报上刊载")  # a 规章


def test_scope_reads_the_kind_of_rule_of_a_sentence_or_of_an_articles_heading():
    other = "第七十八条 行政法规签署公布后,及时在国务院公报上刊载"
    asked = analyse("法律签署公布后，法律文本在哪些载体上刊载")
    assert Scope(other, "", other, "", "中华人民共和国立法法", None, other).missing(asked) == ["法律"]
    assert Scope("", "", "", other, "中华人民共和国立法法", None, other).missing(asked) == ["法律"]  # a section's heading


def test_kinds_are_read_as_written_longest_first_and_not_inside_other_words():
    assert other_kinds_of_rule(analyse("行政法规签署公布后，在哪些载体上刊载"), "法律签署公布后,及时在报纸上刊载") == ["行政法规"]
    assert not other_kinds_of_rule(analyse("单位应当遵守哪些法律"), "各单位应当建立健全内部规章制度")  # no kind of rule
    assert not other_kinds_of_rule(analyse("部门规章签署公布后在哪刊载"), "规章签署公布后在公报上刊载")  # the wider kind
