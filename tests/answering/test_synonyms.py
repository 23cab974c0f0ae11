"""The synonym lexicon: 同义词词林's `=` groups, multi-character words, switchable off."""

from __future__ import annotations

from assistant.answering.synonyms import Synonyms


def test_words_of_the_same_meaning_from_cilin():
    lexicon = Synonyms()
    assert "变更" in lexicon.of("改变") and "扶助" in lexicon.of("帮扶")
    assert "改变" not in lexicon.of("改变")  # never the word itself
    assert all(len(word) >= 2 for word in lexicon.of("人员"))  # 口 = 人口 = 食指: single characters left out


def test_off_means_literal_words_only():
    assert Synonyms("off").of("改变") == frozenset()
    assert Synonyms().of("没有这个词语") == frozenset()
