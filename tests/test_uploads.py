"""Uploaded files: safe names, stored only under the documents folder, size and type limits."""

from __future__ import annotations

import io

import pytest

from assistant.ingest.loaders import LoadError
from assistant.uploads import safe_name, save_upload


@pytest.mark.parametrize("given, stored", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\evil.txt", "evil.txt"),
    ("C:\\Users\\张三\\通知.docx", "通知.docx"),
    ("a\x00b\x1f\u202e.txt", "ab.txt"),
    ("...", "upload"),
    ('what?<is>"this".md', "what__is__this_.md"),
])
def test_names_are_sanitised(given, stored):
    assert safe_name(given) == stored


def test_files_land_only_under_the_documents_folder(tmp_path):
    folder = tmp_path / "documents"
    saved = save_upload(folder, "../../outside/通知.txt", io.BytesIO("通知\n内容\n".encode()), 1 << 20)
    assert saved == folder / "通知.txt" and saved.read_text(encoding="utf-8") == "通知\n内容\n"
    assert not (tmp_path / "outside").exists()
    again = save_upload(folder, "通知.txt", io.BytesIO(b"second"), 1 << 20)
    assert again == folder / "通知-1.txt"  # never overwrites an existing document


def test_too_large_and_unsupported_uploads_are_refused_and_leave_nothing(tmp_path):
    folder = tmp_path / "documents"
    with pytest.raises(LoadError, match=r"big\.txt.*larger than the 1 MB limit"):
        save_upload(folder, "big.txt", io.BytesIO(b"x" * (2 << 20)), 1 << 20)
    with pytest.raises(LoadError, match=r"old\.xls.*\.docx or \.txt"):
        save_upload(folder, "old.xls", io.BytesIO(b"\xd0\xcf\x11\xe0"), 1 << 20)
    with pytest.raises(LoadError, match=r"scan\.ofd.*larger than the 1 MB limit"):
        save_upload(folder, "scan.ofd", io.BytesIO(b"PK" * (1 << 20)), 1 << 20)
    assert list(folder.iterdir()) == []  # not even the partial upload


@pytest.mark.parametrize("name", ["old.doc", "notice.wps", "memo.rtf", "minutes.odt", "e_gov.ofd", "scan.pdf"])
def test_office_ofd_and_scanned_files_are_accepted(tmp_path, name):
    assert save_upload(tmp_path, name, io.BytesIO(b"\xd0\xcf\x11\xe0"), 1 << 20).name == name
