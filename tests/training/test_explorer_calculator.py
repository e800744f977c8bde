"""The rule explorer and the calculator: the rulebook and the audit's calendar, by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from privacykit.rulebook import Rulebook
from privacykit.training.calculator import deadline, recipient_time
from privacykit.training.explorer import explore, places, reaches

ON = dt.date(2026, 9, 15)


def ids(rulebook: Rulebook, industry: str, channel: str, place: str, on: dt.date = ON) -> set[str]:
    return {r.id for r in explore(rulebook, industry, channel, place, on)}


def test_choosing_health_adds_the_hipaa_marketing_rule(rulebook: Rulebook) -> None:
    retail = ids(rulebook, "retail", "email", "US")
    health = ids(rulebook, "health", "email", "US")
    assert "HIPAA-MARKETING-AUTHORIZATION" not in retail
    assert "HIPAA-MARKETING-AUTHORIZATION" in health and retail < health
    assert {"CANSPAM-OPTOUT-HONOR", "FTC-DECEPTION-PRIVACY-PROMISES"} <= retail


def test_a_state_adds_its_own_rules_and_keeps_the_federal_ones(rulebook: Rulebook) -> None:
    federal = ids(rulebook, "retail", "sms", "US")
    florida = ids(rulebook, "retail", "sms", "US-FL")
    ohio = ids(rulebook, "retail", "sms", "US-OH")
    assert "TCPA-CALL-HOURS" in federal and federal <= florida and federal <= ohio
    assert "STATE-CALL-HOURS" in florida and "STATE-CALL-HOURS" not in ohio | federal
    assert "CASL-CONSENT" not in florida and "CASL-CONSENT" in ids(
        rulebook, "retail", "sms", "CA-ON"
    )
    quebec = ids(rulebook, "retail", "email", "CA-QC")
    assert "QC-LAW25-CONSENT" in quebec and "QC-LAW25-CONSENT" not in ids(
        rulebook, "retail", "email", "CA-ON"
    )


def test_the_date_decides_which_rules_are_in_force(rulebook: Rulebook) -> None:
    # Texas's calling hours reach Texans from 2025-09-01 (SB 140).
    assert "STATE-CALL-HOURS" not in ids(rulebook, "retail", "sms", "US-TX", dt.date(2025, 8, 31))
    assert "STATE-CALL-HOURS" in ids(rulebook, "retail", "sms", "US-TX", dt.date(2025, 9, 1))
    # The CCPA's automated decision-making rules apply from 2027-01-01.
    assert "CCPA-ADMT" not in ids(
        rulebook, "retail", "data-sharing", "US-CA", dt.date(2026, 12, 31)
    )
    assert "CCPA-ADMT" in ids(rulebook, "retail", "data-sharing", "US-CA", dt.date(2027, 1, 1))


def test_places_and_bad_choices() -> None:
    assert {"US", "US-FL", "CA-QC", "EU-DE", "UK"} <= set(places())
    assert reaches("US-FL", "US") and not reaches("US", "US-FL") and not reaches("US-FLX", "US-FL")
    with pytest.raises(ValueError, match="industry 'banking' is not one of"):
        explore(None, "banking", "email", "US")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="place 'XX'"):
        explore(None, "retail", "email", "XX")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sender", "zone", "local", "inside"),  # inside the window, before 21:00
    [
        # 20:30 in New York is 19:30 in Chicago and 17:30 in Los Angeles (EDT, CDT, PDT).
        ("2026-09-15 20:30", "America/Chicago", "2026-09-15 19:30", True),
        ("2026-09-15 23:30", "America/Los_Angeles", "2026-09-15 20:30", True),
        ("2026-09-15 07:30", "America/Phoenix", "2026-09-15 04:30", False),  # MST all year
        ("2026-09-16 00:30", "America/New_York", "2026-09-16 00:30", False),
        # After the fall change (2026-11-01) New York is UTC-5 and Phoenix UTC-7: 2 hours apart.
        ("2026-11-02 10:00", "America/Phoenix", "2026-11-02 08:00", True),
        ("2026-09-15 21:00", "America/New_York", "2026-09-15 21:00", False),  # 9 p.m. is the end
    ],
)
def test_the_recipients_local_time(sender: str, zone: str, local: str, inside: bool) -> None:
    t = recipient_time(dt.datetime.fromisoformat(sender), "America/New_York", zone)
    assert t.local == dt.datetime.fromisoformat(local) and t.in_federal_window is inside
    assert t.at_window_end is (t.local.time() == dt.time(21, 0))


@pytest.mark.parametrize(
    ("received", "days", "calendar", "due"),
    [
        ("2026-09-01", 10, "US-federal", "2026-09-16"),  # Labor Day 09-07 skipped
        ("2026-11-20", 10, "US-federal", "2026-12-07"),  # Thanksgiving 11-26 skipped
        ("2026-12-24", 1, "US-federal", "2026-12-28"),  # Christmas Friday, then the weekend
        ("2026-06-23", 2, "CA-QC", "2026-06-26"),  # Saint-Jean-Baptiste 06-24 in Quebec
        ("2026-06-23", 2, "CA-federal", "2026-06-25"),  # ... not a federal holiday
        ("2026-09-01", 0, "US-federal", "2026-09-01"),  # day 0 is the day of receipt
    ],
)
def test_business_day_deadlines(received: str, days: int, calendar: str, due: str) -> None:
    d = deadline(dt.date.fromisoformat(received), days, calendar)
    assert d.due == dt.date.fromisoformat(due)
    assert all(dt.date.fromisoformat(received) < h <= d.lenient_due for h, _ in d.holidays)


def test_a_bad_calendar_or_count_is_refused() -> None:
    with pytest.raises(ValueError):
        deadline(ON, 10, "UK")
    with pytest.raises(ValueError, match="0 or more"):
        deadline(ON, -1)
