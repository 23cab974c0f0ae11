"""What a question asks: its key terms by kind, focus and qualifiers, with its type and unit
read by answer_kind.py — one analysis, passed along.

Key terms come in kinds because they are checked differently against a passage:
- `place` (jieba ns): the document must be about that place (title or text);
- `year` (`2022年`): stated in the passage, its heading, its document's title or date;
- `doc_year` (`2024年政府工作报告`, `23年那份报告`): the year of the document, by its title or date; and
  `doc_number` (`公告2020年第6号`, `财办〔2020〕7号`): its number, written in it;
- `period` (`上半年`, `年内`, `一季度`): stated in the passage or heading (a title saying
  `上半年…暨下半年` must not let a `下半年` question match an `上半年` figure);
- `day` (`截至2月12日`): where the sentence, or the one before it, states days, one of them;
- `phrase`: quoted text (`“五个认同”`), which must appear verbatim;
- `ordinal` (`第二批`): stated in the passage, heading or title (`第一批` is another batch);
- `thing`: everything else that carries content: what is asked about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.asked_times import DAY, PERIOD, YEAR, dated_terms
from assistant.answering.answer_kind import COUNT, DEALT_WITH, OCCASION_ASKED, PEOPLE_KIND, SEVERAL, TIME, WHICH_DOCS, expected_unit, question_kind
from assistant.answering.asking import (BOOK_ASKED, CONTACT_ASKED, DOCUMENT_NUMBER_ASKED, KINDS_OF_KINDS, MEETING_ASKED, NAME_ASKED,
                                       SERVICE_ASKED, REQUIREMENT_ASKED, THEME_ASKED, URL_ASKED, WEBSITE_ASKED,
                                       LIGHT_VERBS, MAKING_VERBS, act_after, acting_verb, read_question)
from assistant.answering.figures import ITEM_COUNT, item_number, states_another_count
from assistant.answering.focus import action_of, focus_of, focus_of_people, split_verb
from assistant.answering.frame import Frame, frame_of
from assistant.answering.intents import ADDRESS_ASKED, EARLIEST, LATEST, METHOD, OUTCOME, asked_part, question_intent
from assistant.answering.meaning import NO_MEANING, Meaning
from assistant.answering.places import body_of, everyday_word, reads_as_two_words
from assistant.answering.question_words import PERSON_FLAGS, QUESTION_WORDS, Term, names_a_day, tagged_terms
from assistant.answering.synonyms import Synonyms
from assistant.answering.document_year import VERSION_NAMED, document_numbers, naming_a_document, without_numbers
from assistant.answering.text import BLANK, NORMATIVE_KINDS, THIS_DOCUMENT, noun_phrase_after, quoted

QUOTED = quoted(2, 40, single=True)
# A name numbered in brackets (`刑法修正案（十二）`): the number is part of the name, so `（十一）` is another one.
NUMBERED_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}[（(](?:[一二三四五六七八九十百]+|\d{1,3})[）)]")  # `修正案(十二)`, never `据刑法…`
BOUND = re.compile(r"及?以[上下内外]")  # `三类以上客车`: a count bounding the topic, not the items asked
COUNTED_WORDS = re.compile(r"(?:的)?([\u4e00-\u9fff]{2})")

# What a question sets aside (`除了常务副组长，…`, `除了委里主要领导还带了…`, `除去…以外`).
# A bare 除 only with 以外/之外 after it: 解除, 排除, 免除, 扣除 and 除夕 set nothing aside.
EXCLUDED = re.compile(r"(?<![解排免扣清消删拆废剔])(?:除了|除去|除(?=[\u4e00-\u9fff、]{2,12}?(?:以外|之外)))"
                      r"([\u4e00-\u9fff、（）()]{2,12}?)(?:[以之]?外)?(?=[，,]|还|别的|其他|其余|另外)")  # `除了模范县（区）、模范单位`
SET_ASIDE_END = re.compile(r"(?:这些|那些|[这那][几一]?[个项类条]|等)$")  # `除了固体废物那个`
# `哪家航空公司`: the kind may follow a few characters after 家/所 (not after 哪些/哪个: `哪些措施帮企业`).
ORGANISATION_KINDS_ASKED = "企业|公司|单位|机构|银行|医院|学校|部门|局(?![长面势级])|厅(?![长级])|电视台|电台|报社|出版社"
WHICH_ORGANISATION = re.compile(rf"哪(?:(?:家|所|几家)[\u4e00-\u9fff]{{0,3}}?|[个些])({ORGANISATION_KINDS_ASKED})")
# An office inside a body (`民委哪个科在兼着干`): one named answers (`宣传创建科`); not 科目, 处长, 处罚.
WHICH_OFFICE = re.compile(r"哪(?:个|些|几个)(?:科室|处室|股室|[科处](?=[在是负来的兼里牵，,？?]|$))")
PLACE_UNIT = re.compile(r"哪(?:个|些|几个|条)?([省市县区州盟旗乡镇村街]|路(?![线径]))")  # `哪个街道`, `哪条街`: a 街(道) answers
# An address asked (intents.ADDRESS_ASKED) is answered by a street and number, not by any place named: `拉萨市和
# 云南普洱再次携手,成立…展销中心` names where its partner is.
ADDRESS_UNIT = "地址"

CONTINUING = frozenset({"坚持", "持续", "连续", "坚守", "一直", "延续", "开展", "推行", "搞"})
DEMONSTRATIVES = "那这哪某该此每各"  # `那本书` is tagged nr, yet no name opens with a demonstrative


@dataclass
class Question:
    original: str
    text: str  # search-normalized
    kind: str  # which_docs | count | person | role | time | list | general
    intent: str = "fact_name"  # see INTENTS
    unit: tuple[str, ...] = ()  # accepted answer units for count questions (次, 名/人…)
    terms: list[Term] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)  # the thing terms next to the question word
    item_count: str | None = None  # how many items a list question says there are (`四项`)
    item_noun: str = ""  # the two characters after it: what is counted (`哪四种颜色` → 颜色)
    asks_ordinal: bool = False  # `第几批`: the answer is an ordinal, not a quantity
    counted: str | None = None  # the noun phrase right after `多少家`/`几名`, when there is one
    counted_words: str | None = None  # the two characters written right after the count word (`多少贴息支持` → 贴息)
    asks_method: bool = False  # `如何…`, `采取了哪些措施`: the answer is what follows the topic
    action: list[str] = field(default_factory=list)  # `怎么领取`, `能不能免费品茶`: what must be done (focus.action_of)
    # two content words the question writes side by side (`现场招聘`, `招聘活动` of `针对现场招聘活动…`): a
    # sentence writing them so speaks of that thing, not of its words apart (sentences.PAIRS_CREDIT)
    word_pairs: list[str] = field(default_factory=list)
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # a thing term's everyday equivalents
    place_unit: str | None = None  # `在哪个县`: the answer names a 县
    asks_organisation: str = ""  # the kind asked (`到哪家企业…` → 企业, `哪家医院` → 医院) or "office" (`哪个科室`): the answer names one
    documents_named: list[str] = field(default_factory=list)  # every version of the indexed rules it names (prepared.py)
    excluded: list[str] = field(default_factory=list)  # `除了常务副组长，一般副组长…`: what is set aside, not asked
    asks_kind_of_people: bool = False  # `由什么人担任`, `联系哪些人`: people named by what they are (`分管领导`), no name needed
    asks_name: str | None = None  # `叫什么名字` → name, `哪本书` → book, `哪个网站` → website, `APP叫啥` → service, `文号` → number, `电话是多少` → contact,
    # `主题是啥` → theme, `哪次会议` → meeting, `复工要求？` → requirement (names.py)
    asks_duration: bool = False  # `多久`: a span of days as well as dates answers
    asks_month: bool = False  # `几月份`: a month alone (`今年9月召开`) answers
    asks_occasion: bool = False  # `趁什么日子`: a named day (`…纪念日之际`, `庆“七一”`) answers
    acting_verb: str | None = None  # `由谁通过` → 通过: what the one asked for does (asking.acting_verb)
    asks_outcome: bool = False  # `批下来没有`, `建成了吗`: only a sentence saying it was done answers
    category: str | None = None  # `哪几种政治能力` → 能力: the kind of the things a list names (coverage.holds_focus)
    order_asked: str | None = None  # `最近一次` → latest, `第一次` → earliest: of several dated events
    act_dated: str | None = None  # `几月份之前要向社会公布` → 公布: what happens at the time asked (dated.says_the_act_dated)
    frame: Frame | None = None  # the words around the question word, which the answer is written between (frame.py)
    rarity: dict[str, float] = field(default_factory=dict)  # a content word's weight factor from the index (0.5–1.5; ×2 asked whether)
    meaning: Meaning = NO_MEANING  # how close its pool's sentences are in meaning (meaning.py)

    def weight(self, term: str) -> float:
        """How much a content word tells: longer words more (up to 4 characters), and words few
        passages hold more than ones most hold (`瞻仰` against `组织`), when the index's
        rarities are known."""
        return min(len(term), 4) * self.rarity.get(term, 1.0)

    @property
    def items_asked(self) -> int | None:
        """How many items the question says there are (`哪四项`: 4), when it says."""
        return item_number(self.item_count) if self.item_count else None

    def counted_otherwise(self, text: str) -> bool:
        """Is a list asked by its number (`哪四种颜色`) counted in another in the text (`两种不同颜色`)?"""
        return self.intent == "list" and bool(self.item_count) and states_another_count(self.item_count, self.item_noun, text)

    @property
    def set_aside_kinds(self) -> list[str]:
        """What the question sets aside that is a kind of its focus (`除了常务副组长，一般副组长…`); a
        thing set aside that is not (`除了王慧还有谁`) is not: the clause naming it may name the others too."""
        return [phrase for phrase in self.excluded if any(word in phrase and word != phrase for word in self.focus)]

    def without_the_excluded(self, text: str) -> str:
        """The text with the kinds of the focus set aside blanked: `…为常务副组长` holds no 副组长 asked,
        `分管领导为副组长` does."""
        for phrase in self.set_aside_kinds:
            text = text.replace(phrase, BLANK * len(phrase))
        return text

    def of_kind(self, *kinds: str) -> list[str]:
        return [term.text for term in self.terms if term.kind in kinds]

    @property
    def named_days(self) -> list[str]:
        """The named days the question asks about (`春节期间…`): qualifiers like periods."""
        return [term.text for term in self.terms if term.kind == "thing" and names_a_day(term.text, term.flag)]

    @property
    def persons(self) -> list[str]:
        """The people the question names (`王淑琴是哪个单位的`): qualifiers like bodies — a clause
        about someone else's 单位 says nothing of her."""
        return [term.text for term in self.terms if term.kind == "thing" and term.flag in PERSON_FLAGS
                and term.text[0] not in DEMONSTRATIVES and not reads_as_two_words(term.text)
                # an everyday word jieba's dictionary tags nr is no one (`2024年修正的…条例` required a 修正 of a document
                # whose 题注 says 通过): places.everyday_word, the one reading texts use too
                and not everyday_word(term.text, self.text, self.text.find(term.text) + len(term.text))]

    @property
    def bodies(self) -> list[str]:
        """The bodies the question asks about (`政协`, `民宗局`, `医保局`): qualifiers like places —
        a 拉萨 document on 民委 work states nothing about 拉萨市政协; not a report's issuer (`省政府工作报告`)."""
        return [body for term in self.of_kind("thing", "body") if (body := body_of(term)) and f"{body}工作报告" not in self.text
                and not self._only_set_aside(term)]  # `除了国务院各部委，还有哪些机构`: set aside, no qualifier

    def _only_set_aside(self, term: str) -> bool:
        """Is every mention of the term inside what is set aside (not `除了市政府办公室，市政府还有哪些部门`)?"""
        return bool(self.excluded) and self.text.count(term) <= sum(phrase.count(term) for phrase in self.excluded)


# A rule pointed at (`这部法律`, `该办法`, `本条例`) once the question has named it (`代表法2025：…`, `《…》`): the
# document named, not words a passage must hold (`这部法律最早是哪天通过的`: its 题注 line says no 法律)
POINTED_RULE = re.compile(rf"(?:这|那|该|{THIS_DOCUMENT})一?(?:部|个|份|项)?(?:法律|法规|文件|{NORMATIVE_KINDS})"
                          r"(?![院官人庭典制治定律]|责任|援助|服务)")  # not 基本规定, 该法定代表人, 这项法律责任


def analyse(question: str, synonyms: Synonyms | None = None) -> Question:
    """The question read once: kind and intent, unit, key terms by kind, focus; with a lexicon,
    the synonyms of its content words."""
    text = read_question(question)
    kind = question_kind(text)
    terms: list[Term] = [Term(phrase, "phrase") for phrase in [*QUOTED.findall(text), *NUMBERED_NAME.findall(text)]]
    terms += [Term(number, "doc_number") for number in document_numbers(text)]
    unquoted = without_numbers(NUMBERED_NAME.sub(" ", QUOTED.sub(" ", text)))
    if kind == "which_docs":  # `哪些材料讲了…`: 材料 is what is asked for, not what it is about
        unquoted = DEALT_WITH.sub(" ", WHICH_DOCS.sub(" ", unquoted))
    terms += dated_terms(unquoted)
    remainder = PERIOD.sub(" ", YEAR.sub(" ", DAY.sub(" ", VERSION_NAMED.sub(lambda match: match.group(1) or match.group(2), unquoted))))
    if naming_a_document(text) or "《" in text:
        remainder = POINTED_RULE.sub(" ", remainder)
    question_position = question_word_position(remainder)
    read_terms, word_positions = tagged_terms(remainder, kind)
    terms += read_terms
    unique: dict[tuple[str, str], Term] = {(term.text, term.kind): term for term in terms}
    asked = asked_part(text)  # not a condition's question word (`…不能确定如何适用时，由哪个机关裁决`)
    result = Question(question, text, kind, question_intent(asked, kind), expected_unit(text), list(unique.values()),
                      asks_ordinal="第几" in text, asks_method=bool(METHOD.search(asked)), acting_verb=acting_verb(text))
    clause_end = CLAUSE_END.search(remainder, question_position)  # `涨了多少，看23年那份报告`: not 报告
    word_positions_in_clause = [entry for entry in word_positions if not clause_end or entry[0] < clause_end.start()]
    # `集中学习几次`: the verb is what is counted; `办到第几届`, `开到第几次`: how an ordinal is asked
    result.focus = focus_of(word_positions_in_clause, question_position, verb_focus=kind == "count" and not result.asks_ordinal,
                            text=remainder)
    if kind == "count" and (verb_and_object := split_verb(remainder)):
        result.focus = [verb_and_object]
    if kind == "count" and (counted := COUNTED_QUOTE.search(text)):
        result.focus = [counted.group(1)]  # `第几个“民族团结月”`: the quoted name is what is counted
    result.action = action_of(word_positions, remainder)
    if kind == "count" and result.unit == ("年",):  # `坚持了几年`: the verb is the duration asked, `连续3年…` says it
        result.focus = [word for word in result.focus if word not in CONTINUING]
    _answer_wanted(result, keyword=question_position == len(remainder))
    result.frame = frame_of(text)
    if synonyms is not None:
        result.synonyms = {term: found for term in result.of_kind("thing") if (found := synonyms.of(term))}
    if kind in ("role", "person"):  # whose post is asked: the person named; who is asked: the kind of person
        result.focus = focus_of_people(kind, word_positions, result.focus)
    _what_is_counted(result, unquoted)
    # the words of a kind of the focus set aside (常务 in `除了常务副组长`) are not what is asked about
    set_aside = result.set_aside_kinds
    result.terms = [term for term in result.terms if not (
        term.kind == "thing" and term.text not in result.focus and any(term.text in phrase for phrase in set_aside))]
    kept = set(result.of_kind("thing"))  # not a word set aside, nor a spoken verb's head (`交` of 交上去)
    result.word_pairs = list(dict.fromkeys(first + second for (start, first, _), (following, second, _)
                                           in zip(word_positions, word_positions[1:])
                                           if start + len(first) == following and first in kept and second in kept))
    return result


def _what_is_counted(result: Question, unquoted: str) -> None:
    """What a count question counts (`多少家单位` → 单位) and how many items a list question asks for
    (`哪三项工作`)."""
    text, kind = result.text, result.kind
    count_word = COUNT.search(text)
    if kind == "count" and count_word:
        result.counted = noun_phrase_after(text[count_word.end():count_word.end() + 12])
        result.counted_words = words.group(1) if (words := COUNTED_WORDS.match(text, count_word.end())) else None
    if kind in ("list", "general"):
        counted = next((match for match in ITEM_COUNT.finditer(unquoted) if not BOUND.match(unquoted, match.end())), None)
        result.item_count = counted.group() if counted else None
        result.item_noun = unquoted[counted.end():counted.end() + 2] if counted else ""
        result.category = _category_asked(unquoted, result.focus)


# A quoted name right after the count word asked (`第几个“民族团结月”`, `多少个“一站式”服务点`)
COUNTED_QUOTE = re.compile(r"(?:第几|几|多少)[个项次届批条]?[“\"]([^”\"]{2,20})[”\"]")
# `哪几种政治能力`, `哪些文体比赛`: the kind of the things listed, named after the question word
KIND_ASKED = re.compile(r"哪(?:些|几种|几个|几项|几类|几样)([\u4e00-\u9fff]{2,8}?)(?:[？?，,。\s]|$)"
                        # a search-box query naming the kinds of its last word (`行政复议法2023 证据 种类`)
                        rf"|(?:^|\s)([\u4e00-\u9fff]{{2,8}}\s+(?:{'|'.join(KINDS_OF_KINDS)}))[\s？?。]*$")
KINDS_ENDING = re.compile(rf"\s*(?:{'|'.join(KINDS_OF_KINDS)})$")  # `会议形式`: 会议s are listed


def _category_asked(text: str, focus: list[str]) -> str | None:
    """The focus word ending the phrase right after `哪几种`/`哪些` (`政治能力` → 能力): what the
    listed things are, which a text names each by its own kind (`政治判断力、政治领悟力`)."""
    asked = KIND_ASKED.search(text)
    kind = asked and KINDS_ENDING.sub("", asked.group(1) or asked.group(2))
    return next((word for word in focus if kind and kind.endswith(word)), None)


def _answer_wanted(result: Question, keyword: bool) -> None:
    """What kind of answer the question wants beyond its type: a unit of place, an organisation,
    a name, a duration, a month, an outcome, the latest or earliest of several events."""
    text, kind = result.text, result.kind
    if unit := PLACE_UNIT.search(text):
        result.place_unit = unit.group(1)
    elif ADDRESS_ASKED.search(text):
        result.place_unit = ADDRESS_UNIT
    organisation = WHICH_ORGANISATION.search(text)
    result.asks_organisation = "office" if WHICH_OFFICE.search(text) else organisation.group(1) if organisation else ""
    result.excluded = [item for phrase in EXCLUDED.findall(text) for item in re.split(r"、", SET_ASIDE_END.sub("", phrase)) if item]
    # `除了国务院公报，还得登在哪个网上`: a focus only the item set aside holds is not what is asked (`除了常务副组长，一般
    # 副组长…` asks 副组长 again; `除了区纪委监委机关，还有哪些` asks the kind its 机关 names)
    if result.excluded and not any(word in "".join(re.split("|".join(map(re.escape, result.excluded)), text))
                                   for word in result.focus):
        result.focus = []
    # `除了模范县（区）、模范单位还有哪些类别`: an item set aside is not what is asked (a kind of it is: `除了常务副组长，一般副组长…`)
    result.focus = [word for word in result.focus if word not in result.excluded]
    result.asks_kind_of_people = kind == "person" and bool(PEOPLE_KIND.search(text))
    if DOCUMENT_NUMBER_ASKED.search(text):
        result.asks_name = "number"
    elif CONTACT_ASKED.search(text) and kind == "general" and result.intent != "yes_no":  # not `是否公布了举报电话`
        result.asks_name = "contact"
    elif _asks_a_meeting(text, result.intent):
        result.asks_name = "meeting"
    elif WEBSITE_ASKED.search(text):
        result.asks_name = "url" if URL_ASKED.search(text) else "website"
    elif SERVICE_ASKED.search(text) and kind not in ("person", "role", "time", "count"):
        result.asks_name = "service"
    elif THEME_ASKED.search(text) and kind not in ("time", "person", "count"):
        result.asks_name = "theme"
    elif REQUIREMENT_ASKED.search(text) and kind in ("general", "list"):
        result.asks_name = "requirement"
    elif kind not in ("person", "role") and NAME_ASKED.search(text):
        result.asks_name = "book" if BOOK_ASKED.search(text) else "name"
    # `停留时间` typed as a keyword asks how long as often as when: a span of days answers too
    # (not `截止是什么时间`: a question word asks when)
    keyword_time = keyword and re.search(r"时间(?=$|\s)", text)
    result.asks_duration = bool(re.search(r"多久|多长时间|期限|年限", text) or keyword_time)
    result.asks_month = bool(re.search(r"几月|哪一?个?月", text))
    result.asks_occasion = bool(OCCASION_ASKED.search(text))
    result.asks_outcome = bool(OUTCOME.search(text))
    result.order_asked = "latest" if LATEST.search(text) else "earliest" if EARLIEST.search(text) else None
    # what happens at the time asked: the act written first after the question word (`几月份之前要向社会公布` → 公布); none
    # when the question word ends it (`春节是哪天`), a word of another kind follows (`申请期限 最长`) or a verb only of making
    asked_when = TIME.search(text) if kind == "time" else None
    act = act_after(text, asked_when.end()) if asked_when else None
    result.act_dated = act if act in result.of_kind("thing") and act not in LIGHT_VERBS | MAKING_VERBS else None


def _asks_a_meeting(text: str, intent: str) -> bool:
    """The meeting is what is asked (`在哪次会议上通过的`, `第几次会议`), not a qualifier of a figure or
    a date asked (`哪次会议上提出的GDP目标是多少`, `哪次会议是什么时候开的`)."""
    meeting = MEETING_ASKED.search(text)
    return meeting is not None and (intent == "fact_name" or meeting.group().startswith("第几"))


SEVERAL_WRITTEN = re.compile(SEVERAL)  # 几 saying "several" asks nothing


def question_word_position(text: str) -> int:
    asked_text = SEVERAL_WRITTEN.sub("些", text)  # same length, no question word
    positions = [asked_text.find(word) for word in QUESTION_WORDS if word in asked_text]
    return min(positions) if positions else len(text)


CLAUSE_END = re.compile(r"[，,；;。？?！!（(]")
