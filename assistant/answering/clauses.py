"""Typed clause answers: the clause of a passage that answers a fact question best.

Of the clauses holding an answer of the kind asked (kind_answered.py: a figure of the unit asked
that counts the asked thing, an ordinal, a name, a post, a date, an enumeration), the one sharing
most of the question's words and meaning, and writing its frame around the answer (frame.py),
credited for what makes it answer the kind asked
(the unit stated, the figure beside what is counted, the day asked, an enumeration of the size
asked); then said in full: from `…学习会议17次、党组会议10次…` only the item asked about, a
list with its lead, a how-question's topic grown by what follows. Only sentences in the
question's scope (scope.py) are read.
"""

from __future__ import annotations

import re

from assistant.answering.coverage import contains_focus, holds_focus, term_credit
from assistant.answering.dated import DATE, dated_otherwise, dates_the_titled, extreme_year, order_credit, span_credit, states_the_asked_time
from assistant.answering.document_year import history_lines
from assistant.answering.frame import FRAME_WEIGHT, attached_phrase_credit, frame_fit
from assistant.answering.focus import counted_right_before
from assistant.answering.figures import QUANTITY, enumerated_items, same_unit, stated_unit
from assistant.answering.item_titles import item_title
from assistant.answering.kind_answered import answers, totals_a_part
from assistant.answering.names import clause_naming_the_means, sets_a_requirement
from assistant.answering.listing import actor_before, introduces_the_asked_set, introduces_the_asked_things, listing_before
from assistant.answering.provisos import THE_REST, with_other_case, with_proviso, with_the_rest
from assistant.answering.question import Question, question_word_position
from assistant.answering.scope import Scope
from assistant.answering.sentence_parts import asked_of_another_part, rare_names
from assistant.answering.stated_times import over_years
from assistant.answering.bounds import states_the_bound_asked
from assistant.answering.text import (CJK_CHAR, clauses, is_joined_series, joined_series, of_the_document, sentences, series_lead, with_referent,
                                     with_subject)
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

MAX_SPAN_CHARS = 160
ATTACHED_CREDIT = 2.5  # a figure written right beside what the question counts (_figure_beside_the_asked): it
# outweighs two more shared words of the sentence's topic (`中央财政…50%给予贴息的基础上` against `省财政…再给予25%的贴息支持`)
BOUND_CREDIT = 2.0  # the bound asked (bounds.py), stated with its figure: like the latest of several dates (ORDER_CREDIT)
DAY_STATED_CREDIT = 3.0  # a sentence stating the day asked, over one in scope through its month only: as
# specific as a phrase of the question said in the clause (3 each)
ENUMERATED = re.compile(r"[一二三四五六七八九十]是")  # `一是…二是…`


def find_span(question: Question, passage: Passage, document: str = "") -> tuple[int, int, float] | None:
    """(start, end, score) of the answering span, in document display positions, or None. Only
    sentences in the question's scope (place, year, period: scope.py) are considered; `document`
    is the whole document's search text."""
    text = passage.text
    things, phrases = question.of_kind("thing", "body"), question.of_kind("phrase")
    named = rare_names(question)  # what sets one part of a sentence apart from the others (sentence_parts.py)
    focus = phrases[:1] if question.kind in ("list", "general") and phrases else question.focus
    heading, passage_text, title = normalize(passage.heading), normalize(text), normalize(passage.title)
    history_title = title if not heading and passage_text.startswith(title) else ""  # its 题注 lines are the law's
    best: tuple[int, int, float] | None = None
    best_places, best_sentence = [], (0, 0)
    titled = dates_the_titled(question, focus, title, document)
    extreme = _extreme_year(question, text, document, focus, title, history_title) if question.kind == "time" else None
    for sentence_start, sentence_end in sentences(text):
        as_written = normalize(text[sentence_start:sentence_end])  # its meaning is looked up by its own text
        sentence = question.without_the_excluded(as_written)
        # `本法…`: about the titled law; an item of a series, what its lead says it is (`…目标是：…；…`);
        # the scope is the sentence's own
        lead = question.without_the_excluded(normalize(series_lead(text, sentence_start) or item_title(text, sentence_start)))
        # `此次推出的10项措施包括…`: the set asked, named before by its words and here by its count
        earlier = normalize(text[:sentence_start]) if introduces_the_asked_set(question, sentence) else ""
        referred = with_referent(earlier + lead + sentence, title)
        if not (held := not focus or holds_focus(focus, question.category, of_the_document(referred, history_title))) and not titled:
            continue
        scope = Scope(sentence, normalize(text[:sentence_start]), passage_text, heading, title, passage.date, document, passage.doc_id)
        if scope.missing(question) or not sets_a_requirement(question, lead + sentence):
            continue
        local_places = scope.local_places(question) if question.kind == "count" else []
        day_stated = scope.states_the_days_asked(question)
        sentence_score = sum(term_credit(term, referred, question.synonyms.get(term, ())) for term in things) \
            + 2 * sum(p in sentence for p in phrases)
        attached = attached_phrase_credit(question.text, as_written, title)  # the sentence's, for each of its clauses
        if not focus and things and not sentence_score and not (question.order_asked and any(
                term_credit(term, of_the_document(referred, history_title)) for term in things)):
            continue  # with no focus to hold, a date or figure of a sentence sharing none of the words is another's;
            # the first or last of a law's acts asked, a 题注 line shares its title's (`1949年12月23日 政务院发布`
            # dates the 放假办法 `最早`: _dated_clauses); for any date asked one answered a refusal (policy_blind14)
        pieces = clauses(text[sentence_start:sentence_end], sentence_start)
        for clause_start, clause_end in joined_series(text, pieces, question.category if question.intent == "list" else None):
            clause = question.without_the_excluded(normalize(text[clause_start:clause_end]))
            if not answers(question, clause) or not all(place in clause for place in local_places) \
                    or not held and not states_the_asked_time(question, clause) or dated_otherwise(extreme, clause):
                continue
            if question.counted_otherwise(clause) or BASIS.search(clause) and not _asks_of_a_basis(question):
                continue  # `两种不同颜色` for `哪四种颜色`; `在省委已下拨30万元…的基础上`: what the asked figure adds to
            if question.kind == "count" and _counts_something_else(question, focus, named, text, (sentence_start, sentence_end),
                                                                   (clause_start, clause_end), lead, earlier + lead + heading + title):
                continue
            # `本法自…起施行` names the law it is about: the title's words count for the clause too
            said_end = _dated_statement(question, text, clause_start, clause_end, sentence_end)
            said = question.without_the_excluded(normalize(text[clause_start:said_end]))
            clause_score = sum(term_credit(term, of_the_document(with_referent(earlier + said, title), history_title), question.synonyms.get(term, ()))
                               for term in things) + 3 * sum(p in said for p in phrases)
            clause_score += _kind_credit(question, clause, heading, extreme) + DAY_STATED_CREDIT * day_stated
            score = (clause_score + 0.5 * sentence_score + question.meaning.credit(with_referent(as_written.strip(), title))
                     + FRAME_WEIGHT * frame_fit(question.frame, said) + attached)
            if best is None or score > best[2]:
                start = _extend_to_focus(text, sentence_start, clause_start, clause_end, focus)
                best, best_places, best_sentence = (start, said_end, score), local_places, (sentence_start, sentence_end)
    if best is None:
        return None
    start, end = _with_the_means_named(question, text, *_said_in_full(question, text, best[:2], best_sentence, focus, best_places, heading),
                                       best_sentence)
    return passage.start + start, passage.start + end, best[2]


def _counts_something_else(question: Question, focus: list[str], named: list[str], text: str, sentence: tuple[int, int],
                           clause_span: tuple[int, int], lead: str, context: str) -> bool:
    """Is the clause's figure another thing's count than the one asked: over years (`粮食产量连年稳定在1.3万亿斤以上`
    for `2022年…是多少`), of a thing named only after it, a whole's (_of_a_whole), or another part's of the sentence
    (`…专项监督,发现反馈问题6项;围绕“…双减…”开展视察,发现问题5个方面`: 6项 is not the 双减 视察's)?"""
    clause_start, clause_end = clause_span
    clause = question.without_the_excluded(normalize(text[clause_start:clause_end]))
    return (over_years(question, clause)
            or bool(focus) and not contains_focus(focus, lead + question.without_the_excluded(normalize(text[sentence[0]:clause_end])))
            or _of_a_whole(question, focus, clause, normalize(text[sentence[0]:clause_start]))
            or asked_of_another_part(named, text, sentence, clause_start, context))


def _with_the_means_named(question: Question, text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The span and the clause of its sentence naming the means asked (`可以用哪些方式`: `可以通过座谈会、听证会…等方式，`
    before `听取…的意见`), when the span's own clauses name none."""
    pieces = clauses(text[sentence[0]:sentence[1]], sentence[0])
    first = next((i for i, (s, e) in enumerate(pieces) if s <= start < e), None)
    if first is None:
        return start, end
    named = clause_naming_the_means(question, text, pieces, first)
    return (start, end) if named == first else (min(start, pieces[named][0]), max(end, pieces[named][1]))


# A clause stating what something builds on (`在…的基础上`, `在…前提下`): its figure is given, not the one asked,
# unless the question asks of that base.
BASIS = re.compile(r"^\s*在.{2,40}(?:的)?(?:基础上|前提下)\s*$")
def _asks_of_a_basis(question: Question) -> bool:
    """Is the question word in a clause of the question stating a basis (`在多少资金的基础上…`)?"""
    asked = question_word_position(question.text)
    return any(start <= asked < end and BASIS.search(question.text[start:end]) for start, end in clauses(question.text))


SHARE_OF = re.compile(r"占[^，,。；;]{1,20}?(?:的)?(?:比重|比例|份额)")


def _of_a_whole(question: Question, focus: list[str], clause: str, before: str) -> bool:
    """Is the clause's figure a whole's, not the thing's asked: a share's whole (`…增加值占国内生产总值的比重达到
    17%` is the value added's), or parts listed and totalled before it (`…、加大援企稳岗力度、…等5大方面，涉及35个
    …项目` for the part quoted)?"""
    return bool(focus) and _focus_only_as_a_whole(focus, clause) or totals_a_part(question, before)


def _focus_only_as_a_whole(focus: list[str], clause: str) -> bool:
    """The counted thing is named only as the whole a share is taken of (`A占B的比重达到17%`): the
    figure is A's."""
    return bool(SHARE_OF.search(clause)) and not contains_focus(focus, SHARE_OF.sub("", clause))


def _kind_credit(question: Question, clause: str, heading: str, extreme: int | None) -> float:
    """What makes a clause answer the kind of question asked better than its words alone say."""
    credit = order_credit(extreme, clause) + span_credit(question, clause)
    if question.kind in ("count", "time") and states_the_bound_asked(question.text, clause):
        credit += BOUND_CREDIT  # `考验期最少多久`: `但是不能少于二个月`, not the range before it
    if question.kind in ("list", "general"):
        credit += _enumeration_credit(question, clause)
    elif question.kind == "count":
        if question.unit and _states_unit(clause, question.unit[0]):
            credit += 1.0  # `170余家` answers `多少家` better than `七个` does
        credit += ATTACHED_CREDIT * _figure_beside_the_asked(question, clause)
    if question.asks_method and clause in heading:
        credit += 3.0  # `如何…`: the section the topic heads says how
    if question.excluded and THE_REST.match(clause):
        credit += 1.0  # `除了…这些，别的学习会开了多少回`: `其他学习会议40余次` is the rest asked
    return credit


def _said_in_full(question: Question, text: str, span: tuple[int, int], sentence: tuple[int, int], focus: list[str],
                  places: list[str], heading: str) -> tuple[int, int]:
    """The best clause said with what it needs to be read alone: the list's lead or the clause's
    subject before it, a counted item cut from its list, a how-question's topic grown by what follows."""
    start, end = span
    pieces = clauses(text[sentence[0]:sentence[1]], sentence[0])
    first = next((i for i, (s, e) in enumerate(pieces) if s <= start < e), None)
    if first is not None and question.intent == "list":
        first = listing_before(question, text, pieces, first)
    if first is not None:
        first = actor_before(question, text, pieces, first)
    if first is not None and question.kind != "count":  # a figure's clause is the answer: `…,是去年的2倍` adds none
        first = with_subject(text, pieces, first)
    start = start if first is None else min(start, pieces[first][0])
    if question.kind == "count":
        start, end = _counted_item(question, text, start, end, focus, places)
        end = _with_restatement(text, end, sentence[1])
    end = _through_the_act(question, text, start, end, pieces)
    end = with_proviso(text, start, end, sentence[1], MAX_SPAN_CHARS)
    end = with_the_rest(text, start, end, sentence[1], MAX_SPAN_CHARS)
    end = with_other_case(text, start, end, MAX_SPAN_CHARS)
    start, end = _trim(text, start, end)
    if question.asks_method and (_echoes(question, normalize(text[start:end])) or normalize(text[start:end]) in heading):
        start, end = _trim(text, start, _grown_by_clauses(text, start, end))
    return start, end


def _through_the_act(question: Question, text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> int:
    """Who does it, said through the clause that says they do it (`国务院秘书长在总理领导下，负责处理国务院的日常工作`
    for `由谁负责处理`): the one naming the doer alone says nothing of the act."""
    verb = question.acting_verb
    if question.kind != "person" or verb is None or verb in normalize(text[start:end]):
        return end
    return next((e for s, e in pieces if s >= end and e - start <= MAX_SPAN_CHARS and verb in normalize(text[s:e])), end)


def _extreme_year(question: Question, text: str, document: str, focus: list[str], title: str, history_title: str) -> int | None:
    """The latest or earliest year asked (`最早是哪天通过的`), of the document's whole 题注 when it has one: a long
    law's 题注 lines are cut into several passages, and the passage holding `2020年…修正案（十一）` is no
    nearer the first adoption (`1979年7月1日…通过`, the passage before it) for being earliest among its own. Its
    body's dates are other documents' (`2012年4月19日…通过的《…规定》同时废止`)."""
    if not question.order_asked:
        return None
    if history := history_lines(document):
        text, history_title = history, title
    return extreme_year(question.order_asked, _dated_clauses(question, text, focus, history_title))


def _dated_clauses(question: Question, text: str, focus: list[str], title: str) -> list[str]:
    """The clauses holding a date in sentences naming the asked event (`修正`): not a law's
    adoption line when its first amendment is asked. A line of the 题注 is of the titled law
    (of_the_document): `监督法最早是哪天通过的` is answered by its first line, which names no 监督."""
    if not question.order_asked:
        return []
    return [clause for start, end in sentences(text) if not focus or contains_focus(focus, of_the_document(normalize(text[start:end]), title))
            for s, e in clauses(text[start:end], start) if answers(question, clause := normalize(text[s:e]))]


def _echoes(question: Question, span: str) -> bool:
    """Is the span mostly the question's own words (`扎实做好机关疫情防控工作` for `如何做好机关疫情
    防控工作`)? Then it names the topic; the answer is what the text says after it."""
    rest = span
    for term in sorted(question.of_kind("thing", "place", "enclosing", "phrase", "period", "day", "year", "doc_year"), key=len, reverse=True):
        rest = rest.replace(term, "")
    chinese = re.compile(r"[\u4e00-\u9fff]")
    return len(chinese.findall(rest)) <= 0.4 * len(chinese.findall(span))


def _grown_by_clauses(text: str, start: int, end: int) -> int:
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
                 if answers(question, normalize(text[s:e])) and (not focus or contains_focus(focus, normalize(text[s:e])))]
    return answering[0] if len(answering) == 1 else (start, end)


BARE_DATE_CHARS = 3  # `2021年,` opening a sentence: the date of all it says next


def _dated_statement(question: Question, text: str, clause_start: int, clause_end: int, sentence_end: int) -> int:
    """Where what a clause says ends, for a date question: a clause that is a bare date (`2021年,经过…,
    区纪委监委机关等15个单位被确定为第一批…`) dates the rest of its sentence, which says what happened
    then: it is scored with it, and said with it (a bare `2021年` tells the reader nothing of what)."""
    clause = normalize(text[clause_start:clause_end])
    if question.kind != "time" or len(CJK_CHAR.findall(DATE.sub("", clause))) > BARE_DATE_CHARS:
        return clause_end
    return max((e for s, e in clauses(text[clause_start:sentence_end], clause_start) if e - clause_start <= MAX_SPAN_CHARS),
               default=clause_end)


def _figure_beside_the_asked(question: Question, clause: str) -> bool:
    """`再给予25%的贴息支持` answers `再给予多少贴息支持`, and so does `提出整改措施20条` `多少条整改措施`:
    the figure is written right beside what the question counts (`50%给予贴息` is not); so `委员五至十人`
    `设委员几人`, the thing counted written right before the count word, whole (副部长 is no 部长)."""
    asked = question.counted or question.counted_words or ""  # the noun counted, else what follows the count word
    before = "" if asked else counted_right_before(question.text, question.focus)
    return any(asked and (clause[match.end():].removeprefix("的").startswith(asked[:2]) or clause[:match.start()].endswith(asked[-2:]))
               or before and clause[:match.start()].endswith(before) for match in QUANTITY.finditer(clause))


def _states_unit(clause: str, unit: str) -> bool:
    return any(same_unit(stated_unit(match), (unit,)) for match in QUANTITY.finditer(clause))


def _enumeration_credit(question: Question, clause: str) -> float:
    """A list question is answered by an enumeration (`夯实…、推动…、促进…等四项工作重点`), best one
    of the size the question names, not by a clause that merely shares its words (a headline)."""
    credit = 1.0 if "、" in clause or ENUMERATED.search(clause) or question.category and is_joined_series(clause, question.category) else 0.0
    wanted = question.items_asked
    if question.item_count and (question.item_count in clause or wanted and wanted > 1 and enumerated_items(clause) == wanted):
        credit += 2.0
    if introduces_the_asked_set(question, clause) or introduces_the_asked_things(question, clause):
        credit += 2.0  # `此次推出的10项措施包括…`, `会计帐簿包括总帐、…`: not `迅速制定10项针对性措施`, `私设会计帐簿登记、核算`
    return credit


def _extend_to_focus(text: str, sentence_start: int, clause_start: int, clause_end: int, focus: list[str]) -> int:
    """Start the span early enough to include what is being counted (`…集中学习6次`)."""
    if not focus or contains_focus(focus, normalize(text[clause_start:clause_end])):
        return clause_start
    for start, _ in reversed(clauses(text[sentence_start:clause_start], sentence_start)):
        if contains_focus(focus, normalize(text[start:clause_start])):
            return start if clause_start - start <= MAX_SPAN_CHARS else clause_start
    return clause_start


# A figure restated in other terms right after it (`提高50%，即按1500元/月·户标准提取`): the level
# asked may be either, so the answer says both.
RESTATED = re.compile(r"[，,]\s*(?:即(?![日将使便可时刻])|也就是|相当于|折合)")  # not 即日起, 即将, 即使


def _with_restatement(text: str, end: int, sentence_end: int) -> int:
    if not RESTATED.match(text, end):
        return end
    following = next(iter(clauses(text[end:sentence_end], end)), None)
    return following[1] if following and QUANTITY.search(text[following[0]:following[1]]) else end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n，,；;：:、":
        start += 1
    while end > start and text[end - 1] in " \n，,；;：:、":
        end -= 1
    return start, end
