"""Quizzes for trainers: generate (generate.py) and export (export.py)."""

from assistant.quiz.generate import TYPES, QuizQuestion, Quiz, generate_quiz

__all__ = ["TYPES", "QuizQuestion", "Quiz", "generate_quiz"]
