"""Answerability: does a passage cover what the question is about?

A score threshold cannot decide this (on held-out questions no single BM25 or cosine cut-off
separates the unanswerable ones), so each kind of key term is checked where it must hold:
places in the passage's document, ordinals (`第二批`) in the passage/heading/title, quoted
phrases verbatim, and enough of the remaining content words — literally, through an
abbreviation's full name, or through a synonym (`帮扶` ~ `扶助`) — in the passage with its title
and heading. Years, periods and places are then checked per sentence, at the scope where they
hold (scope.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from collections.abc import Callable, Collection, Mapping

from assistant.answering.figures import ordinal_written
from assistant.answering.intents import ELABORATED_INTENTS
from assistant.answering.focus import change_written
from assistant.answering.bodies import is_a_body, names_the_body
from assistant.answering.places import POSTS, body_of, is_a_post, place_stem
from assistant.answering.provinces import inside_the_province
from assistant.answering.question import Question
from assistant.answering.scope import document_lead
from assistant.answering.text import POINTED_DOCUMENT
from assistant.tokens import full_forms, in_dictionary, tagged, tokenize

MIN_THING_COVERAGE = 0.6
SYNONYM_CREDIT = 0.8  # a synonym is evidence, a little weaker than the word itself
# A content word of the question that no document holds, nor any of its synonyms, and that is not
# a name: the asker's phrasing (`光算`, `能干`, `过刑`), which no passage can cover. It still counts
# a little, so a question made mostly of such words is not answered on the rest.
PHRASING_WEIGHT = 0.3
CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")


# A word the tagger made up from characters it does not know as one word (not in its dictionary)
# may be two words cut short: `报市财政局` is tagged 报市 + 财政局 where the text says `报送市财政局`,
# and `新冠` stands for `新型冠状病毒`. Its characters standing in order, at most this many apart,
# count as a near match — within a clause, and never for a person's name (王芳 is not 王晓芳).
SPREAD_GAP = 2
SPREAD_CREDIT = 0.75
CLAUSE_BREAKS = r"，,。；;：:、！？!?\s"


@lru_cache(maxsize=4096)
def _spread_pattern(term: str) -> re.Pattern[str] | None:
    if in_dictionary(term) or not CJK_WORD.fullmatch(term) or any(flag.startswith("nr") for _, flag in tagged(term)):
        return None
    return re.compile(f"[^{CLAUSE_BREAKS}]{{0,{SPREAD_GAP}}}".join(map(re.escape, term)))


def _spread_out(term: str, text: str) -> bool:
    pattern = _spread_pattern(term)
    return pattern is not None and pattern.search(text) is not None


def term_credit(term: str, text: str, synonyms: Collection[str] = ()) -> float:
    """1 if the term occurs (an abbreviation also through its full name: 民委 in 民族事务委员会, and a word
    holding one: 全国人大 in 全国人民代表大会);
    0.8 if one of its synonyms does; 0.75 if all but one character of a long term does
    (`民族成分` ~ `民族成份`) or if a short word the tagger made up stands spread out in it (`报市` in
    `报送市财政局`); else 0. Other short terms must match exactly: `副局长` is not `局长`, nor `局长` a
    `副局长` (a deputy's post)."""
    if term in text and _only_as_a_deputy(term, text):
        return 0.0
    if term in text or any(full in text for full in full_forms(term)):
        return 1.0
    if is_a_body(term) and names_the_body(term, text):
        return 1.0  # 人社厅 in `人力资源和社会保障厅`
    if any(synonym in text for synonym in synonyms):
        return SYNONYM_CREDIT
    if len(term) < 4:
        return SPREAD_CREDIT if _spread_out(term, text) else 0.0
    length = math.ceil(len(term) * 0.75)
    if any(term[i:i + length] in text for i in range(len(term) - length + 1)):
        return 0.75
    return 0.0


def _only_as_a_deputy(term: str, text: str) -> bool:
    """Is the post (`局长`, `司长`, `主任`) in the text only as a deputy's (`副局长`), a post held by another
    (`…税务局局长是谁` is not answered by its 副局长)?"""
    if not is_a_post(term) or term.startswith("副"):
        return False
    return all(found.start() > 0 and text[found.start() - 1] == "副" for found in re.finditer(re.escape(term), text))


def compound_credit(term: str, text: str, synonyms: Collection[str] = ()) -> float:
    """A compound jieba keeps whole (`政协提案`) also counts through its parts (`政协`…`提案`)."""
    credit = term_credit(term, text, synonyms)
    parts = [part for part in tokenize(term) if part != term and len(part) >= 2]
    if credit < 1 and len(parts) >= 2:
        credit = max(credit, sum(term_credit(part, text) for part in parts) / len(parts))
        if credit < 1 and (tiles := _tiling(term, parts)) and any(all(tile in clause for tile in tiles)
                                                                  for clause in re.split(f"[{CLAUSE_BREAKS}]", text)):
            credit = 1.0  # `新闻报道` in `媒体报道新闻50余篇`: the words it is made of, in one clause in any order
    return credit


def _tiling(term: str, parts: list[str]) -> list[str] | None:
    """The fewest parts that make up the compound side by side (`新闻报道` → 新闻 + 报道, not the search
    tokens' overlapping 闻报; `合法权益` → 合法 + 权益), or None."""
    best: list[list[str] | None] = [[]] + [None] * len(term)  # best[i]: the fewest parts making term[:i]
    for end in range(1, len(term) + 1):
        options = [best[end - len(part)] + [part] for part in parts
                   if len(part) <= end and term[end - len(part):end] == part and best[end - len(part)] is not None]
        best[end] = min(options, key=len, default=None)
    return best[-1] if best[-1] and len(best[-1]) >= 2 else None


def thing_coverage(things: list[str], text: str, synonyms: Mapping[str, Collection[str]] | None = None,
                   weight: Callable[[str], float] = lambda term: min(len(term), 4),
                   lead_words: tuple[list[str], str] = ([], "")) -> float:
    """The weighted share of the things the text holds; `lead_words` (some of the things, and the
    document's opening lines) also count where the opening lines hold them."""
    if not things:
        return 1.0
    synonyms = synonyms or {}
    in_the_lead, lead = lead_words
    weights = [weight(term) for term in things]
    credits = [compound_credit(term, f"{lead}\n{text}" if term in in_the_lead else text, synonyms.get(term, ()))
               for term in things]
    return sum(weight * credit for weight, credit in zip(weights, credits)) / sum(weights)


@dataclass
class Coverage:
    ok: bool
    score: float
    missing: list[str] = field(default_factory=list)


# An amendment naming the law's version asked (`（含刑法修正案（十二））`): its 题注 lists it, no article does. Not
# one asked about (`刑法修正案（十二）从哪天开始施行`), nor what something holds (`包含…修正案`).
def _names_the_version(question: Question, phrase: str) -> bool:
    return "修正案" in phrase and re.search(rf"(?<!包)含[^，,。；;]{{0,6}}{re.escape(phrase)}", question.text) is not None


def check(question: Question, passage_text: str, heading_text: str, title_text: str, document_text: str) -> Coverage:
    """All texts are search-normalized. `passage_text` is the passage alone."""
    context = f"{title_text}\n{heading_text}\n{passage_text}"
    missing: list[str] = []
    for phrase in question.of_kind("phrase"):
        if phrase not in context and not (_names_the_version(question, phrase) and phrase in document_text):
            missing.append(phrase)
    for ordinal in question.of_kind("ordinal"):
        if not ordinal_written(ordinal, context):
            missing.append(ordinal)
    for action in question.action:  # `怎么领取…座套`: a passage on 座套 that says nothing of 领取 answers no how
        if not term_credit(action, context, question.synonyms.get(action, ())):
            missing.append(action)
    for place in question.of_kind("place"):
        if place_stem(place) not in document_text and place_stem(place) not in title_text \
                and not inside_the_province(place, document_text):
            missing.append(place)
    for committee in _committees_named(question):  # a qualifier like a place: one the document never names has none of its facts
        if not any(names_the_body(committee, text) or f"{committee[0]}委" in text for text in (document_text, title_text)):
            missing.append(committee)
    score = thing_coverage(question.of_kind("thing", "body"), context, question.synonyms, question.weight,
                           lead_words=(_named_in_the_lead(question, context), document_lead(document_text)))
    ok = not missing and score >= MIN_THING_COVERAGE \
        and _holds_beyond_the_title(question, title_text, f"{heading_text}\n{passage_text}")
    return Coverage(ok, score, missing)


def _holds_beyond_the_title(question: Question, title_text: str, text: str) -> bool:
    """A question naming the document by its title's words (`经营者集中申报标准2018：去申报要交哪些材料、走啥流程`)
    asks something beyond them: every passage of that document holds the title's, so one holding none of the
    rest (`第一条 为了明确经营者集中的申报标准…制定本规定`) says nothing asked."""
    if question.intent not in ELABORATED_INTENTS:
        return True  # a fact may be asked of the rule's own words (`经营者集中申报标准是根据哪部法律定的`)
    pointed_at = set(POINTED_DOCUMENT.findall(question.text))  # `杨毅这篇访谈`: the document, not what it says
    things = [term for term in question.of_kind("thing", "body") if term not in pointed_at]
    beyond = [term for term in things if compound_credit(term, title_text) < 1.0]  # as section_topic.named_in reads it
    if not beyond or len(beyond) == len(things):
        return True
    return thing_coverage(beyond, text, question.synonyms, question.weight) > 0


def _committees_named(question: Question) -> list[str]:
    """The committees the question names by what they do, which the tagger cuts apart (`监察` + `委员会`); a
    document may write one short (`监委`, `常委会`, `发改委`). Not any two words ending in a body's ending
    (`召开常委`, `县区政协`: the text's `县(区)政协`), nor the bare 委员会 the tagger leaves of `居民委员会`."""
    return list(dict.fromkeys(pair for pair in question.word_pairs if COMMITTEE.fullmatch(pair)))


COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,6}委员会")


def _named_in_the_lead(question: Question, context: str) -> list[str]:
    """The words a document's opening lines may hold for a passage: who said what is asked
    (speaker_words); and, for a passage holding what is asked about (the focus), every word — a
    news item's opening lines name, like a title, whom and what all of it is about."""
    if question.focus and contains_focus(question.focus, context):
        return question.of_kind("thing", "body")
    return speaker_words(question)


# A verb of saying after its speaker, followed by what was said (not `…有什么要求`, `按照上级要求各单位…`).
SAID_BY = re.compile(r"(?:认为|表示|建议|指出|强调|要求|提醒)(?=[，,：:]?[\u4e00-\u9fff]{4,})")


def speaker_words(question: Question) -> list[str]:
    """The words naming who said what is asked (`中国疾控中心…首席专家张流波认为，…`,
    `审计长胡泽君要求，…`) when they name a person, a post or a body: an article names its speaker
    once, in its opening lines."""
    said = SAID_BY.search(question.text)
    if said is None:
        return []
    before = [term for term in question.of_kind("thing", "body") if 0 <= question.text.find(term) < said.start()]
    named = any(term in question.persons or body_of(term) or term.endswith(SPEAKER_ENDINGS) for term in before)
    return before if named else []


SPEAKER_ENDINGS = (*POSTS, "专家", "审计长", "院士", "教授")


# Things listed by their own kind (`政治判断力、政治领悟力、政治执行力`, `民族广场舞大赛、“…杯”乒乓球比赛`):
# two or more items joined by 、, each of three characters or more ending as the kind asked ends
# (能力 → …力, 比赛 → …赛; `国有大行、股份行、城商行` for 银行), beside the rest of the focus (`政治`).
LISTED_ITEM = r"[\u4e00-\u9fff“”\"]{2,12}"


def lists_of_kind(category: str, text: str) -> bool:
    last = re.escape(category[-1])
    return re.search(rf"{LISTED_ITEM}{last}(?:、{LISTED_ITEM}{last})+", text) is not None


def holds_focus(focus: list[str], category: str | None, text: str) -> bool:
    """The focus is in the text; or, for a list asked by the kind of its things (`哪几种政治能力`),
    the rest of it is and the text lists things of that kind (`政治判断力、政治领悟力`)."""
    if contains_focus(focus, text):
        return True
    rest = [word for word in focus if word != category]
    return category in focus and contains_focus(rest, text) and lists_of_kind(category, text)


def contains_focus(focus: list[str], text: str) -> bool:
    """Every word of the focus phrase (`党组`+`会议`) is in the text."""
    return all(compound_credit(term, text) >= 0.75 or i > 0 and change_written(focus[i - 1], term, text)
               for i, term in enumerate(focus))

