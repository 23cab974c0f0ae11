"""Generative answers with the local model: time to first token and to the verified answer.

Run: .venv/bin/python bench/bench_llm.py   (needs `scripts/setup llm`; figures, not tests)
Top-4 passages per question; threads from settings (decode 1, prompt = embedding threads).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.services import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def main() -> None:
    records = [json.loads(line) for line in (ROOT / "tests/data/seed_qa.jsonl").read_text().splitlines() if line]
    questions = [r["question"] for r in records if r["answers"]]
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(index_dir=Path(folder), documents_dir=ROOT / "documents", llm_mode="local",
                            llm_context_passages=4)
        assistant = Assistant(settings)
        assistant.index_paths(progress=False)
        started = time.perf_counter()
        assistant.llm("local")._engine()
        print(f"model load                      : {time.perf_counter() - started:6.1f} s   "
              f"(decode threads {settings.llm_threads}, prompt threads {settings.embedding_threads})")
        first_token, total, tokens_out, fallbacks = [], [], [], 0
        for question in questions:
            marks: list[float] = []
            started = time.perf_counter()
            answer = assistant.ask(question, on_token=lambda _: marks.append(time.perf_counter()))
            total.append(time.perf_counter() - started)
            if marks:
                first_token.append(marks[0] - started)
                tokens_out.append(len(marks) / max(marks[-1] - marks[0], 1e-6))
            fallbacks += answer.fallback
        print(f"time to first token             : p50 {statistics.median(first_token):5.1f} s   max {max(first_token):5.1f} s")
        print(f"time to verified answer         : p50 {statistics.median(total):5.1f} s   max {max(total):5.1f} s")
        print(f"generation speed                : p50 {statistics.median(tokens_out):5.1f} tokens/s")
        print(f"fell back to extractive         : {fallbacks}/{len(questions)}")
        assistant.close()


if __name__ == "__main__":
    main()
