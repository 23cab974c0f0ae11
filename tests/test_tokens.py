import difflib
from functools import lru_cache
from pathlib import Path

from assistant.ingest.normalize import normalize
from assistant.tokens import DOMAIN_WORDS, _is_word, domain_word_frequencies, segmenter, tokenize

CORPUS = Path(__file__).resolve().parents[1] / "documents"


@lru_cache(maxsize=1)
def reference_jieba():
    """Python jieba with our words at our frequencies: the reference segmentation."""
    import jieba

    reference = jieba.Tokenizer()
    for word, frequency in domain_word_frequencies().items():
        reference.add_word(word, frequency)
    return reference


def jieba_search_tokens(text: str) -> tuple[str, ...]:
    """What jieba's own search mode gives, without punctuation and spaces."""
    return tuple(token for token in reference_jieba().lcut_for_search(text) if _is_word(token))


def unknown_to_jieba_hmm(text: str) -> bool:
    """Whether a character of the text is one jieba's new-word model has never seen (mojibake):
    there the Rust port's guess for unseen words may differ from jieba's."""
    from jieba.finalseg import emit_P

    seen = set().union(*emit_P.values())
    return any(char not in seen for char in text)


def corpus_texts() -> list[str]:
    texts = [normalize(path.read_text(encoding="utf-8", errors="replace")) for path in sorted(CORPUS.glob("*"))
             if path.is_file() and path.suffix in {".txt", ".md", ".html", ".htm"}]
    assert texts
    texts.append("民族团结进步示范区创建工作，2023年办复率达100%；发布时间：2023-07-26 ABC-12 x.x 中华人民共和国国务院")
    return texts


def test_tokens_are_jieba_search_mode_tokens_on_the_whole_corpus():
    # tokenize caches each word's search-mode parts; the tokens must stay jieba's own
    compared = 0
    for text in corpus_texts():
        ours, reference = tokenize.__wrapped__(text), jieba_search_tokens(text)
        blocks = difflib.SequenceMatcher(None, reference, ours, autojunk=False).get_opcodes()
        for kind, ref_start, ref_end, our_start, our_end in blocks:
            if kind == "equal":
                compared += ref_end - ref_start
                continue
            differing = "".join(reference[ref_start:ref_end])
            assert differing == "".join(ours[our_start:our_end]), (reference[ref_start:ref_end], ours[our_start:our_end])
            assert unknown_to_jieba_hmm(differing), (reference[ref_start:ref_end], ours[our_start:our_end])
    assert compared > 10_000


def test_a_date_keeps_its_year_as_a_token():
    assert tokenize("发布时间：2023-07-26") == ("发布", "时间", "2023", "07", "26")


def test_long_words_yield_their_dictionary_parts_before_the_word():
    tokens = tokenize("中华人民共和国")
    assert tokens[-1] == "中华人民共和国"
    assert {"中华", "华人", "人民", "共和", "共和国"} <= set(tokens)


def test_domain_words_stay_whole_and_get_the_frequencies_jieba_would_suggest():
    import jieba

    suggesting = jieba.Tokenizer()
    suggested = {word: suggesting.suggest_freq(word) for word in DOMAIN_WORDS}
    ours = domain_word_frequencies()
    # the Rust port rounds the same product a little differently
    assert all(abs(ours[word] - suggested[word]) <= 1 for word in DOMAIN_WORDS), (ours, suggested)
    for word in DOMAIN_WORDS:
        assert segmenter().cut(word, True) == [word]


def test_a_word_is_written_out_where_an_abbreviation_stands_as_a_word_in_it():
    from assistant.tokens import full_forms

    assert full_forms("全国人大") == ("全国人民代表大会",)  # one dictionary word holding 人大
    assert full_forms("gdp和cpi") == ("国内生产总值和居民消费价格",)  # every abbreviation in it
    assert full_forms("发改委") == ("发展改革委", "发展和改革委员会")
    assert full_forms("居民委员会") == () and full_forms("成人大学") == ()  # no 民委, 人大 across two words


def test_an_abbreviation_asked_is_searched_by_its_full_names_words_too():
    from assistant.tokens import with_full_names

    terms = with_full_names(["2022", "gdp", "增长"], "2022 gdp 增长")
    assert terms[:3] == ["2022", "gdp", "增长"] and "生产总值" in terms
    assert "政治协商会议" in with_full_names(["日喀则"], "日喀则市政协")  # found inside the word the tagger made
    assert "协商" not in with_full_names(["政协"], "政协")  # no search piece of the full name
    assert with_full_names(["增长"], "增长") == ["增长"]
    # an abbreviation written across two words is none (`负责编制` holds no 责编, `一直选择` no 直选)
    assert "责任编辑" in with_full_names([], "那篇稿子责编是谁")
    assert with_full_names(["部门"], "规划由哪个部门负责编制") == ["部门"] and with_full_names([], "为什么一直选择绿色发展") == []


def test_the_word_at_a_position_or_none_inside_a_word():
    from assistant.tokens import word_at
    assert word_at("普通程序与简易程序", 4) == ("与", "p")
    assert word_at("新疆和田地区", 2) == ("和田地区", "ns")  # 和 opens a place, no conjunction
    assert word_at("新疆和田地区", 3) is None  # inside 和田地区


def test_phrases_the_dictionary_tags_as_names_are_no_names():
    from assistant.tokens import tagged
    # jieba's dictionary tags 宣传教育, 采取措施 as person names; a clause holding one answered `…书记是谁`
    flags = dict(tagged("开展宣传教育，采取措施，建立健全机制"))
    assert not any(flags[word].startswith("nr") for word in ("宣传教育", "采取措施", "建立健全"))
    assert dict(tagged("司马相如和上官婉儿"))["司马相如"] == "nr"  # four-character names stay names
