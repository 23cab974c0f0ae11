"""The document collection's operations, as every front end calls them through `Assistant`:
index paths, uploads (read and indexed by a background worker), background embedding, the list
of documents with their metadata, deletion.

A mixin of `services.Assistant`, which provides `settings`, `index`, `lock`, `superseded()` and
the `_embedder`, `_uploads` and `embedding_error` fields.
"""

from __future__ import annotations

import threading
from pathlib import Path

from assistant.indexing import Index, IndexReport
from assistant.store.corpus import StoredDocument


class Collection:
    def index_paths(self, paths: list[Path] | None = None, progress: bool = True,
                    keyword_first: bool = False) -> IndexReport:
        """Bring the index up to date with `paths` (default documents/). With `keyword_first` it
        returns once keyword search works; `start_embedding` then adds the vectors."""
        return self.index.sync(paths or [self.settings.documents_dir], progress=progress, keyword_first=keyword_first)

    def add_uploaded(self, paths: list[Path]) -> IndexReport:
        """Index uploaded files keyword-first here and now, and embed them in the background."""
        report = self.index_paths(paths, progress=False, keyword_first=True)
        self.start_embedding()
        return report

    def queue_upload(self, paths: list[Path]) -> dict:
        """Read (OCR: minutes for a long scan) and index uploaded files in a background worker,
        outside the front ends' lock; returns the job's status at once (`upload_status` follows
        it file by file and page by page; embedding starts when it is indexed)."""
        if self._uploads is None:
            from assistant.upload_queue import UploadQueue

            def embed() -> None:
                with self.lock:
                    self.start_embedding()

            self._uploads = UploadQueue(self.settings, on_indexed=embed)
        return self._uploads.submit(paths)

    def upload_status(self, job_id: str | None = None, wait_s: float | None = 0):
        """One upload job's status (None if unknown) — after waiting up to `wait_s` for it to
        finish (None: until it does) — or, without a job id, every recent job's, newest first."""
        if self._uploads is None:
            return None if job_id else []
        if job_id is None:
            return self._uploads.statuses()
        return self._uploads.wait(job_id, wait_s) if wait_s != 0 else self._uploads.status(job_id)

    def start_embedding(self) -> bool:
        """Embed pending passages in a background thread of this process; False when nothing
        is pending or a worker already runs. Its own Index: the stores are shared through the
        indexing lock, and front-end calls are never blocked for the whole run."""
        if (self._embedder and self._embedder.is_alive()) or not self.index.dense_pending():
            return False

        def work() -> None:
            worker = Index(self.settings)
            try:
                worker.embed_pending(progress=False)
                self.embedding_error = None
            except Exception as error:  # reported by dense_status; the next run resumes
                self.embedding_error = f"{type(error).__name__}: {error}"
            finally:
                worker.close()

        # The stores' modules are imported here, before the worker starts: a worker importing
        # llama-index while this thread does (an answer's lazy imports) saw a half-initialised
        # module (`cannot import name 'node_to_metadata_dict'`) in 2 of 6 runs of the upload test.
        import assistant.store.embeddings  # noqa: F401
        import assistant.store.vectors  # noqa: F401

        self._embedder = threading.Thread(target=work, name="dense-embedding", daemon=True)
        self._embedder.start()
        return True

    def dense_status(self) -> dict:
        """Chunks, vectors, pending, running, rate, ETA (and the last background error, if any)."""
        status = self.index.dense_status()
        thread_alive = bool(self._embedder and self._embedder.is_alive())  # started, maybe not yet holding its lock
        return {**status, "running": status["running"] or thread_alive, "error": self.embedding_error}

    def embed_pending(self, progress: bool = True) -> int:
        """Embed the pending passages here and now (`assistant index --embed-pending`)."""
        return self.index.embed_pending(progress=progress)

    def launch_embedder(self) -> Path:
        """Embed the pending passages in a detached process (the CLI, after a keyword-first
        run); returns its log file."""
        from assistant.indexing.backfill import launch

        return launch(self.settings)

    def wait_for_embedding(self, timeout: float | None = None) -> None:
        if self._embedder:
            self._embedder.join(timeout)

    def save_upload(self, filename: str, stream) -> Path:
        """Store an uploaded file under the documents folder (name sanitised, size limited)."""
        from assistant.uploads import save_upload

        return save_upload(self.settings.documents_dir, filename, stream, int(self.settings.max_file_mb * 1024 * 1024))

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document from the index and, when it lives in the documents folder, its file."""
        stored = self.index.documents().get(doc_id)
        if stored is None:
            return False
        source = Path(stored.source_path)
        folder = self.settings.documents_dir.resolve()
        if folder in source.resolve().parents and source.exists():
            source.unlink()
        return self.index.remove(doc_id)

    def documents(self) -> list[StoredDocument]:
        return sorted(self.index.documents().values(), key=lambda document: document.doc_id)

    def document_records(self) -> list[dict]:
        """Every indexed document as the front ends list it: its metadata, 施行日期 and version,
        and what supersedes it (None while it is in force)."""
        lineage = self.superseded()
        records = []
        for document in self.documents():
            record = document.to_dict()
            by = lineage.get(document.doc_id)
            record["superseded_by"] = {"doc_id": by.by, "title": by.by_title, "reason": by.reason} if by else None
            records.append(record)
        return records

    def is_empty(self) -> bool:
        return self.index.corpus.chunk_count() == 0

