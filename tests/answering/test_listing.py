"""List answers: a span only counting what a list question asks for is no list."""

from __future__ import annotations

from assistant.answering.clauses import find_span
from assistant.answering.listing import introduces_the_asked_things, names_none_of_the_items, only_counts_the_items
from assistant.answering.question import analyse
from assistant.retrieval import Passage


def test_a_list_question_is_not_answered_by_how_many_there_are():
    which = analyse("廊坊那13个典型示范单位分别是哪些？")
    assert only_counts_the_items(which, "不断提升13个典型示范单位创建工作质量,争取进入全国、全省示范行列。")
    assert not only_counts_the_items(which, "确定13个典型示范单位：市第一中学、广阳区民族小学等。")
    # counted before a comma, then asked (`那11项任务清单，都有哪些`): what is counted is what is asked
    tasks = analyse("拉萨2022年模范区创建工作方案细化的那11项任务清单，都有哪些？列一下")
    assert only_counts_the_items(tasks, "制定印发《…工作方案》,细化分解11项任务清单,具体到责任单位")
    assert not only_counts_the_items(tasks, "细化分解11项任务清单：宣传教育、典型选树、示范创建等")
    assert not only_counts_the_items(tasks, "细化分解11项任务清单，分别是宣传教育、典型选树、示范创建")
    # a count of other things before the asked ones (`四大板块`) says nothing of them
    assert not only_counts_the_items(analyse("廊坊要民族县乡村融进什么发展大局"), "更好融入廊坊四大板块发展大局。")
    # `哪几家` after the count the question states; a clause naming the kind without counting names none either
    firms = analyse("廊坊那7家民品企业分别是哪几家？")
    assert only_counts_the_items(firms, "用足用好民品企业优惠政策,持续推动7家民品企业健康发展。")
    assert not only_counts_the_items(analyse("党代会聚焦了哪几件大事"), "聚焦“四件大事”,提出“四个创建”的目标任务。")
    # the question's count opens a longer phrase (`那5个示范县(区)示范单位`): the span repeating it names none
    units = analyse("拉萨向自治区民委推荐申报的那5个示范县（区）示范单位是哪几个")
    assert only_counts_the_items(units, "已向自治区民委推荐申报5个示范县(区)示范单位。")
    # counted in other words between the count and the thing (the question's `全国` the text leaves out)
    national = analyse("拉萨向自治区民委推荐的那5个全国示范县（区）示范单位，具体都是哪些")
    assert only_counts_the_items(national, "已向自治区民委推荐申报5个示范县(区)示范单位。")


def test_a_span_counting_the_asked_things_and_naming_them_after_answers():
    units = analyse("拉萨向自治区民委推荐申报的那5个示范县（区）示范单位是哪几个")
    assert not only_counts_the_items(units, "已推荐申报5个示范县(区)示范单位,分别是城关区、达孜区、墨竹工卡县。")


def test_the_asked_thing_introducing_its_items_is_the_list_not_one_item_of_another():
    kinds = analyse("会计法2017里会计帐簿包括哪几种")
    assert introduces_the_asked_things(kinds, "会计帐簿包括总帐、明细帐、日记帐和其他辅助性帐簿。")
    assert not introduces_the_asked_things(kinds, "不得违反本法和国家统一的会计制度的规定私设会计帐簿登记、核算。")
    assert not introduces_the_asked_things(kinds, "会计帐簿包括依照法律和规定设置的帐簿")  # 和 joins no items here


def test_a_list_question_is_not_answered_where_the_asked_kind_is_one_item_of_another_series():
    which = analyse("国务院组织法里国务院直属机构具体有哪些，列一下")
    assert names_none_of_the_items(which, "第十九条 国务院组成部门、直属机构、办事机构应当各司其职、各负其责、加强协调、密切配合。")
    assert names_none_of_the_items(which, "国务院组成部门和具有行政管理职能的直属机构以及法律规定的机构,可以制定规章。")
    assert names_none_of_the_items(which, "国务院按照规定程序设立若干直属机构主管各项专门业务。")  # some, not which
    assert not names_none_of_the_items(which, "国务院直属机构包括海关总署、国家税务总局、国家市场监督管理总局等。")
    assert not names_none_of_the_items(which, "直属机构、办事机构包括海关总署、国家税务总局等。")  # the series then lists
    assert not names_none_of_the_items(which, "直属机构及时报告工作。")  # 及时 joins nothing
    assert names_none_of_the_items(which, "国务院设立若干个直属机构主管各项专门业务。")
    # an item of the asked kind (`体育比赛`), or what the kind does as the item (`统战部门牵头协调`), lists it
    contests = analyse("区直机关还搞了哪些比赛、演出？")
    assert not names_none_of_the_items(contests, "举办民族团结进步座谈会、知识竞赛、体育比赛、文艺汇演等。")
    roles = analyse("乌兰浩特的民族工作格局里，政府和统战部门分别管什么")
    assert not names_none_of_the_items(roles, "形成了党委统一领导、政府依法管理、统战部门牵头协调、各部门通力合作的工作格局。")


def test_a_span_naming_only_the_item_set_aside_lists_none_of_the_others():
    others = analyse("西藏第一批15个自治区民族团结进步模范单位，除了区纪委监委机关还有哪些？列一下")
    assert names_none_of_the_items(others, "区纪委监委机关等15个单位被确定为第一批自治区民族团结进步模范单位。")
    assert not names_none_of_the_items(others, "区纪委监委机关、区党委宣传部等15个单位被确定为第一批模范单位。")


def test_which_bodies_act_is_answered_from_the_sentences_subject():
    text = ("第三十三条 全国人民代表大会法律委员会和有关专门委员会经审查认为司法解释同法律规定相抵触，而最高人民法院不予修改的，"
            "可以提出要求最高人民法院予以修改的议案，或者提出由全国人民代表大会常务委员会作出法律解释的议案。")
    passage = Passage("d", "监督法", "", None, None, text, 0, len(text), 1.0)
    start, end, _ = find_span(analyse("司法解释跟法律抵触、又不改的，哪些委员会可以提出要求修改的议案"), passage)
    assert "法律委员会和有关专门委员会" in text[start:end]  # who proposes, not the committee named after the verb
    start, end, _ = find_span(analyse("司法解释跟法律抵触、又不改的，可以提出哪些议案"), passage)
    assert "法律委员会" not in text[start:end]  # what is proposed: the clause alone


def test_a_quoted_set_named_without_its_items_lists_none_of_them():
    which = analyse("乌兰浩特说的“六个加强”具体是哪六个？")
    assert names_none_of_the_items(which, "坚持“六个加强”,采取“横向+纵向”把创建工作覆盖到各领域、各行业")
    # its items right after it, or before it, answer
    assert not names_none_of_the_items(which, "以“六个加强”(加强领导、加强宣传、加强保障),开展宣讲")
    assert not names_none_of_the_items(which, "加强领导、加强宣传、加强保障、加强队伍、加强经费、加强考核等“六个加强”")
    assert not names_none_of_the_items(which, "“六个加强”：加强组织领导，加强宣传教育")
    assert not names_none_of_the_items(which, "以“六个加强”为抓手。一是加强组织领导;二是加强宣传教育")
    # two things listed before it are not its six; a span not naming the set is judged otherwise
    assert names_none_of_the_items(which, "市委、市政府坚持“六个加强”,采取措施")
    assert not names_none_of_the_items(which, "加强组织领导、加强宣传教育")


def test_a_count_of_other_things_naming_an_item_is_not_the_asked_list_only_counted():
    units = analyse("拉萨向自治区民委推荐的那5个全国示范县（区）示范单位，具体都是哪些")
    assert not only_counts_the_items(units, "在5个县区中推荐城关区示范单位参评全国示范。")


def test_a_span_whose_every_noun_is_the_questions_own_names_no_item():
    asked = analyse("复议法2023：国务院行政复议机构已经发布过哪些指导性案例，列一下")
    assert names_none_of_the_items(asked, "国务院行政复议机构可以发布行政复议指导性案例")
    assert not names_none_of_the_items(asked, "国务院行政复议机构发布了张某诉某区人民政府案等指导性案例")
    hired = analyse("特定问题调查委员会可以聘请哪些人参加调查工作")
    assert not names_none_of_the_items(hired, "调查委员会可以聘请有关专家参加调查工作")
    # a series of doings names its items, and so does a doing the question does not say
    assert not names_none_of_the_items(analyse("春节期间禁止哪些行为"), "春节期间禁止燃放、焚烧、聚集。")
    assert not names_none_of_the_items(analyse("复工企业有什么要求"), "企业必须严格落实")


def test_a_quoted_item_set_aside_before_its_count_lists_none_of_the_others():
    others = analyse("日喀则政协协助自治区政协调研的7个课题，除了固体废物那个，还有哪些？列一下")
    text = "协助自治区政协围绕“实施固体废物处理和利用服务生态文明高地建设”等7个课题开展调研协商,形成区域性报告2篇"
    assert names_none_of_the_items(others, text)
    listed = text.replace("”等7个", "”“推进乡村振兴”等7个").replace("”“", "”、“")
    assert not names_none_of_the_items(others, listed)  # another item named beside it
