"""The changed words inside a matched pair of units.

Amendments to Chinese legal text are often one word (`可以`→`应当`, `五日`→`十日`,
`星期六`→`周六`, `帐簿`→`账簿`), so the diff is by character (difflib's SequenceMatcher on the
normalized texts, no junk heuristic: `的`, `，` are ordinary characters here) and each changed
run is then widened to jieba word boundaries on its own side, so a mark covers `星期六`/`周六`, not
`星期`/`周` with a dangling `六`. Two changes separated by at most MAX_EQUAL_GAP unchanged
characters are one change: a character diff of a rewritten clause otherwise lights up every
coincidental `的` or `，` between the changes (行政复议法 2017 第十五条 → 2023 第二十四条: 25 marks
become 12; over the 66 reworded articles of that pair, 270 become 199; amendments of a word or
two are untouched, 会计法 2017→2024: 134 → 118).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from assistant.compare.units import Block
from assistant.tokens import segmenter

MAX_EQUAL_GAP = 2


@dataclass(frozen=True)
class Region:
    """One change: body_a[a1:a2] became body_b[b1:b2] (either side may be empty)."""

    a1: int
    a2: int
    b1: int
    b2: int

    def overlaps_a(self, start: int, end: int) -> bool:
        return _overlaps(self.a1, self.a2, start, end)

    def overlaps_b(self, start: int, end: int) -> bool:
        return _overlaps(self.b1, self.b2, start, end)


def _overlaps(first: int, last: int, start: int, end: int) -> bool:
    """[first, last) meets [start, end); an empty change (an insertion point) meets the span it falls inside."""
    if first == last:
        return start < first < end
    return first < end and start < last


@lru_cache(maxsize=2048)
def word_bounds(text: str) -> tuple[int, ...]:
    """Offsets where jieba's words start, and the text's end."""
    bounds, cursor = [0], 0
    for word in segmenter().cut(text):
        cursor += len(word)
        bounds.append(cursor)
    return tuple(bounds)


def _extent(start: int, end: int, bounds: tuple[int, ...]) -> tuple[int, int]:
    """How far [start, end) must grow on each side to start and end at word boundaries."""
    left = start - bounds[bisect.bisect_right(bounds, start) - 1]
    right = bounds[bisect.bisect_left(bounds, end)] - end
    return left, right


def _widen(a1: int, a2: int, b1: int, b2: int, bounds_a: tuple, bounds_b: tuple) -> list[int]:
    """A replacement grown to whole words on an edge where both sides need the same growth:
    `星期`/`周` before `六` become `星期六`/`周六`, `五`/`十` before `日` become `五日`/`十日`. Where
    only one side needs it the edge stays (jieba reads `1日至3日` as `1`·`日至`·`3`·`日`; `日` is
    no part of the change `、2日、`→`至`)."""
    left_a, right_a = _extent(a1, a2, bounds_a)
    left_b, right_b = _extent(b1, b2, bounds_b)
    if left_a == left_b:
        a1, b1 = a1 - left_a, b1 - left_b
    if right_a == right_b:
        a2, b2 = a2 + right_a, b2 + right_b
    return [a1, a2, b1, b2]


def _boundary_score(text: str, start: int, end: int) -> int:
    """How well [start, end) of text sits between punctuation (2: on both sides)."""
    before = start == 0 or not text[start - 1].isalnum() or not text[start].isalnum()
    after = end == len(text) or not text[end].isalnum() or not text[end - 1].isalnum()
    return before + after


def _shift(text: str, start: int, end: int) -> int:
    """How far a pure insertion or deletion text[start:end] slides (its content the same, as in
    `(5月1[日、2]日)` → `(5月1日[、2日])`) to sit best between punctuation; negative: left."""
    best, best_score = 0, _boundary_score(text, start, end)
    offset = 0
    while start + offset > 0 and text[start + offset - 1] == text[end + offset - 1]:
        offset -= 1
        if _boundary_score(text, start + offset, end + offset) > best_score:
            best, best_score = offset, _boundary_score(text, start + offset, end + offset)
    offset = 0
    while end + offset < len(text) and text[start + offset] == text[end + offset]:
        offset += 1
        if _boundary_score(text, start + offset, end + offset) > best_score:
            best, best_score = offset, _boundary_score(text, start + offset, end + offset)
    return best


def regions(body_a: str, body_b: str) -> list[Region]:
    """The changes from body_a to body_b, merged across short unchanged runs, set on words."""
    merged: list[list[int]] = []
    matcher = SequenceMatcher(None, body_a, body_b, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if merged and a1 - merged[-1][1] <= MAX_EQUAL_GAP and b1 - merged[-1][3] <= MAX_EQUAL_GAP:
            merged[-1][1], merged[-1][3] = a2, b2
        else:
            merged.append([a1, a2, b1, b2])
    if not merged:
        return []
    bounds_a, bounds_b = word_bounds(body_a), word_bounds(body_b)
    placed: list[list[int]] = []
    for a1, a2, b1, b2 in merged:
        if a1 == a2:
            offset = _shift(body_b, b1, b2)
            region = [a1 + offset, a2 + offset, b1 + offset, b2 + offset]
        elif b1 == b2:
            offset = _shift(body_a, a1, a2)
            region = [a1 + offset, a2 + offset, b1 + offset, b2 + offset]
        else:
            region = _widen(a1, a2, b1, b2, bounds_a, bounds_b)
        if placed and region[0] <= placed[-1][1] and region[2] <= placed[-1][3]:
            last = placed[-1]
            placed[-1] = [min(last[0], region[0]), max(last[1], region[1]), min(last[2], region[2]), max(last[3], region[3])]
        else:
            placed.append(region)
    return [Region(*region) for region in placed]


def display_marks(unit_a: Block, unit_b: Block, changes: list[Region]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The changes as display spans on each side (absolute offsets; insertion points left out)."""
    marks_a = [unit_a.display_span(r.a1, r.a2) for r in changes if r.a2 > r.a1]
    marks_b = [unit_b.display_span(r.b1, r.b2) for r in changes if r.b2 > r.b1]
    return marks_a, marks_b
