"""Scope: does a candidate sentence speak of the place, year and period the question asks about?

A sentence sits in nested scopes — itself, what precedes it in its passage, its heading path, its document
(title, date, opening lines). For years and periods the nearest scope that states one decides: `2021年`
answers no `2022年` question even in a document titled 2022; a sentence that states none is in the year
last stated before it, else its heading's (`三、下半年工作思路` overrides its title), else its title's. Places: a
place the sentence names holds, as does one the sentence before names where this one goes on from it
naming none (`并在市政府召开…`); a sentence naming another place speaks of it, and holds only inside a document
(title, opening lines) or section about the asked place; a sentence naming none holds where its heading or
document is about the place (its title or opening lines name it, or its text does again and again) — a
place named once elsewhere in the passage is often the one a figure is compared with
(`参照阿里地区(1000余万元)…我市…100万元`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.bodies import names_the_body
from assistant.answering.places import ADMINISTRATIVE_UNITS, ISSUER_ENDINGS, POSTS, UNIT_LEVELS, only_excepted, place_stem, place_words
from assistant.answering.provinces import inside_the_province
from assistant.ingest.clean import is_dateline
from assistant.ingest.dates import FULL_DATE
from assistant.answering.figures import ordinal_written
from assistant.answering.document_year import names_the_number, of_year
from assistant.answering.asked_times import PERIOD_WORDS
from assistant.answering.question import Question
from assistant.answering.rule_kinds import other_kinds_of_rule
from assistant.answering.stated_times import EARLIER, days_of_restated_figures, is_among, last_stated_periods, stated_days, stated_periods, spoken_year, years_stated
from assistant.answering.text import goes_on
from assistant.answering.together import named_among_others
from assistant.tokens import tagged

POST_WORDS = "|".join(sorted(POSTS, key=len, reverse=True))
CJK = re.compile(r"[\u4e00-\u9fff]")
NUMERAL_CHARS = "一二三四五六七八九十百两"
LEAD_CHARS = 150  # a document's own place is named in its title or first lines
DATELINE_LINES = 4  # a page's dateline stands under its title
GUIDED_BY = re.compile(r"在[^。，,]{0,60}?(?:领导|指导|关心|支持|帮助)下")  # the bodies a document thanks
FAR_YEAR_OFFSETS = {"大前年": (-3, -2), "前年": (-2, -1), "明年": (1, 2), "明后年": (1, 2, 3), "后年": (2, 3)}  # asking.FAR_YEAR_ASKED
PLACE_MENTIONS = 3  # or throughout: ncp-dev news about 上海 names it in its body, not its lead


@dataclass(frozen=True)
class Scope:
    """A candidate's nested scopes, all search-normalized."""

    sentence: str
    before: str  # its passage up to the sentence
    passage: str
    heading: str
    title: str
    date: str | None
    document: str  # the whole document's search text
    doc_id: str = ""  # its file's name, which may name its version (`fangjia_banfa_2013`)

    def missing(self, question: Question) -> list[str]:
        """The qualifiers of the question that do not hold here (empty: in scope)."""
        missing = [year for year in question.of_kind("year") if not self._year_holds(year)]
        missing += [word for word in question.of_kind("relative_year") if not self._relative_year_holds(word)]
        missing += [period for period in question.of_kind("period") if not self._period_holds(period)]
        missing += [day for day in question.of_kind("day") if not self._date_holds(day)]
        missing += [place for place in question.of_kind("place") if not self._place_holds(place, question.text)
                    or question.kind != "count" and self._only_compared_with(place)]
        missing += [body for body in question.bodies if not self._body_holds(body)]
        missing += [person for person in question.persons if not self._person_holds(person)]
        missing += [day for day in question.named_days if not self._day_holds(day)]
        missing += [year for year in question.of_kind("doc_year") if not self._document_year_holds(year)]
        missing += [number for number in question.of_kind("doc_number") if not names_the_number(number, self.document)]
        missing += [ordinal for ordinal in question.of_kind("ordinal") if self._speaks_of_other_batches(ordinal)]
        missing += other_kinds_of_rule(question, self.sentence if self.sentence.strip() else self.heading)
        if question.kind == "count":
            missing += named_among_others(question, self.sentence)
        return missing

    def _speaks_of_other_batches(self, ordinal: str) -> bool:
        """`第五批…多少名队员` is not answered where the sentence names other batches and not this one (`第十一批、
        第十二批…随即209名医疗队员`), or counts them (`共出发十二批，队员1199人`), as one stating another year."""
        kind = ordinal[-1]
        named = re.findall(rf"第[\d{NUMERAL_CHARS}]+{kind}", self.sentence)
        if kind in "条章节款项" or ordinal in self.sentence or ordinal_written(ordinal, self.sentence) and not named:
            return False  # an article's number is no batch
        counted = re.search(rf"(?<![第\d{NUMERAL_CHARS}])[\d{NUMERAL_CHARS}]+{kind}(?!次)", self.sentence)
        return bool(named) or counted is not None

    @property
    def last_sentence(self) -> str:
        """The sentence before this one in its passage."""
        return re.split(r"[。！？!?\n]", self.before.rstrip("。！？!?\n "))[-1]

    def _day_holds(self, day: str) -> bool:
        """A named day holds where the sentence, the one before it, its heading, the title or —
        in a file with no title of its own — the opening lines (a notice's title saved as its first
        words: `关于统筹做好春节后错峰返程…的通知`) name it: `春节期间…的活动` is not answered by what
        was done for 3·28."""
        return any(day in level for level in (self.sentence, self.last_sentence, self.heading, named_by(self.title, self.document)))

    def _body_holds(self, body: str) -> bool:
        """A body holds where the sentence or the one before it names it, or where the section
        or document is about it (heading, title, opening lines); a report listing what many bodies
        did names each beside its deeds. Unlike a place, a body named again and again is not what
        a document is about: a 民委 report names 市政协 three times, each time as someone else."""
        # the opening lines name the document's own body, but not in a member's post nor as the
        # body it is guided by: a 民委 report opens `在…市委统战部的悉心指导下` and is not about 统战部
        lead = GUIDED_BY.sub("", re.sub(rf"{re.escape(body)}副?(?:{POST_WORDS})", "", document_lead(self.document)))
        near = (self.sentence, self.last_sentence, self.heading, self.title, lead,
                document_close(self.document))  # the closing lines name the author: `(作者:廊坊市民族宗教事务局…)`
        return any(names_the_body(body, level) for level in near)

    def _person_holds(self, person: str) -> bool:
        """A person holds where the sentence or the one before it names them (`…王淑琴、云峰等先进
        典型。她…`), or where the section or the whole document is about them: the heading, the
        title, the opening or closing lines (an interview's subject, a byline)."""
        near = (self.sentence, self.last_sentence, self.heading, self.title, document_lead(self.document),
                document_close(self.document))
        return any(person in level for level in near)

    def _document_year_holds(self, year: str) -> bool:
        return of_year(year, self.date, self.doc_id, self.document, self.title)

    def _year_holds(self, year: str) -> bool:
        return year[:4] in self._years_in_scope()

    def _years_in_scope(self) -> list[str]:
        """The years the sentence states, else the one its nearest scope states last, else its date's."""
        spoken = spoken_year(self.title, self.date)
        if stated := years_stated(self.sentence, spoken):
            return stated
        # a title's relative year is of a part it announces (`…2022年工作总结和明年工作计划`)
        for level, relative_to in ((self.before, spoken), (self.heading, spoken), (self.title, None)):
            if stated := years_stated(level, relative_to):
                return stated[-1:]
        return [self.date[:4]] if self.date else []

    def _relative_year_holds(self, word: str) -> bool:
        """`前年`/`明年` asked holds where the years in scope are those the word may mean, counted from
        the year the document speaks of (its asker's now may be that year or the next: 明年 is one or
        two years on); never the document's own year. Unknown where the document's year is."""
        spoken = spoken_year(self.title, self.date)
        if spoken is None:
            return True
        offsets = FAR_YEAR_OFFSETS[word]
        return any(str(spoken[0] + offset) in self._years_in_scope() for offset in offsets)

    def _date_holds(self, day: str) -> bool:
        """A day asked (`截至2月12日`, `2月20日的日产量`) holds where the sentence — or, when it states
        none, the one before it — states that day (`截至12日24时` in a February report), not where
        it states only others (`从2月2日的4.5万只增长到11日的15.8万只` is no 20th's figure); a figure the
        document states elsewhere beside its day, first, on that day; else where its month is stated."""
        month, date = day[:-1].split("月")
        own = stated_days(self.sentence)
        if not own and EARLIER.search(self.sentence):
            return False  # `在前期已…投放2000吨`, after `于2月25日起再次…投放…1500吨`: not that day's
        if not own and (restated := days_of_restated_figures(self.sentence, self.document)):  # a headline's
            return is_among(month, date, restated)
        for stated in (own, stated_days(self.last_sentence)):
            if stated:  # a day written alone (`至18日`) is of the month the text is about
                return is_among(month, date, stated) and self._period_holds(f"{month}月")
        return self._period_holds(f"{month}月")

    def states_the_days_asked(self, question: Question) -> bool:
        """Does the sentence itself state every day asked (`截至2月10日…发放了多少` by `截至10日,…
        实现发放204亿元` in a February report)? A sentence holding the day only through its month
        (the headline `国开行已发放超200亿元…`) is in scope, but says less of that day."""
        asked = [day[:-1].split("月") for day in question.of_kind("day")]
        stated = stated_days(self.sentence, as_of=True)
        return bool(asked) and all(is_among(month, date, stated) for month, date in asked)

    def _period_holds(self, period: str) -> bool:
        if period not in PERIOD_WORDS:  # a month: `1月` is not in `11月`
            month = re.compile(rf"(?<!\d){re.escape(period)}")
            return any(month.search(level) for level in (self.sentence, self.passage, self.heading, self.title))
        if stated := stated_periods(self.sentence):
            return period in stated
        for level in (self.before, self.heading):
            if last := last_stated_periods(level):
                return period in last
        stated = stated_periods(self.title, months=False)
        # `上半年工作总结暨下半年工作思路`: a section whose heading names no period belongs to the
        # period the title names first (the report comes before the plan)
        return bool(stated) and period == stated[0]

    def local_places(self, question: Question) -> list[str]:
        """The question's places (as stems: 林芝 for 林芝市) this sentence holds only by naming them — not the document's
        or section's own place. A figure answers for such a place only in a clause naming it
        (`建议参照阿里地区(1000余万元)` beside `我市…100万元`)."""
        about = (self.heading, self.title, document_lead(self.document))
        return [stem for place in question.of_kind("place") if (stem := place_stem(place)) in self.sentence
                and not any(stem in level for level in about) and self.document.count(stem) < PLACE_MENTIONS]

    def _place_holds(self, place: str, asked: str) -> bool:
        stem = place_stem(place)
        if stem in self.sentence:
            return not only_excepted(stem, self.sentence)
        if self._speaks_of_a_wider_whole(place, stem, asked):
            return False
        if goes_on(self.sentence) and stem in self.last_sentence and not places_named(self.sentence) \
                and not re.search(f"全[{ADMINISTRATIVE_UNITS}]", self.sentence):  # nor the whole: `之后,全区…`
            return not only_excepted(stem, self.last_sentence)  # `…莅临拉萨市调研…。并在市政府召开…`
        about = (self.heading, self.title, document_lead(self.document))
        if any(stem in level for level in about) or issued_by_its_place(stem, self.title, self.document):
            return True
        if places_named(self.sentence) or places_named(self.title):
            return False  # the sentence, or the whole document, is about another place
        return self.document.count(stem) >= PLACE_MENTIONS or inside_the_province(place, self.document)

    def _only_compared_with(self, place: str) -> bool:
        """Is the place named here only as one of several peer places listed to compare with (a cue
        or a bracketed figure: `建议参照阿里地区(1000余万元)、林芝市(600余万元)等兄弟城市`) in a document about another
        place of the same or a lower level, which names it rarely? The sentence then says what the
        document's own place does; only the figure beside the place is its own (local_places, for
        counts). A place below the document's own (`…松盘乡草畜一体化建设项目、嘎巴村…` in a
        拉萨市 report) is part of it."""
        stem = place_stem(place)
        if stem not in self.sentence:  # the common case: decided before any tagging
            return False
        own = [level for named in places_named(self.title + document_lead(self.document))
               if (level := UNIT_LEVELS.get(named[-1])) is not None]
        asked = UNIT_LEVELS.get(place[-1] if place != stem else _unit_after(self.document, stem))
        if (not own or asked is None or asked > own[0]
                or any(stem in level for level in (self.heading, self.title, document_lead(self.document)))
                or self.document.count(stem) >= PLACE_MENTIONS):
            return False
        clauses = [clause for clause in re.split(r"[，,。；;]", self.sentence) if stem in clause]
        items = [item for clause in clauses for item in clause.split("、")]
        compared = any(COMPARISON.search(clause) for clause in clauses) or re.search(rf"{re.escape(stem)}\S{{0,2}}[(（]", self.sentence)
        return bool(compared) and len(items) >= 2 and all(_opens_with_a_place(item) for item in items if stem not in item)

    def _speaks_of_a_wider_whole(self, place: str, stem: str, asked: str) -> bool:
        """`全省民族工作…` in a report on 廊坊(市): the sentence speaks of the province, not the city
        (unless the question asks about that whole too: `廊坊参加全省…运动会`). The asked place's
        level is its unit, as asked or as the document writes it first."""
        level = UNIT_LEVELS.get(unit := place[-1] if place != stem else _unit_after(self.document, stem))
        if level is None or f"全{unit}" in self.sentence:  # `…参加全省运动会,组织开展好全市宣传月`
            return False
        return any(_whole_is_subject(wider, self.sentence) and f"全{wider}" not in asked
                   for wider, rank in UNIT_LEVELS.items() if rank < level)


COMPARISON = re.compile(r"参照|借鉴|对标|学习|兄弟|相比|对比|低于|高于")  # a place listed to compare with
LISTED_PLACE_CHARS = 8  # `建议参照阿里地区(…)`: a listed item names its place first


def _opens_with_a_place(item: str) -> bool:
    return any(0 <= item.find(place) < LISTED_PLACE_CHARS for place in places_named(item))


def _whole_is_subject(unit: str, sentence: str) -> bool:
    """`全省各级民委…`, `…,全省共…`: the whole opens a clause, so the clause speaks of it; in
    `争取进入全国、全省示范行列` or `在全盟率先成立…` it is only where the place ranks."""
    return re.search(rf"(?:^|(?<=[，,；;。：:！？!?)）\s]))全{unit}", sentence) is not None


def _unit_after(document: str, stem: str) -> str | None:
    position = document.find(stem)
    return document[position + len(stem)] if 0 <= position < len(document) - len(stem) else None


# A notice that names its own place nowhere in its opening lines, calling itself by its unit alone
# (`市市场监管委印发…的通知`, `经市…指挥部同意，市交通运输局决定…`), is about the place its issuer is named
# with elsewhere: `天津市市场监督管理委员会`, or its signature `铜川市交通运输局 2020年2月10日`.
BARE_UNIT_ISSUER = re.compile(rf"^([省市区县州])[\u4e00-\u9fff]{{1,10}}?{ISSUER_ENDINGS}")
# A signature: the issuer's whole name, then the full date, closing the text (a page may add its editor's credit after it).
SIGNATURE = re.compile(rf"(?:^|[\s。！？；])([\u4e00-\u9fff（）()]{{4,40}}?{ISSUER_ENDINGS})\s*(?:{FULL_DATE.pattern})")


def issued_by_its_place(stem: str, title: str, document: str) -> bool:
    """Is a document that names no place in its opening lines issued by a body of the place? Its
    title (or, in a file with none, its first line) names the issuer by its unit alone — the unit a
    word of its own (not `市场监管总局`, `市民`) — and the text names a body with the place and that
    unit (`天津市…委员会`, not `来自武汉市的人员`); or its signature names the place."""
    if places_named(title) or places_named(document_lead(document)):
        return False
    issuer = BARE_UNIT_ISSUER.match(title) or BARE_UNIT_ISSUER.match(document.lstrip())
    if issuer and tagged(issuer.group())[0][0] == issuer.group(1) and \
            re.search(rf"{re.escape(stem + issuer.group(1))}[\u4e00-\u9fff]{{0,12}}?{ISSUER_ENDINGS}", document):
        return True
    return any(signed.group(1).startswith(stem) for signed in SIGNATURE.finditer(document_close(document)))


@lru_cache(maxsize=256)
def named_by(title: str, document: str) -> str:
    """What names a document: its title, or — a file named by a number, `ncp-27d283eb6d` — its opening lines."""
    return title if CJK.search(title) else document_lead(document)


def document_lead(document: str) -> str:
    """A document's first LEAD_CHARS characters of what it says: a page's dateline line (kept by
    cleaning, ingest/clean.py) does not count, so its date pushes no place out of the lead."""
    dated = sum(len(line) + 1 for line in document.split("\n", DATELINE_LINES)[:DATELINE_LINES] if is_dateline(line))
    return document[:LEAD_CHARS + dated]


@lru_cache(maxsize=256)  # read per candidate sentence (bodies, persons, signatures): once per document
def document_close(document: str) -> str:
    """A document's last LEAD_CHARS characters of what it says, runs of spaces as one: a notice's
    signature set far right (`密云区社保中心` + forty spaces + its date) is its closing line."""
    return re.sub(r"[ \u3000\xa0]{2,}", " ", document[-LEAD_CHARS * 8:])[-LEAD_CHARS:]


@lru_cache(maxsize=4096)
def places_named(text: str) -> tuple[str, ...]:
    return tuple(place_words(text))
