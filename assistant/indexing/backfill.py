"""The vector backfill: give every chunk without a vector its vector, batch by batch.

A keyword-first run leaves chunks without vectors (the `dense_pending` mark) and documents
without phrase-index rows. `Backfill.run` — in a background process (`launch`) or a thread of
the web server — first adds those phrase rows (seconds), then the vectors (hours on a large
corpus). Embedding happens outside the indexing lock; each batch is stored under it and only
for chunks still in the manifest. Vectors are only ever a subset of the manifest's chunks, so
an interrupted run just leaves work for the next one (the cache keeps what was computed):
what is pending is recomputed from the stores each time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from assistant.indexing.lock import IndexLocks
from assistant.indexing.report import progress_bar
from assistant.indexing.vectorizer import Vectorizer, item_of
from assistant.settings import Settings
from assistant.store.corpus import Corpus

PENDING = "dense_pending"  # meta key: some chunks have no vector yet
PROGRESS = "dense_progress"  # meta key: done/total/rate of the running backfill, for status
CACHED_BATCH = 1000  # vectors read back from the cache: no model work, so Chroma gets them in bulk
LOG_NAME = "embedding.log"


def _slices(items: list, size: int) -> list[list]:
    return [items[offset:offset + size] for offset in range(0, len(items), size)]


class Backfill:
    def __init__(self, settings: Settings, corpus: Corpus, vectorizer: Vectorizer, locks: IndexLocks):
        self.settings = settings
        self.corpus = corpus
        self.vectorizer = vectorizer
        self.locks = locks

    def pending(self) -> bool:
        return self.corpus.get_meta(PENDING) == "1"

    def mark_pending(self) -> None:
        self.corpus.set_meta(PENDING, "1")

    def run(self, progress: bool = True, time_budget_s: float | None = None) -> int:
        """Embed every chunk that has no vector yet; returns how many vectors were computed.
        With `time_budget_s` it stops after the batch that runs past it (at least one batch)."""
        started = time.monotonic()
        computed = 0
        with self.locks.embedding():
            self._add_pending_phrases()
            while True:
                with self.locks.writing():
                    pending = sorted(self.corpus.chunk_ids() - self.vectorizer.vectors.ids())
                    if not pending:
                        self.corpus.set_meta(PENDING, None)
                        self._record_progress(0, 0, started)
                        return computed
                done, finished = self._run_batches(pending, progress, started, time_budget_s)
                computed += done
                if not finished:
                    return computed

    def _run_batches(self, pending: list[str], progress: bool, started: float,
                     time_budget_s: float | None) -> tuple[int, bool]:
        """The pending chunks, the cached ones first; (vectors computed, whether all were done)."""
        cached, fresh = self.split_by_cache(pending)
        bar = progress_bar(len(pending), "embedding", "passage", progress)
        batches = [*_slices(cached, CACHED_BATCH), *_slices(fresh, max(1, self.settings.embedding_batch))]
        computed, done, fresh_started = 0, 0, None
        for batch in batches:
            if fresh_started is None and done >= len(cached):
                fresh_started = time.monotonic()  # the rate (and ETA) users see is the real embedding rate
            computed += self.embed_now(batch, bar)
            done += len(batch)
            with self.locks.writing():
                self._record_progress(done, len(pending), fresh_started or started, done - len(cached))
            if time_budget_s is not None and time.monotonic() - started > time_budget_s and done < len(pending):
                bar.close()
                return computed, False
        bar.close()
        return computed, True

    def _add_pending_phrases(self) -> None:
        """The phrase-index rows a keyword-first run left out (wording search scans those
        documents until then): seconds of work, done before the hours of embedding."""
        if self.corpus.phrases.pending():
            with self.locks.writing():
                self.corpus.phrases.index_pending()

    def split_by_cache(self, chunk_ids: list[str]) -> tuple[list[str], list[str]]:
        """(chunks whose vectors are in the cache, the others). The cached ones are stored first
        and in large batches: a rebuilt or resumed index regains semantic ranking for them in
        seconds, before the slow, really new ones."""
        items = [item_of(chunk) for chunk in self.corpus.chunks(chunk_ids).values()]
        known = self.vectorizer.cached(items)
        cached_ids = {item.chunk_id for item in items if item.text in known}
        return ([chunk_id for chunk_id in chunk_ids if chunk_id in cached_ids],
                [chunk_id for chunk_id in chunk_ids if chunk_id not in cached_ids])

    def embed_now(self, chunk_ids: list[str], bar=None) -> int:
        """Vectors for these chunks now (e.g. a changed document's, ahead of a backlog); returns
        how many were computed. Safe beside a running indexer: stored only for chunks still there."""
        items = [item_of(chunk) for chunk in self.corpus.chunks(chunk_ids).values()]
        embedded = self.vectorizer.embed(items, bar)  # the slow part, outside the indexing lock
        with self.locks.writing():
            alive = self.corpus.chunks([item.chunk_id for item in items])  # a run may have removed some meanwhile
            self.vectorizer.store([item for item in items if item.chunk_id in alive], embedded)
        return embedded.computed

    def _record_progress(self, done: int, total: int, since: float, counted: int | None = None) -> None:
        """Progress for `index --status` and the UI; the rate is `counted` passages since `since`."""
        elapsed = max(1e-6, time.monotonic() - since)
        counted = done if counted is None or counted <= 0 else counted
        self.corpus.set_meta(PROGRESS, json.dumps(
            {"done": min(done, total), "total": total, "per_second": round(counted / elapsed, 2), "updated": time.time()}))

    def status(self) -> dict:
        """How far semantic ranking has got: chunks, vectors, pending, whether an embedder runs, ETA."""
        chunks = self.corpus.chunk_count()
        vectors = self.vectorizer.vectors.count() if chunks else 0
        pending = max(0, chunks - vectors)
        rate = json.loads(self.corpus.get_meta(PROGRESS) or "{}").get("per_second") or 0
        return {
            "chunks": chunks, "vectors": vectors, "pending": pending, "running": self.locks.embedder_running(),
            "per_second": rate, "eta_s": round(pending / rate) if rate and pending else None,
        }


def launch(settings: Settings) -> Path:
    """A detached process running the backfill with these settings (passed through the
    environment); its output goes to a log in the index folder, whose path is returned."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    log = settings.index_dir / LOG_NAME
    with open(log, "ab") as output:
        process = subprocess.Popen([sys.executable, "-m", "assistant.indexing"], stdout=output,
                                   stderr=output, stdin=subprocess.DEVNULL, start_new_session=True,
                                   env=settings.as_environment())
    IndexLocks(settings.index_dir).record_launch(process.pid)
    return log
