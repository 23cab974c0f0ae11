"""What a rule's clause needs said beside it: without these the answer states what the law does not.

A proviso after it (`…原判刑期以上一年以下，但是不能少于二个月`), and the rule's other case after a
semicolon, acting through the same verb (`…经总理提出，由全国人民代表大会决定；在全国人民代表大会闭会
期间，由全国人民代表大会常务委员会决定`): `按什么程序决定` is answered by both.
"""

from __future__ import annotations

import re

from assistant.answering.places import EXCEPTED
from assistant.answering.text import clauses

# Only a rule's proviso (what must or must not be, or is excepted): `…完成50亿元，但二季度仅完成20亿元`
# sets another figure against it.
PROVISO = re.compile(r"[，,]\s*但(?:是|书)?(?!凡|愿)")
RULE_WORDS = re.compile(r"不(?:得|能|应|宜|可)|不(?:少|多|低|高|超过)于?|应当|必须|除外|另有规定")
# The other case opens with its condition: a period (`在…闭会期间`, `…时`) or a case (`…的，`).
OTHER_CASE = re.compile(r"[；;]\s*(?:在[^，,。；;]{1,24}(?:期间|时|情况下)|[^，,。；;]{2,24}的)[，,]")
VERB_CHARS = 2  # what the two cases end in alike: the verb (`决定`, `批准`) or what it metes out (`有期徒刑`)
CASE_END = re.compile(r"[。；;]")


def with_proviso(text: str, start: int, end: int, sentence_end: int, limit: int) -> int:
    """The span's end grown by the proviso right after it, within `limit` characters of its start."""
    if not PROVISO.match(text, end):
        return end
    following = next(iter(clauses(text[end:sentence_end], end)), None)
    if following is None or following[1] - start > limit or not RULE_WORDS.search(text[following[0]:following[1]]):
        return end
    return following[1]


THE_REST = re.compile(r"\s*(?:其他|其它|其余|另外|别的)")


def with_the_rest(text: str, start: int, end: int, sentence_end: int, limit: int) -> int:
    """The span's end grown by the rest's clause when it ends setting some aside (`除3名退休干部…不能接种疫苗外，
    其余11名退休干部做到了应接全接`): the figure set aside is not what the sentence says of the rest."""
    if not any(aside.end() == end for aside in EXCEPTED.finditer(text, start, sentence_end)):
        return end  # `除3名退休干部因身体原因…外` ends the span, not `…解除隔离…` (places.EXCEPTED)
    following = next(iter(clauses(text[end:sentence_end], end)), None)
    if following is None or following[1] - start > limit or not THE_REST.match(text[following[0]:following[1]].lstrip("，, ")):
        return end
    return following[1]


def with_other_case(text: str, start: int, end: int, limit: int) -> int:
    """The span's end grown by the rule's other case after its semicolon, when that case ends in the same
    two characters the span ends in (the same act, done otherwise then), within `limit` characters."""
    if not OTHER_CASE.match(text, end):
        return end
    stop = CASE_END.search(text, end + 1)
    case_end = stop.start() if stop else len(text)
    verb = text[start:end].rstrip()[-VERB_CHARS:]
    said = text[end:case_end].rstrip()
    if len(verb) < VERB_CHARS or not said.endswith(verb) or case_end - start > limit:
        return end
    return case_end
