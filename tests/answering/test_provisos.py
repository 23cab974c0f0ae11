"""What a rule's clause needs said beside it: its proviso and its other case."""

from __future__ import annotations

from assistant.answering.provisos import with_other_case, with_proviso, with_the_rest

RULE = "第八条 各部的设立、撤销或者合并，经总理提出，由全国人民代表大会决定；在全国人民代表大会闭会期间，由全国人民代表大会常务委员会决定。"


def test_a_rule_is_said_with_its_other_case_acting_through_the_same_verb():
    end = RULE.index("；")
    assert RULE[:with_other_case(RULE, 0, end, 160)].endswith("闭会期间，由全国人民代表大会常务委员会决定")


def test_a_semicolon_opening_another_act_or_no_case_adds_nothing():
    other_act = "由全国人民代表大会决定；在闭会期间，由常务委员会备案。"
    assert with_other_case(other_act, 0, other_act.index("；"), 160) == other_act.index("；")
    next_item = "由全国人民代表大会决定；常务委员会决定其他事项。"  # no condition opens it
    assert with_other_case(next_item, 0, next_item.index("；"), 160) == next_item.index("；")
    assert with_other_case(RULE, 0, RULE.index("；"), 40) == RULE.index("；")  # longer than the answer may be


def test_a_rule_is_said_with_its_proviso_only():
    rule = "考验期限为原判刑期以上一年以下，但是不能少于二个月。"
    assert rule[:with_proviso(rule, 0, rule.index("，"), len(rule), 160)].endswith("但是不能少于二个月")
    contrast = "上半年完成50亿元，但二季度仅完成20亿元。"
    assert with_proviso(contrast, 0, contrast.index("，"), len(contrast), 160) == contrast.index("，")


def test_a_clause_setting_some_aside_is_said_with_the_rests():
    text = "目前,我委14名退休干部,除3名退休干部因身体原因不能接种疫苗外,其余11名退休干部做到了应接全接。"
    aside = text.index("外") + 1
    assert text[:with_the_rest(text, 0, aside, len(text), 200)].endswith("其余11名退休干部做到了应接全接")
    # a clause after it on another matter, or a span not ending in the set-aside clause, is left as it is
    other = text.replace("其余11名", "我委组织")
    assert with_the_rest(other, 0, aside, len(other), 200) == aside
    assert with_the_rest(text, 0, text.index(",除"), len(text), 200) == text.index(",除")
    lifted = "已有12人解除隔离并返回省外，其他密切接触者继续接受医学观察。"  # 解除 sets nothing aside
    assert with_the_rest(lifted, 0, lifted.index("，"), len(lifted), 200) == lifted.index("，")
