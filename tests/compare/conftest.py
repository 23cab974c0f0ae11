"""The real version pairs of corpus-versions (tests/data/corpus-versions, copied from ../shared), read through the project's pipeline
(read_document → display text, what citations point into) and compared once per session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from assistant.compare import Comparison, compare_texts
from assistant.ingest import Document, read_document

VERSIONS = Path(__file__).resolve().parents[1] / "data" / "corpus-versions"  # copied from ../shared


def document(name: str) -> Document:
    """`fangjia_banfa_2013` → that file's Document (the test is skipped when the corpus is absent)."""
    if not (VERSIONS / f"{name}.txt").is_file():
        pytest.skip(f"{VERSIONS / (name + '.txt')} is absent: the compare tests read the real version pairs of corpus-versions")
    return _read(name)


@cache
def _read(name: str) -> Document:
    return read_document(VERSIONS / f"{name}.txt", VERSIONS)


@cache
def _compare(name: str, year_a: int, year_b: int) -> Comparison:
    a, b = _read(f"{name}_{year_a}"), _read(f"{name}_{year_b}")
    return compare_texts(a.display, b.display, a.title, b.title)


def comparison(name: str, year_a: int, year_b: int) -> Comparison:
    document(f"{name}_{year_a}")
    document(f"{name}_{year_b}")
    return _compare(name, year_a, year_b)


def unit(found: Comparison, label_a: str | None = None, label_b: str | None = None, kind: str = "article"):
    """The one unit with these labels (None: any)."""
    matches = [u for u in found.units if u.kind == kind and label_a in (None, u.label_a) and label_b in (None, u.label_b)]
    assert len(matches) == 1, f"{len(matches)} units {label_a}→{label_b}: {[(u.label_a, u.label_b) for u in matches]}"
    return matches[0]


def marked(text: str, marks: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in marks]
