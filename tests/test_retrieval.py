"""Hybrid retrieval over the indexed sample corpus."""

from __future__ import annotations

from assistant.ingest.normalize import normalize
from assistant.llama_retriever import HybridRetriever
from assistant.retrieval import SearchFilters, _normalised


def test_traditional_passage_found_by_a_simplified_question(corpus_assistant):
    passages = corpus_assistant.search("有多少个单位被确定为第一批自治区民族团结进步模范单位")
    assert passages[0].doc_id == "001_73e5e971b316b4f2"
    assert "15個單位" in passages[0].text  # shown as written


def test_simplified_passage_found_by_a_traditional_question(corpus_assistant):
    passages = corpus_assistant.search("廊坊市民族宗教事務局局長是誰")
    assert passages[0].doc_id == "004_be29f327fa3c876d"


def test_passages_carry_exact_display_offsets(corpus_assistant):
    for passage in corpus_assistant.search("提案办复率", top_k=5):
        display = corpus_assistant.index.keywords.display_text(passage.doc_id)
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
