"""Whether a span names what a question asks for by its kind: a place (`在哪个县办的`), a thing's
name (`叫什么名字`: quoted, a model such as `C919`, or a name before its kind word), an
organisation (`哪家企业`). A sentence sharing the question's words without one answers nothing."""

from __future__ import annotations

import re

from assistant.answering.acting import acting_body
from assistant.answering.coverage import contains_focus
from assistant.answering.figures import CONTACT
from assistant.answering.asking import LIGHT_VERB, REQUIREMENT_WORDS, THEME_WORDS
from assistant.answering.bodies import TURN_VERBS, goes_to_a_body, names_a_body_gone_to
from assistant.answering.organisations import hosted_at_an_organisation, names_an_office, names_an_organisation
from assistant.answering.places import DESIGNATIONS, UNIT_KINDS, VILLAGE_CHAIN, place_stem, place_words
from assistant.answering.question import ADDRESS_UNIT, Question
from assistant.answering.text import CLAUSE_BREAKS, clauses, quoted
from assistant.ingest.issuance import DOCUMENT_NUMBER
from assistant.tokens import in_dictionary, tagged

CHINESE = re.compile(r"[\u4e00-\u9fff\dA-Za-z]")
CHAIN_CHARS = 10  # places named within one another, widest first: `墨竹工卡县甲玛乡赤康村`


def names_what_is_asked(question: Question, span: str) -> bool:
    if question.intent == "fact_place" and not _names_a_place(span, question.place_unit, question.text, question.of_kind("thing")):
        return False
    if question.intent == "fact_place" and not question.of_kind("thing", "phrase", "body") and not _within_the_unit(question, span):
        return False
    if question.asks_name and not _names_a_thing(span, question):
        return False
    if question.asks_organisation == "office":
        return names_an_office(span, question.text)
    # or the body charged with what is asked (`由哪个部门来定`: `具体办法由国务院反垄断执法机构会同…制定`)
    return not question.asks_organisation or names_an_organisation(span, question.text, question.asks_organisation) \
        and _states_the_act(question, span) or acting_body(question, span) or goes_to_a_body(question.text, span)


def _states_the_act(question: Question, span: str) -> bool:
    """`由哪个部门给予处分`: a body named beside another act (`由市人民政府办公厅报送备案`) is not the one asked;
    the span states the act a light verb carries in the question, in its words or a synonym's. A plain verb
    asked (`由哪个部门负责`) may be written otherwise (`由市发展改革委牵头`)."""
    verb = question.acting_verb
    if verb is None or not re.search(rf"(?:{LIGHT_VERB}){re.escape(verb)}", question.text):
        return True
    return any(word in span for word in (verb, *question.synonyms.get(verb, ())))


def sets_a_requirement(question: Question, sentence: str) -> bool:
    """`复工要求？`: does the sentence set one (`山西要求复工企业实行弹性工作制`, `…应当…`, `不得…`)? True where none is asked."""
    return question.asks_name != "requirement" or bool(REQUIREMENT_WORDS.search(sentence))


# The means asked by its kind (`用啥方式去宣讲`, `通过什么渠道`, `以什么形式`): the text names them before the kind
# word (`采用…巡回报告、现场报告等方式深入社区…开展事迹宣讲`), often clauses after the first naming the topic.
MEANS_ASKED = re.compile(r"(?:啥|什么|哪些|哪种|何种|哪几种)(方式|形式|渠道|途径|法子|办法|手段)")
MEANS_LISTED = {kind: re.compile(rf"等{kind}|、[^，,。；;]{{1,16}}?{kind}") for kind in ("方式", "形式", "渠道", "途径")}
# the everyday words for a way (`用啥法子搞`) are written 方式 (`采用…巡回报告、现场报告等方式`)
MEANS_LISTED.update({everyday: MEANS_LISTED["方式"] for everyday in ("法子", "办法", "手段")})


def clause_naming_the_means(question: Question, text: str, pieces: list[tuple[int, int]], first: int) -> int:
    """The clause of the sentence, from `first` on, writing the kind of means asked after the ones it lists
    (`巡回报告、现场报告等方式`, `线上、线下相结合的形式`) — not `创新宣讲方式`, which names none — else the nearest
    before it (`可以通过座谈会、听证会…等方式，听取…的意见` for `听取各方意见可以用哪些方式`); `first` when the question
    asks none, `first` lists them, or no clause does."""
    asked = MEANS_ASKED.search(question.text)
    if asked is None:
        return first
    named = MEANS_LISTED[asked.group(1)]
    return next((index for index in [*range(first, len(pieces)), *range(first - 1, -1, -1)] if named.search(text, *pieces[index])), first)


# A meeting named by its term and number (`第五届全国人民代表大会第五次会议`, `十四届全国人大一次会议`,
# `十九届五中全会`): a term first, so `第一次由新一届政府总理在大会上作报告` names none.
NUMERAL = r"[一二三四五六七八九十百零〇\d]+"
NUMBERED_MEETING = re.compile(rf"第?{NUMERAL}届[^，,。；;：:、\s《》]{{0,16}}?第?{NUMERAL}次(?:全体)?会议|{NUMERAL}届{NUMERAL}中全会")
QUOTED_NAME = quoted(2, 40, titles=True)
BOOK_TITLE = re.compile(r"《([^》]{2,40})》")
RULE_TITLE = re.compile(r"《[^《》]*(?<![日晚周]报|杂志|期刊|月刊)》")  # a document's, not a paper's (`《西藏日报》社`)
MODEL = re.compile(r"[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+[A-Za-z\d]*")  # `C919`
# Kinds of things named by what precedes the kind word (`春风行动`, `宪法和法律委员会`, `…纪念馆`).
NAMED_KINDS = ("行动", "活动", "工程", "计划", "项目", "委员会", "中心", "馆", "杯", "品牌", "平台", "奖", "号", "基地", "专题")
NAME_BEFORE_KIND = 2  # characters of its own a name needs before the kind word …
NAME_WINDOW = 6  # … among this many, back to the clause's start or a list's comma, bracket or quote
NAME_BREAKS = "、（）()“”《》「」"
# `国务院令第773号`, `主席令第三十五号`: a name, no figure
DECREE_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}令\s*第\s*(?:\d{1,4}|[一二三四五六七八九十百千零〇]+)\s*号")


def _names_a_thing(span: str, question: Question) -> bool:
    """`…叫什么名字`: the span names something the question does not — quoted (a book in 《》), a
    model (`C919`), or by the characters before the kind asked (`便民办税春风行动`). Not by the
    tagger's person names: it calls `文明` one."""
    asked = question.text
    if question.asks_name == "number":  # `文号是多少`: `拉创办发〔2022〕3号`
        return any(number.group() not in asked for pattern in (DOCUMENT_NUMBER, DECREE_NUMBER) for number in pattern.finditer(span))
    if question.asks_name == "contact":  # `咨询电话是多少`: `010-65669856-300`, `12345`, a mailbox
        return any(number.group() not in asked for number in CONTACT.finditer(span))
    if question.asks_name == "meeting":  # `在哪次会议上通过的`: `第五届全国人民代表大会第五次会议`
        return any(meeting.group() not in asked for meeting in NUMBERED_MEETING.finditer(span))
    if question.asks_name == "website":  # `哪个网站发的`: a site's name, not the page's words
        return any(site not in asked for site in WEBSITE.findall(span))
    if question.asks_name == "url":  # `信息平台 网址`: `www.shrd.gov.cn`, not `建立…备案审查信息平台`
        return any(url not in asked for url in URL.findall(span))
    if question.asks_name == "service" and any(service.group() not in asked for service in ONLINE_VENUE.finditer(span)):
        return True  # `手机APP叫啥`: `豫事办APP`; else named as any thing (`“防疫通”App`)
    if question.asks_name == "theme":  # `主题是啥`: a sentence stating a theme says it is one
        return bool(THEME_WORDS.search(span))
    if question.asks_name == "requirement":
        return sets_a_requirement(question, span)
    near = _near_the_focus(span, question.focus)
    quoted = BOOK_TITLE if question.asks_name == "book" else QUOTED_NAME
    if any(name not in asked for name in quoted.findall(near)):
        return True
    if question.asks_name == "book":
        return False
    if any(model.lower() not in asked.lower() for model in MODEL.findall(near)):
        return True
    kinds = [word for word in question.focus if word.endswith(NAMED_KINDS)]
    return any(_own_characters(_words_before(span, at), question) >= NAME_BEFORE_KIND for kind in kinds for at in _starts(span, kind))


def _own_characters(words: str, question: Question) -> int:
    """How many characters of the words before a kind are the name's own: those the question does not
    write, or — with its content words taken out — a word of two it never writes (`代表履职网络平台` for
    `网上履职的平台叫啥`: 络 is not the question's, and 网络 is a word it does not write though 网 is in 网上; not
    `表的`, a question word cut by the window, nor `结民`, its words met in another order)."""
    for term in question.of_kind("thing", "body"):
        words = words.replace(term, " ")
    own = sum(1 for ch in words if CHINESE.match(ch) and ch not in question.text)
    pairs = (words[i:i + 2] for i in range(len(words) - 1))
    return max(own, NAME_BEFORE_KIND if any(pair not in question.text and in_dictionary(pair) for pair in pairs) else 0)


def _words_before(span: str, at: int) -> str:
    """The NAME_WINDOW characters before a kind word, within its clause: where its name is
    (`成立拉萨净土低氟健康茶展销中心`: 健康 is the name's own, 展销 the question's)."""
    return re.split(rf"[{re.escape(CLAUSE_BREAKS + NAME_BREAKS)}\s]", span[max(0, at - NAME_WINDOW):at])[-1]


def _near_the_focus(span: str, focus: list[str]) -> str:
    """The clauses naming what is asked about and the one after each: a name there is its name
    (`国产大飞机C919投入商业运营，国产大型邮轮成功建造` names no ship). The whole span when no
    clause names it (the sentence before did)."""
    pieces = clauses(span)
    naming = [i for i, (start, end) in enumerate(pieces) if contains_focus(focus, span[start:end])] if focus else []
    if not naming:
        return span
    return "，".join(span[pieces[i][0]:pieces[min(i + 1, len(pieces) - 1)][1]] for i in naming)


def _starts(text: str, word: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(word), text)]


# Where to turn with an application or a complaint (`该去哪儿申请复议`, `在哪申请`, `投诉要找哪里`),
# answered by the body it goes to (bodies.TOWARDS_A_BODY).
WHERE_TO_TURN = re.compile(rf"(?:去|到|向|找|往|在)哪(?:里|儿)?去?(?:可以|能|要)?(?:{TURN_VERBS})|哪里可以(?:{TURN_VERBS})"
                           rf"|(?:{TURN_VERBS})(?:要|得|应该?|可以)?(?:去|到|找|向)哪")
# Where people went, asked (`下到哪儿去走访`, `去哪里调研`) and answered by kinds of places they went into right
# after the verb (`深入社区、嘎查村进行走访`, `走进各乡镇`, `走上街头`, `深入农牧民群众家中`), not 深入 as an
# adverb (`深入推进城乡一体化`).
GONE_WHERE = re.compile(r"(?:去|到|下到|跑|(?<![网线马以])上)哪(?:儿|里)?去?(?:走访|调研|看望|慰问|了解|宣讲)?|哪(?:儿|里)[^，,。？?]{0,3}(?:走访|调研)")
# Spots where people are met, not units: right after the verb, or a home after whose it is (not 深入 as
# an adverb: `深入开展现场检查`, `深入推进基层治理`).
KINDS_OF_SPOTS = r"街头|田间|地头|现场|一线|基层|[\u4e00-\u9fff]{0,6}?(?:家中|家里)"
GOING_INTO_KINDS = re.compile(rf"(?:深入|走进|走上|走入|下到|奔赴|来到|前往)(?:到)?(?:各|全)?"
                              rf"(?:{'|'.join(UNIT_KINDS)}|嘎查村?|村(?!民|委)|{KINDS_OF_SPOTS})")
# A place named by where the actor already is, right before the act (`持代表证就地进行视察`, `就近办理`,
# `在现场处置`): it answers where the act is done, not a place named anywhere in the clause (`当地群众`).
WHERE_ONE_IS = re.compile(r"就地|就近|(?:在|到)(?:现场|当地|所在地)")
ACT_AFTER_THE_PLACE = 2  # characters between the place and the act asked (`就地进行视察`)
# Where something is: a place, or a location named by what it is (`斯力很园区`, `腾飞社区`).
# Place words that name no venue (`走访慰问住日喀则市全国和自治区政协委员` says where nothing was held).
# The country named as what a thing is of (`走中国特色解决民族问题的正确道路`, `中国共产党`), no venue.
OF_THE_COUNTRY = re.compile(r"中国(?=特色|式|梦|共产党|人民|化|风格|智慧|方案|故事)")
# A city asked (`在哪个城市办的`) is not answered by a country or a region of countries (`中国－中亚峰会`)
CITY_ASKED = re.compile(r"(?:哪|什么|啥)(?:个|座|些|几个)?城市")
# (not any name ending in 国: 宁国, 安国 are cities)
WIDER_THAN_A_CITY = ("中国", "全国", "美国", "英国", "法国", "德国", "俄罗斯", "日本", "韩国", "印度", "东盟",
                     "中亚", "亚洲", "欧洲", "非洲", "美洲", "拉美", "中东", "东南亚", "全球", "世界")


NO_VENUE = ("自治区", "全国", "国内", "境内", "境外", "当地", "各地", "农村", "城市", "基层")
# a street and its number (`朵森格路36号`, `北京中路108号`), or a building's number; not a road without one
# (`走中国特色解决民族问题的正确道路`)
STREET_ADDRESS = re.compile(r"(?:路|街|道|巷|胡同)[\d〇零一二三四五六七八九十百千]+号|[\d〇零一二三四五六七八九十百千]+号(?:院|楼)")
LOCATION_ENDINGS = ("园区", "开发区", "新区", "社区", "街道", "街", "广场", "园", "车站", "站点", "站台", "码头", "机场", "景区", "商场")
VILLAGE_ENDINGS = ("村", "乡", "镇", "社区", "街道")
NOT_A_TOWNSHIP = "城家返故还下回"  # `城乡`, `家乡`, `返乡`: 乡 in a word, no township
# A website where something is published (`上海人大公众网`, `中国政府法制信息网`), not any `…网` (互联网, 电网) nor
# 信息网络, 服务网点, 政务网格
WEBSITE = re.compile(r"[\u4e00-\u9fff]{2,}(?:网站|公众网|政府网|官网|门户网|人大网|新闻网|信息网|服务网|政务网|法制网)(?![络点格])")
URL = re.compile(r"(?ia)(?:https?://|www\.)[\w./%?=&#-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov\.cn|com\.cn|org\.cn|cn|com|net|org)\b")
# Where something is done online: a platform or service named by what it serves (`河北省投资项目在线
# 审批监管平台`, `豫事办APP`), not any `平台` (`搭建工作平台`, `银企融资对接平台`).
ONLINE_VENUE = re.compile(r"[\u4e00-\u9fff]{2,}(?:在线|网上|政务|办事|审批|监管)[\u4e00-\u9fff]{0,6}平台|[\u4e00-\u9fff]{2,}服务网"
                          r"|[\u4e00-\u9fff]{2,}(?:APP|App|app)")


def _joined_to_what_follows(word: str, then: str) -> bool:
    """A single character right after a location word makes it part of another name (`广场` + `舞`),
    unless it starts the next place (`乃琼街道` + `加` + `木村`: 加木村)."""
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff" and not then.endswith(VILLAGE_ENDINGS)


def _within_the_unit(question: Question, span: str) -> bool:
    """Where a place is (`赤康村是哪个乡的`, `大围河回族满族乡在哪个县`) is the place of the asked unit
    written before it in one run of place names (`墨竹工卡县甲玛乡赤康村`: its 乡 and its 县); a
    sentence naming one elsewhere (`…大围河回族满族乡…赴永清县管家务回族乡…`) does not say it holds
    the asked place. A question naming no place is not checked."""
    unit, places = question.place_unit, question.of_kind("place")
    return unit in (None, ADDRESS_UNIT) or not places or any(
        re.search(rf"[\u4e00-\u9fff]{unit}[\u4e00-\u9fff]{{0,{CHAIN_CHARS}}}{re.escape(place)}", span) for place in places)


def _where_one_is_for_the_act(text: str, things: list[str]) -> bool:
    """A place named by where the actor is, right before an act the question names (`就地进行视察` for `在哪儿视察`;
    not `在当地群众中广泛宣传`, nor `就地免职`)."""
    return any(text.startswith(thing, at) for place in WHERE_ONE_IS.finditer(text) for thing in things
               for at in range(place.end(), place.end() + ACT_AFTER_THE_PLACE + 1))


def _names_a_place(text: str, unit: str | None, question: str, things: list[str]) -> bool:
    """A place name other than the question's (`日喀则…读书活动在哪办的` is not answered by the
    sentence naming 日喀则市 again: `墨竹工卡县`, `门巴` `乡`), a location named by what it is
    (`斯力很园区`) or, unless a unit is asked, a website (`上海人大公众网`), an online service
    (`…在线审批监管平台`) or the organisation
    hosting it (`在西农集团…`), or for where people went the kinds of places they went into (`深入社区、嘎查村`); of the unit asked (`哪个县` wants a `…县`) when one is. Designations
    (`全县`) are none, nor is a place in a document's title (`按照《西藏自治区…办法》规定`; a paper's is a venue: `《西藏日报》社`)."""
    text = OF_THE_COUNTRY.sub("", RULE_TITLE.sub("《》", text))
    if unit == ADDRESS_UNIT:
        return bool(STREET_ADDRESS.search(text))
    words = tagged(text)
    no_venue = NO_VENUE + WIDER_THAN_A_CITY if CITY_ASKED.search(question) else NO_VENUE
    places = [place for place in place_words(text) if place_stem(place) not in question and place not in no_venue]
    if unit is None and (WEBSITE.search(text) or ONLINE_VENUE.search(text) or hosted_at_an_organisation(text, question)):
        return True  # `在西农集团邀请…讲师`: a venue named by who hosts it
    if unit is None and WHERE_TO_TURN.search(question) and names_a_body_gone_to(question, text):
        return True  # `该去哪儿申请复议`: `向上一级主管部门申请行政复议` — where to turn is a body
    if unit is None and GONE_WHERE.search(question) and GOING_INTO_KINDS.search(text):
        return True  # `下到哪儿去走访`: `深入社区、嘎查村进行走访` — where they went is a kind of place
    if unit is None and _where_one_is_for_the_act(text, things):
        return True  # `可以在哪儿视察`: `持代表证就地进行视察` — where the actor is
    places += [word for word, _ in words
               if len(word) >= 3 and word.endswith(LOCATION_ENDINGS) and not word.startswith(DESIGNATIONS)]
    chains = [chain for chain in VILLAGE_CHAIN.finditer(text)
              if not chain.group().startswith(DESIGNATIONS) and chain.group(1)[-1] not in NOT_A_TOWNSHIP]
    places += [name for chain in chains for name in (chain.group(), chain.group()[:chain.end(1) - chain.start() + 1])]  # its 乡 too
    following = [word for word, _ in words[2:]] + ["", ""]
    places += [word + ending for (word, flag), (ending, _), after, then in zip(words, words[1:], following, following[1:])
               if len(word) >= 2 and flag.startswith("n") and ending in LOCATION_ENDINGS
               and not _joined_to_what_follows(after, then)]  # `民族广场舞大赛` is a contest, not a square
    endings = ("街", "街道") if unit == "街" else (unit,)  # `都林街` answers `哪个街道`
    return any(place.endswith(endings) for place in places) if unit else bool(places)
