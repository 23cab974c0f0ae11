"""A quiz from the chosen passages: facts of every kind (mining.py), questions on them
(questions.py), chosen so the quiz mixes kinds, types and difficulty the way a trainer asks.

Selection, in order: the passages about the topic (when one is given); their facts shuffled by
the seed and dealt kind by kind, no kind over a third of the quiz and figures at most
`max_figure_share` while other facts remain (a quiz of only figures tests memory of numbers, not
of policy); for each
fact the least used type the request allows; never two questions on one sentence; the right
option placed on the least used letter so answers do not cluster. Questions that fail a check
(stem reveals the answer, options repeat, stem not a full sentence) are dropped. Extra valid
questions are kept as spares for replacing one a trainer drops.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from itertools import zip_longest

from assistant.ingest.normalize import normalize
from assistant.quiz.distractors import Pool
from assistant.quiz.mining import mine, titles_in
from assistant.quiz.models import DEFAULT_TYPES, DIFFICULTIES, TYPES, Fact, Quiz, QuizQuestion
from assistant.quiz.questions import build
from assistant.quiz.stems import is_full_sentence
from assistant.store.corpus import StoredChunk

SPARES = 10


@dataclass
class QuizRequest:
    n: int = 10
    types: tuple[str, ...] = DEFAULT_TYPES
    seed: int = 0
    topic: str = ""  # only passages containing it (script and width folded)
    difficulty: str = "mixed"  # easy | hard | mixed
    per_type: dict[str, int] = field(default_factory=dict)  # e.g. {"single": 5, "judge": 5}: overrides n/types
    max_figure_share: float = 0.3

    @classmethod
    def parse(cls, types: str, **values) -> "QuizRequest":
        """From a trainer's `single,judge` or `single=5,multi=3,short=2` (counts per type);
        ValueError naming what is wrong."""
        per_type: dict[str, int] = {}
        kinds = []
        for part in (p.strip() for p in types.split(",") if p.strip()):
            kind, _, count = part.partition("=")
            if kind not in TYPES:
                raise ValueError(f"unknown question type {kind!r}; choose from {', '.join(TYPES)}")
            if count and not count.isdigit():
                raise ValueError(f"{part!r}: the count after '=' must be a whole number")
            kinds.append(kind)
            if count:
                per_type[kind] = int(count)
        if not kinds:
            raise ValueError(f"no question type given; choose from {', '.join(TYPES)}")
        if values.get("difficulty", "mixed") not in DIFFICULTIES:
            raise ValueError(f"unknown difficulty {values['difficulty']!r}; choose from {', '.join(DIFFICULTIES)}")
        return cls(types=tuple(kinds), per_type=per_type, **values)

    @property
    def wanted(self) -> int:
        return sum(self.per_type.values()) if self.per_type else self.n

    @property
    def allowed_types(self) -> tuple[str, ...]:
        return tuple(kind for kind, count in self.per_type.items() if count > 0) if self.per_type else self.types


def about_topic(chunks: list[StoredChunk], topic: str) -> list[StoredChunk]:
    wanted = normalize(topic).strip()
    return [chunk for chunk in chunks if wanted in normalize(chunk.text)] if wanted else chunks


def generate_quiz(chunks: list[StoredChunk], request: QuizRequest | None = None) -> Quiz:
    """Up to `request.wanted` questions (fewer if the passages hold fewer askable facts)."""
    request = request or QuizRequest()
    rng = random.Random(request.seed)
    pool = Pool(mine(chunks), titles_in(chunks))
    facts = mine(about_topic(chunks, request.topic)) if request.topic else pool.facts
    picker = _Picker(request, rng)
    dealt = _dealt(facts, rng)
    for fact in dealt:
        if picker.full():
            break
        picker.offer(fact, pool)
    if len(picker.questions) < request.wanted:  # too few facts of other kinds: more of one kind, not a short quiz
        picker.figure_cap = picker.kind_cap = request.wanted
        for fact in dealt:
            if picker.full():
                break
            picker.offer(fact, pool)
    return Quiz(picker.questions, request.seed, request.topic, picker.spares)


def _dealt(facts: list[Fact], rng: random.Random) -> list[Fact]:
    """Kind by kind in turn (the kinds in a seeded order), so no kind crowds out the others."""
    by_kind: dict[str, list[Fact]] = {}
    for fact in facts:
        by_kind.setdefault(fact.kind, []).append(fact)
    for group in by_kind.values():
        rng.shuffle(group)
    kinds = sorted(by_kind)
    rng.shuffle(kinds)
    return [fact for row in zip_longest(*(by_kind[kind] for kind in kinds)) for fact in row if fact]


class _Picker:
    def __init__(self, request: QuizRequest, rng: random.Random):
        self.request = request
        self.rng = rng
        self.questions: list[QuizQuestion] = []
        self.spares: list[QuizQuestion] = []
        self.asked: set[tuple[str, int]] = set()
        self.stems: set[str] = set()
        self.letters = [0] * 4
        self.figure_cap = max(1, int(request.max_figure_share * request.wanted))
        # No kind over a third while others remain (ncp-dev: 16 of 20 were 文号 questions before).
        self.kind_cap = max(2, math.ceil(request.wanted / 3))

    def full(self) -> bool:
        return len(self.questions) >= self.request.wanted and len(self.spares) >= SPARES

    def offer(self, fact: Fact, pool: Pool) -> None:
        sentence = (fact.chunk.doc_id, fact.chunk.start + fact.start)
        if sentence in self.asked:
            return
        for kind in self._types_in_order():
            question = build(fact, kind, pool, self.rng)
            if question is None or not self._acceptable(question) or not self._fits(question):
                continue
            self._balance(question)
            self.asked.add(sentence)
            self.stems.add(normalize(question.stem))
            if len(self.questions) < self.request.wanted:
                question.id = f"q{len(self.questions) + 1}"
                self.questions.append(question)
            else:
                question.id = f"s{len(self.spares) + 1}"
                self.spares.append(question)
            return

    def _types_in_order(self) -> list[str]:
        """The request's types, the least used first (per-type counts: those still short)."""
        used = {kind: sum(q.type == kind for q in self.questions) for kind in self.request.allowed_types}
        kinds = list(self.request.allowed_types)
        self.rng.shuffle(kinds)
        return sorted(kinds, key=lambda kind: used[kind] - self.request.per_type.get(kind, 0))

    def _fits(self, question: QuizQuestion) -> bool:
        """Within the request's difficulty, per-type counts and share of figures (spares once full)."""
        request = self.request
        if request.difficulty in ("easy", "hard") and question.difficulty != request.difficulty:
            return False
        if len(self.questions) >= request.wanted:
            return True
        if request.per_type and sum(q.type == question.type for q in self.questions) >= request.per_type[question.type]:
            return False
        same_kind = sum(q.kind == question.kind for q in self.questions)
        return same_kind < (self.figure_cap if question.kind == "figure" else self.kind_cap)

    def _acceptable(self, question: QuizQuestion) -> bool:
        return is_valid(question) and is_full_sentence(question.stem) and normalize(question.stem) not in self.stems

    def _balance(self, question: QuizQuestion) -> None:
        """A single choice's right option moves to the least used letter."""
        if question.type != "single" or len(question.options) != 4:
            return
        fewest = min(self.letters)
        position = self.rng.choice([i for i, count in enumerate(self.letters) if count == fewest])
        options = [option for option in question.options if option != question.answer[0]]
        options.insert(position, question.answer[0])
        question.options = options
        self.letters[position] += 1


def is_valid(question: QuizQuestion) -> bool:
    """The invariants every question keeps (see tests/quiz)."""
    stem = normalize(question.stem)
    if question.type not in ("judge", "short") and any(normalize(answer) in stem for answer in question.answer):
        return False
    normalized_options = [normalize(option) for option in question.options]
    if len(set(normalized_options)) != len(normalized_options):
        return False
    if question.type in ("single", "multi") and not all(answer in question.options for answer in question.answer):
        return False
    return True
