"""The `openai` backend against a real OpenAI-compatible server: llama.cpp's own, on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from assistant.llm.backends import local_model_path
from assistant.services import Assistant


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(corpus_assistant):
    model = local_model_path(corpus_assistant.settings)
    if not model.exists():
        pytest.skip("the packaged model is not fetched")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", "qwen-local",
         "--host", "127.0.0.1", "--port", str(port), "--n_threads", "1", "--n_ctx", "4096"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/models", timeout=2)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail("llama_cpp.server exited at start-up")
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("llama_cpp.server did not answer within 120 s")
    yield url
    process.terminate()
    process.wait(timeout=30)


def test_openai_backend_answers_with_verified_citations(corpus_assistant, llama_server):
    settings = corpus_assistant.settings.model_copy(
        update={"llm_mode": "openai", "llm_base_url": llama_server, "llm_model": "qwen-local", "llm_api_key": "unused"})
    with Assistant(settings) as assistant:
        answer = assistant.ask("廊坊市民族宗教事务局局长是谁?")
        assert answer.mode == "openai" and not answer.refused
        assert "杨毅" in answer.answer and answer.citations
        assert answer.generated  # the server really produced text
        refusal = assistant.ask("2023年西藏自治区地区生产总值是多少?")
        assert refusal.refused
