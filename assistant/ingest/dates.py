"""Dates as Chinese documents write them: `2022年4月21日`, `2022.4.21`, `2022-04-21`,
`2022/4/21`, `二〇二二年四月二十一日`, and the month or year alone (`二〇二二年四月`, `2022年`).

`date_range` gives the first and the last day a written date covers, so a filter `--until
2022年4月` keeps the whole of April and `--since 2022年` starts on 1 January.
"""

from __future__ import annotations

import calendar
import re

CHINESE_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                  "八": 8, "九": 9}
# A full date inside a text, in Arabic or Chinese numerals (`2020年1月31日`, `二〇二〇年一月二十七日`): to be
# found, where WRITTEN reads a string that is only a date.
FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                       r"|[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
WRITTEN = re.compile(r"^\s*(\d{4})\s*(?:[年./-]\s*(\d{1,2})\s*(?:[月./-]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?\s*$")


def _arabic(text: str) -> str:
    """`二〇二二年四月二十一日` → `2022年4月21日` (year digit by digit, month and day as numbers)."""
    def number(match: re.Match) -> str:
        digits = match.group()
        if "十" not in digits:
            return "".join(str(CHINESE_DIGITS[d]) for d in digits)
        tens, _, ones = digits.partition("十")
        if len(tens) > 1 or len(ones) > 1 or "十" in ones:
            return digits  # not a numeral a date writes (`十十`): left as is, so no date matches
        return str((CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (CHINESE_DIGITS.get(ones, 0) if ones else 0))
    return re.sub(r"[〇零○Ｏ一二三四五六七八九十]+", number, text)


def date_range(text: str) -> tuple[str, str] | None:
    """(first day, last day) as ISO dates, or None when `text` is no date."""
    match = WRITTEN.match(_arabic(text.strip()))
    if not match:
        return None
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(month)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    day = int(day)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return (f"{year:04d}-{month:02d}-{day:02d}",) * 2


def iso_date(text: str) -> str | None:
    """A full written date as ISO (`2024年11月10日` → `2024-11-10`); None for a month or year alone."""
    found = date_range(text)
    return found[0] if found and found[0] == found[1] else None


def filter_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Filter bounds from dates as written; ValueError naming one that is no date."""
    bounds = []
    for name, text, side in (("since", since, 0), ("until", until, 1)):
        if not text:
            bounds.append(None)
            continue
        found = date_range(text)
        if found is None:
            raise ValueError(f"--{name} {text!r} is not a date; write it as 2022-04-21, 2022年4月21日, 2022.4.21 or 2022年4月")
        bounds.append(found[side])
    return bounds[0], bounds[1]


def written_date(iso: str) -> str:
    """2022-04-21 → 2022年4月21日 (2022-04 → 2022年4月), as Chinese documents write dates."""
    year, month, day = (iso.split("-") + ["", ""])[:3]
    return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")
