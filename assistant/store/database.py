"""The SQLite file behind the corpus: connection, schema version, transactions and meta keys.

One file holds the manifest, the chunks, the BM25 terms and the phrase index, so a document's
rows in all of them commit together (see `store.corpus`), and the passages' sentence vectors,
written and removed with the passages' vectors in the vector store (`store.sentences`). Each
table's owner declares its own schema; this module only opens the file, migrates it and hands
out transactions.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import contextmanager, nullcontext
from pathlib import Path

from assistant.ingest.normalize import strip_punctuation
from assistant.tokens import tokenizer_signature

# 5: documents.versions; 6: documents.layout; 7: DOCX paragraph numbers in documents.layout (an
# unchanged DOCX is never re-read, so only a rebuild gives the indexed ones their numbers);
# 8: documents.issuance (发文字号, 签发人); 9: a law's numbered items stay in their article
# (chunking.py) and a speech is dated by its dateline (ingest/clean.py): documents are read again;
# 10: every passage's sentences are embedded for answering (answering/meaning.py): only a rebuild
# embeds an unchanged document's; 11: a paragraph's short lead sentence starts the chunk of its
# body (chunking.py): documents are chunked again; 12: a page's dateline stays in its text
# (ingest/clean.py), what `哪天发的` is answered by: documents are read again; 13: each vector
# names its document as its source, so Chroma's document filters match (indexing/vectorizer.py),
# and a sentence saying `本法` is embedded with its law's title (answering/text.py): all vectors
# are written again; 14: a heading's ordinal that lost its GBK trail byte is known by its lead byte
# (`。ㄈ﹫` is `（三）`, ingest/clean.py): documents are read again; 15: a page's editor credit
# (`责任编辑:于倩`) is kept as its last line (ingest/clean.py): documents are read again; 16: that
# credit heads no section (chunking.py): documents are chunked again; 17: a page's facts about itself
# (its breadcrumb, source, hotline, publisher's address) are kept after its text (ingest/clean.py); 18:
# where that furniture begins is stored with the document, not read from the shape of its last lines;
# 19: the page's own source is its header's, and its furniture maps past the raw text: read again;
# 20: each passage's sentence vectors are kept with the index (store/sentences.py): embedded again;
# 21: a short line going on with a line cut mid-sentence heads nothing (chunking.py): chunked again;
# 22: a short article ending its sentence is its own section, not a bare heading (chunking.py): chunked again
SCHEMA_VERSION = "22"
KEYS_PER_QUERY = 500  # keys in one `WHERE … IN (…)` (SQLite caps a statement's parameters)
META_SCHEMA = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);"


def text_hash(text: str) -> str:
    """The key a text's vector is stored under (the embedding cache, the index's sentence vectors)."""
    return hashlib.sha1(text.encode()).hexdigest()


class Database:
    """A WAL-mode SQLite connection with the project's schema applied."""

    def __init__(self, path: Path, schema: str, tables: tuple[str, ...]):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        # SQL needs the same punctuation stripping as Python (phrase index rows, pending-document scans).
        self.db.create_function("strip_punctuation", 1, strip_punctuation, deterministic=True)
        self._batching = False
        self._migrate(schema + META_SCHEMA, tables)

    def _migrate(self, schema: str, tables: tuple[str, ...]) -> None:
        """An index from another schema version or tokenizer vocabulary is emptied and rebuilt by
        the next `index` run (embeddings come back from the cache; the reconcile step clears
        stale vectors, prompted by the `dirty` mark set here)."""
        existing = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = None
        if "meta" in existing:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = row[0] if row else None
        wanted = f"{SCHEMA_VERSION}:{tokenizer_signature()}"
        outdated = bool(existing) and version != wanted
        if outdated:
            with self.db:
                for table in tables:
                    self.db.execute(f"DROP TABLE IF EXISTS {table}")
        self.db.executescript(schema)
        if version != wanted:  # written only when it changes: opening must not wait on a long write
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (wanted,))
                if outdated:
                    self.db.execute("INSERT OR REPLACE INTO meta VALUES ('dirty', '1')")

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

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

    def transaction(self):
        """One write's transaction, or none of its own inside a `batch`."""
        return nullcontext() if self._batching else self.db

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction():
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key=?", (key,))
            else:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def data_version(self) -> tuple[int, int]:
        """Changes by any connection: (SQLite's data_version, this connection's changes)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes

    def close(self) -> None:
        self.db.close()
