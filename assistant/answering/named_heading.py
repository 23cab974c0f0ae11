"""The heading of a part a question names by its number: `2006年版监督法第六章标题是啥`,
`会计法第三章叫什么名字`. A drafter asks what a chapter is called; no sentence says it — the
heading line does (`第六章 询问和质询`), quoted with its exact span. And what an article a question
names says (`国务院组织法第三条大概讲了啥`): the article, whole.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import thing_coverage
from assistant.answering.models import Answer, Citation
from assistant.answering.asked_times import INSERTED
from assistant.answering.question import Question
from assistant.indexing import Index
from assistant.answering.text import NORMATIVE_KINDS
from assistant.compare.units import ARTICLE, CHAPTER, NOT_A_LABEL, NUMERALS as ARTICLE_NUMERALS
from assistant.ingest.normalize import build_search_text, normalize, to_simplified
from assistant.retrieval import Passage, passage_of

# A part of a law or regulation numbered as a heading (not 第X条: an article's first line is its
# rule), asked for by its name right after its number (`第六章标题是啥`, not `第六章规定的询问对象是什么`).
ASKS_ITS_NAME = re.compile(r"(第[一二三四五六七八九十百零〇]+[章节])的?(?:标题|名称|题目|名字|叫什么|叫做什么|是什么)")
NAMING_WORDS = ("标题", "名称", "题目", "名字")
MIN_TITLE_COVERAGE = 0.5  # of the question's other content words, in the document's title
# The document's name right before the number (`代表法第三章`, `2006年版监督法第六章`): the title
# ends with it, or with its last SHORT_NAME_CHARS characters or more (`年版监督法` → 监督法); the
# document whose title ends with the longest part of it is the one named.
NAME_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{2,16}}?(?:{NORMATIVE_KINDS}))的?第")
SHORT_NAME_CHARS = 3


def _named_part(name: str, title: str) -> int:
    """How many of the name's last characters the title ends with (0: fewer than SHORT_NAME_CHARS)."""
    return next((len(name) - start for start in range(len(name) - SHORT_NAME_CHARS + 1) if title.endswith(name[start:])), 0)


def named_heading(question: Question, pool: list[Passage], index: Index) -> Answer | None:
    """The heading the question names by its number, in the pooled document its name before the
    number names (else the first whose title holds the question's other words); None when the
    question asks no such thing or that document has no such part."""
    asked = ASKS_ITS_NAME.search(question.text)
    if asked is None or question.intent != "fact_name":
        return None
    for doc_id in _documents_named(question, pool, index):
        display = index.display_text(doc_id)
        for chunk in index.chunks_of_document(doc_id):
            heading = next((part for part in chunk.heading.split(" > ") if normalize(part).startswith(asked.group(1))), None)
            start = display.find(heading, chunk.start, chunk.end) if heading else -1
            if start >= 0:
                cited = passage_of(chunk)
                return Answer(question.original, f"{to_simplified(heading)}[1]。", False, "extractive",
                              [Citation(1, cited, start, start + len(heading))], [cited])
    return None


# An article starts a line with its number (`第三条`, and not `第三条之一`, another article); it
# runs to the next article or part (compare.units' labels).
ARTICLE_START = r"(?:^|\n)[ \t\u3000]*{}(?![之{}])" + NOT_A_LABEL
NEXT_PART = re.compile(rf"\n[ \t\u3000]*(?:{ARTICLE.pattern}|{CHAPTER.pattern})")
ARTICLE_CHARS = 600  # an article longer than this is cut at the sentence end before it, marked `…`
# Asking what an article says (`第三条规定了什么`, `…的内容是什么`), beside a summary's `讲了啥`.
# at the question's end: `第五条规定什么人不得担任` asks a person.
ASKS_WHAT_IT_SAYS = re.compile(r"(?:(?:规定|讲|说|写)了?(?:些)?(?:什么|啥|哪些内容)|内容是(?:什么|啥))[？?。！!\s]*$")
SAYING_WORDS = ("规定", "内容")  # how ASKS_WHAT_IT_SAYS puts it, not what a title holds
# Before a law's name, only how the question opens and which version it is (`请问`, `新版`,
# `2024年版`, `新修订的`, `现行有效的`): `人民法院组织法` is not 国务院组织法, though both end in 组织法.
NAMED_WHOLLY = re.compile(r"(?:请问|我想知道|想问一下|问一下|那么?|这个|那个)?"
                          r"(?:新|旧|现行|有效|最新|修订|修正|后|年|版|的|中华人民共和国)*")


ARTICLE_ORDINAL = re.compile(rf"条(?:{INSERTED})?$")  # `第三条`, `第一百二十条之一`


def article_asked(question: Question) -> str | None:
    """The one article the question names by its number and asks to be summed up or what it
    says (`第三条大概讲了啥`), or None."""
    articles = [ordinal for ordinal in question.of_kind("ordinal") if ARTICLE_ORDINAL.search(ordinal)]
    asked = question.intent == "summary" or bool(ASKS_WHAT_IT_SAYS.search(question.text))
    return articles[0] if len(articles) == 1 and asked else None


def named_article(question: Question, article: str, pool: list[Passage], index: Index) -> Answer | None:
    """The text of the article asked (article_asked), in the pooled document named as for a
    heading, cited passage by passage; None when the question names a law no pooled title is, or
    that document has no such article. A chunk under the article's heading runs on into the next
    articles, so the article is read from the document itself."""
    for doc_id in _documents_named(question, pool, index, wholly=True):
        display = index.display_text(doc_id)
        searched = build_search_text(display)
        found = re.search(ARTICLE_START.format(article, ARTICLE_NUMERALS), searched.text)
        if found is None:
            continue
        following = NEXT_PART.search(searched.text, found.end())
        start, end = searched.to_display(found.end() - len(article), following.start() if following else len(searched.text))
        end, cut = _sentence_end_before(display, start, end)
        citations = [Citation(n, passage_of(chunk), max(start, chunk.start), min(end, chunk.end))
                     for n, chunk in enumerate((c for c in index.chunks_of_document(doc_id) if c.start < end and c.end > start), 1)]
        if not citations:
            continue
        return Answer(question.original, _cited_pieces(display, citations, cut), False, "extractive", citations,
                      [c.passage for c in citations])
    return None


def _cited_pieces(display: str, citations: list[Citation], cut: bool) -> str:
    """Each passage's piece of the article with its marker, keeping the punctuation it ends with
    (`…的领导；[1]`→`…的领导[1]；`); the last ends the answer, with `…` when the article was cut."""
    pieces = []
    for citation in citations:
        piece = to_simplified(display[citation.span_start:citation.span_end]).strip()
        body = piece.rstrip("。；;，,")
        pieces.append(f"{body}[{citation.n}]{piece[len(body):][:1]}")
    return "".join(pieces).rstrip("。；;，,") + ("…" if cut else "。")


def _sentence_end_before(display: str, start: int, end: int) -> tuple[int, bool]:
    """`end`, or the last sentence end before ARTICLE_CHARS when the article is longer (and so cut)."""
    text = display[start:end].rstrip()
    if len(text) <= ARTICLE_CHARS:
        return start + len(text), False
    cut = max(text.rfind(mark, 0, ARTICLE_CHARS) for mark in "。；;")
    return start + (cut + 1 if cut > 0 else ARTICLE_CHARS), True


def _documents_named(question: Question, pool: list[Passage], index: Index, wholly: bool = False) -> list[str]:
    """The pooled document the name before the number names; `wholly`: none unless the name's
    part before what the title ends with only opens the question or says which version
    (`新版国务院组织法`), and none when a name is written but no pooled title is it."""
    titles = {passage.doc_id: normalize(passage.title) for passage in pool}
    if (named := NAME_BEFORE.search(question.text)) and (
            lengths := {doc_id: length for doc_id, title in titles.items() if (length := _named_part(named.group(1), title))}):
        best = max(lengths, key=lambda doc_id: lengths[doc_id])  # ties: the best ranked (dicts keep pool order)
        front = named.group(1)[:len(named.group(1)) - lengths[best]]
        return [best] if not wholly or NAMED_WHOLLY.fullmatch(front) else []
    if wholly and named:
        return []
    words = [term for term in question.of_kind("thing") if term not in NAMING_WORDS and not (wholly and term in SAYING_WORDS)]
    return [doc_id for doc_id, title in titles.items() if not words or thing_coverage(words, title) >= MIN_TITLE_COVERAGE]
