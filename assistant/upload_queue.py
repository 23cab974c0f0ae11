"""Uploaded files read and indexed by a background worker, with progress per file and per page.

Reading is the slow part — OCR takes 3–7 s a page here, so a 60-page scan takes minutes — and it
runs outside every lock: the server keeps answering, listing and deleting meanwhile. Once a
job's files are read, one keyword-first run of the worker's own `Index` stores them (seconds,
under the indexing lock that every writer takes) without reading them again, and `on_indexed`
starts the embedding. Jobs run one at a time, in the order they came.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.settings import Settings

KEPT_JOBS = 20  # finished jobs kept for the status list (the newest)


@dataclass
class FileProgress:
    name: str
    state: str = "waiting"  # waiting | reading | read | indexed | unchanged | skipped
    page: int = 0  # pages OCR'd so far (scans)
    pages: int = 0
    doc_id: str | None = None
    message: str = ""  # why it was skipped, or a warning about it


@dataclass
class UploadJob:
    id: str
    files: list[FileProgress]
    state: str = "waiting"  # waiting | reading | indexing | done | failed
    error: str | None = None
    report: dict = field(default_factory=dict)  # the run's IndexReport as a dict
    submitted: float = field(default_factory=time.time)
    finished: float | None = None

    def to_dict(self) -> dict:
        return {"job": self.id, "state": self.state, "error": self.error, "files": [asdict(f) for f in self.files],
                "submitted": self.submitted, "finished": self.finished, **self.report}


class UploadQueue:
    def __init__(self, settings: Settings, on_indexed=None):
        self.settings = settings
        self.on_indexed = on_indexed  # called after each job that indexed something
        self._jobs: dict[str, UploadJob] = {}
        self._paths: dict[str, list[Path]] = {}
        self._waiting: queue.Queue[str] = queue.Queue()
        self._lock = threading.Lock()  # guards the jobs' fields: the worker writes, front ends read
        self._done = threading.Condition(self._lock)
        self._worker: threading.Thread | None = None

    def submit(self, paths: list[Path]) -> dict:
        """Queue saved files for reading and indexing; returns the job's status at once."""
        job = UploadJob(uuid.uuid4().hex[:12], [FileProgress(path.name) for path in paths])
        with self._lock:
            self._jobs[job.id] = job
            self._paths[job.id] = list(paths)
            self._forget_old()
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="uploads", daemon=True)
                self._worker.start()
        self._waiting.put(job.id)
        return self.status(job.id)

    def status(self, job_id: str) -> dict | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def statuses(self) -> list[dict]:
        """Every job kept, newest first."""
        with self._lock:
            return [job.to_dict() for job in sorted(self._jobs.values(), key=lambda job: -job.submitted)]

    def wait(self, job_id: str, timeout: float | None = None) -> dict | None:
        """The job's status once it has finished (or when the timeout passes)."""
        with self._done:
            self._done.wait_for(lambda: self._jobs.get(job_id) is None
                                or self._jobs[job_id].state in ("done", "failed"), timeout)
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def _forget_old(self) -> None:
        finished = sorted((job for job in self._jobs.values() if job.finished), key=lambda job: -job.finished)
        for job in finished[KEPT_JOBS:]:
            del self._jobs[job.id]

    def _work(self) -> None:
        while True:
            job_id = self._waiting.get()
            job, paths = self._jobs[job_id], self._paths.pop(job_id)
            try:
                indexed = self._run(job, paths)
                if indexed and self.on_indexed:
                    self.on_indexed()
            except Exception as error:  # reported with the job; the next job still runs
                with self._lock:
                    job.state, job.error = "failed", f"{type(error).__name__}: {error}"
            with self._done:
                job.finished = time.time()
                job.state = "failed" if job.error else "done"
                self._done.notify_all()

    def _run(self, job: UploadJob, paths: list[Path]) -> bool:
        """Read every file (outside the locks), then index those read in one run."""
        from assistant.indexing import Index, IndexReport

        read, unreadable = {}, []
        for path, progress in zip(paths, job.files):
            with self._lock:
                job.state, progress.state = "reading", "reading"
            document = self._read(path, progress)
            if document is None:
                unreadable.append(progress.message)
            else:
                read[path.resolve()] = document
                with self._lock:
                    progress.state = "read"
        report = IndexReport()
        if read:
            with self._lock:
                job.state = "indexing"
            index = Index(self.settings)  # its own connections: the front ends' index stays free
            try:
                report = index.sync(list(read), progress=False, keyword_first=True, read=read)
            finally:
                index.close()
        with self._lock:
            self._settle(job.files, read, report)
            job.report = {**report.to_dict(), "skipped": unreadable + report.skipped}
        return bool(report.added or report.changed)

    def _read(self, path: Path, progress: FileProgress):
        from assistant.ingest import LoadError, read_document

        def page_done(page: int, pages: int) -> None:
            with self._lock:
                progress.page, progress.pages = page, pages

        try:
            return read_document(path.resolve(), self.settings.documents_dir.resolve(), self.settings, page_done)
        except LoadError as error:
            message = str(error)
        except Exception as error:  # a reader's bug must not lose the job's other files
            message = f"{path.name}: could not be read ({type(error).__name__}: {error})"
        with self._lock:
            progress.state, progress.message = "skipped", message
        return None

    @staticmethod
    def _settle(files: list[FileProgress], read: dict, report) -> None:
        """Each file's outcome from the run's report (a duplicate's warning names the file)."""
        doc_ids = {path.name: document.doc_id for path, document in read.items()}
        done = set(report.added) | set(report.changed)
        for progress in files:
            if progress.state == "skipped":
                continue
            doc_id = doc_ids.get(progress.name)
            notes = [message for message in report.skipped + report.warnings if progress.name in message]
            progress.doc_id = doc_id if doc_id in done else None
            progress.state = "indexed" if progress.doc_id else ("skipped" if notes else "unchanged")
            progress.message = "; ".join(notes)
