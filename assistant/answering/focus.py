"""The focus of a question: what its question word counts or names, as written (`多少名干部职工`,
`局长是谁`, `党组会议几次`); a clause must hold it to answer (clauses.py)."""

from __future__ import annotations

import re

from assistant.answering.answer_kind import TIME
from assistant.answering.asking import MODAL_CHARS, MODAL_WORDS, without_modal
from assistant.answering.figures import CHAR_UNITS, GOODS_UNIT, WORD_UNITS
from assistant.answering.places import body_of
from assistant.tokens import in_dictionary, tagged, word_at

GENERIC_NOUNS = ("比例", "比率", "数量", "人数", "次数", "数字", "金额", "总数")
# Verbs a figure is stated with (`揽件量达到了多少`, `贷款超过多少亿元`): the text writes `达1.2亿件`, `超200亿元`;
# what is counted is the word before them.
STATING_VERBS = frozenset({"达到", "达", "超过", "突破", "约为", "合计", "共计", "共有", "累计", "总计", "一共", "总共"})
NOUN_FLAGS = ("n", "vn", "j", "x", "l", "i", "b")  # b: role and level words (主任, 国家级)
ACTION_END = re.compile(r"[，,；;。？?！!、（(]")  # `怎么招募、选拔的`: the first procedure asked
FOCUS_WORDS = 2  # `党组会议` = 党组 + 会议: the counted thing, not just `会议`


def _is_noun(word: str, flag: str) -> bool:
    return flag.startswith(NOUN_FLAGS) and word not in GENERIC_NOUNS and not _modal_verb(word, flag)


def _modal_verb(word: str, flag: str) -> bool:
    """`可延长`: a modal and a verb the tagger keeps as one set phrase (flag l), no noun; the text puts
    words between them (`可将…征收期延长至7月底`). Not a noun opening so (`可视化`, `需求量`: flag n)."""
    if flag != "l" or len(word) < 3 or word[0] not in MODAL_CHARS:
        return False
    rest = tagged(word[1:])
    return len(rest) == 1 and rest[0][1].startswith("v")


# A verb and its object split by the count asked (`放几天假`, `开几次会`, `请多少天假`): the text writes
# them as one word (`春节，放假4天`), which is what is counted.
SPLIT_VERB = re.compile(rf"([\u4e00-\u9fff])(?:多少|几)(?:{WORD_UNITS}|[{CHAR_UNITS}])([\u4e00-\u9fff])(?=$|[，,。？?！!；;\s吗呢啊])")


def split_verb(text: str) -> str | None:
    """The verb-object word a count splits (`过年放几天假` → 放假), or None."""
    match = SPLIT_VERB.search(text)
    if match is None:
        return None
    word = match.group(1) + match.group(2)
    verb = word_at(text, match.start(1))
    if verb is None or len(verb[0]) != 1:
        return None  # `补贴多少元钱`: 贴 is half of 补贴
    tags = tagged(word)
    return word if in_dictionary(word) and len(tags) == 1 and tags[0][1].startswith("v") else None


def focus_of(word_positions: list[tuple[int, str, str]], question_position: int, verb_focus: bool, text: str) -> list[str]:
    """What the question counts or names, as written: the noun phrase right after the question
    word (`多少名干部职工`), else the one right before it (`局长是谁`, `党组会议几次`); up to two
    adjacent words, so `党组会议` is not satisfied by any `会议`. A verb right before the question
    word is the focus only of a count (`集中学习几次`); elsewhere it is how the question is put
    (`是从几号…`). That verb must be in the question word's own clause: `被查到，最多罚多少钱` counts no
    查到."""
    after = _counted_word_as_noun([(start, word, flag) for start, word, flag in word_positions if start > question_position],
                                 question_position, text)
    first_noun = next((i for i, (_, word, flag) in enumerate(after) if _is_noun(word, flag)), None)
    before = [entry for entry in word_positions
              if entry[0] < question_position and entry[1] not in GENERIC_NOUNS and entry[1] not in STATING_VERBS
              and not (verb_focus and _changes_to_the_level_asked(entry, text, question_position))]
    # a noun (not a body: `民委几名因…` — who did it) right before a count word followed by a
    # predicate is what is counted (`业务有多少项可以通过网上办理`)
    counted_before = verb_focus and bool(before) and _is_noun(*before[-1][1:]) and not body_of(before[-1][1])
    if first_noun is not None and not (counted_before and _predicate_between(text[question_position:after[first_noun][0]])):
        return _noun_run(after[first_noun:], forward=True)
    # `诉求，还剩几个在协调`: with nothing counted in its clause, a count is of the state its items are in, the verb
    # right after the count word
    state = [after[0][1]] if verb_focus and after and after[0][2].startswith("v") and len(after[0][1]) >= 2 \
        and not ACTION_END.search(text[question_position:after[0][0]]) else []
    if not before:
        return state
    if not _is_noun(before[-1][1], before[-1][2]):
        start, verb, _ = before[-1]
        # a verb of an earlier clause (`被查到，最多罚多少钱`) is not what is counted
        in_clause = not ACTION_END.search(text[start + len(verb):question_position])
        if not (verb_focus and in_clause):
            return state
        changing = _what_changes(before[:-1], start, text) if CHANGE_VERB.fullmatch(without_modal(verb)) else []
        return [*changing, without_modal(verb)]
    return _noun_run(before[::-1], forward=False)


# Verbs of change by their direction: a change asked in one is written in another of the same direction
# (`亩产提高了多少`: `亩产提升10.1斤`).
RISING_VERBS = ("增长", "增加", "提高", "提升", "上升", "上涨", "上调", "扩大")
FALLING_VERBS = ("下降", "下滑", "下跌", "减少", "降低", "下调", "回落", "缩小", "缩减", "压减")
# Verbs of change, as a list: CHANGE_CHARS would take 提案 and 新增加 for one (`收到提案多少件`).
CHANGE_VERB = re.compile("|".join(("[增降涨减跌升]", *RISING_VERBS, *FALLING_VERBS, "新增", "减轻", "缩短", "延长")))
CHANGE_AFTER_THING = 6  # characters between the thing and its change (`亩产提升`, `财政收入同比增长`)


def change_written(thing: str, verb: str, text: str) -> bool:
    """Does the text write the change `verb` asks of `thing` right after it, in another verb of its direction
    (not `财政收入下降3%，扩大有效投资` for 财政收入增长)? False for any other word."""
    same = next((verbs for verbs in (RISING_VERBS, FALLING_VERBS) if verb in verbs), ())
    return bool(same) and re.search(rf"{re.escape(thing)}[^，,。；;]{{0,{CHANGE_AFTER_THING}}}?(?:{'|'.join(same)})", text) is not None


# Words between a thing and its change that say against what it is reckoned (`与上年相比增长多少`, `预计增长多少`):
# read past. 同比, 环比, 实际 and 名义 are read past too but kept: they say which figure (`环比增长0.56%`, not
# `同比增长7.0%`), and count among no FOCUS_WORDS.
RECKONED = re.compile(r"(?:与?上年|与?去年|同期|相比|较|比|预计|力争|的|了|同比|环比|实际|名义)*")
WHICH_FIGURE = ("同比", "环比", "实际", "名义")


def _what_changes(before: list[tuple[int, str, str]], verb_start: int, text: str) -> list[str]:
    """The words written right before a verb of change (`国防预算增长多少`: 国防 + 预算, though the tagger
    calls 预算 a verb): what grows or falls is theirs, and a clause stating another's (`一般公共预算支出
    规模28.5万亿元`) answers nothing. Not after other verbs, whose word before is who acts (`领导走访多少户`),
    nor a body or place (`民委`, `全市`)."""
    run: list[str] = []
    for start, word, flag in before[::-1]:
        things = [taken for taken in run if taken not in WHICH_FIGURE]
        if not RECKONED.fullmatch(text[start + len(word):verb_start].strip()) or len(things) == FOCUS_WORDS:
            break
        if word in WHOLE_JURISDICTION or body_of(word) or len(word) < 2 or not flag.startswith(("n", "v", "j", "l", "d", "b")):
            break
        if word in WHICH_FIGURE or not RECKONED.fullmatch(word):
            run.insert(0, word)
        verb_start = start
    return run


def focus_of_people(kind: str, word_positions: list[tuple[int, str, str]], focus: list[str]) -> list[str]:
    """Whose post is asked (`杨毅任什么职务`): the person named. Who is asked (`…先进人物是哪几位`): the names
    answer who, so the clause need only say what kind of person (`宣传卓嘎、央宗等爱国守边先进事迹`)."""
    if kind == "role":
        return [word for _, word, flag in word_positions if flag == "nr"] or focus
    # `由哪些人员组成`: 人员 is only that people are asked, which the posts answering it do not say (`由总理、副总理…组成`)
    return [word[:-2] if len(word) > 2 and word.endswith(("人物", "人士")) else word for word in focus if word not in ("人员", "人")]


# `费率降到多少`, `标准提高到多少`, `下调为多少`: the level a thing is changed to is stated by the thing
# (`担保费率由原来的0.8％下调为不超过0.5％`, `实际税负可下降至5%到8.4%`), in any verb. Only a figure's:
# the day a thing is put off to (`推迟到哪天`) is the day of that verb.
LEVEL_REACHED = ("到", "至", "为")
# A verb of change holds one of these (降到, 提高, 下调, 增至, 放宽): not 收到, 找到, 筛查到, 覆盖到, 分为.
CHANGE_CHARS = re.compile(r"[降提升增减调涨扩缩压宽]")


def _changes_to_the_level_asked(entry: tuple[int, str, str], text: str, question_position: int) -> bool:
    start, word, flag = entry
    between = text[start + len(word):question_position].strip()
    return flag.startswith("v") and bool(CHANGE_CHARS.search(word)) and (
        between in LEVEL_REACHED or not between and word.endswith(LEVEL_REACHED))


COUNT_AND_CLASSIFIER = re.compile(rf"(?:多少|几)(?:{WORD_UNITS}|[{CHAR_UNITS}]|{GOODS_UNIT})")


def _counted_word_as_noun(after: list[tuple[int, str, str]], question_position: int, text: str) -> list[tuple[int, str, str]]:
    """`多少件提案？`: the word ending the question right after the count and its classifier is what
    is counted, a noun, though the tagger calls 提案 a verb there (everyday_fresh: the focus became
    收到 and 114件提案 was refused). Not a verb going on (`多少人参加了培训`)."""
    if not after or not after[0][2].startswith("v"):
        return after
    start, word, _ = after[0]
    if not COUNT_AND_CLASSIFIER.fullmatch(text[question_position:start]) or \
            text[start + len(word):start + len(word) + 1] not in ("", "?", "？", "，", ",", "。", " "):
        return after
    return [(start, word, "n"), *after[1:]]


PREDICATE_PREPOSITIONS = ("通过", "经过", "经")  # how a thing is done, not what is counted (`由国家资助的学生` is)


def _predicate_between(text: str) -> bool:
    """Does a modal or a how-preposition stand between a count word and the noun after it? Then
    the noun ends a predicate (`业务有多少项可以通过网上办理`: 办理 is not what is counted, the
    noun before is), unlike in `多少超长期特别国债` or `多少名参加培训的干部`."""
    return any(word in MODAL_WORDS or word in PREDICATE_PREPOSITIONS for word, _ in tagged(text))


def _noun_run(words: list[tuple[int, str, str]], forward: bool) -> list[str]:
    """Up to FOCUS_WORDS nouns that touch each other in the question text, in reading order."""
    run = [words[0]]
    for start, word, flag in words[1:FOCUS_WORDS]:
        previous_start, previous_word, _ = run[-1]
        touching = start == previous_start + len(previous_word) if forward else start + len(word) == previous_start
        if not (touching and _is_noun(word, flag)):
            break
        run.append((start, word, flag))
    ordered = [word for _, word, _ in (run if forward else run[::-1])]
    # `全国GDP`, `全市干部`: the whole of the document's own jurisdiction is its scope, not what is
    # counted (`国内生产总值增长3%` says no 全国)
    return [word for word in ordered if word not in WHOLE_JURISDICTION] or ordered


WHOLE_JURISDICTION = frozenset({"全国", "全省", "全区", "全市", "全县", "全州", "全盟", "全旗", "全乡", "全镇"})


# How or whether one may get or do something at an office (`怎么领取座套`, `要咋申报`, `怎么招募选拔的`,
# `能不能免费品茶`): a procedure, which a passage must speak of to answer. Reports say what a
# body did, rarely how a person applies: a passage on 义务监督员 saying how they work answers no
# question on how they are recruited (everyday_blind7–10: six such refusals were answered with the
# topic's sentence). Only procedure words: how a body did its work (`咋服务`, `怎么管好`, `咋体现`) is
# said in other words (`健全…机制`, `增加…的内容`): requiring those verbs lost ten answers.
ACTION_ASKED = re.compile(r"如何|怎样|怎么|咋|能不能|能否|可否|可不可以|是否|有没有|有无|要不要|会不会")
PROCEDURES = frozenset({"申请", "申报", "申领", "申办", "报名", "办理", "领取", "缴纳", "缴费", "交费", "收费", "免费", "招募", "选拔",
                        "招聘", "报考", "注册", "登记", "预约", "投诉", "举报", "审批", "备案", "入选", "评选", "认定",
                        "补办", "补领", "换领", "挂失", "注销"})  # what is done again or undone of a card or licence


# So is a meeting's opening or closing whose day is asked (`那次大会哪天闭幕`): a passage saying when a report was
# made there (`2023年3月5日在…会议上`) says nothing of its closing. Only events no text names in other words
# (not 生效, which a law writes 施行; 成立, 组建; 截止, 截至).
EVENTS = frozenset({"闭幕", "开幕"})
ACTIONS_ASKED = ((ACTION_ASKED, PROCEDURES), (TIME, EVENTS))  # after the when-word answer_kind reads


def action_of(word_positions: list[tuple[int, str, str]], text: str) -> list[str]:
    """The procedure words after the how- or whether-word, and the events after the when-word, up to
    the end of its clause (`…要咋申报、找哪个部门`: 申报; `哪天闭幕`: 闭幕)."""
    words = []
    for pattern, vocabulary in ACTIONS_ASKED:
        if (asked := pattern.search(text)) is not None:
            end = ACTION_END.search(text, asked.end())
            stop = end.start() if end else len(text)
            words += [word for start, word, _ in word_positions if asked.end() <= start < stop and word in vocabulary]
    return words


def counted_right_before(question: str, focus: list[str]) -> str:
    """The focus written right before the count word (`各委员会设委员几人` → 委员), or ""."""
    counted = focus[-1] if focus else ""
    return counted if counted and re.search(re.escape(counted) + r"(?:有|是|为)?(?:多少|几)", question) else ""
