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
from assistant.ingest.versions import years_known
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
    for versions in _normative_families(documents).values():
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


# A version named in a question: by its year right before the document's name (`2017年修正的行政
# 复议法`, `2006年版监督法`, `按2017年行政复议法`; not `2015年以来立法法…`) or right after it, or by
# its place in the line (`老版`, `新版`, `修订前`, `现行`).
YEAR_VERSION = re.compile(r"[（(]?((?:19|20)\d{2})年?新?(?:修正|修订|修改|颁布|公布|改过)?的?(?:新版本?|版本?|本)?[）)]?")
# or right after it (`代表法2025：`, `放假办法2013年版`, `行政复议法（2023年修订）`, `放假办法2024 国庆节`)
YEAR_AFTER_NAME = re.compile(r"[（(：:\s]?((?:19|20)\d{2})(?:年?版本?|年修[订正改]的?|(?![\d年万亿元%]))[）)]?")
# `立法法2015年版和2023年版`, `2015年版和2023年版立法法`: two versions named, what changed between them
ANOTHER_YEAR = re.compile(r"(?:和|与|跟|及|、|还是)[（(]?(?:19|20)\d{2}")
YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}[^，,。？?\s]{0,4}?(?:和|与|跟|及|、|还是)$")
OLDER_WORDS = re.compile(r"老版本?|旧版本?|原版|修订前的?|修正前的?|修改前的?")
NEWER_WORDS = re.compile(r"新版本?|最新版本?|现行的?|修订后的?|修正后的?|修改后的?|新修订的?")
NAME_CHARS = 20  # how far after the version words the document's name may end


@dataclass(frozen=True)
class VersionAsked:
    question: str  # the question without 老版/新版…; a year naming the version stays (answering reads it)
    exclude: tuple[str, ...]  # the other versions of the named document, left out


def version_asked(question: str, documents: dict[str, StoredDocument]) -> VersionAsked | None:
    """The version a question names of a normative document, as the other indexed versions to
    leave out (none when only that one is indexed); None when it names none, names two (what
    changed between them: answering/changes.py), or names a year no indexed version has — the
    year, read by answering as the document's (document_year.of_year), then holds for none: a refusal."""
    text = normalize(question)
    families = _normative_families(documents)
    named = [(match, pick, family_name) for pattern, pick in PICKS for match in pattern.finditer(text)
             if (family_name := _family_named(text[match.end():match.end() + NAME_CHARS], families))]
    named += [(match, "year", titles[0]) for rule in NAMED_RULE.finditer(text)
              if (match := YEAR_AFTER_NAME.match(text, rule.end())) and len(titles := _titles_named(text, rule, families)) == 1]
    if any(pick == "year" and (ANOTHER_YEAR.match(text, match.end()) or YEAR_BEFORE.search(text[:match.start()]))
           for match, pick, _ in named):
        return None  # two versions named: what changed between them
    # `老版（2017年修正的）`: a year right after 老版/新版 is part of the words naming one version
    named = [(match, pick, name) for match, pick, name in named
             if not (pick == "year" and any(other.end() == match.start() for other, kind, _ in named if kind != "year"))]
    if len(named) != 1:
        return None
    match, pick, family_name = named[0]
    versions = families[family_name]
    keep = _picked(versions, pick, match.group(1) if pick == "year" else None)
    if not keep:
        return None
    others = tuple(d.doc_id for d in versions if d not in keep)
    if pick == "year":  # the year stays: answering reads it as the document's (answering/scope.py)
        return VersionAsked(question, others)
    end = match.end()
    if year := YEAR_VERSION.match(text, end):
        end = year.end()  # `老版（2017年修正的）`
    return VersionAsked(text[:match.start()] + text[end:], others)


# A document named in a question by its title or short name (`国务院组织法`, `会计法里…`,
# `经营者集中申报标准的规定`): at least two characters before what a rule calls itself, not
# starting with a word that only joins (`…的规定`, `和条例`).
NAMED_CHARS = 20  # how long a rule's name in a question may be
RULE_WORDS = "法|条例|办法|规定|细则|规则|规程|章程|准则|标准"  # what a rule calls itself at its title's end
NAMED_RULE = re.compile(RULE_WORDS)
NAME_JOINERS = "的之和与及或按依据照"
# What many rules are called (`实施办法`, `管理办法`, `有关规定`): no name of one
GENERIC_NAME = re.compile(rf"^(?:实施|管理|有关|相关|暂行|具体|试行|本|该|上述|前款|其他)+(?:{RULE_WORDS})$")


def documents_named(question: str, documents: dict[str, StoredDocument]) -> list[str]:
    """Every version of each normative document the question names (its longest name ending at
    a rule word that some title ends with); none when it names none. policy_blind10's
    `國務院組織法2024年那次修訂是哪天通過的` was answered from another rule's 修订 note."""
    text = normalize(question)
    families = _normative_families(documents)
    named = {title for rule in NAMED_RULE.finditer(text) for title in _titles_named(text, rule, families)}
    return sorted(d.doc_id for title in named for d in families[title])


def _titles_named(text: str, rule: re.Match, families: dict[str, list[StoredDocument]]) -> list[str]:
    """The titles ending with the longest name the question gives before this rule word; none
    when that name is what many rules are called (`实施办法`: not `施办法` either)."""
    for start in range(max(0, rule.start() - NAMED_CHARS), rule.start() - 1):
        name = text[start:rule.end()]
        if name[0] in NAME_JOINERS or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        if GENERIC_NAME.match(name):
            return []
        if titles := [title for title in families if title.endswith(name)]:
            return titles
    return []


PICKS = ((OLDER_WORDS, "oldest"), (NEWER_WORDS, "newest"), (YEAR_VERSION, "year"))


def _normative_families(documents: dict[str, StoredDocument]) -> dict[str, list[StoredDocument]]:
    families: dict[str, list[StoredDocument]] = {}
    for document in documents.values():
        if NORMATIVE.search(family(document.title)):
            families.setdefault(family(document.title), []).append(document)
    return families


def _family_named(following: str, families: dict[str, list[StoredDocument]]) -> str | None:
    """The family whose name the text right after the version words starts with, in full or
    as its short name (`行政复议法` of `中华人民共和国行政复议法`, `监督法` of `…常务委员会监督法`)."""
    if year := YEAR_VERSION.match(following):
        following = following[year.end():]  # `老版（2017年修正的）行政复议法`
    following = re.split(r"[，,。？?\s]", following)[0]
    for end in (m.end() for m in NAMED_RULE.finditer(following)):
        titles = [title for title in families if end >= 3 and title.endswith(following[:end])]
        if len(titles) == 1:
            return titles[0]  # the shortest name that is one (`立法法`, not `立法`), and only one's
    return None


def _picked(versions: list[StoredDocument], pick: str, year: str | None) -> list[StoredDocument]:
    ordered = sorted(versions, key=_version_key)
    if pick == "oldest":
        return ordered[:1]
    if pick == "newest":
        return ordered[-1:]
    return [d for d in versions if year in version_years(d)]


def version_years(document: StoredDocument) -> set[str]:
    """The years a version is known by (ingest.versions.years_known), from its stored record."""
    return years_known(document.versions.get("version_date"), document.date, document.doc_id)
