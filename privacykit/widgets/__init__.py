"""Widgets for the lessons (ipywidgets views over :mod:`privacykit.training`).

Every view only displays what a pure function of the package returns; the logic is tested
without a kernel.
"""

from privacykit.widgets.checker import send_checker
from privacykit.widgets.quiz import quiz
from privacykit.widgets.views import rule_explorer, run_sample_audit, show_rules, time_calculator

__all__ = [
    "quiz",
    "rule_explorer",
    "run_sample_audit",
    "send_checker",
    "show_rules",
    "time_calculator",
]
