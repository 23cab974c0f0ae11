"""Zip containers (.docx, .odt, .ofd) checked before anything inflates them.

A zip's members may expand a thousandfold (a "zip bomb" uses exactly that). Real policy
documents expand to a few MB; a container is refused before python-docx, LibreOffice or the OFD
reader inflates anything when it would expand past MAX_EXPANDED_MB, or past 10 MB at over
MAX_RATIO times its packed size.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

MAX_EXPANDED_MB = 200
MAX_RATIO = 200
RESAVE = {".docx": "open and re-save it in Word/WPS", ".odt": "open and re-save it in LibreOffice/WPS",
          ".ofd": "open it in an OFD reader (数科/福昕) and export it again"}


class ContainerError(Exception):
    """A container refused before it is opened; the message says why and what to do (no file name)."""


def check_zip(path: Path, required: str) -> None:
    """Refuse an unreadable zip, a zip bomb, or a zip without its format's `required` member
    (matched case-insensitively, any folder for OFD's `OFD.xml` at the root)."""
    kind = path.suffix.lower()
    remedy = RESAVE.get(kind, "re-save the original")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ContainerError(f"not a readable {kind} ({error}); {remedy}") from error
    expanded = sum(member.file_size for member in members)
    packed = max(1, sum(member.compress_size for member in members))
    if expanded > MAX_EXPANDED_MB * 1048576 or (expanded > 10 * 1048576 and expanded / packed > MAX_RATIO):
        raise ContainerError(f"expands to {expanded / 1048576:,.0f} MB from {packed / 1048576:,.1f} MB "
                             f"(a zip bomb, or not a real document); refused — {remedy}")
    names = {member.filename.lower().lstrip("/") for member in members}
    if required.lower() not in names:
        raise ContainerError(f"a zip file without {required}, so not a {kind}; {remedy}")
