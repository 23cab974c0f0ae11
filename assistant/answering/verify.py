"""Verification of a generated answer against the passages it was given.

Every sentence must be supported by one passage: its figures (numbers with their units, dates,
percentages), the names it states (people, places, organisations) and its quoted phrases all
appear in that passage (after normalization), and the sentence is close to the passage (most of
its character bigrams occur there). Citations are attached by this code to the supporting
passage; the model's own `[n]` are removed and never trusted. A sentence that fails is dropped,
so an unsupported figure never reaches the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.figures import CHINESE_QUANTITY, NUMBER
from assistant.ingest.normalize import SENTENCE, normalize, strip_punctuation
from assistant.answering.text import quoted
from assistant.retrieval import Passage

MODEL_MARKER = re.compile(r"\s*[\[【(（]\s*(?:资料|來源|来源|编号|passage)?\s*\d{1,2}\s*[\]】)）]")
YEAR = re.compile(r"(?:19|20)\d{2}年")
QUOTED = quoted(2, 60)
MIN_CLOSENESS = 0.5
MIN_FIGURE_CONTEXT = 0.5  # the words beside a figure must match the words beside it in the passage
CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?\n]")
REFUSAL_MARKERS = ("资料中未找到", "资料中没有", "未找到相关", "无法回答", "没有提及", "未提及")


@dataclass
class SupportedSentence:
    text: str  # the sentence as generated, markers removed
    passage: Passage
    span_start: int  # display positions in the passage's document
    span_end: int


@dataclass
class Verification:
    kept: list[SupportedSentence] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (sentence, reason)
    refused: bool = False  # the model said the documents do not hold the answer


def figures(text: str) -> list[str]:
    """Figures a sentence states, in search form (`300余名`, `99.4%`, `2022年`, `六次`). Quoted
    names (`“五个清单”`) are not figures: quotations are checked verbatim on their own."""
    search = QUOTED.sub(" ", normalize(text))
    found = [match.group() for match in NUMBER.finditer(search)]
    found += [match.group() for match in CHINESE_QUANTITY.finditer(search)]
    return found


def names(text: str) -> list[str]:
    """People, places and organisations the sentence names (jieba part of speech)."""
    from assistant.tokens import tagged

    return [word for word, flag in tagged(normalize(text)) if flag in ("nr", "ns", "nt") and len(word) >= 2]


def quotations(text: str) -> list[str]:
    return [strip_punctuation(normalize(quote)) for quote in QUOTED.findall(text)]


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def closeness(sentence: str, passage_text: str) -> float:
    """Share of the sentence's character bigrams that occur in the passage."""
    sentence_grams = _bigrams(strip_punctuation(normalize(sentence)))
    if not sentence_grams:
        return 0.0
    return len(sentence_grams & _bigrams(strip_punctuation(normalize(passage_text)))) / len(sentence_grams)


def unsupported(sentence: str, passage: Passage) -> str | None:
    """Why the passage does not support the sentence, or None when it does."""
    context = normalize(f"{passage.title}\n{passage.heading}\n{passage.text}")
    bare = strip_punctuation(context)
    for figure in figures(sentence):
        if not re.search(rf"(?<![\d.]){re.escape(figure)}", context):
            return f"figure {figure} not in the passage"
        if not YEAR.fullmatch(figure) and not _figure_in_same_context(figure, normalize(sentence), context):
            return f"figure {figure} is about something else in the passage"
    for name in names(sentence):
        if name not in context:
            return f"name {name} not in the passage"
    for quote in quotations(sentence):
        if quote not in bare:
            return f"quotation “{quote}” not in the passage"
    if closeness(sentence, passage.text) < MIN_CLOSENESS:
        return "not close to the passage"
    return None


WINDOW = 8  # characters beside a figure that name what it counts


def _figure_in_same_context(figure: str, sentence: str, passage: str) -> bool:
    """`查找出问题167条` is unsupported by `…问题84条,提出整改措施167条`: the words right before the
    figure (what it counts) must be the words before it in the passage; when the figure opens
    its clause, the words right after it are compared instead."""
    def bare(text: str) -> str:
        return strip_punctuation(NUMBER.sub("", CHINESE_QUANTITY.sub("", text)))

    own = next((c for c in CLAUSE_SPLIT.split(sentence) if figure in c), sentence)
    at = own.find(figure)
    left, right = bare(own[:at])[-WINDOW:], bare(own[at + len(figure):])[:WINDOW]
    use_left = len(left) >= 2
    grams = _bigrams(left if use_left else right)
    if not grams:
        return True
    for clause in CLAUSE_SPLIT.split(passage):
        for match in re.finditer(rf"(?<![\d.]){re.escape(figure)}", clause):
            side = bare(clause[:match.start()])[-WINDOW:] if use_left else bare(clause[match.end():])[:WINDOW]
            if len(grams & _bigrams(side)) / len(grams) >= MIN_FIGURE_CONTEXT:
                return True
    return False


def best_span(sentence: str, passage: Passage) -> tuple[int, int]:
    """The passage sentence closest to the generated one, in display positions."""
    best, best_score = (0, len(passage.text)), -1.0
    for match in SENTENCE.finditer(passage.text):
        score = closeness(sentence, match.group()) if match.group().strip() else -1
        if score > best_score:
            best, best_score = (match.start(), match.end()), score
    return passage.start + best[0], passage.start + best[1]


def verify(generated: str, passages: list[Passage], by_item: bool = False) -> Verification:
    """The generated sentences each supported by one passage. `by_item`: a sentence listing
    items from several passages (`…涉及A、B和C`) is kept item by item when each is supported."""
    result = Verification()
    for match in SENTENCE.finditer(MODEL_MARKER.sub("", generated)):
        sentence = match.group().strip()
        if not strip_punctuation(sentence):
            continue
        if any(marker in normalize(sentence) for marker in REFUSAL_MARKERS):
            result.refused = True
            continue
        supported, reason = _supported(sentence, passages)
        if supported is None and by_item:
            items = _supported_items(sentence, passages)
            if items:
                result.kept.extend(items)
                continue
        if supported is None:
            result.dropped.append((sentence, reason))
        else:
            result.kept.append(supported)
    return result


ITEM_SPLIT = re.compile(r"[、，,；;]")  # the items of a generated list


def _supported_items(sentence: str, passages: list[Passage]) -> list[SupportedSentence]:
    """Each item of a listing sentence with its supporting passage (an item failing whole is
    tried as two joined by 和: `…推广工作和重点抓好…`); empty unless every item is supported."""
    kept: list[SupportedSentence] = []
    items = [item for item in ITEM_SPLIT.split(sentence) if strip_punctuation(item)]
    for item in items:
        found, _ = _supported(item, passages)
        halves = [] if found else [_supported(half, passages)[0] for half in item.split("和") if strip_punctuation(half)]
        if found is None and (len(halves) < 2 or None in halves):
            return []
        kept.extend([found] if found else halves)
    return kept if len(items) >= 2 else []


def _supported(sentence: str, passages: list[Passage]) -> tuple[SupportedSentence | None, str]:
    """The sentence with the closest passage that supports it, or None and the first reason."""
    reasons = []
    for passage in sorted(passages, key=lambda p: -closeness(sentence, p.text)):
        reason = unsupported(sentence, passage)
        if reason is None:
            start, end = best_span(sentence, passage)
            return SupportedSentence(sentence, passage, start, end), ""
        reasons.append(reason)
    return None, reasons[0] if reasons else "no passage"
