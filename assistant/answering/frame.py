"""A question's frame: the words written right before and right after its question word, which
an answering sentence writes around the answer.

`…农民工返岗包车，纳入哪项政策范围` is answered by `…纳入疫情防控应急运输绿色通道政策范围`: 纳入 before
the answer, 政策范围 after it. A sentence about the same topic that does not answer (`对政府组织的
农民工返岗包车免收高速公路通行费`) shares the topic words but not the frame. `国务院实行的是什么负责制`:
`国务院实行总理负责制` holds 国务院实行 … 负责制, `国务院组成部门实行部长…负责制` only 实行 … 负责制.
The frame ranks sentences that pass every other rule; a sentence writing all of it around
something says something new, however short (`总理`: sentences.py asks that of every answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.intents import WH_WORDS

# The question word with the measure word or 样/的 written after it (`哪项`, `什么样的`, `哪几个`).
QUESTION_WORD = re.compile(rf"(?:{WH_WORDS})(?:么|样|些|一|几)*[个项种类家位条份名次批级部本样]?的?")
# How a question is put around its question word (`实行的是什么`, `是个什么机关`, `都有哪些`): the
# text writes the answer without these.
FILLER_BEFORE = "的是为有了都要会能还就个叫"
FILLER_AFTER = "的是呢吗啊呀了"
ANCHOR_CHARS = 6  # of each side: the words nearest the answer
MIN_ANCHOR = 2  # a single character (`在`, `的`) frames nothing
MAX_GAP = 24  # the answer between the two sides, at most this long
SENTENCE_STOP = re.compile(r"[。；;！!？?\n]")
CONTENT = re.compile(r"[\u4e00-\u9fff\dA-Za-z]")


@dataclass(frozen=True)
class Frame:
    before: str  # the words right before the question word, as the text would write them
    after: str  # the words right after it


def frame_of(text: str) -> Frame | None:
    """The words around the first question word, each side cut at punctuation and stripped of how
    the question is put; None when either side has fewer than MIN_ANCHOR characters."""
    asked = QUESTION_WORD.search(text)
    if asked is None:
        return None
    before = re.split(r"[，,；;：:。？?！!\s]", text[:asked.start()])[-1].rstrip(FILLER_BEFORE)[-ANCHOR_CHARS:]
    after = re.split(r"[，,；;：:。？?！!\s]", text[asked.end():])[0].lstrip(FILLER_AFTER).rstrip(FILLER_AFTER)[:ANCHOR_CHARS]
    if len(before) < MIN_ANCHOR or len(after) < MIN_ANCHOR:
        return None
    return Frame(before, after)


def frame_fit(frame: Frame | None, sentence: str) -> float:
    """How much of the frame the sentence writes around something new: the longest end of the
    words before and the longest start of the words after, at most MAX_GAP characters apart in one
    sentence, as a share of both sides (0 when the sentence does not write both)."""
    if frame is None:
        return 0.0
    best = 0
    for before_chars in range(len(frame.before), MIN_ANCHOR - 1, -1):
        ending = frame.before[-before_chars:]
        for match in re.finditer(re.escape(ending), sentence):
            after_chars = _after_within_gap(frame.after, sentence[match.end():match.end() + MAX_GAP + len(frame.after)])
            if after_chars:
                best = max(best, before_chars + after_chars)
        if best:
            break  # a shorter end of the words before fits no better
    return best / (len(frame.before) + len(frame.after))


def _after_within_gap(after: str, following: str) -> int:
    """The characters of the longest start of `after` written in `following` past a gap with some
    content and no sentence end; 0 when none is."""
    for chars in range(len(after), MIN_ANCHOR - 1, -1):
        position = following.find(after[:chars], 1)
        while position > 0:
            gap = following[:position]
            if SENTENCE_STOP.search(gap):
                break
            if CONTENT.search(gap):
                return chars
            position = following.find(after[:chars], position + 1)
    return 0
