"""Shared fixtures: the kit's real rulebook, loaded once per test session."""

from __future__ import annotations

import pytest

from privacykit.rulebook import Rulebook, load_rulebook


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()
