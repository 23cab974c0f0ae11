"""Generative answers with the local model: the engine's own speed, then time to first token and
to the verified answer.

Run: .venv/bin/python bench/bench_llm.py [--engine-only]   (needs `scripts/setup llm`; figures, not tests)
The engine section prints the llama.cpp build in use (as scripts/setup recorded it, and the CPU
features it was compiled for) with prompt and generation tokens/s from llama.cpp's own counters;
run it once per build to compare (issue 17: native vs portable).
Answers: top-4 passages per question; threads from settings (decode 1, prompt = embedding threads).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.engines.guard import read_records  # noqa: E402
from assistant.llm.backends import local_model_path  # noqa: E402
from assistant.services import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402

RUNS = 3
GENERATED_TOKENS = 64


def engine_speed(settings: Settings) -> None:
    """Prompt and generation tokens/s of the installed build, from llama.cpp's perf counters."""
    import llama_cpp

    build = read_records().get("llama.cpp", {})
    where = Path(llama_cpp.__file__).parent
    recorded = where.is_relative_to(Path(sys.prefix))  # the venv's build, as scripts/setup recorded it
    print(f"llama.cpp build                 : {build.get('build', 'not recorded') if recorded else where} "
          f"(llama-cpp-python {llama_cpp.__version__}; {build.get('description') if recorded else 'outside the venv'})")
    print(f"compiled for                    : {llama_cpp.llama_print_system_info().decode(errors='replace').strip()}")
    llama = llama_cpp.Llama(model_path=str(local_model_path(settings)), n_ctx=2048, n_threads=settings.llm_threads,
                            n_threads_batch=settings.embedding_threads, verbose=False)
    prompt = (ROOT / "documents" / "000_7aaaa17f63b85632.txt").read_text(encoding="utf-8")[:700]
    prompt_rates, generation_rates = [], []
    for _ in range(RUNS):
        llama.reset()
        llama_cpp.llama_perf_context_reset(llama.ctx)
        llama.create_completion("请概括下文：\n" + prompt, max_tokens=GENERATED_TOKENS, temperature=0.0)
        perf = llama_cpp.llama_perf_context(llama.ctx)
        prompt_rates.append(perf.n_p_eval / max(perf.t_p_eval_ms, 1e-6) * 1000)
        generation_rates.append(perf.n_eval / max(perf.t_eval_ms, 1e-6) * 1000)
    print(f"prompt processing               : {statistics.median(prompt_rates):6.1f} tokens/s  "
          f"({perf.n_p_eval} tokens, {settings.embedding_threads} threads, median of {RUNS})")
    print(f"generation                      : {statistics.median(generation_rates):6.1f} tokens/s  "
          f"({perf.n_eval} tokens, {settings.llm_threads} thread(s), median of {RUNS})")
    llama.close()


def answer_speed(settings: Settings) -> None:
    records = [json.loads(line) for line in (ROOT / "tests/data/seed_qa.jsonl").read_text().splitlines() if line]
    questions = [r["question"] for r in records if r["answers"]]
    assistant = Assistant(settings)
    assistant.index_paths(progress=False)
    started = time.perf_counter()
    assistant.llm("local")._engine()
    print(f"model load                      : {time.perf_counter() - started:6.1f} s")
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
    print(f"streamed chunks                 : p50 {statistics.median(tokens_out):5.1f} /s")
    print(f"fell back to extractive         : {fallbacks}/{len(questions)}")
    assistant.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine-only", action="store_true", help="only the engine's tokens/s")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(index_dir=Path(folder), documents_dir=ROOT / "documents", llm_mode="local",
                            llm_context_passages=4)
        engine_speed(settings)
        if not args.engine_only:
            answer_speed(settings)


if __name__ == "__main__":
    main()
