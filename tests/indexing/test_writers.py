"""The two ways of writing give the same searchable corpus; only when vectors arrive differs."""

from __future__ import annotations

from assistant.indexing import Index
from assistant.ingest.normalize import normalize, strip_punctuation
from tests.conftest import DOCUMENTS


def keyword_rows(index: Index) -> list[tuple]:
    return index.corpus.database.execute(
        "SELECT c.chunk_id, c.doc_id, c.start, c.end, c.heading, t.terms FROM chunks c "
        "JOIN chunk_terms t ON t.rowid = c.rowid ORDER BY c.chunk_id").fetchall()


def test_both_writers_store_the_same_passages_terms_and_phrases(make_settings, tmp_path):
    at_once = Index(make_settings(documents_dir=DOCUMENTS, index_dir=tmp_path / "at-once"))
    keyword_first = Index(make_settings(documents_dir=DOCUMENTS, index_dir=tmp_path / "keyword-first"))
    done = at_once.sync([DOCUMENTS], progress=False)
    searchable = keyword_first.sync([DOCUMENTS], progress=False, keyword_first=True)
    assert not done.dense_pending and searchable.dense_pending and searchable.chunks_embedded == 0
    assert keyword_rows(at_once) == keyword_rows(keyword_first) and len(keyword_rows(at_once)) > 50
    assert at_once.vectors.ids() == at_once.corpus.chunk_ids() and not keyword_first.vectors.ids()
    phrase = strip_punctuation(normalize("铸牢中华民族共同体意识"))
    assert keyword_first.corpus.phrases.pending() and not at_once.corpus.phrases.pending()
    assert at_once.corpus.phrases.documents_with(phrase, None) == keyword_first.corpus.phrases.documents_with(phrase, None)
    keyword_first.embed_pending(progress=False)
    assert keyword_first.vectors.ids() == at_once.vectors.ids()
    at_once.close()
    keyword_first.close()
