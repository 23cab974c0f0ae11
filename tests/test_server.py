"""Where the server may bind (server.py)."""

from __future__ import annotations

import subprocess
import sys

from assistant.server import binding_refusal
from assistant.settings import Settings


def test_loopback_needs_no_authentication(tmp_path):
    settings = Settings(index_dir=tmp_path / "index")
    assert binding_refusal("127.0.0.1", settings) is None
    assert binding_refusal("localhost", settings) is None
    assert binding_refusal("127.0.0.2", settings) is None


def test_a_public_address_needs_the_api_token_and_the_ui_password(tmp_path):
    settings = Settings(index_dir=tmp_path / "index")
    refusal = binding_refusal("0.0.0.0", settings)
    assert refusal and "ASSISTANT_API_TOKEN" in refusal and "ASSISTANT_UI_PASSWORD" in refusal
    only_token = Settings(index_dir=tmp_path / "index", api_token="t")
    assert binding_refusal("0.0.0.0", only_token) is not None
    both = Settings(index_dir=tmp_path / "index", api_token="t", ui_password="p")
    assert binding_refusal("0.0.0.0", both) is None


def test_serve_refuses_a_public_address_before_indexing_anything(tmp_path):
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "a.txt").write_text("一、总则\n测试文件。", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "serve", "--host", "0.0.0.0",
                             "--index-dir", str(tmp_path / "index"), "--documents-dir", str(documents)],
                            capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 2 and "refusing to serve on 0.0.0.0" in result.stderr
    assert "index:" not in result.stderr  # refused before the empty index was filled
