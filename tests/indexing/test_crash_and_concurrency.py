"""Real processes: `kill -9` in the middle of indexing, and two indexing runs at once."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from assistant.services import Assistant
from assistant.settings import Settings
from assistant.indexing.lock import is_locked
from tests.conftest import DOCUMENTS, ROOT, vector_store_settings


@pytest.fixture
def setup(tmp_path):
    """A copy of the corpus, an empty index, and a fresh embedding cache (so indexing is slow
    enough, a few seconds per document, to be caught in the middle)."""
    documents = tmp_path / "docs"
    shutil.copytree(DOCUMENTS, documents)
    settings = Settings(index_dir=tmp_path / "index", documents_dir=documents,
                        embedding_cache=str(tmp_path / "cache.sqlite3"), threads=1, **vector_store_settings())
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_DOCUMENTS_DIR": str(documents),
           "ASSISTANT_EMBEDDING_CACHE": settings.embedding_cache, "ASSISTANT_THREADS": "1"}
    if settings.chroma_url:
        env.update(ASSISTANT_CHROMA_URL=settings.chroma_url, ASSISTANT_COLLECTION_PREFIX=settings.collection_prefix)
    return settings, env


def start_indexing(env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant", "index", "--quiet"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def indexed_documents(settings: Settings) -> int:
    try:
        with sqlite3.connect(f"file:{settings.keyword_db}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_kill_9_during_indexing_leaves_an_index_that_answers_and_completes(setup):
    settings, env = setup
    run = start_indexing(env)
    wait_for(lambda: indexed_documents(settings) >= 2 or run.poll() is not None, 300, "two documents indexed")
    assert run.poll() is None, "indexing finished before it could be killed"
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    partial = indexed_documents(settings)
    assert 2 <= partial < 5

    with Assistant(settings) as assistant:  # opens, and answers from what was indexed
        assert len(assistant.documents()) == partial
        first = assistant.documents()[0]
        assert assistant.search(first.title, top_k=3)
        report = assistant.index_paths(progress=False)  # the next run completes the index
        assert len(report.added) == 5 - partial and not report.skipped
        assert assistant.index.vectors.ids() == assistant.index.corpus.chunk_ids()
        assert "99.4%" in assistant.ask("2022年日喀则市政协提案办复率是多少?").answer


def test_a_second_indexing_run_waits_for_the_first(setup):
    settings, env = setup
    first = start_indexing(env)
    lock_file = settings.index_dir / ".index.lock"

    wait_for(lambda: is_locked(lock_file) or first.poll() is not None, 120, "the first run to take the lock")
    second = start_indexing(env)
    first_out, first_err = first.communicate(timeout=600)
    second_out, second_err = second.communicate(timeout=600)
    assert first.returncode == 0 and second.returncode == 0, first_err + second_err
    assert "5 added" in first_out
    assert "waiting for it to finish" in second_err
    assert "5 unchanged" in second_out  # it found the first run's work complete, and redid nothing
    with Assistant(settings) as assistant:
        assert len(assistant.documents()) == 5
        assert assistant.index.vectors.ids() == assistant.index.corpus.chunk_ids()
