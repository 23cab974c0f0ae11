"""What a run has to do: which files, which are unchanged, duplicated, too large or gone."""

from __future__ import annotations

from assistant.indexing import plan
from assistant.indexing.report import IndexReport
from assistant.settings import Settings

TEXT = "拉萨市民委工作简报\n上半年共召开理论学习中心组集中学习6次。\n"


def test_discover_reports_what_it_cannot_index(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.md").write_text(TEXT + "另一个版本", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "table.xlsx").write_bytes(b"PK")
    report = IndexReport()
    found = plan.discover([tmp_path, tmp_path / "missing"], tmp_path, report)
    assert list(found) == ["a"]
    assert any("same name" in warning for warning in report.warnings)
    assert any("table.xlsx" in message for message in report.skipped)
    assert any("missing" in message and "no such file" in message for message in report.skipped)


def test_jobs_leave_out_empty_oversized_and_duplicate_files(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "big.txt").write_text(TEXT * 20000, encoding="utf-8")
    report = IndexReport()
    settings = Settings(documents_dir=tmp_path, max_file_mb=1)
    jobs = plan.jobs(plan.discover([tmp_path], tmp_path, report), {}, settings, report)
    assert [job.doc_id for job in jobs] == ["a"]
    assert any("big.txt" in message and "limit" in message for message in report.skipped)
    assert any("same content" in warning for warning in report.warnings)
    assert any("empty.txt" in warning for warning in report.warnings)


def test_gone_documents_are_only_those_within_the_paths(tmp_path):
    from assistant.store.corpus import StoredDocument

    inside, outside = tmp_path / "docs", tmp_path / "other"
    inside.mkdir()
    stored = {doc_id: StoredDocument(doc_id, f"{doc_id}.txt", str(folder / f"{doc_id}.txt"), "h", doc_id, None, None, 0, 1)
              for doc_id, folder in (("x", inside), ("y", outside))}
    assert plan.gone([inside], {}, stored) == ["x"]


def test_a_link_to_a_file_elsewhere_is_reported_not_fatal(tmp_path):
    inside, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    inside.mkdir()
    elsewhere.mkdir()
    (elsewhere / "x.txt").write_text(TEXT, encoding="utf-8")
    (inside / "link.txt").symlink_to(elsewhere / "x.txt")
    (inside / "a.txt").write_text(TEXT + "本地文件", encoding="utf-8")
    report = IndexReport()
    assert list(plan.discover([inside], inside, report)) == ["a"]
    assert any("outside" in message for message in report.skipped)
