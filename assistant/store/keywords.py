"""SQLite store: the manifest (documents), the chunks, and a BM25 keyword index (FTS5).

Why SQLite FTS5 rather than bm25s: one document's update is one transaction (delete its
rows, insert the new ones), so an interrupted run never leaves half-written state and a
single changed file costs milliseconds, where bm25s rebuilds its whole matrix. The manifest
lives in the same database so documents, chunks and terms always commit together.

FTS5 indexes jieba tokens of the search text (plus the document title and heading path, so
a passage is found by the organisation or period its document is about) joined by spaces.
"""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ingest.document import Document
from assistant.ingest.normalize import normalize, strip_punctuation
from assistant.tokens import tokenize, tokenizer_signature

if TYPE_CHECKING:
    from assistant.chunking import Passage

SCHEMA_VERSION = "4"
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, source_path TEXT NOT NULL, content_hash TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, source TEXT, display TEXT NOT NULL, indexed_at REAL NOT NULL,
    chunk_count INTEGER NOT NULL,
    search TEXT NOT NULL,            -- search text (normalized display text)
    aligned INTEGER NOT NULL,        -- 1 when search position i is display position i
    doc_numbers TEXT NOT NULL        -- JSON list of the document numbers it cites
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL, ord INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_doc ON chunks(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5(terms, tokenize='unicode61 remove_diacritics 0');
-- Wording search: the search text without punctuation, trigram-indexed per document, so an
-- exact phrase is a substring query however it is punctuated or bracketed. Search text is
-- already lower-cased, so the tokenizer need not fold case (~12% of its time), and positions
-- are not stored (detail=none: ~40% less time and space): the trigrams find the candidate
-- documents and `instr` confirms the phrase. Keyword-first runs leave it to the background
-- (`index_pending_phrases`): it is a third of the writer's time, and wording search scans the
-- documents not yet in it meanwhile.
CREATE VIRTUAL TABLE IF NOT EXISTS doc_chars USING fts5(chars, tokenize='trigram case_sensitive 1', detail=none);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


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

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id, "title": self.title, "date": self.date, "source": self.source, "path": self.path,
            "chunks": self.chunk_count, "indexed_at": self.indexed_at, "doc_numbers": list(self.doc_numbers),
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


def chunk_terms(document: Document, heading: str, start: int, end: int) -> str:
    """A chunk's terms: its title and heading (tokenized once each, through tokenize's cache)
    and its own text cut from the document's search text, so nothing is normalized twice."""
    search_start, search_end = document.search.from_display(start, end)
    parts = [tokenize(normalize(document.title)), tokenize(normalize(heading)),
             tokenize(document.search.text[search_start:search_end])]
    return " ".join(chain.from_iterable(parts))


def _covering_trigrams(chars: str) -> str:
    """An FTS5 query for documents holding every trigram of a set that covers `chars` (each
    third one and the last): all a document containing the phrase must have."""
    starts = sorted({*range(0, len(chars) - 2, 3), len(chars) - 3})
    grams = dict.fromkeys(chars[start:start + 3] for start in starts)
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


FEW_DOCUMENTS = 20  # a filter to more documents is applied after ranking (see _search_then_filter)
FILTER_DEPTH = 10  # how many times the wanted rows are ranked before the filter is applied


class KeywordStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        # SQL needs the same punctuation stripping as Python (phrase index rows, pending-document scans).
        self.db.create_function("strip_punctuation", 1, strip_punctuation, deterministic=True)
        self._batching = False
        self._df_version: tuple | None = None  # document-frequency cache (see document_frequencies)
        self._df: dict[str, int] = {}
        self._chunk_total = 0
        self._migrate()

    def _migrate(self) -> None:
        """An index from another schema version or tokenizer vocabulary is emptied and rebuilt by
        the next `index` run (embeddings come back from the cache; the reconcile step clears
        stale vectors)."""
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = None
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = row[0] if row else None
        wanted = f"{SCHEMA_VERSION}:{tokenizer_signature()}"
        if tables and version != wanted:
            with self.db:
                for table in ("chunk_terms", "doc_chars", "chunks", "documents"):
                    self.db.execute(f"DROP TABLE IF EXISTS {table}")
        self.db.executescript(SCHEMA)
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (wanted,))
            if tables and version != wanted:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('dirty', '1')")

    # ------------------------------------------------------------ manifest
    def documents(self) -> dict[str, StoredDocument]:
        rows = self.db.execute(
            "SELECT doc_id, path, source_path, content_hash, title, date, source, indexed_at, chunk_count, doc_numbers "
            "FROM documents"
        )
        return {row[0]: StoredDocument(*row[:-1], tuple(json.loads(row[-1]))) for row in rows}

    def display_text(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT display FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def chunk_ids(self, doc_id: str | None = None) -> set[str]:
        if doc_id is None:
            return {row[0] for row in self.db.execute("SELECT chunk_id FROM chunks")}
        return {row[0] for row in self.db.execute("SELECT chunk_id FROM chunks WHERE doc_id=?", (doc_id,))}

    def chunk_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM chunks").fetchone()[0]

    # ------------------------------------------------------------ writes (one transaction each)
    @contextmanager
    def batch(self):
        """Many documents in one transaction (keyword-first runs): a commit per document would
        cost more than its writes. Atomic all the same: a crash keeps none of the batch."""
        with self.db:
            self._batching = True
            try:
                yield
            finally:
                self._batching = False

    def _transaction(self):
        return nullcontext() if self._batching else self.db

    def replace_document(self, document: Document, source_path: str, passages: list["Passage"],
                         terms: list[str] | None = None, index_phrases: bool = True) -> None:
        """Manifest row, chunks and keyword terms of one document (terms computed if not given);
        its phrase-index row too, unless `index_phrases` is off (then `index_pending_phrases`
        adds it later)."""
        if terms is None:
            terms = [chunk_terms(document, passage.heading, passage.start, passage.end) for passage in passages]
        with self._transaction():
            if self._has_rows(document.doc_id):  # a query on FTS5 flushes its pending inserts: skip it for new documents
                self._delete_rows(document.doc_id)
            search = document.search
            aligned = len(search.text) == len(document.display)
            cursor = self.db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (document.doc_id, document.path, source_path, document.content_hash, document.title, document.date,
                 document.source, document.display, time.time(), len(passages), search.text, int(aligned),
                 json.dumps(document.doc_numbers, ensure_ascii=False)),
            )
            if index_phrases:
                self._index_phrases("rowid = ?", (cursor.lastrowid,))
            else:  # in this transaction, so the mark and the rows it stands for commit together
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('phrases_pending', '1')")
            chunk_rowids = [
                self.db.execute(
                    "INSERT INTO chunks (chunk_id, doc_id, ord, start, end, heading, text) VALUES (?,?,?,?,?,?,?)",
                    (passage.chunk_id, document.doc_id, ord_, passage.start, passage.end, passage.heading, passage.text),
                ).lastrowid
                for ord_, passage in enumerate(passages)
            ]
            self.db.executemany("INSERT INTO chunk_terms (rowid, terms) VALUES (?, ?)", zip(chunk_rowids, terms))

    def remove_document(self, doc_id: str) -> None:
        with self._transaction():
            self._delete_rows(doc_id)

    def _has_rows(self, doc_id: str) -> bool:
        return self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE doc_id=?) OR EXISTS (SELECT 1 FROM chunks WHERE doc_id=?)",
            (doc_id, doc_id),
        ).fetchone()[0] == 1

    def _delete_rows(self, doc_id: str) -> None:
        self.db.execute("DELETE FROM doc_chars WHERE rowid IN (SELECT rowid FROM documents WHERE doc_id=?)", (doc_id,))
        self.db.execute("DELETE FROM chunk_terms WHERE rowid IN (SELECT rowid FROM chunks WHERE doc_id=?)", (doc_id,))
        self.db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
        self.db.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))

    def set_meta(self, key: str, value: str | None) -> None:
        with self._transaction():
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key=?", (key,))
            else:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ reads
    def search(self, terms: list[str], limit: int, doc_ids: list[str] | None = None,
               since: str | None = None, until: str | None = None) -> list[tuple[str, float]]:
        """(chunk_id, bm25 score; higher is better) for chunks matching any term.

        Terms in more than half of the chunks are left out of the query: FTS5's BM25 gives them
        an IDF of ~0 (it clamps the negative IDF), so they change no score, but their posting
        lists made up most of the query time on a 50,000-chunk index. Not under a filter: within
        the chosen documents a common word may be the one that matters. The ranking is computed
        in a subquery and only the best `limit` rows are joined to their chunks."""
        if not terms:
            return []
        if doc_ids and len(doc_ids) > FEW_DOCUMENTS and not (since or until):
            return self._search_then_filter(terms, limit, set(doc_ids))
        params: list = []
        filters = self._filters(doc_ids, since, until, params)
        return self._ranked(terms if filters else self._informative(terms), filters, params, limit)

    def _ranked(self, terms: list[str], filters: list[str], params: list, limit: int,
                with_documents: bool = False) -> list[tuple]:
        """The best `limit` chunks for the terms among those passing the SQL filters, as
        (chunk_id, score), or (chunk_id, doc_id, score) `with_documents`."""
        match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
        where = ["chunk_terms MATCH ?"]
        if filters:
            where.append(f"chunk_terms.rowid IN (SELECT c.rowid FROM chunks c WHERE {' AND '.join(filters)})")
        columns = "c.chunk_id, c.doc_id, best.score" if with_documents else "c.chunk_id, best.score"
        sql = (f"SELECT {columns} FROM (SELECT rowid, -bm25(chunk_terms) AS score FROM chunk_terms "
               f"WHERE {' AND '.join(where)} ORDER BY score DESC LIMIT ?) best "
               "JOIN chunks c ON c.rowid = best.rowid ORDER BY best.score DESC, c.chunk_id")
        return [tuple(row) for row in self.db.execute(sql, [match, *params, limit])]

    def _search_then_filter(self, terms: list[str], limit: int, doc_ids: set[str]) -> list[tuple[str, float]]:
        """Under a filter to many documents FTS5 ranks every match against a subquery (200 ms
        for the 85 documents naming 北京 on ncp-dev, 9 ms without): rank unfiltered, deep enough,
        and keep the chosen documents' chunks (the filtered query only if too few remain)."""
        ranked = self._ranked(self._informative(terms), [], [], limit * FILTER_DEPTH, with_documents=True)
        kept = [(chunk_id, score) for chunk_id, doc_id, score in ranked if doc_id in doc_ids][:limit]
        if len(kept) < limit:
            params: list = []
            return self._ranked(terms, self._filters(sorted(doc_ids), None, None, params), params, limit)
        return kept

    def _informative(self, terms: list[str]) -> list[str]:
        """The terms found in at most half of the chunks (all of them if none is)."""
        frequencies = self.document_frequencies(terms)
        half = self._chunk_total / 2
        kept = [term for term in terms if frequencies.get(term, 0) <= half]
        return kept or terms

    def document_frequencies(self, terms: list[str]) -> dict[str, int]:
        """Chunks per term, from FTS5's vocabulary, cached until the index changes (any connection)."""
        version = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes)
        if version != self._df_version:
            self._df_version, self._df = version, {}
            self._chunk_total = self.chunk_count()
        missing = [term for term in terms if term not in self._df]
        if missing:
            self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.term_stats USING fts5vocab(main, chunk_terms, 'row')")
            marks = ",".join("?" * len(missing))
            found = dict(self.db.execute(f"SELECT term, doc FROM temp.term_stats WHERE term IN ({marks})", missing))
            self._df.update({term: found.get(term, 0) for term in missing})
        return {term: self._df[term] for term in terms}

    @staticmethod
    def _filters(doc_ids, since, until, params: list) -> list[str]:
        clauses = []
        if doc_ids:
            clauses.append(f"c.doc_id IN ({','.join('?' * len(doc_ids))})")
            params.extend(doc_ids)
        if since or until:
            clauses.append("c.doc_id IN (SELECT doc_id FROM documents WHERE date IS NOT NULL AND date >= ? AND date <= ?)")
            params.extend([since or "0000-00-00", until or "9999-99-99"])
        return clauses

    def allowed_chunk_ids(self, doc_ids, since, until) -> set[str] | None:
        """Chunk ids passing the filters (None when no filter is set)."""
        if not (doc_ids or since or until):
            return None
        params: list = []
        clauses = self._filters(doc_ids, since, until, params)
        rows = self.db.execute(f"SELECT c.chunk_id FROM chunks c WHERE {' AND '.join(clauses)}", params)
        return {row[0] for row in rows}

    def chunks(self, chunk_ids: list[str]) -> dict[str, StoredChunk]:
        found: dict[str, StoredChunk] = {}
        for offset in range(0, len(chunk_ids), 5000):  # SQLite caps the parameters of one statement
            batch = chunk_ids[offset:offset + 5000]
            rows = self.db.execute(
                f"SELECT c.chunk_id, c.doc_id, c.start, c.end, c.heading, c.text, d.title, d.date, d.source "
                f"FROM chunks c JOIN documents d ON d.doc_id = c.doc_id WHERE c.chunk_id IN ({','.join('?' * len(batch))})",
                batch,
            )
            found.update((row[0], StoredChunk(*row)) for row in rows)
        return found

    # ------------------------------------------------------------ wording search
    def _index_phrases(self, where: str, params: tuple) -> int:
        """Phrase-index rows for the documents matching `where` (on their rowid)."""
        return self.db.execute(
            f"INSERT INTO doc_chars (rowid, chars) SELECT rowid, strip_punctuation(search) FROM documents WHERE {where}",
            params,
        ).rowcount

    def phrases_pending(self) -> bool:
        return self.get_meta("phrases_pending") == "1"

    def index_pending_phrases(self, batch_docs: int = 200) -> int:
        """Add the phrase-index rows keyword-first runs left out, a batch of documents per
        transaction (readers see them arrive); returns how many documents it indexed.
        Callers hold the indexing lock, so no run adds pending documents meanwhile."""
        done, after = 0, 0
        while self.phrases_pending():
            with self.db:
                rowids = [row[0] for row in self.db.execute(
                    "SELECT d.rowid FROM documents d WHERE d.rowid > ? AND NOT EXISTS "
                    "(SELECT 1 FROM doc_chars c WHERE c.rowid = d.rowid) ORDER BY d.rowid LIMIT ?",
                    (after, batch_docs),
                )]
                if not rowids:
                    self.db.execute("DELETE FROM meta WHERE key='phrases_pending'")
                    break
                done += self._index_phrases(f"rowid IN ({','.join('?' * len(rowids))})", tuple(rowids))
                after = rowids[-1]
        return done

    def phrase_documents(self, chars: str, filters) -> list[str]:
        """Documents whose punctuation-free search text contains `chars`: the trigram index
        narrows the candidates and instr confirms the phrase; documents not in the index yet
        (a keyword-first run's, until `index_pending_phrases`) are scanned."""
        params: list = [chars]
        sql = "SELECT d.doc_id FROM doc_chars JOIN documents d ON d.rowid = doc_chars.rowid WHERE instr(doc_chars.chars, ?) > 0"
        if len(chars) >= 3:
            sql += " AND doc_chars MATCH ?"
            params.append(_covering_trigrams(chars))
        queries = [" AND ".join([sql, *self._document_filters(filters, params)])]
        if self.phrases_pending():
            params.append(chars)
            queries.append(" AND ".join([
                "SELECT d.doc_id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_chars c WHERE c.rowid = d.rowid) "
                "AND instr(strip_punctuation(d.search), ?) > 0",
                *self._document_filters(filters, params),
            ]))
        return [row[0] for row in self.db.execute(" UNION ".join(queries) + " ORDER BY 1", params)]

    def similar_documents(self, chars: str, filters, limit: int) -> list[str]:
        """Documents sharing the most character trigrams with `chars`, best first (among those
        in the phrase index: for a near match, the pending ones can wait)."""
        trigrams = list(dict.fromkeys(chars[i:i + 3] for i in range(len(chars) - 2)))
        if not trigrams:
            return []
        params: list = [" OR ".join('"' + gram.replace('"', '""') + '"' for gram in trigrams)]
        where = self._document_filters(filters, params)
        sql = "SELECT d.doc_id FROM doc_chars JOIN documents d ON d.rowid = doc_chars.rowid WHERE doc_chars MATCH ?"
        sql = " AND ".join([sql, *where]) + " ORDER BY bm25(doc_chars) LIMIT ?"
        return [row[0] for row in self.db.execute(sql, [*params, limit])]

    @staticmethod
    def _document_filters(filters, params: list) -> list[str]:
        clauses = []
        if filters and filters.doc_ids:
            clauses.append(f"d.doc_id IN ({','.join('?' * len(filters.doc_ids))})")
            params.extend(filters.doc_ids)
        if filters and (filters.since or filters.until):
            clauses.append("d.date IS NOT NULL AND d.date >= ? AND d.date <= ?")
            params.extend([filters.since or "0000-00-00", filters.until or "9999-99-99"])
        return clauses

    def search_texts(self, doc_ids: list[str]) -> list[tuple]:
        """(doc_id, title, date, search text, aligned) in the order asked."""
        return self._rows_by_id("SELECT doc_id, title, date, search, aligned FROM documents", doc_ids)

    def display_texts(self, doc_ids: list[str]) -> dict[str, str]:
        return {row[0]: row[1] for row in self._rows_by_id("SELECT doc_id, display FROM documents", doc_ids)}

    def _rows_by_id(self, select: str, doc_ids: list[str]) -> list[tuple]:
        rows: dict[str, tuple] = {}
        for offset in range(0, len(doc_ids), 500):
            batch = doc_ids[offset:offset + 500]
            marks = ",".join("?" * len(batch))
            rows.update((row[0], row) for row in self.db.execute(f"{select} WHERE doc_id IN ({marks})", batch))
        return [rows[doc_id] for doc_id in doc_ids if doc_id in rows]

    def heading_starts(self, doc_id: str) -> tuple[list[int], list[str]]:
        """Chunk start positions and headings of a document, in order (for bisecting a position)."""
        rows = self.db.execute("SELECT start, heading FROM chunks WHERE doc_id=? ORDER BY start", (doc_id,)).fetchall()
        return [row[0] for row in rows], [row[1] for row in rows]

    def chunks_of_document(self, doc_id: str) -> list[StoredChunk]:
        rows = self.db.execute(
            "SELECT c.chunk_id, c.doc_id, c.start, c.end, c.heading, c.text, d.title, d.date, d.source "
            "FROM chunks c JOIN documents d ON d.doc_id = c.doc_id WHERE c.doc_id=? ORDER BY c.ord",
            (doc_id,),
        )
        return [StoredChunk(*row) for row in rows]

    def close(self) -> None:
        self.db.close()
