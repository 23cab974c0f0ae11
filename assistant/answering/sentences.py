"""Sentence answers: for what / which / where / how / yes-no questions, the sentence that answers.

A figure question is answered by the clause holding a figure of the asked unit; most other
questions have no such mark, and a clause chosen by shared words is too often the one that only
repeats the question (`为提升服务沿街商户的效能` for `为提升服务沿街商户的效能，推广了什么APP`).
So the candidate is a sentence: in the question's scope (scope.py), sharing its topic (content
words, synonyms counted), and saying something the question does not; ranked with the document's
title counted for each. The answer is cut from the first clause that shares the topic to the
clauses after it that carry the new content, up to MAX_ANSWER_CHARS; a where-question needs a
place in it, read back to the clause naming one when the topic's clause comes after it.
"""

from __future__ import annotations

import re

from assistant.answering.listing import listing_before
from assistant.answering.names import clause_naming_the_means, names_what_is_asked, sets_a_requirement
from assistant.answering.coverage import term_credit
from assistant.answering.document_year import unasked_history_line
from assistant.answering.figures import enumerated_items
from assistant.answering.kind_answered import states_the_figure_asked_whether
from assistant.answering.frame import SHARE_FRAME_WEIGHT, frame_fit
from assistant.answering.provisos import with_other_case
from assistant.answering.question import Question
from assistant.answering.scope import Scope, named_by
from assistant.answering.meaning import SHARE_MEANING_WEIGHT
from assistant.answering.intents import ELABORATED_INTENTS, VERB_NOT_VERB
from assistant.answering.item_titles import is_an_item_title
from assistant.answering.text import announced_items, clauses, elaborated, goes_on, of_the_document, sentences, with_referent, with_subject
from assistant.chunking import ARTICLE
from assistant.ingest.clean import SPEECH_DATELINE
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage
from assistant.tokens import tagged

MAX_ANSWER_CHARS = 120  # measured on the dev sets: the answering part of a policy sentence is rarely longer
MIN_NEW_CHARS = 4  # a sentence must say at least this many characters the question does not
ENUMERATION_CREDIT = 0.5  # a sentence listing as many things as asked (`哪三项`) is likely the answer
# What the sentence adds counts a little: `三是认真开展民族成分变更工作` only names the topic that
# the next sentence (`…予以变更8例`) reports on.
NEWS_CREDIT, NEWS_CHARS = 0.2, 40
FOLLOWING_SHARE = 0.8  # the topic a sentence borrows from the one before it counts for less
LEAD_SHARE = 0.6  # … and so does the topic a lead holds only with its items (an item holding it all answers)
WINDOW_GAIN = 0.1  # an answer starts past the first clause naming the topic only for this much more of it
MIN_TOPIC_SHARE = 0.34  # of the question's content words (weighted) in the sentence or its heading
# Two of the question's words written side by side, as it writes them (Question.word_pairs: `现场招聘活动`), say
# the sentence speaks of that thing, not of its words scattered (`…非现场方式办理…考察活动…`). Measured on every
# tests/data file and ncp-dev: 0.6 won 8 answers and lost none (among them ncp dev 8d5c3014 `教育部对…组织部署
# 工作有什么明确要求`; c0a09925 `…针对现场招聘活动…措施` needs the passage's pairs too:
# extractive.PASSAGE_PAIRS_CREDIT); 1.0 won 10 and lost 1. An item's title (`三是认真开展民族成分变更工作。`)
# writes its topic's words together and reports nothing: it gets none (the credit took 上半年's `8例` from
# the sentence after it).
PAIRS_CREDIT = 0.6
BRACKETED_ASIDE = re.compile(r"[(][^()]{1,4}[)]")  # in normalized (NFKC) text
CHINESE = re.compile(r"[\u4e00-\u9fff\dA-Za-z]")


def find_sentence(question: Question, passage: Passage, document: str = "") -> tuple[int, int, float] | None:
    """(start, end, score) in document display positions of the answering part of the best
    sentence of the passage, or None."""
    text = passage.text
    heading, title, passage_text = normalize(passage.heading), normalize(passage.title), normalize(text)
    best: tuple[int, int, float] | None = None
    # The premise a question repeats from the document's title — or, in a file named by a number, from
    # its opening lines (scope.document_lead) — is said of every sentence under it: the one repeating it
    # (`…向全市群众发出以下倡议：`) has no edge over the one saying what is asked (`提倡行拱手礼，减少握手`).
    # In the ranking only: letting it count towards MIN_TOPIC_SHARE answered `…1000万元…批下来没有` (a
    # refusal) from a sentence on another matter. Measured on every tests/data file and ncp-dev: +7 −1
    # (ncp dev c0a09925 went to a forwarded notice whose opening names 人社部).
    titled = named_by(title, document)
    previous = ""
    pairs = question.word_pairs
    # the 题注 names the document's meetings and decrees: what a question asking a name wants (a
    # yes/no question read them as saying whatever the title does: an unread refusal lost so)
    opening = bool(question.asks_name) and question.intent != "yes_no" and not heading and passage_text.startswith(title)
    for start, end in sentences(text):
        sentence, before = normalize(text[start:end]), previous
        previous = sentence
        if is_a_heading(sentence, heading, title) or unasked_history_line(question.text, sentence, passage_text, heading, title):
            continue
        if Scope(sentence, normalize(text[:start]), passage_text, heading, title, passage.date, document, passage.doc_id).missing(question):
            continue
        if not (states_the_outcome_asked(question, sentence) and names_what_is_asked_whether(question, sentence)
                and states_the_figure_asked_whether(question, sentence) and sets_a_requirement(question, sentence)):
            continue
        if question.counted_otherwise(sentence):
            continue
        said_of = _with_its_subject(sentence, title, opening, before)
        # a lead says what holds for the items it announces (`代表有下列情形之一的，暂时停止执行代表职务，由…报告：
        # （一）因刑事案件被羁押…`): asked of an item's case, the lead answers — less than the item that holds it all
        share = max(topic_share(question, said_of), LEAD_SHARE * topic_share(question, said_of + normalize(announced_items(text, end))))
        if share < MIN_TOPIC_SHARE and _has_a_typed_answer(question) and names_what_is_asked(question, sentence):
            # `…的医用口罩和防护服…。省医疗物资保障组委托甘肃药业投资集团统一收储`: the name asked
            # for comes in the sentence after the one naming the topic
            share = FOLLOWING_SHARE * topic_share(question, before + sentence)
        said, fit = _said(question, text, start, end), frame_fit(question.frame, sentence)
        # the whole frame written around something says something new, however short (`国务院实行总理负责制`)
        if max(share, topic_share(question, heading) * 0.5) < MIN_TOPIC_SHARE or fit < 1.0 and _new_chars(question, said) < MIN_NEW_CHARS:
            continue
        cut = _answering_part(question, text, start, end)
        if cut is None:
            continue
        span = normalize(text[cut[0]:cut[1]])
        news = _new_chars(question, span)
        if news < MIN_NEW_CHARS:  # a run-in heading (`用心用情助力民生。`): its paragraph is its news
            news = _new_chars(question, said)
        score = (max(share, topic_share(question, f"{said_of}\n{titled}"))
                 + 0.3 * topic_share(question, heading)
                 + ENUMERATION_CREDIT * _lists_the_asked_number(question, span)
                 + SHARE_FRAME_WEIGHT * fit
                 + NEWS_CREDIT * min(news / NEWS_CHARS, 1.0)
                 + PAIRS_CREDIT * (not is_an_item_title(text, start, end)) * pairs_written(pairs, sentence)
                 + question.meaning.credit(with_referent(sentence.strip(), title), SHARE_MEANING_WEIGHT))
        if best is None or score > best[2]:
            best = (passage.start + cut[0], passage.start + cut[1], score)
    return best


def _with_its_subject(sentence: str, title: str, opening: bool, before: str = "") -> str:
    """The sentence — after the one before when it goes on from it (`…张燕一行…调研健康茶工作…。并在
    市政府召开座谈交流会`: the talks are that visit's) — with the document's title when that is what
    it is about: it says `本法`, or it is a line of the 题注 under the title of the document's opening
    — a version's history line (`1982年12月10日 第五届全国人民代表大会第五次会议通过`, text.of_the_document)
    or a speech's dateline (`——2023年3月5日在第十四届全国人民代表大会第一次会议上`, ingest/clean.py); not
    a page's dateline with its source (`2022年04月01日 08:56 来源:…`)."""
    if goes_on(sentence):
        sentence = f"{before}{sentence}"
    if opening and SPEECH_DATELINE.match(sentence.strip()):
        return f"{sentence}\n{title}"
    titled = of_the_document(sentence, title if opening else "")
    return titled if titled != sentence else with_referent(sentence, title)


def is_a_heading(sentence: str, heading: str, title: str) -> bool:
    """A title or heading line names a topic; it answers nothing about it. An article's first
    sentence heads its section (chunking.py) and is what the article rules (`第三十九条 …代表在
    …会议上的发言和表决，不受法律追究`)."""
    line = sentence.strip().rstrip("。")
    return bool(line) and not ARTICLE.match(line) and (line in heading or line in title)


def topic_share(question: Question, text: str) -> float:
    """The weighted share of the question's content words (and quoted phrases) the text holds; of
    a where-question asking only about a place (`赤康村是哪个乡的`), its places."""
    terms = question.of_kind("thing", "phrase", "body") or (question.of_kind("place") if question.intent == "fact_place" else [])
    if not terms:
        return 0.0
    weights = [question.weight(term) for term in terms]
    credits = [term_credit(term, text, question.synonyms.get(term, ())) for term in terms]
    return sum(w * c for w, c in zip(weights, credits)) / sum(weights)


def pairs_written(pairs: list[str], sentence: str) -> float:
    """The share of the question's word pairs (Question.word_pairs) the sentence writes as the question does."""
    read = BRACKETED_ASIDE.sub("", sentence)  # `区(中)直机关` writes 区直机关
    return sum(pair in read for pair in pairs) / len(pairs) if pairs else 0.0


def _lists_the_asked_number(question: Question, span: str) -> bool:
    """`哪三项措施`: does a clause of the span list exactly that many things?"""
    wanted = question.items_asked
    return wanted is not None and wanted > 1 and any(
        enumerated_items(span[start:end]) == wanted for start, end in clauses(span))


def _new_chars(question: Question, text: str) -> int:
    """Characters of the text that are not the question's own words."""
    rest = text
    for term in sorted(question.of_kind("thing", "place", "phrase", "period", "day", "year", "doc_year"), key=len, reverse=True):
        rest = rest.replace(term, "")
    return len(CHINESE.findall(rest))


def _said(question: Question, text: str, start: int, end: int) -> str:
    """What a sentence says; for a how/list/summary question, with the rest of its paragraph when
    the sentence only names the topic (`用心用情助力民生。开展文明实践活动40余场次;…`: a run-in heading
    whose paragraph says what was done)."""
    if question.intent in ELABORATED_INTENTS:
        end = elaborated(text, end)
    return normalize(text[start:end])


def _answering_part(question: Question, text: str, start: int, end: int) -> tuple[int, int] | None:
    """From the first clause sharing the topic, through the clauses that follow while the span
    is short, keeping at least one clause that says something new; a where- or which-
    organisation question reads on to the clause that names one, or back to it (None if the
    sentence has none within MAX_ANSWER_CHARS)."""
    pieces = clauses(text[start:end], start)
    if not pieces:
        return None
    first = _topic_window(question, text, pieces)
    first = with_subject(text, pieces, listing_before(question, text, pieces, clause_naming_the_means(question, text, pieces, first)))
    if question.asks_method and _ends_the_sentence(text, pieces, first):
        first = _means_before(text, pieces, first)
    if question.asks_outcome:  # from the clause before the one saying what came of it (`全部符合规定,予以变更8例`)
        said = next((i for i, (s, e) in enumerate(pieces) if OUTCOME_OR_STATE.search(normalize(text[s:e]))), None)
        first = first if said is None else max(first, said - 1)
    span_start, span_end = pieces[first]
    for s, e in pieces[first + 1:]:
        if (e - span_start > MAX_ANSWER_CHARS and _new_chars(question, normalize(text[span_start:span_end])) >= MIN_NEW_CHARS
                and names_what_is_asked(question, normalize(text[span_start:span_end]))):
            break
        span_end = e
    if not names_what_is_asked(question, normalize(text[span_start:span_end])):
        # or back to the one before that names it (`拉萨市和云南普洱再次携手,成立…展销中心` for `跟云南哪个地方合作`)
        span_start = next((s for s, _ in reversed(pieces[:first]) if span_end - s <= MAX_ANSWER_CHARS
                           and names_what_is_asked(question, normalize(text[s:span_end]))), None)
    return None if span_start is None else (span_start, with_other_case(text, span_start, span_end, MAX_ANSWER_CHARS))


def _topic_window(question: Question, text: str, pieces: list[tuple[int, int]]) -> int:
    """The clause the answer starts from: the first sharing the topic, unless a later one's
    MAX_ANSWER_CHARS hold clearly more of it. A long sentence opens with its reasons (`鉴于…严峻形势，
    为加强疫情防控工作，…` before `经研究决定…婚姻登记处暂停办理所有婚姻登记业务`): the first clause
    naming the topic is not always where the sentence speaks of it. Clearly: a few more words won
    by reading on past the subject (`我委四级调研员以上9名同志,积极对接…`) do not move it."""
    windows = []  # (clause, share of the topic in its window)
    for i, (start, own_end) in enumerate(pieces):
        if topic_share(question, normalize(text[start:own_end])) > 0:
            end = max((e for _, e in pieces[i:] if e - start <= MAX_ANSWER_CHARS), default=own_end)
            windows.append((i, topic_share(question, normalize(text[start:end]))))
    if not windows:
        return 0
    first, first_share = windows[0]
    best, best_share = max(windows, key=lambda window: window[1])  # the earliest of equals
    return best if best_share >= first_share + WINDOW_GAIN else first


# A sentence ending in the topic asked how may close with a short clause after it (`…定期排查、及时研判、准确定性、
# 依法处理,有效防范化解涉及民族因素风险隐患,守好阵地。`); a longer one says how itself (`…,加强政治理论学习,
# 采取集中学习和个人自学相结合的方式。`).
CLOSING_CLAUSE_CHARS = 6


def _ends_the_sentence(text: str, pieces: list[tuple[int, int]], topic: int) -> bool:
    after = [normalize(text[start:end]).strip(" ，,。；;") for start, end in pieces[topic + 1:]]
    return len(after) == 0 or len(after) == 1 and len(after[0]) <= CLOSING_CLAUSE_CHARS


def _means_before(text: str, pieces: list[tuple[int, int]], topic: int) -> int:
    """A sentence ending in the topic asked how (`…采取联合执法、监督检查、实战演练等方式,提升依法行政
    能力。`) says how before it: the answer starts at the earliest clause within MAX_ANSWER_CHARS."""
    end = pieces[topic][1]
    return next((i for i, (s, _) in enumerate(pieces[:topic]) if end - s <= MAX_ANSWER_CHARS), topic)


def _has_a_typed_answer(question: Question) -> bool:
    return question.intent == "fact_place" or bool(question.asks_organisation)


# Whether something was done is answered by what the sentence says of it now — done
# (`已…`, `予以变更8例`), where it stands (`目前…都在准备考试`, `尚未`), or that it is the first
# (`首次…` answers `以前开过没有`) — a sentence saying none of these (a request, a plan or a start:
# `建议…市财政解决1000万元`, `启动…升级改造工程`) does not. A marker is a word, not a reading: a plan
# to pass an inspection (`力争通过验收`) holds one.
OUTCOME_OR_STATE = re.compile(r"已|完成|建成|批复|批准|到位|竣工|落成|通过|实现|开业|投入使用|予以|目前|现在|正在|都在|尚未|还未|仍在|首次")


# Whether something has begun (`升级改造开始搞了没有`, `启动了吗`): a start answers it — the start verb
# asked at the question's end, at most two characters before its 了没有 (not `开工补贴发了没有`), and a
# start the text states as done, not planned (`计划明年开始…`, `将启动…`).
START_VERBS = "开始|启动|开工|动工|着手|开启"
START_ASKED = re.compile(rf"(?:{START_VERBS})[\u4e00-\u9fff]{{0,2}}?(?:了|过)?(?:没有?|吗)[?？。！!\s呢吧啊]*$")
START_STATED = re.compile(START_VERBS)
# A plan word in the few characters before a start, within its clause (not 主要, 需要, 要求, 准备工作).
PLANNED = re.compile(r"将|计划|拟|准备(?!工作)|预计|力争|(?<![主需重必])要(?!求)")
PLAN_WINDOW = 8


def states_the_outcome_asked(question: Question, sentence: str) -> bool:
    """A question whether something was done is answered by a whole sentence saying what came of
    it, not only that it was asked for, planned or begun (however its cut reads); one whether it
    has begun, by its start too."""
    if not question.asks_outcome or OUTCOME_OR_STATE.search(sentence):
        return True
    return bool(START_ASKED.search(question.text)) and _states_a_start(sentence)


# also whether a thing was got or done, in the clause asking (`拿没拿到奖牌`, `交没交材料`; not a duty left undone,
# `该交没交的材料，会被处罚吗`): a sentence naming it says so
EXISTENCE_ASKED = re.compile(rf"有没有|是否有|有无|有没(?!有)|{VERB_NOT_VERB}(?=[^，,]*$)|^[^，,有]*有(?=[^，,？?]{{1,12}}吗[?？]?$)")
# Whether something is planned (`有没有打算在短视频平台上推…`: what is done, said in other words) — a verb; not a
# thing named so (`有没有计划生育奖励`, `准备金`)
PLAN_VERBS = frozenset({"打算", "计划", "准备", "考虑", "想"})


def _asks_whether_a_thing_exists(text: str) -> bool:
    asked = EXISTENCE_ASKED.search(text)
    if asked is None:
        return False
    following = tagged(text[asked.end():])
    return not (following and following[0][0] in PLAN_VERBS and following[0][1].startswith("v"))


def names_what_is_asked_whether(question: Question, sentence: str) -> bool:
    """Whether there is a thing (`展销中心有没有开网店`) is said only by a sentence naming it (or its
    synonym): `成立…展销中心` says nothing of a 网店. It is the question's last noun or its last content word —
    either, as the tagger reads nouns as verbs (提纲, 会计). Only a thing's existence is asked so: whether a
    rule holds (`要不要交钱` → `不得…收取任何费用`) is said in other words."""
    things = [term for term in question.terms if term.kind == "thing"]
    nouns = [term.text for term in things if term.flag.startswith("n")]
    if question.intent != "yes_no" or not things or not _asks_whether_a_thing_exists(question.text):
        return True
    asked = {things[-1].text, *nouns[-1:]}
    return any(term_credit(word, sentence, question.synonyms.get(word, ())) > 0 for word in asked)


def _states_a_start(sentence: str) -> bool:
    """A start the sentence states as done: no plan word right before it in its clause."""
    for start in START_STATED.finditer(sentence):
        clause_start = max(sentence.rfind(mark, 0, start.start()) for mark in "，,；;：:") + 1
        if not PLANNED.search(sentence[max(clause_start, start.start() - PLAN_WINDOW):start.start()]):
            return True
    return False
