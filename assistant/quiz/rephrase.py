"""Optional LLM rephrasing of quiz stems. A rephrased question must still pass every quiz
check (blank kept, answer not revealed, no figure added or changed, close to the original);
one that fails is discarded."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from llama_index.core.base.llms.types import ChatMessage, MessageRole

from assistant.answering.verify import closeness, figures
from assistant.ingest.normalize import normalize
from assistant.quiz.generate import is_valid
from assistant.quiz.models import BLANK, QuizQuestion

REPHRASE_SYSTEM = (
    "你负责润色测验题的题干，使其通顺、正式。意思、数字、名称都不能改变，"
    f"题干里的“{BLANK}”必须原样保留，不能写出答案。只输出润色后的题干。"
)


def rephrase(question: QuizQuestion, llm) -> QuizQuestion | None:
    """The question with a rephrased stem, or None when the rephrasing fails a check."""
    reply = llm.chat([
        ChatMessage(role=MessageRole.SYSTEM, content=REPHRASE_SYSTEM),
        ChatMessage(role=MessageRole.USER, content=question.stem),
    ]).message.content or ""
    stem = reply.strip().splitlines()[0].strip(" “”\"") if reply.strip() else ""
    candidate = replace(question, stem=stem)  # everything else (kind, difficulty, citation) kept
    return candidate if passes(question, candidate) else None


def passes(original: QuizQuestion, rephrased: QuizQuestion) -> bool:
    stem = rephrased.stem
    if not stem or not is_valid(rephrased):
        return False
    if (BLANK in original.stem) != (stem.count(BLANK) == 1):
        return False
    if Counter(figures(stem)) != Counter(figures(original.stem)):
        return False  # a figure added, dropped or changed would change the question
    if rephrased.type != "judge" and any(normalize(answer) in normalize(stem) for answer in rephrased.answer):
        return False
    return closeness(stem, original.stem) >= 0.5


def rephrase_all(questions: list[QuizQuestion], llm, wanted: int) -> list[QuizQuestion]:
    kept: list[QuizQuestion] = []
    for question in questions:
        if len(kept) == wanted:
            break
        rephrased = rephrase(question, llm)
        if rephrased is not None:
            rephrased.id = f"q{len(kept) + 1}"
            kept.append(rephrased)
    return kept
