"""Where the two sides of a `和` are, in a question comparing them.

They are found by what they share: two parallel phrases end on the same words (`普通程序` / `简易程序`,
`全球营业额合计` / `境内营业额合计`), or a clause holds nothing but them (`私设账本和做假账`), or each is a clause
(`…列的整改措施，跟…提的整改措施，各多少条`); else they are the noun phrases touching the `和`, each with its
的 where it has one (`一般的和情节严重的罚款`).
"""

from __future__ import annotations

import re

from assistant.answering.phrases import ASKED_AND, is_a_conjunction, side_phrase_before, with_name_before
from assistant.answering.question import question_word_position
from assistant.tokens import STOPWORDS, tagged


# A side asking on its own: a count word with its measure or a question word (not 几内亚).
OWN_ASK = re.compile(r"多少|几(?=[个名位项次人家所条年天日月])|什么|啥|谁|哪")
SIDE_BREAK = re.compile(r"[，,。？?；;：:、\s]")
LONGEST_SHARED_END = 8  # `人大常委会`, `营业额合计`
LONGEST_OWN_WORDS = 10  # what sets a side apart from the other: `有期徒刑`, `县级`
# A shared end is a thing named, not a pointer to one (`…单位那篇和…政协那篇综述`: 那篇 ends both)
POINTERS = "的那这此该之"


def sides_joined(text: str, limit: int) -> tuple[str, str, str] | None:
    """The two sides joined by a `和`/`与`/`及` before `limit`: (both as written, left, right). Parallel
    phrases come first (`普通程序和简易程序`), then a clause holding only the two
    (`，私设账本和做假账，`), then the noun phrases touching the conjunction."""
    conjunctions = [m for m in ASKED_AND.finditer(text, 0, limit) if is_a_conjunction(text, m)]
    # the one in the clause asking (`授意、指使别人做假账，一般的和情节严重的罚款各是多少`: 和) when it joins two sides,
    # else the first (`拉萨和日喀则的游客人数，与去年相比各增长了多少`)
    clause_start = max((m.end() for m in SIDE_BREAK.finditer(text, 0, limit)), default=0)
    in_the_clause = [m for m in conjunctions if m.start() >= clause_start]
    for conjunction in [*in_the_clause[:1], *conjunctions[:1]]:
        if found := _sides_of(text, conjunction, limit):
            return found
    return None


def _sides_of(text: str, conjunction: re.Match, limit: int) -> tuple[str, str, str] | None:
    before, after = text[:conjunction.start()], text[conjunction.end():limit]
    gap = len(before) - len(before.rstrip("，, "))
    if gap:  # `…实施方案列的整改措施，跟领导干部“四查四问”提的整改措施，各多少条`: a clause a side
        sides = _clauses_set_beside(before[:len(before) - gap], after)
    else:
        sides = _parallel_sides(before, after) or _clause_sides(before, after) or _noun_phrase_sides(before, after)
    if sides is None:
        return None
    left, right = sides
    if OWN_ASK.search(right):
        return None  # `出了几名干部、帮了几个大学生`: two questions, each asking its own (parts.py), no sides
    return text[conjunction.start() - gap - len(left):conjunction.end() + len(right)], left, right


def _clauses_set_beside(before: str, after: str) -> tuple[str, str] | None:
    """The clause before a break and the one a `跟`/`和` opens after it, neither asking anything of its own."""
    left = SIDE_BREAK.split(before)[-1]
    right, *rest = SIDE_BREAK.split(after, maxsplit=1)
    if not rest or not left or not right or any(question_word_position(side) < len(side) for side in (left, right)) \
            or SET_AGAINST.search(right):
        return None  # `按照会计法，和2017年版相比，…`: what it is set against, no side
    return left, right


SET_AGAINST = re.compile(r"(?:相比|比较|对比|比)$")


def _parallel_sides(before: str, after: str) -> tuple[str, str] | None:
    """Two phrases ending on the same words, each side with as many words of its own:
    `拘役缓刑和有期徒刑缓刑` → 拘役缓刑, 有期徒刑缓刑; `全国人大常委会和县级人大常委会` → 全国人大常委会,
    县级人大常委会."""
    for length in range(min(len(before), LONGEST_SHARED_END), 1, -1):
        shared = before[-length:]
        at = after.find(shared)
        if SIDE_BREAK.search(shared) or shared[0] in POINTERS or not 0 < at <= LONGEST_OWN_WORDS \
                or SIDE_BREAK.search(after[:at]):
            continue
        own = _last_words(before[:-length], len(tagged(after[:at])))
        # the shared end ends a word of the right side (`全国人大和全国人大常委会`: not inside 常委会)
        if own and at + length in _word_ends(after) and own + shared != after[:at + length]:
            return own + shared, after[:at + length]
    return None


def _word_ends(text: str) -> set[int]:
    ends, position = set(), 0
    for word, _ in tagged(text):
        position += len(word)
        ends.add(position)
    return ends


def _last_words(text: str, count: int) -> str:
    """Up to the last `count` words of text, back to a break (`全国` in `…，全国人大常委会和设区的市…`)."""
    words = []
    for word, _ in reversed(tagged(text)):
        if len(words) == count or SIDE_BREAK.search(word):
            break
        words.insert(0, word)
    return "".join(words)


def _clause_sides(before: str, after: str) -> tuple[str, str] | None:
    """A clause that is nothing but two sides of about as many words (`会计法里，私设账本和做假账，
    对单位的罚款…`)."""
    left = SIDE_BREAK.split(before)[-1]
    right, *rest = SIDE_BREAK.split(after, maxsplit=1)
    if not rest or not left or not right or any(question_word_position(side) < len(side) for side in (left, right)):
        return None
    # parallel: about as many words a side (`拉萨民委建议参照的阿里地区和林芝市，` is a phrase and a place)
    return (left, right) if abs(len(tagged(left)) - len(tagged(right))) <= 1 else None


def _noun_phrase_sides(before: str, after: str) -> tuple[str, str] | None:
    """The phrases touching the conjunction: on the left back to what bounds a phrase (a time word,
    的, 里, a preposition; `去年增值税留抵退税和新增减税降费`: 增值税留抵退税, though the tagger
    calls 留抵 and 退税 verbs), else its nouns (up to two words), with a quoted or bracketed name
    just before it: `阿里地区和林芝市的经费`."""
    if before.endswith("的") and (possessive := _possessive_sides(before[:-1], after)):
        return possessive
    left = _phrase_before(before) or side_phrase_before(before)
    right = re.match(r"[^，,。？?的]{1,16}?(?=[，,]|的|$)", after)
    right_side = _up_to_what_both_share(right.group()) if right else ""
    if not left or not right_side:
        return None
    # `上半年工作方案和下半年思路`: a side opening with a time word has its parallel one opening with it
    time_word = next((word for word, _ in reversed(tagged(before[:len(before) - len(left)])) if word.strip()), "")
    if _is_a_time_word(time_word) and _is_a_time_word(tagged(right_side)[0][0]):
        left = time_word + left
    return left, right_side


def _possessive_sides(before: str, after: str) -> tuple[str, str] | None:
    """`一般的和情节严重的罚款`, `班子的和班子成员的各多少条`: each side with its 的, sharing what follows
    the right one's."""
    left = _phrase_before(before) or side_phrase_before(before)
    right = re.match(r"[^，,。？?的]{1,16}?的", after)
    return (left + "的", right.group()) if left and right else None

def _up_to_what_both_share(text: str) -> str:
    """The side, before the preposition or the verb of doing or saying that starts what both sides share
    (`区医保局在服务群众上`: 区医保局; `阿里地区跟林芝市搞创建的经费`: 林芝市)."""
    side = ""
    for word, flag in tagged(text):
        if side and (flag.startswith("p") or word in SAYING_VERBS):
            break
        side += word
    return side


def _is_a_time_word(word: str) -> bool:
    return bool(word) and all(flag == "t" for _, flag in tagged(word))


PHRASE_BOUNDS = ("t", "uj", "ul", "f", "p", "r", "m", "d", "c")  # 去年, 的, 了, 里, 在, 那个, 两条, 都, 和
SAYING_VERBS = frozenset({"说", "是", "有", "讲", "搞", "包括", "提", "提到", "要"})
LONGEST_PHRASE = 4  # words


def _phrase_before(text: str) -> str:
    """The words before the conjunction back to a bound (PHRASE_BOUNDS, a place, a verb of saying
    or being, a break), up to LONGEST_PHRASE words; "" when the bound is not reached by then."""
    words = tagged(text)
    phrase: list[str] = []
    for word, flag in reversed(words):
        # a place (ns) before the side is whose it is: both sides'
        if SIDE_BREAK.search(word) or flag.startswith(PHRASE_BOUNDS) or flag == "ns" or word in SAYING_VERBS \
                or word in STOPWORDS:
            break
        if len(phrase) == LONGEST_PHRASE:
            return ""
        phrase.insert(0, word)
    return with_name_before(text, "".join(phrase))
