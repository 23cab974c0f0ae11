"""Stems a person would write: a whole sentence that names its source and makes sense without
the passage, never a clause cut out of one (`除____退休干部因身体原因…外。` was one).

A stem is `根据《title》，` + a body. The body must hold a verb and must not open with a
conjunction or a preposition (jieba's part-of-speech tags `c`, `p`): a sentence cut at a
clause opens with `除`, `并`, `以`; it must end with the blank or choice mark and a full stop, or
a question mark.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ingest.normalize import to_simplified
from assistant.quiz.models import BLANK, CHOICE, Fact

ENDINGS = ("。", "？", CHOICE)
LIST_MARK = re.compile(r"^[\s(（]*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十\d]+[)）、.．]|[①-⑳])\s*")
OPENING_TAGS = ("c", "p")


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)  # the dictionary notice is noise in a CLI's output
    return jieba.posseg


def lead(fact: Fact) -> str:
    return f"根据《{to_simplified(fact.chunk.title).strip()}》，"


def body_is_sentence(body: str) -> bool:
    """Holds a verb, and does not open with a conjunction or preposition."""
    words = [word for word in _tagger().cut(body.replace(BLANK, "某").replace(CHOICE, "某"))
             if word.flag != "x" and word.word.strip()]
    if not words or words[0].flag in OPENING_TAGS:
        return False
    return any(word.flag.startswith("v") for word in words)


def is_full_sentence(stem: str) -> bool:
    """The test every stem passes (tests/quiz): ends properly, and its body is a sentence."""
    body = stem.split("》，", 1)[1] if stem.startswith("根据《") and "》，" in stem else stem
    return stem.endswith(ENDINGS) and body_is_sentence(body)


def sentence_with(fact: Fact, replacement: str, around_quotes: bool = False) -> str | None:
    """The fact's sentence with its answer replaced (by a blank, a choice mark or another value;
    `around_quotes`: its quotation marks too), ending with a full stop; None when the sentence
    is no sentence on its own."""
    text = to_simplified(fact.chunk.text)
    start, end = fact.answer_start, fact.answer_end
    if around_quotes and text[start - 1:start] == "“" and text[end:end + 1] == "”":
        start, end = start - 1, end + 1
    body = (text[fact.start:start] + replacement + text[end:fact.end]).strip()
    body = LIST_MARK.sub("", body)  # `二是…`, `三、…`, `③…`: the number belongs to the list, not the question
    body = re.sub(r"[；;，,：:、]$", "", body.rstrip("。！？!?"))
    if not body or not body_is_sentence(body):
        return None
    return body + "。"
