"""Quizzes grounded in the documents: every question is built from one passage and cites it.

Two kinds of facts are mined from the chosen documents' chunks:
- figures: a clause stating a quantity with its unit (`共接访群众300余名`);
- enumerations: a named list (`“六个到位”(提前告知到位、源头预防到位、…)`, `“责任清单、…”五个清单`).
Question types: `blank` (fill in the figure or one list item), `single` (choose the figure among
figures with the same unit, or the one item that belongs to the list), `multi` (the items that
belong, among items of other lists), `judge` (the real statement, or one with the figure or an
item swapped for a distractor). Distractors come from the corpus where possible and are never
equal to the answer; options are distinct; each fact is asked once; a seed fixes everything.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

from assistant.answering.text import clauses
from assistant.answering.figures import QUANTITY
from assistant.answering.models import Citation
from assistant.ingest.normalize import SENTENCE, normalize, to_simplified
from assistant.retrieval import passage_of
from assistant.store.corpus import StoredChunk

TYPES = ("single", "multi", "blank", "judge")
BLANK = "____"
NAMED_LIST_AFTER = re.compile(r"“([^”]{2,14})”\s*[(（]([^()（）]{6,240})[)）]")  # “六个到位”(甲、乙、丙)
NAMED_LIST_BEFORE = re.compile(r"“([^”]{6,120})”\s*([一二三四五六七八九十两兩][个個][\u4e00-\u9fff]{1,6})")  # “甲、乙、丙”五个清单
ITEM_SEPARATORS = re.compile(r"[、，,；;]")
PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class FigureFact:
    chunk: StoredChunk
    clause_start: int  # positions in the chunk text
    clause_end: int
    figure_start: int
    figure_end: int
    unit: str

    @property
    def clause(self) -> str:
        return self.chunk.text[self.clause_start:self.clause_end]

    @property
    def figure(self) -> str:
        return self.chunk.text[self.figure_start:self.figure_end]

    @property
    def sentence(self) -> str:
        return next((m.group() for m in SENTENCE.finditer(self.chunk.text) if m.start() <= self.clause_start < m.end()),
                    self.clause)


@dataclass
class ListFact:
    chunk: StoredChunk
    name: str  # 六个到位
    items: list[str]
    span_start: int  # the whole “name”(items) in the chunk text
    span_end: int


@dataclass
class QuizQuestion:
    id: str
    type: str
    stem: str
    options: list[str]
    answer: list[str]
    explanation: str
    citation: Citation
    fact: str = ""  # the text of the passage the answer rests on

    def to_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "stem": self.stem, "options": self.options, "answer": self.answer,
            "explanation": self.explanation, "citation": self.citation.to_dict(), "fact": self.fact,
        }


@dataclass
class Quiz:
    questions: list[QuizQuestion] = field(default_factory=list)
    seed: int = 0

    def to_dict(self) -> dict:
        return {"seed": self.seed, "questions": [question.to_dict() for question in self.questions]}


# ---------------------------------------------------------------------- mining facts


def figure_facts(chunk: StoredChunk) -> list[FigureFact]:
    facts = []
    for sentence in SENTENCE.finditer(chunk.text):
        for start, end in clauses(sentence.group(), sentence.start()):
            clause = chunk.text[start:end]
            figures = [m for m in QUANTITY.finditer(clause) if PLAIN_NUMBER.match(m.group())]
            context = re.sub(r"[\d.%余多]", "", clause)
            if len(figures) != 1 or len(re.findall(r"[\u4e00-\u9fff]", context)) < 6 or len(clause) > 90:
                continue  # one figure per question, with enough words around it to be askable
            figure = figures[0]
            facts.append(FigureFact(chunk, start, end, start + figure.start(), start + figure.end(), figure.group(1)))
    return facts


def list_facts(chunk: StoredChunk) -> list[ListFact]:
    facts = []
    for match in NAMED_LIST_AFTER.finditer(chunk.text):
        items = _items(match.group(2))
        if items:
            facts.append(ListFact(chunk, match.group(1), items, match.start(), match.end()))
    for match in NAMED_LIST_BEFORE.finditer(chunk.text):
        items = _items(match.group(1))
        if items:
            facts.append(ListFact(chunk, match.group(2), items, match.start(), match.end()))
    return facts


def _items(text: str) -> list[str]:
    items = [item.strip() for item in ITEM_SEPARATORS.split(text) if item.strip()]
    if len(items) < 3 or any(not 2 <= len(item) <= 30 for item in items):
        return []
    if len({normalize(item) for item in items}) != len(items):
        return []
    return items


# ---------------------------------------------------------------------- distractors


def _with_value(figure: str, value: float) -> str:
    number = PLAIN_NUMBER.search(figure).group()
    decimals = len(number.split(".")[1]) if "." in number else 0
    text = f"{value:.{decimals}f}" if decimals else str(int(round(value)))
    return figure.replace(number, text, 1)


def _distance(a: float, b: float) -> float:
    return abs(math.log10(max(a, 1e-3)) - math.log10(max(b, 1e-3)))


def figure_distractors(fact: FigureFact, pool: list[FigureFact], rng: random.Random, count: int) -> list[str]:
    """Figures with the same unit from the corpus first, then nearby values of the same form."""
    value = float(PLAIN_NUMBER.search(fact.figure).group())
    # A figure the same sentence states (`14名退休干部…其余11名退休干部`) would make a wrong
    # option arguably right.
    nearby = {normalize(fact.figure), *(normalize(m.group()) for m in QUANTITY.finditer(fact.sentence))}
    same_unit = sorted({f.figure for f in pool if f.unit == fact.unit and normalize(f.figure) not in nearby})
    # Plausible options: the closest magnitudes (6次 is not asked against 2000余次).
    same_unit = [figure for figure in same_unit if _distance(value, float(PLAIN_NUMBER.search(figure).group())) <= 1]
    same_unit.sort(key=lambda figure: (_distance(value, float(PLAIN_NUMBER.search(figure).group())), figure))
    same_unit = same_unit[:count + 2]
    rng.shuffle(same_unit)
    chosen: list[str] = []
    for figure in same_unit:
        if len(chosen) == count:
            break
        if normalize(figure) not in {normalize(c) for c in chosen}:
            chosen.append(figure)
    factors = [0.5, 1.5, 2, 0.8, 1.2, 3, 0.25]
    rng.shuffle(factors)
    for factor in factors:
        if len(chosen) == count:
            break
        new_value = max(1, value * factor) if value >= 1 else value * factor
        if fact.unit == "%" and value <= 100 and new_value > 100:
            continue  # a share stays a share
        candidate = _with_value(fact.figure, new_value)
        if normalize(candidate) not in nearby and normalize(candidate) not in {normalize(c) for c in chosen}:
            chosen.append(candidate)
    return chosen[:count]


def foreign_items(fact: ListFact, lists: list[ListFact], rng: random.Random, count: int) -> list[str]:
    own = {normalize(item) for item in fact.items}
    others = sorted({item for other in lists if other.name != fact.name for item in other.items
                     if normalize(item) not in own})
    rng.shuffle(others)
    chosen: list[str] = []
    for item in others:
        if normalize(item) not in {normalize(c) for c in chosen}:
            chosen.append(item)
        if len(chosen) == count:
            break
    return chosen


# ---------------------------------------------------------------------- questions


def _source(chunk: StoredChunk) -> str:
    title = to_simplified(chunk.title)
    return f"据《{title}》" + (f"（{to_simplified(chunk.heading.split(' > ')[-1])}）" if chunk.heading else "")


def _citation(chunk: StoredChunk, start: int, end: int) -> Citation:
    return Citation(1, passage_of(chunk), chunk.start + start, chunk.start + end)


def _explanation(chunk: StoredChunk, start: int, end: int) -> str:
    """Quote the source sentence as written, with where it stands."""
    sentence = next((m for m in SENTENCE.finditer(chunk.text) if m.start() <= start < m.end()), None)
    quote_start = sentence.start() if sentence else start
    quote_end = max(sentence.end() if sentence else end, end)
    heading = f"，{chunk.heading}" if chunk.heading else ""
    return f"原文：“{chunk.text[quote_start:quote_end].strip()}”（《{chunk.title}》{heading}）"


def _figure_question(fact: FigureFact, kind: str, pool: list[FigureFact], rng: random.Random) -> QuizQuestion | None:
    clause = to_simplified(fact.clause)
    local_start = fact.figure_start - fact.clause_start
    local_end = fact.figure_end - fact.clause_start
    blanked = clause[:local_start] + BLANK + clause[local_end:]
    answer = to_simplified(fact.figure)
    citation = _citation(fact.chunk, fact.clause_start, fact.clause_end)
    explanation = _explanation(fact.chunk, fact.clause_start, fact.clause_end)
    source = _source(fact.chunk)
    if kind == "blank":
        return QuizQuestion("", "blank", f"{source}，{blanked}。", [], [answer], explanation, citation, fact.figure)
    distractors = figure_distractors(fact, pool, rng, 3)
    if kind == "single":
        if len(distractors) < 3:
            return None
        options = [answer, *map(to_simplified, distractors)]
        rng.shuffle(options)
        return QuizQuestion("", "single", f"{source}，{blanked}。（单选）", options, [answer], explanation, citation, fact.figure)
    if kind == "judge":
        if not distractors:
            return None
        truthful = rng.random() < 0.5
        stated = answer if truthful else to_simplified(distractors[0])
        statement = clause[:local_start] + stated + clause[local_end:]
        verdict = "正确" if truthful else "错误"
        return QuizQuestion("", "judge", f"判断：{source}，{statement}。", ["正确", "错误"], [verdict], explanation, citation,
                        fact.figure)
    return None


def _list_question(fact: ListFact, kind: str, lists: list[ListFact], rng: random.Random) -> QuizQuestion | None:
    name = to_simplified(fact.name)
    items = [to_simplified(item) for item in fact.items]
    citation = _citation(fact.chunk, fact.span_start, fact.span_end)
    explanation = _explanation(fact.chunk, fact.span_start, fact.span_end)
    source = _source(fact.chunk)
    fact_text = fact.chunk.text[fact.span_start:fact.span_end]
    if kind == "blank":
        hidden = rng.randrange(len(items))
        shown = [BLANK if i == hidden else item for i, item in enumerate(items)]
        stem = f"{source}，“{name}”是指{'、'.join(shown)}。"
        return QuizQuestion("", "blank", stem, [], [items[hidden]], explanation, citation, fact_text)
    others = [to_simplified(item) for item in foreign_items(fact, lists, rng, 3)]
    if kind == "single":
        if len(others) < 3:
            return None
        right = items[rng.randrange(len(items))]
        options = [right, *others]
        rng.shuffle(options)
        return QuizQuestion("", "single", f"{source}，下列哪一项属于“{name}”？（单选）", options, [right], explanation,
                        citation, fact_text)
    if kind == "multi":
        if len(others) < 2:
            return None
        rights = rng.sample(items, min(3, len(items)))
        options = rights + others[:2]
        rng.shuffle(options)
        answer = [option for option in options if option in rights]
        return QuizQuestion("", "multi", f"{source}，下列哪些属于“{name}”？（多选）", options, answer, explanation,
                        citation, fact_text)
    if kind == "judge":
        truthful = rng.random() < 0.5 or not others
        item = items[rng.randrange(len(items))] if truthful else others[0]
        verdict = "正确" if truthful else "错误"
        return QuizQuestion("", "judge", f"判断：{source}，“{name}”包括“{item}”。", ["正确", "错误"], [verdict],
                        explanation, citation, fact_text)
    return None


def generate_quiz(chunks: list[StoredChunk], n: int = 10, types: tuple[str, ...] = TYPES, seed: int = 0) -> Quiz:
    """Up to n questions from the chunks (fewer if the documents hold fewer askable facts)."""
    rng = random.Random(seed)
    figures = [fact for chunk in chunks for fact in figure_facts(chunk)]
    lists = [fact for chunk in chunks for fact in list_facts(chunk)]
    facts: list[FigureFact | ListFact] = [*lists, *figures]
    rng.shuffle(facts)
    questions: list[QuizQuestion] = []
    asked: set[tuple[str, int]] = set()
    stems: set[str] = set()
    for position, fact in enumerate(facts):
        if len(questions) >= n:
            break
        key = (fact.chunk.doc_id, fact.chunk.start + (fact.clause_start if isinstance(fact, FigureFact) else fact.span_start))
        if key in asked:
            continue
        # The least used type first, so the quiz mixes them (multi only fits lists, so lists get it).
        used = {kind: sum(q.type == kind for q in questions) for kind in types}
        for kind in sorted(types, key=lambda kind: (used[kind], (types.index(kind) - position) % len(types))):
            if isinstance(fact, FigureFact):
                question = _figure_question(fact, kind, figures, rng)
            else:
                question = _list_question(fact, kind, lists, rng)
            if question and is_valid(question) and normalize(question.stem) not in stems:
                question.id = f"q{len(questions) + 1}"
                questions.append(question)
                asked.add(key)
                stems.add(normalize(question.stem))
                break
    return Quiz(questions, seed)


def is_valid(question: QuizQuestion) -> bool:
    """The invariants every question keeps (see tests/quiz)."""
    stem = normalize(question.stem)
    if question.type != "judge" and any(normalize(answer) in stem for answer in question.answer):
        return False
    normalized_options = [normalize(option) for option in question.options]
    if len(set(normalized_options)) != len(normalized_options):
        return False
    if question.type in ("single", "multi") and not all(answer in question.options for answer in question.answer):
        return False
    return True
