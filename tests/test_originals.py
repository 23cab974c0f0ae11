"""Citations on their original pages: the page a span stands on, and the rendered PDF page with
the span's boxes drawn — only where the span's place on the page is certain."""

from __future__ import annotations

import pytest

from assistant.ingest.normalize import normalize, strip_punctuation
from assistant.originals import span_boxes
from assistant.services import Assistant
from tests.ingest import fixtures


def folded(text: str) -> str:
    return strip_punctuation(normalize(text)).replace(" ", "")


@pytest.fixture(scope="module")
def paged(tmp_path_factory, embedding_cache):
    pytest.importorskip("reportlab", reason="the PDF fixtures need reportlab (the test extra)")
    if fixtures.font_file() is None:
        pytest.skip("fonts-wqy-microhei is not installed (scripts/test installs it)")
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("paged")
    documents = folder / "docs"
    documents.mkdir()
    pages = fixtures.mixed_pdf(documents / "mixed.pdf", fixtures.seed_display("004"))
    assistant = Assistant(Settings(index_dir=folder / "index", documents_dir=documents,
                                   embedding_cache=str(embedding_cache)))
    assistant.index_paths(progress=False, keyword_first=True)
    yield assistant, pages
    assistant.close()


def test_every_hit_knows_its_page(paged):
    assistant, pages = paged
    for number, text in enumerate(pages, 1):  # page 2 is a scan, read by OCR
        phrase = text[40:52]
        hits = [hit for hit in assistant.find(phrase).hits if hit.kind == "exact"]
        assert hits and hits[0].page == number, (number, phrase)


def test_a_cited_span_stands_on_the_page_it_names(paged):
    assistant, pages = paged
    answer = assistant.ask(pages[2][60:90])
    assert answer.citations
    for citation in answer.citations:
        display = assistant.document_text("mixed")
        assert folded(display[citation.span_start:citation.span_end])[:10] in folded(pages[citation.page - 1])
        assert citation.to_dict()["page"] == citation.page


def test_the_original_page_is_rendered_with_the_span_highlighted(paged):
    assistant, pages = paged
    hit = next(hit for hit in assistant.find(pages[2][40:52]).hits if hit.kind == "exact")
    original = assistant.original_page("mixed", hit.start, hit.end)
    assert original.page == 3 and original.highlighted and original.png.startswith(b"\x89PNG")
    width, height = 595.3, 841.9  # A4 in points
    for x0, y0, x1, y1 in original.boxes:
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
    assert assistant.original_page("no-such-document", 0, 5) is None


def test_a_line_cleaning_changed_is_never_highlighted():
    layout = {"page_starts": [0, 100], "lines": [[0, 20, 1, 80, 100, 500, 120, True],
                                                [21, 40, 1, 80, 130, 500, 150, False],
                                                [100, 130, 2, 80, 100, 500, 120, True]]}
    boxes, exact = span_boxes(layout, 5, 15)
    assert exact and boxes == [(80 + 420 * 5 / 20, 100, 80 + 420 * 15 / 20, 120)]
    assert span_boxes(layout, 10, 30) == ([(80 + 420 * 10 / 20, 100, 500, 120)], False)  # touches the changed line
