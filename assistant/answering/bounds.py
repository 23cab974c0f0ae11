"""The least or the most of something: a question asking a bound, and the clause stating it.

A law states a limit as a range and qualifies it (`拘役的缓刑考验期限为原判刑期以上一年以下，但是不能
少于二个月`): `考验期最少多久` asks the lower bound, which the clause after the range states; `最多能罚
多少` the upper one (`一百万元以上五百万元以下`), `授权最长能给几年` the `不得超过五年`. A bound counts
only written with its figure: `原判刑期以上` bounds by no figure.
"""

from __future__ import annotations

import re

from assistant.answering.figures import APPROXIMATE, ARABIC, CHAR_UNITS, CHINESE, WORD_UNITS

# A rule's modal between 不 and the comparison (`不得超过`, `不宜少于`); relation.py reads the same ones
# before a comparative (`不宜低于` states a bound, not which side is higher).
MODAL = "(?:得|能|应当?|宜|可)?"
# Not inside a name: `最高人民法院`, `最高检`, `最低生活保障`, `最低工资`, `最多跑一次`. Or asked in the rule's own
# words, the question word right after them (`管制不能超过多少`; not the condition `年收入不低于10万元的企业有多少`).
ASKED_IN_RULE_WORDS = r"(?=多少|几)"
LOWER_ASKED = re.compile(rf"最少|至少|最短|最低(?!生活|工资)|起码|下限|不{MODAL}(?:少于|低于|短于){ASKED_IN_RULE_WORDS}")
UPPER_ASKED = re.compile(rf"最多(?!跑)|最长|最高(?!人民|法|检)|至多|顶多|上限|不{MODAL}(?:超过|多于|高于|长于){ASKED_IN_RULE_WORDS}")
# A figure with its unit: a bound is on an amount (`六个月以上`, `五百万元以下`, `5个工作日以内`), never on what
# a text says above or below (`明确以下工作要求`, `按以上标准执行`); or a share (`执行原判刑期二分之一以上`).
FIGURE = rf"(?:(?:{ARABIC}|{CHINESE}){APPROXIMATE}(?:{WORD_UNITS}|[{CHAR_UNITS}]|个?月|年|日|天|周|倍)|{CHINESE}分之{CHINESE})"
LOWER_STATED = re.compile(rf"不{MODAL}(?:少于|低于|短于|小于)\s*{FIGURE}|(?:至少|最少|最低)\s*{FIGURE}|{FIGURE}以上")
UPPER_STATED = re.compile(rf"不{MODAL}(?:超过|多于|高于|长于|大于)\s*{FIGURE}|(?:至多|最多|最长|最高)\s*{FIGURE}|{FIGURE}(?:以下|以内)")


def states_the_bound_asked(question_text: str, clause: str) -> bool:
    """Does the clause state, with its figure, the bound the question asks (`最少…` a lower one,
    `最多…` an upper one)? False when it asks none, or both."""
    lower, upper = LOWER_ASKED.search(question_text), UPPER_ASKED.search(question_text)
    if bool(lower) == bool(upper):
        return False
    return bool((LOWER_STATED if lower else UPPER_STATED).search(clause))
