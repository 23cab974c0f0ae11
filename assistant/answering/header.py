"""Answers read from a document's header and footer, not its sentences: who gave or wrote it
(its byline), who reported or edited it (its credits), when it came out (its dateline or signature) — byline.py
says where each stands — and what a web page says of itself (page_facts.py). The document is the
first pooled one that the question names (title, first or last lines, the site it was published
on) and that is in the question's scope.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from assistant.answering.asking import CLOCK_ASKED
from assistant.answering.byline import (CREDIT_ASKED, DOCUMENT_WORDS, ROLE_ASKED, asks_for_author, byline, credit_asked, credit_line,
                                       credit_named, credit_of, dateline, document_named, signature_date,
                                       when_published_asked)
from assistant.answering.coverage import check
from assistant.answering.models import Answer, Citation, cited_clause, facts_answer, missing_fact, refusal
from assistant.answering.page_facts import PAGE_FIELDS, FieldAsked, page_field, page_fields_asked, page_named
from assistant.answering.question import Question
from assistant.answering.scope import Scope
from assistant.indexing import Index
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import Passage, passage_of

BYLINE_CONTEXT = 400  # characters at each end of a document that, with its title, say what it is
Span = tuple[int, int] | None  # (start, end) in a document's display text
Stated = tuple[Passage, int, int]  # the passage holding a span, and the span
Fact = tuple[str, Stated | None]  # the words asking for a fact, and where the page states it


def header_answer(question: Question, pool: list[Passage], shown: list[Passage], index: Index) -> Answer | None:
    """The answer a header or footer gives, a refusal when only one could answer (`作者是谁` of a
    page printing none), or None when the question is for the sentences."""
    if asks_for_author(question):  # no sentence of a document says who gave or wrote it
        return from_header(question, pool, shown, index, _in_display(byline), names_held=True) \
            or refusal(question.original, shown)
    if (role := credit_asked(question)) is not None and not asks_a_page_fact(question):  # `责任编辑是谁`: its credit
        return from_header(credit_named(question), pool, shown, index, _in_display(partial(credit_line, role=role))) \
            or refusal(question.original, shown)
    if question.persons and ROLE_ASKED.search(question.text) and (  # `于倩是干啥的`: her credit says
            credited := from_header(credit_named(question), pool, shown, index,
                                    _in_display(partial(credit_of, persons=question.persons)))):
        return credited
    facts = _page_facts(question, pool, index)
    return _answer_of(question, facts, shown, index) if any(stated for _, stated in facts) else None


def asks_a_page_fact(question: Question) -> bool:
    """Does the question ask what a page says of itself or when it came out?"""
    return bool(page_fields_asked(question)) or when_published_asked(question) is not None


def asks_the_header(question: Question) -> bool:
    """Does the question ask what a header or footer says (header_answer's questions)?"""
    return asks_for_author(question) or credit_asked(question) is not None or asks_a_page_fact(question)


def page_fact(question: Question, pool: list[Passage], index: Index) -> Stated | None:
    """Where the page states the first fact of itself the question asks (`…那篇综述是哪个网站发的`,
    one of several facts asked), or None."""
    return next((stated for _, stated in _page_facts(question, pool, index) if stated), None)


def _page_facts(question: Question, pool: list[Passage], index: Index) -> list[Fact]:
    """Each fact of a page asked, in the order asked, with where the page states it: what it says
    of itself (`这篇总结是哪个科室发的`: its `来源:办公室`), when it came out (its dateline or signature; a law or
    speech says it in a sentence, `…公布`) and, beside those, who it credits — `哪天发的、发在哪个网站上` asks
    two. All are one page's:
    the first stating one."""
    asked = page_fields_asked(question)
    named = page_named(question, asked)
    if not named.terms and not DOCUMENT_WORDS.search(question.text):  # `照片是谁拍的`: of which page?
        asked = [field for field in asked if PAGE_FIELDS[field.name].asked_of is not None]
    facts = [(field.start, question.text[field.start:field.end],
              _stated(named, pool, index, partial(page_field, name=field.name), PAGE_FIELDS[field.name].names_a_place))
             for field in asked]
    if (published := when_published_asked(question)) is not None:  # named without the asking words: `发到网上`
        dated = page_named(question, [*asked, FieldAsked("dateline", *published)])
        locate = partial(_dated, with_time=CLOCK_ASKED.search(question.text) is not None)
        facts.append((published[0], question.text[slice(*published)], _stated(dated, pool, index, locate)))
    if facts and (role := credit_asked(question)) is not None:  # `属于哪个栏目，责任编辑又是谁`: its credit too
        credit = CREDIT_ASKED[role].search(question.text)
        facts.append((credit.start(), credit.group(), _stated(credit_named(named), pool, index,
                                                               _in_display(partial(credit_line, role=role)))))
    facts.sort(key=lambda fact: fact[0])
    page = next((stated[0].doc_id for *_, stated in facts if stated), None)
    return [(words, stated if stated and stated[0].doc_id == page else None) for _, words, stated in facts]


def _dated(display: str, furniture_start: int | None, with_time: bool = False) -> Span:
    """When a page came out (its dateline under the title, `with_time` of day) or, with none, when an
    official document was signed (byline.signature_date)."""
    return dateline(display, with_time) or signature_date(display, furniture_start)


def _in_display(locate: Callable[[str], Span]) -> Callable[[str, int | None], Span]:
    """A locator reading the whole display text, wherever the page's furniture begins."""
    return lambda display, _furniture_start: locate(display)


def from_header(question: Question, pool: list[Passage], shown: list[Passage], index: Index,
                locate: Callable[[str, int | None], Span], names_held: bool = False) -> Answer | None:
    """The answer `locate`'s span of the first pooled document the question names gives (_stated)."""
    stated = _stated(question, pool, index, locate, names_held=names_held)
    return _answer_of(question, [("", stated)], shown, index) if stated else None


def _stated(question: Question, pool: list[Passage], index: Index, locate: Callable[[str, int | None], Span],
            places_held: bool = False, names_held: bool = False) -> Stated | None:
    """Who gave, wrote, reported or edited the document asked about (its byline, its credits), when
    it came out (its dateline or signature) or what its page says of itself: the span `locate` finds in the display
    text (given where its furniture begins) of the first pooled document that covers the question
    and is in its scope (`2023年那份报告`: the one dated 2023), with the passage holding it; with
    `places_held`, a place asked that the span names is the fact's (`…网在拉萨哪条路上`: its address);
    with `names_held`, a person the question names must be the span's or in the title."""
    about = document_named(question)
    for passage in pool:
        document = index.search_text(passage.doc_id)
        title = normalize(passage.title)
        display = index.display_text(passage.doc_id)
        # where a column or credit stands, and the site it was published on (`长城网那篇…`)
        stored = index.documents().get(passage.doc_id)
        span = locate(display, stored.furniture_start if stored else None)
        ends = "\n".join((document[:BYLINE_CONTEXT], document[-BYLINE_CONTEXT:], normalize(stored.source or "") if stored else ""))
        held = normalize(display[span[0]:span[1]]) if span and places_held else ""
        places = question.of_kind("place")
        missing = Scope("", "", "", "", title, passage.date, document, passage.doc_id).missing(question)
        if not check(about, ends, "", title, document).ok or any(m not in places or m not in held for m in missing):
            continue
        if span is None or names_held and not _names_held(question, normalize(display[span[0]:span[1]]), title):
            return None  # `作者孙兴兴是什么职务`: a byline naming another person says nothing of him
        holding = next((chunk for chunk in index.chunks_of_document(passage.doc_id)
                        if chunk.start <= span[0] and span[1] <= chunk.end), None)
        # a span across two passages cannot be cited exactly; else the passage holding it, not the one retrieved
        return None if holding is None else (passage_of(holding), *span)
    return None


def _answer_of(question: Question, facts: list[Fact], shown: list[Passage], index: Index) -> Answer:
    """The facts as the answer, one cited clause each, in the order given (a span another one holds
    said once: an address and postcode on one line cited whole); one the page does not state is
    said to be missing."""
    said: list[str] = []
    citations: list[Citation] = []
    for words, stated in facts:
        if stated is None:
            said.append(missing_fact(to_simplified(words)))
            continue
        passage, start, end = stated
        if not any(c.passage.chunk_id == passage.chunk_id and c.span_start <= start and end <= c.span_end
                   for c in citations):
            citations.append(Citation(len(citations) + 1, passage, start, end))
            said.append(cited_clause(to_simplified(index.display_text(passage.doc_id)[start:end]), len(citations)))
    return facts_answer(question.original, said, citations, shown)


def _names_held(question: Question, byline_text: str, title: str) -> bool:
    """Every person the question names is the byline's or names the document (`杨毅那篇文章`)."""
    byline_text = re.sub(r"\s", "", byline_text)  # `李　强` under a speech's title
    return all(normalize(term.text) in byline_text or normalize(term.text) in title
               for term in question.terms if term.flag.startswith("nr") and term.flag != "nrt")
