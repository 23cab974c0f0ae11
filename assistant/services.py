"""The operations every front end calls (CLI now; web UI and HTTP API later): index, ask, documents.

Front ends never retrieve, clean or compose answers themselves; they call an `Assistant`.
"""

from __future__ import annotations

from pathlib import Path

from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.models import Answer
from assistant.retrieval import HybridSearcher, Passage, SearchFilters
from assistant.settings import Settings
from assistant.store.index import Index, IndexReport
from assistant.store.keywords import StoredDocument

MAX_QUESTION_CHARS = 500


class Assistant:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.index = Index(settings)
        self.searcher = HybridSearcher(self.index, settings)
        self.extractive = ExtractiveAnswerer(self.searcher, self.index)

    def index_paths(self, paths: list[Path] | None = None, progress: bool = True) -> IndexReport:
        return self.index.sync(paths or [self.settings.documents_dir], progress=progress)

    def ask(self, question: str, filters: SearchFilters | None = None, top_k: int | None = None) -> Answer:
        question = question.strip()
        if not question:
            return Answer(question, "请输入问题。", True, "extractive")
        notices = []
        if len(question) > MAX_QUESTION_CHARS:
            question = question[:MAX_QUESTION_CHARS]
            notices.append(f"问题过长，仅按前{MAX_QUESTION_CHARS}个字回答。")
        answer = self.extractive.answer(question, filters, top_k)
        answer.notices.extend(notices)
        return answer

    def find(self, phrase: str, filters: SearchFilters | None = None, sort: str = "relevance", limit: int = 100):
        """Precedent wording search (exact → near → meaning)."""
        from assistant.wording import WordingSearch

        return WordingSearch(self.index, self.searcher).find(phrase, filters, sort, limit)

    def quiz(self, doc_ids: list[str] | None = None, n: int = 10, types: tuple[str, ...] | None = None, seed: int = 0):
        """A quiz grounded in the chosen documents (all when none are given)."""
        from assistant.quiz import TYPES, generate_quiz

        known = set(self.index.keywords.documents())
        unknown = [doc_id for doc_id in doc_ids or [] if doc_id not in known]
        if unknown:
            raise ValueError(f"unknown document(s): {', '.join(unknown)}; see `assistant documents`")
        chunks = [chunk for doc_id in sorted(doc_ids or known) for chunk in self.index.keywords.chunks_of_document(doc_id)]
        return generate_quiz(chunks, n, tuple(types or TYPES), seed)

    def search(self, question: str, filters: SearchFilters | None = None, top_k: int | None = None) -> list[Passage]:
        return self.searcher.search(question, top_k, filters)

    def documents(self) -> list[StoredDocument]:
        return sorted(self.index.keywords.documents().values(), key=lambda document: document.doc_id)

    def is_empty(self) -> bool:
        return self.index.keywords.chunk_count() == 0

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> "Assistant":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
