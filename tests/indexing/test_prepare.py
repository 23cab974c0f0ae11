"""Preparing files: errors travel back as messages; workers are forked only where that is safe."""

from __future__ import annotations

import subprocess
import sys

from assistant.indexing.prepare import prepare
from tests.conftest import ROOT


def test_a_prepared_file_has_passages_and_their_terms(tmp_path):
    (tmp_path / "a.txt").write_text("拉萨市民委工作简报\n上半年共召开理论学习中心组集中学习6次。\n", encoding="utf-8")
    prepared = prepare(tmp_path / "a.txt", tmp_path, (200, 400))
    assert prepared.error is None and prepared.document.doc_id == "a"
    assert len(prepared.passages) == len(prepared.terms) == 1 and "学习" in prepared.terms[0].split()
    assert prepare(tmp_path / "a.txt", tmp_path).passages == []  # the all-at-once writer chunks for itself


def test_an_unreadable_file_comes_back_as_its_message(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    prepared = prepare(tmp_path / "bad.docx", tmp_path, (200, 400))
    assert prepared.document is None and "bad.docx" in prepared.error


POOL_KIND = """
import os, sys, threading
from assistant.indexing.prepare import worker_pool
if sys.argv[1] == "threaded":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
with worker_pool(1) as pool:
    print("forked" if pool.apply(os.getppid) == os.getpid() else "forkserver")
"""


def pool_kind(mode: str) -> str:
    run = subprocess.run([sys.executable, "-c", POOL_KIND, mode], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_a_single_threaded_process_forks_its_workers():
    assert pool_kind("single") == "forked"  # the CLI: workers inherit the loaded dictionary for free


def test_a_process_with_threads_uses_a_forkserver():
    assert pool_kind("threaded") == "forkserver"  # the web server: forking it could hang a worker
