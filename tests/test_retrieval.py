"""Hybrid retrieval over the indexed sample corpus."""

from __future__ import annotations

from assistant.ingest.normalize import normalize
from assistant.llama_retriever import HybridRetriever
from assistant.retrieval import SearchFilters, _fused, _normalised


def test_traditional_passage_found_by_a_simplified_question(corpus_assistant):
    passages = corpus_assistant.search("有多少个单位被确定为第一批自治区民族团结进步模范单位")
    assert passages[0].doc_id == "001_73e5e971b316b4f2"
    assert "15個單位" in passages[0].text  # shown as written


def test_simplified_passage_found_by_a_traditional_question(corpus_assistant):
    passages = corpus_assistant.search("廊坊市民族宗教事務局局長是誰")
    assert passages[0].doc_id == "004_be29f327fa3c876d"


def test_passages_carry_exact_display_offsets(corpus_assistant):
    for passage in corpus_assistant.search("提案办复率", top_k=5):
        display = corpus_assistant.document_text(passage.doc_id)
        assert display[passage.start:passage.end] == passage.text


def test_document_filter(corpus_assistant):
    passages = corpus_assistant.search("民族团结", top_k=8, filters=SearchFilters(doc_ids=["003_d24fa1b43b605a4d"]))
    assert passages and {p.doc_id for p in passages} == {"003_d24fa1b43b605a4d"}


def test_date_filters(corpus_assistant):
    since = corpus_assistant.search("民族团结", top_k=80, filters=SearchFilters(since="2022-04-15"))
    assert {p.doc_id for p in since} == {"000_7aaaa17f63b85632", "004_be29f327fa3c876d"}
    until = corpus_assistant.search("民族团结", top_k=80, filters=SearchFilters(until="2022-04-10"))
    assert {p.doc_id for p in until} == {"001_73e5e971b316b4f2"}  # undated documents never pass a date filter


def test_top_k(corpus_assistant):
    assert len(corpus_assistant.search("民族团结", top_k=3)) == 3


def test_llama_index_retriever_interface(corpus_assistant):
    retriever = HybridRetriever(corpus_assistant.searcher, top_k=2)
    nodes = retriever.retrieve("日喀则市政协提案办复率")
    assert len(nodes) == 2
    assert "99.4%" in normalize(nodes[0].node.get_content())
    assert nodes[0].node.metadata["doc_id"] == "003_d24fa1b43b605a4d"


def test_score_normalisation():
    assert _normalised({"a": 3.0, "b": 1.0, "c": 2.0}) == {"a": 1.0, "b": 0.0, "c": 0.5}
    assert _normalised({"a": 2.0}) == {"a": 1.0}


def test_keyword_hits_outside_the_nearest_passages_get_their_real_similarity(corpus_assistant):
    searcher = corpus_assistant.searcher
    question = normalize("日喀则市政协提案办复率")
    keyword = searcher.keyword_scores(question, SearchFilters(), 30)
    nearest_two = searcher.dense_scores(question, SearchFilters(), 2)
    completed = searcher.dense_scores(question, SearchFilters(), 2, also=keyword)
    assert set(nearest_two) < set(completed) == set(nearest_two) | set(keyword)
    outside = set(keyword) - set(nearest_two)
    assert any(0 < completed[chunk_id] < 1 for chunk_id in outside)  # not all counted as dissimilar


def test_similarities_agree_with_the_vector_query(corpus_assistant):
    index = corpus_assistant.index
    embedding = index.query_vector(normalize("民族团结进步模范单位"))
    nearest = dict(index.vectors.query(embedding, 5))
    recomputed = index.vectors.similarities(embedding, list(nearest))
    assert recomputed.keys() == nearest.keys()
    assert all(abs(recomputed[chunk_id] - nearest[chunk_id]) < 1e-4 for chunk_id in nearest)
    assert index.vectors.similarities(embedding, ["no-such-passage"]) == {}


def test_the_vector_store_filters_by_document(corpus_assistant):
    index = corpus_assistant.index
    embedding = index.query_vector(normalize("民族团结进步模范单位"))
    nearest = [chunk_id for chunk_id, _ in index.vectors.query(embedding, 10)]
    chosen = index.stored_chunks(nearest)[nearest[0]].doc_id
    only = [chunk_id for chunk_id, _ in index.vectors.query(embedding, 10, SearchFilters(doc_ids=[chosen]))]
    others = [chunk_id for chunk_id, _ in index.vectors.query(embedding, 10, SearchFilters(exclude_doc_ids=[chosen]))]
    assert only and {chunk.doc_id for chunk in index.stored_chunks(only).values()} == {chosen}
    assert others and chosen not in {chunk.doc_id for chunk in index.stored_chunks(others).values()}


def test_a_passage_not_embedded_yet_is_ranked_by_its_keywords_alone():
    keyword = {"embedded": 0.9, "pending": 0.9, "weak": 0.2}
    semantic = {"embedded": 0.1, "weak": 1.0, "dense-only": 1.0}
    fused = _fused(keyword, semantic, 0.3)
    assert fused["pending"] == 0.9
    assert round(fused["embedded"], 6) == round(0.7 * 0.9 + 0.3 * 0.1, 6)
    assert round(fused["dense-only"], 6) == 0.3
    assert _fused(keyword, {}, 0.3) == keyword


def test_a_stored_chunk_becomes_the_passage_search_returns(corpus_assistant):
    from assistant.retrieval import passage_of

    found = corpus_assistant.searcher.search("日喀则政协提案办复率", 1)[0]
    stored = next(c for c in corpus_assistant.index.chunks_of_document(found.doc_id) if c.chunk_id == found.chunk_id)
    assert passage_of(stored, found.score) == found
    assert passage_of(stored).score == 1.0
