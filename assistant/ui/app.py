"""The web UI (gradio), mounted at / beside the HTTP API: one builder per tab (chat_tab,
wording_tab, compare_tab, quiz_tab, documents_tab), each wiring its components to service calls — no
retrieval, cleaning or answer logic here. Labels are Chinese; document text is always escaped."""

from __future__ import annotations

import gradio as gr

from assistant.llm.backends import installed_modes
from assistant.services import Assistant
from assistant.ui import render
from assistant.ui.chat_tab import ChatTab
from assistant.ui.compare_tab import CompareTab
from assistant.ui.documents_tab import DocumentsTab
from assistant.ui.quiz_tab import QuizTab
from assistant.ui.wording_tab import WordingTab


def build_ui(assistant: Assistant) -> gr.Blocks:
    with gr.Blocks(title="政策文件问答助手") as ui:
        gr.HTML(f"<style>{render.CSS}</style>")
        gr.Markdown("## 政策文件问答助手")
        with gr.Tab("问答"):
            ChatTab(assistant, installed_modes(assistant.settings)).build()
        with gr.Tab("查找原文表述"):
            wording_documents = WordingTab(assistant).build()
        with gr.Tab("对比与趋势"):
            compare_documents = CompareTab(assistant).build()
        with gr.Tab("出题"):
            quiz_documents = QuizTab(assistant).build()
        with gr.Tab("文档管理"):
            DocumentsTab(assistant).build(pickers=[wording_documents, *compare_documents, quiz_documents])
    return ui


def create_app(assistant: Assistant):
    """The HTTP API with the UI mounted at /."""
    from assistant.api import create_api

    settings = assistant.settings
    app = create_api(assistant, with_root_redirect=False)
    auth = (settings.ui_user, settings.ui_password) if settings.ui_password else None
    return gr.mount_gradio_app(app, build_ui(assistant), path="/", server_name=settings.host,
                               server_port=settings.port, auth=auth, auth_message="政策文件问答助手：请登录")
