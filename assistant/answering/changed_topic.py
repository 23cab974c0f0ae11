"""What a change question asks about, among the units two versions were compared by.

`行政复议法新旧两版，复议机关履职要遵循的原则有啥不同` is about the article on 原则, not the first six
changes of the law; `国务院由哪些人组成，82年版和24年版有啥不一样` about the article on who makes it up.
The topic is the question's content words less the document's name and the words asking for a
change; the units answering are those whose old or new text holds the most of it, each side
quoted by its sentence holding the topic — unchanged ones too, so a drafter learns the wording
stayed. A question naming no topic (`修订后的放假办法有什么变化`) gets the law's changes in order
(changes.py).
"""

from __future__ import annotations

import re

from assistant.answering.coverage import MIN_THING_COVERAGE, thing_coverage
from assistant.answering.question import Question
from assistant.answering.text import sentences
from assistant.chunking import NUMERALS
from assistant.compare.model import Unit
from assistant.ingest.normalize import normalize

# How a change is asked, not what about (`写法有啥区别`, `老版和新版`, `增加了哪些内容`).
CHANGE_WORDS = frozenset({"区别", "不同", "不一样", "一样", "变化", "修改", "修订", "修正", "调整", "改动", "写法", "新版",
                          "老版", "旧版", "新旧", "两版", "版本", "增加", "新增", "删除", "内容", "规定", "条文"})
UNIT_KINDS = ("article", "paragraph")  # a chapter's title line says what it is about, not what it rules
NEAR_THE_BEST = 0.1  # units this close to the best one's share of the topic are listed beside it
UNITS_LISTED = 3
ARTICLE_NUMBER = re.compile(rf"第[{NUMERALS}\d]+条\s*")  # the line names the article; its quote starts after


def topic_of(question: Question, title: str) -> list[str]:
    """The question's content words that neither name the document (`监督法`, `国务院`) nor ask
    for a change."""
    named = normalize(title)
    return [word for word in question.of_kind("thing", "body", "phrase") if word not in named and word not in CHANGE_WORDS]


def units_about(units: list[Unit], topic: list[str], question: Question) -> list[Unit]:
    """The articles or paragraphs whose old or new text holds the topic best — at least
    MIN_THING_COVERAGE of it, within NEAR_THE_BEST of the best — in text order."""
    if not topic:
        return []
    shares = [(_share(unit, topic, question), position, unit) for position, unit in enumerate(units)
              if unit.kind in UNIT_KINDS]
    best = max((share for share, _, _ in shares), default=0.0)
    if best < MIN_THING_COVERAGE:
        return []
    near = sorted((entry for entry in shares if entry[0] >= best - NEAR_THE_BEST), key=lambda entry: -entry[0])
    return [unit for _, _, unit in sorted(near[:UNITS_LISTED], key=lambda entry: entry[1])]


def _share(unit: Unit, topic: list[str], question: Question) -> float:
    return max(thing_coverage(topic, normalize(text), question.synonyms, question.weight)
               for text in (unit.text_a, unit.text_b) if text)


def sentence_about(text: str, topic: list[str], question: Question) -> tuple[int, int]:
    """(start, end) within the unit's text of its sentence holding the most of the topic (the
    first such), without the article's number."""
    spans = sentences(text) or [(0, len(text))]
    start, end = max(spans, key=lambda span: (thing_coverage(topic, normalize(text[span[0]:span[1]]), question.synonyms,
                                                              question.weight), -span[0]))
    if numbered := ARTICLE_NUMBER.match(text, start):
        start = numbered.end()
    return start, end
