"""Make the index mirror a set of document paths: add, change, remove, and nothing more.

Write order per document (so a crash can never leave orphans the next run cannot see):
1. embed the new chunks (cache first) and add their vectors to Chroma;
2. commit the manifest row, chunks and keyword terms in one SQLite transaction;
3. delete the document's old vectors.
A `dirty` mark in the manifest brackets the writes; a run that finds it set (or a vector
count that disagrees with the chunk count) reconciles Chroma with the manifest first.
An indexing lock keeps two runs from writing at once: the second one waits.

Keyword-first (`sync(keyword_first=True)`): step 1 is skipped and the manifest gets a
`dense_pending` mark, so a large corpus is searchable by keywords in seconds; the wording
search's phrase index is left out too (`phrases_pending`). `embed_pending` (a background
process or thread) first adds those phrase rows, then gives every chunk without a vector its
vector, batch by batch: embedding happens outside the indexing lock, each batch is stored
under it and only for chunks still in the manifest. Vectors are only ever a subset of the manifest's chunks, so an
interrupted run just leaves work for the next one (the cache keeps what was computed).
"""

from __future__ import annotations

import fcntl
import json
import math
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest import Document, LoadError, is_supported, read_document
from assistant.ingest.document import doc_id_of, file_hash
from assistant.ingest.loaders import unsupported_reason
from assistant.ingest.normalize import normalize, strip_punctuation
from assistant.settings import Settings
from assistant.store.keywords import KeywordStore, StoredChunk, StoredDocument

# llama-index, chromadb and the embedding model load on first use (see Index.embedding): a
# no-op re-index reads only the manifest and the files.


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # messages naming the file and the remedy
    warnings: list[str] = field(default_factory=list)
    chunks_embedded: int = 0
    dense_pending: bool = False  # keyword-first: some chunks still wait for their vectors
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "added": self.added, "changed": self.changed, "removed": self.removed, "unchanged": self.unchanged,
            "skipped": self.skipped, "warnings": self.warnings, "chunks_embedded": self.chunks_embedded,
            "dense_pending": self.dense_pending, "seconds": round(self.seconds, 2),
        }

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged, {len(self.skipped)} skipped; {self.chunks_embedded} passages embedded "
            f"in {self.seconds:.1f} s"
        )
        return text + ("; keyword search ready, passages still to embed" if self.dense_pending else "")


def embedding_text(text: str) -> str:
    """What the dense model sees: the passage's search text. Title and heading are left to
    BM25 (which indexes them): on 2 cores embedding time grows faster than passage length."""
    return normalize(text)


def node_for_vectors(chunk_id: str, doc_id: str, date: str | None, text: str):
    """The vector store's node: search text plus the metadata its filters use."""
    from llama_index.core.schema import TextNode

    from assistant.store.vectors import date_number

    return TextNode(id_=chunk_id, text=text, metadata={"doc_id": doc_id, "date_num": date_number(date)})


class Index:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.keywords = KeywordStore(settings.keyword_db)
        self._embedding = None
        self._vectors = None
        self._cache = None
        self._passage_embedding = None

    # Heavy parts load on first use: a no-op re-index or a keyword query never pays for them.
    @property
    def embedding(self):
        if self._embedding is None:
            from assistant.store.embeddings import make_embedding

            self._embedding = make_embedding(self.settings)
        return self._embedding

    @property
    def vectors(self):
        if self._vectors is None:
            from assistant.store.vectors import VectorStore

            self._vectors = VectorStore(self.settings, self.embedding)
        return self._vectors

    @property
    def cache(self):
        if self._cache is None:
            from assistant.store.embeddings import EmbeddingCache, NoCache

            path = self.settings.embedding_cache_db
            self._cache = EmbeddingCache(path, self.settings.embedding) if path else NoCache()
        return self._cache

    @property
    def passage_embedding(self):
        """The embedding model behind the content-hash cache: how passages are embedded."""
        if self._passage_embedding is None:
            from assistant.store.embeddings import CachedEmbedding

            self._passage_embedding = CachedEmbedding(
                inner=self.embedding, cache=self.cache, model_name=self.settings.embedding,
                embed_batch_size=max(1, self.settings.embedding_batch),
            )
        return self._passage_embedding

    # ------------------------------------------------------------------ sync
    def sync(self, paths: list[Path], progress: bool = True, keyword_first: bool = False) -> IndexReport:
        """Mirror `paths`. Returns when everything is searchable, or with `keyword_first` as soon
        as keyword search is (call `embed_pending` afterwards, e.g. in the background)."""
        started = time.perf_counter()
        report = IndexReport()
        with self._lock():
            if self._needs_reconcile():
                self.reconcile(report, progress, embed_missing=not keyword_first)
            found = self._discover(paths, report)
            stored = self.keywords.documents()
            self._remove_missing(paths, found, stored, report)
            self._apply_changes(found, stored, report, progress, keyword_first)
        if self.dense_pending() and not keyword_first:
            report.chunks_embedded += self.embed_pending(progress)  # an earlier keyword-first run's leftovers
        report.dense_pending = self.dense_pending()
        report.seconds = time.perf_counter() - started
        return report

    @contextmanager
    def _lock(self, name: str = ".index.lock", waiting: str = "another indexing run is writing"):
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        with open(self.settings.index_dir / name, "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"{waiting} {self.settings.index_dir}; waiting for it to finish…", file=sys.stderr)
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _embedder_lock(self):
        return self._lock(".embed.lock", "passages are being embedded (assistant index --status) in")

    def embedder_running(self) -> bool:
        """An embedder holds the lock, or one was just launched and is still starting up."""
        return is_locked(self.settings.index_dir / ".embed.lock") or self._launched_embedder_alive()

    def _launched_embedder_alive(self) -> bool:
        try:
            pid = int((self.settings.index_dir / EMBEDDER_PID_FILE).read_text())
            command_line = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return False
        return b"--embed-pending" in command_line  # alive, and not some other process given its number

    def _root_for(self, path: Path) -> Path:
        documents_dir = self.settings.documents_dir.resolve()
        resolved = path.resolve()
        if resolved == documents_dir or documents_dir in resolved.parents:
            return documents_dir
        return resolved if resolved.is_dir() else resolved.parent

    def _discover(self, paths: list[Path], report: IndexReport) -> dict[str, tuple[Path, Path]]:
        """doc_id → (file, root) for every supported file under the paths; the rest reported."""
        found: dict[str, tuple[Path, Path]] = {}
        for path in paths:
            if not path.exists():
                report.skipped.append(f"{path}: no such file or folder; check the path")
                continue
            root = self._root_for(path)
            files = [path.resolve()] if path.is_file() else sorted(p.resolve() for p in path.rglob("*") if p.is_file())
            for file in files:
                relative = file.relative_to(root)  # both resolved already
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if not is_supported(file):
                    report.skipped.append(unsupported_reason(file))
                    continue
                doc_id = doc_id_of(relative)
                if doc_id in found and found[doc_id][0] != file:
                    report.warnings.append(f"{file}: has the same name as {found[doc_id][0].name} apart from the "
                                           f"extension, so both would be document {doc_id!r}; indexed "
                                           f"{found[doc_id][0].name} only — rename one of them")
                    continue
                found[doc_id] = (file, root)
        return found

    def _remove_missing(self, paths, found, stored, report: IndexReport) -> None:
        scopes = [path.resolve() for path in paths if path.exists() or not path.suffix]
        for doc_id, document in stored.items():
            source = Path(document.source_path)
            in_scope = any(source == scope or scope in source.parents for scope in scopes)
            if in_scope and doc_id not in found and not source.exists():
                self._remove(doc_id)
                report.removed.append(doc_id)

    def remove(self, doc_id: str) -> bool:
        """Take one document out of the index (its file is the caller's business)."""
        with self._lock():
            if doc_id not in self.keywords.documents():
                return False
            self._remove(doc_id)
            return True

    def _remove(self, doc_id: str) -> None:
        old_ids = sorted(self.keywords.chunk_ids(doc_id))
        self.keywords.set_meta("dirty", "1")
        self.keywords.remove_document(doc_id)
        self.vectors.delete(old_ids)
        self.keywords.set_meta("dirty", None)

    def _apply_changes(self, found, stored, report: IndexReport, progress: bool, keyword_first: bool = False) -> None:
        plan = self._plan(found, stored, report)
        if not plan:
            return
        bar = _progress_bar(len(plan), "indexing", "doc", progress)
        if keyword_first:
            self._apply_keywords_only(plan, report, bar)
        else:
            for doc_id, file, root, previous in plan:
                bar.update(1)
                outcome = _prepare((file, root, None, None))
                if self._usable(outcome, file, previous, report):
                    report.chunks_embedded += self._write_document(outcome[0], str(file.resolve()))
                    (report.changed if previous else report.added).append(doc_id)
                    bar.set_postfix(passages_embedded=report.chunks_embedded)
        bar.close()

    @staticmethod
    def _usable(outcome, file: Path, previous, report: IndexReport) -> bool:
        """False (reported) for a file that failed to load or has no text left after cleaning."""
        if isinstance(outcome, str):
            report.skipped.append(outcome + (" (the previously indexed version is kept)" if previous else ""))
            return False
        if not outcome[0].display.strip():
            report.warnings.append(f"{file}: no text left after cleaning, skipped")
            return False
        return True

    def _apply_keywords_only(self, plan, report: IndexReport, bar) -> None:
        """Keyword-first: documents prepared in worker processes, written 200 to a transaction;
        vectors come later (`embed_pending`)."""
        self.keywords.set_meta("dirty", "1")  # one mark for the whole run
        self.keywords.set_meta("dense_pending", "1")
        outcomes = _prepare_all(plan, self.settings)
        for group_start in range(0, len(plan), KEYWORD_BATCH_DOCS):
            stale: list[str] = []
            with self.keywords.batch():
                for doc_id, file, _root, previous in plan[group_start:group_start + KEYWORD_BATCH_DOCS]:
                    outcome = next(outcomes)
                    bar.update(1)
                    if not self._usable(outcome, file, previous, report):
                        continue
                    document, passages, terms = outcome
                    old_ids = self.keywords.chunk_ids(document.doc_id)
                    self.keywords.replace_document(document, str(file), passages, terms,  # `_discover` resolved it
                                                   index_phrases=False)  # see `_index_pending_phrases`
                    stale += sorted(old_ids - {passage.chunk_id for passage in passages})
                    (report.changed if previous else report.added).append(doc_id)
            if stale:  # a first index of a new corpus never even opens Chroma
                self.vectors.delete(stale)
        self.keywords.set_meta("dirty", None)

    def _plan(self, found, stored, report: IndexReport) -> list[tuple[str, Path, Path, StoredDocument | None]]:
        """The files to (re)index: new or changed content, within the size limit, not a duplicate."""
        plan = []
        seen_hashes: dict[str, str] = {doc.content_hash: doc_id for doc_id, doc in stored.items() if doc_id in found}
        limit = int(self.settings.max_file_mb * 1024 * 1024)
        for doc_id, (file, root) in found.items():
            size = file.stat().st_size
            if size > limit:
                report.skipped.append(
                    f"{file}: {size / 1048576:.1f} MB is over the {self.settings.max_file_mb:g} MB limit "
                    "(ASSISTANT_MAX_FILE_MB); split the file or raise the limit"
                )
                continue
            if size == 0:
                report.warnings.append(f"{file}: empty file, skipped")
                continue
            content_hash = file_hash(file)
            previous = stored.get(doc_id)
            if previous and previous.content_hash == content_hash:
                report.unchanged += 1
                continue
            twin = seen_hashes.get(content_hash)
            if twin and twin != doc_id:
                report.warnings.append(f"{file}: same content as {twin}; indexed once, as {twin}")
                continue
            seen_hashes[content_hash] = doc_id
            plan.append((doc_id, file, root, previous))
        return plan

    def _write_document(self, document: Document, source_path: str) -> int:
        """Vectors first, then the manifest/keyword transaction, then stale vectors out."""
        from assistant.chunking import passages_of

        passages = passages_of(document, self.settings.chunk_min_chars, self.settings.chunk_max_chars)
        old_ids = self.keywords.chunk_ids(document.doc_id)
        self.keywords.set_meta("dirty", "1")
        embedded = self._add_vectors([
            (passage.chunk_id, document.doc_id, document.date, embedding_text(passage.text))
            for passage in passages if passage.chunk_id not in old_ids
        ])
        self.keywords.replace_document(document, source_path, passages)
        self.vectors.delete(sorted(old_ids - {passage.chunk_id for passage in passages}))
        self.keywords.set_meta("dirty", None)
        self.keywords.set_meta("embedding", self.settings.embedding)
        return embedded

    def _add_vectors(self, items: list[tuple[str, str, str | None, str]], bar=None) -> int:
        """Embed (cache first) and store vectors for (chunk_id, doc_id, date, text); returns how many were computed."""
        if not items:
            return 0
        vectors, computed = self._embed(items, bar)
        self.vectors.add(self._vector_nodes(items, vectors))
        return computed

    def _embed(self, items: list[tuple[str, str, str | None, str]], bar=None) -> tuple[dict[str, list[float]], int]:
        """text → vector for the items' texts, the cache first; and how many were computed."""
        return self.passage_embedding.vectors_for([text for *_, text in items], bar.update if bar is not None else None)

    @staticmethod
    def _vector_nodes(items, vectors: dict[str, list[float]]) -> list:
        nodes = []
        for chunk_id, doc_id, date, text in items:
            node = node_for_vectors(chunk_id, doc_id, date, text)
            node.embedding = vectors[text]
            nodes.append(node)
        return nodes

    # ------------------------------------------------------------------ dense backfill
    def dense_pending(self) -> bool:
        return self.keywords.get_meta("dense_pending") == "1"

    def embed_pending(self, progress: bool = True, time_budget_s: float | None = None) -> int:
        """Embed every chunk that has no vector yet, in batches; returns how many were computed.

        Resumable by construction: what is pending is recomputed from the stores each time."""
        started = time.monotonic()
        computed = 0
        with self._embedder_lock():
            self._index_pending_phrases()
            while True:
                with self._lock():
                    pending = sorted(self.keywords.chunk_ids() - self.vectors.ids())
                    if not pending:
                        self.keywords.set_meta("dense_pending", None)
                        self._record_progress(0, 0, started)
                        return computed
                cached, fresh = self._split_by_cache(pending)
                bar = _progress_bar(len(pending), "embedding", "passage", progress)
                batches = [*_slices(cached, CACHED_BATCH), *_slices(fresh, max(1, self.settings.embedding_batch))]
                done, fresh_started = 0, None
                for batch in batches:
                    if time_budget_s is not None and time.monotonic() - started > time_budget_s:
                        bar.close()
                        return computed
                    if fresh_started is None and done >= len(cached):
                        fresh_started = time.monotonic()  # the rate (and ETA) users see is the real embedding rate
                    computed += self._embed_batch(batch, bar)
                    done += len(batch)
                    with self._lock():
                        self._record_progress(done, len(pending), fresh_started or started, done - len(cached))
                bar.close()

    def _index_pending_phrases(self) -> None:
        """The phrase-index rows a keyword-first run left out (wording search scans those
        documents until then): seconds of work, done before the hours of embedding."""
        if self.keywords.phrases_pending():
            with self._lock():
                self.keywords.index_pending_phrases()

    def _split_by_cache(self, chunk_ids: list[str]) -> tuple[list[str], list[str]]:
        """(chunks whose vectors are in the cache, the others). The cached ones are stored first
        and in large batches: a rebuilt or resumed index regains semantic ranking for them in
        seconds, before the slow, really new ones."""
        texts = {c.chunk_id: embedding_text(c.text) for c in self.keywords.chunks(chunk_ids).values()}
        known = self.cache.known(list(texts.values()))
        cached = [chunk_id for chunk_id in chunk_ids if texts.get(chunk_id) in known]
        return cached, [chunk_id for chunk_id in chunk_ids if texts.get(chunk_id) not in known]

    def _embed_batch(self, chunk_ids: list[str], bar) -> int:
        chunks = self.keywords.chunks(chunk_ids)
        items = [(c.chunk_id, c.doc_id, c.date, embedding_text(c.text)) for c in chunks.values()]
        vectors, computed = self._embed(items, bar)  # the slow part, outside the indexing lock
        with self._lock():
            alive = self.keywords.chunks([chunk_id for chunk_id, *_ in items])  # a run may have removed some meanwhile
            self.vectors.add(self._vector_nodes([item for item in items if item[0] in alive], vectors))
        return computed

    def _record_progress(self, done: int, total: int, since: float, counted: int | None = None) -> None:
        """Progress for `index --status` and the UI; the rate is `counted` passages since `since`."""
        elapsed = max(1e-6, time.monotonic() - since)
        counted = done if counted is None or counted <= 0 else counted
        self.keywords.set_meta("dense_progress", json.dumps(
            {"done": min(done, total), "total": total, "per_second": round(counted / elapsed, 2), "updated": time.time()}))

    def dense_status(self) -> dict:
        """How far semantic ranking has got: chunks, vectors, pending, whether an embedder runs, ETA."""
        chunks = self.keywords.chunk_count()
        vectors = self.vectors.count() if chunks else 0
        pending = max(0, chunks - vectors)
        progress = json.loads(self.keywords.get_meta("dense_progress") or "{}")
        rate = progress.get("per_second") or 0
        return {
            "chunks": chunks, "vectors": vectors, "pending": pending, "running": self.embedder_running(),
            "per_second": rate, "eta_s": round(pending / rate) if rate and pending else None,
        }

    # ------------------------------------------------------------------ consistency
    def _needs_reconcile(self) -> bool:
        if self.keywords.get_meta("dirty") or self.keywords.get_meta("embedding") not in (None, self.settings.embedding):
            return True
        return False

    def reconcile(self, report: IndexReport, progress: bool = True, embed_missing: bool = True) -> None:
        """Make Chroma hold exactly the manifest's chunks (after a crash or a model switch);
        without `embed_missing`, missing vectors are left to `embed_pending`."""
        vector_ids = self.vectors.ids()
        chunk_ids = self.keywords.chunk_ids()
        orphans = sorted(vector_ids - chunk_ids)
        self.vectors.delete(orphans)
        missing = chunk_ids - vector_ids
        if orphans:
            report.warnings.append(f"repaired the vector store: removed {len(orphans)} vectors of passages no longer indexed")
        if missing and not embed_missing:
            self.keywords.set_meta("dense_pending", "1")
        elif missing:
            stored = self.keywords.chunks(sorted(missing))
            items = [(c.chunk_id, c.doc_id, c.date, embedding_text(c.text)) for c in stored.values()]
            bar = _progress_bar(len(items), "repairing vectors", "passage", progress)
            report.chunks_embedded += self._add_vectors(items, bar)
            bar.close()
            report.warnings.append(f"repaired the vector store: added {len(missing)} missing vectors")
        self.keywords.set_meta("dirty", None)
        self.keywords.set_meta("embedding", self.settings.embedding)

    def documents_containing(self, text: str, filters=None) -> list[str]:
        """Documents whose search text holds `text` (punctuation and script folded), through the
        phrase index."""
        chars = strip_punctuation(normalize(text))
        return self.keywords.phrase_documents(chars, filters) if chars else []

    def term_rarity(self, terms: list[str]) -> dict[str, float]:
        """A weight factor per term from the share of passages holding it: 1.5 for a term in one
        passage, 0.5 for one in all, 1.0 for a term the index does not know (the question's
        tagger may cut a word the index cut otherwise: unknown is not rare)."""
        total = self.keywords.chunk_count()
        if total < 2:
            return {}
        frequencies = self.keywords.document_frequencies([normalize(term) for term in terms])
        return {term: 1.0 if not (found := frequencies.get(normalize(term), 0))
                else 0.5 + math.log(total / found) / math.log(total) for term in terms}

    def display_text(self, doc_id: str) -> str:
        return self.keywords.display_text(doc_id) or ""

    def chunks_of_document(self, doc_id: str) -> list[StoredChunk]:
        return self.keywords.chunks_of_document(doc_id)

    def stored_chunks(self, chunk_ids: list[str]) -> dict[str, StoredChunk]:
        return self.keywords.chunks(chunk_ids)

    def close(self) -> None:
        self.keywords.close()
        if self._cache is not None:
            self._cache.close()
            self._cache = self._passage_embedding = None
        if self._vectors is not None:
            self._vectors.close()
            self._vectors = None


KEYWORD_BATCH_DOCS = 200
EMBEDDER_PID_FILE = ".embed.pid"  # written by whoever launches a background embedder (the CLI)
CACHED_BATCH = 1000  # vectors read back from the cache: no model work, so Chroma gets them in bulk


def _slices(items: list, size: int) -> list[list]:
    return [items[offset:offset + size] for offset in range(0, len(items), size)]


def is_locked(lock_file: Path) -> bool:
    """Whether some process (this one included) holds this lock file now."""
    if not lock_file.exists():
        return False
    with open(lock_file) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def _prepare(job: tuple[Path, Path, int | None, int | None]):
    """Read, clean, chunk and tokenize one file: (document, passages, terms), or the load error's
    message. A module-level function, so worker processes can run it."""
    from assistant.chunking import passages_of
    from assistant.store.keywords import chunk_terms

    file, root, min_chars, max_chars = job
    try:
        document = read_document(file, root)
    except LoadError as error:
        return str(error)
    if min_chars is None:  # the embedding path chunks for itself
        return document, [], []
    passages = passages_of(document, min_chars, max_chars) if document.display.strip() else []
    terms = [chunk_terms(document, passage.heading, passage.start, passage.end) for passage in passages]
    document.doc_numbers  # noqa: B018  computed here (a cached property), so it travels back computed
    return document, passages, terms


def _prepare_all(plan, settings: Settings):
    """`_prepare` over the plan, in order; in a pool of worker processes when it is worth it."""
    jobs = [(file, root, settings.chunk_min_chars, settings.chunk_max_chars) for _, file, root, _ in plan]
    workers = min(settings.indexing_workers, max(1, len(jobs) // 32))
    if workers <= 1:
        yield from map(_prepare, jobs)
        return
    with _worker_pool(workers) as pool:
        yield from pool.imap(_prepare, jobs, chunksize=8)


def _worker_pool(workers: int):
    """Forked workers when this process has a single thread (the CLI): they inherit llama-index
    and the loaded dictionary for free. A process with other threads (the web server, one that
    has embedded) gets a forkserver instead: forking it could leave a child waiting forever on a
    lock another thread held at the fork."""
    import multiprocessing

    from assistant.tokens import segmenter

    methods = multiprocessing.get_all_start_methods()
    if _single_threaded() and "fork" in methods:
        segmenter()
        return multiprocessing.get_context("fork").Pool(workers)
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return context.Pool(workers, initializer=segmenter)


def _single_threaded() -> bool:
    """Whether this process runs one thread only, native ones (Chroma, OpenMP) included."""
    import os

    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc: not Linux
        return False


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def set_postfix(self, **values) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, label: str, unit: str, enabled: bool):
    if not enabled or total == 0:
        return _NoBar()
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: keeps the process single-threaded for `_worker_pool`
    return tqdm(total=total, desc=label, unit=unit, file=sys.stderr)
