"""The kinds of rule a law speaks of, one to a sentence: `法律之间…由全国人民代表大会常务委员会裁决。行政法规之间…
由国务院裁决。` Asked of one kind (`法律之间…由哪个机关裁决`, `法律签署公布后…在哪些载体上刊载`), a sentence ruling
another kind and not it (`行政法规签署公布后，及时在国务院公报…上刊载`) is another's rule: out of scope, as a
sentence naming another place is.
"""

from __future__ import annotations

from assistant.answering.question import Question

# Each kind as a law names it; the longer ones hold a shorter (部门规章 is a 规章), which holds for them. Not
# 司法解释, which laws write out (`…具体应用法律的解释`).
RULE_KINDS = ("法律", "行政法规", "地方性法规", "自治条例", "单行条例", "规章", "部门规章", "地方政府规章")


def other_kinds_of_rule(question: Question, text: str) -> list[str]:
    """The kinds of rule the question asks of that the text does not name while naming another kind."""
    asked = [kind for kind in question.of_kind("thing") if kind in RULE_KINDS]
    if not asked or not any(kind in text for kind in RULE_KINDS if kind not in asked):
        return []
    return [kind for kind in asked if kind not in text]
