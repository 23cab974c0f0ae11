"""What a document says about its own standing: when it takes effect (施行日期), until when it
holds (有效期), which version it is (the latest date in its 题注: `2024年11月10日 …第四次修订`),
and which documents it repeals (`原《…》同时废止`). Read once, at indexing; which document
supersedes which is decided over the whole corpus (assistant/versions.py).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from assistant.ingest.dates import iso_date

EFFECTIVE = re.compile(r"自(\d{4}年\d{1,2}月\d{1,2}日|公布之日|发布之日|印发之日|颁布之日)起(?:施行|执行|实施|生效)")
VALID_UNTIL = re.compile(r"有效期(?:至|到)(\d{4}年\d{1,2}月\d{1,2}日)|有效期为?(\d+|[一二三四五六七八九十]+)年")
REPEALED = re.compile(r"《([^《》]{4,60})》(?:[(（][^)）]{0,40}[)）])?(?:同时|即行|予以|自行)?(?:废止|失效)")
# A 题注 line: a date, then who passed, revised, amended or published it — after the titles of all
# the laws one decision amended, at times (代表法's 2015 line names three before `第三次修正`).
HISTORY_LINE = re.compile(r"^[（(]?\s*(\d{4}年\d{1,2}月\d{1,2}日)[^\n]{0,200}?(通过|修订|修正|公布|发布|施行|印发)")
REVISED = re.compile(r"修订|修正")
HISTORY_LINES = 30  # 题注 stand at the top: 刑法's runs to 16 lines (blank lines not counted)
# A year in a file's name (`fangjia_banfa_2013`), which may name its version; not digits inside a
# hash (`ncp-382026010d`).
FILE_YEAR = re.compile(r"(?<![0-9a-z])((?:19|20)\d{2})(?![0-9a-z])")
ENTRY_LINES = 4  # a 题注 entry broken over lines spans a few (代表法's 2015 one: 3), never a page
DATED_LINE = re.compile(r"^[（(]?\s*\d{4}年\d{1,2}月\d{1,2}日")


@dataclass
class VersionFacts:
    effective: str | None = None  # ISO date, or 公布之日 etc. as written
    valid_until: str | None = None  # ISO date, or `5年` as written
    version_date: str | None = None  # the latest 题注 date (ISO)
    revised: bool = False  # its 题注 records a 修订/修正
    repeals: list[str] = field(default_factory=list)  # titles it says are repealed

    def to_dict(self) -> dict:
        return asdict(self)


def years_known(version_date: str | None, date: str | None, doc_id: str) -> set[str]:
    """The years a document is known by: its version's (its 题注's latest date, else its own date)
    and the one its file is named by (`fangjia_banfa_2013`, whose 题注 stops at 2007)."""
    dated = version_date or date
    return ({dated[:4]} if dated else set()) | set(FILE_YEAR.findall(doc_id))


def _history_lines(display: str) -> list[str]:
    """The top lines, a 题注 entry broken over lines joined again: 代表法's 2015 entry puts each of
    the three laws one decision amended on a line of its own, `第三次修正` on the last."""
    lines: list[str] = []
    joined = 1
    for line in (line.strip() for line in display.split("\n")):
        if not line:
            continue
        if len(lines) >= HISTORY_LINES:
            break
        if lines and DATED_LINE.match(lines[-1]) and not HISTORY_LINE.match(lines[-1]) and not DATED_LINE.match(line) \
                and joined < ENTRY_LINES:
            lines[-1] += line  # the entry goes on
            joined += 1
        else:
            lines.append(line)
            joined = 1
    return lines


def version_facts(display: str) -> VersionFacts:
    facts = VersionFacts()
    history = [HISTORY_LINE.match(line) for line in _history_lines(display)]
    dates = [iso_date(match.group(1)) for match in history if match]
    facts.version_date = max((date for date in dates if date), default=None)
    facts.revised = any(match and REVISED.search(match.group(0)) for match in history)
    effective = EFFECTIVE.search(display)
    if effective:
        facts.effective = iso_date(effective.group(1)) or effective.group(1)
    until = VALID_UNTIL.search(display)
    if until:
        facts.valid_until = iso_date(until.group(1)) if until.group(1) else f"{until.group(2)}年"
    facts.repeals = list(dict.fromkeys(match.group(1) for match in REPEALED.finditer(display)))
    return facts
