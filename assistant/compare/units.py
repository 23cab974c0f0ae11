"""A document's display text cut into the units a comparison aligns.

Laws and regulations are compared article by article (`第X条`, `第X条之一`): an article runs from
its line to the next article or chapter line, so its 款 and （一）项 travel with it and a change
inside one shows up as a reworded article, not as a shuffle of loose lines. Chapter lines
(`第X编/分编/章/节`) are units of their own (kind "heading") and give the articles under them
their context. Everything before the first article or chapter — the title and the 题注 lines
(`2024年11月10日 《国务院关于修改…的决定》第四次修订`) — is the "header", one unit a line (a line
the source broke is joined back); a 题注 is only matched with one of the same date, because two
题注 with different dates record different events.

Documents without articles (政府工作报告 are whole speeches) are compared paragraph by paragraph,
a paragraph being a line of display text; numbered heading lines (`一、…`, `（一）…`, the
chunker's HEADING_LEVELS) are headings, and a short first line without final punctuation is the
title. (The chunker's other rule, any short line is a heading, would make `国务院总理`, `李克强`
and the stray line break inside `《区域全面经济伙伴关系协定` of the 2023 report headings.)

Every unit keeps its body normalized for comparison (NFKC width folding, so `(一)` equals `（一）`,
and whitespace dropped, so `总 则` equals `总则`) with, for every normalized character, its
offset in the display text: marks and figures found in the normalized body are reported as
display offsets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.chunking import HEADING_LEVELS
from assistant.ingest.dates import FULL_DATE

NUMERALS = "零〇一二三四五六七八九十百千0-9"
# At the start of a line, not a reference opening a 款 (`第三条规定的…`, `第一款中关于…`).
NOT_A_LABEL = r"(?![的规、，,和至中或及所第项款])"
ARTICLE = re.compile(rf"第[{NUMERALS}]+条(?:之[{NUMERALS}]+)?{NOT_A_LABEL}")
CHAPTER = re.compile(rf"第[{NUMERALS}]+(?:分编|编|章|节){NOT_A_LABEL}")
CHAPTER_LEVELS = {"编": 0, "分编": 1, "章": 2, "节": 3}
# Fewer than two article lines: the text is not article-structured (a stray `第三条` quoted in a
# report does not turn its paragraphs into one giant article).
MIN_ARTICLES = 2
# The title line of a document without articles: short and not ending a sentence (`各位代表：` is
# the first line of the 2025 report and is not a title).
MAX_TITLE_LENGTH = 40
KINDS = ("header", "heading", "article", "paragraph")


@dataclass
class Block:
    """One unit of one document: where it is in the display text and its normalized body."""

    kind: str  # one of KINDS
    label: str  # 第十二条, 第二章, 题注, 标题, the heading, or 第N段
    start: int  # span of the whole unit in the display text
    end: int
    body: str  # normalized text after the label: what is compared
    origin: list[int] = field(repr=False)  # display offset of every character of body
    context: str = ""  # the chapters (or section headings) the unit stands under
    grams: frozenset = field(default=frozenset(), repr=False)

    @property
    def key(self) -> tuple[str, str]:
        """Identical keys are the same text, whatever the unit's number."""
        return self.kind, self.body

    def display_span(self, start: int, end: int) -> tuple[int, int]:
        """The display span of body[start:end] (end exclusive; start < end)."""
        return self.origin[start], self.origin[end - 1] + 1


class _Fold(dict):
    """char code → its comparison form, filled on first sight: NFKC when that is one character,
    nothing for whitespace, the character itself otherwise."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        value = "" if char.isspace() else (folded if len(folded) == 1 else char)
        self[code] = value
        return value


_FOLD = _Fold()


def normalize(text: str, base: int) -> tuple[str, list[int]]:
    """text (found at display offset `base`) → its comparison form and each character's display offset."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _FOLD[ord(char)]
        if folded:
            chars.append(folded)
            origin.append(base + index)
    return "".join(chars), origin


def bigrams(text: str) -> frozenset:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1)) if len(text) > 1 else frozenset([text])


def _lines(display: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every non-blank line."""
    found, cursor = [], 0
    for line in display.split("\n"):
        if line.strip():
            found.append((cursor, cursor + len(line), line))
        cursor += len(line) + 1
    return found


def _block(kind: str, label: str, start: int, end: int, display: str, body_start: int, context: str) -> Block:
    body, origin = normalize(display[body_start:end], body_start)
    return Block(kind, label, start, end, body, origin, context, bigrams(body))


def split_units(display: str, title: str = "") -> list[Block]:
    """The display text's units in reading order."""
    lines = _lines(display)
    if sum(1 for _, _, text in lines if ARTICLE.match(text.lstrip())) >= MIN_ARTICLES:
        return _article_units(display, lines, title)
    return _paragraph_units(display, lines, title)


def _header_label(text: str, title: str, first: bool) -> str:
    same_as_title = title and normalize(text, 0)[0] == normalize(title, 0)[0]
    return "标题" if first or same_as_title else "题注"


class _ArticleReader:
    """Reads an article-structured text line by line: header lines, chapter lines (with the
    continuation line some sources break a long chapter title onto), articles and their 款/项."""

    def __init__(self, display: str, title: str):
        self.display, self.title = display, title
        self.units: list[Block] = []
        self.chapters: list[tuple[int, str]] = []
        self.article: list | None = None  # [label, start, end, body_start, context] of the open article
        self.in_header = True

    def context(self) -> str:
        return " > ".join(name for _, name in self.chapters)

    def close(self) -> None:
        if self.article:
            label, start, end, body_start, context = self.article
            self.units.append(_block("article", label, start, end, self.display, body_start, context))
        self.article = None

    def read(self, start: int, end: int, text: str) -> None:
        lead = start + len(text) - len(text.lstrip())
        article, chapter = ARTICLE.match(self.display, lead), CHAPTER.match(self.display, lead)
        if self.in_header and not (article or chapter):
            self.header(start, end, text)
        elif article:
            self.in_header = False
            self.close()
            self.article = [article.group(), start, end, article.end(), self.context()]
        elif chapter:
            self.in_header = False
            self.close()
            self.chapter(chapter, start, end, text)
        elif self.article:
            self.article[2] = end
        elif self._continues_heading(text):
            last = self.units[-1]
            self.units[-1] = _block("heading", last.label, last.start, end, self.display, last.origin[0], last.context)
            self.chapters[-1] = (self.chapters[-1][0], self.chapters[-1][1] + text.strip())
        else:
            self.units.append(_block("paragraph", "", start, end, self.display, start, self.context()))

    def header(self, start: int, end: int, text: str) -> None:
        """A title or 题注 line. An undated line after the second one, not the title again,
        continues the line before:
        sources break a long 题注 (`…《关于修改<…组织法>` / `<…代表法>的决定》第三次修正`) or a repeated
        title (`中华人民共和国各级人民代表大会` / `常务委员会监督法`) over several lines."""
        repeats_title = _header_label(text, self.title, False) == "标题"
        if len(self.units) >= 2 and not FULL_DATE.match(text.strip()) and not repeats_title:
            last = self.units[-1]
            joined = _block("header", last.label, last.start, end, self.display, last.start, "")
            joined.label = _header_label(self.display[last.start:end], self.title, False)
            self.units[-1] = joined
            return
        label = _header_label(text, self.title, not self.units)
        self.units.append(_block("header", label, start, end, self.display, start, ""))

    def chapter(self, chapter: re.Match, start: int, end: int, text: str) -> None:
        name = chapter.group()
        level = CHAPTER_LEVELS["分编" if name.endswith("分编") else name[-1]]
        while self.chapters and self.chapters[-1][0] >= level:
            self.chapters.pop()
        context = self.context()
        self.chapters.append((level, re.sub(r"\s+", " ", text.strip())))
        self.units.append(_block("heading", name, start, end, self.display, chapter.end(), context))

    def _continues_heading(self, text: str) -> bool:
        """`第二章 听取和审议人民政府、人民法院和` / `人民检察院的专项工作报告`: a short line without
        final punctuation right after a chapter line is the rest of its title."""
        stripped = text.strip()
        return bool(self.units) and self.units[-1].kind == "heading" and len(stripped) <= MAX_TITLE_LENGTH \
            and stripped[-1] not in "。；;：:，,"


def _article_units(display: str, lines: list[tuple[int, int, str]], title: str) -> list[Block]:
    reader = _ArticleReader(display, title)
    for start, end, text in lines:
        reader.read(start, end, text)
    reader.close()
    return _number_paragraphs(reader.units)


def _paragraph_units(display: str, lines: list[tuple[int, int, str]], title: str) -> list[Block]:
    units: list[Block] = []
    headings: list[tuple[int, str]] = []
    for index, (start, end, text) in enumerate(lines):
        stripped = text.strip()
        is_title = index == 0 and stripped[-1] not in "：:。；;，,！？!?" and (
            len(stripped) <= MAX_TITLE_LENGTH or normalize(stripped, 0)[0] == normalize(title, 0)[0]
        )
        if is_title:
            units.append(_block("header", "标题", start, end, display, start, ""))
            continue
        level = next((level for pattern, level in HEADING_LEVELS if pattern.match(stripped)), None)
        context = " > ".join(name for _, name in headings)
        if level is not None:
            name = re.match(r"[^。！？；!?;]*", stripped).group()[:30]
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, name))
            units.append(_block("heading", name[:30], start, end, display, start, context))
        else:
            units.append(_block("paragraph", "", start, end, display, start, context))
    return _number_paragraphs(units)


def _number_paragraphs(units: list[Block]) -> list[Block]:
    """Paragraphs are labelled by their place among the paragraphs: 第N段."""
    number = 0
    for unit in units:
        if unit.kind == "paragraph":
            number += 1
            unit.label = f"第{number}段"
    return units
