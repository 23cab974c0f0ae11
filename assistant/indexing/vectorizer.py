"""Passages → vectors in the vector store, the content-hash cache first; and each passage's
sentences → vectors kept with the index (store/sentences.py), for answering to weigh meaning
(answering/meaning.py).

The embedding model, the cache and Chroma load on first use: a no-op re-index or a keyword
query never pays for them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np

from assistant.answering.text import sentence_keys
from assistant.ingest.normalize import normalize
from assistant.settings import Settings
from assistant.store.filters import date_number
from assistant.store.sentences import SentenceVectors


class VectorItem(NamedTuple):
    chunk_id: str
    doc_id: str
    date: str | None
    text: str  # what the model embeds: `embedding_text` of the passage
    sentences: tuple[str, ...] = ()  # and of its sentences: `sentence_keys` of its display text


def vector_item(chunk_id: str, doc_id: str, date: str | None, display_text: str, title: str) -> VectorItem:
    return VectorItem(chunk_id, doc_id, date, embedding_text(display_text),
                      tuple(sentence_keys(display_text, title).values()))


def embedding_text(text: str) -> str:
    """What the dense model sees: the passage's search text. Title and heading are left to
    BM25 (which indexes them): on 2 cores embedding time grows faster than passage length."""
    return normalize(text)


def item_of(chunk) -> VectorItem:
    """The vector item of a stored chunk (`store.corpus.StoredChunk`)."""
    return vector_item(chunk.chunk_id, chunk.doc_id, chunk.date, chunk.text, chunk.title)


def node_for_vectors(item: VectorItem, vector: list[float] | None = None):
    """The vector store's node: search text plus the metadata its filters use. Its source is
    its document: llama-index writes the node's source id over the metadata's `doc_id` (None
    without a source), and Chroma's document filters read that key — without it a filter to some
    documents matched no vector and one leaving documents out matched all of them."""
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    return TextNode(id_=item.chunk_id, text=item.text, embedding=vector,
                    metadata={"doc_id": item.doc_id, "date_num": date_number(item.date)},
                    relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=item.doc_id)})


SENTENCES_REMEMBERED = 20_000  # ~30 MB of float32 vectors; documents/ has 364 distinct sentences, ncp-dev 9,814
# (10,799 rows in its index: a sentence repeated in two passages is stored with each)
SENTENCE_BATCH = 256


class Embedded(NamedTuple):
    passages: dict[str, list[float]]  # embedding text → vector
    sentences: dict[str, np.ndarray]  # sentence key → vector; none when answering weighs words alone
    computed: int  # passage vectors the model made (the others came from the cache)


class Vectorizer:
    def __init__(self, settings: Settings, sentence_store: SentenceVectors):
        self.settings = settings
        self.sentence_store = sentence_store  # the index's own sentence vectors (store/sentences.py)
        self._embedding = None
        self._vectors = None
        self._cached_embedding = None
        self._remembered: OrderedDict[str, np.ndarray] = OrderedDict()  # the last sentence vectors used
        self._lock = threading.Lock()
        self.sentences_computed = 0  # by this process, for the index report (a sync reads the difference)

    @property
    def embedding(self):
        """The embedding model itself (queries are embedded with it, uncached)."""
        if self._embedding is None:
            from assistant.store.embeddings import make_embedding

            self._embedding = make_embedding(self.settings)
        return self._embedding

    @property
    def vectors(self):
        if self._vectors is None:
            from assistant.store.vectors import VectorStore

            self._vectors = VectorStore(self.settings, self.embedding)
        return self._vectors

    @property
    def cached_embedding(self):
        """The model behind the content-hash cache: how passages are embedded."""
        if self._cached_embedding is None:
            from assistant.store.embeddings import CachedEmbedding, open_cache

            self._cached_embedding = CachedEmbedding(
                inner=self.embedding, cache=open_cache(self.settings), model_name=self.settings.embedding,
                embed_batch_size=max(1, self.settings.embedding_batch),
            )
        return self._cached_embedding

    def embed(self, items: list[VectorItem], bar=None) -> Embedded:
        """The items' vectors, the cache first; their sentences' too unless answering weighs
        words alone (embed_sentences)."""
        vectors, computed = self.cached_embedding.vectors_for([item.text for item in items], bar.update if bar else None)
        sentences = {}
        if self.settings.sentence_meaning:  # ~4.5 sentences a passage, ~40 ms each on 2 cores: 2.6× the time
            sentences = self.embed_sentences([sentence for item in items for sentence in item.sentences])
        return Embedded(vectors, sentences, computed)

    def embed_sentences(self, sentences: list[str]) -> dict[str, np.ndarray]:
        """Index time: each sentence's vector, the cache first (the ones it lacks computed,
        SENTENCE_BATCH at a time, as float32 arrays: a corpus's vectors as lists would not fit),
        also kept in this process's memory."""
        unique = list(dict.fromkeys(sentences))
        embedded: dict[str, np.ndarray] = {}
        for offset in range(0, len(unique), SENTENCE_BATCH):
            vectors, computed = self.cached_embedding.vectors_for(unique[offset:offset + SENTENCE_BATCH])
            embedded.update(self._remember(vectors))
            self.sentences_computed += computed
        return embedded

    def sentence_vectors(self, sentences: list[str]) -> dict[str, np.ndarray] | None:
        """Question time: sentence → normalised vector, from memory or the index, never the
        model; None when one has none (an index made with answering weighing words alone, or a
        passage still waiting for its vectors): answering then weighs words alone."""
        wanted = list(dict.fromkeys(sentences))
        with self._lock:
            found = {sentence: self._remembered[sentence] for sentence in wanted if sentence in self._remembered}
        missing = [sentence for sentence in wanted if sentence not in found]
        if missing:
            read = self.sentence_store.get_many(self.settings.embedding, missing)
            if len(read) < len(missing):
                return None
            found.update(self._remember(read))
        return found

    def _remember(self, vectors: Mapping[str, Sequence[float] | np.ndarray]) -> dict[str, np.ndarray]:
        """Keep the vectors in memory, the SENTENCES_REMEMBERED last used (the lock: a web
        server answers and indexes uploads in several threads)."""
        kept = {sentence: np.asarray(vector, dtype=np.float32) for sentence, vector in vectors.items()}
        with self._lock:
            self._remembered.update(kept)
            for sentence in kept:
                self._remembered.move_to_end(sentence)
            while len(self._remembered) > SENTENCES_REMEMBERED:
                self._remembered.popitem(last=False)
        return kept

    def store(self, items: list[VectorItem], embedded: Embedded) -> None:
        """The items' sentence vectors, then their own: a crash between the two leaves a passage
        without its vector, which the next run's repair embeds again (sentences included)."""
        if not items:
            return
        rows = [(item.chunk_id, sentence, embedded.sentences[sentence])
                for item in items for sentence in item.sentences if sentence in embedded.sentences]
        if rows:
            self.sentence_store.add(self.settings.embedding, rows)
        self.vectors.add([node_for_vectors(item, embedded.passages[item.text]) for item in items])

    def delete(self, chunk_ids: list[str]) -> None:
        """The passages' vectors and their sentences'."""
        if chunk_ids:
            self.vectors.delete(chunk_ids)
            self.sentence_store.delete(self.settings.embedding, chunk_ids)

    def embed_and_store(self, items: list[VectorItem], bar=None) -> int:
        """Embed (cache first) and store; returns how many vectors were computed."""
        if not items:
            return 0
        embedded = self.embed(items, bar)
        self.store(items, embedded)
        return embedded.computed

    def cached(self, items: list[VectorItem]) -> set[str]:
        """The items' texts whose vectors the cache holds, with their sentences' when answering
        weighs meaning (a backfill batch read from the cache does no model work)."""
        sentences = [sentence for item in items for sentence in item.sentences] if self.settings.sentence_meaning else []
        known = self.cached_embedding.known([item.text for item in items] + sentences)
        return {item.text for item in items if item.text in known
                and (not self.settings.sentence_meaning or all(sentence in known for sentence in item.sentences))}

    def close(self) -> None:
        if self._cached_embedding is not None:
            self._cached_embedding.close()
            self._cached_embedding = None
        if self._vectors is not None:
            self._vectors.close()
            self._vectors = None
