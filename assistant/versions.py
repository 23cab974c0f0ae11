"""Which documents are in force: a document is superseded when another one repeals it by title
(`原《…》同时废止`), or when it is an older version of the same normative document — the same
title ending in 法/条例/办法/规定/细则/规则…, the newer one by its 题注's latest date (else its
date). Periodic reports and 总结 under one title (`政府工作报告` every year) are a series: each
year's stands, none supersedes another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.normalize import normalize
from assistant.store.corpus import StoredDocument

NORMATIVE = re.compile(r"(法|条例|办法|规定|细则|规则|规程|章程|准则|决定|标准)$")
VERSION_MARK = re.compile(r"[(（][^)）]*(?:修订|修正|试行|\d{4})[^)）]*[)）]|[\s《》“”]")


@dataclass(frozen=True)
class Superseded:
    by: str  # the doc_id in force
    by_title: str
    reason: str  # 废止 | 新版本
    by_version: str | None = None  # the newer one's version date (its 题注's latest), when known


def family(title: str) -> str:
    """A normative document's title without version marks (`（2024年修订）`), folded."""
    return normalize(VERSION_MARK.sub("", title))


def _version_key(document: StoredDocument) -> tuple[str, str]:
    return (document.versions.get("version_date") or document.date or "", document.doc_id)


def superseded(documents: dict[str, StoredDocument]) -> dict[str, Superseded]:
    """doc_id → what supersedes it, for every superseded document."""
    found: dict[str, Superseded] = {}
    families: dict[str, list[StoredDocument]] = {}
    for document in documents.values():
        if NORMATIVE.search(family(document.title)):
            families.setdefault(family(document.title), []).append(document)
    for versions in families.values():
        newest = max(versions, key=_version_key)
        for older in versions:
            if older is not newest and _version_key(older)[0] < _version_key(newest)[0]:
                found[older.doc_id] = Superseded(newest.doc_id, newest.title, "新版本", _version_key(newest)[0] or None)
    by_title: dict[str, list[StoredDocument]] = {}
    for document in documents.values():
        by_title.setdefault(family(document.title), []).append(document)
    for document in documents.values():
        for title in document.versions.get("repeals", []):
            if family(title) == family(document.title):
                continue  # `原《本条例》同时废止` in a new version: the versions rule decides
            for repealed in by_title.get(family(title), []):
                if repealed.doc_id not in found and _version_key(repealed)[0] <= _version_key(document)[0]:
                    found[repealed.doc_id] = Superseded(document.doc_id, document.title, "废止")
    return found


def notice(document_title: str, superseded_by: Superseded) -> str:
    """The line an answer citing a superseded document carries."""
    if superseded_by.reason == "废止":
        return f"注：《{document_title}》已被《{superseded_by.by_title}》废止，以上引用的是已废止的文件。"
    version = f"（{superseded_by.by_version}版）" if superseded_by.by_version else ""
    return f"注：以上引用的《{document_title}》已被新版本《{superseded_by.by_title}》{version}替代。"
