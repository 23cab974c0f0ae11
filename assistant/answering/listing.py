"""List answers, where their items stand: a list's items may come before the clause naming its
topic, and a span only counting what a list question asks for (`持续推动7家民品企业健康发展`) says how
many, not which. Shared by the clause and sentence finders and by the answerer's check."""

from __future__ import annotations

import re

from assistant.answering.coverage import holds_focus, lists_of_kind
from assistant.answering.figures import ITEM_COUNT, NUMERALS, enumerated_items, item_number
from assistant.answering.phrases import AND
from assistant.answering.question import Question
from assistant.answering.text import ITEM_START, clauses
from assistant.ingest.normalize import normalize
from assistant.tokens import tagged


def listing_before(question: Question, text: str, pieces: list[tuple[int, int]], first: int) -> int:
    """A list's items may come before the clause naming its topic (`“一网通办”和“一网统管”紧密结合，
    …，“两张网”共同助力…`): when the topic's clause names the set by the number asked (`两张`),
    the nearest earlier clause of the sentence listing that many things starts the answer; no
    number asked, the clause just before it does when it lists two things or more and more than
    the topic's clause (`制定《…》《…》《…》,首次以制度形式对…会议和…工作进行了规范`)."""
    if question.intent != "list" or first == 0:
        return first
    topic_clause = normalize(text[slice(*pieces[first])])
    wanted = question.items_asked
    if wanted is None:
        before = enumerated_items(normalize(text[slice(*pieces[first - 1])]))
        return first - 1 if before > 1 and enumerated_items(topic_clause) < before else first
    if question.item_count not in topic_clause:
        return first
    return next((index for index in range(first - 1, -1, -1)
                 if enumerated_items(normalize(text[slice(*pieces[index])])) == wanted), first)


# `哪些委员会可以提出…议案`: the asked kind is who acts (a modal or verb follows it), so the answer names it
# as the actor — the sentence's subject, often clauses before the verb's (`全国人民代表大会法律委员会和有关
# 专门委员会经审查认为…，可以提出…议案`), not a body named after the verb (`由…常务委员会作出…解释`).
ACTOR_ASKED = r"(?:哪些|哪几个?|哪[个家类])(?:[\u4e00-\u9fff]{{0,6}}?{kind})(?:可以|能够?|应当|有权|负责|须|必须|会)"


def actor_before(question: Question, text: str, pieces: list[tuple[int, int]], first: int) -> int:
    """The clause an answer naming who acts starts from: the nearest clause of the sentence, at or
    before `first`, naming the asked kind before the asked verb there; `first` when it already does,
    or when no clause before it names the kind."""
    if question.kind not in ("list", "general") or not question.focus or first == 0:
        return first
    kind = question.focus[-1]
    if not re.search(ACTOR_ASKED.format(kind=re.escape(kind)), question.text):
        return first
    own = normalize(text[slice(*pieces[first])])
    verb = next((term for term in question.of_kind("thing") if term in own and question.text.find(term) > question.text.find(kind)), None)
    if kind in (own[:own.find(verb)] if verb else own):
        return first
    return next((index for index in range(first - 1, -1, -1) if kind in normalize(text[slice(*pieces[index])])), first)


INTRODUCER = r"[^，,。；;]{0,4}?(?:包括|包含|主要有|分别是|分别为|如下|[：:])"


def introduces_the_asked_set(question: Question, text: str) -> bool:
    """`10项措施具体有哪些` is answered where the text introduces them by that count (`此次推出的10项措施
    包括落实…、开发…`), naming the topic only as the count: the passage named it before."""
    if not question.items_asked:
        return False
    kind = question.item_count.lstrip(NUMERALS)  # `十项` asks what `10项` introduces
    return any(count.group().lstrip(NUMERALS) == kind and item_number(count.group()) == question.items_asked
               and re.match(re.escape(question.item_noun) + INTRODUCER, text[count.end():])
               for count in ITEM_COUNT.finditer(text))


def introduces_the_asked_things(question: Question, text: str) -> bool:
    """`会计帐簿包括哪几种` is answered where the asked thing introduces its items (`会计帐簿包括总帐、
    明细帐、日记帐…`), not where it is one item of another list (`私设会计帐簿登记、核算`)."""
    return any("、" in re.split(r"[，,。；;]", text[found.end():])[0]  # 和/及 join words too: `依照…和…规定设置的帐簿`
               for word in question.focus for found in re.finditer(re.escape(word) + INTRODUCER, text))


def lists_the_kind_asked(question: Question, texts: list[str]) -> bool:
    """A list asked by the kind of its things (`哪几种会议形式`, `哪几种政治能力`) where a text names things of
    that kind one by one (`全体会议、联组会议或者分组会议`): that clause answers, not the section's parts."""
    return question.intent == "list" and question.category is not None and any(
        lists_of_kind(question.category, said := normalize(text)) and holds_focus(question.focus, question.category, said)
        for text in texts)  # `哪些会议制度`: 制度s listed where 会议 is said too


def names_none_of_the_items(question: Question, span: str) -> bool:
    """A list question's span that says how many (only_counts_the_items), names only the item set aside, or
    names the asked thing only as one item of another list (`国务院直属机构具体有哪些`: `国务院组成部门、直属机构、办事机构应当
    各司其职…` lists what they all must do, not which are 直属机构)."""
    return only_counts_the_items(question, span) or _only_an_item(question, span) or _names_only_the_excluded(question, span) \
        or _names_the_set_alone(question, span) or _names_nothing_new(question, span)


# What names an item: a noun, a doing, a quality (jieba tags 落实 a), a figure, a foreign word (tagger flags) — not a modal
ITEM_FLAGS = ("n", "v", "a", "m", "eng", "j")
MODALS = frozenset({"可以", "可", "能", "能够", "应", "应当", "应该", "要", "会", "须", "必须", "得", "是", "有"})


def _names_nothing_new(question: Question, span: str) -> bool:
    """`哪些指导性案例`: a span whose every word but its modals is the question's own (`国务院行政复议机构可以发布
    行政复议指导性案例`) says the kind exists, not which ones — it names no item. A series names its items
    (`禁止燃放、焚烧、聚集`)."""
    if question.intent != "list" or enumerated_items(span) > 1:
        return False
    return not any(flag.startswith(ITEM_FLAGS) and word not in question.text and word not in MODALS
                   for word, flag in tagged(span))


# What opens a set's items right after its name: a bracket, a colon, or 即/分别是 (`“六个到位”(提前告知到位、…)`)
SET_OPENS = re.compile(r"[”\"」]?\s*(?:[(（:：]|[，,]?\s*(?:即|分别是|分别为|包括|就是))")


def _names_the_set_alone(question: Question, span: str) -> bool:
    """`“六个加强”具体是哪六个`: a span naming the quoted set asked but listing none of its items beside it —
    neither that many in a clause before it (`“一网通办”和“一网统管”紧密结合，…“两张网”`) nor any right after it
    (`“六个到位”(提前告知到位、…)`, `：加强领导，加强宣传`) or as items that follow (`。一是…`): it says the set
    exists, not what it is. A span not naming the set is judged otherwise."""
    sets = [(phrase, item_number(count.group())) for phrase in question.of_kind("phrase") if (count := ITEM_COUNT.match(phrase))]
    found = [(at, size) for phrase, size in sets for at in re.finditer(re.escape(phrase), span)]
    if question.intent != "list" or not found:
        return False
    for at, size in found:
        if any(enumerated_items(clause) == size for clause in re.split(r"[，,。；;]", span[:at.start()])):
            return False
        opened = SET_OPENS.match(span, at.end())
        if opened and len([item for item in re.split(r"[、，,；;]", re.split(r"[)）。]", span[opened.end():])[0]) if item.strip()]) > 1 \
                or ITEM_START.search(span, at.end()):
            return False
    return True


def _names_only_the_excluded(question: Question, span: str) -> bool:
    """`除了区纪委监委机关还有哪些`: a span naming only the item set aside, as the first of a set it counts
    (`区纪委监委机关等15个单位被确定为…`, `围绕“实施固体废物处理和利用…”等7个课题` for `除了固体废物那个`), lists none
    of the others."""
    named_whole = QUOTED_ITEM.sub("“”", span)  # a quoted name is one item, whatever it joins (`处理和利用`)
    return question.kind == "list" and bool(question.excluded) and enumerated_items(named_whole) <= 1 \
        and any(re.search(re.escape(item) + r"(?:[^，,。；;、“”\"]*”)?等", span) for item in question.excluded)


QUOTED_ITEM = re.compile(r"“[^“”]{1,40}”")  # an item named in quotes


ITEM_JOINT = rf"(?:{AND.pattern})(?!时)|或(?!许)"  # items joined (not 及时, 或许)
ITEM_BREAK = re.compile(rf"[，,。；;：:]|{ITEM_JOINT}")


def _only_an_item(question: Question, span: str) -> bool:
    """The asked kind is itself one item of a series (`组成部门、直属机构、办事机构`, `…和具有行政管理职能的
    直属机构以及…`) wherever the span names it — not where an item is one of that kind (`体育比赛`)."""
    if question.kind != "list" or not question.focus or introduces_the_asked_things(question, span):
        return False
    head = question.focus[-1]
    found = [at.start() for at in re.finditer(re.escape(head), span)]
    return bool(found) and all(_stands_as_an_item(span, at, head) for at in found)


def _stands_as_an_item(span: str, at: int, head: str) -> bool:
    """The kind ends an item joined to the next (not `统战部门牵头协调、…`: what it does is the item), which
    says nothing before it or only what describes it (`具有行政管理职能的`), in a series that introduces
    no items after it (`直属机构、办事机构包括海关总署、…` lists them)."""
    own = ITEM_BREAK.split(span[:at])[-1]
    return (re.match(ITEM_JOINT, span[at + len(head):]) is not None and (not own or own.endswith("的"))
            and not re.search(INTRODUCER, span[at:]))


def only_counts_the_items(question: Question, span: str) -> bool:
    """A list question's asked things named only as counted (`不断提升13个典型示范单位创建工作质量`,
    `持续推动7家民品企业健康发展`) in clauses listing nothing: the span says how many, not which."""
    # what is asked: its focus, or what the question counts before asking (`那11项任务清单，都有哪些`: 任务清单)
    asked = "".join(question.focus) or _noun_counted(question)
    if not asked:
        return False
    counted_in_question = _counted_phrase(question.text, asked)
    if question.kind != "list" and not (question.intent == "list" and counted_in_question):
        return False  # `那7家民品企业分别是哪几家`: the question says how many, so a span saying it adds nothing
    named = asked if asked in span or not question.focus else question.focus[-1]  # `国务院直属机构` as `若干直属机构`
    holding = [span[s:e] for s, e in clauses(span, breaks="，,；;。！？!?\n") if named in span[s:e]]
    lists = any(enumerated_items(clause) > 1 or clause.rstrip().endswith(("：", ":")) for clause in holding) \
        or bool(counted_in_question) and _names_them_after(span, counted_in_question)
    return not lists and any(counted_in_question and _counts_as_asked(clause, counted_in_question, asked)
                             or all(_counted_at(clause, at) for at in range(len(clause)) if clause.startswith(named, at))
                             for clause in holding)  # `用足用好民品企业优惠政策,持续推动7家民品企业…` names none


def _noun_counted(question: Question) -> str:
    """The words after the count the question states, to a break (`11项任务清单`: 任务清单), or ""."""
    if not question.item_count:
        return ""
    at = question.text.find(question.item_count)
    return PHRASE_BREAK.split(question.text[at + len(question.item_count):], maxsplit=1)[0][:COUNTED_PHRASE_CHARS] if at >= 0 else ""


def _counted_at(text: str, at: int) -> bool:
    """Is what the text names at `at` right after a count (`7家民品企业`), or one saying only that there
    are some (`设立若干直属机构`)?"""
    return at > 0 and (any(count.end() == at for count in ITEM_COUNT.finditer(text, 0, at))
                       or re.search(r"若干[个家项类]?$", text[:at]) is not None)


COUNTED_PHRASE_CHARS = 10
PHRASE_BREAK = re.compile(r"[，,。；;：:？?！!、\s]")


def _counted_phrase(question: str, asked: str) -> str | None:
    """The phrase by which the question counts the asked thing — from a count opening it to the
    thing, no break between (`7家民品企业`, `5个示范县(区)示范单位`) — or None."""
    at = question.find(asked)
    if at <= 0:
        return None
    count = next((count for count in reversed(list(ITEM_COUNT.finditer(question, 0, at)))
                  if at - count.end() <= COUNTED_PHRASE_CHARS and not PHRASE_BREAK.search(question, count.end(), at)), None)
    return None if count is None else question[count.start():at + len(asked)]


def _counts_as_asked(clause: str, counted: str, asked: str) -> bool:
    """The clause counts the asked thing as the question does, maybe leaving out some of the words between
    (`5个示范县(区)示范单位` for `那5个全国示范县（区）示范单位`; not `5个县区中推荐城关区示范单位`)."""
    count = ITEM_COUNT.match(counted)
    between = count and re.search(rf"{re.escape(count.group())}([^，,。；;：:、]{{0,{COUNTED_PHRASE_CHARS}}}?){re.escape(asked)}", clause)
    return counted in clause or bool(between) and all(ch in counted for ch in between.group(1))


NAMING_THEM = re.compile(r"[,，：:]\s*(?:分别是|分别为|包括|即)")


def _names_them_after(span: str, counted: str) -> bool:
    """The span goes on to name what it counted (`…5个示范单位,分别是城关区、达孜区…`)."""
    at = span.find(counted)
    return at >= 0 and bool(NAMING_THEM.match(span, at + len(counted)))
