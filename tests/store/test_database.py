"""The SQLite file: an index from another schema is emptied and marked for repair, not misread."""

from __future__ import annotations

from assistant.store.corpus import Corpus


def test_an_outdated_schema_is_emptied_and_marked_for_repair(corpus, tmp_path):
    assert corpus.documents() and corpus.get_meta("dirty") is None
    corpus.database.execute("UPDATE meta SET value='0:old' WHERE key='schema'")
    corpus.database.db.commit()
    reopened = Corpus(tmp_path / "keywords.sqlite3")
    assert reopened.documents() == {} and reopened.chunk_count() == 0
    assert reopened.get_meta("dirty") == "1"  # the next run clears the vectors of the old chunks
    reopened.close()


def test_meta_keys_are_set_and_cleared(corpus):
    corpus.set_meta("dense_pending", "1")
    assert corpus.get_meta("dense_pending") == "1"
    corpus.set_meta("dense_pending", None)
    assert corpus.get_meta("dense_pending") is None
