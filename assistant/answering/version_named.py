"""A question naming one version of a law or regulation (`行政复议法2017 行政复议委员会 组成`,
`放假办法2013年版…`) when the corpus holds another version of it: what the question asks about
in words only another version uses is what changed, and the named version does not say it — a
refusal, even where that version has a sentence sharing some of the words (`行政复议` is on every
page of the 2017 law; `行政复议委员会` first appears in the 2023 one).

Versions are those of one rule the question names (Question.documents_named, read once): two years'
政府工作报告 are two documents, not versions, and words one uses and the other does not (`抓紧`)
say nothing of what changed. The question's words are checked one by one and as the
compounds it runs them into (`行政复议委员会`: the 2017 text holds 行政复议 and 委员会 apart).
"""

from __future__ import annotations

import re

from assistant.answering.question import Question
from assistant.indexing import Index
from assistant.versions import version_years


def lacks_what_another_version_says(question: Question, index: Index) -> bool:
    """Does the version the question names (by its year: versions.version_years) of the rule it
    names lack words of the question that another indexed version of that rule holds?"""
    years = [year[:4] for year in question.of_kind("doc_year")]
    if not years:
        return False
    documents = index.documents()
    versions = [documents[doc_id] for doc_id in question.documents_named]
    named = [document for document in versions if all(year in version_years(document) for year in years)]
    others = [document for document in versions if document not in named]
    if not named or not others:
        return False
    named_texts = [index.search_text(document.doc_id) for document in named]
    other_texts = [index.search_text(document.doc_id) for document in others]
    return any(not any(run in text for text in named_texts) and any(run in text for text in other_texts)
               for run in word_runs(question))


def word_runs(question: Question) -> list[str]:
    """The question's content words and the compounds it runs them into: `行政复议委员会 组成` →
    [行政复议, 委员会, 组成, 行政复议委员会]."""
    spans = sorted({(match.start(), match.end()) for term in set(question.of_kind("thing", "body", "phrase"))
                    for match in re.finditer(re.escape(term), question.text)})
    runs: list[list[int]] = []  # [start, end, words]
    for start, end in spans:
        if runs and start <= runs[-1][1]:
            runs[-1][1], runs[-1][2] = max(runs[-1][1], end), runs[-1][2] + 1
        else:
            runs.append([start, end, 1])
    terms = question.of_kind("thing", "body", "phrase")
    return list(dict.fromkeys([*terms, *(question.text[start:end] for start, end, words in runs if words > 1)]))
