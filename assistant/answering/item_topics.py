"""A topic announced by an `一是…` item rather than a heading: `三是抓好机关党的建设。` is followed by
what was done for it (`…严格落实“三会一课”制度…；…召开委党组2021年度民主生活会…；…签订责任书6份`).

A list, summary or how question about that topic (`拉萨民委上半年机关党建这块做了些啥`) finds no
section heading naming it (outline.py), and one sentence cut from the item answers only its first
clauses. The answer is the item's clauses up to the next item, each cited with its exact span.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import compound_credit, thing_coverage
from assistant.answering.models import Answer
from assistant.answering.section_topic import TOPIC_WORDS_NAMED
from assistant.answering.listed import listed_answer
from assistant.answering.outline import MAX_ITEMS, OUTLINE_INTENTS, HeadedSection, heading_path, outline_answer
from assistant.answering.question import Question
from assistant.answering.scope import Scope
from assistant.answering.text import ORDINAL_IS, sentences
from assistant.indexing import Index
from assistant.ingest.normalize import normalize
from assistant.store.corpus import StoredChunk

ITEM_OPENING = rf"(?:^|(?<=[。；;\n]))\s*{ORDINAL_IS}"
# An item naming only its topic, a sentence of its own (`三是抓好机关党的建设。`), not one that goes
# on to say what was done (`一是制发《…》等文件,把民族工作…`: outline.py lists such items).
ITEM_TOPIC = re.compile(ITEM_OPENING + r"(?P<topic>[^。；;，,：:\n]{2,20})。")
NEXT_ITEM = re.compile(ITEM_OPENING)
MIN_TOPIC_COVERAGE = 0.75  # of the question's topic words beyond the title's, weighted as coverage.py does
MIN_CLAUSES = 2  # fewer is one sentence: the sentence finder cuts it as well


def section_answer(question: Question, doc_ids: list[str], index: Index) -> Answer | None:
    """What a list, summary or how question asks of a part of a document: the list of the section naming
    the topic (outline.py), else the clauses under an item naming it; for how, an item naming it in that
    section's document comes first — how a thing is done is told under it (`二是突出政治理论学习。…集中学习和
    个人自学相结合…` under `(一)…全面加强政治理论学习`)."""
    outline = outline_answer(question, doc_ids, index)
    if outline is None:
        return item_answer(question, doc_ids, index)
    if question.intent == "how":
        return item_answer(question, [outline.citations[0].passage.doc_id], index) or outline
    return outline


def item_answer(question: Question, doc_ids: list[str], index: Index) -> Answer | None:
    """The clauses of the first item (in the documents' order) whose topic holds the question's, in
    its scope; None when no item names the topic or the question is not a list, summary or how."""
    if question.intent not in OUTLINE_INTENTS or question.of_kind("phrase"):
        return None
    for doc_id in doc_ids:
        chunks = index.chunks_of_document(doc_id)
        if not chunks:
            continue
        title = normalize(chunks[0].title)
        topic = list(dict.fromkeys(term for term in question.of_kind("thing") if compound_credit(term, title) < 1.0))
        if len(topic) < TOPIC_WORDS_NAMED:
            continue  # one word (`宣传`) names many items' topics; none, the document as a whole: outline.py's
        display = index.display_text(doc_id)
        document = normalize(display)  # once a document: the scope of every item in it
        for position, chunk in enumerate(chunks):
            for item in ITEM_TOPIC.finditer(display, chunk.start, chunk.end):
                if thing_coverage(topic, normalize(item.group("topic")), question.synonyms) < MIN_TOPIC_COVERAGE:
                    continue
                if _in_scope(question, item, chunk, title, display, document):
                    clauses = _clauses_after(item.end(), chunks[position:], display)
                    if len(clauses) >= MIN_CLAUSES:
                        named = HeadedSection(doc_id, (*heading_path(chunk), item.group().strip().rstrip("。")), [chunk])
                        return listed_answer(question, named, clauses[:MAX_ITEMS], display, False, False, False)
    return None


def _in_scope(question: Question, item: re.Match, chunk: StoredChunk, title: str, display: str, document: str) -> bool:
    """The item holds the question's place, body, year and period where it stands (its passage,
    heading and `document`, the document's search text)."""
    before = normalize(display[chunk.start:item.start()])
    return not Scope(normalize(item.group()), before, normalize(display[chunk.start:chunk.end]), normalize(chunk.heading),
                     title, chunk.date, document, chunk.doc_id).missing(question)


def _clauses_after(start: int, chunks: list[StoredChunk], display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each clause from `start` to the next item, in the item's chunk and
    the ones right after it under the same heading (a table's chunks or a later part under the same
    heading are not the item's), each within its chunk."""
    following = _run_under_one_heading(chunks, display)
    end = following[-1].end
    if (next_item := NEXT_ITEM.search(display, start, end)) is not None:
        end = next_item.start()
    clauses: list[tuple[int, int, StoredChunk]] = []
    for clause_start, clause_end in sentences(display[start:end], start):
        owner = next((chunk for chunk in following if chunk.start <= clause_start < chunk.end), None)
        if owner is None or not display[clause_start:clause_end].strip(" 。；;\n"):
            continue
        clause_end = min(clause_end, owner.end)
        clause_end -= display[clause_end - 1] in "。；;"
        clauses.append((clause_start, clause_end, owner))  # what was done, whole: not cut as a list's item
    return clauses


def _run_under_one_heading(chunks: list[StoredChunk], display: str) -> list[StoredChunk]:
    """The first chunk and those following it without a gap under the same heading."""
    run = [chunks[0]]
    for chunk in chunks[1:]:
        if heading_path(chunk) != heading_path(run[0]) or display[run[-1].end:chunk.start].strip():
            break
        run.append(chunk)
    return run
