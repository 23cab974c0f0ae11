"""One indexed document: its three text layers' products and the metadata it states."""

from __future__ import annotations

import hashlib
import re
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
    def doc_numbers(self) -> list[str]:
        return document_numbers(self.display)

    @cached_property
    def search(self) -> SearchText:
        return build_search_text(self.display)


# 拉委办发〔2022〕31号, 国办发[2021]5号, 藏政函（2020）12号: issuer code, year in brackets, number.
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}[发字函令]\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\d{1,4}\s*号")


LEADING_WORDS = ("根据", "按照", "依据", "参照", "印发", "转发", "下发", "关于", "和", "及", "与", "见", "经", "以", "为", "据", "按", "依")


def document_numbers(display: str) -> list[str]:
    """Document numbers (文号) the text cites, as written, first occurrence order."""
    found = []
    for match in DOCUMENT_NUMBER.finditer(display):
        number = match.group()
        stripped = True
        while stripped:  # `根据国办发[2021]5号` → `国办发[2021]5号`
            stripped = False
            for word in LEADING_WORDS:
                if number.startswith(word) and len(number) - len(word) > 8:
                    number, stripped = number[len(word):], True
                    break
        found.append(number)
    return list(dict.fromkeys(found))


def relative_path(path: Path, root: Path) -> Path:
    """Where the file stands under the documents folder (its name alone when outside it)."""
    try:
        return path.resolve().relative_to(root.resolve())
    except ValueError:
        return Path(path.name)


def doc_id_of(relative: Path) -> str:
    """A document's id: its path under the documents folder, without the extension."""
    return relative.with_suffix("").as_posix()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_document(path: Path, root: Path) -> Document:
    """Load, detect encoding, clean and describe one file (raises LoadError for bad files)."""
    raw = load(path)
    cleaned = clean_text(raw.text, raw.page_title)
    relative = relative_path(path, root)
    return Document(
        doc_id=doc_id_of(relative),
        path=relative.as_posix(),
        content_hash=raw.content_hash,
        display=cleaned.display,
        title=cleaned.title or path.stem,
        date=cleaned.date,
        source=cleaned.source,
        notes=cleaned.notes,
    )
