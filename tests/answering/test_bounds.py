"""The bound a question asks and the clause stating it (answering/bounds.py)."""

from __future__ import annotations

from assistant.answering.bounds import states_the_bound_asked


def test_the_least_asked_is_stated_with_its_figure():
    asked = "拘役缓刑考验期最少多久"
    assert states_the_bound_asked(asked, "但是不能少于二个月")
    assert states_the_bound_asked("有期徒刑最短几个月", "有期徒刑的期限，为六个月以上十五年以下")
    assert not states_the_bound_asked(asked, "拘役的缓刑考验期限为原判刑期以上一年以下")  # bounded by no figure


def test_the_most_asked_is_an_upper_bound_and_no_bound_asked_credits_none():
    assert states_the_bound_asked("授权最长能给几年", "授权的期限不得超过五年")
    assert states_the_bound_asked("最多能罚多少", "可以并处一百万元以上五百万元以下的罚款")
    assert not states_the_bound_asked("最多能罚多少", "但是不能少于二个月")
    assert not states_the_bound_asked("能罚多少", "不得超过五年")  # no bound asked


def test_no_bound_is_read_from_a_name_nor_from_what_a_text_says_above_or_below():
    assert not states_the_bound_asked("最高人民法院的解释多少天内报备案", "处五日以下拘留")
    assert not states_the_bound_asked("最低生活保障标准每月多少钱", "60周岁以上老年人")
    assert not states_the_bound_asked("最多几条", "进一步明确以下工作要求")
    assert states_the_bound_asked("最少多久", "不宜少于三个月") and states_the_bound_asked("最多几天", "5个工作日以内")


def test_a_bound_is_asked_in_the_rules_own_words_and_may_be_a_share():
    assert states_the_bound_asked("管制不能超过多少", "但是管制最高不能超过三年")
    assert states_the_bound_asked("判有期徒刑的至少要执行多少", "执行原判刑期二分之一以上")
    assert not states_the_bound_asked("管制不能超过多少", "执行原判刑期二分之一以上")  # a lower bound


def test_a_bound_set_as_a_condition_is_not_asked():
    assert not states_the_bound_asked("年收入不低于10万元的企业有多少", "年收入10万元以上的企业享受优惠")
    assert states_the_bound_asked("管制不宜超过多少", "期限不得超过三年")  # any modal of a rule
    assert states_the_bound_asked("期限不应当超过几年", "期限不得超过三年")
