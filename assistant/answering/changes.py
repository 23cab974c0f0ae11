"""Answers to "what changed" questions (`修订后的条例增加了哪些内容？`, `2024年和2023年的工作重点有
什么不同？`): the two versions compared by the compare stage, the changes listed with both sides
cited — the old wording and the new, each at its exact span.

Which two: the documents sharing the title of the best passage for the question (a law's
versions, a report's years); the years the question names when it names two, else the two
newest. A question that is no change question, or a title with one document only, is left to
the other finders (None).
"""

from __future__ import annotations

import re

from assistant.answering.asking import read_question
from assistant.answering.changed_topic import Topic, sentence_about, topic_of, units_about
from assistant.answering.models import Answer, Citation
from assistant.answering.question import analyse
from assistant.compare import compare_texts
from assistant.compare.export import note, rows
from assistant.compare.model import Unit
from assistant.indexing import Index
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import HybridSearcher, Passage, SearchFilters
from assistant.store.filters import within_documents
from assistant.versions import documents_named, family

CHANGE_QUESTION = re.compile(
    r"(?:有什么|有哪些|有何|哪些|什么)(?:重要|主要|重大)?(?:不同|变化|区别|修改|调整|改动|新变化|不一样)|(?:修订|修改|修正)后.{0,12}(?:增加|新增|删除|修改|变化|调整)"
    r"|(?:增加|新增|删除|删去)了(?:哪些|什么)|改了(?:哪些|什么)|变了(?:哪些|什么)"
    # a drafter's `老版和新版…各是咋写的`: each version's wording (not `新版…春节和国庆节各是怎么规定的`)
    r"|(?:两版|新旧|[老旧新]版[和与跟][老旧新]版|修[订改正]前后)[^，,。？?]{0,12}?(?:各|分别)(?:是)?(?:怎么|如何|怎样)(?:写|规定|表述)的?")
YEAR = re.compile(r"((?:19|20)\d{2})年")
# What makes a difference question one about versions: a revision named, or two years compared
# (`城镇和农村低保标准有什么不同` compares two things, not two versions).
VERSION_CUE = re.compile(r"修订|修正|修改后|修改前后|新版|旧版|新旧|两版|上一版|原版|历次|版本|今年.{0,12}去年|去年.{0,12}今年")
CHANGES_LISTED = 6  # the rest are in the 对比 tab and `assistant compare`


def asks_what_changed(question: str) -> bool:
    """A change question about versions: a change asked for, and a revision or two years named
    (`82年版和24年版…有啥区别` read as 1982年版和2024年版…有什么区别)."""
    text = read_question(question)
    return bool(CHANGE_QUESTION.search(text)) and (bool(VERSION_CUE.search(text)) or len(set(YEAR.findall(text))) >= 2)


def asks_how_documents_differ(question: str) -> bool:
    """A change question naming nothing but the documents (`2023年和2024年的报告有何不同`): only
    the versions compared answer it. One naming a topic (`24年和25年的赤字率目标有啥不一样`) is
    also two sides asked of each (sides.py), should no versions of one title be indexed."""
    return asks_what_changed(question) and not topic_of(analyse(question)).asked


class ChangeAnswerer:
    def __init__(self, index: Index, searcher: HybridSearcher):
        self.index = index
        self.searcher = searcher

    def answer(self, question: str, filters: SearchFilters | None = None) -> Answer | None:
        if not asks_what_changed(question):
            return None
        versions = self._versions(read_question(question), filters)
        if versions is None:
            return None
        old, new = versions
        comparison = compare_texts(self.index.display_text(old.doc_id), self.index.display_text(new.doc_id),
                                   old.title, new.title)
        topic = topic_of(analyse(question), old.title)
        about = units_about(rows(comparison, include_unchanged=True), topic)
        if about and (answered := self._about_the_topic(question, old, new, about, topic)).citations:
            return answered
        changed = [unit for unit in rows(comparison, include_unchanged=False) if unit.kind != "header"]
        if not changed:
            return Answer(question, f"《{old.title}》与《{new.title}》的内容相同。", False, "extractive",
                          intent="what_changed")
        return self._listed(question, old, new, comparison.summary.line, changed[:CHANGES_LISTED])

    def _versions(self, question: str, filters: SearchFilters | None):
        """(older, newer) stored documents of the title the question is about — the rule it names
        (`修订后的行政复议法有哪些重要变化`: 重要 drew the 放假办法 first; of two named, the one with two
        versions, else the best passage's among them), else the best passage's title — or None."""
        documents = self.index.documents()
        years = [int(year) for year in YEAR.findall(question)]
        named = [doc_id for doc_id in documents_named(question, documents) if _allowed(doc_id, filters)]
        pairs = [pair for title in sorted({family(documents[doc_id].title) for doc_id in named})
                 if (pair := _pair(title, years, filters, documents)) is not None]
        if len(pairs) == 1:
            return pairs[0]
        among = within_documents(filters, [doc for pair in pairs for doc in (pair[0].doc_id, pair[1].doc_id)]) \
            if pairs else filters
        hits = self.searcher.search(question, 5, among, dense=False)
        return _pair(family(documents[hits[0].doc_id].title), years, filters, documents) if hits else None

    def _listed(self, question: str, old, new, summary: str, changed) -> Answer:
        citations, lines = [], [f"与《{to_simplified(old.title)}》（{_label(old)}）相比，《{to_simplified(new.title)}》"
                                f"（{_label(new)}）：{summary}。主要变化："]
        for unit in changed:
            cited = []
            for document, span, text in ((old, unit.span_a, unit.text_a), (new, unit.span_b, unit.text_b)):
                if span:
                    citations.append(Citation(len(citations) + 1, _passage(document, span, text), *span))
                    cited.append(f"[{len(citations)}]")
            label = unit.label_b or unit.label_a
            lines.append(f"{label}：{note(unit)}{''.join(cited)}")
        return Answer(question, "\n".join(lines), False, "extractive", citations, listing=True, intent="what_changed")

    def _about_the_topic(self, question: str, old, new, about: list[Unit], topic: Topic) -> Answer:
        """The units about what is asked, each side quoted by its sentence on it and cited; one
        that stayed (the unit, or the sentence asked about) said to be the same in both."""
        citations: list[Citation] = []
        kind = "条文" if any(unit.kind == "article" for unit in about) else "段落"
        lines = [f"与《{to_simplified(old.title)}》（{_label(old)}）相比，《{to_simplified(new.title)}》（{_label(new)}）"
                 f"中与所问有关的{kind}："]
        for unit in about:
            quoted = []
            for document, span, text, found in _quoted_sides(unit, old, new, topic):
                if found is None:
                    quoted.append((document, None, None))
                    continue
                cited = (span[0] + found[0], span[0] + found[1])
                citations.append(Citation(len(citations) + 1, _passage(document, cited, text[found[0]:found[1]]), *cited))
                quoted.append((document, to_simplified(text[found[0]:found[1]]), len(citations)))
            if any(text for _, text, _ in quoted):
                lines.append(_unit_line(unit, quoted))
        return Answer(question, "\n".join(lines), False, "extractive", citations, listing=True, intent="what_changed")


def _quoted_sides(unit: Unit, old, new, topic: Topic) -> list[tuple]:
    """(document, unit span, unit text, the quote's span in it or None) of each side the unit has:
    the side holding more of what is asked chooses first, the other the sentence most like it —
    an added item is not set against another item of the old list."""
    sides = [(document, span, text, [(a - span[0], b - span[0]) for a, b in marks])
             for document, span, text, marks in ((old, unit.span_a, unit.text_a, unit.marks_a),
                                                 (new, unit.span_b, unit.text_b, unit.marks_b)) if span and text]
    found, like = {}, ""
    for position in sorted(range(len(sides)), key=lambda i: -topic.asked_share(sides[i][2])):
        _, _, text, marks = sides[position]
        found[position] = sentence_about(text, topic, marks, numbered=unit.kind == "article", like=like)
        like = like or (text[found[position][0]:found[position][1]] if found[position] else "")
    return [(document, span, text, found[position]) for position, (document, span, text, _) in enumerate(sides)]


def _unit_line(unit: Unit, quoted: list[tuple]) -> str:
    """`第三条：修改（原第四条，现第三条）。2017年版：“…”[1]；2023年版：“…”[2]`, or the wording said once
    where both sides quote the same, or a side said not to write of what is asked."""
    label = unit.label_b or unit.label_a
    marks = "".join(f"[{n}]" for _, _, n in quoted if n)
    said = [text for _, text, _ in quoted if text]
    if unit.status == "unchanged":
        return f"{label}{f'（原{unit.label_a}）' if unit.renumbered else ''}：两版相同：“{said[-1]}”{marks}"
    if len(said) == 2 and normalize(said[0]) == normalize(said[1]):
        return f"{label}：{note(unit)}；所问的这句两版相同：“{said[-1]}”{marks}"
    return f"{label}：{note(unit)}。" + "；".join(
        f"{_label(document)}：“{text}”[{n}]" if text else f"{_label(document)}此条未写到所问内容" for document, text, n in quoted)


def _pair(title: str, years: list[int], filters: SearchFilters | None, documents: dict) -> tuple | None:
    """The two newest versions of the title within the filter (of the two years asked, when two are)."""
    same = sorted((d for d in documents.values() if family(d.title) == title and _allowed(d.doc_id, filters)), key=_when)
    if len(years) >= 2:
        same = [d for d in same if _year(d) in years[:2]]
    return (same[-2], same[-1]) if len(same) >= 2 else None


def _allowed(doc_id: str, filters: SearchFilters | None) -> bool:
    """Within the question's document filter (dates: the versions compared may straddle them)."""
    if filters is None:
        return True
    return (not filters.doc_ids or doc_id in filters.doc_ids) and doc_id not in (filters.exclude_doc_ids or [])


def _when(document) -> tuple[str, str]:
    return (document.versions.get("version_date") or document.date or str(_year(document) or ""), document.doc_id)


def _year(document) -> int | None:
    """Its version's year, else its date's, else the one its title or file name states."""
    dated = document.versions.get("version_date") or document.date
    if dated:
        return int(dated[:4])
    found = YEAR.search(to_simplified(document.title)) or re.search(r"((?:19|20)\d{2})", document.doc_id)
    return int(found.group(1)) if found else None


def _label(document) -> str:
    year = _year(document)
    return f"{year}年版" if year else document.doc_id


def _passage(document, span: tuple[int, int], text: str) -> Passage:
    return Passage(document.doc_id, document.title, "", document.date, document.source, text, span[0], span[1], 1.0)
