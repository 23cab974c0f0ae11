"""Several facts asked at once, as one question a fact.

`拉萨市民委有多少名退休干部，几名因身体原因不能接种疫苗？` asks two figures; `接访了多少群众、走访了
多少户` two, listed with `、`; two things compared one a side (sides.py). Each part is answered on
its own; a later part that does not open with the first part's subject is asked with it.
"""

from __future__ import annotations

import re

from assistant.answering.answer_kind import COUNT, SET_NAMED, question_kind
from assistant.answering.bodies import WHICH_BODY, is_a_body
from assistant.answering.asking import plainly, read_question
from assistant.answering.focus import NOUN_FLAGS
from assistant.answering.intents import METHOD
from assistant.answering.phrases import ASKED_AND, is_a_conjunction, side_phrase_before
from assistant.answering.asked_times import DAY, PERIOD, YEAR
from assistant.answering.question import Question, analyse, question_word_position
from assistant.answering.sides import compared_sides
from assistant.answering.text import CJK_CHAR
from assistant.ingest.normalize import normalize, to_simplified
from assistant.tokens import STOPWORDS, tagged

FACT_KINDS = ("count", "person", "time")
PART_BREAKS = re.compile(r"[，,；;？?：:]")  # two questions in one message: `…多少人？委员…多少人次？`; `放假办法2013：` names what both ask of
SPACE = re.compile(r"\s+")
QUESTION_MARK = re.compile(r"[？?]")
BIDDING_TO_COMPARE = re.compile(r"[，,？?\s]+(?:(?:相)?比一比|(?:比较|对比|比)一下|比比)(?=[？?。！!\s]*$)")
ASKED_AGAIN = re.compile(r"(?:又(?!称|名|叫)|还|另外)[^，,；;？?]{0,8}?(?:什么|啥|哪|几|多少|谁|怎)")  # not `又称什么`
MIN_ASKING_WORDS = 2  # characters a piece holds besides a two-character question word to ask on its own (not `什么时候`, `多少次`)


def compared_or_parts(question: str) -> tuple[list[tuple[str, str]], bool]:
    """The question's parts (question_parts), and whether they are two sides compared (sides.py),
    read once: in Simplified script, as the word lists that cut and complete a part are written
    (`幾個因爲…沒打疫苗` lost what it counted), and without how it is put politely."""
    question = _spaces_between_questions(plainly(to_simplified(question)))
    if compared := compared_sides(question):
        # `…各集中学习了几次，比一比`: the bidding to compare is no words of either side's question
        compared = [(BIDDING_TO_COMPARE.sub("", as_written), BIDDING_TO_COMPARE.sub("", standalone)) for as_written, standalone in compared]
        return _later_sides_scoped(compared), True
    return _fact_parts(question), False


def _later_sides_scoped(compared: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A later side naming no place, body, year or period of its own is asked within the first's (`拉萨上半年…
    报道民族团结的条数，跟户外宣传的条数比一比` → `拉萨上半年户外宣传的条数是多少`)."""
    first = compared[0][1]
    return [compared[0], *((as_written, standalone if _scoped(standalone) else with_qualifiers(standalone, first))
                           for as_written, standalone in compared[1:])]


def _scoped(question: str) -> bool:
    analysed = analyse(question)
    return bool(analysed.of_kind("year", "relative_year", "doc_year", "period", "place") or analysed.bodies)


def _spaces_between_questions(question: str) -> str:
    """Two questions typed apart by a space (`…收集了多少个诉求 解决了多少个`) apart by a comma; not a
    keyword query's words (`拉萨民委 什么时候 召开 多少次 党组会`: no piece asks on its own)."""
    pieces = SPACE.split(question.strip())
    joined = pieces[:1]
    for left, right in zip(pieces, pieces[1:]):
        joined.append(("，" if _asks_alone(left) and _asks_alone(right) else " ") + right)
    return "".join(joined)


def _asks_alone(piece: str) -> bool:
    asked = question_word_position(piece)
    return asked < len(piece) and len(CJK_CHAR.findall(piece)) - 2 >= MIN_ASKING_WORDS


def question_parts(question: str) -> list[tuple[str, str]]:
    """A question that asks for several facts at once (`拉萨市民委有多少名退休干部，几名因身体原因
    不能接种疫苗？`) as one question a fact: (as read: Simplified, plainly; standalone), the standalone form opening
    with the first part's subject (`拉萨市民委几名退休干部因身体原因不能接种疫苗`). Anything else is one
    part: the question itself."""
    return compared_or_parts(question)[0]


def _fact_parts(question: str) -> list[tuple[str, str]]:
    """question_parts of a question comparing no two sides."""
    if shared := _shared_ask(question):
        return [(part, part) for part in shared]
    pieces = [piece.strip() for piece in PART_BREAKS.split(question.strip().rstrip("?？。 ")) if piece.strip()]
    pieces = [part for piece in pieces for part in _enumerated_asks(piece)]
    facts = [i for i, piece in enumerate(pieces) if question_kind(read_question(SET_NAMED.sub("", piece))) in FACT_KINDS]
    # `…把握哪两个权，宣传又坚持啥方针`: a later ask said to be another (又, 还) makes each clause asking a part
    # and two questions typed one after the other (`剥夺政治权利一般多长？判了死刑、无期的咋办`) are two asks
    again = any(ASKED_AGAIN.search(piece) for piece in pieces[1:]) or _questions_typed_apart(question)
    asking = [i for i, piece in enumerate(pieces) if i in facts or (facts or again) and _asks(piece)]
    if len(asking) < 2:
        return [(question, question)]
    # Clauses without a question word belong to the next fact asked (context comes first in
    # Chinese), those before the first one to every fact; trailing ones to the last.
    bounds = [0, *[i + 1 for i in asking[:-1]], len(pieces)]
    parts = ["，".join(pieces[start:end]) for start, end in zip(bounds, bounds[1:])]
    # `…搞《未成年人保护法》专项监督，发现了几项问题、提了多少条建议`: both are of it
    context, first = "，".join(pieces[:asking[0]]), pieces[asking[0]]
    subject = _subject(first) or ("" if context else _opening(first))
    if not subject and not context:
        return [(question, question)]
    earlier = analyse(first)
    apart = _questions_typed_apart(question)
    later = [_the_first_things_change(part, first, earlier) or (
        _standalone(_with_the_counted(part, first), subject, first) if subject and not (apart and _names_its_own(part, subject)) else part)
        for part in parts[1:]]
    return [(parts[0], parts[0]), *[(part, _with_context(context, asked)) for part, asked in zip(parts[1:], later)]]


# A later figure asked as a change, naming no thing of its own (`比上年增产多少`, `同比增长多少`), is the first part's
# thing's change — not a figure of a side (`…跟阿里、林芝比差多少？各是多少钱`: 拉萨's own).
CHANGE_ASKED = re.compile(r"^(?:比|较|同比|环比|增|减|提高|提升|上升|下降|降低)")


def _the_first_things_change(part: str, first: str, earlier: Question) -> str | None:
    """…asked with the first part's words up to its thing, when that stands before its question word
    (`2022年全国粮食产量是多少？比上年增产多少` → `2022年全国粮食产量比上年增产多少`); None when the part asks
    otherwise or the thing comes after (`共有多少家市场主体`: the standalone form names it)."""
    asked = analyse(part)
    if asked.kind != "count" or CHANGE_ASKED.match(normalize(part).strip()) is None or not earlier.focus \
            or any(term.kind == "thing" and term.flag.startswith(NOUN_FLAGS) for term in asked.terms):
        return None
    text = normalize(first)
    thing_at = text.find(earlier.focus[-1])
    return text[:thing_at + len(earlier.focus[-1])] + part if 0 <= thing_at < question_word_position(text) else None


def _names_its_own(part: str, subject: str) -> bool:
    """A question typed apart that opens by naming anew what the first one's subject is of (`国务院办公厅由谁领导？
    国务院的日常工作由谁负责处理？`: 国务院, whose 办公厅 the first asks of): it is about that, not the first one's
    subject. One opening with something else (`政协机关有多少人上了防疫一线？委员参与…多少人次？`) or with the first
    one's body without its place (`拉萨市民委…？民委有几个科室？`) is of the first one's."""
    own = _subject(part)
    return len(own) >= 2 and subject.startswith(own) and is_a_body(subject[len(own):])


def _with_context(context: str, part: str) -> str:
    return f"{context}，{part}" if context else part


def _questions_typed_apart(question: str) -> bool:
    """Two or more sentences ending in a question mark that each ask of something they name: not
    `有哪些举措？包括什么内容？`, the second saying only what the first list's answer should hold."""
    sentences = QUESTION_MARK.split(question.strip().rstrip("?？。 "))
    return sum(_asks(sentence) and bool(analyse(sentence).terms) for sentence in sentences) >= 2


def _asks(piece: str) -> bool:
    """Beside a fact asked (多少, 谁, 何时), a clause with a question word asks one more
    (`…成立了几级促进会，在全区率先做到了什么`); `有哪些举措，包括什么内容` alone is one list
    question. A clause without a question word is context for the next one."""
    text = read_question(SET_NAMED.sub("", piece))
    return question_word_position(text) < len(text)


def _standalone(part: str, subject: str, first: str) -> str:
    """A later part asked with the first part's subject, and its year and period when it names
    none (`…召开了2022年上半年党组会议多少次，集中学习几次` → `…2022年上半年集中学习几次`)."""
    text = normalize(part)
    asked = part if text.startswith(subject) else subject + part
    first_text = normalize(first)
    when = "".join(found.group() for pattern in (YEAR, PERIOD) if not pattern.search(text)
                   and (found := pattern.search(first_text)) and found.group() not in subject)
    if not when:
        return asked
    return asked[:len(subject)] + when + asked[len(subject):] if asked.startswith(subject) else when + asked


# A count word opening the part, after at most a word picking some out (`几个因为身体原因…`, `其中有几个…`).
OPENS_WITH_THE_COUNT = re.compile(r"^\s*(?:其中|当中|这其中|里面|里头)?(?:有|还有|又有)?\s*$")


def _with_the_counted(part: str, first: str) -> str:
    """`…有多少退休干部，几个因身体原因没打疫苗`: a later count opening with its count word, naming nothing
    counted, in the first part's classifier or the general 个, counts what the first part counted
    (`几个退休干部因身体原因没打疫苗`); not `常委有多少人`, `…走访了多少户`, `…办结了几个`."""
    asked, earlier = analyse(part), analyse(first)
    count_word, first_count = COUNT.search(asked.text), COUNT.search(earlier.text)
    if asked.kind != "count" or asked.counted or not earlier.counted or earlier.counted in asked.text or count_word is None:
        return part
    if count_word.group(2) not in (None, "个", first_count and first_count.group(2)):
        return part
    if not OPENS_WITH_THE_COUNT.match(asked.text[:count_word.start()]):
        return part  # `办结了几个`: a verb's object, not the first part's thing
    at = part.find(count_word.group())
    return part if at < 0 else part[:at + len(count_word.group())] + earlier.counted + part[at + len(count_word.group()):]


def with_qualifiers(part: str, first: str) -> str:
    """A later part asked with only the first part's place, body, year, document number, period and day — not its topic
    (`户外宣传又有多少条` after `拉萨各类媒体宣传报道民族团结多少条次` → `拉萨户外宣传又有多少条`): when the
    standalone form leads back to the first part's answer (`…宣传报道民族团结内容达140余条次`)."""
    analysed = analyse(first)
    marks = [*analysed.of_kind("year", "relative_year", "doc_year", "doc_number", "period", "day", "place"), *analysed.bodies]
    text = normalize(first)
    qualifiers = sorted({mark for mark in marks if mark in text and mark not in normalize(part)}, key=text.find)
    return "".join(qualifiers) + part


# `送哪个委员会初审`: which body acts, asked beside a fact (`提前多久、送哪个委员会初审`), is a fact of its own
WHICH_BODY_ASKED = re.compile(WHICH_BODY)


def _enumerated_asks(piece: str) -> list[str]:
    """`接访了多少群众、走访了多少户`: asks listed with `、`, each asking a fact, are separate parts; so are a
    fact and how something is done (`一般要审几次、第一次审是咋审的`) or which body acts (`要提前多久、送哪个委员会
    初审`) — not `哪位领导、什么职务`, one person's."""
    asks = [ask for ask in piece.split("、") if ask.strip()]
    read = [read_question(ask) for ask in asks]
    kinds = [question_kind(text) for text in read]
    if len(asks) > 1 and any(kind in FACT_KINDS for kind in kinds) and all(
            kind in FACT_KINDS or METHOD.search(text) or WHICH_BODY_ASKED.search(text) for kind, text in zip(kinds, read)):
        return asks
    return [piece]


def _shared_ask(question: str) -> list[str]:
    """`日喀则政协开了几次党组会议和主席会议`: one question word asking of two things joined at the
    question's end, as one question each (`…开了几次党组会议`, `…开了几次主席会议`). Only a fact
    is split so: `有哪些原则和要求` is one list, answered by the section holding both."""
    text = normalize(question).strip().rstrip("?？。 ")
    asked_at = question_word_position(text)
    if asked_at == len(text) or question_kind(read_question(text)) not in FACT_KINDS:
        return []
    conjunction = next((m for m in ASKED_AND.finditer(text, asked_at) if is_a_conjunction(text, m)), None)
    if conjunction is None:
        return []
    left = side_phrase_before(text[:conjunction.start()])
    right = text[conjunction.end():]
    words = tagged(right)
    if not left or conjunction.start() - len(left) <= asked_at or not 0 < len(words) <= 2 or \
            not all(flag.startswith(NOUN_FLAGS) and word not in STOPWORDS for word, flag in words):
        return []
    return [text[:conjunction.start()], text[:conjunction.start() - len(left)] + right]


SHORTEST_OPENING, LONGEST_OPENING = 2, 8


def _opening(part: str) -> str:
    """`复议机关多少天内要作决定`: the words before the question word up to their last noun, when the
    tagger's verb (复议) leaves no subject and they are short enough to be one."""
    text = normalize(part)
    opening = text[:question_word_position(text)].strip("，, ")
    words = tagged(opening)
    # up to its last noun (`放假办法最早是` → 放假办法); none (`召开了`, `开了`: what was done) is no subject
    nouns = [i for i, (_, flag) in enumerate(words) if flag.startswith(NOUN_FLAGS)]
    opening = "".join(word for word, _ in words[:nouns[-1] + 1]) if nouns else ""
    return opening if SHORTEST_OPENING <= len(opening) <= LONGEST_OPENING else ""


def _subject(part: str) -> str:
    """What a fact question is about, as its opening words: those before its first verb (unless
    it heads the nouns up to the question word), its question word, or the thing it counts
    (`拉萨市民委有多少名…` → `拉萨市民委`; `…民委集中学习几次` → `…民委`). A person asked for stays in (`局长是谁，何时到任` is about that 局长); a thing
    counted that opens the question is its subject (`春节放几天，具体是哪几天`). Read with spoken question words
    written (`代表职务咋处理` is about 代表职务)."""
    text = read_question(part)
    stop = question_word_position(text)
    analysed = analyse(part)
    counted = analysed.focus[-1] if analysed.focus and analysed.kind != "person" else None
    at_the_counted = bool(counted) and 0 < text.find(counted) < stop
    if at_the_counted:
        stop = text.find(counted)
    words = tagged(text[:stop])
    subject = ""
    for at, (word, flag) in enumerate(words):
        # a verb, preposition, 的 or adverb ends it; not a verb heading the nouns that run up to the
        # question word: `健康茶展销中心什么时候开业` is about 展销中心 (but `召开党组会议几次` counts
        # 会议: the nouns before the thing counted are what was done to it)
        if flag.startswith(("v", "p", "uj", "d", "ad")) and flag != "vn" and (
                at_the_counted or not _heads_the_nouns(flag, words[at + 1:])):
            break
        if CJK_CHAR.search(subject) and DAY.match(text, len(subject)):
            break  # `拉萨民委4月28日那个部署会签了几份责任书`: the day is the meeting's, not what every part is about
        subject += word
    if subject.count("“") > subject.count("”") and (closing := text.find("”", len(subject))) >= 0:
        subject = text[:closing + 1]  # a quoted name is one word (`拉萨市民委“四查四问”`), whatever verbs it holds
    return subject.strip("，, ")


def _heads_the_nouns(flag: str, rest: list[tuple[str, str]]) -> bool:
    return flag == "v" and bool(rest) and all(later.startswith("n") for _, later in rest)
