"""Core benchmark: indexing, no-op re-index, retrieval and ask latency, peak memory.

Run: .venv/bin/python bench/bench_core.py   (figures, not pass/fail; targets from issue #3)
The embedding cache is switched off so "from scratch" means every passage is embedded.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.ingest.normalize import normalize  # noqa: E402
from assistant.retrieval import SearchFilters  # noqa: E402
from assistant.services import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from bench.stats import percentile  # noqa: E402

QUESTION_FILES = [ROOT / "tests/data/seed_qa.jsonl", ROOT / "tests/data/dev_qa.jsonl", ROOT / "tests/data/holdout_qa.jsonl"]


def percentiles(samples_ms: list[float]) -> str:
    return f"p50 {statistics.median(samples_ms):6.1f} ms   p95 {percentile(samples_ms, 0.95):6.1f} ms   (n={len(samples_ms)})"


def timed(function, items) -> list[float]:
    samples = []
    for item in items:
        started = time.perf_counter()
        function(item)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    questions = [json.loads(line)["question"] for path in QUESTION_FILES for line in path.read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(index_dir=Path(folder) / "index", documents_dir=ROOT / "documents", embedding_cache="off")
        print(f"threads={settings.embedding_threads}  embedding={settings.embedding}  questions={len(questions)}")
        assistant = Assistant(settings)
        started = time.perf_counter()
        report = assistant.index_paths(progress=False)
        print(f"index documents/ from scratch : {time.perf_counter() - started:6.1f} s   ({report.summary()})   target ≤ 20 s")
        started = time.perf_counter()
        assistant.index_paths(progress=False)
        print(f"no-op re-index (in process)   : {(time.perf_counter() - started) * 1000:6.1f} ms")
        env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_EMBEDDING_CACHE": "off"}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant.cli", "index", "--quiet"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        print(f"no-op re-index (whole CLI)    : {time.perf_counter() - started:6.2f} s   target ≤ 2 s")

        searcher = assistant.searcher
        keyword = timed(lambda q: searcher.keyword_scores(normalize(q), SearchFilters(), settings.candidates), questions)
        print(f"keyword-only retrieval        : {percentiles(keyword)}")
        assistant.index.vectorizer.cached_embedding.forget_queries()
        hybrid_cold = timed(lambda q: searcher.search(q), questions)
        print(f"hybrid retrieval (cold)       : {percentiles(hybrid_cold)}   target p50 ≤ 12, p95 ≤ 25")
        hybrid_warm = timed(lambda q: searcher.search(q), questions)
        print(f"hybrid retrieval (repeated q) : {percentiles(hybrid_warm)}")
        embed = timed(lambda q: assistant.index.vectorizer.embedding.get_query_embedding(normalize(q)), questions)
        print(f"  of which query embedding    : {percentiles(embed)}")
        assistant.index.vectorizer.cached_embedding.forget_queries()
        ask = timed(lambda q: assistant.ask(q), questions)
        print(f"whole extractive ask (cold)   : {percentiles(ask)}   target ≤ 100 ms")
        assistant.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process)    : {peak_mb:6.0f} MB   target ≤ 600 MB")


if __name__ == "__main__":
    main()
