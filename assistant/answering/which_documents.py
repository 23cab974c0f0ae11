"""Which documents say something (`哪些文件提到了…`, `哪几篇讲到…`): per document, its first passage
covering the topic as a fact's passage must, cited with the sentence that says it."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.answer_kind import COUNT, WHICH_DOCS
from assistant.answering.coverage import thing_coverage
from assistant.answering.kind_answered import answers
from assistant.answering.models import Answer, Citation
from assistant.answering.question import Question
from assistant.answering.scope import document_lead, places_named
from assistant.answering.text import sentences
from assistant.indexing import Index
from assistant.ingest.dates import written_date
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import HybridSearcher, Passage, SearchFilters
from assistant.versions import VERSION_MARK

WHICH_DOCS_CANDIDATES = 1000  # keyword hits read for `哪些文件提到…`
CHINESE = re.compile(r"[\u4e00-\u9fff]")
MENTION_CHARS = 60  # of the sentence shown beside each document's title
MENTION_LEAD = 20  # characters shown before the word the line is shown for, when the sentence is longer
WHICH_DOCS_COVERAGE = 0.75  # of the topic's words (weighted) one passage of the document holds


def which_documents(question: Question, filters: SearchFilters | None, searcher: HybridSearcher,
                    index: Index) -> Answer | None:
    """The documents covering the topic, among `filters` (already narrowed to the place asked);
    None when none does."""
    choices = _titles_chosen_among(question, index)
    asked = WHICH_DOCS.search(question.text)
    after_asking = question.text[asked.end():] if asked else question.text
    phrases = question.of_kind("phrase") or [t for t in question.of_kind("thing") if len(t) >= 2 and not _names_a_choice(t, after_asking, choices)]
    phrases, alternatives = _bracketed_apart(phrases, question.text)
    if not phrases:
        return None
    # `哪些材料写了…学习了几次`: a document counts when it states the count, not only the topic
    # (`哪份文件规定了人大代表一届任期是几年` is refused when none states it)
    counted = replace(question, kind="count") if question.unit and COUNT.search(question.text) else None
    citations: list[Citation] = []
    for passage in _passages_covering(phrases, alternatives, counted, filters, searcher):
        start, end = _sentence_covering(phrases, alternatives, counted, passage.text)
        citations.append(Citation(len(citations) + 1, passage, passage.start + start, passage.start + end))
    if not citations:
        return None
    quoted = "".join(f"“{to_simplified(phrase)}”" for phrase in phrases)
    if alternatives:  # the documents may name only one of them
        quoted += f"（或{''.join(f'“{to_simplified(alternative)}”' for alternative in alternatives)}）"
    titles = "；".join(f"《{to_simplified(c.passage.title)}》{_identity(c.passage, index)}[{c.n}]：{_mention(c, index, phrases + alternatives)}"
                      for c in citations)
    text = f"提到{quoted}的文件有{len(citations)}份：{titles}。"
    return Answer(question.original, text, False, "extractive", citations, [c.passage for c in citations],
                  listing=True)


def _titles_chosen_among(question: Question, index: Index) -> set[str]:
    """The titles of the rules the question chooses among (`立法法2023、会计法2024里，哪几部提到了…`); empty
    when it names one rule (in however many versions) or none."""
    documents = index.documents()
    titles = {normalize(documents[doc_id].title) for doc_id in question.documents_named}
    return titles if len(titles) > 1 else set()


def _names_a_choice(word: str, after_asking: str, choices: set[str]) -> bool:
    """A word of a title chosen among, not asked after the asking words: it names where to look, not what
    is said there (`…里，哪几部提到了备案审查` still asks of 备案审查)."""
    return any(word in title for title in choices) and word not in after_asking


def _identity(passage: Passage, index: Index) -> str:
    """Where a listed document comes from, as a reader tells documents apart: its own place when
    the title does not name it (`杨毅:紧扣主线…` is 廊坊's), its source and its date
    (`（廊坊；长城网，2022年4月21日）`), and for a document with no title the part of it cited
    (`一、2024年工作回顾`); empty when nothing is known."""
    named_in_title = places_named(normalize(passage.title))
    place = None if named_in_title else next(iter(places_named(document_lead(index.search_text(passage.doc_id)))), None)
    date = written_date(passage.date) if passage.date else ""
    origin = "，".join(part for part in (to_simplified(passage.source or "").strip(), date) if part)
    # a document with no title line goes by its file name (`zhengfu_gongzuo_baogao_2025`), which tells
    # a reader little: the part it says it in does (`一、2024年工作回顾`)
    untitled = not CHINESE.search(passage.title)
    saying_part = to_simplified(passage.heading.split(" > ")[0]).strip() if untitled and passage.heading else ""
    parts = [part for part in (to_simplified(place or ""), origin, saying_part) if part]
    return f"（{'；'.join(parts)}）" if parts else ""


def _mention(citation: Citation, index: Index, named: list[str]) -> str:
    """Where the document says it, cut to a line (a title rarely tells: `杨毅:紧扣主线…` is 廊坊's)
    that shows the first of the `named` words it holds (`…像石榴籽一样紧紧抱在一起…`)."""
    said = to_simplified(index.display_text(citation.passage.doc_id)[citation.span_start:citation.span_end]).strip()
    said = re.sub(r"\s+", "", said).rstrip("。；;，,")
    if len(said) <= MENTION_CHARS:
        return said
    first = min((found for word in named if (found := said.find(to_simplified(word))) >= 0), default=0)
    start = max(min(first - MENTION_LEAD, len(said) - MENTION_CHARS), 0)
    return ("…" if start else "") + said[start:start + MENTION_CHARS] + ("…" if start + MENTION_CHARS < len(said) else "")


# `…提到了石榴（石榴籽、石榴花开）`: what brackets right after a word name are its other names or instances;
# a document naming any of them names the topic. Not a name's own number (`修正案（十二）`), a version
# (`（试行）`, `（2021—2025年）`: versions.VERSION_MARK) or a note (`（以下简称…）`, `（含…）`).
BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff”》])[（(]([^（）()]{2,40})[）)]")
NOT_ALTERNATIVES = re.compile(r"^(?:以下简称|简称|下称|含|包括|即|如|例如)|^(?:暂行|征求意见稿|送审稿|草案)$"
                              r"|^第?[\d一二三四五六七八九十百〇零年—–\-~至]+[批期届次号]?$")
ALTERNATIVE_BREAKS = re.compile(r"[、，,/；;]|或者?|以及")


def _bracketed_alternatives(question: str) -> list[re.Match]:
    return [found for found in BRACKETED.finditer(question)
            if not NOT_ALTERNATIVES.search(found.group(1)) and not VERSION_MARK.fullmatch(found.group())]


def _bracketed_apart(phrases: list[str], question: str) -> tuple[list[str], list[str]]:
    """(the phrases the question names outside its brackets of alternatives — all of them when it names
    none there —, the alternatives)."""
    bracketed = _bracketed_alternatives(question)
    outside = question
    for found in reversed(bracketed):
        outside = outside[:found.start()] + outside[found.end():]
    alternatives = [normalize(item) for found in bracketed for item in ALTERNATIVE_BREAKS.split(found.group(1))
                    if len(normalize(item)) >= 2]
    return [phrase for phrase in phrases if phrase in outside] or phrases, alternatives


def _covers(phrases: list[str], alternatives: list[str], text: str) -> float:
    """How much of the topic the text covers: wholly when it names one of its alternatives."""
    return 1.0 if any(alternative in text for alternative in alternatives) else thing_coverage(phrases, text)


def _passages_covering(phrases: list[str], alternatives: list[str], counted: Question | None,
                       filters: SearchFilters | None, searcher: HybridSearcher) -> list[Passage]:
    """Per document, its first passage that covers the phrases as a fact's passage must (most
    of the content words, weighted), not only one holding them verbatim:
    `少数民族流动人口服务管理` is `少数民族流动人口的服务管理` in the text; and states the count
    asked, if one is."""
    hits = searcher.search(" ".join(phrases + alternatives), WHICH_DOCS_CANDIDATES, filters, dense=False)
    covering: dict[str, Passage] = {}
    for passage in sorted(hits, key=lambda hit: (hit.doc_id, hit.start)):
        context = normalize(f"{passage.title}\n{passage.heading}\n{passage.text}")
        if passage.doc_id not in covering and _covers(phrases, alternatives, context) >= WHICH_DOCS_COVERAGE \
                and (counted is None or answers(counted, normalize(passage.text))):
            covering[passage.doc_id] = passage
    return list(covering.values())


def _sentence_covering(phrases: list[str], alternatives: list[str], counted: Question | None,
                       text: str) -> tuple[int, int]:
    """The sentence of the passage holding most of the phrases (the first such), among those
    stating the count asked, if one is."""
    spans = {span: normalize(text[span[0]:span[1]]) for span in sentences(text) or [(0, len(text))]}
    return max(spans, key=lambda span: (counted is None or answers(counted, spans[span]),
                                        _covers(phrases, alternatives, spans[span])))
