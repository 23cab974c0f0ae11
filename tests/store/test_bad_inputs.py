"""Bad inputs, the kind an office server is fed: the committed ones in tests/data/bad_inputs
(GBK and Big5 without BOM, the same document under two names, an empty file, a PNG named .txt,
damaged .doc/.wps/.ofd) and large or malicious ones generated here (truncated DOCX and PDF, a DOCX zip
bomb, a 100 MB text file). Each gets a message naming the file and the reason, the rest of the
corpus is indexed, and nothing already indexed is lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant.services import Assistant
from tests.conftest import DATA, DOCUMENTS, ROOT
from tests.ingest.test_loaders import _minimal_pdf

BAD_INPUTS = DATA / "bad_inputs"
KEPT = "003_d24fa1b43b605a4d"


def write_zip_bomb(path: Path, expanded_mb: int = 256) -> None:
    """A DOCX-shaped zip whose document.xml inflates to `expanded_mb` MB (written in 1 MB pieces)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            piece = b" " * 1048576
            for _ in range(expanded_mb):
                member.write(piece)


def write_truncated_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("拉萨市民宗局关于报送材料的通知" * 20)
    document.save(str(path))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def write_large_text(path: Path, megabytes: int) -> None:
    line = "各地区各部门要深入学习贯彻民族团结进步创建工作要求，扎实做好各项工作。\n".encode()
    with path.open("wb") as output:
        for _ in range(megabytes * 1048576 // len(line) + 1):
            output.write(line)


@pytest.fixture
def bad_corpus(make_settings, tmp_path):
    """An index holding one good document, and a documents folder that now also holds every bad input."""
    settings = make_settings(documents_dir=tmp_path / "docs")
    settings.documents_dir.mkdir()
    shutil.copy(DOCUMENTS / f"{KEPT}.txt", settings.documents_dir)
    assistant = Assistant(settings)
    assistant.index_paths(progress=False)
    before = assistant.index.corpus.chunk_ids()
    for file in BAD_INPUTS.iterdir():
        shutil.copy(file, settings.documents_dir)
    folder = settings.documents_dir
    write_truncated_docx(folder / "broken_draft.docx")
    (folder / "broken.pdf").write_bytes(_minimal_pdf("Annual report 2022: 114 proposals handled.")[:150])
    write_zip_bomb(folder / "bomb.docx")
    write_large_text(folder / "huge.txt", 100)
    yield assistant, before
    assistant.close()


def test_each_bad_input_is_reported_by_name_and_the_rest_indexed(bad_corpus):
    assistant, before = bad_corpus
    report = assistant.index_paths(progress=False)
    messages = report.skipped + report.warnings

    def message_for(name: str) -> str:
        found = [message for message in messages if name in message]
        assert found, f"no message names {name}: {messages}"
        return found[0]

    assert sorted(report.added) == ["big5_report", "gbk_notice", "动态_拉萨"]
    assert "动态_拉萨" in message_for("动态_拉萨_副本.txt") and "indexed once" in message_for("动态_拉萨_副本.txt")
    assert "empty file" in message_for("empty.txt")
    assert "binary" in message_for("photo.txt")
    assert "not a readable .docx" in message_for("broken_draft.docx")
    assert "not a readable PDF" in message_for("broken.pdf")
    assert "zip bomb" in message_for("bomb.docx")
    assert "over the 20 MB limit" in message_for("huge.txt")
    assert ".docx" in message_for("old_notice.doc") and ".docx" in message_for("wps_notice.wps")
    assert "not a readable .ofd" in message_for("e_gov.ofd")
    assert before <= assistant.index.corpus.chunk_ids()  # nothing already indexed is lost
    assert assistant.index.vectors.ids() == assistant.index.corpus.chunk_ids()


def test_gbk_and_big5_without_bom_are_read_correctly(bad_corpus):
    assistant, _ = bad_corpus
    assistant.index_paths(progress=False)
    assert "组织开展民族团结进步宣讲进社区活动" in assistant.index.corpus.display_text("gbk_notice")
    assert "本年度共舉辦部落文化交流活動28場" in assistant.index.corpus.display_text("big5_report")
    assert "46场" in assistant.ask("全市计划举办民族团结进步宣讲报告会多少场?").answer
    assert "28场" in assistant.ask("台东县本年度共举办部落文化交流活动多少场?").answer


def test_the_zip_bomb_is_refused_before_it_inflates(tmp_path):
    """In a process that may not map more than 1 GB: inflating the 256 MB document (and parsing
    it) would fail with MemoryError rather than give the refusal."""
    bomb = tmp_path / "bomb.docx"
    write_zip_bomb(bomb)
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from pathlib import Path\nfrom assistant.ingest.loaders import LoadError, load\n"
        "try:\n    load(Path(sys.argv[1]))\nexcept LoadError as error:\n    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(bomb)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "zip bomb" in done.stdout and "bomb.docx" in done.stdout


def test_a_large_file_below_the_limit_is_indexed_with_bounded_memory(tmp_path, embedding_cache):
    """An 8 MB text file (≈2.7 million characters, thousands of passages), keyword-first, in
    its own process so its peak memory can be read."""
    folder = tmp_path / "docs"
    folder.mkdir()
    write_large_text(folder / "large.txt", 8)
    # VmHWM, not ru_maxrss: a child started from the (large) test process inherits its ru_maxrss
    script = (
        "import json, re, sys\nfrom pathlib import Path\n"
        "from assistant.settings import Settings\nfrom assistant.indexing import Index\n"
        "index = Index(Settings(index_dir=Path(sys.argv[1]), documents_dir=Path(sys.argv[2]), embedding_cache=sys.argv[3]))\n"
        "report = index.sync([Path(sys.argv[2])], progress=False, keyword_first=True)\n"
        "print(json.dumps({'added': report.added, 'chunks': index.corpus.chunk_count(),\n"
        "                  'peak_mb': int(re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text())[1]) / 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "index"), str(folder), str(embedding_cache)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    import json

    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["added"] == ["large"] and result["chunks"] > 5000
    assert result["peak_mb"] < 1500, result


def test_two_files_differing_only_in_extension_are_both_named(make_settings, tmp_path):
    settings = make_settings(documents_dir=tmp_path / "docs")
    settings.documents_dir.mkdir()
    (settings.documents_dir / "通知.txt").write_text("通知\n本月共召开会议3次。\n", encoding="utf-8")
    (settings.documents_dir / "通知.md").write_text("通知\n本月共召开会议4次。\n", encoding="utf-8")
    with Assistant(settings) as assistant:
        report = assistant.index_paths(progress=False)
    assert report.added == ["通知"]
    assert any("通知.md" in message and "通知.txt" in message and "rename" in message for message in report.warnings)
