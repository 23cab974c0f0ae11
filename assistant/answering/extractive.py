"""Extractive answers: the clause of a retrieved passage that answers the question, cited.

No text is generated, so every figure and quotation in an answer is copied from the passage
it cites. The question type picks the clause: 多少/几 → a figure with the expected unit, 谁 →
the role with a person's name, 担任什么职务 → the post beside the name, 何时 → a date, 哪些/什么 → the enumeration or the sentence that
defines the term; "which documents mention X" → the titles of the documents that contain X.
When no retrieved passage covers the question's key terms, the reply is a refusal that
starts with 资料中未找到 and lists the closest passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.coverage import check, contains_focus, term_credit
from assistant.answering.figures import ORDINAL, QUANTITY, YEARS_SPAN, enumerated_items, item_number
from assistant.answering.models import REFUSAL_PREFIX, Answer, Citation
from assistant.answering.outline import outline_answer
from assistant.answering.question import Question, analyse, noun_phrase_after, question_parts
from assistant.answering.scope import Scope
from assistant.answering.sentences import find_sentence, topic_share
from assistant.answering.synonyms import Synonyms
from assistant.answering.text import clauses, sentence_around, sentences
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import HybridSearcher, Passage, SearchFilters
from assistant.store.index import Index
from assistant.tokens import tagged

DATE = re.compile(r"\d{4}年(\d{1,2}月(\d{1,2}日)?)?|\d{1,2}月\d{1,2}日")
# Intents answered by a sentence (sentences.py) rather than a typed clause.
SENTENCE_INTENTS = frozenset({"fact_name", "fact_place", "yes_no", "summary", "comparison"})
HEADING_TOPIC_SHARE = 0.5  # a heading holding half the question's topic heads the section that answers it
POOL_SIZE = 10  # passages examined for an answer; the closest top_k are shown
MAX_SPAN_CHARS = 160
ENUMERATED = re.compile(r"[一二三四五六七八九十]是")  # `一是…二是…`
ROLE_TITLE = re.compile(r"书记|局长|主任|部长|主席|组长|委员|县长|市长|区长|厅长|处长|科长|调研员|秘书长|常委|院长|校长|会长|理事长|主编|记者")


@dataclass
class Candidate:
    passage: Passage
    start: int  # display positions in the document
    end: int
    score: float


class ExtractiveAnswerer:
    def __init__(self, searcher: HybridSearcher, index: Index):
        self.searcher = searcher
        self.index = index
        self.synonyms = Synonyms(searcher.settings.synonyms)

    def answer(self, question: str, filters: SearchFilters | None = None, top_k: int | None = None) -> Answer:
        analysed = analyse(question, self.synonyms)
        parts = question_parts(question)
        result = self._answer(analysed, parts, filters, top_k or self.searcher.settings.top_k)
        result.intent = "multi_fact" if len(parts) > 1 and analysed.kind != "which_docs" else analysed.intent
        return result

    def _answer(self, analysed: Question, parts: list[tuple[str, str]], filters: SearchFilters | None,
                top_k: int) -> Answer:
        question = analysed.original
        pool = self.searcher.search(question, max(top_k, POOL_SIZE), filters)
        shown = pool[:top_k]
        if analysed.kind == "which_docs":
            return self._which_documents(analysed, filters, shown)
        outline = outline_answer(analysed, list(dict.fromkeys(p.doc_id for p in pool[:top_k])), self.index.keywords)
        if outline is not None:
            return outline
        if len(parts) > 1:
            return self._several_facts(question, parts, filters, top_k, shown)
        best = self._best_candidate(analysed, pool)
        if best is None:
            return refusal(question, shown)
        passages = shown if best.passage in shown else [*shown, best.passage]
        answer_text = _cited(self._span_text(best), 1) + "。"
        return Answer(question, answer_text, False, "extractive", [Citation(1, best.passage, best.start, best.end)], passages)

    def _several_facts(self, question: str, parts: list[tuple[str, str]], filters: SearchFilters | None,
                       top_k: int, shown: list[Passage]) -> Answer:
        """One cited clause for each fact asked (a clause that answers two is said once); a fact
        the documents do not hold is said to be missing rather than dropped, and none found at
        all is a refusal."""
        sentences: list[str] = []
        citations: dict[tuple[str, int, int], Citation] = {}
        passages = list(shown)
        for as_written, standalone in parts:
            pool = self.searcher.search(standalone, max(top_k, POOL_SIZE), filters)
            best = self._best_candidate(analyse(standalone, self.synonyms), pool)
            if best is None:
                sentences.append(f"“{to_simplified(as_written)}”：{REFUSAL_PREFIX}")
                continue
            key = (best.passage.chunk_id, best.start, best.end)
            if key in citations:
                continue
            citations[key] = Citation(len(citations) + 1, best.passage, best.start, best.end)
            passages += [] if best.passage in passages else [best.passage]
            sentences.append(_cited(self._span_text(best), citations[key].n))
        if not citations:
            return refusal(question, shown)
        return Answer(question, "；".join(sentences) + "。", False, "extractive", list(citations.values()), passages)

    def _span_text(self, candidate: Candidate) -> str:
        return to_simplified(self._display_text(candidate.passage.doc_id)[candidate.start:candidate.end])

    # ------------------------------------------------------------------ facts
    def _best_candidate(self, question: Question, pool: list[Passage]) -> Candidate | None:
        best: Candidate | None = None
        for rank, passage in enumerate(pool):
            document = self._document_search_text(passage.doc_id)
            coverage = check(question, normalize(passage.text), normalize(passage.heading), normalize(passage.title),
                             document)
            if not coverage.ok:
                continue
            span = self._span(question, passage, document)
            if span is None:
                continue
            start, end, span_score = span
            score = span_score + coverage.score + passage.score - 0.05 * rank
            if best is None or score > best.score:
                best = Candidate(passage, start, end, score)
        return best

    @staticmethod
    def _span(question: Question, passage: Passage, document: str) -> tuple[int, int, float] | None:
        """The answering span by intent: a typed clause (figure, person, post, date) or, for
        what the text says (names, places, yes/no), a sentence; lists try an enumerating clause
        first, and a way (`如何…`) the text after its topic when the section is about it."""
        section_is_the_topic = topic_share(question, normalize(passage.heading)) >= HEADING_TOPIC_SHARE
        if question.intent in SENTENCE_INTENTS or question.asks_method and not section_is_the_topic:
            return find_sentence(question, passage, document)
        span = find_span(question, passage, document)
        if span is None and (question.kind in ("list", "general") or question.asks_method):
            return find_sentence(question, passage, document)
        return span

    # ------------------------------------------------------------------ which documents
    def _which_documents(self, question: Question, filters: SearchFilters | None, shown: list[Passage]) -> Answer:
        phrases = question.of_kind("phrase") or [t for t in question.of_kind("thing") if len(t) >= 2]
        if not phrases:
            return refusal(question.original, shown)
        citations: list[Citation] = []
        for doc_id in self._documents_containing(phrases, filters):
            located = self._first_mention(doc_id, phrases[0])
            if located:
                passage, start, end = located
                citations.append(Citation(len(citations) + 1, passage, start, end))
        if not citations:
            return refusal(question.original, shown)
        quoted = "".join(f"“{to_simplified(phrase)}”" for phrase in phrases)
        titles = "；".join(f"《{to_simplified(c.passage.title)}》[{c.n}]" for c in citations)
        text = f"提到{quoted}的文件有{len(citations)}份：{titles}。"
        return Answer(question.original, text, False, "extractive", citations, [c.passage for c in citations],
                      listing=True)

    def _documents_containing(self, phrases: list[str], filters: SearchFilters | None) -> list[str]:
        filters = filters or SearchFilters()
        from assistant.tokens import content_terms

        terms = content_terms(phrases[0])
        hits = self.index.keywords.search(terms, 1000, filters.doc_ids, filters.since, filters.until)
        candidates = self.index.keywords.chunks([chunk_id for chunk_id, _ in hits])
        doc_ids = sorted({chunk.doc_id for chunk in candidates.values()})
        return [doc_id for doc_id in doc_ids if all(p in self._document_search_text(doc_id) for p in phrases)]

    def _first_mention(self, doc_id: str, phrase: str) -> tuple[Passage, int, int] | None:
        for chunk in self.index.keywords.chunks_of_document(doc_id):
            if phrase in normalize(chunk.text):
                passage = Passage(chunk.doc_id, chunk.title, chunk.heading, chunk.date, chunk.source, chunk.text,
                                  chunk.start, chunk.end, 1.0, chunk.chunk_id)
                start, end = sentence_around(chunk.text, normalize(chunk.text).find(phrase))
                return passage, chunk.start + start, chunk.start + end
        return None

    # ------------------------------------------------------------------ document text caches
    def _document_search_text(self, doc_id: str) -> str:
        return _search_text_of(self.index.keywords.display_text(doc_id) or "")

    def _display_text(self, doc_id: str) -> str:
        return self.index.keywords.display_text(doc_id) or ""


@lru_cache(maxsize=256)
def _search_text_of(display: str) -> str:
    return normalize(display)


# ---------------------------------------------------------------------- span selection


def find_span(question: Question, passage: Passage, document: str = "") -> tuple[int, int, float] | None:
    """(start, end, score) of the answering span, in document display positions, or None. Only
    sentences in the question's scope (place, year, period: scope.py) are considered; `document`
    is the whole document's search text."""
    text = passage.text
    things = question.of_kind("thing")
    phrases = question.of_kind("phrase")
    focus = phrases[:1] if question.kind in ("list", "general") and phrases else question.focus
    heading = normalize(passage.heading)
    passage_text, title = normalize(text), normalize(passage.title)
    best: tuple[int, int, float] | None = None
    best_places: list[str] = []
    for sentence_start, sentence_end in sentences(text):
        sentence = normalize(text[sentence_start:sentence_end])
        if focus and not contains_focus(focus, sentence):
            continue
        scope = Scope(sentence, normalize(text[:sentence_start]), passage_text, heading, title, passage.date, document)
        if scope.missing(question):
            continue
        local_places = scope.local_places(question) if question.kind == "count" else []
        sentence_score = sum(term_credit(term, sentence, question.synonyms.get(term, ())) for term in things) \
            + 2 * sum(p in sentence for p in phrases)
        for clause_start, clause_end in clauses(text[sentence_start:sentence_end], sentence_start):
            clause = normalize(text[clause_start:clause_end])
            if not _answers(question, clause) or not all(place in clause for place in local_places):
                continue
            if question.kind == "count" and focus and not contains_focus(focus, normalize(text[sentence_start:clause_end])):
                continue  # the thing counted is named only after this figure: it counts something else
            clause_score = sum(term_credit(term, clause, question.synonyms.get(term, ())) for term in things) \
                + 3 * sum(p in clause for p in phrases)
            if question.kind in ("list", "general"):
                clause_score += _enumeration_credit(question, clause)
            elif question.kind == "count" and question.unit and _states_unit(clause, question.unit[0]):
                clause_score += 1.0  # `170余家` answers `多少家` better than `七个` does
            if question.asks_method and clause in heading:
                clause_score += 3.0  # `如何…`: the section the topic heads says how
            score = clause_score + 0.5 * sentence_score
            if best is None or score > best[2]:
                start = _extend_to_focus(text, sentence_start, clause_start, clause_end, focus)
                best, best_places = (start, clause_end, score), local_places
    if best is None:
        return None
    start, end, score = best
    if question.kind == "count":
        start, end = _counted_item(question, text, start, end, focus, best_places)
    start, end = _trim(text, start, end)
    if question.asks_method and (_echoes(question, normalize(text[start:end])) or normalize(text[start:end]) in heading):
        start, end = _trim(text, start, _elaborated(text, start, end))
    return passage.start + start, passage.start + end, score


def _echoes(question: Question, span: str) -> bool:
    """Is the span mostly the question's own words (`扎实做好机关疫情防控工作` for `如何做好机关疫情
    防控工作`)? Then it names the topic; the answer is what the text says after it."""
    rest = span
    for term in sorted(question.of_kind("thing", "place", "phrase", "period", "year"), key=len, reverse=True):
        rest = rest.replace(term, "")
    chinese = re.compile(r"[\u4e00-\u9fff]")
    return len(chinese.findall(rest)) <= 0.4 * len(chinese.findall(span))


def _elaborated(text: str, start: int, end: int) -> int:
    """The end of the span grown by the clauses that follow it in the passage, up to
    MAX_SPAN_CHARS (at least one clause)."""
    grown = end
    for _, clause_end in clauses(text[end:], end):
        if grown > end and clause_end - start > MAX_SPAN_CHARS:
            break
        grown = clause_end
    return grown


def _counted_item(question: Question, text: str, start: int, end: int, focus: list[str],
                  places: list[str]) -> tuple[int, int]:
    """In a list of counted items (`…学习会议17次、党组会议10次、主席会议8次`), the one asked about
    (`党组会议10次`), or the one of the place asked about (`阿里地区(1000余万元)、林芝市(600余万元)`):
    a short answer. Only when every item states a figure and one alone answers."""
    items = clauses(text[start:end], start, breaks="、")
    if len(items) < 2 or not all(QUANTITY.search(normalize(text[s:e])) for s, e in items):
        return start, end
    if places:
        naming = [(s, e) for s, e in items if all(place in normalize(text[s:e]) for place in places)]
        if len(naming) == 1:
            return naming[0]
    answering = [(s, e) for s, e in items
                 if _answers(question, normalize(text[s:e])) and (not focus or contains_focus(focus, normalize(text[s:e])))]
    return answering[0] if len(answering) == 1 else (start, end)


def _answers(question: Question, clause: str) -> bool:
    """Does this clause hold an answer of the kind the question asks for?"""
    if question.kind == "count":
        units = question.unit
        if question.asks_ordinal:
            return any(not units or match.group().endswith(units) for match in ORDINAL.finditer(clause))
        if units == ("年",):
            return bool(YEARS_SPAN.search(clause))
        for match in QUANTITY.finditer(clause):
            if (not units or match.group(1).startswith(units)) and not _counts_other_thing(clause, match, question.counted):
                return True
        return bool(units == ("%",) and "%" in clause)
    if question.kind == "person":
        return any(flag == "nr" for _, flag in tagged(clause)) and contains_focus(question.focus, clause)
    if question.kind == "role":
        return bool(ROLE_TITLE.search(clause)) and contains_focus(question.focus, clause)
    if question.kind == "time":
        return bool(DATE.search(clause))
    if question.kind in ("list", "general"):
        phrases = question.of_kind("phrase")
        if phrases:
            return any(phrase in clause for phrase in phrases)
        return contains_focus(question.focus, clause) if question.focus else True
    return True


def _counts_other_thing(clause: str, figure: re.Match, asked: str | None) -> bool:
    """`七个测评小组` counts 测评小组: no answer to `多少家单位`, though the clause names 单位 later.
    A figure followed by a noun phrase counts that phrase; it answers a question that names
    what it counts (`多少家单位`) only if the two phrases agree (`15个单位` answers
    `多少个模范单位`). A figure with no noun after it (`共计170余家`) counts what came before."""
    counted = noun_phrase_after(clause[figure.end():figure.end() + 12])
    if asked is None or counted is None:
        return False
    return not (asked in counted or counted in asked or asked[-2:] == counted[-2:])


def _states_unit(clause: str, unit: str) -> bool:
    return any(match.group(1).startswith(unit) for match in QUANTITY.finditer(clause))


def _enumeration_credit(question: Question, clause: str) -> float:
    """A list question is answered by an enumeration (`夯实…、推动…、促进…等四项工作重点`), best one
    of the size the question names, not by a clause that merely shares its words (a headline)."""
    credit = 1.0 if "、" in clause or ENUMERATED.search(clause) else 0.0
    wanted = item_number(question.item_count) if question.item_count else None
    if question.item_count and (question.item_count in clause or wanted and wanted > 1 and enumerated_items(clause) == wanted):
        credit += 2.0
    return credit


def _extend_to_focus(text: str, sentence_start: int, clause_start: int, clause_end: int, focus: list[str]) -> int:
    """Start the span early enough to include what is being counted (`…集中学习6次`)."""
    if not focus or contains_focus(focus, normalize(text[clause_start:clause_end])):
        return clause_start
    for start, _ in reversed(clauses(text[sentence_start:clause_start], sentence_start)):
        if contains_focus(focus, normalize(text[start:clause_start])):
            return start if clause_start - start <= MAX_SPAN_CHARS else clause_start
    return clause_start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n，,；;：:、":
        start += 1
    while end > start and text[end - 1] in " \n，,；;：:、":
        end -= 1
    return start, end


def _cited(span: str, n: int) -> str:
    """The span as a clause of the answer, with its citation mark (a heading it spans ends with
    `：` instead of its line break)."""
    span = re.sub(r"(?<![。！？；：，,;:!?])\s*\n\s*", "：", span.strip())
    return f"{span.replace(chr(10), '').rstrip('。；;，,')}[{n}]"


def refusal(question: str, closest: list[Passage]) -> Answer:
    lines = [f"{REFUSAL_PREFIX}能够回答该问题的内容。"]
    if closest:
        lines.append("最接近的段落：")
        for number, passage in enumerate(closest, 1):
            where = f"《{to_simplified(passage.title)}》" + (f" {to_simplified(passage.heading)}" if passage.heading else "")
            lines.append(f"{number}. {where}")
    return Answer(question, "\n".join(lines), True, "extractive", [], closest)
