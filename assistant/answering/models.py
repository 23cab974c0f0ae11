"""The answer object every front end receives (CLI JSON, later the UI and the HTTP API)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.ingest.normalize import to_simplified
from assistant.retrieval import Passage, source_label

if TYPE_CHECKING:
    from assistant.answering.question import Question

REFUSAL_PREFIX = "资料中未找到"


@dataclass
class Citation:
    """A cited passage and the exact span (display-text positions) that supports the answer."""

    n: int
    passage: Passage
    span_start: int
    span_end: int
    page: int | None = None  # the page the span starts on, for paged documents (PDF, OFD)
    paragraphs: list[int] | None = None  # [first, last] paragraph of the file, for DOCX (and .doc/.wps/.rtf/.odt)

    def to_dict(self) -> dict:
        return {"n": self.n, **self.passage.to_dict(), "span_start": self.span_start, "span_end": self.span_end,
                "page": self.page, "paragraphs": self.paragraphs}


@dataclass
class Answer:
    question: str
    answer: str
    refused: bool
    mode: str = "extractive"
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # e.g. a shortened question
    rewritten_question: str | None = None  # the standalone form of a follow-up (None: unchanged)
    fallback: bool = False  # a generated answer failed verification; this is the extractive one
    generated: str | None = None  # the model's raw text, before verification (not shown to users)
    listing: bool = False  # a list copied whole (documents, a section's items): never rewritten by an LLM
    intent: str | None = None  # what the question asks for (answering/intents.py; multi_fact for several facts)
    analysis: Question | None = field(default=None, repr=False)  # the question as analysed once, for later stages

    def to_dict(self) -> dict:
        data = {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "mode": self.mode,
            "citations": [citation.to_dict() for citation in self.citations],
            "passages": [passage.to_dict() for passage in self.passages],
            "rewritten_question": self.rewritten_question,
            "fallback": self.fallback,
            "intent": self.intent,
        }
        if self.notices:
            data["notices"] = self.notices
        return data


def cited_clause(span: str, n: int) -> str:
    """The span as a clause of the answer, with its citation mark (a heading it spans ends with
    `：` instead of its line break)."""
    span = re.sub(r"(?<![。！？；：，,;:!?])\s*\n\s*", "：", span.strip())
    return f"{span.replace(chr(10), '').rstrip('。；;，,')}[{n}]"


def missing_fact(words: str) -> str:
    """One of several facts asked that the documents do not hold: said, not dropped."""
    return f"“{words}”：{REFUSAL_PREFIX}"


def facts_answer(question: str, said: list[str], citations: list[Citation], shown: list[Passage]) -> Answer:
    """Several facts as one answer, a clause each; the passages shown, then those cited beside them
    (by chunk: a cited passage's score is not the retrieved one's)."""
    passages = list(shown)
    for citation in citations:
        if all(citation.passage.chunk_id != passage.chunk_id for passage in passages):
            passages.append(citation.passage)
    return Answer(question, "；".join(said) + "。", False, "extractive", citations, passages)


def refusal(question: str, closest: list[Passage]) -> Answer:
    lines = [f"{REFUSAL_PREFIX}能够回答该问题的内容。"]
    if closest:
        lines.append("最接近的段落：")
        for number, passage in enumerate(closest, 1):
            where = source_label(to_simplified(passage.title), to_simplified(passage.heading))
            lines.append(f"{number}. {where}")
    return Answer(question, "\n".join(lines), True, "extractive", [], closest)
