"""Training: lesson quizzes, learner records, the rule explorer and the 'May I send this?' checker.

Pure functions and data, tested without a kernel; :mod:`privacykit.widgets` shows them.
"""

from privacykit.training.quiz import Feedback, Question, Quiz, grade, load_quiz, quiz_ids
from privacykit.training.records import (
    Attempt,
    LessonScore,
    attempt,
    learner_name,
    lesson_scores,
    read_records,
    record,
    records_path,
)
from privacykit.training.scenario import Scenario, scenario_tables
from privacykit.training.sendcheck import Answer, Block, check_send, check_sends

__all__ = [
    "Answer",
    "Attempt",
    "Block",
    "Feedback",
    "LessonScore",
    "Question",
    "Quiz",
    "Scenario",
    "attempt",
    "check_send",
    "check_sends",
    "grade",
    "learner_name",
    "lesson_scores",
    "load_quiz",
    "quiz_ids",
    "read_records",
    "record",
    "records_path",
    "scenario_tables",
]
