"""Where-questions (sentences.py): a venue the question does not already name — a place of
the unit asked (`哪个街道`, `哪条路`), a location, or the organisation hosting it — and
figures counted in the document's own classifiers (`块`), so a placeholder (`xx块`) is none."""

from __future__ import annotations


def test_a_venue_is_a_place_of_the_unit_asked_or_the_host(corpus_assistant):
    assert "乃琼街道" in corpus_assistant.ask("加木村人居环境整治项目在哪个街道").answer
    assert "西农集团" in corpus_assistant.ask("拉萨5月12日那场低氟茶培训在什么地方搞的").answer


def test_no_street_named_is_a_refusal(corpus_assistant):
    assert corpus_assistant.ask("健康茶展销中心在拉萨哪条街上").refused


def test_a_placeholder_is_no_figure(corpus_assistant):
    # the 乌兰浩特 plan writes `增设xx块LED显示屏`: a count asked in 块 finds no number
    assert corpus_assistant.ask("乌兰浩特市 增设LED显示屏 块数").refused
