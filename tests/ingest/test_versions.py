"""What a document says about its own standing: 施行日期, 有效期, version date, what it repeals."""

from __future__ import annotations

from assistant.ingest.versions import version_facts

NOTICE = """某市民族团结进步促进办法

2019年3月1日 市人民政府第12次常务会议通过
2024年5月10日 市人民政府第30次常务会议修订

第一条 为了促进民族团结进步，制定本办法。
第二十条 本办法自2024年7月1日起施行，有效期5年。原《某市民族团结进步奖励暂行办法》同时废止。
"""


def test_a_revised_regulation_states_its_version_effect_and_what_it_repeals():
    facts = version_facts(NOTICE)
    assert facts.version_date == "2024-05-10" and facts.revised
    assert facts.effective == "2024-07-01" and facts.valid_until == "5年"
    assert facts.repeals == ["某市民族团结进步奖励暂行办法"]


def test_a_report_states_none_of_it():
    facts = version_facts("政府工作报告\n\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n")
    assert facts.to_dict() == {"effective": None, "valid_until": None, "version_date": None, "revised": False,
                               "repeals": []}


def test_a_header_entry_broken_over_lines_is_read_whole():
    header = ("代表法\n\n1992年4月3日 第七届全国人民代表大会第五次会议通过\n\n"
              "2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议《关于修改<…组织法>\n<…选举法>\n"
              "<…代表法>的决定》第三次修正\n\n第一条 为了…，制定本法。")
    facts = version_facts(header)
    assert facts.version_date == "2015-08-29" and facts.revised


def test_a_dated_line_that_is_no_entry_does_not_swallow_the_text():
    text = "2023年5月10日 来源：本网\n" + "正文一段。\n" * 6 + "关于印发方案的通知\n"
    assert version_facts(text).version_date is None  # `印发` six lines down is not that date's
