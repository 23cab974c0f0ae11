"""The operations every front end calls (CLI, web UI, HTTP API): index, ask, find, compare, trend, quiz, documents.

Front ends never retrieve, clean or compose answers themselves; they call an `Assistant` (its
document collection's operations — indexing, uploads, embedding, listing — in `collection.py`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from assistant.answering.changes import ChangeAnswerer
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.models import Answer
from assistant.retrieval import HybridSearcher, Passage, SearchFilters
from assistant.settings import Settings
from assistant.store.filters import without_documents
from assistant.versions import Superseded, notice, superseded, version_asked
from assistant.collection import Collection
from assistant.indexing import Index
from assistant.ingest import LoadError  # noqa: F401 - what front ends catch for a file that cannot be read
from assistant.ingest.loaders import SUPPORTED_SUFFIXES  # noqa: F401 - the file types uploads accept

MAX_QUESTION_CHARS = 500


def doctor_report(settings: Settings) -> dict:
    """Engine builds, a decode and an embedding check (child processes), model checksum, threads."""
    from assistant.engines.doctor import report

    return report(settings)


class Assistant(Collection):
    def __init__(self, settings: Settings):
        self.settings = settings
        self.index = Index(settings)
        self.searcher = HybridSearcher(self.index, settings)
        self.extractive = ExtractiveAnswerer(self.searcher, self.index)
        self.changes = ChangeAnswerer(self.index, self.searcher)
        self._llms: dict[str, object] = {}
        # Front ends serialise their calls on this lock: one index, one embedding model and one
        # LLM per process, on a small machine.
        self.lock = threading.RLock()
        self._embedder: threading.Thread | None = None
        self._uploads = None  # upload_queue.UploadQueue, started with the first upload
        # (index data version, stored documents, superseded documents): read once per index
        # change — every question asks which versions it names and which are superseded.
        self._lineage: tuple | None = None
        self.embedding_error: str | None = None

    def llm(self, mode: str | None = None):
        """The LLM for an answer mode (None for extractive); loaded once per mode."""
        from assistant.llm.backends import make_llm

        mode = mode or self.settings.llm_mode
        if mode not in self._llms:
            self._llms[mode] = make_llm(self.settings, mode)
        return self._llms[mode]

    def ask(self, question: str, filters: SearchFilters | None = None, top_k: int | None = None,
            mode: str | None = None, on_token=None) -> Answer:
        """Answer one question in the given mode (extractive, local, openai); raises
        LLMUnavailable when that mode cannot run here."""
        mode = mode or self.settings.llm_mode
        question = question.strip()
        if not question:
            return Answer(question, "请输入问题。", True, mode)
        notices = []
        if len(question) > MAX_QUESTION_CHARS:
            question = question[:MAX_QUESTION_CHARS]
            notices.append(f"问题过长，仅按前{MAX_QUESTION_CHARS}个字回答。")
        answer = self.changes.answer(question, filters)  # old and new cited side by side, on purpose
        if answer is None:
            answer = self._answer_in_force(question, filters, top_k, mode, on_token)
        self._paginate(answer.citations)
        answer.notices.extend(notices)
        return answer

    def _answer_in_force(self, question: str, filters: SearchFilters | None, top_k: int | None, mode: str,
                         on_token) -> Answer:
        """An answer under the superseded-documents setting: from the versions in force when
        they answer (prefer), never from superseded ones (exclude) — unless the question names a
        version (`2017年修正的行政复议法`, `老版监督法`): then from that one. A superseded document
        it still cites is named in a notice."""
        lineage = self.superseded()
        asked = version_asked(question, self._stored_documents())
        if asked is not None:
            answer = self._answer(asked.question, without_documents(filters, asked.exclude), top_k, mode, on_token)
            answer.question = question
        else:
            answer = self._answer_from_current(question, filters, top_k, mode, on_token, lineage)
        answer.notices += list(dict.fromkeys(notice(c.passage.title, lineage[c.passage.doc_id])
                                             for c in answer.citations if c.passage.doc_id in lineage))
        return answer

    def _answer_from_current(self, question: str, filters: SearchFilters | None, top_k: int | None, mode: str,
                             on_token, lineage: dict[str, Superseded]) -> Answer:
        policy = self.settings.superseded_documents
        if lineage and policy == "exclude":
            filters = without_documents(filters, lineage)
        may_retry = bool(lineage) and policy == "prefer"
        # A first answer that may be replaced is not streamed: the reader would see both.
        answer = self._answer(question, filters, top_k, mode, None if may_retry else on_token)
        if may_retry and any(c.passage.doc_id in lineage for c in answer.citations):
            current = self._answer(question, without_documents(filters, lineage), top_k, mode, None)
            if not current.refused:
                answer = current
        return answer

    def _answer(self, question: str, filters: SearchFilters | None, top_k: int | None, mode: str, on_token):
        llm = self.llm(mode)
        if llm is None:
            return self.extractive.answer(question, filters, top_k)
        from assistant.answering.generate import GenerativeAnswerer

        generator = GenerativeAnswerer(llm, mode, self.extractive, self.settings.llm_context_passages)
        return generator.answer(question, filters, top_k, on_token)

    def _paginate(self, citations) -> None:
        """Each citation's page (paged documents) or paragraph range (office documents)."""
        locate = self._locator()
        for citation in citations:
            citation.page, citation.paragraphs = locate(citation.passage.doc_id, citation.span_start, citation.span_end)

    def _locator(self):
        """locate(doc_id, start, end) → (page, paragraphs), reading each document's layout once
        per call: a trend's find returns up to 10,000 hits from a few documents."""
        from assistant.originals import page_of, paragraphs_of

        layouts: dict[str, dict | None] = {}

        def locate(doc_id: str, start: int, end: int) -> tuple[int | None, list[int] | None]:
            if doc_id not in layouts:
                layouts[doc_id] = self.index.layout(doc_id)
            return page_of(layouts[doc_id], start), paragraphs_of(layouts[doc_id], start, end)

        return locate

    def original_page(self, doc_id: str, start: int, end: int):
        """The page a span stands on (`originals.OriginalPage`), as an image with the span's boxes
        for a PDF or an OFD; None for documents without pages."""
        from assistant.originals import original_page

        stored = self.index.documents().get(doc_id)
        if stored is None:
            return None
        return original_page(Path(stored.source_path), self.index.layout(doc_id), start, end, stored.content_hash)

    def superseded(self) -> dict[str, Superseded]:
        """doc_id → the document in force that supersedes it (assistant/versions.py), kept until
        the index changes."""
        return self._versions()[2]

    def _stored_documents(self) -> dict:
        return self._versions()[1]

    def _versions(self) -> tuple:
        version = self.index.corpus.database.data_version()
        if self._lineage is None or self._lineage[0] != version:
            documents = self.index.documents()
            self._lineage = (version, documents, superseded(documents))
        return self._lineage

    def chat(self, conversation, question: str, filters: SearchFilters | None = None, top_k: int | None = None,
             mode: str | None = None, on_token=None) -> Answer:
        """One turn of a conversation: a follow-up is first rewritten into a standalone question."""
        from assistant.chat import Turn, rewrite

        rewritten = rewrite(question, conversation, self.llm(mode))
        answer = self.ask(rewritten or question, filters, top_k, mode, on_token)
        answer.question = question
        answer.rewritten_question = rewritten
        conversation.turns.append(Turn(question, rewritten, answer))
        return answer

    def find(self, phrase: str, filters: SearchFilters | None = None, sort: str = "relevance", limit: int = 100):
        """Precedent wording search (exact → near → meaning)."""
        from assistant.wording import WordingSearch

        result = WordingSearch(self.index, self.searcher).find(phrase, filters, sort, limit)
        locate = self._locator()
        for hit in result.hits:
            hit.page, hit.paragraphs = locate(hit.doc_id, hit.start, hit.end)
        return result

    def compare(self, first: str, second: str):
        """Two versions compared unit by unit (`compare.Comparison`); each is an indexed
        document's id or a file (read and cleaned as indexing would)."""
        from assistant.compare import compare_texts

        (display_a, title_a, doc_a), (display_b, title_b, doc_b) = self._version(first), self._version(second)
        comparison = compare_texts(display_a, display_b, title_a, title_b)
        comparison.doc_a, comparison.doc_b = doc_a, doc_b
        return comparison

    def _version(self, name: str) -> tuple[str, str, str]:
        """(display text, title, doc_id or "") of an indexed document or a file."""
        stored = self.index.documents().get(name)
        if stored is not None:
            return self.document_text(name), stored.title, name
        path = Path(name)
        if path.is_file():
            from assistant.ingest import read_document

            document = read_document(path.resolve(), path.resolve().parent)
            return document.display, document.title, ""
        raise ValueError(f"{name}: neither an indexed document nor a file; see `assistant documents`")

    def trend(self, measure: str, filters: SearchFilters | None = None):
        """Every statement of a measure (`提案办复率`) with its value, period and place, by series."""
        from assistant.trend import follow

        hits = self.find(measure, filters, sort="date", limit=10_000).hits
        return follow(measure, hits, self.document_text)

    def quiz(self, request=None, doc_ids: list[str] | None = None, mode: str | None = None):
        """A quiz (`quiz.QuizRequest`: count or counts per type, types, seed, topic, difficulty)
        grounded in the chosen documents (all when none are given). With an LLM mode the stems are
        rephrased; a rephrased question failing the quiz checks is discarded."""
        from assistant.quiz import QuizRequest, generate_quiz

        request = request or QuizRequest()
        known = set(self.index.documents())
        unknown = [doc_id for doc_id in doc_ids or [] if doc_id not in known]
        if unknown:
            raise ValueError(f"unknown document(s): {', '.join(unknown)}; see `assistant documents`")
        chunks = [chunk for doc_id in sorted(doc_ids or known) for chunk in self.index.chunks_of_document(doc_id)]
        llm = self.llm(mode) if (mode or "extractive") != "extractive" else None
        quiz = generate_quiz(chunks, request)
        self._paginate([question.citation for question in [*quiz.questions, *quiz.spares]])
        if llm is not None:
            from assistant.quiz.rephrase import rephrase_all

            quiz.questions = rephrase_all([*quiz.questions, *quiz.spares], llm, request.wanted)
            quiz.spares = []  # not rephrased: a replacement would read differently from its neighbours
        return quiz

    def search(self, question: str, filters: SearchFilters | None = None, top_k: int | None = None) -> list[Passage]:
        return self.searcher.search(question, top_k, filters)

    def document_text(self, doc_id: str) -> str:
        """A document's display text, the text citation spans point into (empty if unknown)."""
        return self.index.display_text(doc_id)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> "Assistant":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
