"""The 出题 tab: a quiz on the chosen documents, previewed with its answer key and exported."""

from __future__ import annotations

import gradio as gr

from assistant.quiz import TYPES
from assistant.quiz.export import export, to_markdown
from assistant.services import Assistant
from assistant.ui.documents_tab import document_choices

TYPE_LABELS = {"single": "单选", "multi": "多选", "blank": "填空", "judge": "判断"}
EXPORT_FORMATS = ("docx", "md", "csv")


class QuizTab:
    def __init__(self, assistant: Assistant):
        self.assistant = assistant

    def make(self, docs, count, types, seed):
        with self.assistant.lock:
            quiz = self.assistant.quiz(docs or None, int(count), tuple(types or TYPES), int(seed))
        folder = self.assistant.settings.index_dir / "exports"
        files = [str(path) for suffix in EXPORT_FORMATS for path in export(quiz, folder / f"quiz-{int(seed)}.{suffix}")]
        return to_markdown(quiz, with_answers=True), files

    def build(self) -> gr.Dropdown:
        """The tab's components (inside a gr.Blocks); returns its document picker."""
        with gr.Row():
            docs = gr.Dropdown(document_choices(self.assistant), multiselect=True, label="出题文件（不选则全部）")
            count = gr.Number(10, precision=0, minimum=1, maximum=100, label="题目数量")
            types = gr.CheckboxGroup([(TYPE_LABELS[t], t) for t in TYPES], value=list(TYPES), label="题型")
            seed = gr.Number(0, precision=0, label="随机种子（相同种子生成相同试卷）")
        generate = gr.Button("生成试卷", variant="primary", elem_id="make-quiz")
        preview = gr.Markdown(elem_id="quiz-preview")
        downloads = gr.File(label="下载（DOCX / Markdown / CSV；.key 为带答案版）", file_count="multiple",
                            elem_id="quiz-files")
        generate.click(self.make, [docs, count, types, seed], [preview, downloads])
        return docs
