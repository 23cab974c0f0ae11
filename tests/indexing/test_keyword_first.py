"""Keyword-first indexing: searchable by keywords at once, vectors added afterwards, resumably."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from assistant.retrieval import SearchFilters
from assistant.services import Assistant
from assistant.indexing import Index
from tests.conftest import DOCUMENTS, ROOT

QUESTION = "2022年日喀则市政协提案办复率是多少?"


@pytest.fixture
def corpus_settings(make_settings, tmp_path):
    corpus = tmp_path / "docs"
    shutil.copytree(DOCUMENTS, corpus)
    return make_settings(documents_dir=corpus, embedding_batch=8)


def test_keyword_first_answers_before_any_vector_exists(corpus_settings):
    with Assistant(corpus_settings) as assistant:
        report = assistant.index_paths(progress=False, keyword_first=True)
        assert len(report.added) == 5 and report.dense_pending and report.chunks_embedded == 0
        status = assistant.dense_status()
        assert status["vectors"] == 0 and status["pending"] == status["chunks"] > 50
        answer = assistant.ask(QUESTION)
        assert "99.4%" in answer.answer  # keyword search alone finds it

        computed = assistant.index.embed_pending(progress=False)
        assert computed >= 0 and not assistant.index.dense_pending()
        assert assistant.index.vectors.ids() == assistant.index.corpus.chunk_ids()
        assert assistant.dense_status()["pending"] == 0
        assert "99.4%" in assistant.ask(QUESTION).answer


def test_wording_search_finds_documents_before_their_phrase_index_exists(corpus_settings):
    phrase, filters = "铸牢中华民族共同体意识", SearchFilters(since="2022-06-01")
    with Assistant(corpus_settings) as assistant:
        corpus = assistant.index.corpus
        assistant.index_paths(progress=False, keyword_first=True)
        assert corpus.phrases.pending()
        assert corpus.database.execute("SELECT count(*) FROM doc_chars").fetchone()[0] == 0
        scanned = assistant.find(phrase)
        scanned_documents = corpus.phrases.documents_with(phrase, filters)
        assert "001_73e5e971b316b4f2" in scanned.per_doc  # written in Traditional script there

        assistant.index.embed_pending(progress=False)  # adds the phrase rows first
        assert not corpus.phrases.pending()
        assert corpus.database.execute("SELECT count(*) FROM doc_chars").fetchone()[0] == len(corpus.documents())
        indexed = assistant.find(phrase)

        def exact(result):  # near matches rank among indexed documents only: they may join now
            return [(hit.doc_id, hit.start) for hit in result.hits if hit.kind == "exact"]

        assert exact(indexed) == exact(scanned) and len(exact(scanned)) > 3
        assert corpus.phrases.documents_with(phrase, filters) == scanned_documents
        assert 0 < len(scanned_documents) < len(corpus.documents())  # the filter did filter


def test_documents_removed_while_pending_leave_no_orphan_vectors(corpus_settings):
    index = Index(corpus_settings)
    index.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    (corpus_settings.documents_dir / "004_be29f327fa3c876d.txt").unlink()
    report = index.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    assert report.removed == ["004_be29f327fa3c876d"]
    index.embed_pending(progress=False)
    assert index.vectors.ids() == index.corpus.chunk_ids()
    assert not any(chunk_id.startswith("004_") for chunk_id in index.vectors.ids())
    index.close()


def test_a_plain_run_returns_only_when_everything_is_searchable(corpus_settings):
    index = Index(corpus_settings)
    index.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    report = index.sync([corpus_settings.documents_dir], progress=False)
    assert report.unchanged == 5 and not report.dense_pending
    assert index.vectors.ids() == index.corpus.chunk_ids()
    index.close()


def test_a_changed_document_is_searchable_at_once_and_embedded_later(corpus_settings):
    index = Index(corpus_settings)
    index.sync([corpus_settings.documents_dir], progress=False)
    target = corpus_settings.documents_dir / "003_d24fa1b43b605a4d.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("99.4%", "99.5%"), encoding="utf-8")
    report = index.sync([corpus_settings.documents_dir], progress=False, keyword_first=True)
    assert report.changed == ["003_d24fa1b43b605a4d"] and report.dense_pending
    assert index.corpus.chunk_ids() > index.vectors.ids()  # old vectors of changed chunks are gone
    assert "99.5%" in index.corpus.chunks(sorted(index.corpus.chunk_ids() - index.vectors.ids())).popitem()[1].text
    index.embed_pending(progress=False)
    assert index.vectors.ids() == index.corpus.chunk_ids()
    index.close()


def test_cli_keyword_first_embeds_in_a_background_process(corpus_settings):
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": corpus_settings.embedding_cache,
           "ASSISTANT_INDEX_DIR": str(corpus_settings.index_dir), "ASSISTANT_DOCUMENTS_DIR": str(corpus_settings.documents_dir)}
    run = [sys.executable, "-m", "assistant", "index"]
    done = subprocess.run([*run, "--keyword-first", "--json"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dense_pending"] is True
    assert "in the background" in done.stderr
    first = Index(corpus_settings).dense_status()  # the embedder may still be starting up: it counts as running
    assert first["running"] or first["pending"] == 0, first
    deadline = time.monotonic() + 300
    while True:
        status = json.loads(subprocess.run([*run, "--status", "--json"], env=env, cwd=ROOT, capture_output=True,
                                           text=True, timeout=120).stdout)
        if status["pending"] == 0 and not status["running"]:
            break
        assert time.monotonic() < deadline, status
        time.sleep(1)
    assert status["vectors"] == status["chunks"] > 50
    log = (corpus_settings.index_dir / "embedding.log").read_text()
    assert "semantic ranking ready" in log


def _keyword_rows(settings) -> list[tuple]:
    index = Index(settings)
    try:
        return index.corpus.database.execute(
            "SELECT c.chunk_id, c.doc_id, c.start, c.end, t.terms FROM chunks c "
            "JOIN chunk_terms t ON t.rowid = c.rowid ORDER BY c.chunk_id").fetchall()
    finally:
        index.close()


POOLED_RUN = """
import sys
from pathlib import Path
from assistant.indexing import Index
from assistant.settings import load_settings
print(len(Index(load_settings()).sync([Path(sys.argv[1])], progress=False, keyword_first=True).added))
"""


def test_worker_processes_index_what_a_single_process_does(make_settings, tmp_path):
    # 70 documents: enough for two worker processes, in a fresh single-threaded process as the CLI is
    from bench.corpus import make_corpus

    corpus = tmp_path / "generated"
    make_corpus(corpus, 70, seed=3)
    single = make_settings(documents_dir=corpus, index_dir=tmp_path / "single", index_workers=1)
    Index(single).sync([corpus], progress=False, keyword_first=True)
    pooled = make_settings(documents_dir=corpus, index_dir=tmp_path / "pooled", index_workers=2)
    run = subprocess.run([sys.executable, "-c", POOLED_RUN, str(corpus)], env=pooled.as_environment(),
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["70"]
    rows = _keyword_rows(pooled)
    assert len(rows) > 200 and rows == _keyword_rows(single)
