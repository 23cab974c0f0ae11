"""The 文档管理 tab: the indexed documents, uploads, deletion, re-indexing and the semantic
index's progress. Every change refreshes the other tabs' document pickers."""

from __future__ import annotations

import time
from pathlib import Path

import gradio as gr

from assistant.services import SUPPORTED_SUFFIXES, Assistant, LoadError

UPLOAD_TYPES = list(SUPPORTED_SUFFIXES)


def upload_lines(job: dict) -> list[str]:
    """One line per file of an upload job: waiting, the OCR page reached, indexed or why not."""
    lines = []
    for file in job["files"]:
        if file["state"] == "indexed":
            lines.append(f"已收录：{file['doc_id']}" + (f"（{file['message']}）" if file["message"] else ""))
        elif file["state"] == "skipped":
            lines.append(f"未收录：{file['message']}")
        elif file["state"] == "unchanged":
            lines.append(f"未变化：{file['name']}（内容与已收录的版本相同）")
        elif file["state"] == "reading" and file["pages"]:
            lines.append(f"{file['name']}：正在识别第 {file['page']}/{file['pages']} 页（扫描件）")
        else:
            lines.append(f"{file['name']}：" + {"waiting": "等待处理", "reading": "正在读取", "read": "正在建立索引"}
                         .get(file["state"], file["state"]))
    if job.get("error"):
        lines.append(f"出错：{job['error']}（已上传的文件仍在文档目录中，可点“重新索引”再试）")
    return lines + [f"提示：{message}" for message in job.get("warnings", [])
                    if not any(file["name"] in message for file in job["files"])]  # a file's own is on its line


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

    def upload(self, files):
        """Save the files, then follow the upload worker reading and indexing them (a scan page
        by page); the handler only waits on the job, so the server keeps answering meanwhile."""
        saved, refused = [], []
        for file in files or []:
            path = Path(file)
            try:
                with path.open("rb") as stream:
                    saved.append(self.assistant.save_upload(path.name, stream))
            except LoadError as error:
                refused.append(f"未收录：{error}")
        if not saved:
            yield self._changed("\n".join(refused) or "没有选择文件。")
            return
        job = self.assistant.queue_upload(saved)
        unchanged = [gr.update()] * (2 + len(self.pickers))
        while job["state"] not in ("done", "failed"):
            yield (gr.update(), "\n".join(refused + upload_lines(job)), *unchanged)
            job = self.assistant.upload_status(job["job"], wait_s=1.0)
        yield self._changed("\n".join(refused + upload_lines(job)))

    def uploads_status(self) -> str:
        """Uploads still being read or indexed (started from any page), for the refresh button."""
        running = [job for job in self.assistant.upload_status() if job["state"] not in ("done", "failed")]
        return "\n\n".join("\n".join(upload_lines(job)) for job in running)

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
        uploads = gr.File(label="上传文件（txt / md / html / docx / doc / wps / pdf / ofd 等，可多选；扫描件在后台识别）",
                          file_count="multiple",
                          file_types=UPLOAD_TYPES, elem_id="upload")
        with gr.Row():
            add = gr.Button("上传并索引", variant="primary", elem_id="add-documents")
            to_delete = gr.Dropdown(document_choices(self.assistant), label="选择要删除的文件")
            remove = gr.Button("删除", elem_id="delete-document")
            rebuild = gr.Button("重新索引")
        status = gr.Textbox(label="结果", lines=4, elem_id="upload-status")
        semantic = gr.Markdown(self.semantic_status, elem_id="semantic-status")  # callable: fresh on each page load
        jobs = gr.Markdown(self.uploads_status, elem_id="upload-jobs")
        refresh = gr.Button("刷新状态", size="sm", elem_id="refresh-status")
        refresh.click(lambda: (self.semantic_status(), self.uploads_status()), None, [semantic, jobs])
        outputs = [table, status, semantic, to_delete, *pickers]
        add.click(self.upload, uploads, outputs)
        remove.click(self.delete, to_delete, outputs)
        rebuild.click(self.reindex, None, outputs)
