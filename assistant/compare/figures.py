"""Figures read by code, and which figure of a matched unit became which.

A figure is a number with its unit, in Arabic or Chinese numerals (`50万元`, `五十万元`, `十五日`,
`3天`, `百分之五`, `三分之二`, `5.2%`, `1.3万亿斤`); dates (`2024年11月10日`, `5月1日、2日`),
four-digit years, ordinals (`第七次`) and numerals inside words (`统一年度`) are not figures. The
units are the project's (assistant.answering.figures) plus the periods, ages and amounts laws
and reports state (`个工作日`, `个月`, `周岁`, `斤`…).

Which figure became which: a changed figure of A (one that overlaps a change of the character
diff) is paired with a changed figure of B in the same change, of the same family (money,
duration, percentage…), the pairs with the most shared context first: the characters just before
and just after the figure (a pair sharing none is not paired; its words are still marked).
Context, not position, decides because amendments restructure clauses: 会计法 2017
`并处三千元以上五万元以下的罚款` became 2024 `可以并处二十万元以下的罚款`, and the figure that became
`二十万元` is `五万元` (both followed by `以下的罚款`), not `三千元`, which comes first but was dropped.
Where a clause was split in two the pairing is a reading, not a fact: the same article's
`处二千元以上二万元以下` became `处五万元以下` and, for serious cases, `处五万元以上五十万元以下`;
`二万元` is paired with `五十万元`, whose context (`以上…以下的罚款；`) it shares most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.figures import ARABIC, CHAR_UNITS, WORD_UNITS
from assistant.compare.marks import Region
from assistant.compare.units import Block
from assistant.tokens import segmenter

CHINESE_NUMERAL = "零〇一二三四五六七八九十两百千万亿"
# Units laws and reports add to the project's list. 条/届/期 are left out: `前三条` refers to
# articles, `十三届` names a congress. A unit that starts with a magnitude (`万元`, `亿元`, `万吨`)
# is read as the magnitude and the unit (`万`·`元`), so `50万元`, `五十万元` and `500000元` agree.
EXTRA_UNITS = ("个工作日", "工作日", "个月", "周岁", "周年", "平方公里", "千瓦", "斤", "日", "年", "周", "‰")
DROPPED_UNITS = set("条届期")
UNITS = sorted(
    {*EXTRA_UNITS, *(unit for unit in WORD_UNITS.split("|") if unit[0] not in "万亿"),
     *(unit for unit in CHAR_UNITS if unit not in DROPPED_UNITS)},
    key=len, reverse=True,
)
UNIT_PATTERN = "|".join(re.escape(unit) for unit in UNITS)
NUMBER = rf"(?:{ARABIC}|[{CHINESE_NUMERAL}]+)"
SCALES = {"万亿": 1e12, "万": 1e4, "亿": 1e8}
FIGURE = re.compile(
    rf"(?<![第统唯单划逐{CHINESE_NUMERAL}\d.])(?:"
    rf"百分之(?P<percent>{NUMBER})"
    rf"|(?P<denominator>[{CHINESE_NUMERAL}]+)分之(?P<fraction>[{CHINESE_NUMERAL}]+)"
    rf"|(?P<number>{ARABIC})(?P<scale>万亿|万|亿)(?:余|多)?(?P<scaled_unit>{UNIT_PATTERN})?"
    rf"|(?P<count>{NUMBER})(?:余|多)?(?P<unit>{UNIT_PATTERN})"
    rf")(?![代级度])"
)
DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE = re.compile(
    rf"(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})年(?:{DAY}月(?:{DAY}日)?)?"
    rf"|{DAY}月{DAY}日(?:[、至和到-]{DAY}日)*"
)
FAMILIES = {
    "元": "money", "万元": "money", "亿元": "money", "万亿元": "money",
    "日": "duration", "天": "duration", "工作日": "duration", "个工作日": "duration", "个月": "duration",
    "年": "duration", "周": "duration", "小时": "duration", "分钟": "duration",
    "%": "ratio", "‰": "ratio", "百分之": "ratio", "分之": "ratio",
    "岁": "age", "周岁": "age",
}
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
TENS = {"十": 10, "百": 100, "千": 1000}
CONTEXT = 6  # characters of context compared on each side


@dataclass(frozen=True)
class Figure:
    start: int  # span in the unit's normalized body
    end: int
    value: float | None
    unit: str

    @property
    def family(self) -> str:
        return FAMILIES.get(self.unit, self.unit)


def chinese_value(text: str) -> float | None:
    """`二百八十七` → 287, `五十万` → 500000, `一千二百` → 1200, `二〇二三` → 2023; None if unreadable."""
    total, section, digit = 0.0, 0.0, None
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char] if digit is None else digit * 10 + DIGITS[char]
        elif char in TENS:
            section += (1 if digit is None else digit) * TENS[char]
            digit = None
        elif char in "万亿":
            total = (total + section + (digit or 0)) * (1e4 if char == "万" else 1e8)
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def number_value(text: str) -> float | None:
    if re.fullmatch(ARABIC, text):
        return float(text)
    return chinese_value(text)


def figures_of(body: str) -> list[Figure]:
    """The figures a normalized body states, in order; dates and years left out."""
    dates = [match.span() for match in DATE.finditer(body)]
    found = []
    for match in FIGURE.finditer(body):
        if any(start < match.end() and match.start() < end for start, end in dates):
            continue
        if match.group("percent"):
            value, unit = number_value(match.group("percent")), "%"
        elif match.group("fraction"):
            numerator, denominator = chinese_value(match.group("fraction")), chinese_value(match.group("denominator"))
            value, unit = (numerator / denominator if numerator is not None and denominator else None), "分之"
        elif match.group("scale"):
            value = float(match.group("number")) * SCALES[match.group("scale")]
            unit = match.group("scaled_unit") or ""
        else:
            value, unit = number_value(match.group("count")), match.group("unit")
        value = None if value is None else float(f"{value:.12g}")  # 4.06万亿: 4060000000000, not …9999.9995
        found.append(Figure(match.start(), match.end(), value, unit))
    return found


def _shared_context(body_a: str, a: Figure, body_b: str, b: Figure) -> int:
    """How many characters just before and just after the two figures agree."""
    before = 0
    while before < CONTEXT and a.start - before > 0 and b.start - before > 0 \
            and body_a[a.start - before - 1] == body_b[b.start - before - 1]:
        before += 1
    after = 0
    while after < CONTEXT and a.end + after < len(body_a) and b.end + after < len(body_b) \
            and body_a[a.end + after] == body_b[b.end + after]:
        after += 1
    return before + after


def paired_figures(unit_a: Block, unit_b: Block, changes: list[Region]) -> list[tuple[Figure, Figure]]:
    """(figure in A, figure in B) for every figure the amendment changed, in B's order."""
    figures_a = [f for f in figures_of(unit_a.body) if any(r.overlaps_a(f.start, f.end) for r in changes)]
    figures_b = [f for f in figures_of(unit_b.body) if any(r.overlaps_b(f.start, f.end) for r in changes)]
    candidates = []
    for a in figures_a:
        for b in figures_b:
            if a.family != b.family or (a.value, a.unit) == (b.value, b.unit):
                continue
            if not any(r.overlaps_a(a.start, a.end) and r.overlaps_b(b.start, b.end) for r in changes):
                continue
            shared = _shared_context(unit_a.body, a, unit_b.body, b)
            if shared:
                candidates.append((-shared, abs(a.start - b.start), a, b))
    pairs, used_a, used_b = [], set(), set()
    for _, _, a, b in sorted(candidates, key=lambda c: (c[0], c[1], c[2].start, c[3].start)):
        if a.start not in used_a and b.start not in used_b:
            used_a.add(a.start)
            used_b.add(b.start)
            pairs.append((a, b))
    return sorted(pairs, key=lambda pair: pair[1].start)


def thing_of(display: str, unit: Block, figure: Figure) -> str:
    """What the figure counts, as its sentence says it: the clause before it (from the last
    `。；：`, at most 16 characters, without an item number) and the words after it up to the next
    punctuation (at most 10): `春节，放假`, `对单位可以并处…以下的罚款`."""
    start, end = unit.display_span(figure.start, figure.end)
    body_start = unit.origin[0]  # after the article's number
    clause_start = max(body_start, *(display.rfind(mark, body_start, start) + 1 for mark in "。；;：:\n"))
    before = display[max(clause_start, start - 16):start]
    if clause_start < start - 16:  # cut inside the clause: start at a word (`会计年度`, not `计年度`)
        words = segmenter().cut(before)
        before = before[len(words[0]):] if len(words) > 1 else before
    before = re.sub(r"^[\s(（]*[一二三四五六七八九十\d]+[)）、.]\s*", "", before).lstrip("，,、 ")
    after = re.match(r"[^，,。；;：:、（(）)\n]{0,10}", display[end:unit.end]).group()
    return f"{before}…{after}" if after else before
