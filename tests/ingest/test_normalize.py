"""Search text: width folding, Traditional→Simplified, and the map back to display positions."""

from __future__ import annotations

from assistant.ingest.normalize import build_search_text, normalize, to_simplified
from tests.ingest.test_clean import doc


def test_traditional_and_full_width_fold_to_simplified_half_width():
    assert normalize("鑄牢中華民族共同體意識") == "铸牢中华民族共同体意识"
    assert normalize("（一）ＡＢＣ１２３，") == "(一)abc123,"
    assert normalize("二零二一年") == "2021年"


def test_search_positions_map_back_to_display_positions():
    display = "前文。鑄牢中華民族共同體意識（ＡＢ）後文"
    search = build_search_text(display)
    start = search.text.index("中华民族")
    assert display[slice(*search.to_display(start, start + 4))] == "中華民族"
    start = search.text.index("ab")
    assert display[slice(*search.to_display(start, start + 2))] == "ＡＢ"
    assert search.from_display(*search.to_display(start, start + 2)) == (start, start + 2)


def test_expanding_characters_keep_the_map_exact():
    display = "第①条 ㈠ 内容"  # NFKC turns ① into 1 and ㈠ into (一)
    search = build_search_text(display)
    assert len(search.origin) == len(search.text)
    start = search.text.index("(一)")
    assert display[slice(*search.to_display(start, start + 3))] == "㈠"


def test_cross_script_phrase_found_in_document_001_at_display_offsets():
    document = doc("001")
    phrase = normalize("铸牢中华民族共同体意识")
    start = document.search.text.index(phrase)
    display_start, display_end = document.search.to_display(start, start + len(phrase))
    assert document.display[display_start:display_end] == "鑄牢中華民族共同體意識"


def test_questions_get_the_same_normalization():
    assert normalize("日喀則市政協年內召開主席會議幾次？") == "日喀则市政协年内召开主席会议几次?"


def test_answers_are_shown_in_simplified_without_width_folding():
    assert to_simplified("區（中）直機關") == "区（中）直机关"
