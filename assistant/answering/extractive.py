"""Extractive answers: what a retrieved passage says, cut to what answers, cited. No text is
generated, so every figure and quotation in an answer is copied from the passage it cites.

The question is analysed once (question.py) and its intent decides how candidates are found,
scored and cut — the table a newcomer reads first:

| intent | answered by |
|---|---|
| which_documents | the titles of the documents covering the topic, each with the line saying it (which_documents.py) |
| who gave, wrote, reported or edited a document (`报告是谁作的`, `记者是哪两位`, `责任编辑是谁`), when it came out (`那篇文章哪天发的`) | its byline, post included, its credits or its dateline (an official document's signature date: header.py, byline.py); none is a refusal |
| what a web page says of itself, asked of the page or its site (`这篇总结是哪个科室发的`, `…新闻网的地址在哪`), a photo's credit (`那张照片是谁提供的`); several at once | the line of its furniture stating it, a caption's credit in its text (page_facts.py), a cited clause each; none: as below |
| a chapter or section asked by its number (`第六章标题是啥`); an article summed up (`第三条大概讲了啥`) | its heading line; the article, whole (named_heading.py) |
| list, summary, how | the items of the section whose heading holds the topic: sub-headings (a summary adds each one's first line, and the first line stating a figure), `一是…` items, an article's `（一）…` items, a how-section's measures (outline.py, written by listed.py); else the clauses after an `一是…` item naming the topic (item_topics.py; for how, an item of that section's document naming the topic comes first); else as below |
| several facts (`…、…`), two things compared (`分别`, `差多少`, two years: `24年和25年各…`) | one cited answer a fact or side (parts.py, sides.py; a part asking what its page says of itself, its page's line), a fact not found named as such; a side not found makes a comparison a refusal |
| a contact (`咨询电话是多少`) | the number with its own entry, which names what the question names (contacts.py) |
| fact_figure, fact_person, fact_post, fact_date | the typed clause: a figure of the asked unit counting the asked thing, a name beside a role, a date (clauses.py) |
| fact_name, fact_place, yes_no, comparison; how without its own section; a list with no enumerating clause | the sentence that shares the topic and says something new (sentences.py) |

Every candidate must be in the question's scope (place, body, person, year, period: scope.py) and its
passage must cover the topic (coverage.py: words, full names of abbreviations, synonyms).
When no typed rule finds an answer in the pool, the last resort is the best-ranked passages'
sentence sharing most of the question's character pairs, in scope, of the kind asked, with its names held (closest.py);
else the reply is a refusal that starts with 资料中未找到 and lists the closest passages.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answering.clauses import find_span
from assistant.answering.contacts import contact_span
from assistant.answering.listing import lists_the_kind_asked, names_none_of_the_items
from assistant.answering.closest import closest_in_pool
from assistant.answering.coverage import check
from assistant.answering.meaning import NO_MEANING, Meaning
from assistant.answering.header import asks_a_page_fact, asks_the_header, header_answer, page_fact
from assistant.answering.intents import ELABORATED_INTENTS
from assistant.answering.item_topics import section_answer
from assistant.answering.models import REFUSAL_PREFIX, Answer, Citation, cited_clause, facts_answer, missing_fact, refusal
from assistant.answering.named_heading import article_asked, named_article, named_heading
from assistant.answering.parts import compared_or_parts, with_qualifiers
from assistant.answering.prepared import prepared, search_scope
from assistant.answering.relation import relation_stated
from assistant.answering.asked_times import YEAR
from assistant.answering.question import Question
from assistant.answering.sentences import find_sentence, pairs_written, topic_share
from assistant.answering.synonyms import Synonyms
from assistant.answering.version_named import lacks_what_another_version_says
from assistant.answering.text import ELABORATION_CHARS, PARAGRAPH_GAP, announces_items, elaborated, sentence_keys
from assistant.answering.which_documents import which_documents
from assistant.ingest.normalize import normalize, to_simplified
from assistant.retrieval import HybridSearcher, Passage, SearchFilters, passage_of
from assistant.indexing import Index
from assistant.store.filters import within_documents
from assistant.versions import documents_named

# Intents answered by a sentence (sentences.py) rather than a typed clause.
SENTENCE_INTENTS = frozenset({"fact_name", "fact_place", "yes_no", "summary", "comparison"})
HEADING_TOPIC_SHARE = 0.5  # a heading holding half the question's topic heads the section that answers it
POOL_SIZE = 10  # passages examined for an answer; the closest top_k are shown
# the question's word pairs (sentences.PAIRS_CREDIT) written in the passage tell near passages apart: +1 -0 on
# every tests/data file and ncp-dev (ncp dev c0a09925 `…针对现场招聘活动…措施`, lost to a passage writing them apart)
PASSAGE_PAIRS_CREDIT = 0.3


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
        analysed = prepared(question, self.index, self.synonyms)
        parts, sides = compared_or_parts(question)
        # each part analysed once: whether all ask what a header says, then each answered (_several_facts)
        asked = [prepared(standalone, self.index, self.synonyms) for _, standalone in parts] if len(parts) > 1 else []
        # two sides asked (`A和B各…`, `…哪个多`): a side the documents do not hold makes it a refusal
        compared = len(parts) > 1 and (analysed.intent == "comparison" or sides)
        result = self._answer(analysed, parts, asked, compared, filters, top_k or self.searcher.settings.top_k)
        result.intent = "multi_fact" if len(parts) > 1 and analysed.kind != "which_docs" else analysed.intent
        result.analysis = analysed
        return result

    def _answer(self, analysed: Question, parts: list[tuple[str, str]], asked: list[Question], compared: bool,
                filters: SearchFilters | None, top_k: int) -> Answer:
        question = analysed.original
        narrowed = search_scope(analysed, filters, self.index)
        found = self.searcher.search(question, max(top_k, POOL_SIZE), narrowed)
        pool = self._said(found)
        shown = pool[:top_k]
        if analysed.kind == "which_docs":
            named = narrowed is not filters or not analysed.of_kind("place")  # else no document names the place
            listed = which_documents(analysed, narrowed, self.searcher, self.index) if named else None
            return listed or refusal(question, shown)
        if lacks_what_another_version_says(analysed, self.index):
            return refusal(question, shown)
        if all(map(asks_the_header, asked)) and (said := header_answer(analysed, found, shown, self.index)) is not None:
            # one question, or parts all asking what a header says: a part asking a fact of the text
            # (`…学习情况怎么样，是哪个科室发的`) is answered beside the others, not dropped for the page's line
            return said  # byline, credits, dateline, what a page says of itself
        if heading := named_heading(analysed, pool[:top_k], self.index):  # `第六章标题是啥`: its heading line
            return heading
        if article := article_asked(analysed):  # `第三条大概讲了啥`: the article, or none if the law named has none
            return named_article(analysed, article, pool[:top_k], self.index) or refusal(question, shown)
        pooled_documents = list(dict.fromkeys(p.doc_id for p in pool[:top_k]))
        # `哪几种会议形式`: a passage naming such things one by one answers, not the section's parts
        if (len(parts) == 1 or compared) and not lists_the_kind_asked(analysed, [passage.text for passage in shown]) \
                and (outline := section_answer(analysed, pooled_documents, self.index)) is not None:
            return outline
        best = self._related(analysed, shown) if analysed.intent == "comparison" else None
        if best is None and len(parts) > 1:
            return self._several_facts(analysed, parts, asked, compared, filters, top_k, shown)
        best = best or self._best_candidate(analysed, pool)
        if best is None:
            return refusal(question, shown)
        citations = [Citation(1, best.passage, best.start, best.end)]
        if analysed.intent in ELABORATED_INTENTS and (continued := self._continued(best)) is not None:
            citations.append(continued)
        passages = [*shown, *(c.passage for c in citations if c.passage not in shown)]
        answer_text = "。".join(cited_clause(self._quoted(c.passage, c.span_start, c.span_end), c.n) for c in citations) + "。"
        return Answer(question, answer_text, False, "extractive", citations, passages)

    def _related(self, analysed: Question, shown: list[Passage]) -> Candidate | None:
        """`法律和行政法规哪个效力高`: the clause relating the two sides (relation.py)."""
        related = relation_stated(analysed, shown, self.index.search_text)
        return Candidate(*related, 1.0) if related is not None else None

    def _continued(self, best: Candidate) -> Citation | None:
        """A how/list answer grown to its passage's end goes on in the next passage while its
        paragraph does (`建立…风险隐患台账…。` ended a passage; `建强义务监督员队伍，采取联合执法…`
        began the next), cited on its own, within what is left of ELABORATION_CHARS."""
        display = self._display_text(best.passage.doc_id)
        allowance = ELABORATION_CHARS - (best.end - best.start)
        if display[best.end:best.passage.end].strip(" 。；;！!") or PARAGRAPH_GAP.match(display, best.passage.end) \
                or allowance <= 0:
            return None
        following = next((chunk for chunk in self.index.chunks_of_document(best.passage.doc_id)
                          if chunk.start >= best.passage.end), None)
        if following is None or following.heading != best.passage.heading or display[best.passage.end:following.start].strip():
            return None
        end = elaborated(following.text, 0, allowance)
        return Citation(2, passage_of(following), following.start, following.start + end) if end > 0 else None

    def _several_facts(self, analysed: Question, parts: list[tuple[str, str]], asked: list[Question], compared: bool,
                       filters: SearchFilters | None, top_k: int, shown: list[Passage]) -> Answer:
        """One cited clause for each fact asked (a clause that answers two is said once); a fact
        the documents do not hold is said to be missing rather than dropped, and none found at
        all is a refusal — as is a comparison missing a side (`日喀则政协和那曲政协哪个收到的提案多`,
        `拉萨和日喀则2022年各拿到多少…资金`: sides.py)."""
        question = analysed.original
        found: list[Candidate | None] = []
        for part, (as_written, standalone) in zip(asked, parts):
            # `区直机关那篇和日喀则政协那篇，分别是哪个网站发的`: each page's own line, from the part's own pool
            searched = self._search(part, standalone, filters, top_k) if asks_a_page_fact(part) else None
            if searched is not None and (stated := page_fact(part, searched, self.index)) is not None:
                found.append(Candidate(*stated, 0.0))
                continue
            best = self._told_beside(part, found)
            if _said_already(best, found):
                best = None  # sought on its own first: `…14项` beside one 方案 was told for the other too
            if best is None:
                best = self._sought_alone(part, standalone, filters, top_k, searched)
            # a later part the earlier clause answers, or none within the rule the first part names
            if (best is None and found and documents_named(parts[0][0], self.index.documents())) or _said_already(best, found):
                best = self._own_clause(as_written, parts[0][0], filters, top_k, found) or best
            found.append(best)
        # a part found nowhere on its own may be told beside a later part's answer (`…合计超过120亿元…`)
        found = [best or self._told_beside(part, found) for part, best in zip(asked, found)]
        sentences: list[str] = []
        citations: dict[tuple[str, int, int], Citation] = {}
        for (as_written, _), best in zip(parts, found):
            if best is None:
                sentences.append(missing_fact(to_simplified(as_written)))
                continue
            key = (best.passage.chunk_id, best.start, best.end)
            if any(chunk == key[0] and start <= best.start and best.end <= end for chunk, start, end in citations):
                continue  # said already by an earlier part's clause, found on its own too (`春节放几天，具体是哪几天`)
            citations[key] = Citation(len(citations) + 1, best.passage, best.start, best.end)
            said = cited_clause(self._quoted(best.passage, best.start, best.end), citations[key].n)
            # a side asked by its year is labelled with it: `今年…拟安排7000亿元` says not which year
            sentences.append(f"{as_written}：{said}" if YEAR.fullmatch(as_written) and as_written not in said else said)
        if not citations or compared and any(said.endswith(REFUSAL_PREFIX) for said in sentences):
            return refusal(question, shown)
        return facts_answer(question, sentences, list(citations.values()), shown)

    def _own_clause(self, as_written: str, first: str, filters: SearchFilters | None, top_k: int,
                    found: list[Candidate | None]) -> Candidate | None:
        """A later part whose standalone form led back to an earlier part's clause (or nowhere, in a rule named), asked with only the
        first part's place, body, time and the rule it names: its own clause when that finds one (`…户外宣传达260余条`);
        else the earlier clause answers both (`春节放几天，具体是哪几天`)."""
        narrower = with_qualifiers(as_written, first)
        within = within_documents(filters, documents_named(first, self.index.documents()))  # and the rule it names
        other = self._sought_alone(prepared(narrower, self.index, self.synonyms), narrower, within, top_k)
        return None if _said_already(other, found) else other

    def _search(self, part: Question, standalone: str, filters: SearchFilters | None, top_k: int) -> list[Passage]:
        """A part's own pool, as retrieved (a page's furniture included: header.py reads it)."""
        return self.searcher.search(standalone, max(top_k, POOL_SIZE), search_scope(part, filters, self.index))

    def _sought_alone(self, part: Question, standalone: str, filters: SearchFilters | None, top_k: int,
                      searched: list[Passage] | None = None) -> Candidate | None:
        """A part answered from its own pool (`searched`, when already retrieved)."""
        pool = self._said(searched if searched is not None else self._search(part, standalone, filters, top_k))
        return self._best_candidate(part, pool)

    def _told_beside(self, part: Question, found: list[Candidate | None]) -> Candidate | None:
        """The facts of one question are told together: a part is sought first in the passages
        the other parts' answers are in (typed rules only) — `共查摆问题77条…,提出整改措施20条`
        beside another event's `列出13条整改措施`."""
        near = list({best.passage.chunk_id: best.passage for best in found if best is not None}.values())
        return self._best_candidate(part, near, last_resort=False) if near else None

    def _quoted(self, passage: Passage, start: int, end: int) -> str:
        """The span of the passage's document, as shown: Simplified Chinese."""
        return to_simplified(self._display_text(passage.doc_id)[start:end])

    def _meaning(self, question: Question, pool: list[Passage]) -> Meaning:
        """The question's and its pool's sentence vectors; none (words alone) when switched off,
        with no dense ranking, or when a sentence has no vector yet."""
        if not self.searcher.settings.sentence_meaning or self.searcher.settings.dense_weight <= 0:
            return NO_MEANING
        # keyed by the text embedded: the same sentence in two laws (`本法自公布之日起施行。`) is two texts
        embedded = [text for passage in pool for text in sentence_keys(passage.text, passage.title).values()]
        vectors = self.index.sentence_vectors(embedded)
        return NO_MEANING if vectors is None else Meaning(self.index.query_vector(normalize(question.original)), vectors)

    # ------------------------------------------------------------------ facts
    def _best_candidate(self, question: Question, pool: list[Passage], last_resort: bool = True) -> Candidate | None:
        """The best-scoring span of the pool's passages by the typed rules; else, with
        `last_resort`, the closest sentence (closest.py)."""
        question.meaning = self._meaning(question, pool)
        best: Candidate | None = None
        for rank, passage in enumerate(pool):
            document = self._document_search_text(passage.doc_id)
            passage_text = normalize(passage.text)
            coverage = check(question, passage_text, normalize(passage.heading), normalize(passage.title), document)
            if not coverage.ok:
                continue
            span = self._span(question, passage, document)
            if span is None or self._lists_none_asked(question, passage, span[0], span[1]):
                continue
            start, end, span_score = span
            score = span_score + coverage.score + passage.score - 0.05 * rank \
                + PASSAGE_PAIRS_CREDIT * pairs_written(question.word_pairs, passage_text)
            if best is None or score > best.score:
                best = Candidate(passage, start, end, score)
        # a contact is answered by its own entry alone: the closest sentence may give another's number
        if best is None and last_resort and question.asks_name != "contact" and (closest := closest_in_pool(question, pool, self._document_search_text)):
            passage, start, end, score = closest  # no typed rule found an answer: the last resort
            if question.intent in ELABORATED_INTENTS:
                end = passage.start + elaborated(passage.text, end - passage.start)
            best = None if self._lists_none_asked(question, passage, start, end) else Candidate(passage, start, end, score)
        return best

    def _said(self, found: list[Passage]) -> list[Passage]:
        """The passages of what the documents say: not a page's furniture kept after its text
        (`来源:办公室`, `地址:…`), which header.py alone answers from."""
        documents = self.index.documents()
        return [passage for passage in found if (stored := documents.get(passage.doc_id)) is None
                or stored.furniture_start is None or passage.start < stored.furniture_start]

    def _lists_none_asked(self, question: Question, passage: Passage, start: int, end: int) -> bool:
        # only a list question's span can name none of its items (a count, the kind as another list's
        # item): no span is normalised for the rest
        return names_none_of_the_items(question, normalize(self._display_text(passage.doc_id)[start:end]))

    @staticmethod
    def _span(question: Question, passage: Passage, document: str) -> tuple[int, int, float] | None:
        """The answering span by intent: a typed clause (figure, person, post, date) or, for
        what the text says (names, places, yes/no), a sentence; lists try an enumerating clause
        first, and a way (`如何…`) the text after its topic when the section is about it."""
        if question.asks_name == "contact":  # `咨询电话是多少`: a number with its own entry (contacts.py)
            return contact_span(question, passage, document)
        section_is_the_topic = topic_share(question, normalize(passage.heading)) >= HEADING_TOPIC_SHARE
        if question.intent in SENTENCE_INTENTS or question.asks_method and not section_is_the_topic:
            span = find_sentence(question, passage, document)
        else:
            span = find_span(question, passage, document)
            if span is None and (question.kind in ("list", "general") or question.asks_method):
                span = find_sentence(question, passage, document)
        if span is None or question.intent not in ELABORATED_INTENTS and not announces_items(passage.text, span[1] - passage.start):
            return span
        start, end, score = span
        return start, passage.start + elaborated(passage.text, end - passage.start), score

    # ------------------------------------------------------------------ document text caches
    def _document_search_text(self, doc_id: str) -> str:
        return self.index.search_text(doc_id)

    def _display_text(self, doc_id: str) -> str:
        return self.index.display_text(doc_id)


def _said_already(candidate: Candidate | None, found: list[Candidate | None]) -> bool:
    """Is the candidate within the clause an earlier part is answered with?"""
    return candidate is not None and any(
        other is not None and other.passage.chunk_id == candidate.passage.chunk_id
        and other.start <= candidate.start and candidate.end <= other.end for other in found)
