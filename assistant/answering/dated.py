"""Dates as Chinese documents write them, and which answer a when-question (`几月几号` wants a day,
`多久` a span of days as well, `几月份` a month alone).

Which of several dated events a question asks (`代表法最近一次改是哪天`, `第一次修正是哪天`): a
law lists its amendments alike in words, one date each, so only their years tell them apart. The
clause dated in the latest (or earliest) year among the passage's clauses that answer and name
the asked event gets ORDER_CREDIT; across passages (two versions of one law indexed together)
each passage's own extreme is credited alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache, reduce

from assistant.answering.answer_kind import TIME
from assistant.answering.coverage import PHRASING_WEIGHT, contains_focus, term_credit
from assistant.answering.document_year import LAW_NOUNS, VERSION_NAMED
from assistant.answering.figures import APPROXIMATE, CHINESE
from assistant.answering.question import Question, question_word_position
from assistant.answering.scope import CJK, named_by
from assistant.answering.stated_times import MONTH  # a month alone (`今年9月召开`) answers `几月份`
from assistant.tokens import tagged


# 4·15: a day named by its date; laws and regulations write dates in numerals (`每年一月三十一日前`,
# `二〇二四年一月一日`).
# Days of the lunar calendar, as holidays are written (`农历除夕、正月初一至初三`, `农历五月初五`).
LUNAR_DAY = r"除夕|(?:正|腊|冬|十[一二]?|[一二三四五六七八九])月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|廿[一二三四五六七八九]|[二三]十)"
# A month of a year named by its relation to the document's (`按照自治区今年9月召开…表彰大会的安排`):
# it answers when, not which year.
YEAR_ASKED = re.compile(r"哪一?年|年份")
RELATIVE_MONTH = re.compile(r"(?:今年|明年|去年|当年|本年)(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:\d{1,2}日)?")
# A month that comes back every year is when a rule's yearly act falls (`应当在每年六月至九月期间…报告`,
# `每年3月底前报送`): it answers when as a date does.
YEARLY_MONTH = re.compile(r"每年(?:的)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月")
# A part of a month is a deadline as much as a day is (`征收期延长至7月底`, `3月上旬前完成`).
DATE = re.compile(r"\d{4}年(\d{1,2}月(\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{1,2}·\d{1,2}"
                  r"|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|初(?![步次见])|上旬|中旬|下旬)"
                  r"|[〇零一二三四五六七八九]{4}年|(?<![一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])月[一二三]?十?[一二三四五六七八九]?日|" + LUNAR_DAY)
DURATION = re.compile(r"(?:\d+|[一二三四五六七八九十两]+|半)(?:个)?(?:多|余)?(?:个)?(?:周年|工作日|天|日|周|个月|月|年|小时|分钟)")  # `集中隔离14天`, `两个多月`, `放假半天`, `10个工作日`
# A day named by what it marks (`在庆祝“西藏百万农奴解放63周年纪念日”之际`, `庆“七一”`; not `以此为契机`):
# it answers a question asking an occasion (answer_kind.OCCASION_ASKED).
OCCASION = re.compile(r"纪念日|周年|之际|前夕|节日|(?:春|国庆|元宵|端午|中秋|劳动|建党|建军)节|元旦|“[一二三四五六七八九十]{2}”")
# A rule taking effect the day it is issued (`本规定自公布之日起施行`) answers when it takes effect, asked right
# after the time words (`从啥时候开始施行`; not `这个实施方案什么时候出台的`), with no date
TAKES_EFFECT_ON_ISSUE = re.compile(r"自(?:公布|发布|印发|颁布|签发)之日起(?:施行|生效|实施|执行)")
TAKES_EFFECT_ASKED = re.compile(r"(?:什么时候|啥时候|何时|哪天|哪一天|几号)\S{0,4}?(?:施行|生效|实施|执行)")
# A time of day a notice sets (`于次日中午12时前报…`, `每日17时前报送`, `当天10点之前`): with the day it is
# counted from, or as a deadline; not a span (`24小时`).
CLOCK_TIME = re.compile(r"(?:次日|当日|当天|每日|每天|翌日)[上中下]?午?\d{1,2}[时点]|(?<![\d.])\d{1,2}[时点](?:\d{1,2}分)?(?:前|之前|以前)")
DAY_ASKED = re.compile(r"几号|哪一?天|几月几[日号]|日期")
DAY = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}·\d{1,2}|[一二三四五六七八九十]月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日|"
                 + LUNAR_DAY)


# When a version named by its year takes effect (`2024年改过的监督法从哪天起施行`) is no date before
# that year: `本法自2007年1月1日起施行` is when the law first did, and the version's own date is unstated.
TAKING_EFFECT = re.compile(r"施行|生效|实施|起效")
RULE_NAMED = re.compile(LAW_NOUNS)


# A date that dates a document the clause names (`拟对2012年出台的《…条例》内容进行了修改`) says when
# that document came out, not when the clause's event happens (`啥时候再送市司法局审`).
ISSUING = "出台|印发|制定|颁布|发布|公布"  # one act by any of its names: `2012年出台的《…》` answers `哪年颁布的`
DOCUMENT_DATED = re.compile(rf"(?:{DATE.pattern})(?P<verb>{ISSUING}|通过|施行)的(?=《)")


# When at the latest (`最晚应当在什么时候…书面通知`, `哪天之前得交`): a rule sets it by days before or within from
# another event (`应当于举行听证的五日前…`, `自收到申请之日起五日内`), not by a date.
# Not 前往/前去/前来 (`哪天前去报到`: when one goes), nor 截止 (`报送截止日期` asks a date: `每年一月三十一日前`).
# Days, weeks, months or years within, numbered as figures.CHINESE writes them, but not a year's digits (`2024年内`).
DEADLINE_ASKED = re.compile(r"最晚|最迟|最后期限|(?:什么时候|什么时间|啥时候|何时|哪天|哪一天|几号|几月几[日号])"
                            r"(?:之前|以前|前)(?![往去来])")
DEADLINE = re.compile(rf"(?<![\d.])(?:\d{{1,3}}|{CHINESE}|半)个?{APPROXIMATE}个?(?:工作日|天|日|周|月|年|小时)(?:之?前|以前|以?内|之内)")


def states_when(question: Question, clause: str) -> bool:
    """Does the clause state a date (or, for `多久`, a span; for `几月份`, a month) answering the
    when-question — not the date naming what is asked about (`“3·28”…活动是哪天`), nor one dating
    a document the clause names, unless the question asks when that document came out?"""
    clause = reduce(lambda text, phrase: text.replace(phrase, ""), question.of_kind("phrase"), clause)
    # a date the question states is where it starts from (`到2月28日仍无法申报的…多长时间内补办`), not its answer
    asked_dates = {date.group() for date in DATE.finditer(question.text)}  # whole: `1月1日` is not `11月1日`'s
    clause = DATE.sub(lambda date: "" if date.group() in asked_dates else date.group(), clause)
    clause = DOCUMENT_DATED.sub(lambda dated: dated.group() if _asks_the_act(question.text, dated.group("verb")) else "的", clause)
    if _before_the_version(question, clause) or _dates_another_act(question.text, clause):
        return False
    if DEADLINE_ASKED.search(question.text) and DEADLINE.search(clause):
        return True  # `哪天之前得补上`: days within, as well as a day
    if DAY_ASKED.search(question.text):
        return bool(DAY.search(clause))  # `几月几号`: a year alone (`2025年政府工作任务`) is no day
    return bool(DATE.search(clause) or question.asks_duration and DURATION.search(clause)
                or not YEAR_ASKED.search(question.text) and RELATIVE_MONTH.search(clause)
                or not YEAR_ASKED.search(question.text) and YEARLY_MONTH.search(clause) and says_the_act_dated(question, clause)
                or CLOCK_TIME.search(clause)
                or TAKES_EFFECT_ON_ISSUE.search(clause) and TAKES_EFFECT_ASKED.search(question.text)
                or question.asks_month and MONTH.search(clause)
                or question.asks_occasion and OCCASION.search(clause))


# A rule's acts, each dated apart (`2021年5月21日…会议通过`, `本条例自2021年7月1日起施行`): a clause dating only
# another act than the ones asked (`哪天通过的`) states another day. Passing is how a law is issued (its 题注 line
# dates only 通过, which answers `哪年颁布的`); no act is asked by 通过 as a means (`可以通过互联网申请`) nor by the
# act naming a version (`2023年修订的…什么时候施行`); `第二次修改是哪天通过的` asks both (its line: `…第二次修正`).
RULE_ACTS = (rf"通过|{ISSUING}", TAKING_EFFECT.pattern, r"修正|修订|修改")
# A rule's taking effect as a clause may write it (`自…起实行`, `起试行`), and its other acts
EFFECT_STATED = re.compile(rf"{TAKING_EFFECT.pattern}|实行|试行|执行")
ANOTHER_ACT_STATED = re.compile(rf"通过|{ISSUING}|修正|修订|修改")
MEANS_PASSED = re.compile(r"通过(?!的|了|之日|日期|时间|[?？。]|$)")


# One act by any of the names a rule's text gives it: `哪年颁布的` is answered by `…会议通过` (a law is issued by
# passing it), `什么时候实行` by `自…起施行`, `哪天举行的` by `…举办…`
ACT_NAMES = (re.compile(rf"通过|{ISSUING}"), EFFECT_STATED, re.compile(r"修正|修订|修改"), re.compile(r"举行|举办|召开"))


def says_the_act_dated(question: Question, text: str) -> bool:
    """Does the clause say what happens at the time asked (question.act_dated)? A month coming back every year is
    some yearly act's (`年度监督工作计划几月份之前要向社会公布`: not `应当在每年六月至九月期间`, the month of a report).
    Read only there: asked of every dated sentence it refused `什么时间开始实行…网上查询` (`…改为网上查询`) and
    three how-long questions (ncp dev, policy_blind5/18/21). A word only the asker uses (phrasing) asks nothing."""
    act = question.act_dated
    if act is None or question.rarity.get(act) == PHRASING_WEIGHT:
        return True
    return term_credit(act, text, question.synonyms.get(act, ())) > 0 \
        or any(name.fullmatch(act) and name.search(text) for name in ACT_NAMES)


def _dates_another_act(question: str, clause: str) -> bool:
    if TAKES_EFFECT_ASKED.search(question) and RULE_NAMED.search(question) and ANOTHER_ACT_STATED.search(clause) \
            and not EFFECT_STATED.search(clause):
        return True  # `会计法2024年那次修改，是从哪天开始施行的`: the amendment's line dates its passing, not when it takes effect
    acts_asked = _rule_acts_asked(question)
    acts_stated = [act for act in RULE_ACTS if re.search(act, clause)]
    return bool(acts_asked and acts_stated) and not any(act in acts_stated for act in acts_asked)


@lru_cache(maxsize=256)
def _rule_acts_asked(question: str) -> tuple[str, ...]:
    """The rule's acts a question asks of, read once for all the clauses it is checked against — in the whole
    question, not only after its question word as _acts_asked reads (`第二次修改是哪天通过的` asks the amendment)."""
    asked = MEANS_PASSED.sub("", VERSION_NAMED.sub("", question))
    return tuple(act for act in RULE_ACTS if re.search(act, asked))


def _asks_the_act(asked: str, verb: str) -> bool:
    """Does the question ask when the dated act happened (`哪年颁布的` for `出台`)?"""
    return verb in asked or bool(re.fullmatch(ISSUING, verb) and re.search(ISSUING, asked))


def _before_the_version(question: Question, clause: str) -> bool:
    """Is the clause's date earlier than the version of a rule the question names?"""
    if not RULE_NAMED.search(question.text):  # a report's year: what it says took effect earlier did
        return False
    versions = [int(year[:4]) for year in question.of_kind("doc_year")]
    stated = year_of(clause)
    return bool(versions and stated and TAKING_EFFECT.search(question.text) and stated < min(versions))


YEAR_IN_DATE = re.compile(r"(\d{4})年(?:\d{1,2}月)?")
# Measured on the amendment lines of 代表法 (2010/2015/2025, equal in words): their sentence
# vectors' cosines with `代表法最近一次改是哪天` differ by .0006, which a CPU's rounding can flip.
ORDER_CREDIT = 2.0


def year_of(clause: str) -> int | None:
    match = YEAR_IN_DATE.search(clause)
    return int(match.group(1)) if match else None


def extreme_year(order: str | None, dated_clauses: Iterable[str]) -> int | None:
    """The latest (`order` "latest") or earliest year of the clauses; None when no order is asked
    or none is dated."""
    years = [year for clause in dated_clauses if (year := year_of(clause)) is not None]
    if not order or not years:
        return None
    return max(years) if order == "latest" else min(years)


def order_credit(extreme: int | None, clause: str) -> float:
    return ORDER_CREDIT if extreme is not None and year_of(clause) == extreme else 0.0


def dated_otherwise(extreme: int | None, clause: str) -> bool:
    """Is the clause dated in another year than the latest or earliest asked? Then it is not the one asked
    (`最早是哪天通过的`: not `2023年12月29日…修正案（十二）`, the 题注 dating `1979年7月1日…通过`)."""
    return extreme is not None and (year := year_of(clause)) is not None and year != extreme


# A period from one date to another (`自2020年2月1日起至6月30日止`, `2月3日至9日`, `1月24日——2月2日`,
# `2021年至2025年`): the whole answer to how long something lasts, where a date alone (`2020年2月7日，
# 我委出台的…`) is at most one end of it. Clauses are NFKC text: `－`, `～` are `-`, `~` there.
DATE_SPAN = re.compile(rf"(?:{DATE.pattern})\s*起?\s*(?:至|到|—{{1,2}}|–|-|~)\s*(?:{DATE.pattern}|\d{{1,2}}月(?:\d{{1,2}}日)?|\d{{1,2}}日)")
SPAN_CREDIT = ORDER_CREDIT  # like the latest of several dates, what makes one date clause the answer over
# another alike in words (a heading's `…执行时间` shares one more word of the question than the period does)


def span_credit(question: Question, clause: str) -> float:
    """Credit for a clause stating a period or a length when the question asks how long (`…时间为多久`:
    `自…起至…止`; `青年节放的假多久`: `…放假半天`, not the clause naming the day, `青年节（5月4日）`)."""
    return SPAN_CREDIT if question.asks_duration and (DATE_SPAN.search(clause) or states_a_length(clause)) else 0.0


# A length of time (`半天`, `三个月内`, `10个工作日`, `两个多月`): a month only counted (`个月`; `9月` is a date), no
# anniversary (`70周年`), age (`14周岁`) or grade (`三年级`), nor a plan named by its years (`三年行动计划`).
LENGTH = re.compile(r"(?:\d+|[一二三四五六七八九十两]+|半)(?:个[多余]?月|[多余]?(?:个?工作日|天|日|个月|小时|分钟|周(?![年岁])"
                    r"|年(?![级度]|行动|规划|计划)))")


def states_a_length(clause: str) -> bool:
    """A length of time outside any date the clause states (`5月4日`, `2021年`)."""
    return LENGTH.search(DATE.sub("", clause)) is not None


def dates_the_titled(question: Question, focus: list[str], title: str, document: str) -> bool:
    """Does a when-question ask of what the document's title names (`降低企业用电成本时间为多久` of
    `关于阶段性降低企业用电成本…的通知`)? A notice sets its period, a rule's 题注 dates its acts, without
    repeating the topic (`自2020年2月1日起至6月30日止，电网企业…`): such a clause answers
    (states_the_asked_time) though its sentence does not name the topic. A file named by a number goes
    by its opening lines (scope.named_by), read only for a when-question."""
    return bool(focus) and question.kind == "time" and contains_focus(focus, named_by(title, document))


def states_the_asked_time(question: Question, clause: str) -> bool:
    """Does a clause state what a when-question asks, with no topic to tell it by: a period for how long
    (`自…起至…止`), or the act asked after the question word (`…国务院令第529号公布` for `哪天公布的`;
    not any date of the document: `2020年3月5日，自治区召开视频会议` for `春耕生产什么时候开始`)?"""
    if question.asks_duration and DATE_SPAN.search(clause):
        return True
    return any(act in clause for act in _acts_asked(question.text))


# Words after a when-question's question word that name no act of its own (`…什么时候开始工作`)
GENERIC_ACTS = ("工作", "规定", "开展", "进行", "情况", "时间")


@lru_cache(maxsize=256)
def _acts_asked(text: str) -> tuple[str, ...]:
    """The act a when-question asks the time of: its words after the question word, in that clause,
    not nouns (`哪天公布的` → 公布, `哪天通过的` → 通过: tagged a preposition there)."""
    asked = re.split(r"[，,；;。？?]", TIME.sub("", text[question_word_position(text):]))[0]
    return tuple(word for word, flag in tagged(asked) if len(word) >= 2 and CJK.match(word)
                 and not flag.startswith("n") and word not in GENERIC_ACTS)
