"""The index in a real Chroma server (`chroma run`), selected by chroma_url."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.services import Assistant
from tests.conftest import DOCUMENTS


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    executable = Path(sys.executable).with_name("chroma")
    port = free_port()
    process = subprocess.Popen(
        [str(executable), "run", "--path", str(tmp_path_factory.mktemp("chroma-server")), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail("chroma run exited at start-up")
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("chroma run did not answer within 60 s")
    yield url
    process.terminate()
    process.wait(timeout=20)


def test_index_and_answer_through_a_chroma_server(chroma_server, make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DOCUMENTS, corpus, ignore=shutil.ignore_patterns("00[0-2]*"))
    settings = make_settings(chroma_url=chroma_server, documents_dir=corpus)
    with Assistant(settings) as assistant:
        report = assistant.index_paths(progress=False)
        assert sorted(report.added) == ["003_d24fa1b43b605a4d", "004_be29f327fa3c876d"]
        assert assistant.index.vectors.ids() == assistant.index.keywords.chunk_ids()
        answer = assistant.ask("2022年日喀则市政协提案办复率是多少?")
        assert "99.4%" in answer.answer and answer.citations[0].passage.doc_id == "003_d24fa1b43b605a4d"
        (corpus / "004_be29f327fa3c876d.txt").unlink()
        assert assistant.index_paths(progress=False).removed == ["004_be29f327fa3c876d"]
        assert assistant.index.vectors.ids() == assistant.index.keywords.chunk_ids()
