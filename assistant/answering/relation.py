"""Which of two things wins, when one sentence says so.

`法律和行政法规哪个效力高`: asked a side at a time (sides.py), each side wants a figure, and a law
states none; it relates the two instead — `法律的效力高于行政法规、地方性法规、规章`. A clause with
one side before a comparative verb and the other after it, and what is measured (`效力`) in its
sentence, answers the question as asked; the sides side by side remain the answer when no
sentence relates them.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import contains_focus
from assistant.answering.question import Question, analyse
from assistant.answering.scope import Scope
from assistant.answering.sides import sides_joined, which_one_asked
from assistant.answering.text import clauses, sentences
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

COMPARATIVE = re.compile(r"高于|低于|大于|小于|多于|少于|优于|劣于|先于|早于|晚于|长于|短于|重于|轻于|次于")


def relation_stated(question: Question, passages: list[Passage], documents: dict[str, str]) -> tuple[Passage, int, int] | None:
    """(passage, start, end in display positions) of the first clause, in the passages' order,
    that relates the two sides asked (`documents`: each pooled document's search text, for scope)."""
    asked = which_one_asked(question.original)
    if asked is None:
        return None
    left, right, which = asked
    joined = sides_joined(f"{left}和{right}", len(left) + 1 + len(right))  # `中西部地区和东部地区经济增速`
    if joined is None:
        return None
    sides = [_content_words(side) for side in joined[1:]]
    measured = _content_words(which.group("measured").rstrip("得的"))
    if not all(sides):
        return None
    for passage in passages:
        text = passage.text
        passage_text, heading, title = normalize(text), normalize(passage.heading), normalize(passage.title)
        for start, end in sentences(text):
            sentence = normalize(text[start:end])
            if measured and not contains_focus(measured, sentence):
                continue
            scope = Scope(sentence, normalize(text[:start]), passage_text, heading, title, passage.date,
                          documents.get(passage.doc_id, ""), passage.doc_id)
            if scope.missing(question):
                continue
            for clause_start, clause_end in clauses(text[start:end], start):
                if _relates(sides, normalize(text[clause_start:clause_end])):
                    return passage, passage.start + clause_start, passage.start + clause_end
    return None


def _content_words(phrase: str) -> list[str]:
    return analyse(phrase).of_kind("thing", "body", "place") if phrase.strip() else []


def _relates(sides: list[list[str]], clause: str) -> bool:
    """One side's words before a comparative verb and the other's after it, in either order."""
    comparative = COMPARATIVE.search(clause)
    if comparative is None:
        return False
    before, after = clause[:comparative.start()], clause[comparative.end():]
    first, second = sides
    return (contains_focus(first, before) and contains_focus(second, after)
            or contains_focus(second, before) and contains_focus(first, after))
