"""The heading of a part a question names by its number: `2006年版监督法第六章标题是啥`,
`会计法第三章叫什么名字`. A drafter asks what a chapter is called; no sentence says it — the
heading line does (`第六章 询问和质询`), quoted with its exact span. And what an article a question
names says (`国务院组织法第三条大概讲了啥`): the article, whole.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import thing_coverage
from assistant.answering.models import Answer, Citation
from assistant.answering.question import Question
from assistant.indexing import Index
from assistant.answering.text import NORMATIVE_KINDS
from assistant.ingest.normalize import normalize, to_simplified
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


# An article starts a line with its number; it runs to the next article, chapter or section.
ARTICLE_START = r"(?:^|\n)[ \t\u3000]*{}(?=[\s\u3000])"
NEXT_PART = re.compile(r"\n[ \t\u3000]*第[一二三四五六七八九十百零〇]+[条章节](?=[\s\u3000])")
ARTICLE_CHARS = 600  # an article longer than this is cut at the sentence end before it


def named_article(question: Question, pool: list[Passage], index: Index) -> Answer | None:
    """The text of the article a summary question names by its number (`第三条大概讲了啥`), in the
    pooled document named as for a heading; None when it asks no such thing or that document has
    no such article. A chunk under the article's heading runs on into the next articles, so the
    article is read from the document itself."""
    articles = [ordinal for ordinal in question.of_kind("ordinal") if ordinal.endswith("条")]
    if question.intent != "summary" or len(articles) != 1:
        return None
    for doc_id in _documents_named(question, pool, index):
        display = index.display_text(doc_id)
        found = re.search(ARTICLE_START.format(articles[0]), normalize(display))
        if found is None:
            continue
        start = found.end() - len(articles[0])
        following = NEXT_PART.search(display, found.end())
        end = _sentence_end_before(display, start, following.start() if following else len(display))
        chunk = next((c for c in index.chunks_of_document(doc_id) if c.start <= start < c.end), None)
        if chunk is None:
            continue
        cited = passage_of(chunk)
        said = to_simplified(display[start:end]).strip().rstrip("。；;，,")
        return Answer(question.original, f"{said}[1]。", False, "extractive", [Citation(1, cited, start, end)], [cited])
    return None


def _sentence_end_before(display: str, start: int, end: int) -> int:
    """`end`, or the last sentence end before ARTICLE_CHARS when the article is longer."""
    text = display[start:end].rstrip()
    if len(text) <= ARTICLE_CHARS:
        return start + len(text)
    cut = max(text.rfind(mark, 0, ARTICLE_CHARS) for mark in "。；;")
    return start + (cut + 1 if cut > 0 else ARTICLE_CHARS)


def _documents_named(question: Question, pool: list[Passage], index: Index) -> list[str]:
    titles = {passage.doc_id: normalize(passage.title) for passage in pool}
    if (named := NAME_BEFORE.search(question.text)) and (
            lengths := {doc_id: length for doc_id, title in titles.items() if (length := _named_part(named.group(1), title))}):
        return [max(lengths, key=lambda doc_id: lengths[doc_id])]  # ties: the best ranked (dicts keep pool order)
    words = [term for term in question.of_kind("thing") if term not in NAMING_WORDS]
    return [doc_id for doc_id, title in titles.items() if not words or thing_coverage(words, title) >= MIN_TITLE_COVERAGE]
