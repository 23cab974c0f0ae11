"""Outline answers: `下半年工作思路有哪些？`, `存在哪些问题？` asked of a section.

When a list question names a section of a document (its heading holds the question's words:
`三、下半年工作思路`, `二、存在的问题`), the answer is what that section lists: its sub-headings
(`（一）…；（二）…`), or else its `一是…二是…` items, each cited with its exact span. A clause
copied from the section (often just its heading) would not answer such a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.coverage import check, thing_coverage
from assistant.answering.models import Answer, Citation
from assistant.answering.question import Question
from assistant.ingest.normalize import SENTENCE, normalize, to_simplified
from assistant.retrieval import Passage
from assistant.store.keywords import KeywordStore, StoredChunk

MIN_HEADING_COVERAGE = 0.5  # the heading itself must hold half of the question's content words
MAX_ITEMS = 12
MAX_ITEM_CHARS = 60
OPENING, CLOSING = "(（“《「『[【〔", ")）”》」』]】〕"
ITEM_MARK = re.compile(r"[一二三四五六七八九十]+是")
HEADING_NUMBER = re.compile(r"^\s*([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条])")


@dataclass
class Section:
    doc_id: str
    path: tuple[str, ...]  # heading path of the section
    chunks: list[StoredChunk]  # the document's chunks under it, in order


def outline_answer(question: Question, doc_ids: list[str], keywords: KeywordStore) -> Answer | None:
    """The listed contents of the section the question names, searched in `doc_ids` (best
    first), or None when no section heading covers the question or the section lists nothing."""
    if question.kind not in ("list", "general") or question.of_kind("phrase"):
        return None
    for section in _covering_sections(question, doc_ids, keywords):
        display = keywords.display_text(section.doc_id) or ""
        items = _sub_headings(section, display) or _enumerated_items(section, display)
        if len(items) >= 2:
            return _answer(question, section, items[:MAX_ITEMS])
    return None


def _covering_sections(question: Question, doc_ids: list[str], keywords: KeywordStore) -> list[Section]:
    """Sections whose own heading holds most of the question's content words, best first."""
    things = question.of_kind("thing")
    scored: list[tuple[float, int, Section]] = []
    for rank, doc_id in enumerate(doc_ids):
        chunks = keywords.chunks_of_document(doc_id)
        if not chunks:
            continue
        document_text = normalize(keywords.display_text(doc_id) or "")
        title = normalize(chunks[0].title)
        paths = {_path(chunk): None for chunk in chunks if chunk.heading}
        prefixes = {path[:depth]: None for path in paths for depth in range(1, len(path) + 1)}
        for path in prefixes:
            heading = normalize(path[-1])
            score = thing_coverage(things, heading) if things else 0.0
            if score < MIN_HEADING_COVERAGE:
                continue
            if not check(question, "", normalize(" > ".join(path)), title, document_text, chunks[0].date).ok:
                continue
            under = [chunk for chunk in chunks if _path(chunk)[:len(path)] == path]
            scored.append((score, -rank, Section(doc_id, path, under)))
    scored.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [section for _, _, section in scored]


def _path(chunk: StoredChunk) -> tuple[str, ...]:
    return tuple(part for part in chunk.heading.split(" > ") if part) if chunk.heading else ()


def _sub_headings(section: Section, display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each heading one level below the section's, in order."""
    depth = len(section.path)
    found: list[tuple[int, int, StoredChunk]] = []
    seen: set[str] = set()
    for chunk in section.chunks:
        path = _path(chunk)
        if len(path) <= depth or path[depth] in seen:
            continue
        seen.add(path[depth])
        name = path[depth]
        start = display.find(name, chunk.start)
        if start < 0 or start >= chunk.end:
            continue
        found.append((start, start + len(name.rstrip("。")), chunk))
    return found if len(found) >= 2 and all(HEADING_NUMBER.match(display[s:e]) for s, e, _ in found) else []


def _enumerated_items(section: Section, display: str) -> list[tuple[int, int, StoredChunk]]:
    """(start, end, chunk) of each `一是…` item in the section's own text: the item's sentence,
    cut at a clause boundary when long."""
    items: list[tuple[int, int, StoredChunk]] = []
    for chunk in section.chunks:
        if _path(chunk) != section.path:
            continue  # a sub-section's items belong to it
        for sentence in SENTENCE.finditer(chunk.text):
            mark = ITEM_MARK.search(sentence.group())
            if mark is None or not _opens_clause(sentence.group(), mark.start()):
                continue
            start = chunk.start + sentence.start() + mark.start()
            end = _cut(display, start, chunk.start + sentence.end())
            items.append((start, end, chunk))
    expected = ["一是", "二是"]
    marks = [ITEM_MARK.match(display[s:e]).group() for s, e, _ in items]
    return items if marks[:2] == expected else []


def _opens_clause(sentence: str, position: int) -> bool:
    return position == 0 or sentence[position - 1] in "，,；;：:。"


def _cut(display: str, start: int, end: int) -> int:
    """End an item at its sentence end or, when long, at a clause break outside brackets: the
    last within MAX_ITEM_CHARS, else the first after."""
    end = end - 1 if display[end - 1] in "。；;" else end
    if end - start <= MAX_ITEM_CHARS:
        return end
    breaks, depth = [], 0
    for position in range(start, end):
        char = display[position]
        depth += (char in OPENING) - (char in CLOSING)
        if char in "，,；;" and depth <= 0:
            breaks.append(position)
    within = [position for position in breaks if position - start <= MAX_ITEM_CHARS]
    return within[-1] if within else breaks[0] if breaks else end


def _answer(question: Question, section: Section, items: list[tuple[int, int, StoredChunk]]) -> Answer:
    citations: list[Citation] = []
    parts: list[str] = []
    display_heading = to_simplified(section.path[-1]).rstrip("。")
    for start, end, chunk in items:
        passage = Passage(chunk.doc_id, chunk.title, chunk.heading, chunk.date, chunk.source, chunk.text,
                          chunk.start, chunk.end, 1.0, chunk.chunk_id)
        citations.append(Citation(len(citations) + 1, passage, start, end))
        text = to_simplified(chunk.text[start - chunk.start:end - chunk.start]).strip().rstrip("。；;，,")
        parts.append(f"{text}[{len(citations)}]")
    title = to_simplified(section.chunks[0].title)
    answer = f"《{title}》“{display_heading}”列出{len(items)}项：\n" + "；\n".join(parts) + "。"  # an item a line
    passages = list({citation.passage.chunk_id: citation.passage for citation in citations}.values())
    return Answer(question.original, answer, False, "extractive", citations, passages, listing=True)
