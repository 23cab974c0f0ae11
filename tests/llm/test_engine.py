"""The check scripts/setup runs on llama.cpp, and `assistant doctor` with the model present."""

from __future__ import annotations

from assistant.engines.checks import decode_check
from assistant.engines.doctor import report
from assistant.llm.backends import local_model_path
from assistant.settings import Settings


def test_the_setups_one_token_decode_passes_with_the_installed_build():
    result = decode_check(local_model_path(Settings()), threads=1)
    assert result.ok, result.detail
    assert result.facts["compiled_for"]  # the features this build was compiled for, for bug reports


def test_doctor_runs_the_decode_and_verifies_the_model():
    facts = report(Settings(threads=1))
    assert facts["llama_cpp"]["decode"]["ok"], facts["llama_cpp"]["decode"]
    assert facts["model"]["is_packaged_model"]
