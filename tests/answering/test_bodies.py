"""Bodies as texts name them: by what their names end in, in full or abbreviated."""

from __future__ import annotations

from assistant.answering.bodies import goes_to_a_body, is_a_body, names_the_body


def test_bodies_by_what_their_names_end_in():
    assert is_a_body("统战部") and is_a_body("网信办") and not is_a_body("格局") and not is_a_body("举办")
    assert is_a_body("交通运输部") and is_a_body("社会保障部") and not is_a_body("基层干部") and not is_a_body("俱乐部")
    assert is_a_body("区政府") and is_a_body("市人民政府")  # a unit's government
    assert not any(map(is_a_body, ("政府", "地方政府", "中央政府", "法治政府", "各级人民政府")))
    assert names_the_body("区政府", "自治区人民政府办公厅印发") and not names_the_body("区政府", "区(中)直机关各单位")
    assert not names_the_body("市政府", "处理好市场和政府的关系") and not names_the_body("区政府", "社区向政府购买服务")


def test_a_body_is_named_by_its_abbreviation_or_its_full_name():
    assert names_the_body("人社厅", "区人力资源和社会保障厅结合欠薪案件清零专项行动")
    assert names_the_body("医保局", "区医疗保障局制作办事指南")
    assert names_the_body("民宗局", "廊坊市民族宗教事务局")  # through the abbreviations table too
    assert names_the_body("网信办", "中央网络安全和信息化委员会办公室")  # 委 may stand between
    assert not names_the_body("医保局", "区税务局加强办税服务厅")
    assert not names_the_body("政协", "市民委召开会议")


def test_a_full_name_asked_is_named_by_its_abbreviation_or_without_its_he():
    assert names_the_body("工业和信息化部", "工信部召开发布会") and names_the_body("国家卫生健康委", "国家卫健委印发")
    assert names_the_body("人力资源和社会保障部", "人力资源社会保障部办公厅")
    assert names_the_body("住房和城乡建设部", "住房城乡建设部") and names_the_body("国家发展改革委", "国家发改委")


def test_another_words_bu_or_another_bodys_ending_names_no_ministry():
    assert not names_the_body("财政部", "市财政局会同有关部门制定")  # 局 between
    assert not names_the_body("财政部", "市财政支出全部用于民生") and not names_the_body("指挥部", "市应急指挥中心部署工作")
    assert names_the_body("城管部", "城管部门还推广应用")  # as written: the question's 城管部 is the text's 城管部门


def test_an_ending_of_another_word_or_an_abbreviation_of_another_name_names_no_body():
    assert not names_the_body("医保局", "构建医疗保障工作新格局") and not names_the_body("网信办", "网络信息大赛举办")
    assert not names_the_body("医保局", "县医保办联合税务局开展")  # another body's ending between
    assert not names_the_body("教育部", "教育法这部法律") and not names_the_body("指挥部", "统一指挥救援部队开展搜救")
    assert not names_the_body("国防动员部", "国防部新闻发言人表示") and not names_the_body("中央宣传部", "中央部委联合印发")
    assert names_the_body("中央宣传部", "中宣部") and names_the_body("住房和城乡建设部", "住建部")


def test_where_it_goes_is_asked_of_a_person_or_of_a_bodys_kind():
    clause = "经营者应当事先向国务院反垄断执法机构申报"
    assert goes_to_a_body("两家公司要合并，得事先向哪个机构申报", clause)
    assert goes_to_a_body("该向谁申报", clause)
    assert not goes_to_a_body("哪个机构负责审查", clause)  # where nothing goes
    assert not goes_to_a_body("要向国务院反垄断执法机构申报吗，向谁申报", clause)  # the body the question names


def test_where_it_goes_is_asked_of_a_level_or_a_named_kind_and_a_congress_receives_it():
    assert goes_to_a_body("该向哪一级人民政府申请", "向上一级人民政府申请")
    assert goes_to_a_body("国务院向谁报告工作", "国务院向全国人民代表大会报告工作")


def test_a_local_office_asked_by_its_everyday_name_is_the_department_a_law_names_by_what_it_does():
    assert names_the_body("司法局", "对履行行政复议机构职责的地方人民政府司法行政部门的行政行为不服的")
    assert names_the_body("财政局", "财政部门应当加强监督") and names_the_body("税务局", "由税务机关依法征收")
    assert not names_the_body("司法局", "司法机关依法独立行使职权")  # the courts and procuratorates
    assert not names_the_body("公安局", "公安部部署")  # a ministry is no local office
