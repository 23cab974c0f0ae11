"""The two ways a run writes documents, one class each, chosen once per run (`writer_for`).

- `AllAtOnce` (the default): per document, vectors first (cache first), then the manifest,
  chunks and terms in one SQLite transaction, then the document's stale vectors out — so a
  crash can never leave orphans the next run cannot see.
- `KeywordFirst` (`index --keyword-first`, uploads): documents prepared in worker processes and
  written 200 to a transaction, no vectors and no phrase-index rows (`dense_pending`,
  `phrases_pending`): a large corpus is searchable by keywords in seconds, and the backfill
  (`indexing.backfill`) adds the rest.
"""

from __future__ import annotations

from pathlib import Path

from assistant.indexing.backfill import Backfill
from assistant.indexing.plan import Job
from assistant.indexing.prepare import Prepared, prepare, prepare_all
from assistant.indexing.repair import add_missing, dirty_mark, record_model
from assistant.indexing.report import IndexReport
from assistant.indexing.vectorizer import Vectorizer, vector_item
from assistant.settings import Settings
from assistant.ingest import Document
from assistant.store.corpus import Corpus

KEYWORD_BATCH_DOCS = 200  # documents per transaction: a commit per document cost more than its writes


class Writer:
    def __init__(self, settings: Settings, corpus: Corpus, vectorizer: Vectorizer, backfill: Backfill,
                 read: dict[Path, Document] | None = None):
        self.settings = settings
        self.corpus = corpus
        self.vectorizer = vectorizer
        self.backfill = backfill
        self.read = read or {}  # files read before the run (uploads), by resolved path

    def write(self, jobs: list[Job], report: IndexReport, bar) -> None:
        raise NotImplementedError

    def repair_missing(self, missing: set[str], report: IndexReport, progress: bool) -> None:
        """What to do about chunks a repair found without a vector."""
        raise NotImplementedError

    def finish(self, report: IndexReport, progress: bool) -> None:
        """After the run's writes, outside the indexing lock."""

    @staticmethod
    def usable(prepared: Prepared, job: Job, report: IndexReport) -> bool:
        """False (reported) for a file that failed to load or has no text left after cleaning."""
        if prepared.error is not None:
            report.skipped.append(prepared.error + (" (the previously indexed version is kept)" if job.previous else ""))
            return False
        if not prepared.document.display.strip():
            report.warnings.append(f"{job.file}: no text left after cleaning, skipped")
            return False
        return True

    @staticmethod
    def count(job: Job, report: IndexReport) -> None:
        (report.changed if job.previous else report.added).append(job.doc_id)


class AllAtOnce(Writer):
    def write(self, jobs: list[Job], report: IndexReport, bar) -> None:
        sizes = (self.settings.chunk_min_chars, self.settings.chunk_max_chars)
        for job in jobs:
            bar.update(1)
            prepared = prepare(job.file, job.root, sizes, self.settings, self.read.get(job.file))
            if self.usable(prepared, job, report):
                report.chunks_embedded += self._write_document(prepared, str(job.file))  # `discover` resolved it
                self.count(job, report)
                bar.set_postfix(passages_embedded=report.chunks_embedded)

    def _write_document(self, prepared: Prepared, source_path: str) -> int:
        """Vectors first, then the manifest/keyword transaction, then stale vectors out."""
        document = prepared.document
        old_ids = self.corpus.chunk_ids(document.doc_id)
        new_ids = {passage.chunk_id for passage in prepared.passages}
        with dirty_mark(self.corpus):
            embedded = self.vectorizer.embed_and_store([
                vector_item(passage.chunk_id, document.doc_id, document.date, passage.text, document.title)
                for passage in prepared.passages if passage.chunk_id not in old_ids
            ])
            with self.corpus.batch():
                self.corpus.replace_document(document, source_path, prepared.passages, prepared.terms)
                self.corpus.phrases.add_document(document.doc_id)
            self.vectorizer.delete(sorted(old_ids - new_ids))
        record_model(self.corpus, self.settings.embedding)
        return embedded

    def repair_missing(self, missing: set[str], report: IndexReport, progress: bool) -> None:
        add_missing(self.corpus, self.vectorizer, missing, report, progress)

    def finish(self, report: IndexReport, progress: bool) -> None:
        if self.backfill.pending():  # an earlier keyword-first run's leftovers
            report.chunks_embedded += self.backfill.run(progress)


class KeywordFirst(Writer):
    def write(self, jobs: list[Job], report: IndexReport, bar) -> None:
        with dirty_mark(self.corpus):  # one mark for the whole run
            self.backfill.mark_pending()
            prepared_files = prepare_all([(job.file, job.root) for job in jobs], self.settings, self.read)
            for group_start in range(0, len(jobs), KEYWORD_BATCH_DOCS):
                group = jobs[group_start:group_start + KEYWORD_BATCH_DOCS]
                stale = self._write_group(group, prepared_files, report, bar)
                self.vectorizer.delete(stale)  # none in a new corpus's first index: Chroma is never opened

    def _write_group(self, group: list[Job], prepared_files, report: IndexReport, bar) -> list[str]:
        """One transaction's documents; returns the ids of their chunks that are gone."""
        stale: list[str] = []
        # Prepared before the transaction opens: workers may OCR or convert for minutes, and
        # readers (ask, index --status) must not wait on an open write meanwhile.
        prepared_group = [next(prepared_files) for _ in group]
        with self.corpus.batch():
            self.corpus.phrases.mark_pending()  # the rows come with the backfill
            for job, prepared in zip(group, prepared_group):
                bar.update(1)
                if not self.usable(prepared, job, report):
                    continue
                old_ids = self.corpus.chunk_ids(job.doc_id)
                self.corpus.replace_document(prepared.document, str(job.file), prepared.passages, prepared.terms)
                stale += sorted(old_ids - {passage.chunk_id for passage in prepared.passages})
                self.count(job, report)
        return stale

    def repair_missing(self, missing: set[str], report: IndexReport, progress: bool) -> None:
        if missing:
            self.backfill.mark_pending()


def writer_for(keyword_first: bool, settings: Settings, corpus: Corpus, vectorizer: Vectorizer,
               backfill: Backfill, read: dict[Path, Document] | None = None) -> Writer:
    return (KeywordFirst if keyword_first else AllAtOnce)(settings, corpus, vectorizer, backfill, read)
