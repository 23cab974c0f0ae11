"""HTML for the web UI. Every piece of document or answer text is escaped: documents are shown
as text, never as markup (a document containing <script> shows the characters)."""

from __future__ import annotations

from html import escape

from assistant.answering.models import Answer, Citation
from assistant.ingest.normalize import to_simplified
from assistant.originals import location_label
from assistant.retrieval import source_label

HIGHLIGHT = 'mark class="cite-span"'


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def where(citation_or_passage) -> str:
    passage = getattr(citation_or_passage, "passage", citation_or_passage)
    label = source_label(passage.title, passage.heading, passage.date, " · ")
    return label + (f" · 来源：{passage.source}" if passage.source else "")


def citation_label(citation: Citation, span_chars: int = 18, title_chars: int = 14) -> str:
    """`[2] 二是经费严重不足,今年我市民族团结…《中共拉萨市民族事务委员会…》`: the quoted span first,
    so the citations of one document (an outline answer cites ten) can be told apart."""
    passage = citation.passage
    span = " ".join(passage.text[citation.span_start - passage.start:citation.span_end - passage.start].split())
    title = passage.title if len(passage.title) <= title_chars else passage.title[:title_chars] + "…"
    return f"[{citation.n}] {span[:span_chars]}{'…' if len(span) > span_chars else ''}《{title}》"


def citation_panel(citation: Citation) -> str:
    """The cited passage with the supporting span highlighted, and where it stands."""
    passage = citation.passage
    start, end = citation.span_start - passage.start, citation.span_end - passage.start
    body = (_paragraphs(passage.text[:start]) + f"<{HIGHLIGHT}>" + _paragraphs(passage.text[start:end]) + "</mark>"
            + _paragraphs(passage.text[end:]))
    place = location_label(citation.page, citation.paragraphs)
    page = f" · {place}" if place else ""
    return (f'<div class="citation-panel"><div class="cite-where">[{citation.n}] {escape(where(citation))}{page}</div>'
            f'<div class="cite-text">{body}</div></div>')


def original_page(original) -> str:
    """The cited page rendered with the span highlighted (or, when its place on the page is not
    certain, the page without marks and a line saying so)."""
    import base64

    if original is None or original.png is None:
        return ""
    note = "" if original.highlighted else "<p class='cite-where'>此处无法精确定位到页面位置，请以下方原文中标出的文字为准。</p>"
    if original.note:
        note += f"<p class='cite-where'>{escape(original.note)}</p>"
    image = base64.b64encode(original.png).decode()
    return (f'<div class="original-page"><div class="cite-where">原件第{original.page}页</div>{note}'
            f'<img alt="原件第{original.page}页" src="data:image/png;base64,{image}" style="max-width:100%;max-height:560px"></div>')


def document_view(title: str, display: str, start: int, end: int) -> str:
    """The whole document with the span highlighted; the page scrolls to it (id=cite-target)."""
    body = (_paragraphs(display[:start]) + '<mark id="cite-target" class="cite-span">' + _paragraphs(display[start:end])
            + "</mark>" + _paragraphs(display[end:]))
    return f'<div class="document-view"><h3>{escape(title)}</h3><div class="doc-text">{body}</div></div>'


def passages_list(answer: Answer) -> str:
    """For a refusal: the closest passages, each with where it stands."""
    items = []
    for number, passage in enumerate(answer.passages, 1):
        items.append(f"<li><div class='cite-where'>{escape(where(passage))}</div>"
                     f"<div>{_paragraphs(to_simplified(passage.text[:160]))}…</div></li>")
    return f"<ol class='closest'>{''.join(items)}</ol>"


def copy_text(answer: Answer) -> str:
    """The answer with its numbered references, as plain text for pasting into a document."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("参考：")
        for citation in answer.citations:
            lines.append(f"[{citation.n}] {where(citation)}")
    return "\n".join(lines)


def kwic_rows(result) -> str:
    """Wording-search hits as keyword-in-context lines, with a copy button per hit."""
    kinds = {"exact": "原文", "near": "近似", "meaning": "语义"}
    rows = []
    for index, hit in enumerate(result.hits):
        located = location_label(hit.page, hit.paragraphs)
        place = source_label(hit.title, hit.heading, hit.date, " · ") + (f" · {located}" if located else "")
        quoted = escape(f"{hit.match}（{place}）", quote=True)
        rows.append(
            f"<div class='kwic-row kind-{hit.kind}'><span class='kwic-kind'>{kinds[hit.kind]}</span>"
            f"<span class='kwic-left'>{escape(hit.left)}</span><mark class='kwic-match'>{escape(hit.match)}</mark>"
            f"<span class='kwic-right'>{escape(hit.right)}</span>"
            f"<button class='kwic-copy' data-copy=\"{quoted}\" onclick=\"navigator.clipboard.writeText(this.dataset.copy)\">复制</button>"
            f"<div class='kwic-where'>{escape(place)}（{escape(hit.doc_id)}，{hit.start}–{hit.end}）</div></div>"
        )
    counts = "，".join(f"{escape(doc_id)}：{count}" for doc_id, count in result.per_doc.items())
    header = f"<div class='kwic-total'>共 {sum(result.per_doc.values())} 处；各文件：{counts}</div>" if rows else \
        "<div class='kwic-total'>资料中未找到这一表述。</div>"
    return header + "".join(rows)


CSS = """
.cite-span, .kwic-match { background: #ffe58f; padding: 0 2px; }
.citation-panel, .document-view { line-height: 1.8; font-size: 15px; }
.cite-where, .kwic-where { color: #666; font-size: 13px; margin-bottom: 4px; }
.document-view { max-height: 520px; overflow-y: auto; }
.kwic-row { border-bottom: 1px solid #eee; padding: 6px 0; }
.kwic-kind { display: inline-block; min-width: 3em; color: #1677ff; }
.kwic-copy { margin-left: 8px; font-size: 12px; }
.compare-table { width: 100%; border-collapse: collapse; font-size: 14px; line-height: 1.7; }
.compare-table td, .compare-table th { border: 1px solid #ddd; padding: 6px; vertical-align: top; width: 40%; }
.compare-table td.note { width: 20%; color: #444; }
mark.removed { background: #ffccc7; text-decoration: line-through; }
mark.added { background: #d9f7be; }
.trend-chart { margin: 6px 0 14px; }
"""


def marked(text: str | None, start: int, marks: list[tuple[int, int]], css: str) -> str:
    """A unit's text (starting at display offset `start`) with its changed words marked."""
    if not text:
        return ""
    pieces, position = [], 0
    for mark_start, mark_end in sorted(marks):
        local_start, local_end = max(position, mark_start - start), min(len(text), mark_end - start)
        if local_end <= local_start:
            continue
        pieces += [_paragraphs(text[position:local_start]),
                   f'<mark class="{css}">{_paragraphs(text[local_start:local_end])}</mark>']
        position = local_end
    return "".join(pieces) + _paragraphs(text[position:])


def comparison_table(comparison, units, notes: list[str]) -> str:
    """The 修改对照表: 原文 (removed words struck) / 修改后 (added words green) / 说明."""
    rows = []
    for unit, note in zip(units, notes):
        left = marked(unit.text_a, unit.span_a[0] if unit.span_a else 0, unit.marks_a, "removed")
        right = marked(unit.text_b, unit.span_b[0] if unit.span_b else 0, unit.marks_b, "added")
        rows.append(f'<tr class="unit-{unit.status}"><td>{left}</td><td>{right}</td><td class="note">'
                    f"{escape(note)}</td></tr>")
    head = (f'<p class="compare-summary">《{escape(comparison.title_a)}》 → 《{escape(comparison.title_b)}》：'
            f"{escape(comparison.summary.line)}</p>")
    return (head + '<table class="compare-table"><tr><th>原文</th><th>修改后</th><th>说明</th></tr>'
            + "".join(rows) + "</table>")


def trend_chart(name: str, points) -> str:
    """One series as a small line chart (inline SVG) and its points, each cited."""
    valued = [point for point in points if point.year]
    svg = ""
    if len(valued) >= 2:
        years = [point.year for point in valued]
        values = [point.value for point in valued]
        low, high = min(values), max(values) or 1
        span_x, span_y = max(1, max(years) - min(years)), (high - low) or 1
        coordinates = [(20 + 360 * (p.year - min(years)) / span_x, 90 - 70 * (p.value - low) / span_y) for p in valued]
        line = " ".join(f"{x:.0f},{y:.0f}" for x, y in coordinates)
        labels = "".join(f'<text x="{x:.0f}" y="{y - 6:.0f}" font-size="11" text-anchor="middle">'
                         f"{escape(p.figure)}</text><text x=\"{x:.0f}\" y=\"112\" font-size=\"11\" "
                         f'text-anchor="middle">{p.year}</text>' for (x, y), p in zip(coordinates, valued))
        svg = (f'<svg class="trend-chart" width="400" height="120"><polyline points="{line}" fill="none" '
               f'stroke="#1677ff" stroke-width="2"/>{labels}</svg>')
    items = "".join(
        f"<li>{p.year or '年份未注明'}{'年' if p.year else ''} {escape(p.kind)} <b>{escape(p.figure)}</b>"
        f"<div class='cite-where'>《{escape(p.title)}》（{escape(p.doc_id)}，{p.start}–{p.end}）："
        f"{escape(p.sentence)}</div></li>" for p in points)
    return f"<h4>{escape(name or '（未注明地区或单位）')}</h4>{svg}<ol class='trend-points'>{items}</ol>"
