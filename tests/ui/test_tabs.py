"""The UI tabs' handlers, called as gradio calls them (no browser): each answers from the services."""

from __future__ import annotations

from assistant.ui.chat_tab import ChatTab, as_text
from assistant.ui.documents_tab import DocumentsTab, document_choices
from assistant.ui.quiz_tab import QuizTab
from assistant.ui.wording_tab import WordingTab


def test_a_question_is_answered_with_citations_that_open_their_span(corpus_assistant):
    tab = ChatTab(corpus_assistant, ["extractive"])
    updates = list(tab.ask("日喀则政协2022年提案办复率是多少", "extractive", None))
    assert updates[0][0][-1]["content"] == "正在检索与核对……"  # shown while it works
    messages, _, citations, _, copied, conversation_id, _ = updates[-1]
    assert "99.4%" in messages[-1]["content"] and "[1]" in copied
    assert citations["choices"] and conversation_id
    assert "99.4%" in tab.show_citation(1, conversation_id)
    assert "cite-target" in tab.show_document(1, conversation_id)
    assert [c for _, c in tab.conversation_choices()] == [conversation_id]
    tab.delete_conversation(conversation_id)
    assert tab.conversation_choices() == []


def test_document_text_in_the_chat_is_shown_not_rendered():
    assert as_text("<img src=x onerror=alert(1)>\n下一行") == "&lt;img src=x onerror=alert(1)&gt;<br>下一行"


def test_wording_quiz_and_documents_tabs_call_their_services(corpus_assistant):
    assert "铸牢中华民族共同体意识" in WordingTab(corpus_assistant).find("铸牢中华民族共同体意识", None, "", "", "relevance")
    assert WordingTab(corpus_assistant).find("  ", None, "", "", "relevance") == "<p>请输入要查找的表述。</p>"
    tab = QuizTab(corpus_assistant)
    quiz, preview, picker, files = tab.make(None, "健康茶", 4, ["single", "judge"], "mixed", 1)
    assert preview.startswith("# 健康茶专题测验") and any(name.endswith(".docx") for name in files)
    quiz, preview, picker, files = tab.make(None, "", 4, ["single", "judge"], "mixed", 1)
    first, second = quiz.questions[0].stem, quiz.questions[1].stem
    quiz, preview, picker, files = tab.drop(quiz, ["q1"])
    assert quiz.questions[0].stem == second and first not in preview and len(picker["choices"]) == 3
    spares = len(quiz.spares)
    quiz, preview, picker, files = tab.replace(quiz, ["q1"])
    assert quiz.questions[0].stem != second and len(quiz.spares) == spares - 1
    documents = DocumentsTab(corpus_assistant)
    assert len(documents.rows()) == len(document_choices(corpus_assistant)) == 5
    assert documents.semantic_status().startswith("语义检索")


def test_the_compare_tab_marks_both_sides_and_opens_both_originals(corpus_assistant):
    from assistant.ui.compare_tab import CompareTab

    tab = CompareTab(corpus_assistant)
    table, units, docx_path, comparison = tab.compare("000_7aaaa17f63b85632", "004_be29f327fa3c876d")
    assert table.startswith('<p class="compare-summary">') and '<mark class="added">' in table
    assert units["choices"] and docx_path.endswith(".docx")
    index = units["choices"][0][1]
    first, second = tab.open_originals(comparison, index)
    assert 'id="cite-target"' in first and 'id="cite-target"' in second
    assert "99.4%" in tab.trend("提案办复率") and "未找到" in tab.trend("不存在的指标名称")


def test_the_documents_table_shows_the_number_and_the_signer(make_settings):
    import pytest

    from assistant.services import Assistant
    from tests.ingest import fixtures

    pytest.importorskip("reportlab", reason="the PDF fixtures need reportlab (the test extra)")
    if fixtures.font_file() is None:
        pytest.skip("fonts-wqy-microhei is not installed (scripts/test installs it)")
    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    fixtures.headed_text_pdf(settings.documents_dir / "notice.pdf", fixtures.seed_display("000"))
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False, keyword_first=True)
        [row] = DocumentsTab(assistant).rows()
    assert row[4:6] == ["拉委发〔2022〕31号", "张建华"]


def test_an_uploaded_scan_shows_its_ocr_progress_then_where_it_went(make_settings, tmp_path):
    import importlib.util

    import pytest

    from assistant.services import Assistant
    from tests.ingest import fixtures

    if fixtures.font_file() is None or importlib.util.find_spec("rapidocr_onnxruntime") is None:
        pytest.skip("needs fonts-wqy-microhei and rapidocr-onnxruntime (scripts/test installs them)")
    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    scan = tmp_path / "扫描件.pdf"
    fixtures.scanned_pdf(scan, fixtures.seed_display("000"), max_pages=2)
    (tmp_path / "photo.exe").write_bytes(b"MZ")
    with Assistant(settings) as assistant:
        tab = DocumentsTab(assistant)
        updates = list(tab.upload([str(scan), str(tmp_path / "photo.exe")]))
        messages = [update[1] for update in updates]
        assert any("扫描件.pdf：正在识别第 1/2 页（扫描件）" in message for message in messages[:-1]), messages
        assert messages[-1].startswith("未收录：photo.exe") and "已收录：扫描件" in messages[-1]
        assert [row[0] for row in updates[-1][0]] == ["扫描件"] and tab.uploads_status() == ""
