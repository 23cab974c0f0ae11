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
from assistant.answering.question import PERIOD_WORDS
from assistant.answering.stated_times import LAST_YEAR
from assistant.answering.text import CJK_CHAR

SET_AGAINST = re.compile(r"^(?P<first>[^，,]+?(?:多少|几)[^，,]*)[，,]\s*(?:跟|和|与|同)(?P<other>[^，,]{2,24}?)"
                         r"(?:相)?比(?:较|起来)?(?:一下)?[，,]?\s*(?:相)?差(?:了)?(?:多少|几)[^，,]{0,4}$")
PERIOD = rf"(?:\d{{2,4}}年|{'|'.join((*LAST_YEAR, *PERIOD_WORDS))}|[去前今本]年|上年度|上一?个?月|上一?个?季度|同期|\d{{1,2}}月)+"
AGAINST_A_PERIOD = re.compile(rf"(?:跟|和|与|同){PERIOD}(?:相)?比")


def against_a_period(text: str) -> bool:
    """Is what the question sets a figure against a period (`和去年比`, `与上年度相比`)?"""
    return AGAINST_A_PERIOD.search(text) is not None


def set_against(question: str) -> list[str]:
    """The two sides' questions, or [] when the question sets no figure against another's."""
    text = read_question(question).strip().rstrip("?？。！! ")
    found = SET_AGAINST.match(text)
    if found is None or against_a_period(text):
        return []
    first, other = found.group("first"), found.group("other").rstrip("的")
    places = place_words(other)
    if places and not CJK_CHAR.search(other.replace(places[0], "")):  # `跟拉萨比`: the first asked of 拉萨
        own = place_words(first)
        return [first, first.replace(own[0], places[0], 1) if own else places[0] + first]
    return [first, other + "是多少"]
