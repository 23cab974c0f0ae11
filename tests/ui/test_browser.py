"""The web UI in a real browser (Debian's chromium driven by playwright), against `assistant
serve` on 127.0.0.1. Screenshots of each step go to test-artifacts/."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import DOCUMENTS, ROOT
from tests.servers import free_port, running

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def served(tmp_path_factory, embedding_cache):
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (scripts/test installs it)")
    folder = tmp_path_factory.mktemp("ui")
    shutil.copytree(DOCUMENTS, folder / "documents")
    port = free_port()
    env = {**os.environ, "ASSISTANT_DOCUMENTS_DIR": str(folder / "documents"), "ASSISTANT_INDEX_DIR": str(folder / "index"),
           "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache), "ASSISTANT_LLM_MODE": "extractive"}
    with running([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
                 f"http://127.0.0.1:{port}/v1/models", "assistant serve", timeout=240, env=env):
        yield f"http://127.0.0.1:{port}/", folder


@pytest.fixture(scope="module")
def page(served):
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        tab = context.new_page()
        tab.goto(served[0], wait_until="load")
        tab.wait_for_selector("#question textarea", timeout=60000)
        yield tab
        browser.close()


def text_of(page, selector: str) -> str:
    return page.locator(selector).inner_text()


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def test_ask_and_open_the_cited_passage(page):
    open_tab(page, "问答")
    page.locator("#question textarea").fill("2022年日喀则市政协提案办复率是多少?")
    page.locator("#ask").click()
    page.wait_for_function("document.querySelector('#chat').innerText.includes('99.4%')", timeout=120000)
    page.screenshot(path=str(ARTIFACTS / "1-chat-answer.png"))
    assert "114件提案辦復率99.4%" in page.locator("#citations label").first.inner_text()  # the span names it
    page.locator("#citations label").first.click()
    page.wait_for_selector("#citation-panel mark.cite-span", timeout=30000)
    assert "99.4%" in text_of(page, "#citation-panel mark.cite-span")
    page.locator("#view-document").click()
    page.wait_for_selector("#document-view mark#cite-target", timeout=30000)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "2-citation-highlighted.png"))
    assert "日喀則" in text_of(page, "#document-view")
    assert "参考" in page.locator("#copy-answer textarea").input_value()


def test_refusal_is_shown_as_such(page):
    open_tab(page, "问答")
    page.locator("#new-conversation").click()
    page.locator("#question textarea").fill("2023年西藏自治区地区生产总值是多少?")
    page.locator("#ask").click()
    page.wait_for_function("document.querySelector('#chat').innerText.includes('资料中未找到')", timeout=120000)
    page.wait_for_selector("#closest ol.closest li", timeout=30000)
    page.screenshot(path=str(ARTIFACTS / "3-refusal.png"))


def test_an_overlong_question_is_answered_with_a_visible_notice(page):
    open_tab(page, "问答")
    page.locator("#new-conversation").click()
    page.locator("#question textarea").fill("廊坊市民族宗教事务局局长是谁?" + "啊" * 10000)
    page.locator("#ask").click()
    page.wait_for_function("document.querySelector('#chat').innerText.includes('前500个字')", timeout=120000)
    assert "杨毅" in text_of(page, "#chat")


def test_upload_a_document_then_ask_about_it(page, served, tmp_path):
    open_tab(page, "文档管理")
    new_file = tmp_path / "新增通知.txt"
    new_file.write_text("拉萨市民委关于开展民族团结宣讲的通知\n下半年将开展民族团结宣讲120场次。\n", encoding="utf-8")
    page.locator("#upload input[type=file]").set_input_files(str(new_file))
    page.locator("#add-documents").click()
    page.wait_for_function("document.querySelector('#upload-status textarea').value.includes('已收录')", timeout=180000)
    page.screenshot(path=str(ARTIFACTS / "4-documents-upload.png"))
    assert (served[1] / "documents" / "新增通知.txt").exists()
    assert "新增通知" in text_of(page, "#documents")
    open_tab(page, "问答")
    page.locator("#new-conversation").click()
    page.locator("#question textarea").fill("拉萨市民委下半年将开展民族团结宣讲多少场次?")
    page.locator("#ask").click()
    page.wait_for_function("document.querySelector('#chat').innerText.includes('120场次')", timeout=120000)
    page.screenshot(path=str(ARTIFACTS / "5-answer-from-upload.png"))


def test_document_markup_is_shown_as_text_never_run(page, tmp_path):
    """A document carrying HTML (tags, a javascript: link, an event handler): the chat answer,
    the cited passage and the whole-document view show it as characters; nothing runs."""
    open_tab(page, "文档管理")
    marked = tmp_path / "标记测试.txt"
    marked.write_text(
        "民族工作简报（标记测试）\n"
        "本次会议讨论了<b>民族团结</b>示范点建设，确定示范点12个，<img src=x onerror=\"window.pwned=2\">。\n"
        "会议要求各单位做好衔接，共计&lt;3项&gt;任务，详见<a href=\"javascript:window.pwned=1\">名单</a>。\n",
        encoding="utf-8")
    page.locator("#upload input[type=file]").set_input_files(str(marked))
    page.locator("#add-documents").click()
    page.wait_for_function("document.querySelector('#upload-status textarea').value.includes('标记测试')", timeout=180000)
    open_tab(page, "问答")
    page.locator("#new-conversation").click()
    page.locator("#question textarea").fill("本次会议确定民族团结示范点多少个?")
    page.locator("#ask").click()
    page.wait_for_function("document.querySelector('#chat').innerText.includes('12') && "
                           "!document.querySelector('#chat').innerText.includes('正在检索')", timeout=120000)
    page.wait_for_timeout(500)
    assert "<b>民族团结</b>" in text_of(page, "#chat")  # the tags are visible characters…
    assert page.locator("#chat b, #chat img[src='x']").count() == 0  # …not elements
    page.locator("#citations label").first.click()
    page.wait_for_selector("#citation-panel mark.cite-span", timeout=30000)
    assert "<b>民族团结</b>" in text_of(page, "#citation-panel")
    page.locator("#view-document").click()
    page.wait_for_selector("#document-view mark#cite-target", timeout=30000)
    assert '<img src=x onerror="window.pwned=2">' in text_of(page, "#document-view")
    assert "&lt;3项&gt;" in text_of(page, "#document-view")  # entities are not decoded either
    assert page.locator("#citation-panel b, #citation-panel img, #document-view b, #document-view img").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined"
    page.screenshot(path=str(ARTIFACTS / "5b-markup-shown-as-text.png"))


def test_wording_search(page):
    open_tab(page, "查找原文表述")
    page.locator("#phrase textarea").fill("铸牢中华民族共同体意识")
    page.locator("#find").click()
    page.wait_for_selector("#kwic .kwic-row", timeout=60000)
    assert "鑄牢中華民族共同體意識" in text_of(page, "#kwic")  # the Traditional original, as written
    assert page.locator("#kwic .kwic-row.kind-exact").count() > 0
    page.screenshot(path=str(ARTIFACTS / "6-wording-search.png"))


def choose(page, dropdown: str, text: str) -> None:
    """Pick the option of a gradio dropdown whose label holds `text`."""
    page.locator(f"{dropdown} input").click()
    page.locator(f"{dropdown} input").fill(text)
    page.locator(f"{dropdown} [role=option]", has_text=text).first.click()


def test_compare_marks_both_sides_and_opens_both_originals(page):
    open_tab(page, "对比与趋势")
    choose(page, "#compare-first", "000_7aaaa17f63b85632")
    choose(page, "#compare-second", "004_be29f327fa3c876d")
    page.locator("#compare").click()
    page.wait_for_selector("#comparison .compare-table", timeout=60000)
    assert page.locator("#comparison mark.added").count() > 0 and page.locator("#comparison mark.removed").count() > 0
    page.screenshot(path=str(ARTIFACTS / "9-compare.png"))
    page.locator("#compare-units input").click()
    page.locator("#compare-units [role=option]").first.click()
    page.locator("#compare-open").click()
    page.wait_for_selector("#original-b #cite-target", timeout=60000)
    assert page.locator("#original-a #cite-target").count() == 1
    page.screenshot(path=str(ARTIFACTS / "9b-compare-originals.png"))
    page.locator("#trend-measure textarea, #trend-measure input").first.fill("提案办复率")
    page.locator("#trend").click()
    page.wait_for_selector("#trend-view .trend-points li", timeout=60000)
    assert "99.4%" in text_of(page, "#trend-view")


def test_quiz_and_docx_download(page, tmp_path):
    import docx

    open_tab(page, "出题")
    page.locator("#quiz-topic textarea, #quiz-topic input").first.fill("模范区")
    page.locator("#make-quiz").click()
    page.wait_for_selector("#quiz-files a", timeout=120000)
    preview = text_of(page, "#quiz-preview")
    assert "模范区专题测验" in preview and "答案" in preview
    page.screenshot(path=str(ARTIFACTS / "7-quiz.png"))
    before = page.locator("#quiz-pick label").count()
    page.locator("#quiz-pick label").first.click()
    page.locator("#quiz-drop").click()
    page.wait_for_function(f"document.querySelectorAll('#quiz-pick label').length == {before - 1}", timeout=60000)
    page.screenshot(path=str(ARTIFACTS / "7b-quiz-question-dropped.png"))
    link = page.locator("#quiz-files a[download$='.docx']").first
    with page.expect_download() as download:
        link.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".docx" and docx.Document(str(saved)).paragraphs


def test_local_model_answer_streams_then_is_verified(page):
    from assistant.llm.backends import installed_modes
    from assistant.settings import Settings

    if "local" not in installed_modes(Settings(models_dir=ROOT / "models")):
        pytest.skip("the local model is not installed here")
    open_tab(page, "问答")
    page.locator("#new-conversation").click()
    page.get_by_label("本地大模型").check()
    page.locator("#question textarea").fill("廊坊市民族宗教事务局局长是谁?")
    page.locator("#ask").click()
    page.wait_for_function("document.querySelector('#chat').innerText.includes('杨毅')"
                           " && !document.querySelector('#chat').innerText.includes('生成中')", timeout=300000)
    page.wait_for_selector("#citations label", timeout=30000)
    page.screenshot(path=str(ARTIFACTS / "8-local-model-answer.png"))
