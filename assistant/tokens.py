"""jieba tokenization of search text, shared by the keyword index, retrieval and answering."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import chain

import rjieba

# Policy vocabulary jieba's general dictionary splits badly; kept small and generic.
DOMAIN_WORDS = (
    "民委", "民族团结", "民族团结进步", "中华民族共同体意识", "铸牢", "模范区", "模范单位", "办复率", "提案",
    "政协", "统战部", "党组", "专项组", "领导小组", "事务局", "理论学习中心组", "三个离不开", "五个认同", "四个与共", "民族成分", "示范区",
)


# Abbreviations policy texts and their readers use for a full name (an organisation's, or a term
# reports write out: GDP). The tagger knows them as words (the keyword index's segmentation is
# unchanged: its tokens are tested against jieba's); answering credits one through its full name,
# and retrieval searches by its full name's words too (with_full_names).
ABBREVIATIONS = {
    "民委": ("民族事务委员会",), "民宗局": ("民族宗教事务局",), "政协": ("政治协商会议",),
    "人大": ("人民代表大会",), "统战部": ("统一战线工作部",), "发改委": ("发展改革委", "发展和改革委员会"),
    # bodies laws only name in full (`…报全国人民代表大会常务委员会备案`); a table, not the characters in
    # order: that read 财政部 into `市财政局会同有关部门` and 民政部 into `县民政局负责组织部署`
    "人大常委会": ("人民代表大会常务委员会",), "最高法": ("最高人民法院",), "最高检": ("最高人民检察院",),
    # what a cadre types for the terms reports write out
    "gdp": ("国内生产总值",), "cpi": ("居民消费价格",), "自贸区": ("自由贸易区", "自由贸易试验区"),
    "党建": ("党的建设",),  # `机关党建这块` asked, `抓好机关党的建设` written
    "新冠": ("新型冠状病毒",),  # `新冠肺炎` asked, `新型冠状病毒感染的肺炎` in early-2020 notices
    "直选": ("直接选举",),  # `选民直选的代表` asked, `由选民直接选举的代表` in the 代表法
    "责编": ("责任编辑",),  # a web page's footer writes it out (`责任编辑:龙会琴`)
}


ABBREVIATED = re.compile("|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)))  # the longest first


@lru_cache(maxsize=4096)
def full_forms(word: str) -> tuple[str, ...]:
    """The word written out: an abbreviation's full names, or every abbreviation in it written out in
    place (`全国人大` → 全国人民代表大会, `上海市人大常委会` → 上海市人民代表大会常务委员会, `gdp增速` →
    国内生产总值增速, `人大政协` → 人民代表大会政治协商会议); () when it holds none. Only an abbreviation
    standing as a word: inside one word the dictionary keeps whole (全国人大), or one of the words the
    word is cut into (`gdp`+`增速`) — not characters across two (`居民`+`委员会` holds no 民委)."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    words = list(segmenter().cut(word))
    if len(words) > 1:
        written_out = [(full_forms(part) or (part,))[0] for part in words]
        return ("".join(written_out),) if written_out != words else ()
    first = ABBREVIATED.search(word)
    if first is None:
        return ()
    return tuple(ABBREVIATED.sub(lambda found: full if found.start() == first.start() else ABBREVIATIONS[found.group()][0], word)
                 for full in ABBREVIATIONS[first.group()])


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    """jieba's segmentation (its dictionary and algorithm, in rjieba's Rust port: ~4x faster,
    which is most of keyword indexing's CPU) with our words, built on first use."""
    dictionary = rjieba.Jieba()
    for word, frequency in domain_word_frequencies().items():
        dictionary.add_word(word, frequency, None)
    return dictionary


@lru_cache(maxsize=1)
def domain_word_frequencies() -> dict[str, int]:
    """The frequency jieba suggests for each domain word (enough to keep it whole), computed
    on the plain dictionary so that the order of DOMAIN_WORDS does not change them."""
    plain = rjieba.Jieba()
    return {word: plain.suggest_freq(word) for word in DOMAIN_WORDS}

# Words that carry the question's form, not its content (是从: jieba glues `是从哪几方面`); and the spoken words for
# when and how often (`疫情那阵子…前前后后一共捐了多少`), which no document writes.
STOPWORDS = frozenset(
    """的 了 是 在 和 与 及 或 共 都 有 为 被 把 对 将 由 从 向 以 于 之 其 中 上 下 这 那 哪 哪些 什么 多少 几 几个 几次
    谁 何时 何 怎么 怎样 如何 是否 吗 呢 吧 啊 个 些 请问 请 问 一下 情况 有关 相关 方面 提到 提及 文件 文档 资料
    里 内 多 少 年度 具体 主要 分别 哪个 哪里 哪一年 什么时候 时候 开始 曾 一共 总共 合计 共计 到底 所 等 是从
    那阵子 这阵子 那阵儿 那会儿 这会儿 那时候 前前后后 来来回回""".split()
)
TOKEN_CHARS = re.compile(r"[\w\u3400-\u9fff]")


def _is_word(token: str) -> bool:
    return bool(TOKEN_CHARS.search(token)) and not token.isspace()


@lru_cache(maxsize=4096)
def tokenize(search_text: str) -> tuple[str, ...]:
    """Fine-grained jieba tokens (search mode: long words also yield their parts).

    The same tokens as jieba's `lcut_for_search`, with each word's search-mode expansion
    computed once per distinct word: indexing spent most of its tokenizing time re-deriving
    the parts of the same few thousand words."""
    return tuple(chain.from_iterable(map(_search_tokens, segmenter().cut(search_text, True))))


# jieba's pieces of a run of letters, digits and signs (`2023-07-26`, `99.4%`), which rjieba
# returns whole: a date's year must stay a token of its own.
SIGNED_RUN_PIECES = re.compile(r"[a-zA-Z0-9]+(?:\.\d+)?%?|.", re.S)
HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=200_000)
def _search_tokens(word: str) -> tuple[str, ...]:
    """A word's 2- and 3-character dictionary parts, then the word (jieba's cut_for_search),
    without punctuation and spaces."""
    if len(word) > 1 and not word.isalnum() and not HAN.search(word):
        return tuple(piece for piece in SIGNED_RUN_PIECES.findall(word) if _is_word(piece))
    in_dictionary = segmenter().has_word
    tokens = []
    if len(word) > 2:
        tokens += [word[i:i + 2] for i in range(len(word) - 1) if in_dictionary(word[i:i + 2])]
    if len(word) > 3:
        tokens += [word[i:i + 3] for i in range(len(word) - 2) if in_dictionary(word[i:i + 3])]
    tokens.append(word)
    return tuple(token for token in tokens if _is_word(token))


def in_dictionary(word: str) -> bool:
    """jieba's dictionary (with the domain words) knows the word."""
    return segmenter().has_word(word)


def content_terms(search_text: str) -> list[str]:
    """Tokens of a question that name what it is about (stopwords and duplicates dropped)."""
    seen: dict[str, None] = {}
    for token in tokenize(search_text):
        if token not in STOPWORDS and token not in seen:
            seen[token] = None
    return list(seen)


def with_full_names(terms: list[str], search_text: str) -> list[str]:
    """The terms, and the whole words of the full names of the abbreviations the question's words hold
    (`GDP` → 国内, 生产总值: its passage ranked below 20th on the words asked; `政协` → 政治协商会议).
    Whole words only: the search pieces of a full name (协商, 会议 of 政治协商会议) outranked the
    passage holding `日喀则市政协提案办复率99.4%` with one on 协商议政 (tests/test_retrieval.py)."""
    expanded = dict.fromkeys(terms)
    words = list(segmenter().cut(search_text))  # inside a word (全国人大), not across two (负责编制 holds no 责编)
    for abbreviation, full_names in ABBREVIATIONS.items():
        if any(abbreviation in word for word in words):
            for full in full_names:
                expanded.update(dict.fromkeys(word for word in segmenter().cut(full) if len(word) >= 2 and word not in STOPWORDS))
    return list(expanded)


@lru_cache(maxsize=1)
def _tagger():
    """Part-of-speech tagging on plain jieba (its tagger is the reference for the flags the
    question analysis reads), with the same domain words."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    for word in (*DOMAIN_WORDS, *ABBREVIATIONS):  # `廊坊市民宗局` is 廊坊市/民宗局, not 廊坊/市民/宗局
        jieba.add_word(word)
    _untag_phrases_read_as_names(jieba.posseg.dt.word_tag_tab)
    return jieba.posseg.dt


NAME_FLAGS = ("nr", "ns", "nt", "nz")


def _untag_phrases_read_as_names(tags: dict[str, str]) -> None:
    """jieba's dictionary tags some eight hundred four-character phrases as person names (宣传教育,
    采取措施, 建立健全, 安全检查): any clause with one then "named a person" and answered `…书记是谁`.
    A phrase of two common words (neither a name) takes its head's flag, the last word's."""
    for word, flag in tags.items():  # values only change: no copy of the dictionary's 350k entries
        if flag != "nr" or len(word) != 4:
            continue
        halves = [tags.get(word[:2], ""), tags.get(word[2:], "")]
        if all(half[:1] in ("n", "v", "a") and not half.startswith(NAME_FLAGS) for half in halves):
            tags[word] = halves[1]


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs: nr person, ns place, nt organisation…"""
    return [(pair.word, pair.flag) for pair in _tagger().lcut(text)]


def word_at(text: str, position: int) -> tuple[str, str] | None:
    """The tagged (word, flag) starting at `position`, or None when a word runs across it."""
    start = 0
    for word, flag in tagged(text):
        if start == position:
            return word, flag
        start += len(word)
        if start > position:
            return None
    return None


def tokenizer_signature() -> str:
    """Changes when the vocabulary changes, so indexes built with another one are rebuilt."""
    import hashlib
    from importlib.metadata import version

    return hashlib.sha1(("|".join(DOMAIN_WORDS) + "rjieba" + version("rjieba")).encode()).hexdigest()[:8]
