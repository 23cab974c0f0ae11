"""Precedent wording search: how did earlier documents word this, where, and how often?

Three tiers, best first:
- exact: the phrase occurs, ignoring script (Traditional/Simplified), width and punctuation
  (`〔2022〕` = `[2022]` = `(2022)`); found through a trigram index of each document's search
  text without punctuation, then located with a regex that lets punctuation sit between any two
  characters;
- near: passages sharing most of the phrase's character trigrams, scored by edit distance
  (rapidfuzz partial ratio) over sentences;
- meaning: when nothing literal exists, the closest passages by the dense embedding.
Every hit is cut from the display text (shown as written) with its display offsets.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from assistant.ingest.normalize import SENTENCE, build_search_text, normalize, strip_punctuation
from assistant.retrieval import HybridSearcher, SearchFilters
from assistant.indexing import Index

CONTEXT_CHARS = 30
NEAR_MIN_SCORE = 75.0
NEAR_CANDIDATE_DOCS = 30
MEANING_HITS = 5
GAP = r"[\p{P}\p{S}\s]*"  # what may sit between two characters of an exact phrase


@dataclass
class WordingHit:
    doc_id: str
    title: str
    heading: str
    date: str | None
    left: str
    match: str
    right: str
    start: int
    end: int
    kind: str  # exact | near | meaning
    score: float
    page: int | None = None  # paged documents: the page the hit stands on
    paragraphs: list[int] | None = None  # office documents: [first, last] paragraph of the file

    def to_dict(self) -> dict:
        data = asdict(self)
        data["score"] = round(self.score, 4)
        return data


@dataclass
class WordingResult:
    query: str
    hits: list[WordingHit] = field(default_factory=list)
    per_doc: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"query": self.query, "hits": [hit.to_dict() for hit in self.hits], "per_doc": self.per_doc}


@dataclass
class _Span:
    """A hit before it is cut out of the display text (only the hits shown are cut)."""

    doc_id: str
    title: str
    date: str | None
    start: int
    end: int
    kind: str
    score: float
    in_display: bool = False  # False: search-text positions (exact, near)


@dataclass
class _SearchText:
    doc_id: str
    title: str
    date: str | None
    search: str
    aligned: bool


@lru_cache(maxsize=64)
def _search_map(display: str):
    return build_search_text(display)


def phrase_pattern(phrase_chars: str) -> regex.Pattern:
    return regex.compile(GAP.join(regex.escape(char) for char in phrase_chars))


class WordingSearch:
    def __init__(self, index: Index, searcher: HybridSearcher):
        self.index = index
        self.searcher = searcher

    def find(self, phrase: str, filters: SearchFilters | None = None, sort: str = "relevance",
             limit: int = 100, context: int = CONTEXT_CHARS) -> WordingResult:
        """Hits best first (or newest first), with per-document totals. Near matches are looked
        for only while exact ones leave room under `limit`; meaning only when nothing literal exists."""
        filters = filters or SearchFilters()
        chars = strip_punctuation(normalize(phrase))
        result = WordingResult(phrase)
        if not chars:
            return result
        spans = self._exact(chars, filters)
        if len(spans) < limit:
            spans += self._near(chars, filters, exclude=spans)
        if not spans:
            spans = self._meaning(phrase, chars, filters)
        result.per_doc = dict(sorted(Counter(span.doc_id for span in spans).items()))
        result.hits = self._cut(_sorted(spans, sort)[:limit], context)
        return result

    # ------------------------------------------------------------------ tiers
    def _exact(self, chars: str, filters: SearchFilters) -> list[_Span]:
        pattern = phrase_pattern(chars)
        return [
            _Span(text.doc_id, text.title, text.date, match.start(), match.end(), "exact", 1.0)
            for text in self._search_texts(self.index.corpus.phrases.documents_with(chars, filters))
            for match in pattern.finditer(text.search)
        ]

    def _near(self, chars: str, filters: SearchFilters, exclude: list[_Span]) -> list[_Span]:
        if len(chars) < 4:
            return []  # too short for a meaningful "almost the same wording"
        taken: dict[str, list[tuple[int, int]]] = {}
        for span in exclude:
            taken.setdefault(span.doc_id, []).append((span.start, span.end))
        spans = []
        candidates = self.index.corpus.phrases.similar_documents(chars, filters, NEAR_CANDIDATE_DOCS)
        for text in self._search_texts(candidates):
            for sentence in SENTENCE.finditer(text.search):
                stripped = strip_punctuation(sentence.group())
                alignment = fuzz.partial_ratio_alignment(chars, stripped)
                if alignment is None or alignment.score < NEAR_MIN_SCORE or alignment.score >= 100:
                    continue
                start, end = _best_window(chars, stripped, alignment.dest_start, alignment.dest_end)
                start, end = _unstripped_span(sentence.group(), start, end)
                start, end = _trim_to_phrase(sentence.group(), start, end, chars)
                start, end = sentence.start() + start, sentence.start() + end
                if any(s < end and start < e for s, e in taken.get(text.doc_id, [])):
                    continue
                spans.append(_Span(text.doc_id, text.title, text.date, start, end, "near", alignment.score / 100 * 0.9))
        return spans

    def _meaning(self, phrase: str, chars: str, filters: SearchFilters) -> list[_Span]:
        scores = self.searcher.dense_scores(normalize(phrase), filters, MEANING_HITS)
        chunks = self.index.corpus.chunks(list(scores))
        spans = []
        for chunk_id, score in sorted(scores.items(), key=lambda item: -item[1]):
            chunk = chunks.get(chunk_id)
            if chunk is None:
                continue
            # The sentence of the passage closest in wording stands for it.
            best = max(SENTENCE.finditer(chunk.text), default=None,
                       key=lambda m: fuzz.partial_ratio(chars, strip_punctuation(normalize(m.group()))))
            start, end = (best.start(), best.end()) if best else (0, len(chunk.text))
            spans.append(_Span(chunk.doc_id, chunk.title, chunk.date, chunk.start + start, chunk.start + end,
                               "meaning", 0.5 * score, in_display=True))
        return spans

    # ------------------------------------------------------------------ cutting hits out
    def _search_texts(self, doc_ids: list[str]) -> list[_SearchText]:
        return [_SearchText(*row) for row in self.index.corpus.search_texts(doc_ids)]

    def _cut(self, spans: list[_Span], context: int) -> list[WordingHit]:
        doc_ids = list(dict.fromkeys(span.doc_id for span in spans))
        displays = self.index.corpus.display_texts(doc_ids)
        aligned = {text.doc_id: text.aligned for text in self._search_texts(doc_ids)}
        headings = {doc_id: self.index.corpus.heading_starts(doc_id) for doc_id in doc_ids}
        hits = []
        for span in spans:
            display = displays[span.doc_id]
            start, end = span.start, span.end
            if not span.in_display and not aligned[span.doc_id]:
                start, end = _search_map(display).to_display(start, end)
            line_start = display.rfind("\n", 0, start) + 1
            line_end = display.find("\n", end)
            line_end = len(display) if line_end < 0 else line_end
            starts, names = headings[span.doc_id]
            position = bisect.bisect_right(starts, start) - 1
            hits.append(WordingHit(
                doc_id=span.doc_id, title=span.title, heading=names[position] if position >= 0 else "", date=span.date,
                left=display[max(line_start, start - context):start], match=display[start:end],
                right=display[end:min(line_end, end + context)], start=start, end=end, kind=span.kind, score=span.score,
            ))
        return hits


def _best_window(chars: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The partial-ratio window always has the phrase's length, so a variant that is longer
    (`铸牢…意识这条主线` for `铸牢…意识为主线`) loses a character at an edge; move each edge by up
    to a third of the phrase to the window whose whole wording is closest to it."""
    reach = max(1, len(chars) // 3)
    windows = [(a, b) for a in range(max(0, start - reach), start + reach + 1)
               for b in range(max(a + 1, end - reach), min(len(text), end + reach) + 1)]
    return max(windows, key=lambda window: (fuzz.ratio(chars, text[window[0]:window[1]]), window == (start, end)),
               default=(start, end))


def _unstripped_span(text: str, stripped_start: int, stripped_end: int) -> tuple[int, int]:
    """Positions in `text` of the stripped-text span [stripped_start, stripped_end)."""
    kept = [index for index, char in enumerate(text) if strip_punctuation(char)]
    if not kept:
        return 0, 0
    start = kept[min(stripped_start, len(kept) - 1)]
    end = kept[min(stripped_end, len(kept)) - 1] + 1 if stripped_end > 0 else start
    return start, end


def _trim_to_phrase(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    """Drop window edges that share nothing with the phrase (`案》(拉创办发…` → `拉创办发…`)."""
    while start < end and (text[start] not in chars):
        start += 1
    while end > start and (text[end - 1] not in chars):
        end -= 1
    return start, end


KIND_ORDER = {"exact": 0, "near": 1, "meaning": 2}


def _sorted(hits: list[_Span], sort: str) -> list[_Span]:
    by_relevance = sorted(hits, key=lambda hit: (KIND_ORDER[hit.kind], -hit.score, hit.doc_id, hit.start))
    if sort == "date":
        return sorted(by_relevance, key=lambda hit: hit.date or "", reverse=True)
    return by_relevance
