"""The `openai` backend against a real OpenAI-compatible server: llama.cpp's own, on 127.0.0.1."""

from __future__ import annotations

import sys

import pytest

from assistant.llm.backends import local_model_path
from assistant.services import Assistant
from tests.llm.conftest import INJECTION_QUESTION, write_injected_corpus
from tests.servers import free_port, running


@pytest.fixture(scope="module")
def llama_server(corpus_assistant):
    model = local_model_path(corpus_assistant.settings)
    if not model.exists():
        pytest.skip("the packaged model is not fetched")
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", "qwen-local",
               "--host", "127.0.0.1", "--port", str(port), "--n_threads", "1", "--n_ctx", "4096"]
    url = f"http://127.0.0.1:{port}/v1"
    with running(command, f"{url}/models", "llama_cpp.server"):
        yield url


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


def test_injected_instructions_change_no_openai_answer(make_settings, llama_server):
    settings = make_settings(llm_mode="openai", llm_base_url=llama_server, llm_model="qwen-local", llm_api_key="unused")
    write_injected_corpus(settings.documents_dir)
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        answer = assistant.ask(INJECTION_QUESTION)
        assert answer.mode == "openai" and "6次" in answer.answer and "100" not in answer.answer, answer.answer
