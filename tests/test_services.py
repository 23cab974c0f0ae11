"""The one entry point the front ends call: index, ask, documents, uploads, deletion, embedding."""

from __future__ import annotations

import io

import pytest

from assistant.services import Assistant, LoadError

NOTICE = "拉萨市民委工作简报\n发布时间：2022-06-30\n上半年共召开理论学习中心组集中学习6次，机关支部集中学习10次。\n"


@pytest.fixture
def assistant(make_settings):
    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    created = Assistant(settings)
    yield created
    created.close()


def test_an_upload_is_searchable_at_once_and_embedded_in_the_background(assistant):
    assert assistant.is_empty()
    saved = assistant.save_upload("简报.txt", io.BytesIO(NOTICE.encode("utf-8")))
    report = assistant.add_uploaded([saved])
    assert report.added == ["简报"] and not assistant.is_empty()
    assert "6次" in assistant.ask("上半年召开理论学习中心组集中学习多少次？").answer
    assistant.wait_for_embedding(120)
    status = assistant.dense_status()
    assert status["pending"] == 0 and status["error"] is None
    assert [document.date for document in assistant.documents()] == ["2022-06-30"]
    assert "机关支部集中学习10次" in assistant.document_text("简报")


def test_a_refused_upload_names_the_file_and_the_remedy(assistant):
    with pytest.raises(LoadError, match=r"photo\.exe"):
        assistant.save_upload("photo.exe", io.BytesIO(b"MZ"))


def test_deleting_a_document_removes_its_file_and_its_passages(assistant):
    (assistant.settings.documents_dir / "a.txt").write_text(NOTICE, encoding="utf-8")
    assistant.index_paths(progress=False)
    assert assistant.delete_document("a") and not (assistant.settings.documents_dir / "a.txt").exists()
    assert assistant.is_empty() and assistant.document_text("a") == "" and not assistant.delete_document("a")


def test_embed_pending_finishes_a_keyword_first_run(assistant):
    (assistant.settings.documents_dir / "a.txt").write_text(NOTICE, encoding="utf-8")
    assert assistant.index_paths(progress=False, keyword_first=True).dense_pending
    assistant.embed_pending(progress=False)
    assert assistant.dense_status()["pending"] == 0


def test_compare_two_files_or_two_indexed_documents(assistant):
    from tests.conftest import VERSIONS

    versions = VERSIONS
    old, new = versions / "fangjia_banfa_2013.txt", versions / "fangjia_banfa_2024.txt"
    from_files = assistant.compare(str(old), str(new))
    assert from_files.summary.figures_changed == 2 and from_files.doc_a == ""
    for path in (old, new):
        (assistant.settings.documents_dir / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assistant.index_paths(progress=False, keyword_first=True)
    indexed = assistant.compare("fangjia_banfa_2013", "fangjia_banfa_2024")
    assert indexed.summary.line == from_files.summary.line and indexed.doc_b == "fangjia_banfa_2024"
    changed = next(unit for unit in indexed.units if unit.figure_changes)
    display = assistant.document_text("fangjia_banfa_2024")
    assert display[changed.span_b[0]:changed.span_b[1]] == changed.text_b  # a click opens the original there
    with pytest.raises(ValueError, match="no_such_doc"):
        assistant.compare("no_such_doc", "fangjia_banfa_2024")


def test_a_scanned_notice_is_listed_with_its_number_and_signer(assistant, tmp_path):
    """The 发文字号 and 签发人 of a scan's masthead, read by OCR, are the document's metadata."""
    import importlib.util

    from tests.ingest import fixtures

    if fixtures.font_file() is None or importlib.util.find_spec("rapidocr_onnxruntime") is None:
        pytest.skip("needs fonts-wqy-microhei and rapidocr-onnxruntime (scripts/test installs them)")
    scan = tmp_path / "scan.pdf"
    fixtures.headed_scan(scan, fixtures.seed_display("000"))
    with scan.open("rb") as stream:
        saved = assistant.save_upload("通知.pdf", stream)
    assert assistant.add_uploaded([saved]).added == ["通知"]
    [record] = assistant.document_records()
    assert (record["doc_number"], record["signers"]) == ("拉委发〔2022〕31号", ["张建华"])
    assert record["title"] == fixtures.seed_display("000").split("\n")[0]


def scan_fixtures():
    import importlib.util

    from tests.ingest import fixtures

    if fixtures.font_file() is None or importlib.util.find_spec("rapidocr_onnxruntime") is None:
        pytest.skip("needs fonts-wqy-microhei and rapidocr-onnxruntime (scripts/test installs them)")
    return fixtures


def test_an_uploaded_scan_is_read_in_the_background_page_by_page(assistant, tmp_path):
    """The job is queued at once; the front ends' calls go on while it OCRs; each page is reported."""
    import time

    fixtures = scan_fixtures()
    assistant.add_uploaded([assistant.save_upload("简报.txt", io.BytesIO(NOTICE.encode("utf-8")))])
    pages = fixtures.scanned_pdf(tmp_path / "scan.pdf", fixtures.seed_display("000"), max_pages=3)
    with (tmp_path / "scan.pdf").open("rb") as stream:
        saved = assistant.save_upload("扫描件.pdf", stream)
    started = time.monotonic()
    job = assistant.queue_upload([saved])
    assert time.monotonic() - started < 1 and job["state"] in ("waiting", "reading")
    seen, answered_meanwhile = [], False
    while (job := assistant.upload_status(job["job"], wait_s=0.2))["state"] not in ("done", "failed"):
        [file] = job["files"]
        if file["pages"] and (file["page"], file["pages"]) not in seen:
            seen.append((file["page"], file["pages"]))
        if file["pages"] and file["page"] < file["pages"] and not answered_meanwhile:
            with assistant.lock:  # as a front end calls it
                assert "6次" in assistant.ask("上半年召开理论学习中心组集中学习多少次？").answer
                assert [d["doc_id"] for d in assistant.document_records()] == ["简报"]
            answered_meanwhile = assistant.upload_status(job["job"])["state"] == "reading"
    assert seen and seen == sorted(seen) and {total for _, total in seen} == {3}, seen  # page by page
    assert answered_meanwhile
    assert job["state"] == "done" and job["added"] == ["扫描件"]
    assert job["files"][0] | {"message": ""} == {"name": "扫描件.pdf", "state": "indexed", "page": 3, "pages": 3,
                                                  "doc_id": "扫描件", "message": ""}
    hits = [hit for hit in assistant.find(pages[2][40:52]).hits if hit.kind == "exact"]
    assert hits and hits[0].doc_id == "扫描件" and hits[0].page == 3
    assert assistant.upload_status()[0]["job"] == job["job"]


def test_a_scan_over_the_ocr_time_limit_is_refused_naming_the_setting(make_settings, tmp_path):
    fixtures = scan_fixtures()
    settings = make_settings(ocr_time_limit_s=0.5)
    settings.documents_dir.mkdir(parents=True)
    fixtures.scanned_pdf(tmp_path / "scan.pdf", fixtures.seed_display("000"), max_pages=2)
    with Assistant(settings) as assistant, (tmp_path / "scan.pdf").open("rb") as stream:
        job = assistant.queue_upload([assistant.save_upload("长扫描件.pdf", stream)])
        job = assistant.upload_status(job["job"], wait_s=None)
        assert job["state"] == "done" and job["added"] == [] and assistant.is_empty()
        [file] = job["files"]
        assert file["state"] == "skipped" and file["page"] == 1 and file["pages"] == 2
        assert "长扫描件.pdf: OCR stopped at page 2 of 2" in file["message"]
        assert "ASSISTANT_OCR_TIME_LIMIT_S" in file["message"] and job["skipped"] == [file["message"]]


def test_unknown_upload_jobs_are_none(assistant):
    assert assistant.upload_status("nope") is None and assistant.upload_status() == []
