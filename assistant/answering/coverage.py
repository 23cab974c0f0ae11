"""Answerability: does a passage cover the question's key terms (what, where, when)?

A score threshold cannot decide this (on held-out questions no single BM25 or cosine cut-off
separates the unanswerable ones), so each kind of key term is checked where it must hold:
places in the passage's document, years in the passage/heading/title/date, ordinals
(`第二批`) in the passage/heading/title, periods such as
`上半年` in the passage or heading, quoted phrases verbatim, and enough of the remaining
content words in the passage with its title and heading.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from assistant.answering.question import PERIOD, Question
from assistant.tokens import tokenize

MIN_THING_COVERAGE = 0.6


# Abbreviations policy texts and their readers use for an organisation's full name.
FULL_NAMES = {
    "民委": ("民族事务委员会",), "民宗局": ("民族宗教事务局",), "政协": ("政治协商会议",),
    "人大": ("人民代表大会",), "统战部": ("统一战线工作部",), "发改委": ("发展改革委", "发展和改革委员会"),
}


def term_credit(term: str, text: str) -> float:
    """1 if the term occurs (an abbreviation also through its full name: 民委 in 民族事务委员会);
    0.75 if all but one character of a long term does (`民族成分` ~ `民族成份`); else 0. Short
    terms must match exactly: `副局长` is not `局长`."""
    if term in text or any(full in text for full in FULL_NAMES.get(term, ())):
        return 1.0
    if len(term) < 4:
        return 0.0
    length = math.ceil(len(term) * 0.75)
    if any(term[i:i + length] in text for i in range(len(term) - length + 1)):
        return 0.75
    return 0.0


def compound_credit(term: str, text: str) -> float:
    """A compound jieba keeps whole (`政协提案`) also counts through its parts (`政协`…`提案`)."""
    credit = term_credit(term, text)
    parts = [part for part in tokenize(term) if part != term and len(part) >= 2]
    if credit < 1 and len(parts) >= 2:
        credit = max(credit, sum(term_credit(part, text) for part in parts) / len(parts))
    return credit


def thing_coverage(things: list[str], text: str) -> float:
    if not things:
        return 1.0
    weights = [min(len(term), 4) for term in things]
    return sum(weight * compound_credit(term, text) for term, weight in zip(things, weights)) / sum(weights)


@dataclass
class Coverage:
    ok: bool
    score: float
    missing: list[str] = field(default_factory=list)


def check(question: Question, passage_text: str, heading_text: str, title_text: str,
          document_text: str, document_date: str | None) -> Coverage:
    """All texts are search-normalized. `passage_text` is the passage alone."""
    context = f"{title_text}\n{heading_text}\n{passage_text}"
    local = f"{heading_text}\n{passage_text}"
    missing: list[str] = []
    for phrase in question.of_kind("phrase"):
        if phrase not in context:
            missing.append(phrase)
    for ordinal in question.of_kind("ordinal"):
        if ordinal not in context:
            missing.append(ordinal)
    for place in question.of_kind("place"):
        if place not in document_text and place not in title_text:
            missing.append(place)
    for year in question.of_kind("year"):
        if year not in context and not (document_date or "").startswith(year[:4]):
            missing.append(year)
    for period in question.of_kind("period"):
        stated_periods = set(PERIOD.findall(local))
        if period not in local and (stated_periods or period not in title_text):
            missing.append(period)
    score = thing_coverage(question.of_kind("thing"), context)
    ok = not missing and score >= MIN_THING_COVERAGE
    return Coverage(ok, score, missing)


def contains_focus(focus: list[str], text: str) -> bool:
    """Every word of the focus phrase (`党组`+`会议`) is in the text."""
    return all(compound_credit(term, text) >= 0.75 for term in focus)

