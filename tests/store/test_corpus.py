"""The manifest and chunks: one transaction per document, replaced whole, removed whole."""

from __future__ import annotations

import pytest

from tests.store.conftest import NEWS, store_document


def test_documents_and_their_chunks_are_stored(corpus):
    documents = corpus.documents()
    assert set(documents) == {"notice", "news"}
    assert documents["news"].date == "2022-04-21" and documents["news"].chunk_count == 1
    chunks = corpus.chunks_of_document("notice")
    display = corpus.display_text("notice")
    assert chunks and all(display[chunk.start:chunk.end] == chunk.text for chunk in chunks)
    assert corpus.chunk_ids() == corpus.chunk_ids("notice") | corpus.chunk_ids("news")
    assert set(corpus.chunks(sorted(corpus.chunk_ids("news")))) == corpus.chunk_ids("news")


def test_replacing_a_document_leaves_one_set_of_rows(corpus, tmp_path):
    store_document(corpus, tmp_path, "news.txt", NEWS.replace("杨毅", "王平"))
    assert corpus.chunk_count() == len(corpus.chunk_ids())
    assert "王平" in corpus.display_text("news") and len(corpus.chunks_of_document("news")) == 1
    assert [text for *_, text, _aligned in corpus.search_texts(["news"])][0].count("王平") == 1
    assert corpus.keywords.search(["杨毅"], 5) == [] and corpus.keywords.search(["王平"], 5)


def test_a_removed_document_leaves_nothing_behind(corpus):
    corpus.remove_document("news")
    assert "news" not in corpus.documents() and corpus.chunk_ids("news") == set()
    assert corpus.keywords.search(["杨毅"], 5) == [] and corpus.phrases.documents_with("局长杨毅", None) == []


def test_a_batch_that_fails_keeps_none_of_its_writes(corpus, tmp_path):
    with pytest.raises(RuntimeError), corpus.batch():
        corpus.remove_document("news")
        raise RuntimeError("crash in the middle of a batch")
    assert "news" in corpus.documents() and corpus.chunk_ids("news")


def test_filters_choose_chunks_by_document_and_date(corpus):
    from assistant.store.filters import SearchFilters

    assert corpus.allowed_chunk_ids(SearchFilters()) is None
    assert corpus.allowed_chunk_ids(SearchFilters(doc_ids=["news"])) == corpus.chunk_ids("news")
    assert corpus.allowed_chunk_ids(SearchFilters(since="2022-04-01", until="2022-04-30")) == corpus.chunk_ids("news")
    assert corpus.allowed_chunk_ids(SearchFilters(since="2023-01-01")) == set()
