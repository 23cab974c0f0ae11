"""Follow a figure across documents and years: every statement of a named measure with its
value, unit, period and place, each cited — read by code, never by a model.

The measure is found by the wording search's exact hits (script, width and punctuation folded),
so nothing the documents state is missed the way a ranked top-k would miss it. A hit states a
value when a figure follows it in the same clause within a few characters (`提案办复率99.4%`,
`赤字率拟按3%左右安排`); hits that state none (`提高提案办复率`) are counted, not plotted. The
period is the year the sentence states before the figure, else its section's
(`一、2023年工作回顾`), else the document's year (a year earlier for `去年`, `过去一年`); the place is the one the sentence names, else the
document's title's. Different places or bodies are separate series: 拉萨市's rate is never
plotted on 日喀则市's line.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from assistant.answering.figures import CHAR_UNITS, WORD_UNITS
from assistant.answering.bodies import BODY_NAMES
from assistant.answering.scope import places_named
from assistant.answering.asking import PAST_YEAR
from assistant.answering.stated_times import LAST_YEAR, SPAN_OF_YEARS  # a figure over several years is no one year's point
from assistant.ingest.dates import FULL_DATE, date_range
from assistant.ingest.normalize import SENTENCE, to_simplified

GAP = "[^，,；;。！？\\d]"
# After the measure: a few words that are no figure (`拟按`, `控制在`), perhaps the year it is of
# (`提案办复率2022年为99.4%`), then the figure — never a year or a date taken for one.
VALUE = re.compile(rf"{GAP}{{0,10}}?(?:(?P<year>(?:19|20)\d{{2}})年{GAP}{{0,6}}?)?"
                   rf"(?P<number>\d+(?:\.\d+)?)(?![\d.]|[年月日号])(?:余|多)?\s*"
                   rf"(?P<unit>个百分点|万亿元|亿元|万[人户吨元辆件个台套亩]?|{WORD_UNITS}|[{CHAR_UNITS}])?"
                   r"(左右|以上|以内|以下|上下)?")
YEAR = re.compile(r"((?:19|20)\d{2})年")
TARGET = re.compile(r"目标|预期|拟|力争|计划|确保")
LEAD_CHARS = 200


@dataclass
class TrendPoint:
    value: float
    unit: str
    figure: str  # as written: `5%左右`
    year: int | None
    kind: str  # 目标 (a target set) | 实际 (a result reported)
    series: str  # the place or body the figure belongs to ("" when none is named)
    doc_id: str
    title: str
    date: str | None
    sentence: str
    start: int  # the figure in the document's display text
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Trend:
    measure: str
    points: list[TrendPoint] = field(default_factory=list)
    without_value: int = 0  # hits of the measure that state no figure

    def series(self) -> dict[str, list[TrendPoint]]:
        """Points per place or body, by year."""
        grouped: dict[str, list[TrendPoint]] = {}
        for point in sorted(self.points, key=lambda p: (p.year or 0, p.date or "", p.start)):
            grouped.setdefault(point.series, []).append(point)
        return grouped

    def to_dict(self) -> dict:
        return {"measure": self.measure, "without_value": self.without_value,
                "series": {name: [p.to_dict() for p in points] for name, points in self.series().items()}}




def point_at(measure_end: int, display: str, hit, year_of_document: tuple[int, bool] | None) -> TrendPoint | None:
    """The figure stated right after a hit of the measure, or None."""
    match = VALUE.match(display, measure_end, min(len(display), measure_end + 40))
    if not match:
        return None
    sentence_start, sentence_end = _sentence_around(display, hit.start)
    # The year and the word that makes it a target may stand before a `；` (`今年发展主要预期目标是：
    # 国内生产总值增长5%左右；城镇新增就业1200万人以上`): read back to the full stop.
    before = to_simplified(display[max(display.rfind(stop, 0, hit.start) for stop in "。！？\n") + 1:hit.start])
    start, end = match.start("number"), match.end()
    stated_year = int(match.group("year")) if match.group("year") else None
    over_years = SPAN_OF_YEARS.search(re.split(r"[，,；;：:]", before)[-1]) is not None
    return TrendPoint(
        value=float(match.group("number")), unit=match.group("unit") or "", figure=display[start:end],
        year=None if over_years else stated_year or _year(before, to_simplified(hit.heading), year_of_document), kind="目标" if TARGET.search(before + display[hit.end:start]) else "实际",
        series=_series(to_simplified(display[sentence_start:sentence_end]), to_simplified(hit.title), hit.match),
        doc_id=hit.doc_id, title=hit.title, date=hit.date, sentence=display[sentence_start:sentence_end].strip(),
        start=start, end=end)


def _sentence_around(display: str, position: int) -> tuple[int, int]:
    for match in SENTENCE.finditer(display):
        if match.start() <= position < match.end():
            return match.start(), match.end()
    return position, position


def _year(before: str, heading: str, document_year: tuple[int, bool] | None) -> int | None:
    """The sentence's own year; else its section's (`一、2023年工作回顾`); else the document's,
    a year earlier for `去年`, and for `过去一年` unless the title names the year reviewed
    (`2022年日喀则市政协工作综述`: its 过去一年 is 2022; the 2023 report's is 2022 too)."""
    for text in (before, heading):
        stated = YEAR.findall(text)
        if stated:
            return int(stated[-1])
    if document_year is None:
        return None
    year, titled = document_year
    if any(word in before or word in heading for word in LAST_YEAR):
        return year - 1
    if not titled and (PAST_YEAR in before or PAST_YEAR in heading):
        return year - 1
    return year


def _series(sentence: str, title: str, measure: str) -> str:
    for text in (sentence, title):
        places = [place for place in places_named(text) if place not in to_simplified(measure)]
        bodies = [body for body in BODY_NAMES if body in text]
        if places or bodies:
            return "".join(places[:1]) + (bodies[0] if bodies else "")
    return ""


def document_year(title: str, date: str | None, display: str) -> tuple[int, bool] | None:
    """(the year a document speaks of, whether its title names it): the title's year
    (`2022年…工作综述`), else a full date in its first lines (`——2024年3月5日在第十四届全国人民代表
    大会…`), else its date's."""
    titled = YEAR.search(to_simplified(title))
    if titled:
        return int(titled.group(1)), True
    stated = FULL_DATE.search(display[:LEAD_CHARS])
    if stated and (days := date_range(stated.group())):  # none for a day no calendar has (`2020年6月31日`)
        return int(days[0][:4]), False
    return (int(date[:4]), False) if date else None


def follow(measure: str, hits: list, display_of) -> Trend:
    """The trend of `measure` from the wording search's exact hits; `display_of(doc_id)` gives
    a document's display text."""
    trend = Trend(measure)
    for hit in hits:
        if hit.kind != "exact":
            continue
        display = display_of(hit.doc_id)
        point = point_at(hit.end, display, hit, document_year(hit.title, hit.date, display))
        if point is None:
            trend.without_value += 1
        else:
            trend.points.append(point)
    return trend
