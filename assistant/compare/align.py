"""Which unit of version A is which unit of version B.

Three passes, each on what the previous left:

1. Anchors: units whose normalized text is identical (the article number aside, so a
   renumbered article is still an anchor), matched in order by difflib's SequenceMatcher on the
   sequences of (kind, text) keys; a text its document repeats (`各位代表！`) only extends an
   anchor run, it never starts one. In an amended law nearly every article is an anchor.
2. Between two consecutive anchors: an order-preserving alignment by similarity (the character
   bigram Dice coefficient of the normalized texts), by dynamic programming as in sequence
   alignment, maximizing the summed gain `similarity − SIMILAR` of the pairs. This matches
   reworded articles, renumbered ones included, in their place. Summing the similarity itself
   let many weak pairs outvote one strong one: in the 政府工作报告 2023→2024 it paired 2023's
   five-year review paragraph by paragraph with 2024's work plan and left the 预期目标 paragraph
   (0.76) out of order.
3. What is still unmatched on both sides, paired greedily by descending similarity at or above
   MOVED: units that crossed others, reported as moved.

Thresholds, measured on the ten law pairs of corpus-versions. Between 0.4 and 0.3, pass 2 gains
7 pairs, all right when read (立法法 第三条 0.37, the 施行 article of 行政复议法 43→90 0.33,
its 第十七条→第三十条 0.39 — both `收到行政复议申请后，应当在五日内进行审查` —, the purpose article
of 国务院组织法 0.32 …); between 0.3 and 0.25 it gains 4, of which 3 are wrong (监督法 决算审查 →
国有资产管理 0.27, 行政复议法 撤回申请 → 履行职责 0.25, 转送 → 驳回 0.28). Unrelated articles of one
law share its vocabulary (`行政复议机关`, `应当`, `人民政府`) and score up to 0.33–0.49 at the 99th
percentile, but order already guards pass 2. SIMILAR is 0.3. Pass 3 has no order to guard it:
MOVED is 0.4, where the moved heirs of 行政复议法 (第三十条→第二十三条 0.42, 第十五条→第二十四条 0.41,
第二十四条→第四十六条 0.41) are still found. Title and 题注 lines (kind "header") are matched only
with a line of the same date, and moved only when identical.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from assistant.compare.units import Block
from assistant.ingest.dates import FULL_DATE

SIMILAR = 0.3
MOVED = 0.4
GAIN_BASE = SIMILAR - 1e-6
# Above this many cells a gap is left to the greedy pass 3 (whose pairs that cross nothing count
# as in order). Every article of 刑法 2023 reworded, chapters included, is one 576 × 560 gap:
# 2.1 s with pass 2, 1.6 s without, on 2 cores; the largest gap in corpus-versions is 97 × 87
# paragraphs (政府工作报告 2023→2024).
MAX_GAP_CELLS = 400_000


@dataclass(frozen=True)
class Pair:
    a: int  # index into version A's units
    b: int  # index into version B's units
    how: str  # "same" (identical text), "similar" (in order), "moved" (out of order)
    similarity: float


def dice(a: Block, b: Block) -> float:
    """Character bigram Dice coefficient of two units' normalized texts (1.0: same bigrams)."""
    if not a.grams or not b.grams:
        return 0.0
    return 2 * len(a.grams & b.grams) / (len(a.grams) + len(b.grams))


def _comparable(a: Block, b: Block) -> bool:
    """Units of one kind; a title or 题注 line only with one of the same date (the same event:
    `2008年8月3日 国务院令第529号公布` / `2008年8月3日 中华人民共和国国务院令第529号公布`)."""
    if a.kind != b.kind:
        return False
    if a.kind != "header":
        return True
    date_a, date_b = FULL_DATE.match(a.body), FULL_DATE.match(b.body)
    return (date_a and date_a.group()) == (date_b and date_b.group())


def _similarity(a: Block, b: Block, floor: float) -> float:
    """dice(a, b), or 0 when the sizes alone keep it under `floor` (most pairs, at no cost)."""
    small, large = sorted((len(a.grams), len(b.grams)))
    if not _comparable(a, b) or not large or 2 * small / (small + large) < floor:
        return 0.0
    return dice(a, b)


def align(units_a: list[Block], units_b: list[Block]) -> list[Pair]:
    """The pairs, each unit in at most one; the rest were removed (A) or added (B)."""
    keys_a = [unit.key for unit in units_a]
    keys_b = [unit.key for unit in units_b]
    repeated = {key for keys in (keys_a, keys_b) for key, count in Counter(keys).items() if count > 1}
    matcher = SequenceMatcher(repeated.__contains__, keys_a, keys_b, autojunk=False)
    pairs: list[Pair] = []
    previous_a = previous_b = 0
    for block in matcher.get_matching_blocks():  # the last block is (len_a, len_b, 0)
        gap_a = range(previous_a, block.a)
        gap_b = range(previous_b, block.b)
        pairs.extend(_align_gap(units_a, units_b, gap_a, gap_b))
        pairs.extend(Pair(block.a + k, block.b + k, "same", 1.0) for k in range(block.size))
        previous_a, previous_b = block.a + block.size, block.b + block.size
    in_order = sorted(pairs, key=lambda pair: pair.a)
    for pair in _moved(units_a, units_b, pairs, repeated):
        crosses = _crosses(in_order, pair)
        pairs.append(pair if crosses else Pair(pair.a, pair.b, "similar", pair.similarity))
    return sorted(pairs, key=lambda pair: pair.b)


def _crosses(in_order: list[Pair], pair: Pair) -> bool:
    """Whether the pair crosses the in-order pairs (sorted by a, hence by b): the pair before
    it in A must be before it in B, and the pair after it after it. A pair of step 3 that
    crosses nothing (possible only in a gap too large for step 2) is in order after all."""
    index = bisect.bisect_left([p.a for p in in_order], pair.a)
    before = in_order[index - 1].b if index else -1
    after = in_order[index].b if index < len(in_order) else float("inf")
    return not before < pair.b < after


def _align_gap(units_a: list[Block], units_b: list[Block], gap_a: range, gap_b: range) -> list[Pair]:
    """The order-preserving pairing of maximal summed gain (similarity − SIMILAR, each pair ≥ SIMILAR)."""
    n, m = len(gap_a), len(gap_b)
    if not n or not m or n * m > MAX_GAP_CELLS:
        return []
    similarity = [[_similarity(units_a[i], units_b[j], SIMILAR) for j in gap_b] for i in gap_a]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(1, n + 1):
        row, above = score[x], score[x - 1]
        for y in range(1, m + 1):
            best = max(row[y - 1], above[y])
            gain = similarity[x - 1][y - 1] - GAIN_BASE
            if gain > 0 and above[y - 1] + gain > best:
                best = above[y - 1] + gain
            row[y] = best
    found = []
    x, y = n, m
    while x and y:
        value = similarity[x - 1][y - 1]
        if value >= SIMILAR and abs(score[x][y] - score[x - 1][y - 1] - (value - GAIN_BASE)) < 1e-9:
            found.append(Pair(gap_a[x - 1], gap_b[y - 1], "similar", value))
            x, y = x - 1, y - 1
        elif score[x][y] == score[x - 1][y]:
            x -= 1
        else:
            y -= 1
    return found[::-1]


def _moved(units_a: list[Block], units_b: list[Block], pairs: list[Pair], repeated: set) -> list[Pair]:
    """Unmatched units paired across the order: the most similar pair first, each ≥ MOVED. A
    text its document repeats (`各位代表！` opens several parts of a report) says nothing about
    where it went and is left out."""
    taken_a = {pair.a for pair in pairs}
    taken_b = {pair.b for pair in pairs}
    free_a = [i for i in range(len(units_a)) if i not in taken_a and units_a[i].key not in repeated]
    free_b = [j for j in range(len(units_b)) if j not in taken_b and units_b[j].key not in repeated]
    candidates = []
    for i in free_a:
        for j in free_b:
            value = _similarity(units_a[i], units_b[j], MOVED)
            if value >= MOVED and (units_a[i].kind != "header" or units_a[i].body == units_b[j].body):
                candidates.append((value, i, j))
    found = []
    for value, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        found.append(Pair(i, j, "moved", value))
    return found
