"""(being written for issue 7)"""

from __future__ import annotations

from privacykit.checks.registry import Check

CHECKS: tuple[Check, ...] = ()
