"""Does a text hold an answer of the kind asked (answering/kind_answered.py): who does something,
and a figure of what is asked rather than of another thing."""

from __future__ import annotations

from assistant.answering.acting import acting_body
from assistant.answering.kind_answered import answers, asks_a_holder, holds_answer_kind
from assistant.answering.question import analyse


def test_a_body_charged_after_you_with_the_verb_asked_answers_who_does_it():
    asked = analyse("年度监督工作计划由谁通过")
    assert acting_body(asked, "年度监督工作计划由委员长会议或者主任会议通过并向社会公布")
    assert acting_body(analyse("这项工作由谁牵头"), "由市委组织部牵头")
    assert not acting_body(analyse("重要请示报告由谁签署"), "应向国务院请示报告，由国务院决定")  # another verb
    # `由谁来` asked (the tagger's one word is no topic), answered past the bodies named beside the first
    organising = analyse("监督法2024：常委会的执法检查具体由谁来组织实施")
    assert "由谁来" not in organising.of_kind("thing")
    long_bodies = "常务委员会执法检查工作由本级人民代表大会有关专门委员会或者常务委员会有关工作机构具体组织实施"
    assert acting_body(organising, long_bodies)
    assert not acting_body(organising, long_bodies.replace("具体组织实施", "负责报告工作"))  # another verb
    # a body opening the sentence acts too, a clause of how between it and the verb
    making = analyse("立法法2023：海南自由贸易港法规由谁制定")
    hainan = "海南省人民代表大会及其常务委员会根据法律规定，制定海南自由贸易港法规，在海南自由贸易港范围内实施"
    assert acting_body(making, hainan)
    assert not acting_body(making, hainan.replace("制定", "实施"))  # another verb
    assert not acting_body(making, "经济特区法规、浦东新区法规、海南自由贸易港法规报送备案时，应当说明变通的情况")
    # on what grounds it acts, between the body and its verb (立法法2015 第六十六条)
    drafting = analyse("国务院年度立法计划由哪个机构拟订")
    plan = "国务院法制机构应当根据国家总体工作部署拟订国务院年度立法计划，报国务院审批"
    assert acting_body(drafting, plan)
    assert not acting_body(drafting, plan.replace("根据国家总体工作部署拟订", "根据国家总体工作部署审查"))  # another verb
    # the verb inside the grounds (`根据国务院制定的标准`) is another's act
    assert not acting_body(analyse("具体标准由哪个机关制定"), "省人民政府根据国务院制定的标准，确定本省的具体办法。")
    # which body, asked by its kind (`由哪个部门来定`), is who acts as well
    deciding = analyse("营业额计算的具体办法由哪个部门来定？")
    assert deciding.acting_verb == "定"
    assert acting_body(deciding, "具体办法由国务院反垄断执法机构会同国务院有关部门制定")
    # a body's long name, and another body beside it, before the verb (代表法2015 第二十四条)
    passing = analyse("县级以上代表视察形成的报告由哪个机构转交有关机关")
    reports = "由本级人民代表大会常务委员会办事机构或者乡、民族乡、镇的人民代表大会主席团转交有关机关、组织"
    assert acting_body(passing, reports) and not acting_body(passing, reports.replace("转交", "研究"))
    # a body acting towards someone (`…部门对…乡承诺`) is who acts
    promised = analyse("廊坊大围河回族满族乡的帮扶资金和项目是谁承诺的？")
    assert acting_body(promised, "抓好市直有关部门对大围河回族满族乡承诺帮扶资金、项目的落实")
    assert not acting_body(promised, "抓好市直有关部门对大围河回族满族乡帮扶资金、项目的落实")  # no promise stated
    assert not acting_body(promised, "市场监管部门对企业承诺的事项进行核查")  # the enterprise promised


def test_a_post_asked_after_the_question_word_is_named_by_whoever_answers():
    deputy = analyse("拉萨市民委的宣传创建科归哪位副主任分管？")
    assert holds_answer_kind(deputy, "宣传创建科由张明副主任分管")
    assert not holds_answer_kind(deputy, "以市人大常委会党组书记、主任贺鹏为组长，市人大分管领导为副组长")  # no 副主任
    assert holds_answer_kind(analyse("宣传创建科归谁分管？"), "以市人大常委会党组书记、主任贺鹏为组长")  # no post asked


def test_whoever_is_named_between_you_and_the_verb_asked_is_charged_with_it():
    paying = analyse("嘉定菊园新区集中隔离点隔离期间的费用由谁承担？")
    assert acting_body(paying, "隔离期间费用由单位和个人承担")  # no body, still who pays
    assert acting_body(paying, "所需费用由区财政统一承担")
    assert not acting_body(paying, "由企业向菊园新区申报")  # another verb
    assert not acting_body(paying, "费用由谁承担，尚未明确")  # the question's own `由谁`
    assert not acting_body(paying, "造成损失的，由其承担赔偿责任")  # a pronoun names no one
    assert acting_body(analyse("企业员工的隔离费用由谁承担？"), "由企业承担")  # though the question says 企业 too


def test_a_clause_that_is_only_the_body_leaves_its_verb_to_the_sentence():
    assert acting_body(analyse("放假日期由谁来定"), "由各少数民族聚居地区的地方人民政府")
    assert not acting_body(analyse("这项工作由谁牵头"), "所需经费由市财政局")


def test_words_holding_you_that_name_no_one_acting_are_not_read_as_bodies():
    assert not acting_body(analyse("项目由谁验收"), "对自由贸易区管理局的项目验收")
    assert not acting_body(analyse("由谁来定"), "由委托人自行确定")


def test_who_someone_is_or_whom_something_is_done_to_asks_no_acting_body():
    assert not acting_body(analyse("委员长是谁"), "由委员长会议决定")
    assert not acting_body(analyse("应当向谁报告"), "由县级人民政府向上一级人民政府报告")


def test_who_holds_a_post_is_answered_by_a_name_not_by_the_body_acting():
    asked = analyse("现在的全国人大常委会委员长是谁")
    assert asks_a_holder(asked)  # 委员长 is a post of its own, not 委员
    assert not holds_answer_kind(asked, "全国人民代表大会常务委员会监督宪法和法律的实施")
    # a phrase jieba's dictionary tags as a name (宣传教育) names no one
    assert not holds_answer_kind(analyse("区直机关工委 书记"), "先后印发区直机关开展民族团结进步宣传教育工作方案")


def test_a_figure_right_after_another_things_name_is_no_amount_of_what_is_asked():
    asked = analyse("地方政府专项债券安排了多少亿元")
    assert not answers(asked, "分两期投放政策性开发性金融工具7400亿元")  # 金融工具's amount
    assert answers(asked, "今年拟安排地方政府专项债券3.8万亿元")
    assert answers(analyse("2023 专项债 额度"), "专项债券3.8万亿元")
    assert answers(analyse("2022年GDP是多少亿元"), "全市实现地区生产总值5000亿元")  # the thing asked, by its full name's characters


def test_who_acts_is_a_post_the_question_does_not_already_name():
    handover = analyse("会计机构负责人离职办交接，由谁来监交")
    assert answers(handover, "由单位负责人监交")
    assert not answers(handover, "会计机构负责人(会计主管人员)办理交接手续")  # whose handover it is
    assert not answers(handover, "由会计机构负责人(会计主管人员)监交")  # 一般会计人员's
    assert answers(analyse("副总理由谁提名"), "副总理由总理提名")  # 总理 is named only inside 副总理
    assert answers(analyse("国务院秘书长由谁领导"), "国务院秘书长在总理领导下")
    # a law charges heads by level: 省长 and 州长 are posts too, but not where a place name runs through them
    assert answers(analyse("地方政府规章由谁签署命令公布"), "地方政府规章由省长、自治区主席、市长或者自治州州长签署命令予以公布")
    assert not answers(analyse("李明担任什么职务？"), "李明到湖南省长沙市调研")
    assert not answers(analyse("长期护理保险基金由谁管理？"), "全省长期护理保险试点工作稳步推进")


def test_a_post_asked_for_is_another_than_the_one_asked_of():
    assisting = analyse("国务院里协助秘书长工作的是啥职务？")
    assert answers(assisting, "国务院设副秘书长若干人，协助秘书长工作")  # 副秘书长, though 秘书长 is asked of
    assert not answers(assisting, "国务院秘书长协助工作")  # only the post asked of
    assert answers(analyse("贺鹏在拉萨市委担任什么职务"), "拉萨市委常委贺鹏出席工作会议")  # a person asked of: the post before the name


def test_a_ministry_departments_head_is_a_post_but_not_inside_a_company():
    asked = analyse("消费品工业司司长是谁")
    assert not answers(asked, "消费品工业司副司长曹学军在新闻发布会上说")
    assert answers(asked, "消费品工业司司长何亚琼在新闻发布会上说")


def test_a_figure_after_parts_listed_and_totalled_is_the_wholes_not_a_quoted_parts():
    sentence = "把相关政策归纳整合为降低企业运营成本、加大援企稳岗力度、加强金融服务保障等5大方面，涉及35个奖补扶持项目"
    assert not answers(analyse("“加大援企稳岗力度”方面包含多少个奖补扶持项目？"), sentence)
    assert answers(analyse("申报指南一共涉及多少个奖补扶持项目？"), sentence)


def test_a_figure_of_an_item_the_question_sets_aside_is_no_answer():
    asked = analyse("日喀则政协去年除了中心组学习、党组会这些，别的学习会一共开了多少次")
    assert not answers(asked, "年内召开理论学习中心组学习会议17次、党组会议10次")
    assert answers(asked, "其他学习会议40余次")


def test_the_post_a_role_question_names_is_where_its_holder_is_told():
    deputy = analyse("乌兰浩特民族团结进步工作领导小组的副组长是由啥职务的领导担任的")
    assert not holds_answer_kind(deputy, "完善了市委、政府主要领导任组长的民族团结进步工作领导小组")  # the head's post
    assert holds_answer_kind(deputy, "市委副书记任副组长的民族团结进步工作领导小组")


def test_whom_an_application_goes_to_is_the_body_it_is_made_to():
    asked = analyse("对海关这些垂直领导的机关不服，该向谁申请复议")
    assert answers(asked, "向上一级主管部门申请行政复议")
    assert not answers(analyse("这项工作由谁牵头"), "向上一级主管部门申请行政复议")  # no application asked
    assert answers(analyse("有较大意见分歧的，经报秘书长同意后向谁报告"), "经报秘书长同意向主任会议报告")  # a meeting receives it


def test_who_may_do_what_is_asked_is_the_party_a_rule_names_by_its_role():
    asked = analyse("有权申请行政复议的法人或者其他组织终止的，由谁申请行政复议")
    assert answers(asked, "其权利义务承受人可以申请行政复议")
    assert answers(asked, "其近亲属可以申请行政复议")
    assert not answers(asked, "其权利义务承受人可以查阅材料")  # another verb
    assert not answers(analyse("近亲属以外，由谁申请行政复议"), "其近亲属可以申请行政复议")  # the party the question names


def test_who_gives_what_is_asked_is_charged_after_by_as_the_giver():
    paying = analyse("没有固定工资收入的代表执行职务，补贴由谁来补")
    assert acting_body(paying, "根据实际情况由本级财政给予适当补贴")
    assert not acting_body(paying, "由本法补充规定")  # 由本法 names the law, no one charged


def test_who_does_the_verb_to_what_is_asked_is_named_right_before_it():
    contact = analyse("党外委员是由谁负责联系的")
    assert contact.acting_verb == "联系"  # in charge of contacting: 联系 is what is done
    assert answers(contact, "落实党组成员联系党员委员、党员委员联系党外委员等制度")
    assert not answers(contact, "落实党组成员联系党员委员")  # done to others
    assert analyse("这项工作由谁负责").acting_verb == "负责"
    assert analyse("代表向选民报告履职情况由谁定期组织").acting_verb == "组织"  # how often is no verb
    assert analyse("由谁定期").acting_verb == "定期" and analyse("由谁来").acting_verb is None
    assert analyse("代表证 谁制发").acting_verb == "制发"  # read with 谁 before it: alone, 制 + 发
    assert analyse("国务院常务会议由哪些人员组成").acting_verb == "组成"  # people asked by their kind


def test_a_bound_asked_with_no_unit_is_answered_by_the_bound_in_years():
    assert answers(analyse("数罪并罚时拘役最高不能超过多少"), "拘役最高不能超过一年")
    assert not answers(analyse("拘役一共判了多少"), "拘役最高不能超过一年")  # no bound asked: 年 is no unit asked


def test_reviewed_readings_of_who_does_it():
    assert analyse("这事由谁负责呢").acting_verb == "负责"  # a particle after 负责 is no verb
    contact = analyse("党外委员是由谁负责联系的")
    for other in ("机关工作人员联系负责人", "秘书人员联系委员长会议", "各级领导干部联系党外人士"):
        assert not answers(contact, other)  # what is done to is the whole phrase asked
    applying = analyse("有权申请行政复议的法人或者其他组织终止的，由谁申请行政复议")
    assert not answers(applying, "，个人申请行政复议的，应当提交材料")  # a case the rule sets, no party acting


def test_a_holder_asked_of_a_body_is_not_one_holding_that_post_in_another():
    asked = analyse("拉萨市民委现在的主任叫啥名")
    assert not holds_answer_kind(asked, "成立了以市人大常委会党组书记、主任贺鹏为组长的领导小组")
    assert holds_answer_kind(asked, "拉萨市民委党组书记、主任张三主持会议")
    assert holds_answer_kind(analyse("拉萨市人大常委会主任是谁"), "成立了以市人大常委会党组书记、主任贺鹏为组长的领导小组")


def test_a_holder_in_the_asked_body_written_in_full_or_without_its_level_is_its_own():
    # a 和 inside the body's full name, and the asked body's level the text leaves out
    assert holds_answer_kind(analyse("市发改委主任是谁"), "市发展和改革委员会党组书记、主任王五主持会议")
    assert holds_answer_kind(analyse("市民委主任是谁"), "民委主任王五")
    assert analyse("由哪些人民法院管辖").acting_verb is None  # the 人 of 人民 asks no people


def test_whose_opinion_is_a_named_body_not_a_phrase_ending_as_one():
    assert not answers(analyse("按谁的意见修改的实施方案？"), "实施方案修改后推动形成区域协调发展新格局")


def test_a_body_opening_the_sentence_acts_past_the_bodies_beside_it_and_how_it_acts():
    organising = analyse("代表法2015：选民直选的代表要向谁报告履职情况？由谁定期组织")
    text = "县级人民代表大会常务委员会和乡、民族乡、镇的人民代表大会主席团应当定期组织本级人民代表大会代表向原选区选民报告履职情况。"
    assert organising.acting_verb == "组织" and acting_body(organising, text)
    assert not acting_body(organising, text.replace("定期组织", "定期听取"))  # another verb
    assert acting_body(analyse("由哪个机关通知当事人"), "人民检察院及时通知有关机关和当事人。")  # 及时 joins no body
    assert acting_body(analyse("违反规定的，由哪个机关给予处分？"), "监察机关依法给予处分。")  # the act a light verb carries
