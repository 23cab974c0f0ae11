"""Wrong options that are plausible and never also right: real values from the corpus.

A figure's distractors are figures with the same unit (the closest magnitudes first), then
nearby values of the same form; never a figure the same sentence states (`14名…其余11名`). A
formulation's parts are offered against other formulations' parts, a formulation against
other formulations, a task against tasks listed under other headings, a document against other
documents the corpus cites — always leaving out everything the same passage or list states.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from assistant.answering.figures import QUANTITY
from assistant.ingest.normalize import normalize
from assistant.quiz.mining import PLAIN_NUMBER, FORMULATION
from assistant.quiz.models import Fact


@dataclass
class Pool:
    """Everything wrong options may come from: the facts mined, the titles the passages cite."""
    facts: list[Fact]
    titles: list[str]


def _value(figure: str) -> float:
    return float(PLAIN_NUMBER.search(figure).group())


def _with_value(figure: str, value: float) -> str:
    number = PLAIN_NUMBER.search(figure).group()
    decimals = len(number.split(".")[1]) if "." in number else 0
    text = f"{value:.{decimals}f}" if decimals else str(int(round(value)))
    return figure.replace(number, text, 1)


def _distance(a: float, b: float) -> float:
    return abs(math.log10(max(a, 1e-3)) - math.log10(max(b, 1e-3)))


def figures(fact: Fact, pool: Pool, rng: random.Random, count: int) -> list[str]:
    value = _value(fact.answer)
    stated = {normalize(fact.answer), *(normalize(m.group()) for m in QUANTITY.finditer(fact.sentence))}
    same_unit = sorted({f.answer for f in pool.facts if f.kind == "figure" and f.unit == fact.unit
                        and normalize(f.answer) not in stated and _distance(value, _value(f.answer)) <= 1})
    same_unit.sort(key=lambda figure: (_distance(value, _value(figure)), figure))
    chosen = _distinct(rng.sample(same_unit[:count + 2], min(len(same_unit), count + 2)), count, stated)
    factors = [0.5, 1.5, 2, 0.8, 1.2, 3, 0.25]
    rng.shuffle(factors)
    for factor in factors:
        new_value = max(1, value * factor) if value >= 1 else value * factor
        if fact.unit == "%" and value <= 100 and new_value > 100:
            continue  # a share stays a share
        chosen = _distinct([*chosen, _with_value(fact.answer, new_value)], count, stated)
    return chosen


def items(fact: Fact, pool: Pool, rng: random.Random, count: int) -> list[str]:
    """Parts of other formulations (for parts), tasks under other headings (for enumerations);
    those sharing an ending with the right ones first (`…到位` against `…到位`)."""
    right = {normalize(item) for item in [*fact.items, *fact.related]}
    others = sorted({item for other in pool.facts if other.kind == fact.kind and other.name != fact.name
                     for item in other.items if normalize(item) not in right})
    endings = {item[-2:] for item in fact.items}
    rng.shuffle(others)
    others.sort(key=lambda item: item[-2:] not in endings)
    return _distinct(others, count, right)


def formulations(fact: Fact, pool: Pool, rng: random.Random, count: int) -> list[str]:
    """Other formulations the corpus names, none of those in the same sentence."""
    right = {normalize(name) for name in [fact.answer, *fact.related]}
    others = sorted({other.answer if other.kind == "named" else other.name for other in pool.facts
                     if other.kind == "named" or (other.kind == "parts" and FORMULATION.fullmatch(f"“{other.name}”"))})
    rng.shuffle(others)
    return _distinct(others, count, right)


def alternatives(fact: Fact, pool: Pool, rng: random.Random, count: int) -> list[str]:
    """For a role: other holders of the same role (`…为主线`, `…为组长`); for a document number:
    other titles the corpus cites."""
    if fact.kind == "doc_number":
        others = list(pool.titles)
    else:
        others = sorted({other.answer for other in pool.facts if other.kind == "role" and other.name == fact.name})
    rng.shuffle(others)
    return _distinct(others, count, {normalize(fact.answer), normalize(fact.sentence)})


def _distinct(candidates: list[str], count: int, excluded: set[str]) -> list[str]:
    """Up to `count` candidates, none equal to another or to an excluded (right) value, and
    none contained in one (a wrong option inside the source sentence would be right)."""
    chosen: list[str] = []
    for candidate in candidates:
        key = normalize(candidate)
        if len(chosen) == count:
            break
        if key and key not in {normalize(c) for c in chosen} and not any(key in right for right in excluded):
            chosen.append(candidate)
    return chosen
