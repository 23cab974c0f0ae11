"""The command line as a user runs it (subprocesses, real index in a temporary folder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import DOCUMENTS, ROOT, VERSIONS

ASSISTANT = [sys.executable, "-m", "assistant.cli"]


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory, embedding_cache):
    index_dir = tmp_path_factory.mktemp("cli-index")
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache), "ASSISTANT_INDEX_DIR": str(index_dir)}
    done = subprocess.run([*ASSISTANT, "index", str(DOCUMENTS), "--quiet"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "5 added" in done.stdout
    return env


def run(env, *args, stdin=None):
    return subprocess.run([*ASSISTANT, *args], env=env, cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=300)


def test_ask_json_shape(cli_index):
    done = run(cli_index, "ask", "2022年日喀则市政协提案办复率是多少?", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert set(answer) >= {"question", "answer", "refused", "mode", "citations", "passages"}
    assert answer["mode"] == "extractive" and not answer["refused"] and "99.4%" in answer["answer"]
    citation = answer["citations"][0]
    assert set(citation) >= {"n", "doc_id", "title", "heading", "date", "source", "text", "start", "end", "score",
                             "span_start", "span_end"}
    assert citation["start"] <= citation["span_start"] < citation["span_end"] <= citation["end"]
    assert set(answer["passages"][0]) == {"doc_id", "title", "heading", "date", "source", "text", "start", "end", "score"}


def test_ask_with_filters_and_human_output(cli_index):
    done = run(cli_index, "ask", "局长是谁？", "--doc", "004_be29f327fa3c876d", "--since", "2022-01-01")
    assert done.returncode == 0 and "杨毅" in done.stdout and "引用" in done.stdout


def test_questions_file(cli_index, tmp_path: Path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "廊坊市民族宗教事务局局长是谁?"}\n{"question": "2023年西藏自治区地区生产总值是多少?"}\n',
                         encoding="utf-8")
    done = run(cli_index, "ask", "--questions-file", str(questions))
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["refused"] for line in lines] == [False, True]


def test_bad_questions_file_names_the_line(cli_index, tmp_path: Path):
    questions = tmp_path / "bad.jsonl"
    questions.write_text('{"question": "ok"}\n{"q": 1}\n', encoding="utf-8")
    done = run(cli_index, "ask", "--questions-file", str(questions))
    assert done.returncode == 2 and "bad.jsonl:2" in done.stderr


def test_eval_prints_the_metrics(cli_index):
    done = run(cli_index, "eval", str(ROOT / "tests" / "data" / "seed_qa.jsonl"), "--json")
    summary = json.loads(done.stdout)["summary"]
    assert summary["answer_recall@5"] == 1.0 and summary["refusal_accuracy"] == 1.0


def test_chat_loop(cli_index):
    done = run(cli_index, "chat", stdin="日喀则市政协年内召开主席会议几次?\nexit\n")
    assert done.returncode == 0 and "8次" in done.stdout


def test_ask_on_an_empty_index_says_what_to_do(tmp_path: Path):
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(tmp_path / "empty")}
    done = run(env, "ask", "问题")
    assert done.returncode == 1 and "assistant index" in done.stderr


def test_start_indexes_the_documents_folder_then_serves(tmp_path: Path, embedding_cache):
    from tests.servers import free_port, running

    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "note.txt").write_text("廊坊市民宗局动态\n局长杨毅主持召开会议，部署民族团结进步创建工作。\n", encoding="utf-8")
    port = free_port()
    env = {**os.environ, "ASSISTANT_DOCUMENTS_DIR": str(documents), "ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
           "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache), "ASSISTANT_PORT": str(port)}
    with running([*ASSISTANT, "start"], f"http://127.0.0.1:{port}/", "assistant start", timeout=240, env=env):
        documents_json = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents").read())
        assert [d["doc_id"] for d in documents_json["documents"]] == ["note"]
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/").read().decode()
        assert "gradio" in page.lower()


def test_chat_understands_follow_ups(cli_index):
    done = run(cli_index, "chat", stdin="廊坊市民族宗教事务局局长是谁?\n那党组书记呢？\nexit\n")
    assert done.returncode == 0 and "理解为：廊坊市民族宗教事务局党组书记是谁?" in done.stdout


def test_find_json(cli_index):
    done = run(cli_index, "find", "铸牢中华民族共同体意识", "--json", "--doc", "001_73e5e971b316b4f2")
    result = json.loads(done.stdout)
    assert result["query"] == "铸牢中华民族共同体意识"
    assert result["hits"][0]["match"] == "鑄牢中華民族共同體意識" and result["hits"][0]["kind"] == "exact"
    assert list(result["per_doc"]) == ["001_73e5e971b316b4f2"]


def test_quiz_writes_docx_and_key(cli_index, tmp_path: Path):
    done = run(cli_index, "quiz", "--n", "6", "--types", "single,blank", "--seed", "4", "--out", str(tmp_path / "q.docx"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "q.docx").exists() and (tmp_path / "q.key.docx").exists()
    bad = run(cli_index, "quiz", "--types", "essay")
    assert bad.returncode == 2 and "essay" in bad.stderr


def test_compare_prints_the_changes_and_writes_the_table(cli_index, tmp_path: Path):
    versions = VERSIONS
    old, new = str(versions / "jingyingzhe_jizhong_biaozhun_2018.txt"), str(versions / "jingyingzhe_jizhong_biaozhun_2024.txt")
    done = run(cli_index, "compare", old, new, "--out", str(tmp_path / "table.docx"))
    assert done.returncode == 0, done.stderr
    assert "数字变化4处" in done.stdout.splitlines()[0] and "100亿元→120亿元" in done.stdout.replace("【", "").replace("】", "")
    import docx

    table = docx.Document(str(tmp_path / "table.docx")).tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["原文", "修改后", "说明"]
    as_json = json.loads(run(cli_index, "compare", old, new, "--json").stdout)
    assert as_json["summary"]["figures_changed"] == 4
    missing = run(cli_index, "compare", "nope", new)
    assert missing.returncode == 2 and "nope" in missing.stderr


def test_trend_lists_each_value_with_its_source(cli_index):
    done = run(cli_index, "trend", "提案办复率", "--json")
    assert done.returncode == 0, done.stderr
    series = json.loads(done.stdout)["series"]
    assert [point["figure"] for point in series["日喀则市政协"]] == ["99.4%"]
    assert "99.4%" in run(cli_index, "trend", "提案办复率").stdout


def test_documents_listing(cli_index):
    done = run(cli_index, "documents", "--json")
    documents = {d["doc_id"]: d for d in json.loads(done.stdout)["documents"]}
    assert "拉创办发〔2022〕3号" in documents["000_7aaaa17f63b85632"]["doc_numbers"]


@pytest.mark.parametrize("command", [["find", "民族团结"], ["ask", "局长是谁？"]])  # long output, short output
def test_output_cut_short_by_a_pager_is_not_an_error(cli_index, command):
    # `assistant find … | head -3`: the reader has gone before the answer is written
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([*ASSISTANT, *command], env=cli_index, cwd=ROOT, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write_end)
    assert "BrokenPipeError" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 141


def test_documents_listing_names_a_masthead_number_and_signer(make_settings, capsys):
    import argparse

    from assistant.cli_commands import run_documents
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
        assert run_documents(assistant, argparse.Namespace(json=False)) == 0
        assert "发文字号：拉委发〔2022〕31号  签发人：张建华" in capsys.readouterr().out
        assert run_documents(assistant, argparse.Namespace(json=True)) == 0
        [record] = json.loads(capsys.readouterr().out)["documents"]
    assert (record["doc_number"], record["signers"]) == ("拉委发〔2022〕31号", ["张建华"])
