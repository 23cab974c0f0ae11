"""Who may write the index now: one indexing run at a time, one embedder at a time.

Both are `flock`s on files in the index folder, so they hold across processes and vanish
with a crashed holder. A background embedder that was launched but has not yet taken its lock
(importing the model takes seconds) is known from its launch record: its pid, alive, and
launched within the last `STARTUP_GRACE_S`.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

WRITING = ".index.lock"
EMBEDDING = ".embed.lock"
LAUNCH_RECORD = ".embed.launch"
STARTUP_GRACE_S = 120  # a launched embedder takes its lock within seconds; after this only the lock counts


def is_locked(lock_file: Path) -> bool:
    """Whether some process (this one included) holds this lock file now."""
    if not lock_file.exists():
        return False
    with open(lock_file) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


class IndexLocks:
    def __init__(self, index_dir: Path):
        self.index_dir = index_dir

    def writing(self):
        """Held while the stores are written; a second run waits (and says so)."""
        return self._held(WRITING, "another indexing run is writing")

    def embedding(self):
        """Held by the one process embedding pending passages."""
        return self._held(EMBEDDING, "passages are being embedded (assistant index --status) in")

    @contextmanager
    def _held(self, name: str, waiting: str):
        self.index_dir.mkdir(parents=True, exist_ok=True)
        with open(self.index_dir / name, "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"{waiting} {self.index_dir}; waiting for it to finish…", file=sys.stderr)
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def record_launch(self, pid: int) -> None:
        """Written by whoever starts a background embedder, so status counts it while it starts."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        (self.index_dir / LAUNCH_RECORD).write_text(json.dumps({"pid": pid, "launched": time.time()}))

    def embedder_running(self) -> bool:
        """An embedder holds its lock, or one was just launched and is still starting up."""
        return is_locked(self.index_dir / EMBEDDING) or self._starting_up()

    def _starting_up(self) -> bool:
        try:
            record = json.loads((self.index_dir / LAUNCH_RECORD).read_text())
            if time.time() - record["launched"] > STARTUP_GRACE_S:
                return False
            os.kill(record["pid"], 0)  # raises when no such process
        except (OSError, ValueError, KeyError, TypeError):
            return False
        return True
