"""One indexed document: its three text layers' products and the metadata it states."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from assistant.ingest.clean import clean_text
from assistant.ingest.loaders import load
from assistant.ingest.normalize import SearchText, build_search_text


@dataclass
class Document:
    doc_id: str  # path relative to the documents folder, without extension
    path: str  # path relative to the documents folder
    content_hash: str  # sha256 of the file's bytes: what the manifest compares
    display: str  # cleaned text in its original script: every offset points here
    title: str
    date: str | None = None
    source: str | None = None
    notes: list[str] = field(default_factory=list)

    @cached_property
    def search(self) -> SearchText:
        return build_search_text(self.display)


def doc_id_for(path: Path, root: Path) -> str:
    try:
        relative = path.resolve().relative_to(root.resolve())
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_document(path: Path, root: Path) -> Document:
    """Load, detect encoding, clean and describe one file (raises LoadError for bad files)."""
    raw = load(path)
    cleaned = clean_text(raw.text, raw.page_title)
    try:
        relative_path = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative_path = path.name
    return Document(
        doc_id=doc_id_for(path, root),
        path=relative_path,
        content_hash=file_hash(path),
        display=cleaned.display,
        title=cleaned.title or path.stem,
        date=cleaned.date,
        source=cleaned.source,
        notes=cleaned.notes,
    )
