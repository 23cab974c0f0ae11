"""Quizzes for trainers: generate (generate.py) and export (export.py)."""

from assistant.quiz.generate import TYPES, Question, Quiz, generate_quiz

__all__ = ["TYPES", "Question", "Quiz", "generate_quiz"]
