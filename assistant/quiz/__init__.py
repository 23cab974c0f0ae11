"""Quizzes for trainers: facts mined from passages (mining.py), questions on them (questions.py,
stems.py, distractors.py), chosen by generate.py, exported by export.py."""

from assistant.quiz.generate import QuizRequest, generate_quiz
from assistant.quiz.models import DEFAULT_TYPES, TYPES, Quiz, QuizQuestion

__all__ = ["DEFAULT_TYPES", "TYPES", "Quiz", "QuizQuestion", "QuizRequest", "generate_quiz"]
