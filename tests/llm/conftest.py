"""LLM tests run for real: llama.cpp with the packaged GGUF (`scripts/setup test` installs both).
They are skipped only where the llm extra is not installed."""

from __future__ import annotations

import pytest

from assistant.llm.backends import local_model_path
from assistant.services import Assistant

llama_cpp = pytest.importorskip("llama_cpp", reason="the llm extra is not installed (scripts/setup llm)")


@pytest.fixture(scope="session")
def local_assistant(corpus_assistant):
    settings = corpus_assistant.settings.model_copy(update={"llm_mode": "local"})
    if not local_model_path(settings).exists():
        pytest.skip("the packaged model is not fetched (assistant model fetch)")
    assistant = Assistant(settings)
    yield assistant
    assistant.close()
