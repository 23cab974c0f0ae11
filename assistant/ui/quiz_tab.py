"""The 出题 tab: a quiz on the chosen documents and topic, previewed with its answer key; the
trainer drops or replaces single questions, then downloads the paper and its key."""

from __future__ import annotations

import re
import uuid

import gradio as gr

from assistant.quiz import TYPES, Quiz, QuizRequest
from assistant.quiz.export import export, to_markdown
from assistant.quiz.models import DEFAULT_TYPES
from assistant.services import Assistant
from assistant.ui.documents_tab import document_choices

TYPE_LABELS = {"single": "单选", "multi": "多选", "blank": "填空", "judge": "判断", "short": "简答"}
DIFFICULTY_LABELS = [("混合", "mixed"), ("容易：一处写明的事实", "easy"), ("较难：提法全部内容、多选、简答", "hard")]
EXPORT_FORMATS = ("docx", "md", "csv")


def safe_name(text: str) -> str:
    """Free text as part of a file name: letters and digits kept (Chinese too), the rest `_`."""
    return re.sub(r"[^\w]+", "_", text).strip("_")[:40] or "topic"


class QuizTab:
    def __init__(self, assistant: Assistant):
        self.assistant = assistant

    def make(self, docs, topic, count, types, difficulty, seed):
        """A new quiz: its preview, the question picker and the files."""
        request = QuizRequest(n=int(count or 10), types=tuple(types or DEFAULT_TYPES), seed=int(seed or 0),
                              topic=(topic or "").strip(), difficulty=difficulty or "mixed")
        with self.assistant.lock:
            quiz = self.assistant.quiz(request, docs or None)
        return self._shown(quiz)

    def drop(self, quiz: Quiz | None, chosen):
        if quiz is not None:
            quiz.drop(chosen or [])
        return self._shown(quiz)

    def replace(self, quiz: Quiz | None, chosen):
        if quiz is not None and chosen and not quiz.replace(chosen):
            return self._shown(quiz, "> 没有可替换的备选题了：可删除该题，或换一个随机种子重新生成。\n\n")
        return self._shown(quiz)

    def _shown(self, quiz: Quiz | None, note: str = ""):
        if quiz is None or not quiz.questions:
            note = "所选文件（或主题）中没有可出题的内容。" if quiz is not None else ""
            return quiz, note, gr.update(choices=[], value=[]), []
        folder = self.assistant.settings.index_dir / "exports" / uuid.uuid4().hex[:12]  # one folder per preview
        name = f"quiz-{quiz.seed}" + (f"-{safe_name(quiz.topic)}" if quiz.topic else "")
        files = [str(path) for suffix in EXPORT_FORMATS for path in export(quiz, folder / f"{name}.{suffix}")]
        choices = [(f"{question.id} {question.stem.split('》，', 1)[-1][:40]}", question.id) for question in quiz.questions]
        return quiz, note + to_markdown(quiz, with_answers=True), gr.update(choices=choices, value=[]), files

    def build(self) -> gr.Dropdown:
        """The tab's components (inside a gr.Blocks); returns its document picker."""
        with gr.Row():
            docs = gr.Dropdown(document_choices(self.assistant), multiselect=True, label="出题文件（不选则全部）")
            topic = gr.Textbox(label="主题（只从含该词的段落出题，如：健康茶）", elem_id="quiz-topic")
        with gr.Row():
            count = gr.Number(10, precision=0, minimum=1, maximum=100, label="题目数量")
            types = gr.CheckboxGroup([(TYPE_LABELS[t], t) for t in TYPES], value=list(DEFAULT_TYPES), label="题型")
            difficulty = gr.Radio(DIFFICULTY_LABELS, value="mixed", label="难度")
            seed = gr.Number(0, precision=0, label="随机种子（相同种子生成相同试卷）")
        generate = gr.Button("生成试卷", variant="primary", elem_id="make-quiz")
        quiz = gr.State(None)
        with gr.Row():
            chosen = gr.CheckboxGroup([], label="选择题目后可删除或换一题", elem_id="quiz-pick")
            with gr.Column(scale=0):
                drop = gr.Button("删除所选", elem_id="quiz-drop")
                replace = gr.Button("换一题", elem_id="quiz-replace")
        preview = gr.Markdown(elem_id="quiz-preview")
        downloads = gr.File(label="下载（DOCX / Markdown / CSV；.key 为答案与解析）", file_count="multiple",
                            elem_id="quiz-files")
        shown = [quiz, preview, chosen, downloads]
        generate.click(self.make, [docs, topic, count, types, difficulty, seed], shown)
        drop.click(self.drop, [quiz, chosen], shown)
        replace.click(self.replace, [quiz, chosen], shown)
        return docs
