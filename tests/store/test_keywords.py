"""BM25 over jieba terms: title and heading count, filters narrow, common terms cost nothing."""

from __future__ import annotations

from assistant.store.filters import SearchFilters


def test_a_chunk_is_found_by_its_words_and_its_document_title(corpus):
    hits = corpus.keywords.search(["户外", "宣传"], 5)
    assert hits and hits[0][0] in corpus.chunk_ids("notice")
    assert {chunk_id for chunk_id, _ in corpus.keywords.search(["廊坊"], 5)} == corpus.chunk_ids("news")
    assert all(score > 0 for _, score in hits)


def test_filters_keep_other_documents_out(corpus):
    assert corpus.keywords.search(["民族"], 5, SearchFilters(doc_ids=["news"]))
    assert {chunk_id for chunk_id, _ in corpus.keywords.search(["民族"], 5, SearchFilters(doc_ids=["news"]))} \
        <= corpus.chunk_ids("news")
    assert corpus.keywords.search(["民族"], 5, SearchFilters(until="2021-12-31")) == []


def test_document_frequencies_count_chunks(corpus):
    frequencies = corpus.keywords.document_frequencies(["杨毅", "民族", "不存在的词"])
    assert frequencies["杨毅"] == 1 and frequencies["不存在的词"] == 0
    assert frequencies["民族"] >= 1
