"""The wording search's phrase index: each document's search text without punctuation,
trigram-indexed, so an exact phrase is a substring query however it is punctuated or bracketed.

Search text is already lower-cased, so the tokenizer need not fold case (~12% of its time), and
positions are not stored (detail=none: ~40% less time and space): the trigrams find the
candidate documents and `instr` confirms the phrase. Keyword-first runs leave the rows to the
background (`index_pending`): they are a third of the writer's time, and the wording search
scans the documents not yet in the index meanwhile.
"""

from __future__ import annotations

from assistant.store.database import Database
from assistant.store.filters import SearchFilters, document_clauses

SCHEMA = "CREATE VIRTUAL TABLE IF NOT EXISTS doc_chars USING fts5(chars, tokenize='trigram case_sensitive 1', detail=none);"
TABLE = "doc_chars"
PENDING = "phrases_pending"  # meta key: some documents' rows are still to be added


def _covering_trigrams(chars: str) -> str:
    """An FTS5 query for documents holding every trigram of a set that covers `chars` (each
    third one and the last): all a document containing the phrase must have."""
    starts = sorted({*range(0, len(chars) - 2, 3), len(chars) - 3})
    grams = dict.fromkeys(chars[start:start + 3] for start in starts)
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


class PhraseIndex:
    def __init__(self, database: Database):
        self.database = database

    # ------------------------------------------------------------ writes
    def add_document(self, doc_id: str) -> None:
        """A document's row, inside the caller's transaction (the one writing the document)."""
        self._add("doc_id = ?", (doc_id,))

    def _add(self, where: str, params: tuple) -> int:
        """Rows for the documents matching `where`."""
        return self.database.execute(
            f"INSERT INTO doc_chars (rowid, chars) SELECT rowid, strip_punctuation(search) FROM documents WHERE {where}",
            params,
        ).rowcount

    def mark_pending(self) -> None:
        """In the caller's transaction, so the mark and the rows it stands for commit together."""
        self.database.execute("INSERT OR REPLACE INTO meta VALUES (?, '1')", (PENDING,))

    def delete_document(self, doc_id: str) -> None:
        self.database.execute("DELETE FROM doc_chars WHERE rowid IN (SELECT rowid FROM documents WHERE doc_id=?)",
                              (doc_id,))

    def pending(self) -> bool:
        return self.database.get_meta(PENDING) == "1"

    def index_pending(self, batch_docs: int = 200) -> int:
        """Add the rows keyword-first runs left out, a batch of documents per transaction
        (readers see them arrive); returns how many documents it indexed. Callers hold the
        indexing lock, so no run adds pending documents meanwhile."""
        done, after = 0, 0
        while self.pending():
            with self.database.db:
                rowids = [row[0] for row in self.database.execute(
                    "SELECT d.rowid FROM documents d WHERE d.rowid > ? AND NOT EXISTS "
                    "(SELECT 1 FROM doc_chars c WHERE c.rowid = d.rowid) ORDER BY d.rowid LIMIT ?",
                    (after, batch_docs),
                )]
                if not rowids:
                    self.database.execute("DELETE FROM meta WHERE key=?", (PENDING,))
                    break
                done += self._add(f"rowid IN ({','.join('?' * len(rowids))})", tuple(rowids))
                after = rowids[-1]
        return done

    # ------------------------------------------------------------ reads
    def documents_with(self, chars: str, filters: SearchFilters | None) -> list[str]:
        """Documents whose punctuation-free search text contains `chars`: the trigram index
        narrows the candidates and instr confirms the phrase; documents not in the index yet
        (a keyword-first run's, until `index_pending`) are scanned."""
        clauses, filter_params = document_clauses(filters)
        params: list = [chars]
        sql = ("SELECT d.doc_id FROM doc_chars JOIN documents d ON d.rowid = doc_chars.rowid "
               "WHERE instr(doc_chars.chars, ?) > 0")
        if len(chars) >= 3:
            sql += " AND doc_chars MATCH ?"
            params.append(_covering_trigrams(chars))
        queries = [" AND ".join([sql, *clauses])]
        params += filter_params
        if self.pending():
            queries.append(" AND ".join([
                "SELECT d.doc_id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_chars c WHERE c.rowid = d.rowid) "
                "AND instr(strip_punctuation(d.search), ?) > 0", *clauses,
            ]))
            params += [chars, *filter_params]
        return [row[0] for row in self.database.execute(" UNION ".join(queries) + " ORDER BY 1", params)]

    def similar_documents(self, chars: str, filters: SearchFilters | None, limit: int) -> list[str]:
        """Documents sharing the most character trigrams with `chars`, best first (among those
        in the phrase index: for a near match, the pending ones can wait)."""
        trigrams = list(dict.fromkeys(chars[i:i + 3] for i in range(len(chars) - 2)))
        if not trigrams:
            return []
        clauses, params = document_clauses(filters)
        match = " OR ".join('"' + gram.replace('"', '""') + '"' for gram in trigrams)
        sql = "SELECT d.doc_id FROM doc_chars JOIN documents d ON d.rowid = doc_chars.rowid WHERE doc_chars MATCH ?"
        sql = " AND ".join([sql, *clauses]) + " ORDER BY bm25(doc_chars) LIMIT ?"
        return [row[0] for row in self.database.execute(sql, [match, *params, limit])]
