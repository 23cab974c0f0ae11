"""HTTP API (FastAPI): an OpenAI-compatible chat endpoint whose messages carry citations, and
the wording-search, comparison, trend, quiz and document operations with the CLI's JSON shapes. Routes only call
the services; one lock serialises them (the index, the embedding and the LLM are single
instances on a small machine).

    POST   /v1/chat/completions      OpenAI-style, `stream` supported; message.citations
    GET    /v1/models                the answer modes installed here
    GET    /api/find?q=…             {"query", "hits", "per_doc"}
    POST   /api/compare              {"first", "second"} → {"summary", "units": [spans, marks, figure changes]}
    GET    /api/trend?q=…            {"measure", "series": {place: [points]}, "without_value"}
    POST   /api/quiz                 {"questions": […]}
    GET    /api/documents            {"documents": […], "semantic_index": {…}, "uploads": […]}
    POST   /api/documents            multipart files → saved under the documents folder; 202 and a job
                                     read and indexed in the background (?wait=true: 200 once indexed)
    GET    /api/documents/uploads[/{job}]   upload jobs: each file's state, OCR page of pages, messages
    DELETE /api/documents/{doc_id}   removed from the folder and the index
OpenAPI: /openapi.json, /docs.
"""

from __future__ import annotations

import hmac
import json
import time
import uuid

from fastapi import FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, Field

from assistant.answering.models import Answer
from assistant.retrieval import SearchFilters
from assistant.quiz import QuizRequest as _Request
from assistant.services import Assistant, LoadError

quiz_request_of = _Request.parse


class Message(BaseModel):
    role: str
    content: str


class ChatRequest(BaseModel):
    model: str | None = Field(None, description="answer mode: extractive, local or openai (default: the server's)")
    messages: list[Message]
    stream: bool = False
    doc_ids: list[str] | None = None
    since: str | None = None
    until: str | None = None


class CompareRequest(BaseModel):
    first: str = Field(..., description="the older version: an indexed doc_id")
    second: str = Field(..., description="the newer version: an indexed doc_id")


class QuizRequest(BaseModel):
    docs: list[str] | None = None
    n: int = Field(10, ge=1, le=200)
    types: list[str] = ["single", "multi", "blank", "judge"]
    per_type: dict[str, int] = Field(default_factory=dict, description="counts per type; overrides n and types")
    seed: int = 0
    topic: str = ""
    difficulty: str = "mixed"
    mode: str | None = None


def create_api(assistant: Assistant, with_root_redirect: bool = True) -> FastAPI:
    app = FastAPI(title="政策文件问答助手 API", version="1.0",
                  description="Cited answers, precedent wording search and quizzes over Chinese policy documents.")
    token = assistant.settings.api_token

    @app.middleware("http")
    async def require_token(request: Request, call_next):
        """With ASSISTANT_API_TOKEN set, every API call must bring `Authorization: Bearer <token>`."""
        guarded = request.url.path.startswith(("/v1/", "/api/"))
        if token and guarded and not hmac.compare_digest(request.headers.get("authorization", "").encode(), f"Bearer {token}".encode()):
            return JSONResponse({"detail": "missing or wrong bearer token"}, status_code=401)
        return await call_next(request)

    if with_root_redirect:  # without the UI mounted at /, point browsers to the API docs
        @app.get("/", include_in_schema=False)
        def root():
            return RedirectResponse("/docs")

    _chat_routes(app, assistant)
    _search_routes(app, assistant)
    _document_routes(app, assistant)
    return app


def _chat_routes(app: FastAPI, assistant: Assistant) -> None:
    """OpenAI-compatible: the installed answer modes as models, cited chat completions."""
    lock = assistant.lock

    @app.get("/v1/models")
    def models() -> dict:
        from assistant.llm.backends import installed_modes

        return {"object": "list", "data": [{"id": mode, "object": "model", "owned_by": "assistant"}
                                           for mode in installed_modes(assistant.settings)]}

    @app.post("/v1/chat/completions")
    def chat_completions(request: ChatRequest):
        question, conversation = _conversation_of(request.messages)
        filters = _filters(request.doc_ids, request.since, request.until)
        with lock:
            try:
                answer = assistant.chat(conversation, question, filters, mode=request.model)
            except Exception as error:  # LLMUnavailable and friends: a clear 400, not a 500
                raise HTTPException(status_code=400, detail=str(error)) from error
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:16]}"
        if request.stream:
            return StreamingResponse(_stream(answer, completion_id), media_type="text/event-stream")
        return _completion(answer, completion_id)


def _search_routes(app: FastAPI, assistant: Assistant) -> None:
    """Precedent wording, version comparison, figures across years, quizzes."""
    lock = assistant.lock

    @app.get("/api/find")
    def find(q: str = Query(..., min_length=1), doc: list[str] | None = Query(None), since: str | None = None,
             until: str | None = None, sort: str = Query("relevance", pattern="^(relevance|date)$"),
             limit: int = Query(100, ge=1, le=1000)) -> dict:
        with lock:
            return assistant.find(q, _filters(doc, since, until), sort, limit).to_dict()

    @app.post("/api/compare")
    def compare(request: CompareRequest) -> dict:
        known = {document.doc_id for document in assistant.documents()}
        unknown = [name for name in (request.first, request.second) if name not in known]
        if unknown:  # files on the server's disk are the CLI's business, not a web client's
            raise HTTPException(status_code=404, detail=f"no indexed document {', '.join(map(repr, unknown))}")
        with lock:
            return assistant.compare(request.first, request.second).to_dict()

    @app.get("/api/trend")
    def trend(q: str = Query(..., min_length=1), doc: list[str] | None = Query(None), since: str | None = None,
              until: str | None = None) -> dict:
        with lock:
            return assistant.trend(q, _filters(doc, since, until)).to_dict()

    @app.post("/api/quiz")
    def quiz(request: QuizRequest) -> dict:
        with lock:
            try:
                types = ",".join(f"{kind}={count}" for kind, count in request.per_type.items()) or ",".join(request.types)
                quiz_request = quiz_request_of(types, n=request.n, seed=request.seed, topic=request.topic,
                                               difficulty=request.difficulty)
                return assistant.quiz(quiz_request, request.docs, request.mode).to_dict()
            except ValueError as error:
                raise HTTPException(status_code=400, detail=str(error)) from error


def _document_routes(app: FastAPI, assistant: Assistant) -> None:
    """The indexed documents: list (with the semantic index's progress), upload, delete."""
    lock = assistant.lock

    @app.get("/api/documents")
    def documents() -> dict:
        with lock:
            return {"documents": assistant.document_records(), "semantic_index": assistant.dense_status(),
                    "uploads": assistant.upload_status()}

    @app.post("/api/documents")
    def upload(response: Response, files: list[UploadFile] = File(...),
               wait: bool = Query(False, description="answer when the files are indexed (else 202 and a job to follow)")
               ) -> dict:
        # Saving is quick and touches no index: no lock. Reading (OCR) and indexing run in the
        # upload worker, so a long scan never holds the other calls up.
        saved, rejected = [], []
        for file in files:
            try:
                saved.append(assistant.save_upload(file.filename or "upload", file.file))
            except LoadError as error:
                rejected.append(str(error))
        job = assistant.queue_upload(saved) if saved else {"state": "done", "files": [], "skipped": []}
        if saved and wait:
            job = assistant.upload_status(job["job"], wait_s=None)
        elif saved:
            response.status_code = 202
        return {"saved": [path.name for path in saved], **job, "skipped": rejected + job.get("skipped", [])}

    @app.get("/api/documents/uploads")
    def uploads() -> dict:
        return {"uploads": assistant.upload_status()}

    @app.get("/api/documents/uploads/{job_id}")
    def upload_job(job_id: str) -> dict:
        job = assistant.upload_status(job_id)
        if job is None:
            raise HTTPException(status_code=404, detail=f"no upload job {job_id!r}")
        return job

    @app.delete("/api/documents/{doc_id:path}")
    def delete(doc_id: str) -> dict:
        with lock:
            if not assistant.delete_document(doc_id):
                raise HTTPException(status_code=404, detail=f"no indexed document {doc_id!r}")
        return {"deleted": doc_id}


def _filters(doc_ids, since, until) -> SearchFilters:
    """Filters from a request; a date that is none is the client's error (400), named."""
    try:
        return SearchFilters.written(doc_ids, since, until)
    except ValueError as error:
        raise HTTPException(status_code=400, detail=str(error)) from error


def _conversation_of(messages: list[Message]):
    """The last user message is the question; earlier user turns give the follow-up context."""
    from assistant.chat import Conversation, Turn

    users = [m.content for m in messages if m.role == "user"]
    if not users:
        raise HTTPException(status_code=400, detail="messages: no user message")
    conversation = Conversation()
    assistants = [m.content for m in messages if m.role == "assistant"]
    for index, earlier in enumerate(users[:-1]):
        reply = assistants[index] if index < len(assistants) else ""
        conversation.turns.append(Turn(earlier, None, Answer(earlier, reply, False)))
    return users[-1], conversation


def _message(answer: Answer) -> dict:
    return {
        "role": "assistant",
        "content": "\n".join([answer.answer, *answer.notices]),  # a notice (e.g. question shortened) is part of the reply
        "notices": answer.notices,
        "citations": [citation.to_dict() for citation in answer.citations],
        "refused": answer.refused,
        "fallback": answer.fallback,
        "rewritten_question": answer.rewritten_question,
        "passages": [passage.to_dict() for passage in answer.passages],
    }


def _completion(answer: Answer, completion_id: str) -> dict:
    return {
        "id": completion_id, "object": "chat.completion", "created": int(time.time()), "model": answer.mode,
        "choices": [{"index": 0, "message": _message(answer), "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def _stream(answer: Answer, completion_id: str):
    """Server-sent events in OpenAI's chunk format. The text streamed is the verified answer;
    the last chunk carries the citations."""
    def chunk(delta: dict, finish: str | None = None) -> str:
        body = {"id": completion_id, "object": "chat.completion.chunk", "created": int(time.time()),
                "model": answer.mode, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant"})
    final = _message(answer)
    for start in range(0, len(final["content"]), 16):
        yield chunk({"content": final["content"][start:start + 16]})
    final.pop("role")
    final.pop("content")
    yield chunk(final, "stop")
    yield "data: [DONE]\n\n"
