"""Whether a clause holds an answer of the kind a question asks for, whatever its words: a figure
of the asked unit that counts the asked thing (`七个测评小组` is no answer to `多少家单位`), an
ordinal, a person's name beside the role, a post beside the name or the body, a date, an
enumeration. What the clause is about is checked apart (coverage.py, scope.py); which clause
answers best is clauses.py's."""

from __future__ import annotations

import re

from assistant.answering.acting import ARTICLE_LABEL, acting_body, party_acting
from assistant.answering.bodies import goes_to_a_body, names_the_body
from assistant.answering.bounds import states_the_bound_asked
from assistant.answering.coverage import contains_focus, holds_focus, term_credit
from assistant.answering.dated import states_when
from assistant.answering.figures import LEVELS, ORDINAL, QUANTITY, YEARS_SPAN, same_unit, stated_unit
from assistant.answering.people_asked import doer_to_the_asked, names_people, of_the_asked, owner_before_the_owned, whom_the_verb_takes
from assistant.answering.places import BODY_AFTER_PLACE, LEVEL_HEADS, POST, POSTS, body_of, is_a_post, names_a_person
from assistant.answering.question import Question
from assistant.answering.text import BLANK, noun_phrase_after, noun_phrase_before
from assistant.tokens import full_forms, tagged

# Who holds a post (`组长是谁`, `局长叫什么`): a name answers, not the post again.
# Whose word a thing follows (`按谁的意见改`): a body's as often as a person's.
WHOSE = re.compile(r"谁的(?:意见|建议|要求|指示|批示|部署|安排|决定|精神)")
HOLDER_ASKED = re.compile(rf"(?:{POST.pattern})(?:是谁|叫什么|是哪位|姓什么)")
# A post as the one who acts: the clause's subject (`国务院秘书长在总理领导下`) or after 由 (`由总理签署`);
# not a post inside the name of something else (`主席团`, `负责制`, `编辑部`).
ACTING_POSTS = "|".join([*(post for post in POSTS if post not in ("记者", "编辑", "委员")), LEVEL_HEADS])  # not `记者从…获悉`, `居民委员会`
LEADER = re.compile(rf"在([\u4e00-\u9fff]{{0,6}}?(?:{ACTING_POSTS}))的?领导")  # `在总理领导下`
ACTOR = re.compile(rf"(?:^(?:{ARTICLE_LABEL.pattern[1:]})?[\u4e00-\u9fff]{{0,4}}?|由[\u4e00-\u9fff]{{0,6}}?)"
                   rf"(?:{ACTING_POSTS})(?![会部制团处室办组])")
def holds_answer_kind(question: Question, text: str) -> bool:
    """Does the text hold an answer of the type asked — a figure of the asked unit, a person's
    name, a post, a date — whatever its words (what it is about is checked apart)? True for the
    other kinds: words decide those."""
    if question.kind == "role":
        return bool(POST.search(text)) and _post_of_the_body(question, text) and _names_the_posts_asked_of(question, text)
    if question.kind == "person":
        return (names_a_person(text) or question.asks_kind_of_people and of_the_asked(question, text) and names_people(question, text)
                or acting_body(question, text)) and _names_the_post_asked_by(question, text) and not _held_in_another_body(question, text)
    return question.kind not in ("count", "time") or answers(question, text)


def _held_in_another_body(question: Question, text: str) -> bool:
    """`拉萨市民委现在的主任叫啥名`: every holder of the post asked that the text names holds it in another body
    (`成立了以市人大常委会党组书记、主任贺鹏为组长`: the 主任 is the 人大常委会's). A post written with no body
    before it is taken to be the asked body's."""
    posts = [word for word in question.focus if is_a_post(word)]
    if not posts or not question.bodies or not asks_a_holder(question):
        return False
    runs = [POSTS_BEFORE.search(text[max(0, held.start() - POST_RUN_CHARS):held.start()]).group()
            for post in posts for held in re.finditer(re.escape(post), text)]
    bodies = [LEVEL.sub("", body) for body in question.bodies]  # `市民委` asked, `民委主任` written
    return bool(runs) and not any(all(names_the_body(body, run) for body in bodies) or not _names_a_body(run) for run in runs)


POST_RUN_CHARS = 24  # the bodies and posts written before a post (`市人大常委会党组书记、`)
# The bodies and posts before a post, through a 和 inside a body's name (`发展和改革委员会党组书记、`)
POSTS_BEFORE = re.compile(r"[^，,。；;与及以由、]*(?:、[^，,。；;与及以由、]*)*$")
LEVEL = re.compile(r"^[省市县区州盟旗乡镇](?=[\u4e00-\u9fff]{2})")


def _names_a_body(text: str) -> bool:
    return any(body_of(word) or word.endswith("常委会") for word, _ in tagged(text))  # body_of takes no 常委会


def _names_the_posts_asked_of(question: Question, text: str) -> bool:
    """Who holds a post named (`领导小组的副组长是由啥职务的领导担任的`) is told where that post is: not
    `主要领导任组长` (term_credit: a post is not its deputy's)."""
    return all(term_credit(term, text) > 0 for term in question.of_kind("thing") if is_a_post(term))


def _names_the_post_asked_by(question: Question, text: str) -> bool:
    """`归哪位副主任分管`: whoever answers holds that post, so the text names it (not `主任贺鹏`, a
    deputy's post is not its head's: term_credit)."""
    asked = POST_ASKED_BY.search(question.text)
    return asked is None or term_credit(asked.group(1), text) > 0


# A post written right after the question word: who is asked is one of its holders
POST_ASKED_BY = re.compile(rf"(?:哪位|哪个|哪名|哪一位)((?:副|常务副)?(?:{POST.pattern}))")
POST_AFTER_NAME_CHARS = 8  # `杨毅同志任局长`
POST_BEFORE_NAME = re.compile(r"[^，,。；;和与及以由、]*(?:、[^，,。；;和与及以由、]*)*$")  # `市人大常委会党组书记、主任` before 贺鹏


def _post_of_the_body(question: Question, text: str) -> bool:
    """A person's post is written before the name (`市人大常委会党组书记、主任贺鹏`) or right after
    it (`杨毅同志任局长`); one asked of a body (`贺鹏在拉萨市委担任什么职务`) names that body before
    the name — however many other bodies or posts the sentence names (`…市委常委王慧…`,
    `长城网…讯(孙兴兴 李昭)全省民委主任会议…`)."""
    for person in (word for word in question.focus if not POST.search(word)):  # a post asked of is no name
        position = text.find(person)
        if position >= 0:
            posts = POST_BEFORE_NAME.search(text[max(0, position - POST_RUN_CHARS):position]).group()
            after = re.split(r"[()（），,。；;、]", text[position + len(person):position + len(person) + POST_AFTER_NAME_CHARS])[0]
            return all(names_the_body(body, posts) for body in question.bodies) and bool(
                POST.search(posts) or POST.search(after))
    return all(names_the_body(body, text) for body in question.bodies)


# Parts listed and totalled (`降低企业运营成本、…、加大援企稳岗力度、…等5大方面`): what follows is said of the whole.
LISTED_TOTAL = re.compile(r"([^，,。；;：:]+、[^，,。；;：:]+)等[\d一二三四五六七八九十两]+(?:大|个)?(?:方面|类|项|部分|领域|板块)")


def totals_a_part(question: Question, before: str) -> bool:
    """Is a part the question quotes (`“加大援企稳岗力度”方面包含多少个…`) one of the parts listed and totalled
    in the text before a figure? The figure is the whole's (`…等5大方面，涉及35个奖补扶持项目`)."""
    return any(phrase in listed.group(1) for listed in LISTED_TOTAL.finditer(before) for phrase in question.of_kind("phrase"))


def answers(question: Question, clause: str) -> bool:
    """Does this clause hold an answer of the kind the question asks for?"""
    if question.kind == "count":
        units = question.unit
        if question.asks_ordinal:
            return any(not units or match.group().endswith(units) for match in ORDINAL.finditer(clause))
        if units == ("年",):
            return bool(YEARS_SPAN.search(clause))
        if units == ("级",):
            return bool(LEVELS.search(clause))
        if not units and states_the_bound_asked(question.text, clause):
            return True  # `拘役最高不能超过多少`: `拘役最高不能超过一年`, a span of years no unit asked excludes
        for match in QUANTITY.finditer(clause):
            if match.group() in question.text or totals_a_part(question, clause[:match.start()]) \
                    or _of_the_excluded(question, clause, match):
                continue  # the question's own figure (`在原有3万个…基础上又新增了多少个`) is what it starts from
            if same_unit(stated_unit(match), units) and not _counts_other_thing(clause, match, question.counted) \
                    and not _amount_of_another(question, clause, match):
                return True
        return bool(units == ("%",) and "%" in clause)
    if question.kind == "person":
        return _names_a_person(question, clause)
    if question.kind == "role":
        return _names_another_post(question, clause) and contains_focus(question.focus, clause) and _post_of_the_body(question, clause)
    if question.kind == "time":
        return states_when(question, clause)
    if question.kind in ("list", "general"):
        phrases = question.of_kind("phrase")
        if phrases:
            return any(phrase in clause for phrase in phrases)
        return holds_focus(question.focus, question.category, clause) if question.focus else True
    return True


def _names_another_post(question: Question, clause: str) -> bool:
    """A post besides the ones the question names: `协助秘书长工作的是啥职务` is answered by 副秘书长
    (`国务院设副秘书长若干人`), not by `国务院秘书长在总理领导下` repeating the 秘书长 it asks of."""
    for post in POST.finditer(clause):
        start = post.start() - 1 if post.start() > 0 and clause[post.start() - 1] == "副" else post.start()  # 副秘书长
        if clause[start:post.end()] not in question.text:
            return True
    return False


def _names_a_person(question: Question, clause: str) -> bool:
    """A name beside what is asked about; or, when the question asks who does something rather
    than who holds a post (`由谁签署`, not `组长是谁`), the post a law charges with it (`由总理签署`;
    what it is charged with is in the sentence, find_span checks it there)."""
    if names_a_person(clause) and contains_focus(question.focus, clause):
        return not _held_in_another_body(question, clause)
    if question.asks_kind_of_people and of_the_asked(question, clause) and names_people(question, clause):
        return True  # `由什么人担任`: `分管领导为副组长` answers
    if WHOSE.search(question.text) and any(body.group() not in question.text for body in BODY_AFTER_PLACE.finditer(clause)):
        return True  # `按谁的意见改`: a body's opinion answers (`按照市司法局修改指导意见`)
    if owner_before_the_owned(question, clause) or whom_the_verb_takes(question, clause):
        return True  # `写进了谁的抓党建述职内容`: `作为各级党组织书记抓党建述职内容`; `组织谁去转载`: `组织网评员进行转载`
    if goes_to_a_body(question.text, clause):
        return True  # `该向谁申请复议`: the body it goes to (`向上一级主管部门申请行政复议`)
    if party_acting(question, clause) or doer_to_the_asked(question, clause):
        return True  # `由谁申请行政复议`: `其权利义务承受人可以申请行政复议`; `党外委员由谁联系`: `党员委员联系党外委员`
    return not asks_a_holder(question) and _another_actor(question, clause) or acting_body(question, clause)


def _another_actor(question: Question, clause: str) -> bool:
    """A post acting in the clause (its subject, after 由, or leading: `在总理领导下`) that the question
    does not already name: `会计机构负责人…办理交接手续` names whose handover `由谁来监交` asks about;
    `由单位负责人监交` answers. A post named only inside a longer one is not named (`总理` of `副总理由谁
    提名`)."""
    actors = [ARTICLE_LABEL.sub("", actor.group()).removeprefix("由").strip() for actor in ACTOR.finditer(clause)]
    actors += LEADER.findall(clause)
    return any(not re.search(rf"(?<![副总])(?<!常务){re.escape(actor)}", question.text) for actor in actors)


def asks_a_holder(question: Question) -> bool:
    """`组长是谁`, `局长叫什么`: who holds a post, not who does something."""
    return HOLDER_ASKED.search(question.text) is not None


def _amount_of_another(question: Question, clause: str, figure: re.Match) -> bool:
    """`依法盘活用好专项债务结存限额，分两期投放政策性开发性金融工具7400亿元`: a figure right after a noun
    phrase (`金融工具`) is that thing's amount; in a clause naming none of the question's words (专项债)
    it answers nothing about it, whatever the clause before says. A phrase sharing a character with
    what is asked (`专项债券`, `地区生产总值` for GDP, `旅游人数` for 游客) may be the asked thing's."""
    asked = question.of_kind("thing", "body")
    if not asked or any(term_credit(term, clause, question.synonyms.get(term, ())) for term in asked):
        return False
    phrase = noun_phrase_before(clause[:figure.start()])
    related = {word for term in asked for word in (term, *question.synonyms.get(term, ()), *full_forms(term))}
    return len(phrase) >= 2 and not any(set(phrase) & set(word) for word in related)


LIST_ITEM_BREAKS = re.compile(r"[、，,；;。]")


def _of_the_excluded(question: Question, clause: str, figure: re.Match) -> bool:
    """Is the figure counted in a listed item naming what the question sets aside (`除了中心组学习、党组会这些，
    别的学习会开了多少回` is not answered by `理论学习中心组学习会议17次`, `党组会议10次`)? The clause may come
    with the set-aside kinds blanked (Question.without_the_excluded writes text.BLANK over them)."""
    starts = [found.end() for found in LIST_ITEM_BREAKS.finditer(clause, 0, figure.start())]
    item = clause[starts[-1] if starts else 0:figure.end()]
    return any(phrase in item for phrase in question.excluded) or BLANK * 2 in item


def _counts_other_thing(clause: str, figure: re.Match, asked: str | None) -> bool:
    """`七个测评小组` counts 测评小组: no answer to `多少家单位`, though the clause names 单位 later.
    A figure followed by a noun phrase counts that phrase; it answers a question that names
    what it counts (`多少家单位`) only if the two phrases agree (`15个单位` answers
    `多少个模范单位`). A figure with no noun after it (`共计170余家`) counts what came before; one before
    a series closed by its kind (`一至二名律师、基层法律服务工作者或者其他代理人`, `3家银行、保险公司等金融机构`)
    counts that kind."""
    counted = noun_phrase_after(clause[figure.end():figure.end() + 12])
    if asked is None or counted is None:
        return False
    series = re.match(r"[^，,。；;：:]*", clause[figure.end():]).group()
    opening = re.split(r"[，,。；;：:]", clause[:figure.start()])[-1]
    if re.search(rf"(?:其他|其它|等){re.escape(asked)}", series) and not QUANTITY.search(opening + "，" + series):
        return False  # the one figure of its series (not `3家银行、两家保险公司等金融机构`)
    return not (asked in counted or counted in asked or asked[-2:] == counted[-2:])


# A figure a yes/no question measures against (`有没有超过500万元`, `达到100人没有`), not one naming what it asks of
# (`那16个大学生找到工作没有`, `是不是头一个成立的`, `网上3家店铺开业了没有`)
MEASURED_AGAINST = re.compile(r"(?:超过|超出|达到|多于|少于|不到|不足|低于|高于|满|够)了?")


def states_the_figure_asked_whether(question: Question, sentence: str) -> bool:
    """A figure asked whether (`帮扶资金有没有超过500万元`, `转发满500次`) is said only by a sentence stating one in
    its unit; so is one asked beside the yes or no (`能否连任？最多可以连任几届`)."""
    if question.intent != "yes_no":
        return True
    figure = next((figure for against in MEASURED_AGAINST.finditer(question.text)
                   if (figure := QUANTITY.match(question.text, against.end()))), None)
    units = (stated_unit(figure),) if figure else question.unit if question.kind == "count" else ()
    return not units or any(same_unit(stated_unit(stated), units) for stated in QUANTITY.finditer(sentence))
