"""The indexing and embedding locks, and how a just-launched embedder counts as running."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from assistant.indexing.lock import LAUNCH_RECORD, STARTUP_GRACE_S, IndexLocks, is_locked


def test_a_held_lock_is_seen_as_held(tmp_path):
    locks = IndexLocks(tmp_path)
    assert not is_locked(tmp_path / ".index.lock")
    with locks.writing():
        assert is_locked(tmp_path / ".index.lock")
    assert not is_locked(tmp_path / ".index.lock")
    with locks.embedding():
        assert locks.embedder_running()
    assert not locks.embedder_running()


def test_a_launched_embedder_counts_while_it_starts_and_not_after_it_died(tmp_path):
    locks = IndexLocks(tmp_path)
    starting = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        locks.record_launch(starting.pid)
        assert locks.embedder_running()
    finally:
        starting.kill()
        starting.wait()
    assert not locks.embedder_running()  # its pid is gone


def test_an_old_launch_record_is_not_trusted(tmp_path):
    import os

    (tmp_path / LAUNCH_RECORD).write_text(json.dumps({"pid": os.getpid(), "launched": time.time() - STARTUP_GRACE_S - 1}))
    assert not IndexLocks(tmp_path).embedder_running()  # a live pid, but long past start-up: only the lock counts
