"""Phrases in a question: the nouns ending a stretch of it (with a quoted or bracketed name just
before them), a 和 that joins two things, the thing before a preposition. Read by sides.py and
parts.py to cut a question into its sides and parts."""

from __future__ import annotations

import re

from assistant.answering.focus import NOUN_FLAGS
from assistant.answering.text import noun_phrase_before, quoted
from assistant.tokens import STOPWORDS, word_at

AND = re.compile(r"和|与|及|以及|、")
# Two things a question joins: also by the spoken 跟 (`阿里地区跟林芝市…各是多少`), which texts do not list with
ASKED_AND = re.compile(r"和|与|跟|及|以及|、")
BRACKETED = re.compile(quoted(1, 30, titles=True, capture="none").pattern + "$")


def is_a_conjunction(text: str, match: re.Match) -> bool:
    """`和` joining two things, not inside a name (`新疆和田地区`): the tagger reads it as a
    conjunction of its own."""
    if match.group() == "、":
        return True
    found = word_at(text, match.start())
    if found is None:
        return False
    word, flag = found  # 与 and 跟 joining two things are tagged prepositions (`普通程序与简易程序`)
    return word == match.group() and (flag == "c" or flag == "p" and word in ("与", "跟"))


def _names_a_side(word: str, flag: str) -> bool:
    """A side is named by nouns, abbreviations, places, organisations and other names."""
    return flag.startswith(NOUN_FLAGS + ("ns", "nt", "nz")) and word not in STOPWORDS


def side_phrase_before(text: str) -> str:
    """The nouns ending `text` (up to two words), with a quoted or bracketed name just before them."""
    return with_name_before(text, noun_phrase_before(text, is_noun=_names_a_side))


def with_name_before(text: str, phrase: str) -> str:
    """The phrase ending `text`, with a quoted or bracketed name just before it (`《未成年人保护法》专项监督`)."""
    if not phrase:
        return ""
    bracketed = BRACKETED.search(text[:len(text) - len(phrase)])
    return (bracketed.group() if bracketed else "") + phrase


