"""Invariants of the kit's own rulebook: every file validates and every rule is cited and typed."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from privacykit.rulebook import Confidence, Rulebook, Unit
from privacykit.rulebook.loader import DATA_DIR, load_regime_file

REGIME_FILES = sorted(p for p in DATA_DIR.glob("*.yaml") if not p.name.startswith("_"))


@pytest.mark.parametrize("path", REGIME_FILES, ids=lambda p: p.name)
def test_each_regime_file_validates_on_its_own(path: Path) -> None:
    regime, rules, problems = load_regime_file(path)
    assert problems == []
    assert regime is not None and rules


def test_version_keys_are_unique_and_versions_do_not_overlap(rulebook: Rulebook) -> None:
    keys = [(r.id, r.effective_from) for r in rulebook.all_versions()]
    assert len(keys) == len(set(keys))
    for rule_id in rulebook.ids():
        for a, b in itertools.pairwise(rulebook.versions(rule_id)):
            assert a.effective_to is not None and a.effective_to <= b.effective_from, rule_id


def test_every_rule_is_cited_with_an_official_https_source(rulebook: Rulebook) -> None:
    for rule in rulebook.all_versions():
        assert rule.citations, rule.id
        for c in rule.citations:
            assert c.ref.strip(), rule.id
            assert c.url.startswith("https://"), (rule.id, c.url)


def test_dates_are_in_order_and_reviewed(rulebook: Rulebook) -> None:
    for rule in rulebook.all_versions():
        assert rule.effective_to is None or rule.effective_from < rule.effective_to, rule.id
        assert dt.date(2025, 1, 1) <= rule.last_reviewed, rule.id


def test_rule_ids_start_with_their_regime(rulebook: Rulebook) -> None:
    # STATE-CALLING holds STATE-CALL-HOURS: the first word of the regime is the prefix.
    for rule_id in rulebook.ids():
        regime = rulebook.get(rule_id).regime
        assert rule_id.startswith(regime.split("-")[0] + "-"), (rule_id, regime)


def test_parameters_are_typed_with_units_and_honest_confidence(rulebook: Rulebook) -> None:
    for rule in rulebook.all_versions():
        for p in rule.parameters.values():
            assert isinstance(p.unit, Unit)
            if p.confidence is Confidence.UNCONFIRMED:
                assert p.note, f"{rule.id}.{p.name} is unconfirmed without a note"
            if p.unit is Unit.BUSINESS_DAYS:
                assert p.calendar is not None, f"{rule.id}.{p.name}"
            if p.unit.is_money:
                assert p.as_of is not None, f"{rule.id}.{p.name}"
            if p.unit is Unit.TIME_OF_DAY:
                assert isinstance(p.value, dt.time), f"{rule.id}.{p.name}"
            if p.is_table:
                for row in p.rows():
                    assert row[p.key or ""] is not None
                    if row["confidence"] is Confidence.UNCONFIRMED:
                        assert row["note"], f"{rule.id}.{p.name} row {row[p.key or '']}"


def test_rulebook_has_a_version_and_changelog(rulebook: Rulebook) -> None:
    assert rulebook.version != "unversioned"
    assert rulebook.changelog and rulebook.changelog[0].changes


def test_the_channel_regimes_are_present(rulebook: Rulebook) -> None:
    for regime in (
        "CANSPAM",
        "FCC-MSCM",
        "TCPA",
        "TSR",
        "STATE-CALLING",
        "FAX",
        "MAIL",
        "MOBILE",
        "SMS",
    ):
        assert regime in rulebook.regimes, regime
        assert rulebook.by_regime()[regime], regime
