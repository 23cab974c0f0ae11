"""The indexed corpus in SQLite: the manifest (documents), their chunks, the two text indexes
over them (BM25 terms, `store.keywords`; the phrase index, `store.phrases`) and the chunks'
sentence vectors (`store.sentences`).

One database file, so a document's manifest row, chunks and terms commit in one transaction:
an interrupted run never leaves half-written state. Display text (what citations point into)
and search text (normalized, what matching runs on) are stored per document; `aligned` says
whether position i of one is position i of the other.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ingest.document import Document
from assistant.store import keywords, phrases, sentences
from assistant.store.database import Database
from assistant.store.filters import SearchFilters, chunk_clauses
from assistant.store.keywords import KeywordIndex, chunk_terms
from assistant.store.phrases import PhraseIndex
from assistant.store.sentences import SentenceVectors

if TYPE_CHECKING:
    from assistant.chunking import Chunk

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, source_path TEXT NOT NULL, content_hash TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, source TEXT, display TEXT NOT NULL, indexed_at REAL NOT NULL,
    chunk_count INTEGER NOT NULL,
    search TEXT NOT NULL,            -- search text (normalized display text)
    aligned INTEGER NOT NULL,        -- 1 when search position i is display position i
    doc_numbers TEXT NOT NULL,       -- JSON list of the document numbers it cites
    versions TEXT NOT NULL,          -- JSON: 施行日期, 有效期, version date, titles it repeals
    issuance TEXT NOT NULL,          -- JSON: its own 发文字号 and 签发人, read from its masthead
    layout TEXT,                     -- JSON: page starts, page sizes, display lines' boxes (PDF, OFD);
                                     -- display lines' paragraph numbers (DOCX and formats converted to it)
    furniture_start INTEGER          -- where a page's furniture kept after its text begins (ingest/clean.py)
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL, ord INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_doc ON chunks(doc_id);
"""
# Dropped (and rebuilt by the next run) when the schema or the tokenizer changes.
TABLES = (keywords.TABLE, phrases.TABLE, sentences.TABLE, "chunks", "documents")
CHUNK_COLUMNS = ("SELECT c.chunk_id, c.doc_id, c.start, c.end, c.heading, c.text, d.title, d.date, d.source "
                 "FROM chunks c JOIN documents d ON d.doc_id = c.doc_id")
MAX_SQL_PARAMS = 5000  # SQLite caps the parameters of one statement


@dataclass(frozen=True)
class StoredDocument:
    doc_id: str
    path: str
    source_path: str
    content_hash: str
    title: str
    date: str | None
    source: str | None
    indexed_at: float
    chunk_count: int
    doc_numbers: tuple[str, ...] = ()
    versions: dict = field(default_factory=dict)  # ingest.versions.VersionFacts as a dict
    issuance: dict = field(default_factory=dict)  # its own 发文字号 ("number") and 签发人 ("signers")
    furniture_start: int | None = None  # where a page's furniture kept after its text begins (ingest/clean.py)

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id, "title": self.title, "date": self.date, "source": self.source, "path": self.path,
            "chunks": self.chunk_count, "indexed_at": self.indexed_at, "doc_numbers": list(self.doc_numbers),
            "effective": self.versions.get("effective"), "valid_until": self.versions.get("valid_until"),
            "version_date": self.versions.get("version_date"),
            "doc_number": self.issuance.get("number"), "signers": self.issuance.get("signers", []),
        }


@dataclass(frozen=True)
class StoredChunk:
    chunk_id: str
    doc_id: str
    start: int
    end: int
    heading: str
    text: str
    title: str
    date: str | None
    source: str | None


def _layout_json(document: Document) -> str | None:
    if document.paragraphs:
        return json.dumps({"paragraphs": document.paragraphs})
    if not document.page_starts:
        return None
    layout = document.layout.to_dict() if document.layout else {"page_sizes": [], "lines": []}
    return json.dumps({"page_starts": document.page_starts, **layout})


class Corpus:
    def __init__(self, path: Path):
        self.database = Database(path, SCHEMA + keywords.SCHEMA + phrases.SCHEMA + sentences.SCHEMA, TABLES)
        self.keywords = KeywordIndex(self.database)
        self.phrases = PhraseIndex(self.database)
        self.sentence_store = SentenceVectors(self.database)  # written and removed with the passages' vectors

    # ------------------------------------------------------------ writes
    def batch(self):
        """Several writes in one transaction (see `Database.batch`)."""
        return self.database.batch()

    def replace_document(self, document: Document, source_path: str, passages: list["Chunk"],
                         terms: list[str] | None = None) -> None:
        """Manifest row, chunks and keyword terms of one document (terms computed if not given).
        Its phrase-index row is the writer's choice: `phrases.add_document` in the same batch,
        or `phrases.mark_pending` for later."""
        if terms is None:
            terms = [chunk_terms(document, passage.heading, passage.start, passage.end) for passage in passages]
        with self.database.transaction():
            if self._has_rows(document.doc_id):  # a query on FTS5 flushes its pending inserts: skip it for new documents
                self._delete_rows(document.doc_id)
            self.database.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (document.doc_id, document.path, source_path, document.content_hash, document.title, document.date,
                 document.source, document.display, time.time(), len(passages), document.search.text,
                 int(len(document.search.text) == len(document.display)),
                 json.dumps(document.doc_numbers, ensure_ascii=False),
                 json.dumps(document.versions.to_dict(), ensure_ascii=False),
                 json.dumps({"number": document.doc_number, "signers": document.signers}, ensure_ascii=False),
                 _layout_json(document), document.furniture_start),
            )
            chunk_rowids = [
                self.database.execute(
                    "INSERT INTO chunks (chunk_id, doc_id, ord, start, end, heading, text) VALUES (?,?,?,?,?,?,?)",
                    (passage.chunk_id, document.doc_id, ord_, passage.start, passage.end, passage.heading, passage.text),
                ).lastrowid
                for ord_, passage in enumerate(passages)
            ]
            self.keywords.add(chunk_rowids, terms)

    def remove_document(self, doc_id: str) -> None:
        with self.database.transaction():
            self._delete_rows(doc_id)

    def _has_rows(self, doc_id: str) -> bool:
        return self.database.execute(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE doc_id=?) OR EXISTS (SELECT 1 FROM chunks WHERE doc_id=?)",
            (doc_id, doc_id),
        ).fetchone()[0] == 1

    def _delete_rows(self, doc_id: str) -> None:
        self.phrases.delete_document(doc_id)
        self.keywords.delete_document(doc_id)
        self.database.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
        self.database.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))

    # ------------------------------------------------------------ the manifest
    def documents(self) -> dict[str, StoredDocument]:
        rows = self.database.execute(
            "SELECT doc_id, path, source_path, content_hash, title, date, source, indexed_at, chunk_count, doc_numbers, "
            "versions, issuance, furniture_start FROM documents"
        )
        return {row[0]: StoredDocument(*row[:-4], tuple(json.loads(row[-4])), *(json.loads(v) for v in row[-3:-1]), row[-1])
                for row in rows}

    def display_text(self, doc_id: str) -> str | None:
        row = self.database.execute("SELECT display FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def search_text(self, doc_id: str) -> str | None:
        row = self.database.execute("SELECT search FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def layout(self, doc_id: str) -> dict | None:
        """A paged document's `page_starts`, `page_sizes` and display lines' boxes; an office
        document's `paragraphs` ([display offset, paragraph number] per display line); else None."""
        row = self.database.execute("SELECT layout FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def display_texts(self, doc_ids: list[str]) -> dict[str, str]:
        return {row[0]: row[1] for row in self._rows_by_id("SELECT doc_id, display FROM documents", doc_ids)}

    def search_texts(self, doc_ids: list[str]) -> list[tuple]:
        """(doc_id, title, date, search text, aligned) in the order asked."""
        return self._rows_by_id("SELECT doc_id, title, date, search, aligned FROM documents", doc_ids)

    def _rows_by_id(self, select: str, doc_ids: list[str]) -> list[tuple]:
        rows: dict[str, tuple] = {}
        for offset in range(0, len(doc_ids), 500):
            batch = doc_ids[offset:offset + 500]
            marks = ",".join("?" * len(batch))
            rows.update((row[0], row) for row in self.database.execute(f"{select} WHERE doc_id IN ({marks})", batch))
        return [rows[doc_id] for doc_id in doc_ids if doc_id in rows]

    # ------------------------------------------------------------ chunks
    def chunk_ids(self, doc_id: str | None = None) -> set[str]:
        if doc_id is None:
            return {row[0] for row in self.database.execute("SELECT chunk_id FROM chunks")}
        return {row[0] for row in self.database.execute("SELECT chunk_id FROM chunks WHERE doc_id=?", (doc_id,))}

    def chunk_count(self) -> int:
        return self.database.execute("SELECT count(*) FROM chunks").fetchone()[0]

    def chunks(self, chunk_ids: list[str]) -> dict[str, StoredChunk]:
        found: dict[str, StoredChunk] = {}
        for offset in range(0, len(chunk_ids), MAX_SQL_PARAMS):
            batch = chunk_ids[offset:offset + MAX_SQL_PARAMS]
            rows = self.database.execute(f"{CHUNK_COLUMNS} WHERE c.chunk_id IN ({','.join('?' * len(batch))})", batch)
            found.update((row[0], StoredChunk(*row)) for row in rows)
        return found

    def chunks_of_document(self, doc_id: str) -> list[StoredChunk]:
        rows = self.database.execute(f"{CHUNK_COLUMNS} WHERE c.doc_id=? ORDER BY c.ord", (doc_id,))
        return [StoredChunk(*row) for row in rows]

    def allowed_chunk_ids(self, filters: SearchFilters | None) -> set[str] | None:
        """Chunk ids passing the filters (None when no filter is set)."""
        clauses, params = chunk_clauses(filters)
        if not clauses:
            return None
        rows = self.database.execute(f"SELECT c.chunk_id FROM chunks c WHERE {' AND '.join(clauses)}", params)
        return {row[0] for row in rows}

    def heading_starts(self, doc_id: str) -> tuple[list[int], list[str]]:
        """Chunk start positions and headings of a document, in order (for bisecting a position)."""
        rows = self.database.execute("SELECT start, heading FROM chunks WHERE doc_id=? ORDER BY start",
                                     (doc_id,)).fetchall()
        return [row[0] for row in rows], [row[1] for row in rows]

    # ------------------------------------------------------------ state shared between runs
    def set_meta(self, key: str, value: str | None) -> None:
        self.database.set_meta(key, value)

    def get_meta(self, key: str) -> str | None:
        return self.database.get_meta(key)

    def close(self) -> None:
        self.database.close()
