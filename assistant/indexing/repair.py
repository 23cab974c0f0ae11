"""Crash safety: the `dirty` mark around writes, and the repair a run does when it finds one.

Every write to both stores is bracketed by `dirty_mark`; a run that finds the mark set (a
crash between the two stores' writes), or the index made with another embedding model, first
makes the vector store hold exactly the manifest's chunks.
"""

from __future__ import annotations

from contextlib import contextmanager

from assistant.indexing.report import IndexReport, progress_bar
from assistant.indexing.vectorizer import Vectorizer, item_of
from assistant.store.corpus import Corpus

DIRTY = "dirty"  # meta key: a write to both stores began and has not finished
EMBEDDING = "embedding"  # meta key: the model the stored vectors were made with
# passages embedded and stored at a time: a model switch re-embeds the whole corpus, whose sentence
# vectors at once would take ~400 MB at 10,000 documents (~220k sentences)
REPAIR_BATCH = 1000


@contextmanager
def dirty_mark(corpus: Corpus):
    """Set while both stores are written; left set by a crash, so the next run repairs."""
    corpus.set_meta(DIRTY, "1")
    yield
    corpus.set_meta(DIRTY, None)


def needs_repair(corpus: Corpus, embedding: str) -> bool:
    return bool(corpus.get_meta(DIRTY)) or corpus.get_meta(EMBEDDING) not in (None, embedding)


def record_model(corpus: Corpus, embedding: str) -> None:
    corpus.set_meta(EMBEDDING, embedding)


def repair(corpus: Corpus, vectorizer: Vectorizer, embedding: str, repair_missing, report: IndexReport) -> None:
    """Make the vector store hold exactly the manifest's chunks (after a crash or a model
    switch); `repair_missing(chunk_ids)` — the run's writer — makes the missing vectors now or
    leaves them pending."""
    missing = remove_orphans(corpus, vectorizer, report)
    if missing:
        repair_missing(missing)
    corpus.set_meta(DIRTY, None)
    record_model(corpus, embedding)


def remove_orphans(corpus: Corpus, vectorizer: Vectorizer, report: IndexReport) -> set[str]:
    """Vectors of chunks no longer in the manifest go; returns the chunks still without a vector."""
    vector_ids = vectorizer.vectors.ids()
    chunk_ids = corpus.chunk_ids()
    orphans = sorted(vector_ids - chunk_ids)
    vectorizer.delete(orphans)
    if orphans:
        report.warnings.append(f"repaired the vector store: removed {len(orphans)} vectors of passages no longer indexed")
    if stale_sentences := corpus.sentence_store.remove_orphans():
        report.warnings.append(f"repaired the index: removed {stale_sentences} sentence vectors of passages no longer indexed")
    return chunk_ids - vector_ids


def add_missing(corpus: Corpus, vectorizer: Vectorizer, missing: set[str], report: IndexReport,
                progress: bool) -> None:
    """Vectors for the chunks that lack one, now (the all-at-once way)."""
    items = [item_of(chunk) for chunk in corpus.chunks(sorted(missing)).values()]
    bar = progress_bar(len(items), "repairing vectors", "passage", progress)
    for offset in range(0, len(items), REPAIR_BATCH):
        report.chunks_embedded += vectorizer.embed_and_store(items[offset:offset + REPAIR_BATCH], bar)
    bar.close()
    report.warnings.append(f"repaired the vector store: added {len(missing)} missing vectors")
