from pathlib import Path

from assistant.ingest.normalize import normalize
from assistant.tokens import _is_word, segmenter, tokenize

CORPUS = Path(__file__).resolve().parents[1] / "documents"


def jieba_search_tokens(text: str) -> tuple[str, ...]:
    """What jieba's own search mode gives, without punctuation and spaces."""
    return tuple(token for token in segmenter().lcut_for_search(text) if _is_word(token))


def test_tokens_are_jieba_search_mode_tokens_on_the_whole_corpus():
    # tokenize caches each word's search-mode parts; the tokens must stay jieba's own
    texts = [normalize(path.read_text(encoding="utf-8", errors="replace")) for path in sorted(CORPUS.glob("*"))
             if path.is_file() and path.suffix in {".txt", ".md", ".html", ".htm"}]
    assert texts
    texts.append("民族团结进步示范区创建工作，2023年办复率达100%；ABC-12 中华人民共和国国务院")
    for text in texts:
        assert tokenize.__wrapped__(text) == jieba_search_tokens(text)


def test_long_words_yield_their_dictionary_parts_before_the_word():
    tokens = tokenize("中华人民共和国")
    assert tokens[-1] == "中华人民共和国"
    assert {"中华", "华人", "人民", "共和", "共和国"} <= set(tokens)


def test_domain_words_get_the_frequencies_jieba_would_suggest_one_by_one():
    import jieba_next

    from assistant.tokens import DOMAIN_WORDS

    reference = jieba_next.Tokenizer()
    for word in DOMAIN_WORDS:
        reference.add_word(word)  # jieba's own way: suggest, add, next
    ours = segmenter()
    assert {word: ours.FREQ[word] for word in DOMAIN_WORDS} == {word: reference.FREQ[word] for word in DOMAIN_WORDS}
    assert ours.total == reference.total
