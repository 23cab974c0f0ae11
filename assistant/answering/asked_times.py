"""When and which part a question asks of, as written in it: ordinals (`第二批`, `第一百二十条之一`), years — of a fact,
of the document asked about (`2024年政府工作报告`), of the one report named by `今年`/`去年`, or relative to now
(`前年`) — days and periods (`上半年`, `3月份`). Read once by question.analyse into the Question's terms.
"""

from __future__ import annotations

import re

from assistant.answering.asking import FAR_YEAR_ASKED, RELATIVE_YEAR, SAME_YEAR_ASKED
from assistant.answering.document_year import LAW_NOUNS, naming_a_document
from assistant.answering.figures import NUMERAL_CHARS, ORDINAL, part_as_written
from assistant.answering.question_words import Term

YEAR = re.compile(r"((?:19|20)\d{2})(?:年|(?![\d.万亿元%余多名个人件次]))")  # `2022 提案`, not `1950万元`
# A report named by its year (`2023年政府工作报告`), not a law's version (`2023年修订的行政复议法今年…`:
# 今年 is the asker's).
REPORT_NOUNS = re.compile(r"报告|总结|综述|规划|纲要|计划|方案|要点")
# not a length's 年内 (`几年内不得…`, `五年内`): within so many years is no part of one year
PERIOD = re.compile(rf"(上半年|下半年|全年|(?<![\d几多半数干{NUMERAL_CHARS}])年内|年初|年底|年末|[一二三四1-4]季度|\d{{1,2}}月份?)")
DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]")  # `截至2月12日`, `2月20日的日产量`: a day, not the month
PERIOD_WORDS = ("上半年", "下半年", "全年", "年内", "年初", "年底", "年末", "一季度", "二季度", "三季度", "四季度")


# The year a question's word for it names in the one report it names: 今年 its own, 去年 the one it looks back on
REPORT_YEAR_OFFSETS = {"今年": 0, "当年": 0, "本年": 0, "去年": -1, "过去一年": -1}


def _the_reports_year_asked(text: str, document_years: set[str], years: list[str]) -> str | None:
    """The year the question asks of the one report named when it says so only by `今年`/`当年` (that report's
    year) or `去年`/`过去一年` (the year before: `2025政府工作报告：…去年安排了多少`), and names no other year
    (not `…里去年GDP增长多少，今年目标多少`: two years asked, sides.py splits them)."""
    relative = {match.group() for match in RELATIVE_YEAR.finditer(text)} | set(SAME_YEAR_ASKED.findall(text))
    offsets = {REPORT_YEAR_OFFSETS.get(word) for word in relative}
    said = set(re.findall(r"去年|今年", text))  # `去年和今年的赤字率`: RELATIVE_YEAR reads no 今年 after 和
    if len(document_years) != 1 or set(years) - document_years or len(offsets) != 1 or None in offsets or len(said) > 1:
        return None
    if not REPORT_NOUNS.search(text) or re.search(LAW_NOUNS, text):
        return None
    return str(int(next(iter(document_years))) + offsets.pop())


# `第一百二十条之一`: an article inserted after 第一百二十条, an article of its own (section_topic, named_heading)
INSERTED = "之[一二三四五六七八九]"
ARTICLE_INSERTED = re.compile(rf"(?<=条){INSERTED}")


def dated_terms(text: str) -> list[Term]:
    """Ordinals (`第二批`), years — of a fact, of the document asked about (`2024年政府工作报告`), or relative
    to now (`前年`, `明年`) — and periods (`上半年`; a month, as `3月` whether asked as `3月份` or not).
    `第一百二十条之一` is an article of its own, numbered after 第一百二十条."""
    terms = [Term(part_as_written(found.group()) + (inserted.group() if (inserted := ARTICLE_INSERTED.match(text, found.end())) else ""),
                  "ordinal") for found in ORDINAL.finditer(text)]
    naming, years = naming_a_document(text), YEAR.findall(text)
    terms += [Term(found.group(1) + "年", "doc_year" if any(a <= found.start() < b for a, b in naming) else "year") for found in YEAR.finditer(text)]
    if (year := _the_reports_year_asked(text, {text[a:b] for a, b in naming}, years)) is not None:
        terms.append(Term(f"{year}年", "year"))  # `2023年政府工作报告对当年工作…`: 2023's; `…去年…`: 2022's
    terms += [Term(word, "relative_year") for word in FAR_YEAR_ASKED.findall(text)]  # `前年`, `明年`: scope.py
    terms += [Term(f"{int(month)}月{int(day)}日", "day") for month, day in DAY.findall(text)]
    return terms + [Term(period.removesuffix("份"), "period") for period in PERIOD.findall(DAY.sub(" ", text))]
