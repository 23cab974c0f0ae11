"""The web UI (gradio), mounted at / beside the HTTP API. It only calls the services: no
retrieval, cleaning or answer logic here. Labels are Chinese; document text is always escaped."""

from __future__ import annotations

import queue
import threading
from html import escape
from pathlib import Path

import gradio as gr

from assistant.chat import Conversation, ConversationStore
from assistant.llm.backends import installed_modes
from assistant.quiz import TYPES
from assistant.retrieval import SearchFilters
from assistant.services import Assistant
from assistant.ui import render

MODE_LABELS = {"extractive": "原文摘录（不用大模型）", "local": "本地大模型", "openai": "在线大模型服务"}
TYPE_LABELS = {"single": "单选", "multi": "多选", "blank": "填空", "judge": "判断"}
SCROLL_TO_SPAN = "() => { setTimeout(() => { const m = document.getElementById('cite-target'); if (m) m.scrollIntoView({block: 'center'}); }, 300); }"


def as_text(text: str) -> str:
    """Chat message content that the chatbot shows character for character: quoted document
    text may hold tags (`<b>`, `<img onerror=…>`), which must be seen, not rendered."""
    return escape(text).replace("\n", "<br>")


def build_ui(assistant: Assistant) -> gr.Blocks:
    store = ConversationStore(assistant.settings.index_dir / "conversations")
    modes = installed_modes(assistant.settings)

    def conversation_choices():
        return [(f"{question[:24]}", conversation_id) for conversation_id, question, _ in store.list()]

    def messages_of(conversation: Conversation) -> list[dict]:
        messages = []
        for turn in conversation.turns:
            messages.append({"role": "user", "content": as_text(turn.question)})
            text = "\n".join([turn.answer.answer, *(f"（{notice}）" for notice in turn.answer.notices)])
            if turn.rewritten:
                text = f"（理解为：{turn.rewritten}）\n\n{text}"
            messages.append({"role": "assistant", "content": as_text(text)})
        return messages

    def citation_choices(conversation: Conversation):
        if not conversation.turns:
            return gr.update(choices=[], value=None)
        answer = conversation.turns[-1].answer
        return gr.update(choices=[(render.citation_label(c), c.n) for c in answer.citations], value=None)

    # ------------------------------------------------------------------ chat
    def ask(question: str, mode: str, conversation_id: str | None):
        question = (question or "").strip()
        conversation = store.load(conversation_id) if conversation_id else Conversation()
        if not question:
            yield messages_of(conversation), "", gr.update(), "", "", conversation_id, gr.update()
            return
        messages = messages_of(conversation) + [{"role": "user", "content": as_text(question)}]
        yield messages + [{"role": "assistant", "content": "正在检索与核对……"}], "", gr.update(choices=[], value=None), \
            "", "", conversation_id, gr.update()
        if mode == "extractive":
            with assistant.lock:
                answer = assistant.chat(conversation, question, mode=mode)
        else:  # stream the model's tokens; the verified answer replaces them when it is ready
            tokens: queue.Queue = queue.Queue()
            outcome: dict = {}

            def work():
                try:
                    with assistant.lock:
                        outcome["answer"] = assistant.chat(conversation, question, mode=mode, on_token=tokens.put)
                except Exception as error:  # shown to the user below, not swallowed
                    outcome["error"] = error
                finally:
                    tokens.put(None)

            threading.Thread(target=work, daemon=True).start()
            streamed = ""
            while (token := tokens.get()) is not None:
                streamed += token
                yield messages + [{"role": "assistant", "content": as_text(f"（生成中，核对前）{streamed}")}], "", gr.update(), \
                    "", "", conversation_id, gr.update()
            if "error" in outcome:
                raise gr.Error(str(outcome["error"]))
            answer = outcome["answer"]
        store.save(conversation)
        details = render.passages_list(answer) if answer.refused else ""
        yield (messages_of(conversation), "", citation_choices(conversation), details, render.copy_text(answer),
               conversation.id, gr.update(choices=conversation_choices(), value=conversation.id))

    def show_citation(number, conversation_id):
        if not number or not conversation_id:
            return ""
        answer = store.load(conversation_id).turns[-1].answer
        citation = next((c for c in answer.citations if c.n == number), None)
        return render.citation_panel(citation) if citation else ""

    def show_document(number, conversation_id):
        if not number or not conversation_id:
            return "<p>请先点击一条引用。</p>"
        answer = store.load(conversation_id).turns[-1].answer
        citation = next((c for c in answer.citations if c.n == number), None)
        if citation is None:
            return ""
        display = assistant.document_text(citation.passage.doc_id)
        return render.document_view(citation.passage.title, display, citation.span_start, citation.span_end)

    def open_conversation(conversation_id):
        if not conversation_id:
            return [], gr.update(choices=[], value=None), "", "", None
        conversation = store.load(conversation_id)
        return messages_of(conversation), citation_choices(conversation), "", "", conversation_id

    def new_conversation():
        return [], gr.update(choices=[], value=None), "", "", None, gr.update(choices=conversation_choices(), value=None)

    def delete_conversation(conversation_id):
        if conversation_id:
            store.delete(conversation_id)
        return new_conversation()

    # ------------------------------------------------------------------ wording search
    def find(phrase, docs, since, until, sort):
        if not (phrase or "").strip():
            return "<p>请输入要查找的表述。</p>"
        filters = SearchFilters(docs or None, since or None, until or None)
        with assistant.lock:
            return render.kwic_rows(assistant.find(phrase, filters, sort))

    # ------------------------------------------------------------------ quiz
    def make_quiz(docs, count, types, seed):
        from assistant.quiz.export import export, to_markdown

        with assistant.lock:
            quiz = assistant.quiz(docs or None, int(count), tuple(types or TYPES), int(seed))
        folder = assistant.settings.index_dir / "exports"
        files = []
        for suffix in ("docx", "md", "csv"):
            files += [str(path) for path in export(quiz, folder / f"quiz-{int(seed)}.{suffix}")]
        return to_markdown(quiz, with_answers=True), files

    # ------------------------------------------------------------------ documents
    def document_rows():
        import time

        return [[d.doc_id, d.title, d.date or "", d.source or "", d.chunk_count,
                 time.strftime("%Y-%m-%d %H:%M", time.localtime(d.indexed_at)), "、".join(d.doc_numbers)]
                for d in assistant.documents()]

    def doc_choices():
        return [(f"{d.doc_id} 《{d.title[:20]}》", d.doc_id) for d in assistant.documents()]

    def upload(files, progress=gr.Progress()):
        from assistant.ingest.loaders import LoadError

        saved, messages = [], []
        for number, file in enumerate(files or []):
            progress((number, len(files)), desc="保存文件")
            path = Path(file)
            try:
                with path.open("rb") as stream:
                    saved.append(assistant.save_upload(path.name, stream))
            except LoadError as error:
                messages.append(f"未收录：{error}")
        if saved:
            progress(0.5, desc="建立索引")
            with assistant.lock:
                report = assistant.add_uploaded(saved)
            messages += [f"已收录：{doc_id}" for doc_id in report.added + report.changed]
            messages += [f"未收录：{message}" for message in report.skipped]
            messages += [f"提示：{message}" for message in report.warnings]
        return (document_rows(), "\n".join(messages) or "没有选择文件。", semantic_status(),
                *[gr.update(choices=doc_choices())] * 3)

    def delete_document(doc_id):
        if doc_id:
            with assistant.lock:
                assistant.delete_document(doc_id)
        return (document_rows(), f"已删除：{doc_id}" if doc_id else "请选择文件。", semantic_status(),
                *[gr.update(choices=doc_choices(), value=None)] * 3)

    def reindex():
        with assistant.lock:
            report = assistant.index_paths(progress=False, keyword_first=True)
        assistant.start_embedding()
        return (document_rows(), f"重新索引完成：{report.summary()}", semantic_status(),
                *[gr.update(choices=doc_choices())] * 3)

    def semantic_status() -> str:
        status = assistant.dense_status()
        if status["error"]:
            return f"语义检索：后台向量化出错（{status['error']}），关键词检索不受影响；重新索引即可继续。"
        if not status["pending"]:
            return f"语义检索：全部 {status['chunks']} 个段落已就绪。"
        eta = f"，约需 {status['eta_s']} 秒" if status["eta_s"] else ""
        state = "后台向量化中" if status["running"] else "等待向量化（重新索引即可继续）"
        return (f"语义检索：{status['vectors']}/{status['chunks']} 个段落已就绪，{state}{eta}；"
                "关键词检索已可用，新文件现在就能查到。")

    # ------------------------------------------------------------------ layout
    with gr.Blocks(title="政策文件问答助手") as ui:
        gr.HTML(f"<style>{render.CSS}</style>")
        gr.Markdown("## 政策文件问答助手")
        conversation_state = gr.State(None)
        with gr.Tab("问答"):
            with gr.Row():
                with gr.Column(scale=3):
                    mode = gr.Radio([(MODE_LABELS[m], m) for m in modes], value=assistant.settings.llm_mode
                                    if assistant.settings.llm_mode in modes else "extractive", label="回答方式")
                    # Answers quote documents: shown as plain text (escaped, no Markdown), never as markup
                    chatbot = gr.Chatbot(label="对话", height=420, elem_id="chat", render_markdown=False)
                    question = gr.Textbox(label="问题", placeholder="例如：2022年日喀则市政协提案办复率是多少？",
                                          elem_id="question")
                    with gr.Row():
                        send = gr.Button("提问", variant="primary", elem_id="ask")
                        new = gr.Button("新对话", elem_id="new-conversation")
                    citations = gr.Radio([], label="引用（点击查看原文段落）", elem_id="citations")
                    closest = gr.HTML(elem_id="closest")
                    copy = gr.Textbox(label="复制答案（含编号引用）", lines=3, buttons=["copy"], elem_id="copy-answer")
                with gr.Column(scale=2):
                    history = gr.Dropdown(choices=conversation_choices(), label="历史对话", elem_id="history")
                    delete_history = gr.Button("删除该对话")
                    panel = gr.HTML(elem_id="citation-panel")
                    view = gr.Button("查看原文", elem_id="view-document")
                    document = gr.HTML(elem_id="document-view")
            outputs = [chatbot, question, citations, closest, copy, conversation_state, history]
            send.click(ask, [question, mode, conversation_state], outputs)
            question.submit(ask, [question, mode, conversation_state], outputs)
            citations.change(show_citation, [citations, conversation_state], panel)
            view.click(show_document, [citations, conversation_state], document).then(None, js=SCROLL_TO_SPAN)
            new.click(new_conversation, None, [chatbot, citations, panel, document, conversation_state, history])
            history.input(open_conversation, history, [chatbot, citations, panel, document, conversation_state])
            delete_history.click(delete_conversation, conversation_state,
                                 [chatbot, citations, panel, document, conversation_state, history])

        with gr.Tab("查找原文表述"):
            phrase = gr.Textbox(label="表述", placeholder="例如：铸牢中华民族共同体意识", elem_id="phrase")
            with gr.Row():
                find_docs = gr.Dropdown(doc_choices(), multiselect=True, label="限定文件")
                since = gr.Textbox(label="起始日期（YYYY-MM-DD）")
                until = gr.Textbox(label="截止日期（YYYY-MM-DD）")
                sort = gr.Radio([("相关度", "relevance"), ("日期", "date")], value="relevance", label="排序")
            search = gr.Button("查找", variant="primary", elem_id="find")
            hits = gr.HTML(elem_id="kwic")
            search.click(find, [phrase, find_docs, since, until, sort], hits)
            phrase.submit(find, [phrase, find_docs, since, until, sort], hits)

        with gr.Tab("出题"):
            with gr.Row():
                quiz_docs = gr.Dropdown(doc_choices(), multiselect=True, label="出题文件（不选则全部）")
                count = gr.Number(10, precision=0, minimum=1, maximum=100, label="题目数量")
                types = gr.CheckboxGroup([(TYPE_LABELS[t], t) for t in TYPES], value=list(TYPES), label="题型")
                seed = gr.Number(0, precision=0, label="随机种子（相同种子生成相同试卷）")
            generate = gr.Button("生成试卷", variant="primary", elem_id="make-quiz")
            preview = gr.Markdown(elem_id="quiz-preview")
            downloads = gr.File(label="下载（DOCX / Markdown / CSV；.key 为带答案版）", file_count="multiple",
                                elem_id="quiz-files")
            generate.click(make_quiz, [quiz_docs, count, types, seed], [preview, downloads])

        with gr.Tab("文档管理"):
            table = gr.Dataframe(document_rows(), headers=["文件", "标题", "日期", "来源", "段落数", "索引时间", "文号"],
                                 interactive=False, elem_id="documents")
            uploads = gr.File(label="上传文件（txt / md / html / docx / pdf，可多选）", file_count="multiple",
                              file_types=[".txt", ".md", ".html", ".htm", ".docx", ".pdf"], elem_id="upload")
            with gr.Row():
                add = gr.Button("上传并索引", variant="primary", elem_id="add-documents")
                to_delete = gr.Dropdown(doc_choices(), label="选择要删除的文件")
                remove = gr.Button("删除", elem_id="delete-document")
                rebuild = gr.Button("重新索引")
            status = gr.Textbox(label="结果", lines=4, elem_id="upload-status")
            semantic = gr.Markdown(semantic_status, elem_id="semantic-status")  # callable: fresh on each page load
            refresh = gr.Button("刷新状态", size="sm", elem_id="refresh-status")
            refresh.click(semantic_status, None, semantic)
            document_outputs = [table, status, semantic, to_delete, find_docs, quiz_docs]
            add.click(upload, uploads, document_outputs)
            remove.click(delete_document, to_delete, document_outputs)
            rebuild.click(reindex, None, document_outputs)
    return ui


def create_app(assistant: Assistant):
    """The HTTP API with the UI mounted at /."""
    from assistant.api import create_api

    settings = assistant.settings
    app = create_api(assistant, with_root_redirect=False)
    auth = (settings.ui_user, settings.ui_password) if settings.ui_password else None
    return gr.mount_gradio_app(app, build_ui(assistant), path="/", server_name=settings.host,
                               server_port=settings.port, auth=auth, auth_message="政策文件问答助手：请登录")
