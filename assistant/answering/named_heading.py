"""The heading of a part a question names by its number: `2006年版监督法第六章标题是啥`,
`会计法第三章叫什么名字`. A drafter asks what a chapter is called; no sentence says it — the
heading line does (`第六章 询问和质询`), quoted with its exact span.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import thing_coverage
from assistant.answering.models import Answer, Citation
from assistant.answering.question import Question
from assistant.indexing import Index
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import Passage, passage_of

# A part of a law or regulation numbered as a heading (not 第X条: an article's first line is its rule).
HEADING_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+[编章节]")
ASKS_ITS_NAME = re.compile(r"标题|名称|题目|名字|叫什么|叫啥|是什么|是啥")
NAMING_WORDS = ("标题", "名称", "题目", "名字")
MIN_TITLE_COVERAGE = 0.5  # of the question's other content words, in the document's title
# The document's name right before the number (`代表法第三章`, `2006年版监督法第六章`): its title must end
# a way that holds it (代表法 is not the 备案审查条例 whose title says 人民代表大会).
NAME_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:法|条例|办法|规定|细则|规则|标准))的?第")
SHORT_NAME_CHARS = 3


def _names(name: str, title: str) -> bool:
    """Does the title hold the name, or its last SHORT_NAME_CHARS characters or more (`年版监督法`
    → 监督法)?"""
    return any(name[start:] in title for start in range(len(name) - SHORT_NAME_CHARS + 1))


def named_heading(question: Question, pool: list[Passage], index: Index) -> Answer | None:
    """The heading the question names by its number, in the first pooled document whose title
    holds the question's other words; None when the question asks no such thing or no pooled
    document has that part."""
    ordinals = [o for o in question.of_kind("ordinal") if HEADING_ORDINAL.fullmatch(o)]
    if question.intent != "fact_name" or len(ordinals) != 1 or not ASKS_ITS_NAME.search(question.text):
        return None
    words = [term for term in question.of_kind("thing") if term not in NAMING_WORDS]
    named = NAME_BEFORE.search(question.text)
    for doc_id in dict.fromkeys(passage.doc_id for passage in pool):
        chunks = index.chunks_of_document(doc_id)
        title = normalize(chunks[0].title) if chunks else ""
        if not chunks or (not _names(named.group(1), title) if named else
                          words and thing_coverage(words, title) < MIN_TITLE_COVERAGE):
            continue
        display = index.display_text(doc_id)
        for chunk in chunks:
            heading = next((part for part in chunk.heading.split(" > ") if normalize(part).startswith(ordinals[0])), None)
            start = display.find(heading, chunk.start, chunk.end) if heading else -1
            if start >= 0:
                end = start + len(heading)
                cited = passage_of(chunk)
                return Answer(question.original, f"{to_simplified(heading)}[1]。", False, "extractive",
                              [Citation(1, cited, start, end)], [cited])
    return None
