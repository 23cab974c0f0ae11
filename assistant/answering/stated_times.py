"""The times a text states — years, periods (上半年, 一季度), months and days — as scope.py reads a
candidate's scopes, outline.py a heading's, dated.py a month answering `几月份` and evaluation.py
the period a cited passage speaks of. A day written alone (`到11日`) is of the month written last
before it; a month also states its half-year and quarter.
"""

from __future__ import annotations

import re

from assistant.answering.asking import PAST_YEAR, RELATIVE_YEAR
from assistant.answering.figures import QUANTITY
from assistant.answering.text import SENTENCE_BREAKS
from assistant.answering.asked_times import PERIOD_WORDS
from assistant.answering.question import Question

# `2000余人` states no year, and `比2021年增长5%` only compares with one
STATED_YEAR = re.compile(r"(?<![比较])((?:19|20)\d{2})年(?!相比|同期)")
LAST_YEAR = ("去年", "上年", "上一年")  # trend.py reads 去年 and 过去一年 as RELATIVE_YEAR does (asking.py)
RELATIVE_OFFSET = {"去年": -1, "今年": 0, "明年": 1}


def spoken_year(title: str, date: str | None) -> tuple[int, bool] | None:
    """(the year a document speaks of, whether its title names it): its title's (`2022年工作总结`,
    published in January 2023), else its date's."""
    if titled := STATED_YEAR.search(title):
        return int(titled.group(1)), True
    return (int(date[:4]), False) if date and date[:4].isdigit() else None


def years_stated(text: str, spoken: tuple[int, bool] | None = None) -> list[str]:
    """The years the text states, in its order: written (`2022年`), or relative to the year its
    document speaks of (`spoken_year`) when that is known."""
    found = [(match.start(), match.group(1)) for match in STATED_YEAR.finditer(text)]
    if spoken is not None:
        year, titled = spoken
        for match in RELATIVE_YEAR.finditer(text):
            offset = (0 if titled else -1) if match.group() == PAST_YEAR else RELATIVE_OFFSET[match.group()]
            found.append((match.start(), str(year + offset)))
    return [year for _, year in sorted(found)]


# Periods as a text states them; a month (`3月1日`) also tells its half-year and quarter.
STATED_PERIOD = re.compile("|".join(PERIOD_WORDS))
MONTH = re.compile(r"(?<!\d)(1[0-2]|[1-9])月")


def last_stated_periods(text: str) -> set[str]:
    """The periods the text states last: a period word, or the half-year and the quarter of the
    last month it names (`…4月28日召开…` is in 上半年 and in 二季度, both)."""
    found = _periods_stated(text, months=True)
    last = max((start for start, _ in found), default=None)
    return {period for start, period in found if start == last}


# A sentence telling what came before the time it is about (`前期`, `此前`): not the day of the sentence before.
# Not 项目前期工作经费 (a stage) nor 较此前一日 (a comparison).
EARLIER = re.compile(r"前期(?=已|就|共|累计)|此前(?![一\d]日|相比|同期)|先前|早前")
# Not a span of days (`10日内`, `连续14日`, `近7日`, `累计5日`).
STATED_DAY = re.compile(r"(?<![\d.])(?<!连续)(?<!近)(?<!累计)(?<!第)(?:(\d{1,2})月)?(\d{1,2})日(?!内|以内|之内)")


# A day that recurs (`每月10日`) or is planned (`10日将再次发放`) reports nothing as of that day.
RECURRING = re.compile(r"每月?$")
PLANNED = re.compile(r"[起后]?将")


def stated_days(text: str, as_of: bool = False) -> list[tuple[str, str]]:
    """(month, day) of each day the text states, a day written alone (`到11日`) in the month
    written last before it (`2月2日…11日` → 2, 11), else ''; `as_of`: only days it reports
    what stood on, not recurring or planned ones."""
    stated, month = [], ""
    for match in STATED_DAY.finditer(text):
        said_month, said_day = match.groups()
        month = str(int(said_month)) if said_month else month
        if as_of and (RECURRING.search(text[:match.start()]) or PLANNED.match(text, match.end())):
            continue
        stated.append((month, str(int(said_day))))
    return stated


# A figure of three digits or more is one fact's, not any count (`10例` is many facts' figure): written again
# elsewhere, it is the same fact.
RESTATED_DIGITS = 3


def days_of_restated_figures(sentence: str, document: str) -> list[tuple[str, str]]:
    """The days the document states, as of, beside a figure the sentence states with none (the headline
    `医用N95口罩产能利用率已达128%` restating the body's `截至2月11日，…产能利用率已达到128%`): the day
    that figure stood on."""
    days: list[tuple[str, str]] = []
    for figure in {match.group() for match in QUANTITY.finditer(sentence)}:
        if sum(char.isdigit() for char in figure) < RESTATED_DIGITS:
            continue
        for found in re.finditer(rf"(?<![\d.]){re.escape(figure)}", document):
            start = max(document.rfind(mark, 0, found.start()) for mark in SENTENCE_BREAKS) + 1
            ends = [end for mark in SENTENCE_BREAKS if (end := document.find(mark, found.end())) >= 0]
            days += stated_days(document[start:min(ends, default=len(document))], as_of=True)
    return days


def is_among(month: str, day: str, stated: list[tuple[str, str]]) -> bool:
    """Is the day (month, day) among the stated ones — a day stated alone (`截至10日`) with no month
    of its own is of any month?"""
    return any(day == said_day and said_month in ("", month) for said_month, said_day in stated)


def stated_periods(text: str, months: bool = True) -> list[str]:
    """The periods a text states, in order: period words, and the half-year and quarter its
    months fall in (`3月1日` is in 上半年 and 一季度)."""
    return list(dict.fromkeys(period for _, period in sorted(_periods_stated(text, months), key=lambda entry: entry[0])))


def _periods_stated(text: str, months: bool) -> list[tuple[int, str]]:
    """(position, period) of each period word and, with `months`, each month's half-year and quarter."""
    found = [(match.start(), match.group()) for match in STATED_PERIOD.finditer(text)]
    if months:
        for match in MONTH.finditer(text):
            month = int(match.group(1))
            found += [(match.start(), "上半年" if month <= 6 else "下半年"), (match.start(), "一二三四"[(month - 1) // 3] + "季度")]
    return found


# A figure over several years (`五年总体赤字率控制在3%以内`, `十年来…`, `年均增长`, `粮食产量连年稳定在1.3万亿斤以上`) is
# no one year's (trend.py's points, and a year's figure asked: `2022年粮食产量是多少` → `粮食产量1.37万亿斤`).
SPAN_OF_YEARS = re.compile(r"(?<![\d〇零一二三四五六七八九十第])(?:[两二三四五六七八九十]{1,2}|\d{1,2})年(?![度底初末])|年均|历年|连年|多年来|逐年")


def over_years(question: Question, clause: str) -> bool:
    """Is the clause's figure said over several years while one year is asked (and the clause names none)?"""
    years = [year[:4] for year in question.of_kind("year")]
    return bool(years) and SPAN_OF_YEARS.search(clause) is not None and not any(year in clause for year in years)
