"""Search text: the display text folded for matching, with a map back to display positions.

Display text keeps the original script and punctuation (what users see); search text is
NFKC-folded (full/half width), lower-cased and converted Traditional→Simplified (OpenCC),
so `鑄牢中華民族` and `铸牢中华民族` meet. Every search-text position maps back to the
display-text position it came from, so a match found in search text is shown (and cited)
exactly as written.
"""

from __future__ import annotations

import bisect
from array import array
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).lower()
    # NFKC turns a few marks into nothing or into spaces we do not want to count as text.
    return folded if folded.strip() or char.isspace() else char


def to_simplified(text: str) -> str:
    """Traditional→Simplified only (no width folding): how answers are shown to users."""
    return _t2s().convert(text)


# A sentence: text up to and including its final punctuation (。！？；), never across a line.
SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]*")

CHINESE_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")
CHINESE_YEAR = re.compile(r"[零〇一二三四五六七八九]{4}(?=年)")


def _arabic_years(text: str) -> str:
    """`二零二一年` → `2021年`: same length, so the position map is unchanged."""
    return CHINESE_YEAR.sub(lambda match: match.group().translate(CHINESE_DIGITS), text)


@dataclass(frozen=True)
class SearchText:
    """Normalized text plus, for each of its characters, the display position it came from."""

    text: str
    # origin[i] = display index of search character i: a range when every character folds to
    # one (nearly always; constant memory however long the document), else a compact array
    origin: range | array
    display_length: int

    def to_display(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open search-text span to the display-text span that holds it."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.display_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def from_display(self, start: int, end: int) -> tuple[int, int]:
        """Map a display-text span to the search-text span covering it."""
        return bisect.bisect_left(self.origin, start), bisect.bisect_left(self.origin, end)


class _FoldTable(dict):
    """char code → folded string, filled on first sight, for `str.translate` (C speed)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        if len(folded) != 1:
            _UNEVEN.add(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()
_UNEVEN: set[str] = set()  # characters that fold to more (or fewer) than one character


def build_search_text(display: str) -> SearchText:
    folded = display.translate(_FOLD_TABLE)
    if len(folded) == len(display) and _UNEVEN.isdisjoint(display):
        origin: range | array = range(len(display))
    else:  # some character folded to several (e.g. ㈠ → (一)) or none: build the map by hand
        folded_chars: list[str] = []
        origin = array("l")
        for index, char in enumerate(display):
            piece = _FOLD_TABLE[ord(char)]
            folded_chars.extend(piece)
            origin.extend([index] * len(piece))
        folded = "".join(folded_chars)
    simplified = _t2s().convert(folded)
    if len(simplified) != len(folded):
        # A phrase conversion changed the length; convert character by character so the
        # map stays exact (rare; loses only phrase-level disambiguation).
        simplified = "".join(_t2s().convert(char) if len(_t2s().convert(char)) == 1 else char for char in folded)
    return SearchText(_arabic_years(simplified), origin, len(display))


@lru_cache(maxsize=8192)  # titles and headings are normalized once per chunk
def normalize(text: str) -> str:
    """The search-text form of any string (questions, answer keys, phrases)."""
    return build_search_text(text).text


def is_punctuation_or_space(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PS"


class _PunctuationTable(dict):
    """char code → "" for punctuation and spaces, the character itself otherwise (for translate)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = "" if is_punctuation_or_space(char) else char
        return self[code]


_PUNCTUATION_TABLE = _PunctuationTable()


def strip_punctuation(text: str) -> str:
    """Letters and digits only: what phrase matching compares, so `〔2022〕`, `[2022]` and
    `(2022)`, or `“三个离不开”` and `三个离不开`, are the same wording."""
    return text.translate(_PUNCTUATION_TABLE)
