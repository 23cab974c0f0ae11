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

from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from assistant.ingest.normalize import build_search_text, normalize, strip_punctuation
from assistant.retrieval import HybridSearcher, SearchFilters
from assistant.store.index import Index

CONTEXT_CHARS = 30
NEAR_MIN_SCORE = 75.0
NEAR_CANDIDATE_DOCS = 30
MEANING_HITS = 5
SENTENCE = regex.compile(r"[^。！？；!?;\n]+[。！？；!?;]*")
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
class _DocumentText:
    doc_id: str
    title: str
    date: str | None
    display: str
    search: str
    aligned: bool

    def to_display(self, start: int, end: int) -> tuple[int, int]:
        if self.aligned:
            return start, end
        return _search_map(self.display).to_display(start, end)


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
        filters = filters or SearchFilters()
        chars = strip_punctuation(normalize(phrase))
        result = WordingResult(phrase)
        if not chars:
            return result
        hits = self._exact(chars, filters, context)
        hits += self._near(chars, filters, context, exclude=hits)
        if not hits:
            hits = self._meaning(phrase, chars, filters, context)
        result.per_doc = dict(sorted(Counter(hit.doc_id for hit in hits).items()))
        result.hits = _sorted(hits, sort)[:limit]
        return result

    # ------------------------------------------------------------------ tiers
    def _exact(self, chars: str, filters: SearchFilters, context: int) -> list[WordingHit]:
        pattern = phrase_pattern(chars)
        hits = []
        for document in self._texts(self.index.keywords.phrase_documents(chars, filters)):
            for match in pattern.finditer(document.search):
                hits.append(self._hit(document, match.start(), match.end(), "exact", 1.0, context))
        return hits

    def _near(self, chars: str, filters: SearchFilters, context: int, exclude: list[WordingHit]) -> list[WordingHit]:
        if len(chars) < 4:
            return []  # too short for a meaningful "almost the same wording"
        taken = {(hit.doc_id, hit.start) for hit in exclude}
        spans_taken = [(hit.doc_id, hit.start, hit.end) for hit in exclude]
        hits = []
        candidates = self.index.keywords.similar_documents(chars, filters, NEAR_CANDIDATE_DOCS)
        for document in self._texts(candidates):
            for sentence in SENTENCE.finditer(document.search):
                alignment = fuzz.partial_ratio_alignment(chars, strip_punctuation(sentence.group()))
                if alignment is None or alignment.score < NEAR_MIN_SCORE or alignment.score >= 100:
                    continue
                start, end = _unstripped_span(sentence.group(), alignment.dest_start, alignment.dest_end)
                start, end = _trim_to_phrase(sentence.group(), start, end, chars)
                hit = self._hit(document, sentence.start() + start, sentence.start() + end, "near",
                                alignment.score / 100 * 0.9, context)
                overlaps = any(d == hit.doc_id and s < hit.end and hit.start < e for d, s, e in spans_taken)
                if (hit.doc_id, hit.start) not in taken and not overlaps:
                    hits.append(hit)
        return hits

    def _meaning(self, phrase: str, chars: str, filters: SearchFilters, context: int) -> list[WordingHit]:
        scores = self.searcher.dense_scores(normalize(phrase), filters, MEANING_HITS)
        chunks = self.index.keywords.chunks(list(scores))
        hits = []
        for chunk_id, score in sorted(scores.items(), key=lambda item: -item[1]):
            chunk = chunks.get(chunk_id)
            if chunk is None:
                continue
            # The sentence of the passage closest in wording stands for it.
            sentences = list(SENTENCE.finditer(chunk.text))
            best = max(sentences, key=lambda m: fuzz.partial_ratio(chars, strip_punctuation(normalize(m.group()))),
                       default=None)
            start, end = (best.start(), best.end()) if best else (0, len(chunk.text))
            document = self._texts([chunk.doc_id])[0]
            hits.append(self._display_hit(document, chunk.start + start, chunk.start + end, "meaning", 0.5 * score, context))
        return hits

    # ------------------------------------------------------------------ helpers
    def _texts(self, doc_ids: list[str]) -> list[_DocumentText]:
        return [_DocumentText(*row) for row in self.index.keywords.document_texts(doc_ids)]

    def _hit(self, document: _DocumentText, search_start: int, search_end: int, kind: str, score: float,
             context: int) -> WordingHit:
        start, end = document.to_display(search_start, search_end)
        return self._display_hit(document, start, end, kind, score, context)

    def _display_hit(self, document: _DocumentText, start: int, end: int, kind: str, score: float,
                     context: int) -> WordingHit:
        display = document.display
        line_start = display.rfind("\n", 0, start) + 1
        line_end = display.find("\n", end)
        line_end = len(display) if line_end < 0 else line_end
        return WordingHit(
            doc_id=document.doc_id,
            title=document.title,
            heading=self.index.keywords.heading_at(document.doc_id, start),
            date=document.date,
            left=display[max(line_start, start - context):start],
            match=display[start:end],
            right=display[end:min(line_end, end + context)],
            start=start,
            end=end,
            kind=kind,
            score=score,
        )


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


def _sorted(hits: list[WordingHit], sort: str) -> list[WordingHit]:
    by_relevance = sorted(hits, key=lambda hit: (KIND_ORDER[hit.kind], -hit.score, hit.doc_id, hit.start))
    if sort == "date":
        return sorted(by_relevance, key=lambda hit: hit.date or "", reverse=True)
    return by_relevance
