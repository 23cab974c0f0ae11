"""What a quiz is made of: facts mined from passages, the questions built on them, the quiz."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answering.models import Citation
from assistant.store.corpus import StoredChunk

TYPES = ("single", "multi", "blank", "judge", "short")
DEFAULT_TYPES = ("single", "multi", "blank", "judge")  # short answers on request: they need marking by hand
TYPE_NAMES = {"single": "单选题", "multi": "多选题", "blank": "填空题", "judge": "判断题", "short": "简答题"}
# What a question can be about (mining.py has one miner per kind).
KINDS = ("figure", "parts", "named", "enumeration", "role", "doc_number")
KIND_NAMES = {"figure": "数字", "parts": "提法的内容", "named": "提法", "enumeration": "重点任务",
              "role": "主线与职责", "doc_number": "文件与文号"}
DIFFICULTIES = ("easy", "hard", "mixed")
BLANK = "____"
CHOICE = "（ ）"


@dataclass
class Fact:
    """One askable thing in a passage. Positions are in the chunk's text."""
    kind: str
    chunk: StoredChunk
    start: int  # the sentence (or span) the question rests on
    end: int
    answer: str  # what is asked, as written (Simplified)
    answer_start: int = -1  # where the answer stands, when the stem blanks it out
    answer_end: int = -1
    name: str = ""  # the formulation, heading, role word (主线, 组长) or document number asked about
    items: list[str] = field(default_factory=list)  # parts or enumeration items stated in this passage
    related: list[str] = field(default_factory=list)  # right answers stated elsewhere (never a distractor)
    unit: str = ""  # a figure's unit

    @property
    def sentence(self) -> str:
        return self.chunk.text[self.start:self.end]


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
    kind: str = "figure"  # the fact kind (KINDS)
    difficulty: str = "easy"

    def to_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "kind": self.kind, "difficulty": self.difficulty, "stem": self.stem,
            "options": self.options, "answer": self.answer, "explanation": self.explanation,
            "citation": self.citation.to_dict(), "fact": self.fact,
        }


@dataclass
class Quiz:
    questions: list[QuizQuestion] = field(default_factory=list)
    seed: int = 0
    topic: str = ""
    spares: list[QuizQuestion] = field(default_factory=list)  # for replacing a dropped question

    def to_dict(self) -> dict:
        return {"seed": self.seed, "topic": self.topic, "questions": [question.to_dict() for question in self.questions]}

    def drop(self, ids: list[str]) -> None:
        """Take these questions out (a trainer's choice in the preview)."""
        self.questions = [question for question in self.questions if question.id not in ids]
        self._number()

    def replace(self, ids: list[str]) -> int:
        """Put a spare in place of each of these questions, one of the same type where there is
        one; returns how many were replaced (none left: the question stays)."""
        replaced = 0
        for position, question in enumerate(self.questions):
            if question.id not in ids or not self.spares:
                continue
            spare = next((s for s in self.spares if s.type == question.type), self.spares[0])
            self.spares.remove(spare)
            self.questions[position] = spare
            replaced += 1
        self._number()
        return replaced

    def _number(self) -> None:
        for number, question in enumerate(self.questions, 1):
            question.id = f"q{number}"
