"""Precedent wording search over the sample corpus."""

from __future__ import annotations

import pytest

from assistant.ingest.normalize import normalize
from assistant.retrieval import SearchFilters

PHRASE = "铸牢中华民族共同体意识"


def test_cross_script_phrase_found_in_001_as_written(corpus_assistant):
    result = corpus_assistant.find(PHRASE)
    in_001 = [hit for hit in result.hits if hit.doc_id == "001_73e5e971b316b4f2"]
    assert in_001 and all(hit.kind == "exact" for hit in in_001)
    display = corpus_assistant.index.corpus.display_text("001_73e5e971b316b4f2")
    for hit in in_001:
        assert hit.match == "鑄牢中華民族共同體意識"
        assert display[hit.start:hit.end] == hit.match
        assert display[hit.start - len(hit.left):hit.start] == hit.left
        assert display[hit.end:hit.end + len(hit.right)] == hit.right
    assert result.per_doc["001_73e5e971b316b4f2"] == len(in_001)


def test_every_exact_hit_counted_per_document(corpus_assistant):
    result = corpus_assistant.find(PHRASE, limit=1000)
    for doc_id, count in result.per_doc.items():
        search = normalize(corpus_assistant.index.corpus.display_text(doc_id))
        assert search.count(PHRASE) == len([h for h in result.hits if h.doc_id == doc_id and h.kind == "exact"])
        assert count >= search.count(PHRASE)


def test_exact_matches_rank_above_near_ones(corpus_assistant):
    result = corpus_assistant.find("铸牢中华民族共同理念")  # not literally in any document
    kinds = [hit.kind for hit in result.hits]
    assert "near" in kinds and "exact" not in kinds
    mixed = corpus_assistant.find("民族团结进步模范单位")
    kinds = [hit.kind for hit in mixed.hits]
    assert kinds[0] == "exact" and kinds == sorted(kinds, key=["exact", "near", "meaning"].index)


def test_a_longer_variant_is_shown_whole():
    from assistant.wording import _best_window

    # partial_ratio's window has the phrase's length and drops 铸 from the longer variant
    text = "紧紧抓住铸牢中华民族共同体意识这条主线深化民族团结进步教育"
    phrase = "铸牢中华民族共同体意识为主线"
    start, end = _best_window(phrase, text, text.index("牢"), text.index("牢") + len(phrase))
    assert text[start:end] == "铸牢中华民族共同体意识这条主线"


def test_near_hits_in_the_corpus_keep_their_first_character(corpus_assistant):
    hits = [hit for hit in corpus_assistant.find("铸牢中华民族共同体意识为主线").hits if hit.kind == "near"]
    assert any(normalize(hit.match) == "铸牢中华民族共同体意识这条主线" for hit in hits)


@pytest.mark.parametrize("typed", ["拉委办发〔2022〕31号", "拉委办发[2022]31号", "拉委办发(2022)31号", "拉委办发（2022）31号"])
def test_document_numbers_found_however_bracketed(corpus_assistant, typed):
    hits = [hit for hit in corpus_assistant.find(typed).hits if hit.kind == "exact"]
    assert [hit.match for hit in hits] == ["拉委办发〔2022〕31号"]
    assert hits[0].heading.startswith("一、工作开展情况 > (三)")


def test_document_numbers_listed_with_the_document(corpus_assistant):
    documents = {document.doc_id: document for document in corpus_assistant.documents()}
    assert documents["000_7aaaa17f63b85632"].doc_numbers == ("拉委办发〔2022〕31号", "拉防办发〔2022〕40号", "拉创办发〔2022〕3号")


def test_punctuation_variants_match(corpus_assistant):
    result = corpus_assistant.find("三个离不开，五个认同")
    assert {hit.doc_id for hit in result.hits if hit.kind == "exact"} == {"000_7aaaa17f63b85632", "002_d6b54ec67f2e2c09"}


def test_meaning_matches_when_nothing_literal_exists(corpus_assistant):
    result = corpus_assistant.find("低氟茶推广的意义")
    assert result.hits and {hit.kind for hit in result.hits} == {"meaning"}
    assert any("低氟" in hit.match for hit in result.hits)


def test_filters_and_date_sort(corpus_assistant):
    only = corpus_assistant.find(PHRASE, SearchFilters(doc_ids=["004_be29f327fa3c876d"]))
    assert {hit.doc_id for hit in only.hits} == {"004_be29f327fa3c876d"}
    dated = corpus_assistant.find(PHRASE, SearchFilters(since="2022-04-01", until="2022-04-30"))
    assert {hit.doc_id for hit in dated.hits} == {"001_73e5e971b316b4f2", "004_be29f327fa3c876d"}
    by_date = corpus_assistant.find(PHRASE, sort="date", limit=1000)
    dates = [hit.date or "" for hit in by_date.hits]
    assert dates == sorted(dates, reverse=True)


def test_json_shape(corpus_assistant):
    data = corpus_assistant.find(PHRASE).to_dict()
    assert set(data) == {"query", "hits", "per_doc"}
    assert set(data["hits"][0]) == {"doc_id", "title", "heading", "date", "left", "match", "right", "start", "end",
                                    "kind", "score", "page", "paragraphs"}
