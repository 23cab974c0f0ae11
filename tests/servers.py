"""Real servers the tests start on 127.0.0.1 (Chroma, llama.cpp) and always stop."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running(command: list[str], health_url: str, name: str, timeout: float = 120, env: dict | None = None):
    """Start `command`, wait until `health_url` answers, yield, then stop it."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.time() + timeout
        while True:
            try:
                urllib.request.urlopen(health_url, timeout=2)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"{name} exited at start-up")
                if time.time() > deadline:
                    pytest.fail(f"{name} did not answer within {timeout:.0f} s")
                time.sleep(0.3)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
