"""Two things compared, as one question a side.

`普通程序和简易程序，出决定的期限各是多少`, `全国人大常委会和县级人大常委会提质询案，联名人数要求差多少`,
`24年和25年各安排多少`, `…职级晋升的和岗位交流的干部，哪个多`: each side is asked alone, the same way,
and the two answers are set side by side (extractive.py); which one wins, or by how much, is the
reader's to see. A side the documents do not hold makes the comparison a refusal.

Where the two sides of a `和` are is side_phrases.py's to find.
"""

from __future__ import annotations

import re

from assistant.answering.asking import read_question
from assistant.answering.changes import asks_how_documents_differ
from assistant.answering.intents import WHICH_MORE
from assistant.answering.phrases import ASKED_AND, is_a_conjunction
from assistant.answering.question import analyse, question_word_position
from assistant.answering.set_against import against_a_period, set_against
from assistant.answering.side_phrases import sides_joined
from assistant.answering.text import CJK_CHAR
from assistant.ingest.normalize import normalize
from assistant.tokens import tagged


def compared_sides(question: str) -> list[tuple[str, str]]:
    """The comparison as (as written, standalone) a side; [] when the question compares nothing."""
    if years := _years_compared(question):
        return years
    sides = (_compared_quantities(question) or set_against(question) or _coordinated_questions(question)
             or _differences_asked(question))
    return [(side, side) for side in sides]


EACH = re.compile(r"分别|各自")
BIDDING_BEFORE_EACH = re.compile(r"(?:(?:相)?比一比|(?:比较|对比|比)一下|比比)$")  # `…的经费，比一比各是多少`: no words of a side
BIDDING_AFTER = re.compile(r"(?:[，,\s]+|(?<=[？?。]))(?:(?:相)?比一比|(?:比较|对比|比)一下|比比)[。！!]?$")  # `…各靠啥来打造？比一比`
# `…，哪个更久`: which side wins, not a question of its own (`…，谁负责`)
WHICH_ONE = re.compile(r"[，,]\s*(?:相比|比较)?(?:哪个|哪一个|哪项|哪类|谁)[^，,？?。]*?(?:更|最|多|少|久|长|短|高|低|大|小)"
                       r"[^，,？?。]*[？?。]?$")


def _coordinated_questions(question: str) -> list[str]:
    """`阿里地区和林芝市…经费分别是多少`: one question for each side of the `和`, asked the same
    way (`分别`/`各` dropped)."""
    text = normalize(question)
    each = _each(text)
    found = sides_joined(text, each[0]) if each else None
    if found is None:
        return []
    both, left, right = found
    asked = BIDDING_BEFORE_EACH.sub("", text[:each[0]]) + BIDDING_AFTER.sub("", text[each[1]:])
    # `…各坚持了几年，哪个更久`: each side answers its own figure, the comparison is the reader's
    asked = WHICH_ONE.sub("", asked)
    following = asked[asked.find(both) + len(both):]
    return [asked.replace(both, _ordinary_as_the_rule_says(side, right, following), 1) for side in (left, right)]


# The ordinary case (`一般的和情节严重的罚款`) is what a rule says before any other: asked with no words of its own.
ORDINARY_CASE = frozenset({"一般", "普通", "通常", "平常"})


def _ordinary_as_the_rule_says(side: str, right: str, following: str) -> str:
    """The side, or for the ordinary case the thing the other side is a case of (`一般的和重大的事故`: 事故;
    `一般的和情节严重的罚款`: the 罚款 following both); with no thing named (`普通的和加急的，各要几天`), as written."""
    if side.rstrip("的") not in ORDINARY_CASE:
        return side
    return right.split("的", 1)[1] or ("" if CJK_CHAR.match(following) else side)


# How two sides differ, asked of them (`联名人数要求差多少`, `罚款有啥不一样`, `一样吗`): each side's
# own fact answers it. By how much asks a figure; any other difference the thing itself.
# Two sides set beside each other with nothing asked of them (`办复率和满意率比一比`) ask each one's.
DIFFERENCE = re.compile(r"(?:相)?差(?:了)?(?:多少|几)[^，,？?。]{0,4}$|差距(?:有)?多大$|(?:有)?(?:什么|何|哪些)?"
                        r"(?:不一样|不同|区别|差别|差异)(?:吗|呢)?$|(?:是否)?(?:一样|相同|一致)(?:吗|呢)?$"
                        r"|(?:相)?比一比$|(?:比较|对比|比)一下$|比比$")
SET_BESIDE_ANOTHER = re.compile(r"[，,]\s*跟")
BY_HOW_MUCH = re.compile(r"^(?:相)?差(?:了)?(?:多少|几)|差距|多大")  # not 差别, 差异: how they differ


def _differences_asked(question: str) -> list[str]:
    """`全国人大常委会和县级人大常委会提质询案，联名人数要求差多少？` → `全国人大常委会提质询案，联名人数
    要求是多少`, `县级人大常委会提质询案，联名人数要求是多少`. A change between two versions of a
    document (`2023年和2024年的报告有何不同`) is answered by answering/changes.py."""
    text = read_question(question).strip().rstrip("?？。！! ")
    difference = DIFFERENCE.search(text)
    if difference is None or asks_how_documents_differ(question) or against_a_period(text) or SET_BESIDE_ANOTHER.search(text):
        # `收集了多少诉求，和去年比差多少`: one thing's change over time, no second side; `…的做法，跟日喀则的做法
        # 比一比`: one thing set beside another's, which set_against.py reads
        return []
    found = sides_joined(text, difference.start())
    if found is None:
        return []
    both, left, right = found
    asked = text[:difference.start()].rstrip("，, 的")
    if not asked.replace(both, "").strip("，, 的"):
        return []  # `拉萨和日喀则一样吗`: the sides alone ask nothing of either
    asked += "是多少" if BY_HOW_MUCH.search(difference.group()) else ""
    return [asked.replace(both, side, 1) for side in (left, right)]


def _each(text: str) -> tuple[int, int] | None:
    """Where `分别`/`各自`, or `各` standing as a word of its own (`…和机关支部各集中学习了几次`, not
    `各族`, `各地`), says each side is asked alone: (start, end)."""
    if found := EACH.search(text):
        return found.span()
    position, previous = 0, "c"
    for word, flag in tagged(text):
        if word == "各" and previous != "c":  # not `各部…和各委员会…`: those name a side
            return position, position + 1
        position, previous = position + len(word), flag
    return None


# How a thing changed from one year to the next (`2024年和2025年相比，赤字率有什么变化`): each year's
# figure. Between two things (`北京和上海的落户政策有什么变化`) it asks how each changed, no side's figure.
CHANGED = re.compile(r"(?:有)?(?:什么|何|哪些)?(?:新|重要|主要|重大)?变化(?:吗|呢)?$")
# a year written or said (`去年和今年各安排了多少`: a report's two years, scope.py reads them against its own)
YEAR_SAID = r"(?:(?:19|20)\d{2}年|去年|今年|前年|明年|上年|本年)"
YEAR_PAIR = re.compile(rf"({YEAR_SAID})(?:和|与|跟|同|及|、|对比|比)({YEAR_SAID})")
COMPARING = re.compile(r"(?:相)?比一比|比较一下|对比一下|相比|对比|比较|分别|各自|各(?=[提有是开办做为定安排])")


def _years_compared(question: str) -> list[tuple[str, str]]:
    """`中央预算内投资，24年和25年各安排多少`, `赤字规模2024年跟2025年比一比`: the same thing asked
    for each year, one question a year (a part with no question word asks 是多少), each as
    (its year, the question)."""
    text = read_question(question).strip().rstrip("?？。")
    pair = YEAR_PAIR.search(text)
    if pair is None or not (COMPARING.search(text) or DIFFERENCE.search(text) or CHANGED.search(text)) \
            or asks_how_documents_differ(text):
        return []  # `2023年和2024年的报告有何不同`, `24年和25年的…`: what changed (answering/changes.py)
    asked = WHICH_ONE.sub("", CHANGED.sub("", DIFFERENCE.sub("", COMPARING.sub("", text)))).rstrip("，, 的")  # `…，哪个多`: the reader's
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
    found = which_one_asked(question)
    if found is None:
        return []
    left, right, which = found
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


def which_one_asked(question: str) -> tuple[str, str, re.Match] | None:
    """`法律和行政法规哪个效力高` → (`法律`, `行政法规`, the which-word match: what is measured, the
    degree): the two sides as written before the which-word, or None when it asks no which one."""
    text = normalize(question).strip()
    which = WHICH_MORE.search(text)
    if which is None:
        return None
    compared = text[:which.start()]
    conjunction = next((m for m in ASKED_AND.finditer(compared) if m.group() != "、" and is_a_conjunction(compared, m)), None)
    if conjunction is None:
        return None
    return compared[:conjunction.start()], compared[conjunction.end():], which


def _qualified_like(side: str, other: str) -> str:
    """The side with the other side's qualifiers (place, body, year, period, day) of each kind it lacks."""
    own, theirs = analyse(side), analyse(other)
    qualifiers = []
    for kind in ("place", "year", "relative_year", "period", "day"):
        if not own.of_kind(kind):
            qualifiers += theirs.of_kind(kind)
    if not own.bodies:
        qualifiers += theirs.bodies
    text = normalize(other)
    qualifiers.sort(key=lambda word: text.find(word))
    return "".join(qualifiers) + side
