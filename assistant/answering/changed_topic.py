"""What a change question asks about, among the units two versions were compared by.

`行政复议法新旧两版，复议机关履职要遵循的原则有啥不同` is about the article on 原则, not the first six
changes of the law; `国务院由哪些人组成，82年版和24年版有啥不一样` about the article on who makes it up.
The topic is the question's content words less the words asking for a change; those naming the
document (in its title, or a rule's or report's name in the question) only tell apart articles
that hold the rest. The units answering are those whose old or new text holds the most of it,
each side quoted by its sentence on it — unchanged ones too, so a drafter learns the wording
stayed. A question naming nothing but the documents (`修订后的放假办法有什么变化`) gets the law's
changes in order (changes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.closest import key_pairs_of, pair_share
from assistant.answering.coverage import MIN_THING_COVERAGE, thing_coverage
from assistant.answering.document_year import LAW_NOUNS
from assistant.answering.question import Question
from assistant.chunking import NUMERALS
from assistant.compare.model import Unit
from assistant.compare.units import NOT_A_LABEL
from assistant.ingest.normalize import normalize

# How a change is asked, or which one, not what about (`写法有啥区别`, `老版和新版`, `有哪些重要变化`,
# `和去年相比`, `增加了哪些条款`). Not 地方, 部分: `地方立法` is a topic.
CHANGE_WORDS = frozenset({"区别", "不同", "不一样", "一样", "变化", "修改", "修订", "修正", "调整", "改动", "写法", "新版",
                          "老版", "旧版", "新旧", "两版", "版本", "增加", "新增", "删除", "内容", "规定", "条文", "条款",
                          "相比", "比较", "对比", "重要", "主要", "重大", "亮点", "方面", "值得", "关注"})
# A document's name in a question asked of no indexed title (`24年的政府工作报告`, `放假办法`): the words
# before its kind, up to ten and back to a 的 (not 方法, 做法: as LAW_NOUNS). Not one a 的 follows: `会计报告的
# 规定`, `执法检查报告的规定` name what is asked about. With the compared documents' title, the title alone
# names them.
DOCUMENT_NAMED = re.compile(rf"(?:(?!的)[\u4e00-\u9fff]){{0,10}}(?:{LAW_NOUNS.replace('|规定', '')}"
                            r"|报告|文件|决定|意见|通知|方案|规划|纲要|标准)(?!的)")
NAMING_WEIGHT = 0.25  # a word of the document's name still tells apart two articles holding the rest
UNIT_KINDS = ("article", "paragraph")  # a chapter's title line says what it is about, not what it rules
NEAR_THE_BEST = 0.1  # units this close to the best one's share of the topic are listed beside it
UNITS_LISTED = 3
# An article's own number opening its text (`第一百三十三条之二`); the answer's line names it. Not a
# paragraph's cross-reference (`第一百三十三条规定的…`).
ARTICLE_NUMBER = re.compile(rf"第[{NUMERALS}\d]+条(?:之[{NUMERALS}]+)?{NOT_A_LABEL}[ \t\u3000]*")
FULL_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*[”’」』）)]?")  # a rule's `；` clauses stay in its sentence
LIST_LEAD_END = ("：", ":")  # `代表享有下列权利：` is quoted with the items after it
QUOTE_CHARS = 300


@dataclass
class Topic:
    words: list[str]  # the question's content words, less how a change is asked
    naming: frozenset[str]  # those naming the document
    question: Question

    @property
    def asked(self) -> list[str]:
        """What the question asks about in the documents: words that do not name them."""
        return [word for word in self.words if word not in self.naming]

    def share(self, text: str) -> float:
        return thing_coverage(self.words, normalize(text), self.question.synonyms, self._weight)

    def asked_share(self, text: str) -> float:
        return thing_coverage(self.asked, normalize(text), self.question.synonyms, self.question.weight)

    def _weight(self, word: str) -> float:
        return self.question.weight(word) * (NAMING_WEIGHT if word in self.naming else 1.0)


def topic_of(question: Question, title: str = "") -> Topic:
    """The question's topic, its words naming the document (`监督法`, `国务院`) set apart: by the
    compared documents' title, else by the names the question gives."""
    names = [normalize(title)] if title else DOCUMENT_NAMED.findall(question.text)
    words = [word for word in question.of_kind("thing", "body", "phrase") if word not in CHANGE_WORDS]
    return Topic(words, frozenset(word for word in words if any(word in name for name in names if name)), question)


def units_about(units: list[Unit], topic: Topic) -> list[Unit]:
    """The articles or paragraphs whose old or new text holds the topic best — at least
    MIN_THING_COVERAGE of it, and within NEAR_THE_BEST of the best — in text order."""
    if not topic.asked:
        return []
    shares = [(max(topic.share(text) for text in (unit.text_a, unit.text_b) if text), position, unit)
              for position, unit in enumerate(units) if unit.kind in UNIT_KINDS]
    best = max((share for share, _, _ in shares), default=0.0)
    near = sorted((entry for entry in shares if entry[0] >= max(best - NEAR_THE_BEST, MIN_THING_COVERAGE)),
                  key=lambda entry: -entry[0])
    return [unit for _, _, unit in sorted(near[:UNITS_LISTED], key=lambda entry: entry[1])]


def sentence_about(text: str, topic: Topic, marks: list[tuple[int, int]], numbered: bool = True,
                   like: str = "") -> tuple[int, int] | None:
    """(start, end) within a unit's text of its sentence holding the most of what is asked —
    of those alike, the one most like the other version's quote (`like`), else one the comparison
    marked changed (`marks`, offsets in the text), else the first — without an article's own
    number (`numbered`), a list's lead with its items; None when no sentence holds any of it."""
    spans = [(match.start(), match.end()) for match in FULL_SENTENCE.finditer(text) if match.group().strip()]
    start, end = max(spans or [(0, len(text))], key=lambda span: (
        round(topic.asked_share(text[span[0]:span[1]]), 3), round(topic.share(text[span[0]:span[1]]), 3),
        _likeness(text[span[0]:span[1]], like), any(a < span[1] and span[0] < b for a, b in marks), -span[0]))
    if not topic.asked_share(text[start:end]):
        return None
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if text[start:end].rstrip().endswith(LIST_LEAD_END):
        end = _items_end(text, end)
    own_number = ARTICLE_NUMBER.match(text, start) if numbered and not text[:start].strip() else None
    return (own_number.end() if own_number and own_number.end() < end else start), end


def _items_end(text: str, end: int) -> int:
    """Where the items after a list's lead end: the unit's end, or the last line break within
    QUOTE_CHARS of the lead."""
    if len(text) - end <= QUOTE_CHARS:
        return len(text.rstrip())
    cut = text.rfind("\n", end, end + QUOTE_CHARS)
    return cut if cut > end else end


def _likeness(text: str, other: str) -> float:
    """How many of the other quote's character pairs the text holds: the old wording of the new."""
    return pair_share(key_pairs_of(other), text) if other else 0.0
