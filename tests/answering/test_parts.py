"""Several facts asked at once, one question a fact (parts.py)."""

from __future__ import annotations

from assistant.answering.parts import question_parts, with_qualifiers


def asked(question: str) -> list[str]:
    return [standalone for _, standalone in question_parts(question)]


def test_two_quantities_compared_are_each_asked_for():
    assert asked("拉萨民委上半年职级晋升的和岗位交流的干部，哪个多？") == [
        "拉萨民委上半年职级晋升的干部有多少", "拉萨民委上半年岗位交流的干部有多少"]  # the shared head noun, the subject
    assert asked("阿里地区和林芝市的经费哪个多") == ["阿里地区的经费有多少", "林芝市的经费有多少"]
    # a year named on one side scopes both
    assert asked("乌兰浩特和廊坊2021年的少数民族发展资金哪个多")[0].startswith("2021年乌兰浩特")


def test_the_bidding_to_compare_is_no_words_of_either_sides_question():
    assert asked("拉萨民委上半年理论学习中心组和机关支部各集中学习了几次，比一比") == [
        "拉萨民委上半年理论学习中心组集中学习了几次", "拉萨民委上半年机关支部集中学习了几次"]
    assert not any("比一比" in side for side in asked("日喀则政协办复率和满意率比一比"))


def test_what_two_sides_are_compared_by_is_asked_of_each():
    assert asked("青年节和儿童节谁放的假长") == ["青年节放的假多久", "儿童节放的假多久"]  # 长: a length of time
    assert asked("春节和国庆节哪个放假时间长？") == ["春节放假时间多久", "国庆节放假时间多久"]


def test_a_comparison_with_a_side_the_documents_do_not_hold_is_refused(corpus_assistant):
    answer = corpus_assistant.ask("日喀则政协和山南政协2022年哪个收到的提案多？")
    assert answer.refused and answer.intent == "multi_fact"  # not 日喀则's figure beside "山南: not found"


def test_sides_asked_each_with_one_the_documents_do_not_hold_is_refused(corpus_assistant):
    answer = corpus_assistant.ask("拉萨和山南各拿到多少少数民族发展资金？")
    assert answer.refused  # not 拉萨's figure beside "山南: not found"


def test_a_question_in_traditional_script_is_cut_into_the_same_parts():
    simplified = question_parts("拉萨民委有多少退休干部,几个因为身体原因没打疫苗")
    assert question_parts("拉薩民委有多少退休幹部,幾個因爲身體原因沒打疫苗") == simplified
    assert simplified[1][1] == "拉萨民委几个退休干部因为身体原因没打疫苗"  # what the later part counts


def test_two_questions_typed_apart_by_a_space_are_two_parts_but_keywords_are_one():
    assert asked("拉萨下基层大接访收集了多少个诉求 解决了多少个") == ["拉萨下基层大接访收集了多少个诉求", "拉萨下基层大接访解决了多少个"]
    assert asked("拉萨 退休干部 疫苗 没打 几个") == ["拉萨 退休干部 疫苗 没打 几个"]  # one fact asked
    assert len(asked("拉萨民委 什么时候 召开 多少次 党组会")) == 1  # keywords: no piece asks on its own


def test_two_questions_typed_one_after_the_other_are_two_parts():
    assert asked("刑法2023：剥夺政治权利一般多长？判了死刑、无期的咋办") == [
        "刑法2023，剥夺政治权利一般多长", "刑法2023，判了死刑、无期的咋办"]
    assert len(asked("拉萨民委有哪些举措？包括什么内容？")) == 1  # the second names nothing: the first list's contents
    # a change asked after a figure is the first figure's thing's change
    assert asked("2022年全国粮食产量是多少？比上年增产多少？")[1] == "2022年全国粮食产量比上年增产多少"
    assert asked("全市共有多少家市场主体？比上年增加多少")[1] == "全市比上年增加多少"  # the thing after its question word
    assert asked("拉萨搞民族团结创建的钱跟阿里、林芝比差多少？各是多少钱")[1] != "拉萨搞民族团结创建的钱跟阿里、林芝比差各是多少钱"
    # the first part's subject, read with its spoken question word
    assert asked("代表法2025：代表因刑事案件被羁押，代表职务咋处理？由哪个机构向常委会报告")[1] == \
        "代表法2025，代表因刑事案件被羁押，代表职务由哪个机构向常委会报告"


def test_a_question_with_one_side_is_one_part():
    assert asked("拉萨民委上半年哪个月开会多") == ["拉萨民委上半年哪个月开会多"]


def test_both_figures_of_a_comparison_are_answered_side_by_side(corpus_assistant):
    answer = corpus_assistant.ask("日喀则政协自己形成的调研报告和协助自治区政协形成的区域性报告，哪个多")
    assert "调研报告5篇[1]" in answer.answer and "区域性报告2篇[2]" in answer.answer


def test_a_comparison_word_before_the_question_word_belongs_to_neither_side():
    assert asked("拉萨民委上半年集中学习和专题研讨相比哪个多") == [
        "拉萨民委上半年集中学习有多少", "拉萨民委上半年专题研讨有多少"]
    assert len(asked("拉萨民委上半年开了几次会，和下半年比哪个多")[0]) < 14  # a side asking its own question is no side


def test_the_same_thing_asked_for_two_years_is_one_question_a_year():
    assert question_parts("中央预算内投资，２４年和２５年各安排多少？") == [
        ("2024年", "中央预算内投资,2024年安排多少"), ("2025年", "中央预算内投资,2025年安排多少")]
    assert [standalone for _, standalone in question_parts("赤字规模2024年跟2025年比一比")] == [
        "赤字规模2024年是多少", "赤字规模2025年是多少"]
    assert len(question_parts("2024年和2023年的政府工作报告有什么不同")) == 1  # what changed: answering/changes.py


def test_what_changed_between_two_years_is_not_split():
    assert len(question_parts("比较2023年和2024年的政府工作报告有何不同")) == 1
    assert len(question_parts("2024年和2025年相比，赤字率有什么变化")) == 2  # a topic: each year's (sides.py)


def test_two_questions_in_one_message_are_two_parts():
    assert asked("日喀则市政协机关有多少人上了防疫一线？委员参与疫情防控多少人次？") == [
        "日喀则市政协机关有多少人上了防疫一线", "日喀则市政协机关委员参与疫情防控多少人次"]


def test_a_later_ask_said_to_be_another_makes_two_parts_of_two_what_questions():
    assert len(asked("刑法2020：死缓期间没故意犯罪的，二年期满减成啥；确有重大立功的，又减成啥")) == 2
    assert len(asked("意识形态工作要牢牢把握哪两个权，宣传又坚持啥方针")) == 2
    assert len(asked("有哪些举措，包括什么内容")) == 1  # one list question, asked twice over


def test_a_fact_and_how_listed_with_dun_are_two_parts_but_one_persons_name_and_post_one():
    assert len(asked("立法法2015 常委会审法律案一般要审几次、第一次审是咋审的")) == 2
    assert len(asked("赤康村那场活动，自治区民委去的是哪位领导、什么职务")) == 1
    # which body acts, listed beside a fact, is a fact of its own
    assert len(asked("监督法2006 预算调整初步方案要提前多久、送哪个委员会初审")) == 2
    assert len(asked("预算调整方案是什么、由哪些人员组成")) == 1  # no fact asked beside it


def test_how_many_items_are_wanted_is_no_second_question():
    assert asked("刑法2023 行贿罪哪些情形要从重处罚，列几条") == ["刑法2023 行贿罪哪些情形要从重处罚"]
    assert len(asked("行贿罪哪些情形要从重处罚，几种情形判十年以上")) == 2  # a fact asked after it still is one


def test_one_question_word_asking_of_two_things_is_one_question_each():
    assert asked("日喀則政協2022年開了幾次黨組會議和主席會議") == [
        "日喀则政协2022年开了几次党组会议", "日喀则政协2022年开了几次主席会议"]
    assert asked("日喀则政协有哪些原则和要求") == ["日喀则政协有哪些原则和要求"]  # a list: the section holding both


def test_ge_standing_alone_asks_each_side_and_which_one_wins_is_left_to_the_reader():
    assert asked("拉萨上半年理论学习中心组和机关支部各集中学习了几次？") == [
        "拉萨上半年理论学习中心组集中学习了几次?", "拉萨上半年机关支部集中学习了几次?"]
    assert asked("包联指导县区和指导乡镇联络办建设各坚持了几年，哪个更久") == [
        "包联指导县区坚持了几年", "包联指导乡镇联络办建设坚持了几年"]
    assert len(asked("拉萨民委各族干部有多少人")) == 1  # 各族: one word, no side
    # each side asked with 各 before `哪个多`: the sides are 班子 and 班子成员, not a side holding 各多少条
    assert asked("民主生活会查摆的问题，班子和班子成员各多少条，哪个多？") == [
        "民主生活会查摆的问题,班子多少条", "民主生活会查摆的问题,班子成员多少条"]


def test_two_sides_are_never_answered_by_one_clause(corpus_assistant):
    # `列出重点任务清单14项` sits beside both 方案: the second is sought on its own
    answer = corpus_assistant.ask("拉萨的宣传教育工作方案和模范区创建工作方案，任务清单各列了几项？")
    assert "14项" in answer.answer and "11项任务清单" in answer.answer and len(answer.citations) == 2


def test_context_before_the_first_fact_asked_is_every_facts_context(corpus_assistant):
    parts = asked("日喀則政協搞《未成年人保護法》專項監督，發現了幾項問題、提了多少條建議？")
    assert parts[1] == "日喀则政协搞《未成年人保护法》专项监督，提了多少条建议"  # read in Simplified script
    answer = corpus_assistant.ask("日喀則政協搞《未成年人保護法》專項監督，發現了幾項問題、提了多少條建議？")
    assert "问题6项[1]" in answer.answer and "建议16条[2]" in answer.answer  # not the year's 77 suggestions


def test_the_document_named_before_a_colon_is_every_facts_context():
    parts = asked("放假办法2013：劳动节放几天、国庆节放哪几天？")
    assert len(parts) == 2 and all(part.startswith("放假办法2013") for part in parts)
    assert "国庆节" in parts[1]


def test_a_later_part_keeps_a_subject_holding_a_verbal_noun():
    assert asked("拉萨民委民主生活会查摆了多少问题，又提了多少条整改措施？")[1].startswith("拉萨民委民主生活")

    # context before the first fact, and the subject after it, both carried
    assert asked("2022年上半年，拉萨市民委召开党组会议多少次，集中学习几次")[1] == "2022年上半年，拉萨市民委集中学习几次"


def test_a_first_part_opening_with_a_verb_the_tagger_reads_still_lends_its_opening_words():
    # 复议 is tagged a verb, so no subject is read; the words before 多少 are what both parts are of
    assert asked("复议机关多少天内要作决定？最多还能延长几天？") == ["复议机关多少天内要作决定", "复议机关最多还能延长几天"]
    # a first part opening with what was done has no subject to lend: one question
    assert asked("召开了多少次会议，参加了多少人") == ["召开了多少次会议，参加了多少人"]


def test_a_later_part_naming_its_own_topic_keeps_only_the_first_parts_qualifiers():
    assert with_qualifiers("户外宣传又有多少条", "拉萨各类媒体宣传报道民族团结多少条次") == "拉萨户外宣传又有多少条"
    assert with_qualifiers("主席会议开了几次", "日喀则政协2022年开了几次党组会议") == "日喀则政协2022年主席会议开了几次"  # in the order the first part names them


def test_a_later_part_led_back_to_the_first_parts_clause_is_answered_by_its_own(corpus_assistant):
    answer = corpus_assistant.ask("拉萨各类媒体宣传报道民族团结多少条次，户外宣传又有多少条？")
    assert "140余条次" in answer.answer and "260余条" in answer.answer and len(answer.citations) == 2


def test_a_later_part_carries_a_subject_named_by_a_verb_and_its_noun():
    # 展销 is tagged a verb; with 中心 it names the thing the question is about, up to its question word
    assert asked("健康茶展销中心什么时候开业？在哪里？") == ["健康茶展销中心什么时候开业", "健康茶展销中心在哪里"]
    assert asked("拉萨民委收集了多少诉求？解决了多少？")[1] == "拉萨民委解决了多少"  # 收集 is what was done
    # the nouns before a thing counted are what was done to it, not the subject
    assert asked("日喀则政协召开主席会议几次？通过决议多少项？")[1] == "日喀则政协通过决议多少项"
    assert asked("拉萨民委发放补贴资金多少元？惠及多少户？")[1] == "拉萨民委惠及多少户"


def test_a_later_count_naming_nothing_counts_what_the_first_part_counted():
    assert asked("拉萨民委有多少退休干部，几个因为身体原因没打疫苗")[1] == "拉萨民委几个退休干部因为身体原因没打疫苗"
    assert "委员" not in asked("日喀则政协一共有多少名委员，常委有多少人")[1]  # 常委 is counted, before the count word
    assert asked("拉萨民委下基层一共接访了多少群众、走访了多少户？")[1].endswith("走访了多少户")  # 户 count households
    assert "群众" not in asked("拉萨民委接访多少群众，办结了几个？")[1]  # a verb's object: cases, not people


def test_a_quoted_name_in_the_subject_is_carried_whole():
    assert asked("拉萨市民委“四查四问”自己查出多少问题，又提了多少条整改措施？")[1] == "拉萨市民委“四查四问”又提了多少条整改措施"


def test_two_figures_set_beside_each_other_by_the_same_measure_are_each_asked():
    sides = asked("拉萨上半年各类媒体宣传报道民族团结的条数，跟户外宣传的条数比一比")
    # the later side naming no place or period of its own is asked within the first's
    assert sides == ["拉萨上半年各类媒体宣传报道民族团结的条数是多少", "拉萨上半年户外宣传的条数是多少"]
    assert len(asked("拉萨民委上半年接访群众的人数，跟去年同期的人数比一比")) == 1  # one thing over time
    assert len(asked("拉萨今年民族团结工作的做法，跟日喀则的做法比一比")) == 1  # 做法 is no measure
    # the other side naming only a place is the first asked of that place
    assert asked("拉萨接访群众的人数，跟日喀则的人数比一比") == ["拉萨接访群众的人数是多少", "日喀则接访群众的人数是多少"]


def test_a_question_typed_apart_naming_its_own_subject_is_not_the_first_ones():
    assert asked("国务院办公厅由谁领导？国务院的日常工作由谁负责处理？") == ["国务院办公厅由谁领导", "国务院的日常工作由谁负责处理"]



def test_a_later_question_naming_the_first_ones_body_without_its_place_keeps_the_place():
    assert "拉萨市" in asked("拉萨市民委有多少名干部？民委有几个科室？")[1]


def test_a_set_pointed_at_is_what_the_next_clause_asks_of_not_a_count_asked():
    question = "乌兰浩特那几个专项推进组，牵头单位都是哪些部门"
    assert question_parts(question) == [(question, question)]
    assert len(question_parts("乌兰浩特有几个专项推进组，牵头单位是谁")) == 2  # a count asked is a part


def test_several_said_as_many_is_no_count_asked():
    # `好几个部门都要查`: context for how they work together, not a count asked beside it
    question = "会计法2024：财政、审计、税务好几个部门都要查同一家单位的账，法律上咋协调"
    assert question_parts(question) == [(question, question)]
    assert len(question_parts("会计法2024：有几个部门查账，法律上咋协调")) == 2  # 几个 alone still asks
    assert len(question_parts("监督法2006：执法检查组十几个人，组长由谁当")) == 1


def test_a_later_part_is_asked_of_the_first_ones_body_not_of_its_day():
    assert question_parts("拉萨民委4月28日那个部署会签了几份责任书？上半年选拔任用了几名干部")[1][1] == "拉萨民委上半年选拔任用了几名干部"
