"""Structure-aware splitting of a document's display text into passages (llama-index TextNodes).

Policy documents are organised by numbered headings (`一、`, `（一）`, `第X章`, `第X条`), by
short title lines, and inside paragraphs by `一是…二是…` enumerations. A heading always starts
a chunk and is recorded in the chunk's heading path; chunks grow sentence by sentence
(。！？；) to about 200–400 characters and prefer to break before `二是`/`三是`. Every chunk is a
contiguous span of the display text: `start`/`end` locate it exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from assistant.ingest.clean import EDITOR_CREDIT, is_dateline, is_page_fact_line
from assistant.ingest.document import Document
from assistant.ingest.normalize import normalize

if TYPE_CHECKING:  # llama-index loads only when nodes are asked for (~2 s): keyword-first runs never need it
    from llama_index.core.schema import TextNode

NUMERALS = "一二三四五六七八九十百零〇"
ARTICLE = re.compile(rf"^第[{NUMERALS}\d]+条")
NUMBERED_ITEM = re.compile(rf"^[(（][{NUMERALS}]{{1,3}}[)）]")  # `（一）`
DIGIT_ITEM = re.compile(r"^(\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])")  # `1.`, `（1）`
HEADING_LEVELS = (
    (re.compile(rf"^第[{NUMERALS}\d]+[编章]"), 0),
    (re.compile(rf"^[{NUMERALS}]{{1,3}}、"), 1),
    (re.compile(rf"^第[{NUMERALS}\d]+节"), 2),
    (NUMBERED_ITEM, 2),
    (ARTICLE, 3),
    (DIGIT_ITEM, 4),
)
SHORT_HEADING_LEVEL = 1
# In a document organised by articles (laws, regulations, 办法), `（一）` and `1.` lines are the
# items of the article above them, not sections: the 行政复议法's `（七）…` items headed every
# article after them until the next chapter, and the answer to a 第二十条 question was cited
# under `第三章 > （七）…`. Its 题注 lines (`1949年12月23日 政务院发布`, `2024年1月22日 …第二次修订）`)
# date a version and head nothing (elsewhere a dated line may head a month: `2023年3月工作安排`).
MIN_ARTICLES = 3
DATED_LINE = re.compile(r"^(\d{4}|[一二三四五六七八九〇零]{4})年[\d一二三四五六七八九十]{1,2}月")
SENTENCE_AND_CLOSERS = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』\"）)]*|$)")
CLAUSE_BREAK = re.compile(r"(?<=[，,、：:])")
ENUMERATION_START = re.compile(rf"^[{NUMERALS}]是")
FINAL_PUNCTUATION = "。！？；!?;…：:，,"
SENTENCE_ENDS = tuple("。！？；!?;")
MAX_HEADING_LENGTH = 60
SHORT_HEADING_CHARS = 40  # a title-like heading line without a number is no longer
DATELINE_CHARS = 40  # a page's dateline is short: only such lines are normalized to be checked
LEAD_SENTENCE_CHARS = 40  # a paragraph's opening sentence this short states its topic (`稳妥化解地方政府债务风险。`)


class Chunk(NamedTuple):
    """One chunk, as the keyword store writes it: a light tuple, cheap to build and to send
    back from an indexing worker (a TextNode costs several times more)."""

    chunk_id: str
    start: int
    end: int
    heading: str
    text: str


@dataclass
class Section:
    heading_path: tuple[str, ...]
    start: int
    end: int


def heading_of_line(line: str, title: str, articles: bool = False, previous: str = "") -> tuple[int, str] | None:
    """(level, heading text) if the line opens a section, else None; `articles`: the document is
    organised by 第X条, so numbered items belong to their article; `previous`: the line before it."""
    if not line or line == title or len(line) <= DATELINE_CHARS and is_dateline(normalize(line)) or EDITOR_CREDIT.fullmatch(line) \
            or is_page_fact_line(line):
        return None  # a page's dateline, editor credit or facts about itself, kept by cleaning, heads nothing
    if articles and (NUMBERED_ITEM.match(line) or DIGIT_ITEM.match(line) or DATED_LINE.match(line)):
        return None
    for pattern, level in HEADING_LEVELS:
        if pattern.match(line):
            # `（一）提高站位，全面加强政治理论学习。一是…`: the heading is the first sentence.
            first_sentence = re.match(r"[^。！？；!?;]*[。！？；!?;]?", line).group()
            return level, first_sentence.rstrip("。；;")[:MAX_HEADING_LENGTH]
    # A short line without final punctuation is a title-like heading (not a credit line in brackets),
    # unless it goes on with a paragraph line cut mid-sentence (`…积极推动加入` / `全面与进步跨太平洋
    # 伙伴关系协定` / `（CPTPP）等…`: a PDF's wrapped line headed the 2023 report's next paragraphs).
    if len(line) <= SHORT_HEADING_CHARS and line[-1] not in FINAL_PUNCTUATION and "。" not in line and not line.startswith(("——", "【", "(", "（")) \
            and not _cut_mid_sentence(previous):
        return SHORT_HEADING_LEVEL, line
    return None


PROSE_MARK = re.compile(r"[，、。；]")
COLUMNS = re.compile(r"\S\s{2,}\S|\t")  # a table row or a page's navigation, cells apart


def _cut_mid_sentence(line: str) -> bool:
    """A paragraph's line ending inside a word: longer than any title-like heading, written in
    prose (a comma in it), not cells apart, and ending in a Chinese character, not punctuation."""
    return (len(line) > SHORT_HEADING_CHARS and "\u4e00" <= line[-1] <= "\u9fff"
            and PROSE_MARK.search(line) is not None and COLUMNS.search(line) is None)


def sections_of(document: Document) -> list[Section]:
    """Split the display text at heading lines, tracking the heading path."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    start = 0
    offset = 0
    path: tuple[str, ...] = ()
    lines = document.display.split("\n")
    articles = is_organised_by_articles(lines)
    previous = ""
    for line in lines:
        in_table = any(table.start <= offset < table.end for table in document.tables)
        found = None if in_table else heading_of_line(line, document.title, articles, previous)  # a short row is no heading
        previous = "" if in_table else line
        if found and offset > start:
            sections.append(Section(path, start, offset))
            start = offset
        if found:
            level, text = found
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
            path = tuple(heading for _, heading in stack)
        offset += len(line) + 1
    # a page's furniture kept after its text (its facts, its editor) is a section of no heading, never
    # merged into the text's: no last section lists it as items (`…(十)…系列活动` listed `来源:办公室`)
    text_end = len(document.display) if document.furniture_start is None else max(start, document.furniture_start)
    if text_end > start:
        sections.append(Section(path, start, text_end))
    furniture = [Section((), text_end, len(document.display))] if len(document.display) > text_end else []
    return _merge_bare_headings(sections, document.display) + furniture


def is_organised_by_articles(lines: list[str]) -> bool:
    return sum(1 for line in lines if ARTICLE.match(line)) >= MIN_ARTICLES


def _merge_bare_headings(sections: list[Section], display: str) -> list[Section]:
    """A heading line followed directly by a sub-heading joins the next section (no tiny chunks); an
    article ending its sentence is none (`第四十四条 拘役的刑期…。` had joined 第四十五条 under `第四节`, which
    ranked 27th for `有期徒刑的期限一般是多少`)."""
    merged: list[Section] = []
    pending_start: int | None = None
    for section in sections:
        body = display[section.start:section.end].strip()
        whole_article = ARTICLE.match(body) is not None and body.endswith(SENTENCE_ENDS)
        if "\n" not in body and len(body) <= MAX_HEADING_LENGTH and not whole_article and section is not sections[-1]:
            pending_start = section.start if pending_start is None else pending_start
            continue
        if pending_start is not None:
            section = Section(section.heading_path, pending_start, section.end)
            pending_start = None
        merged.append(section)
    return merged


def _sentence_spans(text: str, base: int) -> list[tuple[int, int]]:
    spans = []
    for match in SENTENCE_AND_CLOSERS.finditer(text):
        if match.group().strip():
            spans.append((base + match.start(), base + match.end()))
    return spans


def _split_long(start: int, end: int, display: str, max_chars: int) -> list[tuple[int, int]]:
    """A sentence longer than max_chars is cut at commas, then hard."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    cursor = start
    for part in CLAUSE_BREAK.split(display[start:end]):
        part_end = cursor + len(part)
        if part_end - piece_start > max_chars and cursor > piece_start:
            pieces.append((piece_start, cursor))
            piece_start = cursor
        cursor = part_end
    pieces.append((piece_start, end))
    result = []
    for piece_start, piece_end in pieces:
        while piece_end - piece_start > max_chars * 1.5:
            result.append((piece_start, piece_start + max_chars))
            piece_start += max_chars
        result.append((piece_start, piece_end))
    return result


def chunk_spans(section: Section, display: str, min_chars: int, max_chars: int,
                tables: Sequence = ()) -> list[tuple[int, int]]:
    """Greedy packing of a section's sentences into spans of min_chars–max_chars; a table row
    (a line inside one of `tables`) is one unit, never split; a paragraph's short lead sentence
    starts the chunk of what follows it rather than ending the one before."""
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    last: tuple[int, int, bool] | None = None  # the unit added last: start, end, leads its paragraph
    end_before_last = 0
    for start, end, leads in _units(section, display, max_chars, tables):
        if current is None or last is None:
            current, last = (start, end), (start, end, leads)
            continue
        length = current[1] - current[0]
        starts_item = bool(ENUMERATION_START.match(display[start:end].lstrip()))
        if end - current[0] > max_chars or (starts_item and length >= min_chars):
            if last[2] and last[0] > current[0]:
                # `稳妥化解地方政府债务风险。` ended a chunk whose next one said how: the topic
                # and its body were never in one passage, and the answer quoted the topic alone.
                spans.append((current[0], end_before_last))
                current = (last[0], end)
            else:
                spans.append(current)
                current = (start, end)
        else:
            current = (current[0], end)
        end_before_last, last = last[1], (start, end, leads)
    if current:
        spans.append(current)
    # A short tail joins the chunk before it when the result stays reasonable.
    if len(spans) >= 2 and spans[-1][1] - spans[-1][0] < min_chars / 2 and spans[-1][1] - spans[-2][0] <= max_chars * 1.25:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return spans


def _units(section: Section, display: str, max_chars: int, tables: Sequence) -> list[tuple[int, int, bool]]:
    """The section's packing units — sentences (a long one cut at commas), table rows whole —
    each with whether it leads its paragraph: a short first sentence with more after it."""
    units: list[tuple[int, int, bool]] = []
    for line_start, line_end in _line_spans(display, section.start, section.end):
        if any(table.start <= line_start < table.end for table in tables):
            units.append((line_start, line_end, False))
            continue
        sentences = _sentence_spans(display[line_start:line_end], line_start)
        for number, (start, end) in enumerate(sentences):
            if end - start > max_chars:
                units.extend((piece_start, piece_end, False) for piece_start, piece_end in _split_long(start, end, display, max_chars))
            else:
                leads = number == 0 and len(sentences) > 1 and end - start <= LEAD_SENTENCE_CHARS
                units.append((start, end, leads))
    return units


def _line_spans(display: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for line in display[start:end].split("\n"):
        if line.strip():
            spans.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    return spans


def chunk_id(doc_id: str, start: int, text: str) -> str:
    return hashlib.sha1(f"{doc_id}\x00{start}\x00{text}".encode()).hexdigest()[:24]


def chunks_of(document: Document, min_chars: int = 200, max_chars: int = 400) -> list[Chunk]:
    """The document's chunks in order: display-text spans with their heading path."""
    passages = []
    for section in sections_of(document):
        heading = " > ".join(section.heading_path)
        for start, end in chunk_spans(section, document.display, min_chars, max_chars, document.tables):
            text = document.display[start:end]
            header = _table_header(document, start)
            passages.append(Chunk(chunk_id(document.doc_id, start, text), start, end,
                                  " > ".join(part for part in (heading, header) if part), text))
    return passages


def _table_header(document: Document, start: int) -> str:
    """For a passage starting among a table's rows after its header: the header row, so the
    passage's columns are named where it is found and shown (its text stays the display span)."""
    table = next((t for t in document.tables if t.header_end < start < t.end), None)
    return f"表头：{document.display[table.start:table.header_end].strip()}" if table else ""


def chunk_document(document: Document, min_chars: int = 200, max_chars: int = 400) -> list[TextNode]:
    """The document's chunks as llama-index nodes: text is display text, metadata locates it."""
    return [_text_node(document, passage) for passage in chunks_of(document, min_chars, max_chars)]


def _text_node(document: Document, passage: Chunk) -> TextNode:
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    node = TextNode(
        id_=passage.chunk_id,
        text=passage.text,
        metadata={
            "doc_id": document.doc_id,
            "title": document.title,
            "heading": passage.heading,
            "date": document.date or "",
            "source": document.source or "",
            "start": passage.start,
            "end": passage.end,
        },
        excluded_embed_metadata_keys=["doc_id", "date", "source", "start", "end"],
        excluded_llm_metadata_keys=["doc_id", "start", "end"],
    )
    node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=document.doc_id)
    return node
