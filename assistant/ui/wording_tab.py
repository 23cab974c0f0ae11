"""The 查找原文表述 tab: where the documents use a wording, exact or near, in context."""

from __future__ import annotations

import gradio as gr

from assistant.retrieval import SearchFilters
from assistant.services import Assistant
from assistant.ui import render
from assistant.ui.documents_tab import document_choices


class WordingTab:
    def __init__(self, assistant: Assistant):
        self.assistant = assistant

    def find(self, phrase, docs, since, until, sort):
        if not (phrase or "").strip():
            return "<p>请输入要查找的表述。</p>"
        filters = SearchFilters.written(docs, since or None, until or None)
        with self.assistant.lock:
            return render.kwic_rows(self.assistant.find(phrase, filters, sort))

    def build(self) -> gr.Dropdown:
        """The tab's components (inside a gr.Blocks); returns its document picker."""
        phrase = gr.Textbox(label="表述", placeholder="例如：铸牢中华民族共同体意识", elem_id="phrase")
        with gr.Row():
            docs = gr.Dropdown(document_choices(self.assistant), multiselect=True, label="限定文件")
            since = gr.Textbox(label="起始日期（YYYY-MM-DD）")
            until = gr.Textbox(label="截止日期（YYYY-MM-DD）")
            sort = gr.Radio([("相关度", "relevance"), ("日期", "date")], value="relevance", label="排序")
        search = gr.Button("查找", variant="primary", elem_id="find")
        hits = gr.HTML(elem_id="kwic")
        search.click(self.find, [phrase, docs, since, until, sort], hits)
        phrase.submit(self.find, [phrase, docs, since, until, sort], hits)
        return docs
