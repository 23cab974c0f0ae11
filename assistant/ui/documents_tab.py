"""The 文档管理 tab: the indexed documents, uploads, deletion, re-indexing and the semantic
index's progress. Every change refreshes the other tabs' document pickers."""

from __future__ import annotations

import time
from pathlib import Path

import gradio as gr

from assistant.services import Assistant, LoadError

UPLOAD_TYPES = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"]


def document_choices(assistant: Assistant) -> list[tuple[str, str]]:
    """(label, doc_id) of every indexed document, for the tabs' document pickers."""
    return [(f"{d.doc_id} 《{d.title[:20]}》", d.doc_id) for d in assistant.documents()]


class DocumentsTab:
    def __init__(self, assistant: Assistant):
        self.assistant = assistant
        self.pickers: list[gr.Dropdown] = []  # the other tabs' document pickers, refreshed on change

    def rows(self):
        return [[d["doc_id"], d["title"], d["date"] or "", d["source"] or "", d["doc_number"] or "",
                 "、".join(d["signers"]), d["chunks"], time.strftime("%Y-%m-%d %H:%M", time.localtime(d["indexed_at"])),
                 "、".join(d["doc_numbers"]), f"已被《{d['superseded_by']['title']}》替代" if d["superseded_by"] else "现行"]
                for d in self.assistant.document_records()]

    def _changed(self, message: str, clear_selection: bool = False):
        """What every change shows: the table, the message, the semantic status, and every
        document picker with the new choices (emptied after a deletion)."""
        choices = document_choices(self.assistant)
        update = gr.update(choices=choices, value=None) if clear_selection else gr.update(choices=choices)
        return (self.rows(), message, self.semantic_status(), *[update] * (1 + len(self.pickers)))

    def upload(self, files, progress=gr.Progress()):
        saved, messages = [], []
        for number, file in enumerate(files or []):
            progress((number, len(files)), desc="保存文件")
            path = Path(file)
            try:
                with path.open("rb") as stream:
                    saved.append(self.assistant.save_upload(path.name, stream))
            except LoadError as error:
                messages.append(f"未收录：{error}")
        if saved:
            progress(0.5, desc="建立索引")
            with self.assistant.lock:
                report = self.assistant.add_uploaded(saved)
            messages += [f"已收录：{doc_id}" for doc_id in report.added + report.changed]
            messages += [f"未收录：{message}" for message in report.skipped]
            messages += [f"提示：{message}" for message in report.warnings]
        return self._changed("\n".join(messages) or "没有选择文件。")

    def delete(self, doc_id):
        if doc_id:
            with self.assistant.lock:
                self.assistant.delete_document(doc_id)
        return self._changed(f"已删除：{doc_id}" if doc_id else "请选择文件。", clear_selection=True)

    def reindex(self):
        with self.assistant.lock:
            report = self.assistant.index_paths(progress=False, keyword_first=True)
        self.assistant.start_embedding()
        return self._changed(f"重新索引完成：{report.summary()}")

    def semantic_status(self) -> str:
        status = self.assistant.dense_status()
        if status["error"]:
            return f"语义检索：后台向量化出错（{status['error']}），关键词检索不受影响；重新索引即可继续。"
        if not status["pending"]:
            return f"语义检索：全部 {status['chunks']} 个段落已就绪。"
        eta = f"，约需 {status['eta_s']} 秒" if status["eta_s"] else ""
        state = "后台向量化中" if status["running"] else "等待向量化（重新索引即可继续）"
        return (f"语义检索：{status['vectors']}/{status['chunks']} 个段落已就绪，{state}{eta}；"
                "关键词检索已可用，新文件现在就能查到。")

    def build(self, pickers: list[gr.Dropdown]) -> None:
        """The tab's components (inside a gr.Blocks); `pickers` are the other tabs' document dropdowns."""
        self.pickers = pickers
        table = gr.Dataframe(self.rows(), headers=["文件", "标题", "日期", "来源", "发文字号", "签发人", "段落数", "索引时间",
                                                           "引用文号", "状态"],
                             interactive=False, elem_id="documents")
        uploads = gr.File(label="上传文件（txt / md / html / docx / pdf，可多选）", file_count="multiple",
                          file_types=UPLOAD_TYPES, elem_id="upload")
        with gr.Row():
            add = gr.Button("上传并索引", variant="primary", elem_id="add-documents")
            to_delete = gr.Dropdown(document_choices(self.assistant), label="选择要删除的文件")
            remove = gr.Button("删除", elem_id="delete-document")
            rebuild = gr.Button("重新索引")
        status = gr.Textbox(label="结果", lines=4, elem_id="upload-status")
        semantic = gr.Markdown(self.semantic_status, elem_id="semantic-status")  # callable: fresh on each page load
        refresh = gr.Button("刷新状态", size="sm", elem_id="refresh-status")
        refresh.click(self.semantic_status, None, semantic)
        outputs = [table, status, semantic, to_delete, *pickers]
        add.click(self.upload, uploads, outputs)
        remove.click(self.delete, to_delete, outputs)
        rebuild.click(self.reindex, None, outputs)
