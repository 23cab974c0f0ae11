"""Metrics over question files shaped like shared/eval/seed_qa.jsonl.

Each line: {"id", "question", "answers": [strings that must appear], "docs": [doc_ids],
"kind": "fact|wording|cross-script|refusal"}; `answers` is empty for a refusal.
All comparisons are on search text (width-folded, Simplified).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answering.models import Answer
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


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


def unsupported_figures(answer: Answer) -> list[str]:
    """Figures stated in the answer that none of its cited passages contains."""
    if answer.refused:
        return []
    cited = " ".join(_passage_text(citation.passage) for citation in answer.citations)
    body = re.sub(r"\[\d+\]", "", normalize(answer.answer))
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


def evaluate_one(record: dict, answer: Answer, ranked: list[Passage]) -> QuestionResult:
    gold = [normalize(text) for text in record.get("answers", [])]
    result = QuestionResult(record.get("id", ""), record["question"], record.get("kind", ""), answer.answer, answer.refused)
    result.unsupported = unsupported_figures(answer)
    result.fallback = answer.fallback
    if not gold:
        result.refusal_correct = answer.refused
        return result
    texts = [_passage_text(passage) for passage in ranked]
    result.recall_at_1 = all(any(g in t for t in texts[:1]) for g in gold)
    result.recall_at_5 = all(any(g in t for t in texts[:5]) for g in gold)
    result.doc_recall_at_5 = any(passage.doc_id in record.get("docs", []) for passage in ranked[:5])
    first = next((rank for rank, text in enumerate(texts, 1) if any(g in text for g in gold)), None)
    result.reciprocal_rank = 1 / first if first else 0.0
    answer_text = normalize(answer.answer)
    result.answer_correct = not answer.refused and all(g in answer_text for g in gold)
    cited = [_passage_text(citation.passage) for citation in answer.citations]
    result.citation_correct = any(any(g in text for g in gold) for text in cited)
    return result


def _mean(values: list) -> float | None:
    values = [float(v) for v in values if v is not None]
    return round(sum(values) / len(values), 3) if values else None


def summarise(results: list[QuestionResult]) -> dict:
    return {
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
    }
