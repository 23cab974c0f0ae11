"""The masthead of an official document (版头, GB/T 9704 7.2): its 发文字号 and 签发人, read from
the lines at the top of its first page as cleaning sees them — a text layer, OCR or an office file.

A 上行文 prints the 发文字号 at the left and `签发人：姓名` at the right of one line; OCR and the
text layer give that line as `拉委发〔2022〕31号 签发人：张建华` (one space, or ` | ` where the two
stand apart like table cells), other documents give the number alone on its line. Only a line that
is nothing but these is taken: `根据国办发〔2021〕5号文件精神…` cites a number, it does not bear one.
The masthead's lines stay in the display text (they are searched and cited like any other line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.normalize import normalize

# 拉委办发〔2022〕31号, 国办发[2021]5号, 藏政函（2020）12号: issuer code, year in brackets, number.
# OCR mixes the bracket pairs (`〔2022】`), so any opening and any closing bracket are accepted.
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}[发字函令]\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\d{1,4}\s*号")
NAME = r"[\u4e00-\u9fff·•]{2,12}"
# Matched on normalized lines (NFKC: `：` is `:`); a joint document lists several signers.
SIGNERS = rf"签\s*发\s*人\s*:\s*(?P<signers>{NAME}(?:[\s、,，]+{NAME})*)"
MASTHEAD_LINE = re.compile(rf"^(?P<number>{DOCUMENT_NUMBER.pattern})?\s*\|?\s*(?:{SIGNERS})?$")
# The other lines a masthead may open with: 份号, 密级 and 保密期限, 紧急程度, the issuer's mark (…文件).
OTHER_MASTHEAD_LINE = re.compile(r"^(\d{6}|(绝密|机密|秘密)\S{0,8}|特急|加急|特提|平急|[\u4e00-\u9fff（）() ]{2,40}文件)$")
MASTHEAD_LINES = 8  # 份号, 密级, 紧急程度, issuer, 文号 and 签发人, with room for a split line


@dataclass
class Issuance:
    number: str | None = None  # its own 发文字号, as printed
    signers: list[str] = field(default_factory=list)  # 签发人
    end: int = 0  # lines [0, end) are a masthead opening the text (0: none, or no 文号/签发人 in it)

    def to_dict(self) -> dict:
        return {"number": self.number, "signers": self.signers}


def standard_number(number: str) -> str:
    """A 发文字号 as GB/T 9704 writes it: the year in 〔〕, no spaces (`国办发[2021]5号`, and OCR's
    `〔2022】`, become `国办发〔2021〕5号`)."""
    number = re.sub(r"\s+", "", number)
    return re.sub(r"[〔\[［(（【]((?:19|20)\d{2})[〕\]］)）】]", r"〔\1〕", number)


def read_issuance(lines: list[str]) -> Issuance:
    """The 发文字号 and 签发人 printed among the first lines (also under a title, as web pages
    print them), and where a masthead opening the text ends."""
    found, leading = Issuance(), True
    for index, line in enumerate(lines[:MASTHEAD_LINES]):
        folded = normalize(line).strip()
        match = MASTHEAD_LINE.match(folded)
        if match and (match.group("number") or match.group("signers")):
            if match.group("number") and not found.number:
                found.number = standard_number(match.group("number"))
            if match.group("signers") and not found.signers:
                found.signers = re.split(r"[\s、,，]+", match.group("signers"))
            found.end = index + 1 if leading else found.end
        elif not OTHER_MASTHEAD_LINE.match(folded):
            leading = False
    return found
