"""Citations on their original pages: the page a span stands on, and the rendered PDF page with
the span's boxes drawn — only where the span's place on the page is certain."""

from __future__ import annotations

import pytest

from assistant.cli_commands import format_answer
from assistant.ingest.normalize import normalize, strip_punctuation
from assistant.originals import location_label, paragraphs_of, span_boxes
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


# ---------------------------------------------------------------- office documents: paragraphs


@pytest.fixture(scope="module")
def office(tmp_path_factory, embedding_cache):
    """Seed 004 as a .docx with an empty paragraph after each: line N is the file's paragraph N."""
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("office")
    documents = folder / "docs"
    documents.mkdir()
    fixtures.docx_file(documents / "notice.docx", fixtures.seed_display("004"))
    assistant = Assistant(Settings(index_dir=folder / "index", documents_dir=documents,
                                   embedding_cache=str(embedding_cache)))
    assistant.index_paths(progress=False, keyword_first=True)
    yield assistant
    assistant.close()


def paragraph_at(display: str, offset: int) -> int:
    return display.count("\n", 0, offset) + 1


def test_wording_hits_in_a_docx_carry_their_paragraph(office):
    display = office.document_text("notice")
    lines = display.split("\n")
    for number in (1, 5, len(lines)):
        phrase = lines[number - 1][:12]
        hit = next(hit for hit in office.find(phrase).hits if hit.kind == "exact")
        assert hit.page is None and hit.paragraphs == [number, number], (number, phrase)
        assert hit.to_dict()["paragraphs"] == [number, number]


def test_a_docx_citation_carries_the_paragraphs_of_its_span(office):
    display = office.document_text("notice")
    answer = office.ask("局长是谁？")
    assert answer.citations
    for citation in answer.citations:
        first, last = paragraph_at(display, citation.span_start), paragraph_at(display, citation.span_end - 1)
        assert citation.paragraphs == [first, last] and citation.page is None
        assert citation.to_dict()["paragraphs"] == [first, last]
    assert location_label(None, answer.citations[0].paragraphs) in format_answer(answer)  # the CLI's lines
    assert office.original_page("notice", answer.citations[0].span_start, answer.citations[0].span_end) is None


def test_quiz_sources_and_reopened_conversations_keep_the_paragraphs(office, tmp_path):
    from assistant.chat import Conversation, ConversationStore
    from assistant.quiz import QuizRequest

    display = office.document_text("notice")
    quiz = office.quiz(QuizRequest(n=4, seed=3))
    assert quiz.questions
    for question in quiz.questions:
        assert question.citation.paragraphs[0] == paragraph_at(display, question.citation.span_start)
    store = ConversationStore(tmp_path / "conversations")
    conversation = Conversation()
    office.chat(conversation, "局长是谁？")
    store.save(conversation)
    reopened = store.load(conversation.id).turns[0].answer.citations[0]
    assert reopened.paragraphs == conversation.turns[0].answer.citations[0].paragraphs is not None


def test_a_span_over_several_paragraphs_names_the_range():
    layout = {"paragraphs": [[0, 1], [30, 2], [31, 2], [60, 4]]}  # 30 and 31: one paragraph's two lines
    assert paragraphs_of(layout, 5, 10) == [1, 1]
    assert paragraphs_of(layout, 25, 65) == [1, 4]
    assert paragraphs_of(layout, 30, 60) == [2, 2]  # ends where paragraph 4 starts: not in it
    assert paragraphs_of(None, 0, 5) is None and paragraphs_of({"page_starts": [0]}, 0, 5) is None
    assert [location_label(3, None), location_label(None, [12, 12]), location_label(None, [12, 14]),
            location_label(None, None)] == ["第3页", "第12段", "第12–14段", ""]


# ---------------------------------------------------------------- OFD: the page drawn from its text


@pytest.fixture(scope="module")
def ofd(tmp_path_factory, embedding_cache):
    if fixtures.font_file() is None:
        pytest.skip("fonts-wqy-microhei is not installed (scripts/test installs it)")
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("ofd")
    documents = folder / "docs"
    documents.mkdir()
    pages = fixtures.ofd_file(documents / "通知.ofd", fixtures.seed_display("000"), max_pages=2)
    assistant = Assistant(Settings(index_dir=folder / "index", documents_dir=documents,
                                   embedding_cache=str(embedding_cache)))
    assistant.index_paths(progress=False, keyword_first=True)
    yield assistant, pages
    assistant.close()


def image_of(png: bytes):
    import io

    from PIL import Image

    return Image.open(io.BytesIO(png)).convert("RGB")


def test_an_ofd_citation_shows_its_page_drawn_with_the_span_highlighted(ofd):
    assistant, pages = ofd
    hit = next(hit for hit in assistant.find(pages[1][40:52]).hits if hit.kind == "exact")
    original = assistant.original_page("通知", hit.start, hit.end)
    assert original.page == 2 and original.highlighted and original.note is None
    image = image_of(original.png)
    assert image.size == (round(210 / 25.4 * 110), round(297 / 25.4 * 110))  # A4 at the PDF pages' 110 dpi
    scale = 110 / 72
    [(x0, y0, x1, y1)] = original.boxes  # a phrase within one printed line
    marked = image.crop((round(x0 * scale), round(y0 * scale), round(x1 * scale), round(y1 * scale)))
    colours = marked.getcolors(1 << 16)
    assert any(r > 240 and 200 < g < 235 and b < 170 for _, (r, g, b) in colours)  # the highlight
    assert any(r < 140 for _, (r, g, b) in colours)  # the characters under it, drawn where the layout says
    outside = image.crop((0, 0, image.size[0], round(30 * 110 / 25.4)))  # the top margin: nothing printed
    assert outside.getcolors(1 << 16) == [(outside.size[0] * outside.size[1], (255, 255, 255))]


def test_without_a_chinese_font_the_ofd_page_shows_where_the_text_stands(ofd, monkeypatch, tmp_path):
    assistant, pages = ofd
    hit = next(hit for hit in assistant.find(pages[0][40:52]).hits if hit.kind == "exact")
    monkeypatch.setenv("PATH", str(tmp_path))  # no fontconfig on the PATH: the situation, not a stand-in
    original = assistant.original_page("通知", hit.start, hit.end)
    assert original.page == 1 and original.highlighted and "fonts-wqy-microhei" in original.note
    assert (200, 200, 200) in {pixel for _, pixel in image_of(original.png).getcolors(1 << 16)}  # the boxes
    from assistant.ui.render import original_page

    assert "fonts-wqy-microhei" in original_page(original)
