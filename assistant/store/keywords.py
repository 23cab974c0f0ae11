"""The BM25 keyword index (SQLite FTS5 over jieba tokens), one row of terms per chunk.

Why FTS5 rather than bm25s: one document's update is one transaction (delete its rows, insert
the new ones), so an interrupted run never leaves half-written state and a single changed file
costs milliseconds, where bm25s rebuilds its whole matrix. The rows live in the corpus database
(`store.corpus`) so documents, chunks and terms always commit together.

A chunk's terms are jieba tokens of its search text plus its document's title and heading
path, so a passage is found by the organisation or period its document is about.
"""

from __future__ import annotations

from itertools import chain

from assistant.ingest.document import Document
from assistant.ingest.normalize import normalize
from assistant.store.database import Database
from assistant.store.filters import SearchFilters, chunk_clauses
from assistant.tokens import tokenize

SCHEMA = "CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5(terms, tokenize='unicode61 remove_diacritics 0');"
TABLE = "chunk_terms"
FEW_DOCUMENTS = 20  # a filter to more documents is applied after ranking (see _search_then_filter)
FILTER_DEPTH = 10  # how many times the wanted rows are ranked before the filter is applied


def chunk_terms(document: Document, heading: str, start: int, end: int) -> str:
    """A chunk's terms: its title and heading (tokenized once each, through tokenize's cache)
    and its own text cut from the document's search text, so nothing is normalized twice."""
    search_start, search_end = document.search.from_display(start, end)
    parts = [tokenize(normalize(document.title)), tokenize(normalize(heading)),
             tokenize(document.search.text[search_start:search_end])]
    return " ".join(chain.from_iterable(parts))


def _match(terms: list[str]) -> str:
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


class KeywordIndex:
    def __init__(self, database: Database):
        self.database = database
        self._df_version: tuple | None = None  # document-frequency cache (see document_frequencies)
        self._df: dict[str, int] = {}
        self._chunk_total = 0

    # ------------------------------------------------------------ writes (inside the corpus's transaction)
    def add(self, chunk_rowids: list[int], terms: list[str]) -> None:
        self.database.db.executemany("INSERT INTO chunk_terms (rowid, terms) VALUES (?, ?)", zip(chunk_rowids, terms))

    def delete_document(self, doc_id: str) -> None:
        self.database.execute("DELETE FROM chunk_terms WHERE rowid IN (SELECT rowid FROM chunks WHERE doc_id=?)",
                              (doc_id,))

    # ------------------------------------------------------------ reads
    def search(self, terms: list[str], limit: int, filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        """(chunk_id, bm25 score; higher is better) for chunks matching any term.

        Terms in more than half of the chunks are left out of the query: FTS5's BM25 gives them
        an IDF of ~0 (it clamps the negative IDF), so they change no score, but their posting
        lists made up most of the query time on a 50,000-chunk index. Not under a filter: within
        the chosen documents a common word may be the one that matters. The ranking is computed
        in a subquery and only the best `limit` rows are joined to their chunks."""
        if not terms:
            return []
        if (filters and filters.doc_ids and len(filters.doc_ids) > FEW_DOCUMENTS and not filters.dated
                and not filters.exclude_doc_ids):
            return self._search_then_filter(terms, limit, set(filters.doc_ids))
        clauses, params = chunk_clauses(filters)
        return self._ranked(terms if clauses else self._informative(terms), clauses, params, limit)

    def _ranked(self, terms: list[str], clauses: list[str], params: list, limit: int,
                with_documents: bool = False) -> list[tuple]:
        """The best `limit` chunks for the terms among those passing the SQL clauses, as
        (chunk_id, score), or (chunk_id, doc_id, score) `with_documents`."""
        where = ["chunk_terms MATCH ?"]
        if clauses:
            where.append(f"chunk_terms.rowid IN (SELECT c.rowid FROM chunks c WHERE {' AND '.join(clauses)})")
        columns = "c.chunk_id, c.doc_id, best.score" if with_documents else "c.chunk_id, best.score"
        sql = (f"SELECT {columns} FROM (SELECT rowid, -bm25(chunk_terms) AS score FROM chunk_terms "
               f"WHERE {' AND '.join(where)} ORDER BY score DESC LIMIT ?) best "
               "JOIN chunks c ON c.rowid = best.rowid ORDER BY best.score DESC, c.chunk_id")
        return [tuple(row) for row in self.database.execute(sql, [_match(terms), *params, limit])]

    def _search_then_filter(self, terms: list[str], limit: int, doc_ids: set[str]) -> list[tuple[str, float]]:
        """Under a filter to many documents FTS5 ranks every match against a subquery (200 ms
        for the 85 documents naming 北京 on ncp-dev, 9 ms without): rank unfiltered, deep enough,
        and keep the chosen documents' chunks (the filtered query only if too few remain)."""
        ranked = self._ranked(self._informative(terms), [], [], limit * FILTER_DEPTH, with_documents=True)
        kept = [(chunk_id, score) for chunk_id, doc_id, score in ranked if doc_id in doc_ids][:limit]
        if len(kept) < limit:
            clauses, params = chunk_clauses(SearchFilters(doc_ids=sorted(doc_ids)))
            return self._ranked(terms, clauses, params, limit)
        return kept

    def _informative(self, terms: list[str]) -> list[str]:
        """The terms found in at most half of the chunks (all of them if none is)."""
        frequencies = self.document_frequencies(terms)
        half = self._chunk_total / 2
        kept = [term for term in terms if frequencies.get(term, 0) <= half]
        return kept or terms

    def document_frequencies(self, terms: list[str]) -> dict[str, int]:
        """Chunks per term, from FTS5's vocabulary, cached until the index changes (any connection)."""
        version = self.database.data_version()
        if version != self._df_version:
            self._df_version, self._df = version, {}
            self._chunk_total = self.database.execute("SELECT count(*) FROM chunks").fetchone()[0]
        missing = [term for term in terms if term not in self._df]
        if missing:
            self.database.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.term_stats USING fts5vocab(main, chunk_terms, 'row')")
            marks = ",".join("?" * len(missing))
            found = dict(self.database.execute(f"SELECT term, doc FROM temp.term_stats WHERE term IN ({marks})", missing))
            self._df.update({term: found.get(term, 0) for term in missing})
        return {term: self._df[term] for term in terms}
