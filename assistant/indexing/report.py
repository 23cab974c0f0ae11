"""What an indexing run did, for the CLI, the UI and the API."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # messages naming the file and the remedy
    warnings: list[str] = field(default_factory=list)
    chunks_embedded: int = 0
    sentences_embedded: int = 0  # for answering to weigh meaning; most of the time of a first index
    dense_pending: bool = False  # keyword-first: some chunks still wait for their vectors
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "added": self.added, "changed": self.changed, "removed": self.removed, "unchanged": self.unchanged,
            "skipped": self.skipped, "warnings": self.warnings, "chunks_embedded": self.chunks_embedded,
            "sentences_embedded": self.sentences_embedded,
            "dense_pending": self.dense_pending, "seconds": round(self.seconds, 2),
        }

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged, {len(self.skipped)} skipped; {self.chunks_embedded} passages "
            f"and {self.sentences_embedded} sentences embedded in {self.seconds:.1f} s"
        )
        return text + ("; keyword search ready, passages still to embed" if self.dense_pending else "")


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def set_postfix(self, **values) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, label: str, unit: str, enabled: bool):
    """A tqdm bar on stderr, or one that shows nothing."""
    if not enabled or total == 0:
        return _NoBar()
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: keeps the process single-threaded for forked workers
    return tqdm(total=total, desc=label, unit=unit, file=sys.stderr)
