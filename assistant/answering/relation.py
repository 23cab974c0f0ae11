"""Which of two things wins, when one sentence says so.

`法律和行政法规哪个效力高`: asked a side at a time (sides.py), each side wants a figure, and a law
states none; it relates the two instead — `法律的效力高于行政法规、地方性法规、规章`. A clause with
one side before a comparative verb and the other after it, and what is measured (`效力`) in its
sentence, answers the question as asked; the sides side by side remain the answer when no
sentence relates them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.bounds import MODAL
from assistant.answering.coverage import contains_focus
from assistant.answering.question import Question, analyse
from assistant.answering.scope import Scope
from assistant.answering.side_phrases import sides_joined
from assistant.answering.sides import which_one_asked
from assistant.answering.text import clauses, sentences
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

# A comparative verb, by the degree it answers (`哪个高` by 高于 or 低于). Not a bound a rule sets
# (`不得低于城市低保标准的60%`, `不少于`): that says no side wins.
COMPARATIVES = {"高": "高于|低于|优于|次于", "低": "高于|低于|优于|次于", "大": "大于|小于", "小": "大于|小于",
                "多": "多于|少于|超过", "少": "多于|少于|超过", "长": "长于|短于", "短": "长于|短于"}
NOT_A_RELATION = re.compile(rf"(?:(?:不|未){MODAL}|应当|应|必须|须)$")  # `不宜低于`, `应当高于`: a bound (bounds.py)


def relation_stated(question: Question, passages: list[Passage],
                    search_text: Callable[[str], str]) -> tuple[Passage, int, int] | None:
    """(passage, start, end in display positions) of the first clause, in the passages' order,
    that relates the two sides asked (`search_text`: a document's search text, for scope)."""
    asked = which_one_asked(question.original)
    if asked is None:
        return None
    left, right, which = asked
    joined = sides_joined(f"{left}和{right}", len(left) + 1 + len(right))  # `中西部地区和东部地区经济增速`
    if joined is None:
        return None
    sides = _told_apart(joined[1], joined[2])
    measure = which.group("measured").rstrip("得的") or right.removeprefix(joined[2])  # `…东部地区经济增速哪个高`
    comparative = re.compile(COMPARATIVES[which.group("degree")])
    documents: dict[str, str] = {}
    for passage in passages:
        text = passage.text
        passage_text, heading, title = normalize(text), normalize(passage.heading), normalize(passage.title)
        for start, end in sentences(text):
            sentence = normalize(text[start:end])
            if measure and not contains_focus(_content_words(measure) or [measure], sentence):
                continue
            if passage.doc_id not in documents:
                documents[passage.doc_id] = search_text(passage.doc_id)
            scope = Scope(sentence, normalize(text[:start]), passage_text, heading, title, passage.date,
                          documents[passage.doc_id], passage.doc_id)
            if scope.missing(question):
                continue
            for clause_start, clause_end in clauses(text[start:end], start):
                if _relates(sides, comparative, normalize(text[clause_start:clause_end])):
                    return passage, passage.start + clause_start, passage.start + clause_end
    return None


def _told_apart(left: str, right: str) -> list[list[str]]:
    """Each side's content words; the sides as written where one side's words are all the other's
    too (`东部地区` beside `中西部地区`: 地区 alone would be any region)."""
    words = [_content_words(left), _content_words(right)]
    if not all(words) or set(words[0]) <= set(words[1]) or set(words[1]) <= set(words[0]):
        return [[left], [right]]
    return words


def _content_words(phrase: str) -> list[str]:
    return analyse(phrase).of_kind("thing", "body", "place") if phrase.strip() else []


def _relates(sides: list[list[str]], comparative: re.Pattern, clause: str) -> bool:
    """One side's words before a comparative verb and the other's after it, in either order."""
    for found in comparative.finditer(clause):
        before, after = clause[:found.start()], clause[found.end():]
        if NOT_A_RELATION.search(before):
            continue
        first, second = sides
        if contains_focus(first, before) and contains_focus(second, after) \
                or contains_focus(second, before) and contains_focus(first, after):
            return True
    return False
