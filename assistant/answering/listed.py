"""A section's items written as an answer: an item a line, each cited with its exact span; a
summary adds what each item says (outline.py and item_topics.py find the items)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answering.figures import QUANTITY
from assistant.answering.models import Answer, Citation
from assistant.answering.question import Question
from assistant.answering.text import CLOSING, HEADING_NUMBER, ITEM_MARK, OPENING, sentences
from assistant.chunking import NUMBERED_ITEM
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import passage_of
from assistant.store.corpus import StoredChunk

if TYPE_CHECKING:  # outline.py finds the sections, and lists them here
    from assistant.answering.outline import HeadedSection

MAX_ITEM_CHARS = 60
# A summary's line stating what a section reports in figures, whole up to this many characters
# (`上半年共召开理论学习中心组集中学习6次,机关支部集中学习10次,…`).
FIGURE_LINE_CHARS = 100
TOPIC_ITEM_CHARS = 20  # an item sentence this short names its topic (`一是坚持党对民族工作的领导。`); what was done follows


def cut_item(display: str, start: int, end: int, longest: int = MAX_ITEM_CHARS) -> int:
    """End an item at its sentence end or, when long, at a clause break outside brackets: the
    last within `longest` characters, else the first after."""
    end = end - 1 if display[end - 1] in "。；;" else end
    if end - start <= longest:
        return end
    breaks, depth = [], 0
    for position in range(start, end):
        char = display[position]
        depth += (char in OPENING) - (char in CLOSING)
        if char in "，,；;" and depth <= 0:
            breaks.append(position)
    within = [position for position in breaks if position - start <= longest]
    return within[-1] if within else breaks[0] if breaks else end


def _ends_sentence(display: str, end: int) -> bool:
    return display[end:end + 1] in ("。", "\n", "")


def _first_line(display: str, heading_end: int, chunk: StoredChunk, among_items: bool = False) -> tuple[int, int] | None:
    """The first sentence under a heading, cut like an item; None when the chunk has none, or
    when the line after an item is the next item (`一是加强学习。二是…`: listed on its own)."""
    for start, end in sentences(display[heading_end:chunk.end], heading_end):
        line = normalize(display[start:end]).strip(" 。；;\n")
        if among_items and (ITEM_MARK.match(line) or HEADING_NUMBER.match(line) or NUMBERED_ITEM.match(line)):
            return None
        if line:
            return start, cut_item(display, start, end)
    return None


SENTENCE_ENDS = ("。", "；", ";", "！", "!", "？", "?", "")  # before a whole sentence (rstrip takes the line breaks)


def _states_a_figure(text: str) -> bool:
    return any(re.search(r"\d", found.group()) for found in QUANTITY.finditer(text))  # `6次`, not `两个确立`


def _figure_line(display: str, start: int, end: int, chunks: list[StoredChunk]) -> tuple[int, int, StoredChunk] | None:
    """The first whole sentence from start to end stating a figure (`上半年共召开理论学习中心组集中学习6次`),
    what a work summary reports, with the chunk holding it."""
    for line_start, line_end in sentences(display[start:end], start):
        holding = next((chunk for chunk in chunks if chunk.start <= line_start < chunk.end), None)
        if holding and _states_a_figure(display[line_start:line_end]) and display[max(line_start - 16, 0):line_start].rstrip()[-1:] in SENTENCE_ENDS:
            return line_start, cut_item(display, line_start, min(line_end, holding.end), FIGURE_LINE_CHARS), holding
    return None


def _paragraph_end(display: str, start: int, end: int) -> int:
    found = display.find("\n", start, end)
    return end if found < 0 else found


def listed_answer(question: Question, section: HeadedSection, items: list[tuple[int, int, StoredChunk]], display: str,
                  summary: bool, headings: bool, enumerated: bool) -> Answer:
    """An item a line; a summary adds each heading's first line, cited on its own, and so the
    first line after an item that only names its topic (`一是坚持党对民族工作的领导。` is followed
    by what was done), and the first line under it stating a figure when that is another (`…集中学习6次`)."""
    citations: list[Citation] = []
    parts: list[str] = []
    title = to_simplified(section.chunks[0].title)
    display_heading = to_simplified(section.path[-1]).rstrip("。") if section.path else title
    for number, (start, end, chunk) in enumerate(items):
        spans = [(start, end, chunk)]
        named_only = headings or enumerated and len(display[start:end].strip()) <= TOPIC_ITEM_CHARS \
            and _ends_sentence(display, end)
        line = _first_line(display, end, chunk, among_items=not headings) if summary and named_only else None
        if line and headings and not _ends_sentence(display, end) and display[end:end + 1] not in "；;：:":
            spans, line = [(start, line[1], chunk)], None  # a heading cut inside its sentence (`第五十九条 …插手招标投`) goes on in it
        spans += [(*line, chunk)] if line else []
        # up to the next item, or the last item's paragraph end: a closing paragraph is no item's
        figures = None
        if line and not _states_a_figure(display[line[0]:line[1]]):
            following = items[number + 1][0] if number + 1 < len(items) else _paragraph_end(display, line[1], section.chunks[-1].end)
            figures = _figure_line(display, line[1], following, section.chunks)
        spans += [figures] if figures else []
        texts = []
        for span_start, span_end, holding in spans:
            citations.append(Citation(len(citations) + 1, passage_of(holding), span_start, span_end))
            text = to_simplified(display[span_start:span_end]).strip().rstrip("。；;，,：:")
            texts.append(f"{text}[{len(citations)}]")
        parts.append("：".join(texts))
    listed = f"列出{len(items)}项：\n" if len(items) > 1 else "："
    answer = f"《{title}》“{display_heading}”{listed}" + "；\n".join(parts) + "。"  # an item a line
    passages = list({citation.passage.chunk_id: citation.passage for citation in citations}.values())
    return Answer(question.original, answer, False, "extractive", citations, passages, listing=True)
