"""Two things compared, one question a side (sides.py)."""

from __future__ import annotations

from assistant.answering.sides import compared_sides


def asked(question: str) -> list[str]:
    return [standalone for _, standalone in compared_sides(question)]


def test_parallel_phrases_ending_on_the_same_words_are_the_sides():
    assert asked("拘役缓刑和有期徒刑缓刑，考验期最少各是多久？") == [
        "拘役缓刑,考验期最少是多久?", "有期徒刑缓刑,考验期最少是多久?"]
    # each side as many words of its own, back to a break: 全国, not `提质询案,全国`
    assert asked("提质询案，全国人大常委会和设区的市人大常委会要的联名人数有啥区别？") == [
        "提质询案,全国人大常委会要的联名人数", "提质询案,设区的市人大常委会要的联名人数"]


def test_by_how_much_two_sides_differ_asks_each_sides_figure():
    assert asked("全国人大常委会和县级人大常委会提质询案，联名人数要求差多少？") == [
        "全国人大常委会提质询案,联名人数要求是多少", "县级人大常委会提质询案,联名人数要求是多少"]


def test_a_figure_set_against_anothers_asks_the_others_own():
    assert asked("日喀则政协文明实践活动搞了多少场，跟拉萨铸牢宣讲的场次比差多少？") == [
        "日喀则政协文明实践活动搞了多少场", "拉萨铸牢宣讲的场次是多少"]
    assert asked("日喀则搞了多少场，跟拉萨比差多少") == ["日喀则搞了多少场", "拉萨搞了多少场"]  # the place alone: the first of it
    assert asked("收集了多少诉求，和去年同期比差多少") == []  # a change over time: one thing, no second side
    assert asked("收集了多少诉求，和2021年比差多少") == [] and asked("收集的诉求和上年度比差多少") == []
    # two sides each changed over time stay two sides
    assert len(asked("拉萨和日喀则的游客人数，与去年相比各增长了多少？")) == 2


def test_a_clause_of_just_the_two_sides():
    assert asked("会计法里，私设账本和做假账，对单位的罚款有啥不一样") == [
        "会计法里,私设账本,对单位的罚款", "会计法里,做假账,对单位的罚款"]
    # a phrase and a place are no parallel clause: the place is the side
    assert asked("拉萨民委建议参照的阿里地区和林芝市，民族团结创建经费分别是多少")[1] == \
        "拉萨民委建议参照的林芝市,民族团结创建经费是多少"


def test_two_years_differing_in_one_figure_are_asked_a_year_each():
    assert asked("2024年和2025年的赤字率目标有啥不一样？") == ["2024年的赤字率目标是多少", "2025年的赤字率目标是多少"]
    # a topic changed between two years is each year's figure, should no versions of one title be
    # indexed (changes.py answers first when they are); the reports as wholes only changes.py answers
    assert asked("2024年和2025年相比，赤字率有什么变化") == ["2024年,赤字率是多少", "2025年,赤字率是多少"]
    assert asked("24年和25年的政府工作报告有什么不同") == []  # two-digit years too
    assert asked("24年和25年的政府工作报告有哪些重要变化") == []
    assert asked("北京和上海的落户政策有什么变化") == []  # how each changed: no side's figure
    assert asked("中央预算内投资，24年和25年各安排多少，哪个多")[0] == "中央预算内投资,2024年安排多少"
    # a bid to compare after the question (`…各靠啥来打造？比一比`) is no side's question
    assert asked("乌兰浩特要树的“红色创建品牌”跟“绿色创建品牌”，各靠啥来打造？比一比") == [
        "乌兰浩特要树的“红色创建品牌”,靠啥来打造?", "乌兰浩特要树的“绿色创建品牌”,靠啥来打造?"]
    # said relative to the report named: each its own question, scope reads it against the report's year
    assert asked("2025政府工作报告：超长期特别国债，去年和今年各安排了多少？比一比") == [
        "2025政府工作报告:超长期特别国债,去年安排了多少?", "2025政府工作报告:超长期特别国债,今年安排了多少?"]


def test_ge_naming_a_side_is_not_each():
    # the 各 of 各委员会 names a side; the 各 before 设 asks each
    assert asked("拉萨上半年理论学习中心组和机关支部各集中学习了几次") == [
        "拉萨上半年理论学习中心组集中学习了几次", "拉萨上半年机关支部集中学习了几次"]
    assert all("各委员会各" not in part for part in asked("各部的副部长和各委员会的委员各设几个"))


def test_how_two_sides_differ_in_kind_asks_no_figure():
    assert asked("私设账本和做假账的处罚有什么差异") == ["私设账本的处罚", "做假账的处罚"]  # 差异 is no 差多少
    assert asked("拉萨和日喀则一样吗") == []  # the sides alone ask nothing of either
    for compare in ("比一比", "比较一下", "对比一下", "比一下", "比比"):
        assert asked(f"日喀则政协提案的办复率和满意率{compare}") == ["日喀则政协提案的办复率", "日喀则政协提案的满意率"]
    # a shared end inside a word is none: 全国人大 and 全国人大常委会 are two sides
    assert asked("全国人大和全国人大常委会的立法权限有什么不同") == ["全国人大的立法权限", "全国人大常委会的立法权限"]
    assert asked("普通程序与简易程序，出决定的期限各是多少")[1] == "简易程序,出决定的期限是多少"  # 与 tagged p


def test_a_question_comparing_nothing_has_no_sides():
    assert asked("拉萨民委上半年开了几次党组会议") == []
    assert asked("国务院由哪些人组成") == []


def test_a_side_reaches_back_to_what_bounds_its_phrase():
    # 留抵 and 退税 are tagged verbs; the side runs back to the time word 去年
    assert asked("去年增值税留抵退税和新增减税降费各超过多少") == ["去年增值税留抵退税超过多少", "去年新增减税降费超过多少"]
    assert asked("2024年的赤字率和赤字规模各是多少") == ["2024年的赤字率是多少", "2024年的赤字规模是多少"]


def test_a_side_opening_with_a_time_word_has_its_parallel_side_open_with_one():
    assert asked("民族团结宣传教育，上半年工作方案和下半年思路各说要抓好几个统筹") == [
        "民族团结宣传教育,上半年工作方案说要抓好几个统筹", "民族团结宣传教育,下半年思路说要抓好几个统筹"]


def test_a_shared_pointer_is_no_shared_end():
    # both end in 那篇, which points at a page and names none: the sides are the two clauses' phrases
    assert asked("区直机关创模范单位那篇和日喀则政协那篇综述，分别是哪个网站发的") == [
        "区直机关创模范单位那篇,是哪个网站发的", "日喀则政协那篇综述,是哪个网站发的"]


def test_two_asks_listed_with_a_pause_mark_are_no_sides():
    assert compared_sides("拉萨民委结对帮扶应届高校毕业生，出了几名干部、帮了几个大学生，比一比") == []


def test_a_name_holding_a_count_word_is_a_side():
    assert len(compared_sides("马里和几内亚的援助项目分别是多少")) == 2


def test_two_sides_joined_by_the_spoken_gen_are_each_asked():
    assert asked("阿里地区跟林芝市搞创建的经费，比一比各是多少") == ["阿里地区搞创建的经费,是多少", "林芝市搞创建的经费,是多少"]  # the shared verb and the bidding are no side's
    assert compared_sides("拉萨市和云南普洱合作成立了什么，跟哪个地方合作的") == []  # 跟 asking whom: no second side


def test_the_side_asked_of_is_joined_in_the_clause_asking():
    # the 和 of the clause holding 各, not the 、 of the clause before; each side with its 的, the ordinary case
    # asked with no words of its own (the rule says it first)
    assert asked("会计法2024第四十二条：授意、指使别人做假账，一般的和情节严重的罚款各是多少？比一比") == [
        "会计法2024第四十二条:授意、指使别人做假账,罚款是多少?", "会计法2024第四十二条:授意、指使别人做假账,情节严重的罚款是多少?"]


def test_the_ordinary_case_is_the_thing_the_other_side_is_a_case_of():
    assert asked("一般的和重大的事故，罚款各是多少") == ["事故,罚款是多少", "重大的事故,罚款是多少"]
    assert asked("普通的和加急的，各要几天") == ["普通的,要几天", "加急的,要几天"]  # nothing named: as written


def test_two_clauses_set_beside_each_other_are_the_sides():
    assert asked("拉萨民委改进作风实施方案列的整改措施，跟领导干部“四查四问”提的整改措施，各多少条？比一比") == [
        "拉萨民委改进作风实施方案列的整改措施,多少条?", "领导干部“四查四问”提的整改措施,多少条?"]
    assert compared_sides("按照会计法，和2017年版相比，罚款上限各是多少") == []  # what it is set against: no side
