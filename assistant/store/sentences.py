"""Each passage's sentence vectors, kept with the index: answering weighs a sentence's meaning
(answering/meaning.py) with what was embedded when the passage was indexed.

They live in the corpus database, by passage and model (as the vector store keeps a collection
per model: a switch back finds them), and go when the passage's vector goes
(`indexing.vectorizer`). Until schema 20 they were read back from the machine-wide embedding
cache only, so an index used with another cache, or with the cache off, silently weighed words
alone — ncp-dev answer accuracy 0.787 instead of 0.796, with nothing said.
"""

from __future__ import annotations

import numpy as np

from assistant.store.database import KEYS_PER_QUERY, Database, text_hash

SCHEMA = """
CREATE TABLE IF NOT EXISTS sentence_vectors (
    chunk_id TEXT NOT NULL, text_hash TEXT NOT NULL, model TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (chunk_id, text_hash, model)
);
CREATE INDEX IF NOT EXISTS sentence_vectors_by_text ON sentence_vectors(text_hash);
"""
TABLE = "sentence_vectors"


class SentenceVectors:
    def __init__(self, database: Database):
        self.database = database

    def add(self, model: str, rows: list[tuple[str, str, np.ndarray]]) -> None:
        """(chunk id, sentence, vector) rows, made by `model`."""
        with self.database.transaction():
            self.database.db.executemany(
                "INSERT OR REPLACE INTO sentence_vectors VALUES (?, ?, ?, ?)",
                [(chunk_id, text_hash(sentence), model, np.asarray(vector, dtype=np.float32).tobytes())
                 for chunk_id, sentence, vector in rows])

    def get_many(self, model: str, sentences: list[str]) -> dict[str, np.ndarray]:
        """sentence → vector, for those some passage has (made by `model`)."""
        hashes = {text_hash(sentence): sentence for sentence in sentences}
        keys = list(hashes)
        found: dict[str, np.ndarray] = {}
        for offset in range(0, len(keys), KEYS_PER_QUERY):
            batch = keys[offset:offset + KEYS_PER_QUERY]
            rows = self.database.execute(
                f"SELECT text_hash, vector FROM sentence_vectors WHERE text_hash IN ({','.join('?' * len(batch))}) "
                "AND model=?", [*batch, model])
            found.update((hashes[key], np.frombuffer(blob, dtype=np.float32)) for key, blob in rows)
        return found

    def delete(self, model: str, chunk_ids: list[str]) -> None:
        """The passages' rows made by `model`, as their vectors go from that model's collection."""
        with self.database.transaction():
            for offset in range(0, len(chunk_ids), KEYS_PER_QUERY):
                batch = chunk_ids[offset:offset + KEYS_PER_QUERY]
                self.database.execute(
                    f"DELETE FROM sentence_vectors WHERE chunk_id IN ({','.join('?' * len(batch))}) AND model=?",
                    [*batch, model])

    def remove_orphans(self) -> int:
        """Rows of passages no longer indexed, whatever model made them (a crash between the
        stores' writes, a passage removed while another model was in use); returns how many."""
        with self.database.transaction():
            return self.database.execute(
                "DELETE FROM sentence_vectors WHERE chunk_id NOT IN (SELECT chunk_id FROM chunks)").rowcount
