"""In a browser: an answer from a PDF (or an OFD) names its page, and 查看原文 shows that page
rendered (an OFD's drawn from its text) with the cited span highlighted (screenshots in
test-artifacts/)."""

from __future__ import annotations

import os
import sys

import pytest

from tests.ingest import fixtures
from tests.servers import free_port, running
from tests.ui.test_browser import ARGS, ARTIFACTS, CHROMIUM, open_tab, text_of

playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def served_pdf(tmp_path_factory, embedding_cache):
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (scripts/test installs it)")
    pytest.importorskip("reportlab", reason="the PDF fixture needs reportlab (the test extra)")
    if fixtures.font_file() is None:
        pytest.skip("fonts-wqy-microhei is not installed (scripts/test installs it)")
    folder = tmp_path_factory.mktemp("pdf-ui")
    (folder / "documents").mkdir()
    pages = fixtures.mixed_pdf(folder / "documents" / "mixed.pdf", fixtures.seed_display("004"))
    ofd_pages = fixtures.ofd_file(folder / "documents" / "通知.ofd", fixtures.seed_display("000"), max_pages=2)
    port = free_port()
    env = {**os.environ, "ASSISTANT_DOCUMENTS_DIR": str(folder / "documents"), "ASSISTANT_INDEX_DIR": str(folder / "index"),
           "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache), "ASSISTANT_LLM_MODE": "extractive",
           "ASSISTANT_PORT": str(port)}
    with running([sys.executable, "-m", "assistant.cli", "start"],
                 f"http://127.0.0.1:{port}/v1/models", "assistant start", timeout=300, env=env):
        yield f"http://127.0.0.1:{port}/", pages, ofd_pages


def test_a_pdf_citation_opens_its_page_highlighted(served_pdf):
    url, pages, _ = served_pdf
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        page.goto(url, wait_until="load")
        page.wait_for_selector("#question textarea", timeout=60000)
        open_tab(page, "问答")
        page.locator("#question textarea").fill(pages[2][60:90])  # a passage of page 3
        page.locator("#ask").click()
        page.wait_for_selector("#citations label", timeout=120000)
        page.locator("#citations label").first.click()
        page.wait_for_function("document.querySelector('#citation-panel').innerText.includes('第3页')", timeout=60000)
        page.locator("#view-document").click()
        page.wait_for_selector("#document-view .original-page img", timeout=60000)
        assert "原件第3页" in text_of(page, "#document-view")
        assert "无法精确定位" not in text_of(page, "#document-view")  # highlighted, not merely shown
        page.locator("#document-view .original-page").screenshot(path=str(ARTIFACTS / "10-pdf-page-highlighted.png"))
        browser.close()


def test_an_ofd_citation_opens_its_page_drawn_and_highlighted(served_pdf):
    url, _, ofd_pages = served_pdf
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        page.goto(url, wait_until="load")
        page.wait_for_selector("#question textarea", timeout=60000)
        open_tab(page, "问答")
        page.locator("#question textarea").fill(ofd_pages[1][60:90])  # a passage of the OFD's page 2
        page.locator("#ask").click()
        page.wait_for_selector("#citations label", timeout=120000)
        page.locator("#citations label").first.click()
        page.wait_for_function("document.querySelector('#citation-panel').innerText.includes('第2页')", timeout=60000)
        page.locator("#view-document").click()
        page.wait_for_selector("#document-view .original-page img", timeout=60000)
        assert "原件第2页" in text_of(page, "#document-view")
        assert "无法精确定位" not in text_of(page, "#document-view")
        page.locator("#document-view .original-page").screenshot(path=str(ARTIFACTS / "11-ofd-page-highlighted.png"))
        browser.close()
