"""The rulebook: the law as versioned, cited, typed data."""

from privacykit.rulebook.book import Rulebook, RuleNotInForceError, jurisdiction_covers
from privacykit.rulebook.loader import load_rulebook
from privacykit.rulebook.models import (
    Boundary,
    Calendar,
    Channel,
    Citation,
    Confidence,
    Industry,
    Parameter,
    Regime,
    Rule,
    Severity,
    Stricter,
    Unit,
)

__all__ = [
    "Boundary",
    "Calendar",
    "Channel",
    "Citation",
    "Confidence",
    "Industry",
    "Parameter",
    "Regime",
    "Rule",
    "RuleNotInForceError",
    "Rulebook",
    "Severity",
    "Stricter",
    "Unit",
    "jurisdiction_covers",
    "load_rulebook",
]
