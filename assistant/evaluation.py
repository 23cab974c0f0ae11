"""Metrics over question files shaped like shared/eval/seed_qa.jsonl.

Each line: {"id", "question", "answers": [strings that must appear], "docs": [doc_ids],
"kind": "fact|wording|cross-script|refusal", "intent": optional, see answering/intents.py};
`answers` is empty for a refusal. All comparisons are on search text (NFKC width-folded,
Simplified) with every whitespace removed, as the ncp-dev README scores.

Figures are reported overall, per kind and per intent (the file's label, else the analysed
intent), with the mean answer length per intent (a fact answer states one fact), and the count of
wrong-entity answers: answered, wrong, and citing a clause that names another place, year or
period than the question — the worst outcome for official work.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answering.models import Answer
from assistant.answering.places import place_stem
from assistant.answering.question import analyse
from assistant.answering.scope import places_named
from assistant.answering.stated_times import STATED_YEAR, stated_periods
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
CITATION_MARK = re.compile(r"\[\d+\]")


def scored_text(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text))


def load_questions(path: Path) -> list[dict]:
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not valid JSON ({error.msg}); each line must be one JSON object") from error
        if not isinstance(record, dict) or not str(record.get("question", "")).strip():
            raise ValueError(f"{path}:{number}: missing the \"question\" field")
        questions.append(record)
    return questions


def _passage_text(passage: Passage) -> str:
    """A passage as shown to the user: its title, heading and text."""
    return normalize(f"{passage.title}\n{passage.heading}\n{passage.text}")


# (the heading it quotes may hold a colon of its own: `第三十四条 …采取下列一种方式组织本单位的会计工作：`)
LISTING_HEADER = re.compile(r"^.*?(?:列出\d+项|的文件有\d+份)：", re.S)


def unsupported_figures(answer: Answer) -> list[str]:
    """Figures stated in the answer that none of its cited passages contains."""
    if answer.refused:
        return []
    # a citation shows its document's date and source too (a which-documents answer names each
    # document by them: `（廊坊市；长城网，2022年4月21日）`)
    cited = " ".join(_passage_text(c.passage) + normalize(f"\n{c.passage.date or ''}\n{c.passage.source or ''}")
                     for c in answer.citations)
    # a list's header (`…列出4项：`, `提到…的文件有2份：`) counts the items it lists
    text = LISTING_HEADER.sub("", answer.answer, count=1) if answer.listing else answer.answer
    body = re.sub(r"\[\d+\]", "", normalize(text))
    return [figure for figure in FIGURE.findall(body) if figure not in cited]


@dataclass
class QuestionResult:
    id: str
    question: str
    kind: str
    answer: str
    refused: bool
    recall_at_1: bool | None = None
    recall_at_5: bool | None = None
    doc_recall_at_5: bool | None = None
    reciprocal_rank: float | None = None
    answer_correct: bool | None = None
    citation_correct: bool | None = None
    refusal_correct: bool | None = None
    unsupported: list[str] = field(default_factory=list)
    fallback: bool = False
    intent: str | None = None
    answer_chars: int = 0  # the answer without citation marks; 0 for a refusal
    wrong_entity: bool = False


def _stated(kind: str, text: str) -> set[str]:
    """What a cited text states of a kind, as written (`2000余人` is no year, a month is no other
    period than its half-year); a year said relative to its date (`去年`) is not read here."""
    if kind == "year":
        return {year + "年" for year in STATED_YEAR.findall(text)}
    if kind == "period":
        return set(stated_periods(text, months=False))
    return set(places_named(text))


def names_another_entity(question: str, answer: Answer) -> bool:
    """Does a cited span (with its heading) name a place, year or period of the kind the question
    names, and none of the question's? (`2021年…` asked, a `2022年` clause cited.)"""
    analysed = analyse(question)
    for citation in answer.citations:
        passage = citation.passage
        span = passage.text[citation.span_start - passage.start:citation.span_end - passage.start]
        scope = normalize(f"{passage.heading}\n{span}")
        for kind in ("place", "year", "period"):
            asked, stated = analysed.of_kind(kind), _stated(kind, scope)
            if kind == "place":  # a place the asked one lies in (`北京市` of `北京市丰台区`) is neither asked nor another
                enclosing = [place_stem(place) for place in analysed.of_kind("enclosing")]
                asked = [*asked, *(place_stem(place) for place in asked)]  # `回族乡` is read of `管家务回族乡`
                stated = [place for place in stated if not any(place_stem(place) in outer for outer in enclosing)]
            if asked and stated and not any(a in s or s in a for a in asked for s in stated):
                return True
    return False


def evaluate_one(record: dict, answer: Answer, ranked: list[Passage]) -> QuestionResult:
    gold = [scored_text(text) for text in record.get("answers", [])]
    result = QuestionResult(record.get("id", ""), record["question"], record.get("kind", ""), answer.answer, answer.refused)
    result.unsupported = unsupported_figures(answer)
    result.fallback = answer.fallback
    result.intent = record.get("intent") or answer.intent
    result.answer_chars = 0 if answer.refused else len(scored_text(CITATION_MARK.sub("", answer.answer)))
    if not gold:
        result.refusal_correct = answer.refused
        result.wrong_entity = not answer.refused and names_another_entity(record["question"], answer)
        return result
    texts = [scored_text(_passage_text(passage)) for passage in ranked]
    result.recall_at_1 = all(any(g in t for t in texts[:1]) for g in gold)
    result.recall_at_5 = all(any(g in t for t in texts[:5]) for g in gold)
    result.doc_recall_at_5 = any(passage.doc_id in record.get("docs", []) for passage in ranked[:5])
    first = next((rank for rank, text in enumerate(texts, 1) if any(g in text for g in gold)), None)
    result.reciprocal_rank = 1 / first if first else 0.0
    answer_text = scored_text(answer.answer)
    result.answer_correct = not answer.refused and all(g in answer_text for g in gold)
    result.wrong_entity = result.answer_correct is False and not answer.refused and names_another_entity(
        record["question"], answer)
    cited = [scored_text(_passage_text(citation.passage)) for citation in answer.citations]
    result.citation_correct = any(any(g in text for g in gold) for text in cited)
    return result


def _mean(values: list) -> float | None:
    values = [float(v) for v in values if v is not None]
    return round(sum(values) / len(values), 3) if values else None


def summarise(results: list[QuestionResult], breakdown: bool = True) -> dict:
    summary = {
        "questions": len(results),
        "answer_recall@1": _mean([r.recall_at_1 for r in results]),
        "answer_recall@5": _mean([r.recall_at_5 for r in results]),
        "doc_recall@5": _mean([r.doc_recall_at_5 for r in results]),
        "mrr": _mean([r.reciprocal_rank for r in results]),
        "answer_accuracy": _mean([r.answer_correct for r in results]),
        "citation_accuracy": _mean([r.citation_correct for r in results]),
        "refusal_accuracy": _mean([r.refusal_correct for r in results]),
        "unsupported_figures": sum(len(r.unsupported) for r in results),
        "fallback_share": _mean([r.fallback for r in results if not r.refused]),
        "wrong_entity_answers": sum(r.wrong_entity for r in results),
    }
    if breakdown:
        summary["per_kind"] = _per(results, lambda r: r.kind or "-")
        summary["per_intent"] = _per(results, lambda r: r.intent or "-")
    return summary


def _per(results: list[QuestionResult], label) -> dict:
    groups: dict[str, list[QuestionResult]] = {}
    for result in results:
        groups.setdefault(label(result), []).append(result)
    return {name: {"questions": len(group),
                   "answer_accuracy": _mean([r.answer_correct for r in group]),
                   "refusal_accuracy": _mean([r.refusal_correct for r in group]),
                   "wrong_entity_answers": sum(r.wrong_entity for r in group),
                   "mean_answer_chars": _mean([r.answer_chars for r in group if not r.refused])}
            for name, group in sorted(groups.items())}
