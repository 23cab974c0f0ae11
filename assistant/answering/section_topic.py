"""How well a section's heading holds a list, summary or how-question's topic (outline.py,
item_topics.py).

The topic is what the question asks about beyond what the document's title already says; a heading
holds it word by word (synonyms too), or by the year or period asked.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import compound_credit, thing_coverage
from assistant.answering.asked_times import INSERTED
from assistant.answering.question import Question
from assistant.answering.stated_times import stated_periods, years_stated
from assistant.answering.text import DOCUMENT_NOUN_WORDS

MIN_HEADING_COVERAGE = 0.5  # the heading itself must hold half of the question's content words
# A list or summary of a section without sub-headings is its sentences, when its heading names the topic
# in at least two of the question's own words beyond the title's, none of them common (工作), or
# writes every word of a topic of two or more that is not only what a summary covers (names_the_topic):
# one synonym (成效 ~ 作用) took `日喀则政协工作成效…有哪几个方面` to one section instead of the
# document's outline (everyday_dev).
TOPIC_WORDS_NAMED = 2
# The words of a summary asked of a whole document (`概括一下日喀则政协2022年的工作成绩`): a topic
# beyond them (`用心用情助力民生`, `机关党建这块`, `预期目标`) is a part of it that no heading names, and
# the document's top-level headings answered none of those (everyday floors, policy_blind3-5).
# What a cadre calls the document itself (`那篇…的文章主要讲了些啥`) is no part of it either.
WHAT_A_SUMMARY_COVERS = frozenset({"工作", "成绩", "成效", "成果", "亮点", "情况", "内容", "事情", "做法", "方面",
                                   "句话", "总体", "整体", "全年", "一年", "主要", "规定", "要求",
                                   *DOCUMENT_NOUN_WORDS})
WHOLE_DOCUMENT_COVERAGE = 0.75


def names_the_topic(question: Question, topic: list[str], heading: str) -> bool:
    """The heading writes TOPIC_WORDS_NAMED of the topic's uncommon words, or every word of a topic
    of at least that many (`健全体制机制` in `(二)坚持协调联动,注重健全体制机制`: common words in a
    corpus of work reports, but all of them written)."""
    topic = list(dict.fromkeys(topic))
    written = [term for term in topic if term in heading]
    uncommon = [term for term in written if question.rarity.get(term, 1.0) >= 1.0]
    specific = [term for term in topic if term not in WHAT_A_SUMMARY_COVERS]  # not `工作成效` alone
    return len(uncommon) >= TOPIC_WORDS_NAMED or len(topic) >= TOPIC_WORDS_NAMED and len(written) == len(topic) \
        and bool(specific) or numbered_as_asked(question, heading)


# The parts of a document named by number (`第三章`, `第二节`, `第三条`), not a meeting's or a plan's
# (`第二十届三中全会`, `第十四个五年规划`).
PART_ORDINAL = re.compile(rf"(?:编|章|节|条(?:{INSERTED})?|部分)$")


def names_a_part(question: Question) -> bool:
    return any(PART_ORDINAL.search(ordinal) for ordinal in question.of_kind("ordinal"))


def numbered_as_asked(question: Question, heading: str) -> bool:
    """The heading is the part the question names by its number (`第三章 会计监督` for `会计法第三章
    主要讲了什么`): named, whatever else it says. Not an article (第X条): a chunk under an article's
    heading runs on into the next ones; named_heading.named_article reads it."""
    return any(heading.startswith(ordinal) for ordinal in question.of_kind("ordinal") if "条" not in ordinal)


def about_the_whole(question: Question, topic: list[str], opening: str) -> bool:
    """A summary of the document's work as a whole: its topic beyond the title is what a summary
    covers (`工作成绩`) or what the document's opening says it is about (`区直机关创建…模范单位`)."""
    specific = [term for term in topic if term not in WHAT_A_SUMMARY_COVERS]
    return not specific or thing_coverage(specific, opening, question.synonyms) >= WHOLE_DOCUMENT_COVERAGE


def asks_only_the_whole(question: Question, topic: list[str]) -> bool:
    """A summary naming nothing but the document and what a summary covers — no year, period,
    day, part, place or body (`新行政复议法大概规定了哪几块内容`): its top-level headings answer, not a
    section whose heading holds one such common word (`第一节 一般规定` for 规定); a heading writing
    them all still does (`二、2024年经济社会发展总体要求和政策取向` for `总体要求是什么，概括一下`)."""
    return all(term in WHAT_A_SUMMARY_COVERS for term in topic) and \
        not question.of_kind("period", "year", "relative_year", "day", "ordinal", "place", "body")


def writes_the_whole_topic(topic: list[str], heading: str) -> bool:
    return len(topic) >= TOPIC_WORDS_NAMED and all(term in heading for term in topic)


def named_in(term: str, title: str) -> bool:
    """The title names the term, as written, by a full name (民委 in 民族事务委员会) or word by word
    (人大代表 in 人民代表大会代表法: a heading of that law holding 代表 does not name the topic)."""
    return compound_credit(term, title) >= 1.0


def heading_score(question: Question, topic: list[str], heading: str, spoken: tuple[int, bool] | None = None) -> float:
    """How much of the topic the heading holds, and MIN_HEADING_COVERAGE more when it states the
    period or year asked — as written, or relative to the year its document speaks of (`spoken`:
    `二、对今年政府工作的建议` in the 2023 report states 2023)."""
    if numbered_as_asked(question, heading):
        return 1.0
    score = thing_coverage(topic, heading, question.synonyms) if topic else 0.0
    years = years_stated(heading, spoken)
    if any(period in stated_periods(heading) for period in question.of_kind("period")) or \
            any(year[:4] in years for year in question.of_kind("year")):
        score += MIN_HEADING_COVERAGE
    return score
