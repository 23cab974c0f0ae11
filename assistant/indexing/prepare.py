"""Read, clean, chunk and tokenize documents — in worker processes when there are many.

Everything here is CPU work on one file with no access to the stores, so it can run in a pool;
the writers (`indexing.writers`) then store the results in order.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.ingest import Document, LoadError, read_document
from assistant.ingest.document import file_hash
from assistant.settings import Settings

WORTH_A_WORKER = 32  # files per worker process below which a pool costs more than it saves


@dataclass
class Prepared:
    """One file made ready to store: the document, its passages and each passage's BM25 terms
    (both empty when the writer chunks for itself), or `error`, the load error's message."""
    document: Document | None = None
    passages: list = None  # list[chunking.Chunk]
    terms: list[str] = None
    error: str | None = None


def prepare(file: Path, root: Path, chunk_sizes: tuple[int, int] | None = None,
            settings: Settings | None = None, document: Document | None = None) -> Prepared:
    """One file read and cleaned; chunked and tokenized too when `chunk_sizes` is given.
    `settings` give the OCR and conversion limits (default: from the environment). `document`:
    the file as read already (an upload is read before the indexing lock is taken), used while
    the file still holds what was read."""
    from assistant.chunking import chunks_of
    from assistant.store.keywords import chunk_terms

    try:
        if document is None or document.content_hash != file_hash(file):
            document = read_document(file, root, settings)
    except (LoadError, OSError) as error:
        return Prepared(error=str(error))
    if chunk_sizes is None:
        return Prepared(document, [], [])
    passages = chunks_of(document, *chunk_sizes) if document.display.strip() else []
    terms = [chunk_terms(document, passage.heading, passage.start, passage.end) for passage in passages]
    document.doc_numbers, document.versions  # noqa: B018  computed here (cached properties), so they travel back computed
    return Prepared(document, passages, terms)


def _prepare_job(job: tuple[Path, Path, tuple[int, int], Settings, Document | None]) -> Prepared:
    return prepare(*job)  # a module-level function, so worker processes can run it


def prepare_all(files: list[tuple[Path, Path]], settings: Settings, read: dict[Path, Document] | None = None):
    """`prepare` (chunked) over (file, root) pairs, in order; in worker processes when worth it.
    `read`: files read already, by path."""
    sizes = (settings.chunk_min_chars, settings.chunk_max_chars)
    jobs = [(file, root, sizes, settings, (read or {}).get(file)) for file, root in files]
    workers = min(settings.indexing_workers, max(1, len(jobs) // WORTH_A_WORKER))
    if workers <= 1:
        yield from map(_prepare_job, jobs)
        return
    with worker_pool(workers) as pool:
        yield from pool.imap(_prepare_job, jobs, chunksize=8)


def worker_pool(workers: int):
    """Forked workers when this process has a single thread (the CLI): they inherit llama-index
    and the loaded dictionary for free. A process with other threads (the web server, one that
    has embedded) gets a forkserver instead: forking it could leave a child waiting forever on a
    lock another thread held at the fork."""
    import multiprocessing

    from assistant.tokens import segmenter

    methods = multiprocessing.get_all_start_methods()
    if single_threaded() and "fork" in methods:
        segmenter()
        return multiprocessing.get_context("fork").Pool(workers)
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return context.Pool(workers, initializer=segmenter)


def single_threaded() -> bool:
    """Whether this process runs one thread only, native ones (Chroma, OpenMP) included."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc: not Linux
        return False
