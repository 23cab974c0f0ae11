"""Wording search latency (sample corpus and a generated 1,000-document corpus) and quiz
generation time. Run: .venv/bin/python bench/bench_wording_quiz.py  (figures, not tests)

The 1,000-document corpus is indexed keyword-side only (manifest, chunks, terms, trigram
index): exact and near wording search read nothing else, and dense embedding of ~15,000
passages would take over an hour on 2 cores (the scale benchmark covers that).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus  # noqa: E402
from bench.stats import percentile  # noqa: E402

from assistant.chunking import chunks_of  # noqa: E402
from assistant.ingest import read_document  # noqa: E402
from assistant.quiz import QuizRequest  # noqa: E402
from assistant.services import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.store.corpus import Corpus  # noqa: E402

PHRASES = ["铸牢中华民族共同体意识", "民族团结进步模范区", "拉委办发[2022]31号", "三个离不开五个认同", "下基层大接访办实事",
           "理论学习中心组", "民族工作高质量发展", "铸牢中华民族共同理念", "全面贯彻落实", "守望相助"]


def percentiles(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples):6.1f} ms   p95 {percentile(samples, 0.95):6.1f} ms   max {max(samples):6.1f} ms"


def time_phrases(assistant: Assistant, rounds: int = 3) -> list[float]:
    samples = []
    for _ in range(rounds):
        for phrase in PHRASES:
            started = time.perf_counter()
            assistant.find(phrase)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def keyword_only_index(documents_dir: Path, settings: Settings) -> int:
    corpus = Corpus(settings.keyword_db)
    count = 0
    for path in sorted(documents_dir.glob("*.txt")):
        document = read_document(path, documents_dir)
        passages = chunks_of(document)
        with corpus.batch():
            corpus.replace_document(document, str(path), passages)
            corpus.phrases.add_document(document.doc_id)
        count += len(passages)
    corpus.close()
    return count


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        sample = Assistant(Settings(index_dir=folder / "sample", documents_dir=ROOT / "documents"))
        sample.index_paths(progress=False)
        sample.find(PHRASES[0])  # warm caches
        print(f"wording search, sample corpus (5 docs)      : {percentiles(time_phrases(sample))}   target ≪ 100 ms")
        for n in (10, 50):
            started = time.perf_counter()
            quiz = sample.quiz(QuizRequest(n=n, seed=1))
            print(f"quiz generation, {n:2d} questions              : {(time.perf_counter() - started) * 1000:6.0f} ms"
                  f"   ({len(quiz.questions)} questions)")
        sample.close()

        make_corpus(folder / "gen", 1000, seed=0)
        settings = Settings(index_dir=folder / "gen-index", documents_dir=folder / "gen")
        started = time.perf_counter()
        chunks = keyword_only_index(folder / "gen", settings)
        print(f"keyword-side index of 1,000 documents       : {time.perf_counter() - started:6.1f} s   ({chunks} chunks)")
        large = Assistant(settings)
        large.find(PHRASES[0])
        print(f"wording search, 1,000 documents             : {percentiles(time_phrases(large))}   target < 300 ms")
        large.close()


if __name__ == "__main__":
    main()
