"""Several facts asked at once, as one question a fact.

`拉萨市民委有多少名退休干部，几名因身体原因不能接种疫苗？` asks two figures; `接访了多少群众、走访了
多少户` two, listed with `、`; `阿里地区和林芝市…经费分别是多少` one for each side of the `和`.
Each part is answered on its own; a later part that does not open with the first part's subject
is asked with it.
"""

from __future__ import annotations

import re

from assistant.answering.asking import read_question
from assistant.answering.focus import NOUN_FLAGS
from assistant.answering.intents import WHICH_MORE
from assistant.answering.question import PERIOD, YEAR, analyse, question_kind, question_word_position
from assistant.ingest.normalize import normalize
from assistant.tokens import STOPWORDS, tagged

FACT_KINDS = ("count", "person", "time")
PART_BREAKS = re.compile(r"[，,；;？?]")  # two questions in one message: `…多少人？委员…多少人次？`


def question_parts(question: str) -> list[tuple[str, str]]:
    """A question that asks for several facts at once (`拉萨市民委有多少名退休干部，几名因身体原因
    不能接种疫苗？`) as one question a fact: (as written, standalone), the standalone form opening
    with the first part's subject (`拉萨市民委几名因身体原因不能接种疫苗`). Anything else is one
    part: the question itself."""
    if years := _years_compared(question):
        return years
    if coordinated := _compared_quantities(question) or _coordinated_questions(question) or _shared_ask(question):
        return [(part, part) for part in coordinated]
    pieces = [piece.strip() for piece in PART_BREAKS.split(question.strip().rstrip("?？。 ")) if piece.strip()]
    pieces = [part for piece in pieces for part in _enumerated_asks(piece)]
    facts = [i for i, piece in enumerate(pieces) if question_kind(read_question(piece)) in FACT_KINDS]
    asking = [i for i, piece in enumerate(pieces) if i in facts or facts and _asks(piece)]
    if len(asking) < 2:
        return [(question, question)]
    # Clauses without a question word belong to the next fact asked (context comes first in
    # Chinese), those before the first one to every fact; trailing ones to the last.
    bounds = [0, *[i + 1 for i in asking[:-1]], len(pieces)]
    parts = ["，".join(pieces[start:end]) for start, end in zip(bounds, bounds[1:])]
    # `…搞《未成年人保护法》专项监督，发现了几项问题、提了多少条建议`: both are of it
    context, first = "，".join(pieces[:asking[0]]), pieces[asking[0]]
    subject = _subject(first)
    if not subject and not context:
        return [(question, question)]
    later = [_standalone(part, subject, first) if subject else part for part in parts[1:]]
    return [(parts[0], parts[0]), *[(part, _with_context(context, asked)) for part, asked in zip(parts[1:], later)]]


def _with_context(context: str, part: str) -> str:
    return f"{context}，{part}" if context else part


def _asks(piece: str) -> bool:
    """Beside a fact asked (多少, 谁, 何时), a clause with a question word asks one more
    (`…成立了几级促进会，在全区率先做到了什么`); `有哪些举措，包括什么内容` alone is one list
    question. A clause without a question word is context for the next one."""
    text = read_question(piece)
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


def _enumerated_asks(piece: str) -> list[str]:
    """`接访了多少群众、走访了多少户`: asks listed with `、`, each asking a fact, are separate parts."""
    asks = [ask for ask in piece.split("、") if ask.strip()]
    if len(asks) > 1 and all(question_kind(read_question(ask)) in FACT_KINDS for ask in asks):
        return asks
    return [piece]


EACH = re.compile(r"分别|各自")
AND = re.compile(r"和|与|及|以及|、")
# `…，哪个更久`: which side wins, not a question of its own (`…，谁负责`)
WHICH_ONE = re.compile(r"[，,]\s*(?:相比|比较)?(?:哪个|哪一个|哪项|哪类|谁)[^，,？?。]*?(?:更|最|多|少|久|长|短|高|低|大|小)"
                       r"[^，,？?。]*[？?。]?$")
BRACKETED = re.compile(r"[《“\"「『][^》”\"」』]{1,30}[》”\"」』]$")


def _coordinated_questions(question: str) -> list[str]:
    """`阿里地区和林芝市…经费分别是多少`: one question for each side of the `和`, asked the same
    way (`分别`/`各` dropped). The sides are the noun phrases touching the `和` (up to two words,
    with a quoted or bracketed name just before them)."""
    text = normalize(question)
    each = _each(text)
    if not each:
        return []
    conjunction = next((m for m in AND.finditer(text, 0, each[0]) if _is_a_conjunction(text, m)), None)
    if conjunction is None:
        return []
    left = _noun_phrase_before(text[:conjunction.start()])
    right = re.match(r"[^，,。？?的]{1,16}?(?=[，,]|的|$)", text[conjunction.end():each[0]])
    right_side = _up_to_a_verb(right.group()) if right else ""
    if not left or not right_side:
        return []
    both = text[conjunction.start() - len(left):conjunction.end() + len(right_side)]
    asked = text[:each[0]] + text[each[1]:]
    # `…各坚持了几年，哪个更久`: each side answers its own figure, the comparison is the reader's
    asked = WHICH_ONE.sub("", asked)
    return [asked.replace(both, side, 1) for side in (left, right_side)]


def _each(text: str) -> tuple[int, int] | None:
    """Where `分别`/`各自`, or `各` standing as a word of its own (`…和机关支部各集中学习了几次`, not
    `各族`, `各地`), says each side is asked alone: (start, end)."""
    if found := EACH.search(text):
        return found.span()
    position = 0
    for word, _ in tagged(text):
        if word == "各" and position:
            return position, position + 1
        position += len(word)
    return None


def _shared_ask(question: str) -> list[str]:
    """`日喀则政协开了几次党组会议和主席会议`: one question word asking of two things joined at the
    question's end, as one question each (`…开了几次党组会议`, `…开了几次主席会议`). Only a fact
    is split so: `有哪些原则和要求` is one list, answered by the section holding both."""
    text = normalize(question).strip().rstrip("?？。 ")
    asked_at = question_word_position(text)
    if asked_at == len(text) or question_kind(read_question(text)) not in FACT_KINDS:
        return []
    conjunction = next((m for m in AND.finditer(text, asked_at) if _is_a_conjunction(text, m)), None)
    if conjunction is None:
        return []
    left = _noun_phrase_before(text[:conjunction.start()])
    right = text[conjunction.end():]
    words = tagged(right)
    if not left or conjunction.start() - len(left) <= asked_at or not 0 < len(words) <= 2 or \
            not all(flag.startswith(NOUN_FLAGS) and word not in STOPWORDS for word, flag in words):
        return []
    return [text[:conjunction.start()], text[:conjunction.start() - len(left)] + right]


YEAR_PAIR = re.compile(r"((?:19|20)\d{2}年)(?:和|与|跟|同|及|、|对比|比)((?:19|20)\d{2}年)")
CHANGE_ASKED = re.compile(r"不同|变化|区别|差异|异同|有何|变了")
COMPARING = re.compile(r"(?:相)?比一比|比较一下|对比一下|相比|对比|比较|分别|各自|各(?=[提有是开办做为定安排])")


def _years_compared(question: str) -> list[tuple[str, str]]:
    """`中央预算内投资，24年和25年各安排多少`, `赤字规模2024年跟2025年比一比`: the same thing asked
    for each year, one question a year (a part with no question word asks 是多少), each as
    (its year, the question)."""
    text = read_question(question).strip().rstrip("?？。")
    pair = YEAR_PAIR.search(text)
    if pair is None or not COMPARING.search(text) or CHANGE_ASKED.search(text):
        return []  # `2023年和2024年的报告有何不同`: what changed (answering/changes.py)
    asked = COMPARING.sub("", text)
    parts = [asked.replace(pair.group(), year, 1) for year in pair.groups()]
    asks = [part if question_word_position(part) < len(part) else part + "是多少" for part in parts]
    return list(zip(pair.groups(), asks))


ASKED_BY_DEGREE = {"长": "多久", "短": "多久"}  # of time (`谁放的假长`); any other degree asks a figure
TIME_MEASURED = re.compile(r"假|时间|期|天|日|周|月|年|小时")


def _compared_quantities(question: str) -> list[str]:
    """`拉萨民委上半年职级晋升的和岗位交流的干部，哪个多？` → how many of each side of the `和`:
    `…职级晋升的干部有多少`, `拉萨民委上半年岗位交流的干部有多少`. A left side ending in 的 shares
    the right side's head noun, one without 的 the right side's `的…` (`阿里地区和林芝市的经费`);
    each side is asked with the other's place, body, year and period where it names none."""
    text = normalize(question).strip()
    which = WHICH_MORE.search(text)
    if which is None:
        return []
    compared = text[:which.start()]
    conjunction = next((m for m in AND.finditer(compared) if m.group() != "、" and _is_a_conjunction(compared, m)), None)
    if conjunction is None:
        return []
    left, right = compared[:conjunction.start()], compared[conjunction.end():]
    if not left or not right or question_word_position(left) < len(left):
        return []  # `…开了几次会，和下半年比哪个多`: the left side is a question of its own
    if question_word_position(right) < len(right):
        return []  # `班子和班子成员各多少条，哪个多`: each side is asked already (_coordinated_questions)
    if left.endswith("的") and "的" in right:
        left += right.rsplit("的", 1)[1]  # the head noun both sides share
    elif "的" not in left and "的" in right:
        left += right[right.index("的"):]
    measured = which.group("measured").rstrip("得的")
    by_time = TIME_MEASURED.search(measured) or not measured  # `哪个长` beside 放假: a span of days
    asked = measured + (ASKED_BY_DEGREE.get(which.group("degree"), "有多少") if by_time else "有多少")
    return [f"{_qualified_like(left, right)}{asked}", f"{_qualified_like(right, left)}{asked}"]


def _qualified_like(side: str, other: str) -> str:
    """The side with the other side's qualifiers (place, body, year, period) of each kind it lacks."""
    own, theirs = analyse(side), analyse(other)
    qualifiers = []
    for kind in ("place", "year", "period"):
        if not own.of_kind(kind):
            qualifiers += theirs.of_kind(kind)
    if not own.bodies:
        qualifiers += theirs.bodies
    text = normalize(other)
    qualifiers.sort(key=lambda word: text.find(word))
    return "".join(qualifiers) + side


def _up_to_a_verb(text: str) -> str:
    """`区医保局在服务群众上`: the thing, before the preposition that starts what both sides
    share."""
    side = ""
    for word, flag in tagged(text):
        if side and flag.startswith("p"):
            break
        side += word
    return side


def _is_a_conjunction(text: str, match: re.Match) -> bool:
    """`和` joining two things, not inside a name (`新疆和田地区`): the tagger reads it as a
    conjunction of its own."""
    if match.group() == "、":
        return True
    position = 0
    for word, flag in tagged(text):
        if position == match.start():
            return word == match.group() and flag == "c"
        position += len(word)
        if position > match.start():
            return False
    return False


def _noun_phrase_before(text: str) -> str:
    phrase, words = "", 0
    for word, flag in reversed(tagged(text)):
        if words < 2 and flag.startswith(NOUN_FLAGS + ("ns", "nt", "nz")) and word not in STOPWORDS:
            phrase, words = word + phrase, words + 1
        else:
            break
    bracketed = BRACKETED.search(text[:len(text) - len(phrase)])
    return (bracketed.group() if bracketed else "") + phrase if phrase else ""


def _subject(part: str) -> str:
    """What a fact question is about, as its opening words: those before its first verb, its
    question word, or the thing it counts (`拉萨市民委有多少名…` → `拉萨市民委`; `…民委集中学习几次`
    → `…民委`). A person asked for stays in (`局长是谁，何时到任` is about that 局长); a thing
    counted that opens the question is its subject (`春节放几天，具体是哪几天`)."""
    text = normalize(part)
    stop = question_word_position(text)
    analysed = analyse(part)
    counted = analysed.focus[-1] if analysed.focus and analysed.kind != "person" else None
    if counted and 0 < text.find(counted) < stop:
        stop = text.find(counted)
    subject = ""
    for word, flag in tagged(text[:stop]):
        if flag.startswith(("v", "p", "uj", "d", "ad")) and flag != "vn":  # a verb, preposition, 的 or adverb ends it
            break
        subject += word
    return subject.strip("，, ")
