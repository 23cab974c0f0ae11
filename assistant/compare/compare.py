"""compare_texts: two versions of a document in, aligned units with their changes out. No LLM:
structure (units), alignment (align), changed words (marks) and figures (figures) are code."""

from __future__ import annotations

from collections import Counter

from assistant.compare.align import Pair, align
from assistant.compare.figures import paired_figures, thing_of
from assistant.compare.marks import display_marks, regions
from assistant.compare.model import Comparison, FigureChange, Summary, Unit
from assistant.compare.units import Block, split_units

STATUS_WORDS = (("reworded", "修改"), ("added", "新增"), ("removed", "删除"), ("moved", "移动"))


def compare_texts(display_a: str, display_b: str, title_a: str = "", title_b: str = "") -> Comparison:
    """Compare version A with version B of a document, given their display texts (the texts
    citations point into) and optionally their titles (they help recognise the title line)."""
    units_a = split_units(display_a, title_a)
    units_b = split_units(display_b, title_b)
    pairs = align(units_a, units_b)
    units = []
    for index_a, index_b, pair in reading_order(pairs, len(units_a), len(units_b)):
        if pair is None and index_b is None:
            units.append(_alone("removed", units_a[index_a], display_a))
        elif pair is None:
            units.append(_alone("added", units_b[index_b], display_b))
        else:
            units.append(_matched(units_a[index_a], units_b[index_b], pair, display_a, display_b))
    return Comparison(title_a or _title_line(units_a, display_a), title_b or _title_line(units_b, display_b),
                      units, summarize(units))


def _title_line(units: list[Block], display: str) -> str:
    """The title line when no title was given ("" when the text has none)."""
    first = units[0] if units else None
    return display[first.start:first.end] if first and first.label == "标题" else ""


def reading_order(pairs: list[Pair], count_a: int, count_b: int) -> list[tuple[int | None, int | None, Pair | None]]:
    """(index in A, index in B, pair) in B's order; a removed unit of A comes just before the B
    unit matched to the next A unit in order (where it stood), moved units stay at their B place."""
    by_b = {pair.b: pair for pair in pairs}
    matched_a = {pair.a for pair in pairs}
    order: list[tuple[int | None, int | None, Pair | None]] = []
    next_a = 0
    for index_b in range(count_b):
        pair = by_b.get(index_b)
        if pair is not None and pair.how != "moved":
            order.extend((i, None, None) for i in range(next_a, pair.a) if i not in matched_a)
            next_a = max(next_a, pair.a + 1)
        order.append((pair.a if pair else None, index_b, pair))
    order.extend((i, None, None) for i in range(next_a, count_a) if i not in matched_a)
    return order


def _span_text(unit: Block, display: str) -> tuple[tuple[int, int], str]:
    return (unit.start, unit.end), display[unit.start:unit.end]


def _alone(status: str, unit: Block, display: str) -> Unit:
    """An added or removed unit: all of its body is marked."""
    span, text = _span_text(unit, display)
    marks = [unit.display_span(0, len(unit.body))] if unit.body else []
    if status == "added":
        return Unit(status, unit.kind, None, unit.label, None, span, None, text, marks_b=marks, context=unit.context)
    return Unit(status, unit.kind, unit.label, None, span, None, text, None, marks_a=marks, context=unit.context)


def _matched(unit_a: Block, unit_b: Block, pair: Pair, display_a: str, display_b: str) -> Unit:
    span_a, text_a = _span_text(unit_a, display_a)
    span_b, text_b = _span_text(unit_b, display_b)
    status = "moved" if pair.how == "moved" else "unchanged" if unit_a.body == unit_b.body else "reworded"
    unit = Unit(status, unit_b.kind, unit_a.label, unit_b.label, span_a, span_b, text_a, text_b,
                similarity=round(pair.similarity, 3), context=unit_b.context)
    if unit_a.body == unit_b.body:
        return unit
    changes = regions(unit_a.body, unit_b.body)
    unit.marks_a, unit.marks_b = display_marks(unit_a, unit_b, changes)
    for figure_a, figure_b in paired_figures(unit_a, unit_b, changes):
        where_a = unit_a.display_span(figure_a.start, figure_a.end)
        where_b = unit_b.display_span(figure_b.start, figure_b.end)
        unit.figure_changes.append(FigureChange(
            thing_of(display_b, unit_b, figure_b), display_a[where_a[0]:where_a[1]], display_b[where_b[0]:where_b[1]],
            where_a, where_b, figure_a.value, figure_b.value, figure_b.unit,
        ))
    return unit


def summarize(units: list[Unit]) -> Summary:
    """Counts per status of the main unit (articles, else paragraphs), of headings and of the
    title/题注 lines, and the one-line Chinese summary."""
    main = "article" if any(unit.kind == "article" for unit in units) else "paragraph"
    word = "条" if main == "article" else "段"
    body = Counter(unit.status for unit in units if unit.kind == main)
    summary = Summary(
        unit_word=word, changed=body["reworded"], added=body["added"], removed=body["removed"], moved=body["moved"],
        renumbered=sum(1 for unit in units if unit.kind == main and unit.renumbered),
        unchanged=body["unchanged"], figures_changed=sum(len(unit.figure_changes) for unit in units),
        headings=dict(Counter(unit.status for unit in units if unit.kind == "heading")),
        header=dict(Counter(unit.status for unit in units if unit.kind == "header")),
        others=dict(Counter(unit.status for unit in units if unit.kind == "paragraph" != main)),
    )
    summary.line = summary_line(summary)
    return summary


def summary_line(summary: Summary) -> str:
    """`修改12条，新增3条，删除1条，条文序号变动40条，数字变化5处；章节标题修改1处；题注新增1行`."""
    word = summary.unit_word
    counts = {"reworded": summary.changed, "added": summary.added, "removed": summary.removed, "moved": summary.moved}
    main = [f"{name}{counts[status]}{word}" for status, name in STATUS_WORDS if counts[status]]
    if summary.renumbered:
        main.append(f"条文序号变动{summary.renumbered}条")
    if summary.figures_changed:
        main.append(f"数字变化{summary.figures_changed}处")
    parts = ["，".join(main)] if main else []
    apart = (("章节标题", summary.headings, "处"), ("其他段落", summary.others, "段"), ("标题及题注", summary.header, "行"))
    for title, counted, unit in apart:
        found = [f"{name}{counted[status]}{unit}" for status, name in STATUS_WORDS if counted.get(status)]
        if found:
            parts.append(title + "、".join(found))
    return "；".join(parts) if parts else "两个版本内容相同"
