"""What a search may look at (documents, a date range), and how each store is told so.

One definition of the filter, three translations: SQL over chunks (`c`), SQL over documents
(`d`), and Chroma's where-clause. Each returns its clauses and their parameters together, so no
caller keeps a parameter list in step with a clause list by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

NO_EARLIER = "0000-00-00"
NO_LATER = "9999-99-99"


@dataclass
class SearchFilters:
    doc_ids: list[str] | None = None
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    exclude_doc_ids: list[str] | None = None  # never these (superseded documents, when so set)

    @classmethod
    def written(cls, doc_ids: list[str] | None = None, since: str | None = None,
                until: str | None = None) -> "SearchFilters":
        """From dates as people write them (`2022年4月`, `2022.4.21`, `二〇二二年`): `since`
        from the first day it covers, `until` to the last; ValueError naming a non-date."""
        from assistant.ingest.dates import filter_bounds

        return cls(doc_ids or None, *filter_bounds(since, until))

    @property
    def dated(self) -> bool:
        return bool(self.since or self.until)


def without_documents(filters: SearchFilters | None, doc_ids) -> SearchFilters:
    """The same filter, these documents left out too."""
    filters = filters or SearchFilters()
    return SearchFilters(filters.doc_ids, filters.since, filters.until,
                         sorted({*(filters.exclude_doc_ids or []), *doc_ids}))


def within_documents(filters: SearchFilters | None, doc_ids) -> SearchFilters | None:
    """The same filter kept to these documents too; unchanged when that would leave none (the
    documents chosen by the reader win)."""
    if not doc_ids:
        return filters
    filters = filters or SearchFilters()
    kept = sorted(set(doc_ids) & set(filters.doc_ids)) if filters.doc_ids else sorted(doc_ids)
    if not kept:
        return filters
    return SearchFilters(kept, filters.since, filters.until, filters.exclude_doc_ids)


def chunk_clauses(filters: SearchFilters | None) -> tuple[list[str], list]:
    """SQL conditions on `chunks c` (and their parameters)."""
    dated = "c.doc_id IN (SELECT doc_id FROM documents WHERE date IS NOT NULL AND date >= ? AND date <= ?)"
    return _sql_clauses(filters, "c", dated)


def document_clauses(filters: SearchFilters | None) -> tuple[list[str], list]:
    """SQL conditions on `documents d` (and their parameters)."""
    return _sql_clauses(filters, "d", "d.date IS NOT NULL AND d.date >= ? AND d.date <= ?")


def _sql_clauses(filters: SearchFilters | None, table: str, dated: str) -> tuple[list[str], list]:
    clauses, params = [], []
    if filters and filters.doc_ids:
        clauses.append(f"{table}.doc_id IN ({','.join('?' * len(filters.doc_ids))})")
        params.extend(filters.doc_ids)
    if filters and filters.dated:
        clauses.append(dated)
        params.extend([filters.since or NO_EARLIER, filters.until or NO_LATER])
    if filters and filters.exclude_doc_ids:
        clauses.append(f"{table}.doc_id NOT IN ({','.join('?' * len(filters.exclude_doc_ids))})")
        params.extend(filters.exclude_doc_ids)
    return clauses, params


def chroma_where(filters: SearchFilters | None) -> dict | None:
    """Chroma's where-clause; documents without a date (0) never pass a date filter."""
    clauses: list[dict] = []
    if filters and filters.doc_ids:
        clauses.append({"doc_id": {"$in": list(filters.doc_ids)}})
    if filters and filters.exclude_doc_ids:
        clauses.append({"doc_id": {"$nin": list(filters.exclude_doc_ids)}})
    if filters and filters.dated:
        clauses.append({"date_num": {"$gte": max(1, date_number(filters.since))}})
        if filters.until:
            clauses.append({"date_num": {"$lte": date_number(filters.until)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def date_number(date: str | None) -> int:
    """2022-12-24 → 20221224 (Chroma compares numbers only); 0 when unknown."""
    return int(date.replace("-", "")) if date else 0
