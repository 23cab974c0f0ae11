"""A figure asked, then set against another's: two sides, each asked its own figure.

`日喀则政协文明实践活动搞了多少场，跟拉萨铸牢宣讲的场次比差多少` asks the first as written and the other
side's own (`拉萨铸牢宣讲的场次是多少`); by how much is the reader's to see. The other side named by its
place alone (`…，跟拉萨比差多少`) is asked what the first is, of that place (`拉萨…搞了多少场`). Set against a
period (`和去年同期比差多少`, `跟上年度相比差多少`) it is one thing's change over time: no second side.
"""

from __future__ import annotations

import re

from assistant.answering.asking import read_question
from assistant.answering.places import place_words
from assistant.answering.asked_times import PERIOD_WORDS
from assistant.answering.stated_times import LAST_YEAR
from assistant.answering.text import CJK_CHAR

SET_AGAINST = re.compile(r"^(?P<first>[^，,]+?(?:多少|几)[^，,]*)[，,]\s*(?:跟|和|与|同)(?P<other>[^，,]{2,24}?)"
                         r"(?:相)?比(?:较|起来)?(?:一下)?[，,]?\s*(?:相)?差(?:了)?(?:多少|几)[^，,]{0,4}$")
PERIOD = rf"(?:\d{{2,4}}年|{'|'.join((*LAST_YEAR, *PERIOD_WORDS))}|[去前今本]年|上年度|上一?个?月|上一?个?季度|同期|\d{{1,2}}月)+"
AGAINST_A_PERIOD = re.compile(rf"(?:跟|和|与|同){PERIOD}(?:的[\u4e00-\u9fff]{{1,8}}?)?(?:相)?比")  # `跟去年同期的人数比一比`


# Two figures set beside each other by the same measure (a count: 条数, 人次, 金额, 数量), neither asked how much
# (`拉萨上半年…宣传报道民族团结的条数，跟户外宣传的条数比一比`): each side is asked its own.
SET_BESIDE = re.compile(r"^(?P<first>[^，,]+?的(?P<measure>[\u4e00-\u9fff][数次额量]))[，,]\s*(?:跟|和|与|同)(?P<other>[^，,]{2,30}?的(?P=measure))"
                        r"(?:相)?(?:比一比|(?:比较|对比|比)一下|比比|相比|对比)$")


def against_a_period(text: str) -> bool:
    """Is what the question sets a figure against a period (`和去年比`, `与上年度相比`)?"""
    return AGAINST_A_PERIOD.search(text) is not None


def set_against(question: str) -> list[str]:
    """The two sides' questions, or [] when the question sets no figure against another's."""
    text = read_question(question).strip().rstrip("?？。！! ")
    if against_a_period(text):
        return []
    if beside := SET_BESIDE.match(text):  # not the same thing's of another period (`跟去年同期的人数比一比`)
        if re.match(PERIOD, beside.group("other")):
            return []
        first, other = beside.group("first") + "是多少", beside.group("other").removesuffix("的" + beside.group("measure"))
        return _of_the_place(first, other) or [first, beside.group("other") + "是多少"]
    found = SET_AGAINST.match(text)
    if found is None:
        return []
    first, other = found.group("first"), found.group("other").rstrip("的")
    return _of_the_place(first, other) or [first, other + "是多少"]


def _of_the_place(first: str, other: str) -> list[str]:
    """`…，跟拉萨比`, `…，跟日喀则的人数比一比`: the other side names only a place, so it is the first asked of
    that place; [] when it names more."""
    places = place_words(other)
    if not places or CJK_CHAR.search(other.replace(places[0], "")):
        return []
    own = place_words(first)
    return [first, first.replace(own[0], places[0], 1) if own else places[0] + first]
