"""The index: make it mirror a set of document paths (add, change, remove, nothing more), and
read what it holds.

A run, under the indexing lock (`indexing.lock`; a second run waits):
1. repair, if the last run crashed between the two stores or the model changed (`repair`);
2. find the files and what changed (`plan`), remove the documents whose files went away;
3. write the rest with the run's writer (`writers`: all at once, or keyword-first);
then, outside the lock, the writer finishes (the all-at-once one embeds any passages an earlier
keyword-first run left pending, with the `backfill`).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from assistant.indexing import plan
from assistant.indexing.backfill import Backfill
from assistant.indexing.lock import IndexLocks
from assistant.indexing.repair import dirty_mark, needs_repair, repair
from assistant.indexing.report import IndexReport, progress_bar
from assistant.indexing.vectorizer import Vectorizer
from assistant.indexing.writers import writer_for
from assistant.ingest import Document
from assistant.ingest.normalize import normalize, strip_punctuation
from assistant.settings import Settings
from assistant.store.corpus import Corpus, StoredChunk, StoredDocument
from assistant.store.filters import SearchFilters


class Index:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.corpus = Corpus(settings.keyword_db)
        self.vectorizer = Vectorizer(settings, self.corpus.sentence_store)
        self.locks = IndexLocks(settings.index_dir)
        self.backfill = Backfill(settings, self.corpus, self.vectorizer, self.locks)
        self._documents: tuple | None = None  # (data version, documents): read once per index change

    @property
    def vectors(self):
        """The vector store (Chroma), opened on first use."""
        return self.vectorizer.vectors

    def query_vector(self, text: str) -> list[float]:
        """A question's vector (the last questions are remembered)."""
        return self.vectorizer.cached_embedding.get_query_embedding(text)

    def sentence_vectors(self, sentences: list[str]):
        """Sentence → normalised vector (embedded at index time; see answering/meaning.py), or
        None when one has none."""
        return self.vectorizer.sentence_vectors(sentences)

    # ------------------------------------------------------------------ writing
    def sync(self, paths: list[Path], progress: bool = True, keyword_first: bool = False,
             read: dict[Path, Document] | None = None) -> IndexReport:
        """Mirror `paths`. Returns when everything is searchable, or with `keyword_first` as soon
        as keyword search is (call `embed_pending` afterwards, e.g. in the background). `read`:
        documents read before the run, by resolved path — a scan OCR'd outside the indexing lock
        is not read again under it."""
        started = time.perf_counter()
        report = IndexReport()
        sentences_before = self.vectorizer.sentences_computed
        writer = writer_for(keyword_first, self.settings, self.corpus, self.vectorizer, self.backfill, read)
        with self.locks.writing():
            if needs_repair(self.corpus, self.settings.embedding):
                repair(self.corpus, self.vectorizer, self.settings.embedding,
                       lambda missing: writer.repair_missing(missing, report, progress), report)
            found = plan.discover(paths, self.settings.documents_dir, report)
            stored = self.corpus.documents()
            for doc_id in plan.gone(paths, found, stored):
                self._remove(doc_id)
                report.removed.append(doc_id)
            jobs = plan.jobs(found, stored, self.settings, report)
            if jobs:
                bar = progress_bar(len(jobs), "indexing", "doc", progress)
                writer.write(jobs, report, bar)
                bar.close()
        writer.finish(report, progress)
        report.dense_pending = self.dense_pending()
        report.sentences_embedded = self.vectorizer.sentences_computed - sentences_before
        report.seconds = time.perf_counter() - started
        return report

    def remove(self, doc_id: str) -> bool:
        """Take one document out of the index (its file is the caller's business)."""
        with self.locks.writing():
            if doc_id not in self.corpus.documents():
                return False
            self._remove(doc_id)
            return True

    def _remove(self, doc_id: str) -> None:
        old_ids = sorted(self.corpus.chunk_ids(doc_id))
        with dirty_mark(self.corpus):
            self.corpus.remove_document(doc_id)
            self.vectorizer.delete(old_ids)

    # ------------------------------------------------------------------ semantic ranking
    def dense_pending(self) -> bool:
        """Whether some passages still wait for their vectors (keyword search works meanwhile)."""
        return self.backfill.pending()

    def embed_pending(self, progress: bool = True, time_budget_s: float | None = None) -> int:
        """Embed every passage without a vector; returns how many vectors were computed."""
        return self.backfill.run(progress, time_budget_s)

    def dense_status(self) -> dict:
        return self.backfill.status()

    # ------------------------------------------------------------------ reading
    def documents(self) -> dict[str, StoredDocument]:
        """Every stored document, read again only after the index changed (64 ms for ncp-dev's 396
        documents: too slow for every question)."""
        version = self.corpus.database.data_version()
        if self._documents is None or self._documents[0] != version:
            self._documents = (version, self.corpus.documents())
        return self._documents[1]

    def documents_containing(self, text: str, filters: SearchFilters | None = None) -> list[str]:
        """Documents whose search text holds `text` (punctuation and script folded), through the
        phrase index."""
        chars = strip_punctuation(normalize(text))
        return self.corpus.phrases.documents_with(chars, filters) if chars else []

    def term_rarity(self, terms: list[str]) -> dict[str, float]:
        """A weight factor per term from the share of passages holding it: 1.5 for a term in one
        passage, 0.5 for one in all, 1.0 for a term the index does not know (the question's
        tagger may cut a word the index cut otherwise: unknown is not rare)."""
        total = self.corpus.chunk_count()
        if total < 2:
            return {}
        frequencies = self.corpus.keywords.document_frequencies([normalize(term) for term in terms])
        return {term: 1.0 if not (found := frequencies.get(normalize(term), 0))
                else 0.5 + math.log(total / found) / math.log(total) for term in terms}

    def absent(self, terms: list[str], inside_words: bool = True) -> set[str]:
        """The terms no indexed document holds as a word (keyword vocabulary) or, with
        `inside_words`, inside one (the phrase index: one scan per term the vocabulary lacks)."""
        frequencies = self.corpus.keywords.document_frequencies([normalize(term) for term in terms])
        return {term for term in terms if not frequencies.get(normalize(term))
                and not (inside_words and self.documents_containing(term))}

    def display_text(self, doc_id: str) -> str:
        return self.corpus.display_text(doc_id) or ""

    def search_text(self, doc_id: str) -> str:
        """A document's search text as stored (normalized display text; see ingest.normalize)."""
        return self.corpus.search_text(doc_id) or ""

    def layout(self, doc_id: str) -> dict | None:
        """A paged document's page starts and line boxes, an office document's paragraph
        numbers (see store.corpus)."""
        return self.corpus.layout(doc_id)

    def chunks_of_document(self, doc_id: str) -> list[StoredChunk]:
        return self.corpus.chunks_of_document(doc_id)

    def stored_chunks(self, chunk_ids: list[str]) -> dict[str, StoredChunk]:
        return self.corpus.chunks(chunk_ids)

    def close(self) -> None:
        self.corpus.close()
        self.vectorizer.close()
