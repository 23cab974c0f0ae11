"""Things named together before a figure (`通用技术集团、国药集团、华润集团等…采购口罩6721.66万只`): the
figure is theirs together, so a figure question naming one of them alone is out of its scope
(scope.py asks this of every candidate sentence of a figure question)."""

from __future__ import annotations

import re

from assistant.answering.places import place_words
from assistant.answering.question import Question
from assistant.tokens import tagged

# Things named together with a figure after them in their clause (`通用技术集团、国药集团、华润集团等…采购口罩
# 6721.66万只`): items of a few characters, no figure among them.
NAMED_TOGETHER = re.compile(r"(?:[^、，,。；;：:\d]{2,12}、)+[^、，,。；;：:\d]{2,12}等(?=[^，,。；;]*?\d)")


def named_among_others(question: Question, sentence: str) -> list[str]:
    """The word naming what the question asks a figure of, where the sentence names it only
    as one of several things before a figure (`通用技术集团、国药集团、华润集团等…累计已…采购口罩
    6721.66万只`): the figure is theirs together, not its own. The word is one of the question's
    that only its item holds (国药, not 集团); the others are not asked about."""
    words = [term.text for term in question.terms if len(term.text) >= 2
             and (term.kind in ("body", "place") or term.kind == "thing" and term.flag.startswith("n"))]  # not 参与
    for together in NAMED_TOGETHER.finditer(sentence):
        items = together.group().removesuffix("等").split("、")
        items[0] = _without_its_place(_after_the_last_verb(items[0]))
        own = {word for word in words for item in items
               if word in item and sum(word in other for other in items) == 1 and sentence.count(word) == 1}
        if own and len({item for item in items if any(word in item for word in own)}) == 1:
            return sorted(own)
    return []


def _after_the_last_verb(item: str) -> str:
    """The first thing named together without the words of its clause before its last verb
    (`各界别委员参与救治病人` → 病人: the members did it, they are not named among the things); a verb
    opening the item (`通用技术集团`: 通用/v) leaves it whole."""
    words = tagged(item)
    last = max((i for i, (_, flag) in enumerate(words[:-1]) if i > 0 and flag.startswith(("v", "p"))), default=-1)
    return "".join(word for word, _ in words[last + 1:])


def _without_its_place(item: str) -> str:
    """The first thing named together without a place opening it (`武汉市金银潭医院、协和医院等` →
    金银潭医院): that place is where all of them are, not one of the things."""
    for place in place_words(item):
        if item.startswith(place) and len(item) - len(place) >= 2:
            return item[len(place):]
    return item
