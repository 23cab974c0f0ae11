"""One filter, three translations that must agree."""

from __future__ import annotations

from assistant.store.filters import SearchFilters, chroma_where, chunk_clauses, date_number, document_clauses


def test_no_filter_means_no_clause():
    assert chunk_clauses(None) == ([], []) and document_clauses(SearchFilters()) == ([], [])
    assert chroma_where(SearchFilters()) is None


def test_each_translation_carries_its_parameters():
    filters = SearchFilters(doc_ids=["a", "b"], since="2022-01-01")
    clauses, params = chunk_clauses(filters)
    assert sum(clause.count("?") for clause in clauses) == len(params) == 4
    assert params == ["a", "b", "2022-01-01", "9999-99-99"]
    clauses, params = document_clauses(SearchFilters(until="2022-06-30"))
    assert params == ["0000-00-00", "2022-06-30"] and "d.date" in clauses[0]


def test_chroma_never_lets_an_undated_document_through_a_date_filter():
    where = chroma_where(SearchFilters(since=None, until="2022-06-30"))
    assert where == {"$and": [{"date_num": {"$gte": 1}}, {"date_num": {"$lte": 20220630}}]}
    assert chroma_where(SearchFilters(doc_ids=["a"])) == {"doc_id": {"$in": ["a"]}}
    assert date_number(None) == 0 and date_number("2022-12-24") == 20221224
