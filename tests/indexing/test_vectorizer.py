"""Passages embedded once: the content-hash cache answers the second time, questions are
remembered, and a passage's sentence vectors are kept with the index."""

from __future__ import annotations

from assistant.answering.text import sentence_keys
from assistant.indexing.vectorizer import VectorItem, Vectorizer, embedding_text, vector_item
from assistant.store.corpus import Corpus


def vectorizer_for(settings) -> Vectorizer:
    return Vectorizer(settings, Corpus(settings.keyword_db).sentence_store)


def test_a_passage_is_embedded_once_and_stored_with_its_metadata(make_settings, tmp_path):
    settings = make_settings(embedding_cache=str(tmp_path / "cache.sqlite3"))
    vectorizer = vectorizer_for(settings)
    text = embedding_text("全年共组织民族团结进步宣讲活动32场。")
    item = VectorItem("c1", "doc", "2022-12-24", text)
    assert vectorizer.cached([item]) == set()
    assert vectorizer.embed_and_store([item]) == 1
    assert vectorizer.cached([item]) == {text} and vectorizer.vectors.ids() == {"c1"}
    assert vectorizer.embed_and_store([VectorItem("c2", "doc", None, text)]) == 0  # from the cache
    vectorizer.close()


def test_a_repeated_question_is_not_embedded_again(make_settings):
    vectorizer = vectorizer_for(make_settings())
    first = vectorizer.cached_embedding.get_query_embedding("提案办复率")
    calls = []
    inner = vectorizer.cached_embedding.inner
    original = inner.get_query_embedding
    object.__setattr__(inner, "get_query_embedding", lambda query: calls.append(query) or original(query))
    assert vectorizer.cached_embedding.get_query_embedding("提案办复率") == first and calls == []
    vectorizer.cached_embedding.forget_queries()
    vectorizer.cached_embedding.get_query_embedding("提案办复率")
    assert calls == ["提案办复率"]
    vectorizer.close()


def test_a_passages_sentences_are_embedded_with_it(make_settings, tmp_path):
    settings = make_settings(embedding_cache=str(tmp_path / "cache.sqlite3"))
    vectorizer = vectorizer_for(settings)
    display = "全年共组织民族团结进步宣讲活动32场。覆盖群众1.2万人次。"
    vectorizer.embed_and_store([vector_item("c1", "doc", None, display, "")])
    sentences = list(sentence_keys(display))
    assert len(sentences) == 2 and vectorizer.cached_embedding.known(sentences) == set(sentences)
    vectors = vectorizer.sentence_vectors(sentences)
    assert all(abs(float(vector @ vector) - 1.0) < 1e-3 for vector in vectors.values())  # normalised: dot = cosine
    assert vectorizer.sentence_vectors([*sentences, "从未索引过的一句话。"]) is None  # never the model at question time
    vectorizer.close()


def test_words_alone_embed_no_sentences(make_settings, tmp_path):
    vectorizer = vectorizer_for(make_settings(embedding_cache=str(tmp_path / "cache.sqlite3"), sentence_meaning=False))
    display = "今年共走访慰问困难群众120户。发放慰问金3万元。"
    vectorizer.embed_and_store([vector_item("c1", "doc", None, display, "")])
    assert vectorizer.cached_embedding.known(list(sentence_keys(display))) == set()
    vectorizer.close()


def test_sentence_vectors_are_read_from_the_index_not_the_machines_cache(make_settings, tmp_path):
    """An index used with another embedding cache, or with none, still weighs meaning: until
    schema 20 it silently weighed words alone."""
    display = "今年共走访慰问困难群众120户。发放慰问金3万元。"
    indexing = vectorizer_for(make_settings(embedding_cache=str(tmp_path / "cache.sqlite3")))
    indexing.embed_and_store([vector_item("c1", "doc", None, display, "")])
    indexing.close()
    asking = vectorizer_for(make_settings(embedding_cache="off"))
    sentences = list(sentence_keys(display))
    assert set(asking.sentence_vectors(sentences)) == set(sentences)
    asking.delete(["c1"])  # a passage's sentences go with its vector
    assert vectorizer_for(make_settings(embedding_cache="off")).sentence_vectors(sentences) is None
    asking.close()


def test_memory_keeps_the_last_sentences_used(make_settings, monkeypatch):
    monkeypatch.setattr("assistant.indexing.vectorizer.SENTENCES_REMEMBERED", 1)
    vectorizer = vectorizer_for(make_settings(embedding_cache="off"))
    first, last = sentence_keys("今年共走访慰问困难群众120户。发放慰问金3万元。")
    vectorizer.embed_sentences([first, last])  # embedded, not stored with any passage
    assert vectorizer.sentence_vectors([last]) is not None and vectorizer.sentence_vectors([first]) is None
    vectorizer.close()
