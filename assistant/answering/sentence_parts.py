"""Which part of a sentence a figure belongs to.

A sentence reporting several pieces of work sets them apart with semicolons, each part with its own
figures: `选取《未成年人保护法》贯彻落实情况开展专项监督,发现反馈问题6项,…;围绕“教育双减工作落实情况”开展视察,
发现问题5个方面,…`. Asked `双减视察发现了多少问题`, the 6项 of the first part is the 专项监督's, not the
视察's: a word of the question written only in a later part than the figure's says the figure is another
item's (measured on every tests/data set and ncp-dev: +3 −0, with the sides mended in sides.py). The first
part is not such a sibling: it opens the sentence with what all parts share (the body,
the year: `日喀则市政协…`), so a word found only there does not set the later parts' figures aside.
"""

from __future__ import annotations

from assistant.answering.coverage import term_credit
from assistant.answering.focus import NOUN_FLAGS
from assistant.answering.question import Question
from assistant.answering.text import SENTENCE_BREAKS
from assistant.ingest.normalize import normalize

PART_BREAKS = "；;"
# Only a rare word sets a part apart (index.term_rarity: 1.5 in one passage, 1.0 unknown, 0.5 in all): one common
# in the documents (`规定`, `领导干部`) is written in any part and says nothing of whose figure it is
RARE = 1.2


def rare_names(question: Question) -> list[str]:
    """The bodies and things the question names by a noun rare in the documents."""
    return [term.text for term in question.terms if (term.kind == "body" or term.kind == "thing" and term.flag.startswith(NOUN_FLAGS))
            and question.rarity.get(term.text, 1.0) >= RARE]


def asked_of_another_part(named: list[str], text: str, sentence: tuple[int, int], position: int, context: str) -> bool:
    """Is a thing the question names (`named`: rare nouns and bodies; verbs are any part's) written in the sentence only
    in parts after the one holding `position`, and not in the `context` said of the whole sentence (its heading, title,
    lead)? An earlier part names what the parts after it go on about (`…开展视察,发现问题5个方面;针对视察发现的问题,
    提出意见建议12条`)."""
    parts = _parts(text, *_whole_sentence(text, *sentence))
    own = next((i for i, (start, end) in enumerate(parts) if start <= position < end), 0)
    for term in named:
        if term_credit(term, context):
            continue
        holding = [i for i, (start, end) in enumerate(parts) if term_credit(term, normalize(text[start:end]))]
        if holding and all(i > own for i in holding):
            return True
    return False


def _whole_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence up to its full stops around a part of it (text.sentences cuts at semicolons too)."""
    whole_start = max(text.rfind(mark, 0, start) for mark in SENTENCE_BREAKS) + 1
    whole_end = min((found for mark in SENTENCE_BREAKS if (found := text.find(mark, max(start, end - 1))) >= 0), default=len(text))
    return whole_start, whole_end


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence's parts between semicolons, as (start, end) in text."""
    parts, part_start = [], start
    for position in range(start, end):
        if text[position] in PART_BREAKS:
            parts.append((part_start, position))
            part_start = position + 1
    return parts + [(part_start, end)]
