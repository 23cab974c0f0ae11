"""What a run has to do: the files under the given paths, the documents that went away, and
the files whose content is new or changed (within the size limit, not a duplicate)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from assistant.indexing.report import IndexReport
from assistant.ingest import is_supported
from assistant.ingest.document import doc_id_of, file_hash
from assistant.ingest.loaders import unsupported_reason
from assistant.settings import Settings
from assistant.store.corpus import StoredDocument


class Job(NamedTuple):
    """One file to (re)index; `previous` is its document as indexed before, if any."""
    doc_id: str
    file: Path
    root: Path
    previous: StoredDocument | None


def discover(paths: list[Path], documents_dir: Path, report: IndexReport) -> dict[str, tuple[Path, Path]]:
    """doc_id → (file, root) for every supported file under the paths; the rest reported."""
    found: dict[str, tuple[Path, Path]] = {}
    for path in paths:
        if not path.exists():
            report.skipped.append(f"{path}: no such file or folder; check the path")
            continue
        root = _root_for(path, documents_dir)
        files = [path.resolve()] if path.is_file() else sorted(p.resolve() for p in path.rglob("*") if p.is_file())
        for file in files:
            if root not in file.parents:
                report.skipped.append(f"{file}: a link to a file outside {root}; copy the file in instead")
                continue
            relative = file.relative_to(root)  # both resolved already
            if any(part.startswith(".") for part in relative.parts):
                continue
            if not is_supported(file):
                report.skipped.append(unsupported_reason(file))
                continue
            doc_id = doc_id_of(relative)
            if doc_id in found and found[doc_id][0] != file:
                report.warnings.append(f"{file}: has the same name as {found[doc_id][0].name} apart from the "
                                       f"extension, so both would be document {doc_id!r}; indexed "
                                       f"{found[doc_id][0].name} only — rename one of them")
                continue
            found[doc_id] = (file, root)
    return found


def _root_for(path: Path, documents_dir: Path) -> Path:
    """What document ids are relative to: the documents folder for anything inside it."""
    documents_dir = documents_dir.resolve()
    resolved = path.resolve()
    if resolved == documents_dir or documents_dir in resolved.parents:
        return documents_dir
    return resolved if resolved.is_dir() else resolved.parent


def gone(paths: list[Path], found: dict, stored: dict[str, StoredDocument]) -> list[str]:
    """Indexed documents within the paths whose files no longer exist."""
    scopes = [path.resolve() for path in paths if path.exists() or not path.suffix]
    removed = []
    for doc_id, document in stored.items():
        source = Path(document.source_path)
        in_scope = any(source == scope or scope in source.parents for scope in scopes)
        if in_scope and doc_id not in found and not source.exists():
            removed.append(doc_id)
    return removed


def jobs(found: dict[str, tuple[Path, Path]], stored: dict[str, StoredDocument], settings: Settings,
         report: IndexReport) -> list[Job]:
    """The files to (re)index: new or changed content, within the size limit, not a duplicate."""
    planned = []
    seen_hashes: dict[str, str] = {doc.content_hash: doc_id for doc_id, doc in stored.items() if doc_id in found}
    for doc_id, (file, root) in found.items():
        if not _size_ok(file, settings, report):
            continue
        try:
            content_hash = file_hash(file)
        except OSError as error:  # unreadable, or gone since it was found
            report.skipped.append(f"{file}: cannot be read ({error.strerror or error}); check its permissions")
            continue
        previous = stored.get(doc_id)
        if previous and previous.content_hash == content_hash:
            report.unchanged += 1
            continue
        twin = seen_hashes.get(content_hash)
        if twin and twin != doc_id:
            report.warnings.append(f"{file}: same content as {twin}; indexed once, as {twin}")
            continue
        if previous and seen_hashes.get(previous.content_hash) == doc_id:
            del seen_hashes[previous.content_hash]  # its old content is no longer here
        seen_hashes[content_hash] = doc_id
        planned.append(Job(doc_id, file, root, previous))
    return planned


def _size_ok(file: Path, settings: Settings, report: IndexReport) -> bool:
    size = file.stat().st_size
    if size > settings.max_file_mb * 1048576:
        report.skipped.append(f"{file}: {size / 1048576:.1f} MB is over the {settings.max_file_mb:g} MB limit "
                              "(ASSISTANT_MAX_FILE_MB); split the file or raise the limit")
        return False
    if size == 0:
        report.warnings.append(f"{file}: empty file, skipped")
        return False
    return True
