"""privacykit: compliance training and audit kit for database marketers.

Not legal advice. The rulebook (``privacykit.rulebook``) holds the law as versioned, cited,
typed data; lessons, audits and reports all read it.
"""

from privacykit.errors import (
    ConfigError,
    OverrideError,
    PrivacyKitError,
    Problem,
    RulebookError,
    UnknownRuleError,
)
from privacykit.rulebook import Rule, Rulebook, load_rulebook

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "OverrideError",
    "PrivacyKitError",
    "Problem",
    "Rule",
    "Rulebook",
    "RulebookError",
    "UnknownRuleError",
    "__version__",
    "load_rulebook",
]
