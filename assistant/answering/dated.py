"""Which of several dated events a question asks (`代表法最近一次改是哪天`, `第一次修正是哪天`): a
law lists its amendments alike in words, one date each, so only their years tell them apart. The
clause dated in the latest (or earliest) year among the passage's clauses that answer and name
the asked event gets ORDER_CREDIT; across passages (two versions of one law indexed together)
each passage's own extreme is credited alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
