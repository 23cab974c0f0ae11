"""What a comparison returns: aligned units, their changed words and figures, and a summary.

Every span is a pair of offsets into a display text (`display[start:end]`), the same offsets
citations use, so a front end can open both originals with the change highlighted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

STATUSES = ("unchanged", "reworded", "added", "removed", "moved")
Span = tuple[int, int]


@dataclass
class FigureChange:
    """The same counted thing with another number (`春节，放假`: `3天` → `4天`)."""

    thing: str  # the words around the figure in version B
    before: str  # the figure as version A writes it
    after: str
    span_a: Span
    span_b: Span
    value_before: float | None  # read by code: 五十万元 → 500000.0 (unit 元)
    value_after: float | None
    unit: str  # version B's unit, magnitudes folded into the value (万元 → 元)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Unit:
    """One aligned unit: an article, a chapter line, a paragraph, or a title/题注 line."""

    status: str  # one of STATUSES
    kind: str  # "header", "heading", "article" or "paragraph"
    label_a: str | None  # 第十二条, 第二章, 题注, 第5段 …; None on the side the unit is missing from
    label_b: str | None
    span_a: Span | None
    span_b: Span | None
    text_a: str | None
    text_b: str | None
    marks_a: list[Span] = field(default_factory=list)  # changed words (display offsets of A)
    marks_b: list[Span] = field(default_factory=list)
    figure_changes: list[FigureChange] = field(default_factory=list)
    similarity: float | None = None  # bigram Dice of the pair (1.0: same text)
    context: str = ""  # the chapters it stands under (version B's; A's for a removed unit)

    @property
    def renumbered(self) -> bool:
        """An article or chapter that kept its place in the text but changed its number."""
        return self.kind in ("article", "heading") and None not in (self.label_a, self.label_b) \
            and self.label_a != self.label_b

    def to_dict(self) -> dict:
        found = asdict(self)
        found["renumbered"] = self.renumbered
        return found


@dataclass
class Summary:
    """Counts over the document's main unit (articles, or paragraphs where there are none);
    chapter/section headings, the title/题注 lines and paragraphs outside the articles are
    counted apart, in `headings`, `header` and `others`, so that `修改12条` counts articles only."""

    unit_word: str  # 条 or 段
    changed: int = 0  # reworded
    added: int = 0
    removed: int = 0
    moved: int = 0
    renumbered: int = 0  # matched with another number (whatever their status)
    unchanged: int = 0
    figures_changed: int = 0  # figure changes in all units
    headings: dict[str, int] = field(default_factory=dict)  # status → count
    header: dict[str, int] = field(default_factory=dict)
    others: dict[str, int] = field(default_factory=dict)  # paragraphs outside the articles (a preamble)
    line: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Comparison:
    title_a: str
    title_b: str
    units: list[Unit]  # in version B's reading order, removed units where they stood in A
    summary: Summary
    doc_a: str = ""  # the indexed documents compared, when they are (citations open them)
    doc_b: str = ""

    def to_dict(self) -> dict:
        return {"doc_a": self.doc_a, "doc_b": self.doc_b, "title_a": self.title_a, "title_b": self.title_b,
                "summary": self.summary.to_dict(), "units": [unit.to_dict() for unit in self.units]}

    def changes(self) -> list[Unit]:
        """The units that differ (renumbered-only articles left out)."""
        return [unit for unit in self.units if unit.status != "unchanged"]

    def to_markdown(self, include_unchanged: bool = False) -> str:
        from assistant.compare.export import to_markdown

        return to_markdown(self, include_unchanged)

    def to_docx(self, path: str | Path, include_unchanged: bool = False) -> Path:
        from assistant.compare.export import to_docx

        return to_docx(self, Path(path), include_unchanged)
