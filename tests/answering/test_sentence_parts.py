"""Which part of a sentence a figure belongs to (sentence_parts.py), through the answers it lets through."""

from __future__ import annotations

from assistant.answering.sentence_parts import asked_of_another_part
from assistant.ingest.normalize import to_simplified

REPORT = ("在民主监督提质增效方面,选取《未成年人保护法》贯彻落实情况开展专项监督,发现反馈问题6项,提出意见建议16条;"
          "围绕“教育双减工作落实情况”开展视察,发现问题5个方面,提出意见建议12条;组织政协委员积极参与民主测评40余次。")


def test_a_figure_of_a_part_lacking_what_a_later_part_names_is_anothers():
    first, second = (0, REPORT.index(";") + 1), (REPORT.index(";") + 1, REPORT.rindex(";") + 1)
    assert asked_of_another_part(["双减"], REPORT, first, REPORT.index("发现反馈"), "")
    assert not asked_of_another_part(["双减"], REPORT, second, REPORT.index("发现问题5"), "")


def test_a_later_part_goes_on_about_what_an_earlier_one_names():
    text = "开展专项监督4次;围绕“教育双减工作落实情况”开展视察,发现问题5个方面;针对视察发现的问题,提出意见建议12条。"
    third = (text.rindex(";") + 1, len(text))
    assert not asked_of_another_part(["双减"], text, third, text.index("提出意见建议12条"), "")


def test_the_first_part_and_the_context_speak_for_every_part():
    second = (REPORT.index(";") + 1, REPORT.rindex(";") + 1)
    # 民主监督 opens the sentence: said of its later parts too
    assert not asked_of_another_part(["民主监督"], REPORT, second, REPORT.index("发现问题5"), "")
    first = (0, REPORT.index(";") + 1)
    assert not asked_of_another_part(["双减"], REPORT, first, REPORT.index("发现反馈"), "教育双减专题")  # the heading's


def test_a_figure_of_the_part_naming_the_thing_answers(corpus_assistant):
    answer = to_simplified(corpus_assistant.ask("日喀則政協搞雙減視察，發現了多少問題").answer)
    assert "5个方面" in answer and "6项" not in answer
