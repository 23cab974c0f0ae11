"""The HTTP API over real HTTP on 127.0.0.1 (`assistant serve` in a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.conftest import DATA, DOCUMENTS, ROOT, read_jsonl
from tests.servers import free_port, running


@pytest.fixture(scope="module")
def server(tmp_path_factory, embedding_cache):
    folder = tmp_path_factory.mktemp("served")
    shutil.copytree(DOCUMENTS, folder / "documents")
    port = free_port()
    env = {**os.environ, "ASSISTANT_DOCUMENTS_DIR": str(folder / "documents"), "ASSISTANT_INDEX_DIR": str(folder / "index"),
           "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache)}
    command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    with running(command, f"http://127.0.0.1:{port}/v1/models", "assistant serve", timeout=240, env=env):
        yield f"http://127.0.0.1:{port}", folder / "documents"


def call(url: str, body: dict | None = None, method: str | None = None, headers: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method or ("POST" if data else "GET"),
                                     headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=300) as response:
        raw = response.read().decode()
        return json.loads(raw) if response.headers.get_content_type() == "application/json" else raw


def test_chat_completion_with_citations(server):
    base, _ = server
    reply = call(f"{base}/v1/chat/completions",
                 {"messages": [{"role": "user", "content": "2022年日喀则市政协提案办复率是多少?"}]})
    message = reply["choices"][0]["message"]
    assert reply["object"] == "chat.completion" and message["role"] == "assistant"
    assert "99.4%" in message["content"] and not message["refused"]
    citation = message["citations"][0]
    assert {"n", "doc_id", "title", "heading", "text", "start", "end", "span_start", "span_end"} <= set(citation)


def test_overlong_and_empty_questions_over_http(server):
    base, _ = server
    long = call(f"{base}/v1/chat/completions",
                {"messages": [{"role": "user", "content": "廊坊市民族宗教事务局局长是谁?" + "啊" * 10000}]})
    message = long["choices"][0]["message"]
    assert "杨毅" in message["content"] and "前500个字" in message["content"] and message["notices"]
    empty = call(f"{base}/v1/chat/completions", {"messages": [{"role": "user", "content": "  "}]})
    assert empty["choices"][0]["message"]["content"] == "请输入问题。"


def test_streaming_chat_completion(server):
    base, _ = server
    raw = call(f"{base}/v1/chat/completions",
               {"stream": True, "messages": [{"role": "user", "content": "廊坊市民族宗教事务局局长是谁?"}]})
    events = [json.loads(line[6:]) for line in raw.splitlines() if line.startswith("data: {")]
    assert raw.rstrip().endswith("data: [DONE]")
    text = "".join(e["choices"][0]["delta"].get("content", "") for e in events)
    assert "杨毅" in text and events[-1]["choices"][0]["finish_reason"] == "stop"
    assert events[-1]["choices"][0]["delta"]["citations"]


def test_follow_up_from_the_message_history(server):
    base, _ = server
    reply = call(f"{base}/v1/chat/completions", {"messages": [
        {"role": "user", "content": "廊坊市民族宗教事务局局长是谁?"},
        {"role": "assistant", "content": "廊坊市民族宗教事务局党组书记、局长 杨毅[1]。"},
        {"role": "user", "content": "那党组书记呢？"},
    ]})
    message = reply["choices"][0]["message"]
    assert message["rewritten_question"] == "廊坊市民族宗教事务局党组书记是谁?" and "杨毅" in message["content"]


def test_find_quiz_and_documents(server):
    base, _ = server
    found = call(f"{base}/api/find?q=%E9%93%B8%E7%89%A2%E4%B8%AD%E5%8D%8E%E6%B0%91%E6%97%8F%E5%85%B1%E5%90%8C%E4%BD%93%E6%84%8F%E8%AF%86")
    assert set(found) == {"query", "hits", "per_doc"} and found["hits"][0]["kind"] == "exact"
    quiz = call(f"{base}/api/quiz", {"n": 4, "types": ["blank", "single"], "seed": 3})
    assert len(quiz["questions"]) == 4 and "citation" in quiz["questions"][0]
    quiz = call(f"{base}/api/quiz", {"per_type": {"judge": 2, "single": 1}, "topic": "健康茶", "seed": 1})
    assert sorted(q["type"] for q in quiz["questions"]) == ["judge", "judge", "single"]
    assert all("健康茶" in q["citation"]["text"] for q in quiz["questions"])
    trend = call(f"{base}/api/trend?q=" + urllib.parse.quote("提案办复率"))
    assert [point["figure"] for point in trend["series"]["日喀则市政协"]] == ["99.4%"]
    compared = call(f"{base}/api/compare", {"first": "000_7aaaa17f63b85632", "second": "004_be29f327fa3c876d"})
    assert compared["doc_b"] == "004_be29f327fa3c876d" and compared["summary"]["line"] and compared["units"]
    documents = call(f"{base}/api/documents")["documents"]
    assert len(documents) == 5 and {"doc_id", "title", "date", "source", "chunks", "indexed_at"} <= set(documents[0])


def test_upload_answer_and_delete(server):
    base, folder = server
    boundary = "----assistant-test"
    parts = []
    for name, content in (("../../evil/新通知.txt", "新通知\n拉萨市民委下半年将开展民族团结宣讲120场次。\n".encode()),
                          ("old.doc", b"\xd0\xcf\x11\xe0")):
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"{base}/api/documents?wait=true", data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        report = json.loads(response.read())
    assert report["state"] == "done" and [f["state"] for f in report["files"]] == ["indexed", "skipped"]
    assert report["saved"] == ["新通知.txt", "old.doc"] and report["added"] == ["新通知"]  # a damaged .doc: saved, not indexed
    assert (folder / "新通知.txt").exists() and not (folder.parent / "evil").exists()
    assert any("old.doc" in message for message in report["skipped"])
    reply = call(f"{base}/v1/chat/completions",
                 {"messages": [{"role": "user", "content": "拉萨市民委下半年将开展民族团结宣讲多少场次?"}]})
    assert "120场次" in reply["choices"][0]["message"]["content"]
    # indexed keyword-first: answerable at once, its vectors added by a background thread
    assert report["dense_pending"] is True
    deadline = time.monotonic() + 120
    while (status := call(f"{base}/api/documents")["semantic_index"])["pending"] or status["running"]:
        assert time.monotonic() < deadline, status
        time.sleep(0.5)
    assert status["vectors"] == status["chunks"] and status["error"] is None
    assert call(f"{base}/api/documents/新通知".replace("新通知", "%E6%96%B0%E9%80%9A%E7%9F%A5"), method="DELETE") == {"deleted": "新通知"}
    assert not (folder / "新通知.txt").exists()
    with pytest.raises(urllib.error.HTTPError) as missing:
        call(f"{base}/api/documents/nope", method="DELETE")
    assert missing.value.code == 404


def multipart(files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "----assistant-test"
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
             f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n" for name, content in files]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_a_scan_upload_is_read_in_the_background_while_the_server_answers(server, tmp_path):
    """202 at once; the job reports the OCR page reached; other calls are answered meanwhile."""
    from tests.ingest import fixtures

    if fixtures.font_file() is None:
        pytest.skip("fonts-wqy-microhei is not installed (scripts/test installs it)")
    base, folder = server
    pages = fixtures.scanned_pdf(tmp_path / "扫描件.pdf", fixtures.seed_display("000"), max_pages=3)
    body, content_type = multipart([("扫描件.pdf", (tmp_path / "扫描件.pdf").read_bytes())])
    request = urllib.request.Request(f"{base}/api/documents", data=body, method="POST",
                                     headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 202
        job = json.loads(response.read())
    assert job["saved"] == ["扫描件.pdf"] and job["state"] in ("waiting", "reading")
    seen, answered_while_reading = set(), False
    deadline = time.monotonic() + 240
    while (job := call(f"{base}/api/documents/uploads/{job['job']}"))["state"] not in ("done", "failed"):
        assert time.monotonic() < deadline, job
        [file] = job["files"]
        if file["state"] == "reading" and file["pages"]:
            seen.add((file["page"], file["pages"]))
            if not answered_while_reading and file["page"] < file["pages"]:
                started = time.monotonic()
                reply = call(f"{base}/v1/chat/completions",
                             {"messages": [{"role": "user", "content": "2022年日喀则市政协提案办复率是多少?"}]})
                assert "99.4%" in reply["choices"][0]["message"]["content"] and time.monotonic() - started < 20
                answered_while_reading = call(f"{base}/api/documents/uploads/{job['job']}")["state"] == "reading"
        time.sleep(0.3)
    assert job["state"] == "done" and job["files"][0]["state"] == "indexed" and job["added"] == ["扫描件"]
    assert seen and all(pages == 3 for _, pages in seen) and answered_while_reading
    assert any(job_["job"] == job["job"] for job_ in call(f"{base}/api/documents")["uploads"])
    hits = call(f"{base}/api/find?q={urllib.parse.quote(pages[2][40:52])}")["hits"]  # seed 000 holds it too
    assert [hit["page"] for hit in hits if hit["doc_id"] == "扫描件" and hit["kind"] == "exact"][:1] == [3]
    with pytest.raises(urllib.error.HTTPError) as missing:
        call(f"{base}/api/documents/uploads/nope")
    assert missing.value.code == 404
    call(f"{base}/api/documents/{urllib.parse.quote('扫描件')}", method="DELETE")


def test_openapi_documents_the_routes(server):
    base, _ = server
    paths = call(f"{base}/openapi.json")["paths"]
    assert {"/v1/chat/completions", "/api/find", "/api/quiz", "/api/documents", "/api/compare", "/api/trend"} <= set(paths)


def test_public_address_without_a_token_is_refused(tmp_path):
    done = subprocess.run([sys.executable, "-m", "assistant.cli", "serve", "--host", "0.0.0.0",
                           "--index-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if k != "ASSISTANT_API_TOKEN"})
    assert done.returncode == 2 and "ASSISTANT_API_TOKEN" in done.stderr and "ASSISTANT_UI_PASSWORD" in done.stderr


def test_token_and_login_when_configured(tmp_path, embedding_cache):
    port = free_port()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(tmp_path / "index"), "ASSISTANT_DOCUMENTS_DIR": str(tmp_path / "docs"),
           "ASSISTANT_API_TOKEN": "s3cret", "ASSISTANT_UI_PASSWORD": "pw", "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache)}
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("测试文件\n正文内容。\n", encoding="utf-8")
    base = f"http://127.0.0.1:{port}"
    with running([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], f"{base}/docs",
                 "assistant serve", timeout=240, env=env):
        with pytest.raises(urllib.error.HTTPError) as denied:
            call(f"{base}/api/documents")
        assert denied.value.code == 401
        assert call(f"{base}/api/documents", headers={"Authorization": "Bearer s3cret"})["documents"]
        page = urllib.request.urlopen(f"{base}/").read().decode()
        assert "auth_required" in page or "login" in page.lower()


def test_fifty_concurrent_questions_all_answered(server):
    """A bounded load test (it stops by itself): 50 simultaneous chat completions, 0 errors."""
    from bench.bench_load import ask_concurrently

    base, _ = server
    questions = [question["question"] for question in read_jsonl(DATA / "seed_qa.jsonl")]
    results = ask_concurrently(base, [questions[i % len(questions)] for i in range(50)], concurrency=50)
    assert [error for ok, _, error in results if not ok] == []
