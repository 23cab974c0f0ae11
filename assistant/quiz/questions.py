"""Questions on facts: one builder per fact kind, each making the question types its kind allows.

Every question cites the passage span its answer rests on and explains itself by quoting it.
Difficulty: `easy` asks one thing stated once (a figure, a formulation, one task); `hard` asks a
formulation's or a heading's full content (multi-select, a blank among the parts, short answer).
"""

from __future__ import annotations

import random

from assistant.answering.models import Citation
from assistant.ingest.normalize import to_simplified
from assistant.quiz import distractors
from assistant.quiz.distractors import Pool
from assistant.quiz.mining import sentence_around
from assistant.quiz.models import BLANK, CHOICE, Fact, QuizQuestion
from assistant.quiz.stems import lead, sentence_with
from assistant.retrieval import passage_of

JUDGE_OPTIONS = ["正确", "错误"]


def build(fact: Fact, kind: str, pool: Pool, rng: random.Random) -> QuizQuestion | None:
    """A question of type `kind` on the fact, or None when this fact cannot make one."""
    builder = BUILDERS[fact.kind]
    made = builder(fact, kind, pool, rng)
    if made is None:
        return None
    stem, options, answer, difficulty = made
    text = fact.chunk.text
    start, end = fact.start, fact.end
    return QuizQuestion("", kind, stem, options, answer, _explanation(fact), _citation(fact),
                        text[start:end], fact.kind, difficulty)


def _citation(fact: Fact) -> Citation:
    return Citation(1, passage_of(fact.chunk), fact.chunk.start + fact.start, fact.chunk.start + fact.end)


def _explanation(fact: Fact) -> str:
    """The source quoted as written, whole sentences, with where it stands."""
    text = fact.chunk.text
    start = sentence_around(text, fact.start)[0]
    end = max(sentence_around(text, max(fact.start, fact.end - 1))[1], fact.end)
    heading = f"，{fact.chunk.heading}" if fact.chunk.heading else ""
    return f"原文：“{text[start:end].strip()}”（《{fact.chunk.title}》{heading}）"


def _choice(right: list[str], wrong: list[str], rng: random.Random) -> list[str]:
    options = [*right, *wrong]
    rng.shuffle(options)
    return options


def _judge(true_stem: str | None, false_stem: str | None, rng: random.Random):
    if true_stem and (not false_stem or rng.random() < 0.5):
        return true_stem, JUDGE_OPTIONS, ["正确"], "easy"
    if false_stem:
        return false_stem, JUDGE_OPTIONS, ["错误"], "easy"
    return None


def _in_sentence(fact: Fact, kind: str, wrong: list[str], rng: random.Random, quoted: bool = False):
    """Figures, formulations and roles: the source sentence itself, the answer blanked, chosen or swapped."""
    right = to_simplified(fact.answer)
    source = lead(fact)
    if kind == "blank":
        body = sentence_with(fact, BLANK)
        return (source + body, [], [right], "easy") if body else None
    if kind == "single" and len(wrong) >= 3:
        body = sentence_with(fact, CHOICE, around_quotes=quoted)
        shown = [f"“{option}”" if quoted else option for option in [right, *wrong[:3]]]
        return (source + body, _choice(shown[:1], shown[1:], rng), shown[:1], "easy") if body else None
    if kind == "judge":
        true_body = sentence_with(fact, right)
        false_body = sentence_with(fact, wrong[0]) if wrong else None
        return _judge(true_body and source + true_body, false_body and source + false_body, rng)
    return None


def figure(fact: Fact, kind: str, pool: Pool, rng: random.Random):
    return _in_sentence(fact, kind, distractors.figures(fact, pool, rng, 3), rng)


def named(fact: Fact, kind: str, pool: Pool, rng: random.Random):
    return _in_sentence(fact, kind, distractors.formulations(fact, pool, rng, 3), rng, quoted=True)


def role(fact: Fact, kind: str, pool: Pool, rng: random.Random):
    return _in_sentence(fact, kind, distractors.alternatives(fact, pool, rng, 3), rng)


def _listed(fact: Fact, kind: str, pool: Pool, rng: random.Random, subject: str, belongs: str, includes: str):
    """Parts of a formulation, tasks under a heading: which belong, fill one in, state them all."""
    source = lead(fact)
    wrong = distractors.items(fact, pool, rng, 3)
    items = fact.items
    if kind == "single" and len(wrong) >= 3:
        right = rng.choice(items)
        return (f"{source}{subject}下列哪一项{belongs}？", _choice([right], wrong, rng), [right], "easy")
    if kind == "multi" and len(items) >= 2 and len(wrong) >= 2:
        right = rng.sample(items, min(3, len(items)))
        options = _choice(right, wrong[:2], rng)
        return (f"{source}{subject}下列哪些{belongs}？", options, [o for o in options if o in right], "hard")
    if kind == "judge":
        true_stem = f"{source}{subject}{includes}“{rng.choice(items)}”。"
        return _judge(true_stem, f"{source}{subject}{includes}“{wrong[0]}”。" if wrong else None, rng)
    return None


def parts(fact: Fact, kind: str, pool: Pool, rng: random.Random):
    source, name, items = lead(fact), to_simplified(fact.name), fact.items
    if kind == "blank":
        hidden = rng.randrange(len(items))
        shown = "、".join(BLANK if i == hidden else item for i, item in enumerate(items))
        return f"{source}“{name}”是指{shown}。", [], [items[hidden]], "hard"
    if kind == "short":
        return f"{source}“{name}”具体指哪些内容？", [], ["、".join(items)], "hard"
    return _listed(fact, kind, pool, rng, "", f"属于“{name}”的内容", f"“{name}”的内容包括")


def enumeration(fact: Fact, kind: str, pool: Pool, rng: random.Random):
    subject = f"“{fact.name}”方面，"
    if kind == "short" and len(fact.items) == len(fact.related) >= 2:
        return f"{lead(fact)}{subject}文中列出了哪几项工作？", [], ["；".join(fact.items)], "hard"
    if kind in ("single", "multi", "judge"):
        return _listed(fact, kind, pool, rng, subject, "是文中列出的工作", "文中列出的工作包括")
    return None


def doc_number(fact: Fact, kind: str, pool: Pool, rng: random.Random):
    source, title, number = lead(fact), to_simplified(fact.answer), fact.name
    wrong = [f"《{other}》" for other in distractors.alternatives(fact, pool, rng, 3)]
    if kind == "blank":
        return f"{source}文中引用的《{title}》的文号是{BLANK}。", [], [number], "easy"
    if kind == "single" and len(wrong) >= 3:
        right = f"《{title}》"
        return f"{source}文中提到的文号为{number}的文件是{CHOICE}", _choice([right], wrong, rng), [right], "easy"
    if kind == "judge":
        return _judge(f"{source}文中提到的文号为{number}的文件是《{title}》。",
                      f"{source}文中提到的文号为{number}的文件是{wrong[0]}。" if wrong else None, rng)
    return None


BUILDERS = {"figure": figure, "named": named, "role": role, "parts": parts, "enumeration": enumeration,
            "doc_number": doc_number}
