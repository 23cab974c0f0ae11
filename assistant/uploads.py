"""Uploaded files: a safe name, a size limit, and a place only under the documents folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from assistant.ingest.loaders import SUPPORTED_SUFFIXES, LoadError, unsupported_reason

COPY_CHUNK = 1 << 20


def safe_name(filename: str) -> str:
    """`../../etc/passwd` → `passwd`; control characters and path separators removed."""
    name = filename.replace("\\", "/").split("/")[-1]  # Windows paths too
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    name = re.sub(r'[<>:"|?*]', "_", name).strip(" .")
    return name or "upload"


def save_upload(folder: Path, filename: str, stream, max_bytes: int) -> Path:
    name = safe_name(filename)
    path = Path(name)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise LoadError(unsupported_reason(path))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    counter = 1
    while target.exists():
        target = folder / f"{path.stem}-{counter}{path.suffix}"
        counter += 1
    partial = target.with_name(f".{target.name}.uploading")  # hidden: never indexed half-written
    written = 0
    try:
        with partial.open("wb") as out:
            while block := stream.read(COPY_CHUNK):
                written += len(block)
                if written > max_bytes:
                    raise LoadError(f"{name}: larger than the {max_bytes / 1048576:g} MB limit (ASSISTANT_MAX_FILE_MB)")
                out.write(block)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
