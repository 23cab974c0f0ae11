"""A question's words read into terms: which name a place, a body (`区人社厅`), a named day or a
content word (what the question is about), and which only say how it asks (question words, units,
asking and modal words, stop words). Mends the tagger where it cuts a name apart (`科右` + `前旗`,
a division named after its peoples: 大围/河/回族/满族/乡) or glues a word to one (`里于倩`).
question.py builds the analysis from these."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.answer_kind import KEYWORD_COUNT, MENTION
from assistant.answering.asking import (ADVERBS_BEFORE_ASKING, ADVERBS_BEFORE_IS, ASKED_AFTER_ADVERB, ASKING_WORDS, BELONGING_VERBS,
                                       MODAL_WORDS, MODALS_BEFORE_VERB, PLANNING_VERBS, READ_ON, is_category_noun, without_modal)
from assistant.answering.bodies import is_a_body
from assistant.answering.figures import CHAR_UNITS, WORD_UNITS
from assistant.answering.intents import WH_WORDS
from assistant.answering.places import (ADMINISTRATIVE_UNITS, DESIGNATIONS, HELD, POSTS, SHORT_BODY, UNIT_KINDS, division_cut_apart, is_place_word,
                                       opens_with_a_division, peoples_division, place_cut_apart, place_level)
from assistant.tokens import STOPWORDS, tagged

ROLE_WORDS = ("担任", "职务", "职位")
METHOD_WORDS = ("采取", "措施", "举措", "做法", "办法")  # how a method question asks, not what about
# `在全市层面要办哪些比赛`: at which level, which the word before it says (全市); texts write `举办全市…大赛`
LEVEL_WORDS = ("层面", "层级")
NAME_FLAGS = ("nr", "ns", "nt")  # a name the tagger reads is no modal and verb (`会泽`)


UNIT_WORDS = frozenset(WORD_UNITS.split("|"))  # `多少人次`: the answer's unit, not what is counted
# A count word's unit the tagger glues to its bound (`多少天内` → 天内; `几个工作日内` keeps 工作日内): the
# figure's unit and bound, which a text states otherwise (`三十日内`), not what the question is about.
COUNT_WORD_UNITS = f"{CHAR_UNITS}年月日周"
FIGURE_BOUNDS = ("内", "前", "后", "以内", "之内", "以上", "以下", "以后", "以前", "左右")  # not `多少项目`
QUESTION_WORDS = ("多少", "多长", "多久", "多大", "几", "谁", "哪些", "什么", "何时", "哪", "如何", "怎么", "怎样", "是否", "为何", "为什么",
                  "包括", "包含", "是指", "指的是", "有没有", "有没", "是不是", "有无")  # 会不会, 补不补…: asking.A_NOT_A


# The tagger calls a named day a time word (春节 t, 国庆节 t, 元旦 t): it is what a question about
# holidays asks about (`春节放假几天` was answered with 元旦's line). Relative days stay out.
RELATIVE_DAYS = ("今日", "昨日", "近日", "明日", "次日", "当日", "本日", "每日", "今天", "昨天", "明天", "节日")
# Days of any kind, no one day named (`拉萨过节那阵子搞了哪些…活动`: any festival).
ANY_DAY = ("过节", "佳节", "假日", "节假日", "工作日", "休息日", "双休日", "纪念日")


def names_a_day(word: str, flag: str) -> bool:
    return flag == "t" and len(word) >= 2 and word not in RELATIVE_DAYS and word not in ANY_DAY and (
        word.endswith(("节", "日")) or word in ("元旦", "除夕"))


CONTENT_POS = ("n", "v", "a", "b", "i", "j", "l", "x", "nz", "nt", "nr", "vn", "an", "eng")  # b: 主任, 国家级
# A place word is content when it says which kind (`户外宣传`, `境外佣金`), not where one is in
# spoken words (`在村里蹲了多少天`: the text says 驻村).
SPOKEN_WHERE = ("里", "上", "下", "中", "边", "头")  # not 内: `境内营业额` against `全球…营业额`
# where it is done as a channel, not a spoken where: `能不能在网上递交` asks of the net, which a sentence must name
# (the tagger writes 线下 a noun, and cuts 线上 in two)
CHANNELS = frozenset({"网上"})


# What a document says of a topic, asked of which documents say it (`搞志愿服务的内容在哪几篇里有`): the topic is asked.
TEXT_ABOUT = ("内容", "情况", "说法", "表述", "提法")


PERSON_FLAGS = ("nr", "nrfg", "nrt")  # the tagger's person names


WH_WORD = re.compile(WH_WORDS)
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# A site named after a place (`长城网那篇`, `长城网哪个栏目`): 网 a word of its own right after it, not `网格`,
# `网信办`, `网约车`, `网站上` (西藏, 北京, 拉萨 are still the places asked about)
SITE_AFTER_A_NAME = re.compile(r"网(?=[的那这哪里上，,？?\s]|$)")
LEADING_PREPOSITIONS = "里在"  # glued to a two-character name by the tagger (not 向, 和, 由: surnames)


@dataclass
class Term:
    text: str
    kind: str  # place | enclosing (a place the next one lies in) | year | doc_year | doc_number | period | day | phrase | ordinal | thing
    # | body (a body the tagger cut apart)
    flag: str = ""  # the tagger's part of speech, for thing terms

    @property
    def is_a_name(self) -> bool:
        """A proper name or a named day (`元宵节`): what a question is about, never mere phrasing."""
        return self.flag in ("nz", "nt", "nr", "nrt", "nrfg") or names_a_day(self.text, self.flag)


# A time limit asked (`多长时间内`, `几天内`): the tagger joins its 内 to the next word (内报, 内要).
DURATION_BEFORE = re.compile(r"(?:多长时间|多久|(?:几|多少)个?(?:天|日|周|月|年|小时|工作日))$")


def tagged_terms(remainder: str, kind: str) -> tuple[list[Term], list[tuple[int, str, str]]]:
    """The question's places, bodies and content words as the tagger reads them, mended where it
    cuts a name apart; with (start, word, flag) of each content word."""
    terms: list[Term] = []
    word_positions: list[tuple[int, str, str]] = []
    tokens = _positioned(remainder)
    divisions = _named_after_peoples(remainder, tokens)
    alone = ""  # the character the tagger left as a word of its own right before this one
    for start, word, flag in tokens:
        alone, before_word = word if len(word) == 1 else "", alone
        if (division := next((span for span in divisions if span[0] <= start < span[1]), None)) is not None:
            if start == division[0]:
                terms.append(Term(remainder[division[0]:division[1]], "place"))
            continue
        if word in POSTS and start > 0 and remainder[start - 1] == "副":
            word, start = "副" + word, start - 1  # `副部长`: the tagger's 副 + 部长 is another post than 部长
        if word.startswith("内") and len(word) > 1 and word[1:] not in MODALS_BEFORE_VERB and DURATION_BEFORE.search(remainder[:start]):
            # `多长时间内报…备案`: the 内 is the time asked's (三十日内) and 报 a verb of one character, which says
            # nothing a clause must hold; a modal after it (`内要`) is a word no document holds (prepared.py)
            word, start = word[1:], start + 1
            if len(word) == 1:
                continue
        after = remainder[start + len(word):]
        if len(word) > 2 and word.endswith("办") and after[:1] and after[0] in HELD:
            word = word[:-1]  # `市政府办的那场演出`: who held it, and 办 the holding — no office
        if (head := head_verb(word, flag)) != word:
            if len(head) == 1:  # `交上去`: the verb, which a text writes in a word of its own (送交)
                word_positions.append((start, head, flag))
                continue
            word = head
        if (verb := without_modal(word)) != word and not flag.startswith(NAME_FLAGS):
            # `要树的…品牌`: a modal and a verb of one character (要 + 树), no thing asked; the verb stands where
            # the modal did, so a counted run reads on through it (`融资成本要降多少`: 融资, 成本, 降)
            word_positions.append((start, verb, "v"))
            continue
        if _says_how_it_asks(word, flag, remainder[:start], after, kind):
            continue
        # `门巴` + `乡`: a name before its unit; not `指导` + `县区` (a kind of unit, no name's)
        followed_by_unit = after[:1] in tuple(ADMINISTRATIVE_UNITS) and not after.startswith(UNIT_KINDS)
        if is_place_word(word, flag) and SITE_AFTER_A_NAME.match(after):
            terms.append(Term(word + "网", "thing", "nz"))  # `长城网`: a site the place names, asked of no place
            word_positions.append((start, word + "网", "nz"))
        elif (county := division_cut_apart(before_word, word)) is not None:
            terms.append(Term(county, "place"))  # `增` + `城区`: 增城区, not a thing 城区 (the 增 alone was no term)
        elif (is_place_word(word, flag) or followed_by_unit and len(word) >= 2 and flag.startswith("n")
                or opens_with_a_division(word, remainder[:start], after)):
            terms.append(Term(word, "place"))
        elif (joined := place_cut_apart(_last_thing(terms, word_positions), start, word, flag)) is not None:
            terms[-1] = Term(joined, "place")  # `科右` + `前旗`: one place name the tagger cut in two
            word_positions.pop()
        elif (flag.startswith(CONTENT_POS) or names_a_day(word, flag) or flag == "s" and (not word.endswith(SPOKEN_WHERE) or word in CHANNELS)) \
                and not word.isdigit():
            if flag in PERSON_FLAGS and len(word) == 3 and word[0] in LEADING_PREPOSITIONS:
                word, start = word[1:], start + 1  # `稿子里于倩`: the tagger's 里于倩 is 于倩
            terms.append(Term(word, "thing", flag))
            word_positions.append((start, word, flag))
    for body in SHORT_BODY.finditer(remainder):  # `区人社厅`: not the tagger's 区人 + 社厅
        if _heads_the_post(body, remainder, terms):
            continue
        if not any(body.group(1) in term.text for term in terms if term.kind == "thing"):
            terms, word_positions = _as_one_body(terms, word_positions, body.start(1), body.group(1))
    for start, body in _named_in_words(tokens):  # `交通运输` + `部`, `国家` + `卫生` + `健康` + `委`: one body
        terms, word_positions = _as_one_body(terms, word_positions, start, body)
    return _narrowest_of_each_chain(terms, remainder), word_positions


def _heads_the_post(body: re.Match, text: str, terms: list[Term]) -> bool:
    """`廊坊局长说`, `杨毅局长`: the 局 opens the post 局长 after a place or a person, no body `廊坊局`."""
    before = body.group(1)[:-1]
    return text.startswith("长", body.end(1)) and any(
        term.text == before and (term.kind == "place" or term.flag in PERSON_FLAGS) for term in terms)


def _as_one_body(terms: list[Term], word_positions: list[tuple[int, str, str]], start: int,
                 body: str) -> tuple[list[Term], list[tuple[int, str, str]]]:
    """The words the tagger cut the body at `start` into, taken out by their place (a word also asked
    outside it stays: `交通运输部对交通运输企业…`, `区医保局对医保报销…`), and the body as one term."""
    end = start + len(body)
    word_positions = [entry for entry in word_positions if not (entry[0] < end and entry[0] + len(entry[1]) > start)]
    left = {word for _, word, _ in word_positions}
    return [term for term in terms if term.kind != "thing" or term.text in left] + [Term(body, "body")], word_positions


# A body's name cut into words before a lone 部 or 委: its last word, and before that only adjectives and
# verbal nouns (`卫生` `健康`, `发展` `改革`), a word joined by 和 (`工业和信息化`), and 国家 opening it — not a
# topic noun written before the body (`高速公路交通运输部`, `养老金人社部`), a verb, a place or another body.
DESCRIBING_FLAGS = ("a", "vn")


def _named_in_words(tokens: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """Bodies the tagger cuts into words (`交通运输` + `部`, `国家` + `卫生` + `健康` + `委`, `文化` + `和` +
    `旅游部`): (start, name)."""
    found = []
    for i, (_, word, _) in enumerate(tokens):
        lone = word in ("部", "委")  # a whole word ending in 部 (`旅游部`) takes only words joined by 和
        if not (lone or len(word) >= 3 and word.endswith("部") and is_a_body(word)):
            continue
        first = i
        while first > 0 and _touching(tokens, first) and _part_of_the_name(tokens, first - 1, lone, first == i):
            first -= 1
            if tokens[first][1] == "国家":
                break
        if first < i:
            found.append((tokens[first][0], "".join(word for _, word, _ in tokens[first:i + 1])))
    return found


def _touching(tokens: list[tuple[int, str, str]], i: int) -> bool:
    return tokens[i - 1][0] + len(tokens[i - 1][1]) == tokens[i][0]


def _part_of_the_name(tokens: list[tuple[int, str, str]], i: int, lone: bool, right_before: bool) -> bool:
    """Is the word at `i` part of the body's name ending after it: joined by 和, or — before a lone ending
    — 国家, the name's last word, or an adjective or verbal noun before that?"""
    _, word, flag = tokens[i]
    if word == "和" or i + 1 < len(tokens) and tokens[i + 1][1] == "和":
        return word != "和" or i > 0
    if not lone or len(word) < 2 or is_a_body(word) or is_place_word(word, flag) or word[-1] in ADMINISTRATIVE_UNITS:
        return False
    return word == "国家" or flag.startswith(("n", "j", "l", *DESCRIBING_FLAGS) if right_before else DESCRIBING_FLAGS)


def _narrowest_of_each_chain(terms: list[Term], remainder: str) -> list[Term]:
    """`河北省石家庄市`, `北京市丰台区`: a place written right before one inside it is where that one is, as
    the question says; the narrower place is asked about (a 丰台区 notice never names 北京市), the wider
    is kept as "enclosing", which no passage needs to name."""
    places = [term.text for term in terms if term.kind == "place"]
    wider = {outer for outer, inner in zip(places, places[1:]) if outer + inner in remainder
             and (outer_level := place_level(outer)) is not None and (inner_level := place_level(inner)) is not None
             and outer_level < inner_level}
    return [Term(term.text, "enclosing") if term.kind == "place" and term.text in wider else term for term in terms]


# A direction the tagger glues to a spoken verb (`交上去`, `查出来`, `收进去`): the verb is what a text
# says, in a word of its own (`送交`, `查摆出`, `收入`). Not a result (`罚到多少`, `收到`): reading 罚到 as 罚
# cost an unread everyday question for the one it gained.
VERB_COMPLEMENTS = ("上去", "上来", "下去", "下来", "出去", "出来", "进去", "进来", "回去", "回来", "过去", "过来", "起来")


# Hedges, not a verb going somewhere (`看起来投了多少钱`): as the tagger reads them.
HEDGES = frozenset({"看起来", "看上去", "说起来", "想起来", "听起来", "算起来", "总的来说"})


def head_verb(word: str, flag: str) -> str:
    """A verb without the direction glued to it, nor a 不/得 between (`停不下来` → 停); any other
    word, and a hedge, as it is."""
    if flag.startswith("v") and word not in HEDGES:
        for complement in VERB_COMPLEMENTS:
            if word.endswith(complement) and len(word) > len(complement):
                head = word[:-len(complement)]
                return head[:-1] if len(head) > 1 and head[-1] in "不得" else head
    return word


def _positioned(text: str) -> list[tuple[int, str, str]]:
    """(start, word, flag) of each word the tagger reads in the text."""
    tokens, position = [], 0
    for word, flag in tagged(text):
        start = text.find(word, position)
        position = start + len(word) if start >= 0 else position
        tokens.append((start, word, flag))
    return tokens


# The name before a division's peoples (`管家务`, `大围河`): two to four characters of nouns the
# tagger made of it (管/vn 家务/n, 大围/n 河/n) — not a verb, a person, a place or a designation
# (`设有回族乡`, `张三回族乡长`, `全省藏族乡镇`, `民族团结回族乡`).
DIVISION_NAME_MIN, DIVISION_NAME_MAX = 2, 4
NAME_PART_FLAGS = ("n", "ng", "nz", "vn")


def _named_after_peoples(text: str, tokens: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    """(start, end) of each division named after its peoples (`大围河回族满族乡`): the peoples and
    the unit, with the nouns right before them (`永清县管家务回族乡`: 管家务, not 永清县). The unit
    must end a word: `回族乡干部` and `回族乡镇企业` name no division."""
    word_ends = {start + len(word) for start, word, _ in tokens}
    spans = []
    for division in peoples_division().finditer(text):
        if division.end() not in word_ends:
            continue
        start = division.start()
        for word_start, word, flag in reversed([token for token in tokens if token[0] < division.start()]):
            if word_start + len(word) != start or not _names_part_of_a_division(word, flag) \
                    or division.start() - word_start > DIVISION_NAME_MAX:
                break
            start = word_start
        if division.start() - start >= DIVISION_NAME_MIN:
            spans.append((start, division.end()))
    return spans


def _names_part_of_a_division(word: str, flag: str) -> bool:
    return (flag in NAME_PART_FLAGS and CJK_ONLY.fullmatch(word) is not None and not is_place_word(word, flag)
            and word not in STOPWORDS and not word.startswith(DESIGNATIONS))


def _last_thing(terms: list[Term], word_positions: list[tuple[int, str, str]]) -> tuple[int, str, str] | None:
    """(start, word, flag) of the content word just read, when it is the last term."""
    if word_positions and terms and terms[-1].kind == "thing" and terms[-1].text == word_positions[-1][1]:
        return word_positions[-1]
    return None


# A noun 计划 right before when an event is held plans it, as the verb would (`表彰大会计划啥时候开`); not a plan
# asked about (`这项计划什么时候出台`, `西部计划怎么报名`).
PLANNED_WHEN = re.compile(r"(?:什么时候|啥时候|何时|哪天|哪一天|几月|几号)(?:召开|开幕|举行|举办|开)")


def _says_how_it_asks(word: str, flag: str, before: str, after: str, kind: str) -> bool:
    """A word of how the question is put, not of what it is about: stop words, question words,
    units, asking and modal words, a category noun after a question word, a single character."""
    return (word in STOPWORDS or word in ROLE_WORDS or word in UNIT_WORDS or word in METHOD_WORDS
            or word in LEVEL_WORDS and bool(before.strip()) and not WH_WORD.search(before)  # not `在哪个层面`
            or word in ASKING_WORDS and not _some_of(word, before) or word in MODAL_WORDS
            or word in PLANNING_VERBS and (flag.startswith("v") or PLANNED_WHEN.match(after) is not None)
            or bool(KEYWORD_COUNT.fullmatch(word))
            or len(word) < 2 and flag != "ns"
            or before.rstrip().endswith(("多少", "几")) and word[0] in COUNT_WORD_UNITS and word[1:] in FIGURE_BOUNDS
            or any(word.startswith(q) for q in QUESTION_WORDS) or word.endswith(("什么", "啥"))  # `干什么`/l, `靠啥`
            or re.fullmatch(r"[由归找向给让跟]?谁来?", word) is not None  # `由谁来`/l: who, asked
            or is_category_noun(word, before, after)
            or word in ADVERBS_BEFORE_ASKING and ASKED_AFTER_ADVERB.match(after) is not None
            or word in ADVERBS_BEFORE_IS and after.startswith("是")
            or bool(READ_ON.match(word + after)) or word in ("显示", "写着", "标注") and bool(READ_ON.search(before[-4:] + word))
            or word in BELONGING_VERBS and after.startswith(("哪", "什么"))
            or word == "没有" and not after.strip(" ？?。！!呢吧啊") and not WH_WORD.search(before)  # `开始搞了没有`: whether
            # it was done, not what about; `哪些乡镇还没有` asks which have none
            or kind == "which_docs" and bool(MENTION.fullmatch(word))  # `…在哪几份材料里出现过`
            # `志愿服务的内容在哪几篇里有`, `志愿服务内容在哪几篇里有`
            or kind == "which_docs" and word in TEXT_ABOUT and (before.endswith("的") or after.startswith(("在", "出现", "见"))))


def _some_of(word: str, before: str) -> bool:
    """`部分` saying which ones (`只给部分公民放假`: 第三条 部分公民放假的节日), not which part of a
    text (`那部分主要说了啥`, `第一部分`)."""
    return word == "部分" and not re.search(r"第[\d一二三四五六七八九十]+$|[那这哪各每几]$", before)
