"""The 问答 tab: a conversation with cited answers, each citation opening its passage and the
document around it. Handlers call the services only."""

from __future__ import annotations

import queue
import threading
from html import escape

import gradio as gr

from assistant.chat import Conversation, ConversationStore
from assistant.services import Assistant
from assistant.ui import render

MODE_LABELS = {"extractive": "原文摘录（不用大模型）", "local": "本地大模型", "openai": "在线大模型服务"}
SCROLL_TO_SPAN = "() => { setTimeout(() => { const m = document.getElementById('cite-target'); if (m) m.scrollIntoView({block: 'center'}); }, 300); }"


def as_text(text: str) -> str:
    """Chat message content that the chatbot shows character for character: quoted document
    text may hold tags (`<b>`, `<img onerror=…>`), which must be seen, not rendered."""
    return escape(text).replace("\n", "<br>")


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


class ChatTab:
    """The tab's handlers, over one assistant and its conversation store."""

    def __init__(self, assistant: Assistant, modes: list[str]):
        self.assistant = assistant
        self.modes = modes
        self.store = ConversationStore(assistant.settings.index_dir / "conversations")

    def conversation_choices(self):
        return [(f"{question[:24]}", conversation_id) for conversation_id, question, _ in self.store.list()]

    def ask(self, question: str, mode: str, conversation_id: str | None):
        """Yields the chat as it grows: the question, the model's tokens (other modes), then the
        verified answer with its citations."""
        question = (question or "").strip()
        conversation = self.store.load(conversation_id) if conversation_id else Conversation()
        if not question:
            yield messages_of(conversation), "", gr.update(), "", "", conversation_id, gr.update()
            return
        messages = messages_of(conversation) + [{"role": "user", "content": as_text(question)}]
        yield messages + [{"role": "assistant", "content": "正在检索与核对……"}], "", gr.update(choices=[], value=None), \
            "", "", conversation_id, gr.update()
        if mode == "extractive":
            with self.assistant.lock:
                answer = self.assistant.chat(conversation, question, mode=mode)
        else:
            answer = yield from self._streamed(conversation, question, mode, messages, conversation_id)
        self.store.save(conversation)
        details = render.passages_list(answer) if answer.refused else ""
        yield (messages_of(conversation), "", citation_choices(conversation), details, render.copy_text(answer),
               conversation.id, gr.update(choices=self.conversation_choices(), value=conversation.id))

    def _streamed(self, conversation: Conversation, question: str, mode: str, messages: list[dict],
                  conversation_id: str | None):
        """The model's tokens as they come (marked unverified); returns the verified answer."""
        tokens: queue.Queue = queue.Queue()
        outcome: dict = {}

        def work():
            try:
                with self.assistant.lock:
                    outcome["answer"] = self.assistant.chat(conversation, question, mode=mode, on_token=tokens.put)
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
        return outcome["answer"]

    def _citation(self, number, conversation_id):
        if not number or not conversation_id:
            return None
        answer = self.store.load(conversation_id).turns[-1].answer
        return next((c for c in answer.citations if c.n == number), None)

    def show_citation(self, number, conversation_id):
        citation = self._citation(number, conversation_id)
        return render.citation_panel(citation) if citation else ""

    def show_document(self, number, conversation_id):
        if not number or not conversation_id:
            return "<p>请先点击一条引用。</p>"
        citation = self._citation(number, conversation_id)
        if citation is None:
            return ""
        display = self.assistant.document_text(citation.passage.doc_id)
        original = self.assistant.original_page(citation.passage.doc_id, citation.span_start, citation.span_end)
        return (render.original_page(original)
                + render.document_view(citation.passage.title, display, citation.span_start, citation.span_end))

    def open_conversation(self, conversation_id):
        if not conversation_id:
            return [], gr.update(choices=[], value=None), "", "", None
        conversation = self.store.load(conversation_id)
        return messages_of(conversation), citation_choices(conversation), "", "", conversation_id

    def new_conversation(self):
        return [], gr.update(choices=[], value=None), "", "", None, gr.update(choices=self.conversation_choices(), value=None)

    def delete_conversation(self, conversation_id):
        if conversation_id:
            self.store.delete(conversation_id)
        return self.new_conversation()

    def build(self) -> None:
        """The tab's components, wired to the handlers (inside a gr.Blocks)."""
        settings = self.assistant.settings
        conversation_state = gr.State(None)
        with gr.Row():
            with gr.Column(scale=3):
                mode = gr.Radio([(MODE_LABELS[m], m) for m in self.modes],
                                value=settings.llm_mode if settings.llm_mode in self.modes else "extractive", label="回答方式")
                # Answers quote documents: shown as plain text (escaped, no Markdown), never as markup
                chatbot = gr.Chatbot(label="对话", height=420, elem_id="chat", render_markdown=False)
                question = gr.Textbox(label="问题", placeholder="例如：2022年日喀则市政协提案办复率是多少？", elem_id="question")
                with gr.Row():
                    send = gr.Button("提问", variant="primary", elem_id="ask")
                    new = gr.Button("新对话", elem_id="new-conversation")
                citations = gr.Radio([], label="引用（点击查看原文段落）", elem_id="citations")
                closest = gr.HTML(elem_id="closest")
                copy = gr.Textbox(label="复制答案（含编号引用）", lines=3, buttons=["copy"], elem_id="copy-answer")
            with gr.Column(scale=2):
                history = gr.Dropdown(choices=self.conversation_choices(), label="历史对话", elem_id="history")
                delete_history = gr.Button("删除该对话")
                panel = gr.HTML(elem_id="citation-panel")
                view = gr.Button("查看原文", elem_id="view-document")
                document = gr.HTML(elem_id="document-view")
        outputs = [chatbot, question, citations, closest, copy, conversation_state, history]
        send.click(self.ask, [question, mode, conversation_state], outputs)
        question.submit(self.ask, [question, mode, conversation_state], outputs)
        citations.change(self.show_citation, [citations, conversation_state], panel)
        view.click(self.show_document, [citations, conversation_state], document).then(None, js=SCROLL_TO_SPAN)
        cleared = [chatbot, citations, panel, document, conversation_state]
        new.click(self.new_conversation, None, [*cleared, history])
        history.input(self.open_conversation, history, cleared)
        delete_history.click(self.delete_conversation, conversation_state, [*cleared, history])
