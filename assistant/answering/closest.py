"""The last resort before a refusal: the sentence of the best-ranked passages that shares most
of the question's words, character pair by character pair.

The typed rules (clauses.py, sentences.py) want the question's content words in the passage,
and everyday wording defeats them: `做假账被判过刑的人以后还能干会计吗` shares no word but 会计
with `…做假账…被依法追究刑事责任的人员，不得再从事会计工作`, yet most of its character pairs
(做假, 假账, 会计). A sentence found this way still answers only when
- its passage is among the CLOSEST_PASSAGES best ranked by retrieval (words and meaning),
- every qualifier of the question holds in its scope (place, body, year, period: scope.py),
  and every quoted phrase, ordinal, place and name is in its passage or document (coverage.py),
- it holds an answer of the kind asked (a figure of the asked unit, in a clause with what it counts;
  a date, a name: kind_answered.py),
- it holds at least MIN_PAIR_SHARE of the character pairs of the question's key terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.clauses import MAX_SPAN_CHARS
from assistant.answering.coverage import (
    PHRASING_WEIGHT,
    check,
    contains_focus,
    term_credit,
)
from assistant.answering.document_year import unasked_history_line
from assistant.answering.frame import SHARE_FRAME_WEIGHT, frame_fit
from assistant.answering.kind_answered import asks_a_holder, holds_answer_kind, states_the_figure_asked_whether
from assistant.answering.question import Question
from assistant.answering.scope import Scope
from assistant.answering.names import names_what_is_asked
from assistant.answering.sentences import is_a_heading, states_the_outcome_asked
from assistant.answering.text import clauses, sentences, with_referent
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

CLOSEST_PASSAGES = 3
MIN_PAIR_SHARE = 0.5
HEADING_CREDIT = 0.5
PAIR_TERMS = ("thing", "body", "place", "phrase", "ordinal")
# A time limit asked (`几天内`, `几个月`, `多少年`): a law states it in a clause of its own.
TIME_LIMIT_ASKED = re.compile(r"(?:多少|几)个?(?:天|日|周|月|年|小时|分钟)|多久|多长时间|期限")


def key_pairs(question: Question) -> set[str]:
    """The character pairs inside the question's key terms (not across them: `的人`, `还能`
    are how it is put)."""
    return {pair for term in question.of_kind(*PAIR_TERMS) for pair in key_pairs_of(term)}


def key_pairs_of(term: str) -> set[str]:
    return {term[i:i + 2] for i in range(len(term) - 1)}


def pair_share(pairs: set[str], text: str) -> float:
    return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0


RANK_COST = 0.05  # a passage ranked lower needs a higher share


def closest_in_pool(question: Question, pool: list[Passage],
                    search_text: Callable[[str], str]) -> tuple[Passage, int, int, float] | None:
    """(passage, start, end, score) of the best of the CLOSEST_PASSAGES best-ranked passages'
    closest sentences; `search_text(doc_id)` is a document's whole search text."""
    best: tuple[Passage, int, int, float] | None = None
    for rank, passage in enumerate(pool[:CLOSEST_PASSAGES]):
        span = closest_sentence(question, passage, search_text(passage.doc_id))
        if span is not None and (best is None or span[2] - RANK_COST * rank > best[3]):
            best = (passage, span[0], span[1], span[2] - RANK_COST * rank)
    return best


def closest_sentence(question: Question, passage: Passage, document: str) -> tuple[int, int, float] | None:
    """(start, end, score) in document display positions of the passage's sentence holding most
    of the question's key pairs (its score: that share, and its frame's fit: frame.py), cut to
    MAX_SPAN_CHARS from its first clause sharing a pair."""
    pairs = key_pairs(question)
    text, heading, title = passage.text, normalize(passage.heading), normalize(passage.title)
    passage_text = normalize(text)
    if not pairs or check(question, passage_text, heading, title, document).missing or not _names_held(question, document):
        return None
    best: tuple[int, int, float] | None = None
    for start, end in sentences(text):
        sentence = normalize(text[start:end])
        referred = with_referent(sentence, title)
        share = _sentence_share(question, pairs, referred, heading)
        score = share + SHARE_FRAME_WEIGHT * frame_fit(question.frame, sentence)
        if share < MIN_PAIR_SHARE or best is not None and score <= best[2] or is_a_heading(sentence, heading, title) \
                or unasked_history_line(question.text, sentence, passage_text, heading, title):
            continue
        if not (holds_answer_kind(question, sentence) and _counts_the_focus(question, sentence)
                and names_what_is_asked(question, sentence)
                and states_the_outcome_asked(question, sentence) and states_the_figure_asked_whether(question, sentence)
                and _holds_what_is_asked_about(question, referred)):
            continue
        if Scope(sentence, normalize(text[:start]), passage_text, heading, title, passage.date, document, passage.doc_id).missing(question):
            continue
        best = (*_cut(question, pairs, text, start, end), score)
    return None if best is None else (passage.start + best[0], passage.start + best[1], best[2])


def _names_held(question: Question, document: str) -> bool:
    """A name the question asks about (`藏历新年`: 藏历) is in the document: no sentence about 元旦
    answers for it, however many pairs they share."""
    names = [term.text for term in question.terms if term.kind == "thing" and term.is_a_name]
    return all(term_credit(name, document, question.synonyms.get(name, ())) for name in names)


def _holds_what_is_asked_about(question: Question, sentence: str) -> bool:
    """The question's most telling word (longest and rarest: `国防` in `国防预算增长多少`) and
    what its question word asks about (`什么时候被命名`: 命名; `算正部级还是副部级`: 副部级) are
    in the sentence: pairs of everyday words may be shared by a sentence about something else
    (`一般公共预算支出…增长`, `…举办…“3·28”…活动`)."""
    things = question.of_kind("thing", "body")
    if things:
        telling = max(things, key=question.weight)
        if not (term_credit(telling, sentence, question.synonyms.get(telling, ()))
                or pair_share(key_pairs_of(telling), sentence) >= MIN_PAIR_SHARE):
            return False
    if question.kind == "role" or question.kind == "person" and not asks_a_holder(question):
        return True  # a name or post is the answer's own mark (`设什么职位管账`: 总会计师, not 管账)
    focus = [word for word in question.focus if question.rarity.get(word) != PHRASING_WEIGHT]
    return not focus or contains_focus(focus, sentence)


def _counts_the_focus(question: Question, sentence: str) -> bool:
    """A count is answered by a clause holding both the figure and what is counted: the sentence
    `邀请归国藏胞…6人,走访慰问…政协委员20余人次` holds no headcount of 政协委员. Not a time limit:
    a law says it in a clause of its own (`自受理…之日起三日内，将…副本发送被申请人`)."""
    if question.kind != "count" or not question.focus or TIME_LIMIT_ASKED.search(question.text):
        return True
    return any(holds_answer_kind(question, sentence[start:end]) and contains_focus(question.focus, sentence[start:end])
               for start, end in clauses(sentence))


def _sentence_share(question: Question, pairs: set[str], sentence: str, heading: str) -> float:
    """The share of pairs the sentence holds, a pair only its heading holds at HEADING_CREDIT: a
    passage's heading path is its last article's or section's, not every sentence's. A term the
    sentence holds by its full name or a synonym (`GDP`: 国内生产总值) holds all its pairs."""
    credited = {pair for term in question.of_kind(*PAIR_TERMS) if term_credit(term, sentence, question.synonyms.get(term, ()))
                for pair in key_pairs_of(term)}
    held = sum(1.0 if pair in sentence or pair in credited else HEADING_CREDIT if pair in heading else 0.0 for pair in pairs)
    return held / len(pairs)


def _cut(question: Question, pairs: set[str], text: str, start: int, end: int) -> tuple[int, int]:
    """From the sentence's first clause sharing a pair, at most MAX_SPAN_CHARS; when that loses
    the answer asked for (a figure late in a long sentence), its clause and the one before it."""
    pieces = clauses(text[start:end], start) or [(start, end)]
    first = next((s for s, e in pieces if pair_share(pairs, normalize(text[s:e])) > 0), pieces[0][0])
    first_end = next(e for s, e in pieces if s == first)
    last = max((e for s, e in pieces if s >= first and e - first <= MAX_SPAN_CHARS), default=first_end)
    if holds_answer_kind(question, normalize(text[first:last])):
        return first, last
    answering = next((i for i, (s, e) in enumerate(pieces) if holds_answer_kind(question, normalize(text[s:e]))), None)
    if answering is None:  # the answer spans clauses (`…比例…达到…%`)
        return first, last
    return pieces[max(answering - 1, 0)][0], pieces[answering][1]
