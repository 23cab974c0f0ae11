"""The least or the most of something: a question asking a bound, and the clause stating it.

A law states a limit as a range and qualifies it (`拘役的缓刑考验期限为原判刑期以上一年以下，但是不能
少于二个月`): `考验期最少多久` asks the lower bound, which the clause after the range states; `最多能罚
多少` the upper one (`一百万元以上五百万元以下`), `授权最长能给几年` the `不得超过五年`. A bound counts
only written with its figure: `原判刑期以上` bounds by no figure.
"""

from __future__ import annotations

import re

LOWER_ASKED = re.compile(r"最少|至少|最短|最低|起码|下限")
UPPER_ASKED = re.compile(r"最多|最长|最高|至多|顶多|上限")
NUMBER = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万亿两半]+)"
UNIT_BETWEEN = r"[^\d，,。；;、：:（）()]{0,3}"  # `六个月以上`, `五百万元以下`
LOWER_STATED = re.compile(rf"(?:不(?:能|得|应当?)?(?:少于|低于|短于)|至少|最少|最低)\s*{NUMBER}|{NUMBER}{UNIT_BETWEEN}以上")
UPPER_STATED = re.compile(rf"(?:不(?:能|得|应当?)?(?:超过|多于|高于|长于)|最多|最长|最高|至多)\s*{NUMBER}|{NUMBER}{UNIT_BETWEEN}(?:以下|以内)")


def states_the_bound_asked(question_text: str, clause: str) -> bool:
    """Does the clause state, with its figure, the bound the question asks (`最少…` a lower one,
    `最多…` an upper one)? False when it asks none, or both."""
    lower, upper = LOWER_ASKED.search(question_text), UPPER_ASKED.search(question_text)
    if bool(lower) == bool(upper):
        return False
    return bool((LOWER_STATED if lower else UPPER_STATED).search(clause))
