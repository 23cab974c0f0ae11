"""Load benchmark: concurrent questions over the HTTP API on 127.0.0.1.

Run: .venv/bin/python bench/bench_load.py [--concurrency 50] [--rounds 1]
Starts `assistant serve` on a free port over a temporary index of documents/, sends rounds of
`--concurrency` simultaneous chat-completion requests (the question sets in tests/data, all
different within a round, so no answer comes from a cache), and prints
errors and latency p50/p95 as the clients saw them (queueing included), then stops the server.
The server answers one question at a time (one embedding model and index per process), so
latency under load is mostly waiting: the figure shows how long the 50th user waits.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402
from tests.servers import free_port  # noqa: E402

QUESTION_FILES = sorted((ROOT / "tests" / "data").glob("*_qa.jsonl"))


def ask_once(base_url: str, question: str, timeout: float = 300) -> tuple[bool, float, str]:
    """(answered, milliseconds, error) for one OpenAI-style request."""
    body = json.dumps({"messages": [{"role": "user", "content": question}]}).encode()
    request = urllib.request.Request(f"{base_url}/v1/chat/completions", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            reply = json.loads(response.read())
        message = reply["choices"][0]["message"]
        answered = bool(message["content"]) and ("citations" in message)
        return answered, (time.perf_counter() - started) * 1000, "" if answered else "empty answer"
    except Exception as error:  # counted and reported, never raised: a load test must finish
        return False, (time.perf_counter() - started) * 1000, f"{type(error).__name__}: {error}"


def ask_concurrently(base_url: str, questions: list[str], concurrency: int) -> list[tuple[bool, float, str]]:
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(lambda question: ask_once(base_url, question), questions))


def wait_until_up(base_url: str, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/v1/models", timeout=2)
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("assistant serve did not start")
            time.sleep(0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=1)
    arguments = parser.parse_args()
    questions = list(dict.fromkeys(json.loads(line)["question"] for file in QUESTION_FILES
                                   for line in file.read_text(encoding="utf-8").splitlines() if line.strip()))
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(ROOT / "documents", Path(folder) / "documents")
        port = free_port()
        env = {**os.environ, "ASSISTANT_DOCUMENTS_DIR": f"{folder}/documents", "ASSISTANT_INDEX_DIR": f"{folder}/index"}
        server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base_url, server)
            ask_once(base_url, "民族团结进步创建工作有哪些要求?")  # warm-up: models load on the first question
            results = []
            started = time.perf_counter()
            for round_number in range(arguments.rounds):
                batch = [questions[(round_number * arguments.concurrency + i) % len(questions)]
                         for i in range(arguments.concurrency)]
                results += ask_concurrently(base_url, batch, arguments.concurrency)
            seconds = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    latencies = [ms for _, ms, _ in results]
    errors = [error for ok, _, error in results if not ok]
    print(f"{len(results)} questions (drawn from {len(questions)} different ones), {arguments.concurrency} at a time, "
          "over HTTP on 127.0.0.1")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"latency p50 {statistics.median(latencies):7.0f} ms   p95 {percentile(latencies, 0.95):7.0f} ms   "
          f"max {max(latencies):7.0f} ms")
    print(f"throughput {len(results) / seconds:.1f} questions/s")


if __name__ == "__main__":
    main()
