"""The 对比与趋势 tab: two versions compared (the 修改对照表 with changed words marked on both
sides; a changed unit opens both originals at its place), and a figure followed across years."""

from __future__ import annotations

import uuid
from html import escape

import gradio as gr

from assistant.compare.export import note, rows
from assistant.retrieval import SearchFilters
from assistant.services import Assistant
from assistant.ui import render
from assistant.ui.documents_tab import document_choices
from assistant.ui.quiz_tab import safe_name


class CompareTab:
    def __init__(self, assistant: Assistant):
        self.assistant = assistant

    def compare(self, first, second):
        """The table, the changed units to open, the DOCX 修改对照表, and the comparison kept
        for opening its units (the pickers may change meanwhile)."""
        if not first or not second:
            return "<p>请选择要对比的两个文件。</p>", gr.update(choices=[], value=None), None, None
        with self.assistant.lock:
            comparison = self.assistant.compare(first, second)
        changed = rows(comparison, include_unchanged=False)
        notes = [note(unit) for unit in changed]
        choices = [(f"{unit.label_a or '—'} → {unit.label_b or '—'}：{text[:30]}", index)
                   for index, (unit, text) in enumerate(zip(changed, notes))]
        path = (self.assistant.settings.index_dir / "exports" / uuid.uuid4().hex[:12]
                / f"修改对照表-{safe_name(first)}-{safe_name(second)}.docx")
        path.parent.mkdir(parents=True, exist_ok=True)
        comparison.to_docx(path)
        return (render.comparison_table(comparison, changed, notes), gr.update(choices=choices, value=None), str(path),
                comparison)

    def open_originals(self, comparison, index):
        """Both documents, each scrolled to the chosen unit's span (a side it is missing from: unmarked)."""
        if index is None or comparison is None:
            return "<p>请先选择一处修改。</p>", ""
        unit = rows(comparison, include_unchanged=False)[int(index)]
        with self.assistant.lock:
            sides = []
            for doc_id, span in ((comparison.doc_a, unit.span_a), (comparison.doc_b, unit.span_b)):
                display = self.assistant.document_text(doc_id)
                title = next((d.title for d in self.assistant.documents() if d.doc_id == doc_id), doc_id)
                sides.append(render.document_view(title, display, *(span or (0, 0))))
        return tuple(sides)

    def trend(self, measure: str):
        measure = (measure or "").strip()
        if not measure:
            return "<p>请输入要查看的指标，例如：提案办复率。</p>"
        with self.assistant.lock:
            trend = self.assistant.trend(measure, SearchFilters())
        if not trend.points:
            return f"<p>资料中未找到“{escape(measure)}”及其数值。</p>"
        charts = "".join(render.trend_chart(name, points) for name, points in trend.series().items())
        more = f"<p>另有{trend.without_value}处提到该指标但未给出数值。</p>" if trend.without_value else ""
        return f'<div id="trend-series">{charts}{more}</div>'

    def build(self) -> list[gr.Dropdown]:
        """The tab's components (inside a gr.Blocks); returns its document pickers."""
        choices = document_choices(self.assistant)
        with gr.Row():
            first = gr.Dropdown(choices, label="原版本", elem_id="compare-first")
            second = gr.Dropdown(choices, label="新版本", elem_id="compare-second")
            run = gr.Button("对比", variant="primary", elem_id="compare")
        table = gr.HTML(elem_id="comparison")
        download = gr.File(label="下载修改对照表（DOCX）", elem_id="compare-file")
        with gr.Row():
            unit = gr.Dropdown([], label="选择一处修改，查看两侧原文", elem_id="compare-units")
            show = gr.Button("查看两侧原文", elem_id="compare-open")
        with gr.Row():
            original_a = gr.HTML(elem_id="original-a")
            original_b = gr.HTML(elem_id="original-b")
        compared = gr.State(None)
        run.click(self.compare, [first, second], [table, unit, download, compared])
        show.click(self.open_originals, [compared, unit], [original_a, original_b])
        gr.Markdown("### 数字跨年份追踪")
        with gr.Row():
            measure = gr.Textbox(label="指标（如：提案办复率、赤字率）", elem_id="trend-measure")
            follow = gr.Button("查看趋势", elem_id="trend")
        chart = gr.HTML(elem_id="trend-view")
        follow.click(self.trend, [measure], [chart])
        measure.submit(self.trend, [measure], [chart])
        return [first, second]
