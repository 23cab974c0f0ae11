"""Generative answers (local or server LLM), verified before anyone sees them.

1. The extractive answerer runs first; its analysis of the question travels on its Answer. If
   the passages do not cover the question, the reply is its refusal: the model is never asked
   to answer from passages that do not hold the answer.
2. The model gets the question and excerpts of the top passages (the extractive answer's
   passage first, centred on its span), delimited as data, and writes a short answer (streamed
   to `on_token` if given); for a how/summary/list answer listed from a section, the excerpts are
   the listed items themselves. Verification uses the whole passages.
3. `verify` keeps only the sentences a passage supports (figures, names, quotations, closeness)
   and attaches the citations itself.
4. If nothing supported remains, or the verified answer lost the figure/name the question asks
   for, the reply falls back to the extractive answer with a visible note.
"""

from __future__ import annotations

from typing import Callable

from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.models import Answer, Citation
from assistant.answering.prompts import answer_messages, excerpt
from assistant.answering.question import analyse
from assistant.answering.verify import Verification, figures, names, verify
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import Passage, SearchFilters

FALLBACK_NOTE = "（生成的回答未能通过原文核对，以下为原文摘录。）"
# A how/summary/list answer listed from a section's items is summed up by the model from those items.
WRITTEN_LISTINGS = frozenset({"how", "summary", "list"})
MAX_LISTED_ITEMS = 8  # prompt processing runs ~40 tokens/s on 2 cores


class GenerativeAnswerer:
    def __init__(self, llm, mode: str, extractive: ExtractiveAnswerer, context_passages: int = 4):
        self.llm = llm
        self.mode = mode
        self.extractive = extractive
        self.context_passages = context_passages

    def answer(self, question: str, filters: SearchFilters | None = None, top_k: int | None = None,
               on_token: Callable[[str], None] | None = None) -> Answer:
        base = self.extractive.answer(question, filters, top_k)
        base.mode = self.mode
        if base.refused or base.listing and base.intent not in WRITTEN_LISTINGS:
            return base  # refusals stay refusals; a list of documents is not prose
        if base.listing:  # a section's items: the model writes from them alone
            excerpts = [(c.passage, _cited_span(c)) for c in base.citations[:MAX_LISTED_ITEMS]]
            passages = list({c.passage.chunk_id: c.passage for c in base.citations}.values())
        else:
            passages = self._context(base)
            centres = {c.passage.chunk_id: c.span_start for c in base.citations}
            excerpts = [(p, excerpt(p, question, centres.get(p.chunk_id))) for p in passages]
        generated = self._generate(answer_messages(question, excerpts, items=base.listing), on_token)
        verification = verify(generated, passages, by_item=base.listing)
        answer = self._assemble(base, verification)
        answer.generated = generated
        return answer

    def _context(self, base: Answer) -> list[Passage]:
        cited = [citation.passage for citation in base.citations]
        others = [p for p in base.passages if all(p.chunk_id != c.chunk_id for c in cited)]
        return (cited + others)[: max(self.context_passages, len(cited))]

    def _generate(self, messages, on_token) -> str:
        if on_token is None:
            return self.llm.chat(messages).message.content or ""
        text = ""
        for response in self.llm.stream_chat(messages):
            delta = response.delta or ""
            text += delta
            if delta:
                on_token(delta)
        return text

    def _assemble(self, base: Answer, verification: Verification) -> Answer:
        if not verification.kept or not self._keeps_the_key_facts(base, verification):
            return self._fallback(base)
        numbers: dict[str, int] = {}
        citations: list[Citation] = []
        sentences = []
        for sentence in verification.kept:
            key = sentence.passage.chunk_id
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                citations.append(Citation(numbers[key], sentence.passage, sentence.span_start, sentence.span_end))
            body = to_simplified(sentence.text).rstrip("。；;，,！!？? ")
            sentences.append(f"{body}[{numbers[key]}]。")
        passages = base.passages + [c.passage for c in citations if c.passage not in base.passages]
        return Answer(base.question, "".join(sentences), False, self.mode, citations, passages,
                      notices=base.notices, intent=base.intent)

    @staticmethod
    def _keeps_the_key_facts(base: Answer, verification: Verification) -> bool:
        """The verified text must still state what the question asks for: the figure (多少/几)
        or the name (谁) that the extractive answer found in the passage; written from a list of
        items, it must rest on at least two of them."""
        if base.listing:
            return len({sentence.passage.chunk_id for sentence in verification.kept}) >= min(2, len(base.citations)) \
                and len(verification.kept) >= 2
        kind = base.analysis.kind if base.analysis else analyse(base.question).kind
        text = normalize("".join(sentence.text for sentence in verification.kept))
        if kind == "count":
            key = figures(base.answer)
            return bool(key) and any(figure in text for figure in key)
        if kind == "person":
            key = names(base.answer)
            return not key or any(name in text for name in key)
        return True

    def _fallback(self, base: Answer) -> Answer:
        base.answer = f"{FALLBACK_NOTE}\n{base.answer}"
        base.fallback = True
        return base


def _cited_span(citation: Citation) -> str:
    """The text a citation points at, within its passage."""
    passage = citation.passage
    return passage.text[max(0, citation.span_start - passage.start):citation.span_end - passage.start]

