"""The phrase index: exact wording found however it is punctuated, before and after its rows exist."""

from __future__ import annotations

from assistant.ingest.normalize import normalize, strip_punctuation
from assistant.store.filters import SearchFilters
from tests.store.conftest import store_document


def chars(phrase: str) -> str:
    return strip_punctuation(normalize(phrase))


def test_a_phrase_is_found_across_punctuation(corpus):
    assert corpus.phrases.documents_with(chars("铸牢中华民族共同体意识宣传教育"), None) == ["notice"]
    assert corpus.phrases.documents_with(chars("局长杨毅"), SearchFilters(since="2023-01-01")) == []
    assert corpus.phrases.similar_documents(chars("局长杨毅主持会议"), None, 1) == ["news"]


def test_documents_waiting_for_their_rows_are_scanned_until_added(corpus, tmp_path):
    store_document(corpus, tmp_path, "later.txt", "某县民宗局动态\n县长主持召开民族团结进步示范创建推进会。\n",
                   phrases_now=False)
    assert corpus.phrases.pending()
    assert corpus.phrases.documents_with(chars("示范创建推进会"), None) == ["later"]
    assert corpus.phrases.index_pending() == 1 and not corpus.phrases.pending()
    assert corpus.phrases.documents_with(chars("示范创建推进会"), None) == ["later"]
