"""The index in a real Chroma server (`chroma run`), selected by chroma_url."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from assistant.services import Assistant
from tests.conftest import DOCUMENTS, TEST_CHROMA_URL
from tests.servers import free_port, running


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    command = [str(Path(sys.executable).with_name("chroma")), "run", "--path", str(tmp_path_factory.mktemp("chroma-server")),
               "--host", "127.0.0.1", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with running(command, f"{url}/api/v2/heartbeat", "chroma run", timeout=60):
        yield url


def test_index_and_answer_through_a_chroma_server(chroma_server, make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DOCUMENTS, corpus, ignore=shutil.ignore_patterns("00[0-2]*"))
    settings = make_settings(chroma_url=chroma_server, documents_dir=corpus)
    with Assistant(settings) as assistant:
        report = assistant.index_paths(progress=False)
        assert sorted(report.added) == ["003_d24fa1b43b605a4d", "004_be29f327fa3c876d"]
        assert assistant.index.vectors.ids() == assistant.index.corpus.chunk_ids()
        answer = assistant.ask("2022年日喀则市政协提案办复率是多少?")
        assert "99.4%" in answer.answer and answer.citations[0].passage.doc_id == "003_d24fa1b43b605a4d"
        (corpus / "004_be29f327fa3c876d.txt").unlink()
        assert assistant.index_paths(progress=False).removed == ["004_be29f327fa3c876d"]
        assert assistant.index.vectors.ids() == assistant.index.corpus.chunk_ids()


@pytest.mark.skipif(not TEST_CHROMA_URL, reason="runs under scripts/with-chroma-server (part of scripts/test)")
def test_the_suite_keeps_its_vectors_in_the_chroma_server(corpus_assistant):
    from urllib.parse import urlparse

    import chromadb

    from assistant.store.vectors import collection_name

    assert corpus_assistant.settings.chroma_url == TEST_CHROMA_URL
    url = urlparse(TEST_CHROMA_URL)
    server = chromadb.HttpClient(host=url.hostname, port=url.port)
    collection = server.get_collection(collection_name(corpus_assistant.settings))
    assert collection.count() == corpus_assistant.index.corpus.chunk_count() > 50
