"""Who the people asked are, as a clause writes them (answering/people_asked.py): whose thing, whom a verb
or a preposition takes."""

from __future__ import annotations

from assistant.answering.people_asked import owner_before_the_owned, whom_the_verb_takes
from assistant.answering.question import analyse


def test_whose_thing_is_asked_is_answered_by_the_people_written_right_before_it():
    whose = analyse("乌兰浩特把民族工作和铸牢意识写进了谁的抓党建述职内容")
    assert owner_before_the_owned(whose, "把民族工作和铸牢中华民族共同体意识作为各级党组织书记抓党建述职内容")
    assert not owner_before_the_owned(whose, "把民族工作和铸牢中华民族共同体意识作为抓党建述职内容")  # no one's
    assert not owner_before_the_owned(whose, "各级党组织书记要带头抓党建")  # people, but not before what is owned


def test_whom_a_verb_or_preposition_asked_takes_is_the_people_written_right_after_it():
    organised = analyse("拉萨学雷锋那天做的H5，是组织谁去转载转发的？")
    assert whom_the_verb_takes(organised, "制作H5并组织网评员进行转载转发2000余次")
    assert not whom_the_verb_takes(organised, "制作H5并组织开展转载转发2000余次")  # no one organised
    assert not whom_the_verb_takes(organised, "制作H5并组织召开人大代表座谈会")  # a verb after it, not people (召开人)
    assert not whom_the_verb_takes(analyse("负责审批的是谁？"), "值得注意的是人民群众的满意度")  # 的是 is no verb taking anyone
    reported_to = analyse("选民直选的代表要向谁报告履职情况？")
    assert whom_the_verb_takes(reported_to, "由选民直接选举的代表应当以多种方式向原选区选民报告履职情况")
    assert not whom_the_verb_takes(reported_to, "代表应当向原选区选民介绍本级人民代表大会的情况")  # another verb after them
