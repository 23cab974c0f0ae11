"""A question's frame: the words written right before and right after its question word, which
an answering sentence writes around the answer.

`…农民工返岗包车，纳入哪项政策范围` is answered by `…纳入疫情防控应急运输绿色通道政策范围`: 纳入 before
the answer, 政策范围 after it. A sentence about the same topic that does not answer (`对政府组织的
农民工返岗包车免收高速公路通行费`) shares the topic words but not the frame. `国务院实行的是什么负责制`:
`国务院实行总理负责制` holds 国务院实行 … 负责制, `国务院组成部门实行部长…负责制` only 实行 … 负责制.
The frame ranks the sentences the finders let through; a sentence writing all of it around
something the question does not say says something new, however short (`总理`: sentences.py asks
that of every answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.figures import QUANTITY
from assistant.answering.intents import WH_WORDS
from assistant.tokens import tagged

# The question word (intents.WH_WORDS) with the measure word written after 哪/几 (`哪项`, `哪几个`)
# or 样的 after 什么 (`什么样的`); not a why or how (`为什么`, `怎么`: no answer is written between
# the two sides), `近几年`, `第几`, `哪怕`.
QUESTION_WORD = re.compile(rf"(?P<how>为什么|为何|怎|如何)|(?<![近好十几第])(?:{WH_WORDS})(?!怕)"
                           r"(?:(?<=[哪几])(?:一|几)?[些个项种家位名条次]?|(?<=什么)样?的?)?")
SIDE_END = re.compile(r"[，,；;：:。？?！!\s]")
# Words that say how a question is put around its question word (`实行的是什么`, `是个什么机关`, `都有
# 哪些`, `叫做什么`), whole words only: `享有哪些权利` keeps 享有, `大会是什么机关` keeps 大会.
ASKING_BEFORE = frozenset({"的", "是", "为", "有", "个", "叫", "叫做", "都", "还", "就", "了", "要", "会", "能", "还有", "都有", "又"})
ASKING_AFTER = re.compile(r"^(?:的|是)|(?:呢|吗|啊|呀|了)+$")
ANCHOR_CHARS = 6  # of each side: the words nearest the answer
MIN_ANCHOR = 2  # a single character (`在`, `的`) frames nothing
# An open frame is one side only, so a verb alone (`解决了多少个` → 解决) would fit `正在协调解决7个`, which is
# not the answer, and miss `已解决问题的诉求68个`, which is — measured: with 2, two read answers were lost so
OPEN_MIN_ANCHOR = 3
MAX_GAP = 24  # the answer between the two sides, at most this long
MIN_ANSWER_CHARS = 2  # of the answer's characters the question does not hold (`总理`)
SENTENCE_STOP = re.compile(r"[。；;！!？?\n]")
CONTENT = re.compile(r"[\u4e00-\u9fff\dA-Za-z]")
WORDING = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # the question's characters an answer must add to: not digits (`2022年` asked, `12次` answers)
# What a frame fitted whole is worth: against word scores of about 1 a term (clauses.py), and
# against shares of the topic's words, 0–1 (sentences.py, closest.py). Measured on every question
# file: these moved 3 read questions and lost none; the frame is a tiebreak, not a gate.
FRAME_WEIGHT = 1.0
SHARE_FRAME_WEIGHT = 0.5
FIGURE = re.compile(r"\d|[一二三四五六七八九十两百千万]+[个项名人次件家条种位]")  # an answer however short (`5名`, `三项`)
# A figure asked last in its clause: 多少/几, one character more at most (its unit: `元`, `钱`), then the
# clause's end (`均超过多少元？`)
FIGURE_ASKED_LAST = re.compile(r"(?:多少|几)[\u4e00-\u9fff]?(?:呢|啊|了)?(?:[，,；;。？?！!\s]|$)")
# An open frame's answer: a quantity (figures.QUANTITY) within a few characters after its words, in the
# same clause (`营业额均超过8亿元`, `补贴标准为每人每月300元`; not `达到2020年的两倍`, `按照补贴标准1:1配套`)
FIGURE_GAP = re.compile(r"[^，,；;。！？!?\d]{0,6}")


@dataclass(frozen=True)
class Frame:
    before: str  # the words right before the question word, as the text would write them
    after: str  # the words right after it
    asked: frozenset[str]  # the question's characters but digits: an answer says others


def frame_of(text: str) -> Frame | None:
    """The words around the question's first question word; None for a why or how question, or
    when either side has fewer than MIN_ANCHOR characters — but a figure asked at the end of its
    clause (`…营业额均超过多少元`) is framed by the words before alone (an open frame: after "")."""
    asked = QUESTION_WORD.search(text)
    if asked is None or asked.group("how"):
        return None
    before = _side_before(text[:asked.start()])
    after = _side_after(text[asked.end():])
    if len(before) >= OPEN_MIN_ANCHOR and len(after) < MIN_ANCHOR and FIGURE_ASKED_LAST.match(text, asked.start()):
        return Frame(before, "", frozenset(WORDING.findall(text)))
    if len(before) < MIN_ANCHOR or len(after) < MIN_ANCHOR:
        return None
    return Frame(before, after, frozenset(WORDING.findall(text)))


def _side_before(text: str) -> str:
    """The last whole words of the question word's clause before it, up to ANCHOR_CHARS
    characters, its asking words (`的是`, `是个`) left out."""
    words = [word for word, _ in tagged(SIDE_END.split(text)[-1])]
    while words and words[-1] in ASKING_BEFORE:
        words.pop()
    return _whole_words(words, from_the_end=True)


def _side_after(text: str) -> str:
    """The first whole words after the question word, up to ANCHOR_CHARS characters, its
    clause's end or the next question word, without the particles ending a question."""
    side = SIDE_END.split(text)[0]
    if (another := QUESTION_WORD.search(side)) is not None:
        side = side[:another.start()]
    return _whole_words([word for word, _ in tagged(ASKING_AFTER.sub("", side))])


def _whole_words(words: list[str], from_the_end: bool = False) -> str:
    """The words nearest the question word (the last ones, `from_the_end`) while they fit in
    ANCHOR_CHARS: a side cut inside a word (`委上半年工作`) is never written whole; a single word
    longer than that is cut."""
    side = ""
    for word in reversed(words) if from_the_end else words:
        if side and len(side) + len(word) > ANCHOR_CHARS:
            break
        side = word + side if from_the_end else side + word
    return side[-ANCHOR_CHARS:] if from_the_end else side[:ANCHOR_CHARS]


def frame_fit(frame: Frame | None, sentence: str) -> float:
    """How much of the frame the sentence writes around an answer: the longest end of the words
    before and the longest start of the words after, with an answer of at most MAX_GAP characters
    between them in one sentence, as a share of both sides (0 when the sentence does not write
    both); of an open frame, the longest end of its words before written right before a figure."""
    if frame is None:
        return 0.0
    if not frame.after:  # an open frame: its words before written right before a figure
        return max((chars / len(frame.before) for chars in range(len(frame.before), OPEN_MIN_ANCHOR - 1, -1)
                    if any(_figure_follows(sentence, match.end())
                           for match in re.finditer(re.escape(frame.before[-chars:]), sentence))), default=0.0)
    for before_chars in range(len(frame.before), MIN_ANCHOR - 1, -1):
        ending = frame.before[-before_chars:]
        after_chars = max((_after_the_answer(frame, sentence[match.end():])
                           for match in re.finditer(re.escape(ending), sentence)), default=0)
        if after_chars:  # a shorter end of the words before fits no better
            return (before_chars + after_chars) / (len(frame.before) + len(frame.after))
    return 0.0


def _figure_follows(sentence: str, position: int) -> bool:
    gap = FIGURE_GAP.match(sentence, position).end()
    return any(QUANTITY.match(sentence, start) for start in range(position, gap + 1))


def _after_the_answer(frame: Frame, following: str) -> int:
    """The characters of the longest start of the words after that `following` writes past an
    answer: within MAX_GAP characters, in the same sentence, holding a figure or saying
    MIN_ANSWER_CHARS characters the question does not; 0 when none is."""
    for chars in range(len(frame.after), MIN_ANCHOR - 1, -1):
        start = frame.after[:chars]
        for position in (match.start() for match in re.finditer(re.escape(start), following[:MAX_GAP + chars])):
            answer = following[:position]
            if position > MAX_GAP or SENTENCE_STOP.search(answer):
                break
            if FIGURE.search(answer) or sum(char not in frame.asked for char in CONTENT.findall(answer)) >= MIN_ANSWER_CHARS:
                return chars
    return 0


# A phrase of the question joined by 的 (`有期徒刑的期限`), written as such in a sentence, ties what is asked to
# the thing it is asked of there: `有期徒刑的期限，…为六个月以上十五年以下` (第四十五条), not `有期徒刑的缓刑考验期限
# 为…` (第七十三条), which holds the same words apart. What it is worth per character past ATTACHED_MIN_CHARS - 1:
# measured on every question file, 0.6 and 1.0 moved one read question each and lost none (policy_blind17 ph015);
# a run of any words (no 的) lost an ncp dev answer to a heading holding the title's words.
DOCUMENT_NAMED = re.compile(r"《[^》]*》|关于[^，,。；;]{1,40}?的(?:通知|意见|决定|办法|规定|方案|公告|通告|细则|条例|指南)")
ATTACHED_MIN_CHARS = 5
ATTACHED_MAX_CHARS = 16
ATTACHED_CREDIT = 0.6


def attached_phrase_credit(question: str, sentence: str, title: str = "") -> float:
    """ATTACHED_CREDIT for each character of the longest phrase of the question joined inside by 的 that the
    sentence writes, past ATTACHED_MIN_CHARS - 1; 0 for none. A phrase of a title (the document's, `关于…的通知`)
    names the document, not what is asked of it: `根据国务院关于加强监管的通知，…` is no answer to when it took effect."""
    named_apart = DOCUMENT_NAMED.sub("", sentence)
    for length in range(min(len(question), ATTACHED_MAX_CHARS), ATTACHED_MIN_CHARS - 1, -1):
        for start in range(len(question) - length + 1):
            phrase = question[start:start + length]
            if "的" in phrase[1:-1] and phrase in named_apart and phrase not in title:
                return ATTACHED_CREDIT * (length - ATTACHED_MIN_CHARS + 1)
    return 0.0
