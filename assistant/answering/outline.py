"""Outline answers: `下半年工作思路有哪些？`, `存在哪些问题？` asked of a section.

When a list question names a section of a document (its heading holds the question's words:
`三、下半年工作思路`, `二、存在的问题`), the answer is what that section lists: its sub-headings
(`（一）…；（二）…`), or else its `一是…二是…` items, each cited with its exact span. A clause
copied from the section (often just its heading) would not answer such a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.answering.coverage import check
from assistant.answering.byline import CREDIT
from assistant.answering.figures import ITEM_COUNT, item_number
from assistant.answering.listed import MAX_ITEM_CHARS, cut_item, listed_answer
from assistant.answering.models import Answer
from assistant.answering.question import Question
from assistant.answering.question_words import Term
from assistant.answering.scope import Scope, document_lead
from assistant.answering.stated_times import spoken_year
from assistant.answering.section_topic import (MIN_HEADING_COVERAGE, about_the_whole, asks_only_the_whole, heading_score,
                                              named_in, names_a_part, names_the_topic, writes_the_whole_topic)
from assistant.answering.text import ELABORATION_CHARS, HEADING_NUMBER, ITEM_MARK, sentences
from assistant.chunking import ARTICLE, DIGIT_ITEM, NUMBERED_ITEM
from assistant.ingest.normalize import SENTENCE, normalize
from assistant.indexing import Index
from assistant.store.corpus import StoredChunk

OUTLINE_INTENTS = ("list", "summary", "how")
TIE_SHARE = 0.6  # sibling headings this close to the best one are the items a list question asks for
SIBLING_SHARE = 0.5  # … when they are at least this share of their parent's sections
MAX_ITEMS = 12


@dataclass
class HeadedSection:
    doc_id: str
    path: tuple[str, ...]  # heading path of the section
    chunks: list[StoredChunk]  # the document's chunks under it, in order
    score: float = 0.0  # how well its heading covers the question's topic
    document_chunks: list[StoredChunk] = field(default_factory=list)
    names_topic: bool = False  # its heading writes the topic (_names_the_topic)


def outline_answer(question: Question, doc_ids: list[str], index: Index) -> Answer | None:
    """The listed contents of the section the question names, searched in `doc_ids` (best
    first), or None when no section heading covers the question or the section lists nothing."""
    counted_set = _counted_set_quoted(question)
    if question.intent not in OUTLINE_INTENTS or question.of_kind("phrase") and counted_set is None:
        return None
    if counted_set is not None:
        question, doc_ids = _asked_of_the_sets_items(question, counted_set[1], doc_ids, index)
    sections = _covering_sections(question, doc_ids, index)
    if question.intent in ("list", "summary"):
        sections = _with_parents_of_ties(question, sections)
    if question.intent == "list":
        sections = _announcing_first(sections)
    for section in sections:
        display = index.display_text(section.doc_id)
        headings = _sub_headings(section, display)
        enumerated = [] if headings else _enumerated_items(section, display)
        items = headings or enumerated or _numbered_items(section, display)
        # A section without sub-headings says it in sentences: what a how-question asks, and what a
        # list or summary asks when the heading names its topic (`廊坊在防范化解风险隐患上准备做哪些事`
        # was answered with the lead sentence naming the four focuses: +1 on read sets, none lost).
        says_the_topic = section.names_topic and not _has_sub_sections(section)
        if not items and (question.intent == "how" or says_the_topic):
            items = _measures(section, display)
            if whole := _whole_article(section, items, display):  # one provision, said whole
                return listed_answer(question, section, whole, display, False, False, False)
            if len(items) == 1 and says_the_topic:  # one sentence says it (`(十)…系列活动。大力开展…`): whole
                return listed_answer(question, section, items, display, False, False, False)
            items = [(start, cut_item(display, start, end), chunk) for start, end, chunk in items]
        if len(items) >= 2 and (counted_set is None or counted_set[0] == len(items)):
            return listed_answer(question, section, items[:MAX_ITEMS], display, question.intent == "summary",
                                 bool(headings), bool(enumerated))
    return None


def _counted_set_quoted(question: Question) -> tuple[int, str] | None:
    """How many items a quoted set the question asks of counts, and what (`夯实“四个基础”，是哪四个` → 4,
    基础), when it quotes that one phrase: the section whose headings best hold the thing among the question's
    words (`夯实思想基础`, `夯实组织基础`…), listing exactly that many, names them where no sentence does. Another
    quoted phrase is a name a sentence answers, not a section."""
    phrases = question.of_kind("phrase")
    count = ITEM_COUNT.match(phrases[0]) if len(phrases) == 1 else None
    thing = phrases[0][count.end():] if count else ""
    return (item_number(count.group()), thing) if count and item_number(count.group()) and len(thing) >= 2 else None


def _asked_of_the_sets_items(question: Question, thing: str, doc_ids: list[str], index: Index) -> tuple[Question, list[str]]:
    """The question as its set's items are found: the quoted set is said once in a document (`把夯实“四个基础”
    作为…抓手`), not in its items' headings, which name the thing (`夯实思想基础`) — the documents stating it."""
    phrase = question.of_kind("phrase")[0]
    items_asked = replace(question, terms=[*(term for term in question.terms if term.kind != "phrase"), Term(thing, "thing")])
    return items_asked, [doc_id for doc_id in doc_ids if phrase in normalize(index.display_text(doc_id))]


def _covering_sections(question: Question, doc_ids: list[str], index: Index) -> list[HeadedSection]:
    """Sections whose own heading holds most of the question's topic, best first. The topic is
    what the question asks about beyond what the document's title already says (`拉萨民委上半年
    总结里…存在哪些问题`: 存在, 问题); a heading stating the year or period asked for counts too
    (`一、二零二一年工作回顾` for `2021年主要做了些什么`), and a summary of the document's work as a
    whole (WHAT_A_SUMMARY_COVERS) falls back to the whole document: its top-level headings."""
    scored: list[tuple[float, int, HeadedSection]] = []
    for rank, doc_id in enumerate(doc_ids):
        chunks = index.chunks_of_document(doc_id)
        if not chunks:
            continue
        document_text = normalize(index.display_text(doc_id))
        title = normalize(chunks[0].title)
        topic = [term for term in question.of_kind("thing") if not named_in(term, title)]
        lead = document_lead(document_text)
        spoken = spoken_year(title, chunks[0].date)
        # A list's items may leave out what the document's opening lines say it is about, as its title
        # (`——区(中)直机关…模范单位创建工作`): enough to pass, not to rank — the whole topic still tells
        # sections apart (`乡村振兴重点任务` from `安全生产重点任务`). A summary or how-question passing so
        # took another section (+3 -4 on read sets when all three did).
        beyond_lead = [term for term in topic if term not in lead] if question.intent == "list" else []
        paths = {heading_path(chunk): None for chunk in chunks if chunk.heading}
        prefixes = {path[:depth]: None for path in paths for depth in range(1, len(path) + 1)}
        # `第三章讲了啥`: a part named by its number is asked, not the whole (its heading must name it)
        if question.intent == "summary" and about_the_whole(question, topic, lead) and not names_a_part(question):
            if asks_only_the_whole(question, topic):
                prefixes = {path: None for path in prefixes if writes_the_whole_topic(topic, normalize(path[-1]))}
            prefixes[()] = None
        for path in prefixes:
            heading = normalize(path[-1]) if path else title
            score = heading_score(question, topic, heading, spoken) if path else MIN_HEADING_COVERAGE
            if score < MIN_HEADING_COVERAGE and not (
                    path and beyond_lead and heading_score(question, beyond_lead, heading, spoken) >= MIN_HEADING_COVERAGE):
                continue
            path_text = normalize(" > ".join(path))
            if path and not check(question, lead, path_text, title, document_text).ok:
                continue  # the section with what the document is about (its title and opening lines)
            if Scope("", "", "", path_text, title, chunks[0].date, document_text, chunks[0].doc_id).missing(question):
                continue
            under = [chunk for chunk in chunks if heading_path(chunk)[:len(path)] == path]
            named = bool(path) and names_the_topic(question, topic, heading)
            scored.append((score, -rank, HeadedSection(doc_id, path, under, score, chunks, named)))
    scored.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [section for _, _, section in scored]


def _with_parents_of_ties(question: Question, sections: list[HeadedSection]) -> list[HeadedSection]:
    """Sibling sections that cover the topic equally well (`夯实思想基础`, `夯实组织基础`… for
    `夯实了哪几个基础`) are the items asked for: their parent section comes first."""
    if len(sections) < 2:
        return sections
    best = sections[0]
    if not best.path:
        return sections  # the whole document is already the widest section
    if ARTICLE.match(best.path[-1]) and not _parent_writes_the_topic(question, best):
        # a law's articles naming the topic (`会计帐簿` in nine of `第二章 会计核算`'s fourteen) are rules
        # about it, not the items its chapter lists — unless the chapter is on it (`第三节 审查标准`)
        return sections
    ties = [s for s in sections if s.score >= TIE_SHARE * best.score and s.doc_id == best.doc_id
            and len(s.path) == len(best.path) and s.path[:-1] == best.path[:-1]]
    parent = [chunk for chunk in best.document_chunks if heading_path(chunk)[:len(best.path) - 1] == best.path[:-1]]
    siblings = {heading_path(chunk)[len(best.path) - 1] for chunk in parent if len(heading_path(chunk)) >= len(best.path)}
    if len(ties) < 2 or len(ties) < SIBLING_SHARE * len(siblings):
        return sections  # two of a law's seven articles naming 全体公民放假 are not what it lists
    return [HeadedSection(best.doc_id, best.path[:-1], parent, best.score, best.document_chunks), *sections]


def _parent_writes_the_topic(question: Question, section: HeadedSection) -> bool:
    """The heading above the section writes a word of the question's topic (beyond the document's title)."""
    title = normalize(section.document_chunks[0].title)
    parent = normalize(section.path[-2]) if len(section.path) >= 2 else ""
    return any(named_in(term, parent) for term in question.of_kind("thing") if not named_in(term, title))


# A law's article announcing its items (`第四十三条 行政复议证据包括：`, `…有下列情形之一的，其代表资格终止:`)
# is the list asked, not the chapter or section above it listing its articles (policy sets: the
# chapter's articles were listed for `代表资格终止有哪些情形`, `行政复议的证据都包括啥`).
ANNOUNCES_ITEMS = re.compile(r"[：:]\s*$|下列|如下")


def _announcing_first(sections: list[HeadedSection]) -> list[HeadedSection]:
    """The sections covering the topic best, an article announcing its items first."""
    if not sections:
        return sections
    best = sections[0].score
    announcing = [s for s in sections if s.score >= best and s.path and ANNOUNCES_ITEMS.search(s.path[-1])]
    return [*announcing, *(s for s in sections if s not in announcing)]


def heading_path(chunk: StoredChunk) -> tuple[str, ...]:
    return tuple(part for part in chunk.heading.split(" > ") if part) if chunk.heading else ()


def _sub_headings(section: HeadedSection, display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each heading one level below the section's, in order."""
    depth = len(section.path)
    found: list[tuple[int, int, StoredChunk]] = []
    seen: set[str] = set()
    for chunk in section.chunks:
        path = heading_path(chunk)
        if len(path) <= depth or path[depth] in seen:
            continue
        seen.add(path[depth])
        name = path[depth]
        start = display.find(name, chunk.start)
        if start < 0 or start >= chunk.end:
            continue
        found.append((start, start + len(name.rstrip("。")), chunk))
    numbered = all(HEADING_NUMBER.match(display[s:e]) for s, e, _ in found)
    # unnumbered headings (`专门协商机构作用更加彰显`) count when there are several short ones
    short_lines = len(found) >= 3 and all(e - s <= MAX_ITEM_CHARS // 2 for s, e, _ in found)
    return found if len(found) >= 2 and (numbered or short_lines) else []


def _enumerated_items(section: HeadedSection, display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each `一是…` item in the section's own text: the item's sentence,
    cut at a clause boundary when long."""
    items: list[tuple[int, int, StoredChunk]] = []
    for chunk in section.chunks:
        if heading_path(chunk) != section.path:
            continue  # a sub-section's items belong to it
        for sentence in SENTENCE.finditer(chunk.text):
            mark = ITEM_MARK.search(sentence.group())
            if mark is None or not _opens_clause(sentence.group(), mark.start()):
                continue
            start = chunk.start + sentence.start() + mark.start()
            end = cut_item(display, start, chunk.start + sentence.end())
            items.append((start, end, chunk))
    expected = ["一是", "二是"]
    marks = [ITEM_MARK.match(display[s:e]).group() for s, e, _ in items]
    return items if marks[:2] == expected else []


def _numbered_items(section: HeadedSection, display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each numbered line in the section's own text: an article's items
    (`第二条 全体公民放假的节日：（一）元旦…（二）春节…`), which are not headings (chunking.py)."""
    items: list[tuple[int, int, StoredChunk]] = []
    for chunk in section.chunks:
        if heading_path(chunk) != section.path:
            continue
        offset = chunk.start
        for line in display[chunk.start:chunk.end].split("\n"):
            if NUMBERED_ITEM.match(line.strip()) or DIGIT_ITEM.match(line.strip()):
                start = offset + len(line) - len(line.lstrip())
                items.append((start, cut_item(display, start, offset + len(line.rstrip())), chunk))
            offset += len(line) + 1
    return items if len(items) >= 2 else []


def _has_sub_sections(section: HeadedSection) -> bool:
    """Headings below the section's (too few or too long to list): its own sentences are only its
    opening, not what it holds."""
    return any(len(heading_path(chunk)) > len(section.path) for chunk in section.chunks)


def _measures(section: HeadedSection, display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each whole sentence of the section's own text after its heading line: how
    a section says what is done (`坚持外防输入…；严格执行外出请示报告制度…；加强外来人员…`)."""
    items: list[tuple[int, int, StoredChunk]] = []
    heading = normalize(section.path[-1]) if section.path else ""
    for chunk in section.chunks:
        if heading_path(chunk) != section.path:
            continue
        for start, end in sentences(display[chunk.start:chunk.end], chunk.start):
            line = normalize(display[start:end]).strip().rstrip("。；;")
            if line and line not in heading and not CREDIT.search(line):  # `(作者:…局长 杨毅)` says who wrote it
                items.append((start, end - 1 if display[end - 1] in "。；;" else end, chunk))
    return items


# An article of a law without items is one provision: its sentences are its cases and what follows in each
# (`…有权自行处理的，应当及时处理；无权处理的，应当立即向单位负责人报告…`), which an item cut to its first
# clauses drops. Quoted whole from its number (not the chapter line before it, nor from past its first
# sentence, which _measures leaves to the heading), up to as long as a how-answer grows.
ARTICLE_LINE = re.compile(ARTICLE.pattern, re.M)  # at a line start: not `依照本法第三十条`


def _whole_article(section: HeadedSection, items: list[tuple[int, int, StoredChunk]], display: str) -> list | None:
    if not items or not section.path or ARTICLE.match(normalize(section.path[-1])) is None \
            or len({chunk.chunk_id for _, _, chunk in items}) > 1:
        return None
    chunk = items[0][2]
    label = ARTICLE_LINE.search(display, chunk.start, chunk.end)
    start = label.start() if label else items[0][0]
    return [(start, items[-1][1], chunk)] if items[-1][1] - start <= ELABORATION_CHARS else None


def _opens_clause(sentence: str, position: int) -> bool:
    return position == 0 or sentence[position - 1] in "，,；;：:。"
