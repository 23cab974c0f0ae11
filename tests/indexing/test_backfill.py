"""The vector backfill: resumable, cached vectors first, and a clear status while it runs."""

from __future__ import annotations

import shutil

import pytest

from assistant.indexing import Index
from tests.conftest import DOCUMENTS


@pytest.fixture
def corpus_settings(make_settings, tmp_path):
    corpus = tmp_path / "docs"
    shutil.copytree(DOCUMENTS, corpus)
    return make_settings(documents_dir=corpus, embedding_batch=8)


def test_an_interrupted_embedding_run_resumes(corpus_settings, tmp_path):
    # an empty cache: every passage really embedded, 8 to a batch; the budget stops the run after
    # its first batch, as Ctrl-C or a stopped process would between batches
    corpus_settings = corpus_settings.model_copy(update={"embedding_cache": str(tmp_path / "fresh-cache.sqlite3")})
    index = Index(corpus_settings)
    index.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    assert index.embed_pending(progress=False, time_budget_s=0) == 8
    assert len(index.vectors.ids()) == 8 and index.dense_pending()

    resumed = Index(corpus_settings)  # as the next process would
    resumed.embed_pending(progress=False)
    assert resumed.vectors.ids() == resumed.corpus.chunk_ids() and not resumed.dense_pending()
    resumed.close()
    index.close()


def test_passages_with_cached_vectors_are_stored_first(corpus_settings):
    index = Index(corpus_settings)
    index.sync([corpus_settings.documents_dir], progress=False)  # fills the embedding cache
    index.close()
    shutil.rmtree(corpus_settings.index_dir)
    (corpus_settings.documents_dir / "新文件.txt").write_text(
        "新文件\n今年新建民族团结进步示范社区17个，示范单位4家。\n", encoding="utf-8")
    rebuilt = Index(corpus_settings)
    rebuilt.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    pending = sorted(rebuilt.corpus.chunk_ids() - rebuilt.vectors.ids())
    cached, fresh = rebuilt.backfill.split_by_cache(pending)
    assert set(fresh) == rebuilt.corpus.chunk_ids("新文件") and sorted(cached + fresh) == pending
    rebuilt.close()


def test_status_counts_what_is_pending_and_what_is_done(corpus_settings):
    index = Index(corpus_settings)
    index.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    before = index.dense_status()
    assert before["vectors"] == 0 and before["pending"] == before["chunks"] > 50 and not before["running"]
    index.embed_pending(progress=False)
    after = index.dense_status()
    assert after["pending"] == 0 and after["vectors"] == after["chunks"] and not index.dense_pending()
    index.close()
