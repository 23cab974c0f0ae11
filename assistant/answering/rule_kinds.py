"""The kinds of rule a law speaks of, one to a sentence: `法律之间…由全国人民代表大会常务委员会裁决。行政法规之间…
由国务院裁决。` Asked of one kind (`法律之间…由哪个机关裁决`, `法律签署公布后…在哪些载体上刊载`), a sentence ruling
another kind and not it (`行政法规签署公布后，及时在国务院公报…上刊载`) is another's rule: out of scope, as a
sentence naming another place is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.places import TITLE
from assistant.answering.question import Question

# Each kind as a law names it, longest first: a longer one holds a shorter (部门规章 is a 规章), and names it. Not
# 司法解释, which laws write out (`…具体应用法律的解释`).
RULE_KINDS = ("地方政府规章", "地方性法规", "行政法规", "部门规章", "自治条例", "单行条例", "法律", "规章")
# A kind as written, not inside another word: `法律责任`, `法律规定`, `法律法规` and `规章制度` name no kind of rule.
KIND_WRITTEN = re.compile(rf"(?:{'|'.join(RULE_KINDS)})(?!责任|规定|依据|意识|知识|援助|服务|法规|制度|效力)")


def kinds_named(text: str) -> set[str]:
    """The kinds of rule the text names, each with the shorter kinds it holds (部门规章: 规章 too)."""
    named = {match.group() for match in KIND_WRITTEN.finditer(TITLE.sub("", text))}
    return named | {kind for kind in RULE_KINDS for longer in named if kind in longer}


def other_kinds_of_rule(question: Question, text: str) -> list[str]:
    """The kinds of rule the question asks of that the text does not name (nor a wider kind holding it: 规章 for
    部门规章) while naming another kind."""
    asked = _kinds_asked(question.text)
    written = kinds_named(text)
    others = [kind for kind in written if not any(kind in own or own in kind for own in asked)]
    if not asked or not others:
        return []
    return sorted(kind for kind in asked if not any(wider in kind for wider in written))


@lru_cache(maxsize=256)
def _kinds_asked(question: str) -> frozenset[str]:
    """The narrowest kinds the question names (部门规章, not the 规章 it holds), read once per question: every
    sentence's scope asks."""
    named = kinds_named(question)
    return frozenset(kind for kind in named if not any(kind != other and kind in other for other in named))
