"""T9: prior express written consent for automated marketing calls and marketing texts.

One tiny DB; each contact states, for each of the three rules T9 judges, the verdict expected
(``None``: no row for that rule). TCPA-PEWC: autodialed, prerecorded or artificial-voice
marketing calls and marketing texts to wireless numbers. STATE-AUTOMATED-CONSENT: automated
calls and texts to residents of Florida, Oklahoma and Maryland (2024 on), whatever the line;
its notes put any automated-selection dialer in scope, not only a federal autodialer.
TSR-CONSENT-RECORDS: a call relying on a consent that holds no evidence of what was shown.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts

SELLER = "Tiny Co"
PEWC, STATE, TSR = "TCPA-PEWC", "STATE-AUTOMATED-CONSENT", "TSR-CONSENT-RECORDS"

# customer id -> (number, line type, address state, ZIP)
PLACES = {
    "W1": ("+16145550401", "wireless", "OH", "43215"),  # no consent at all
    "W2": ("+16145550402", "wireless", "OH", "43215"),  # written consent, evidence kept
    "W3": ("+16145550403", "wireless", "OH", "43215"),  # written consent for another seller
    "W4": ("+16145550404", "wireless", "OH", "43215"),  # written consent revoked 2026-07-10
    "W5": ("+16145550405", "wireless", "OH", "43215"),  # consent granted 2026-07-20
    "W6": ("+16145550406", "wireless", "OH", "43215"),  # 'express' consent, not written
    "W7": ("+16145550407", "wireless", "OH", "43215"),  # written consent for every channel
    "W8": ("+16145550408", "wireless", "OH", "43215"),  # consent names '(614) 555-0408'
    "W9": ("+16145550409", "wireless", "OH", "43215"),  # consent for informational calls
    "L1": ("+16145550411", "landline", "OH", "43215"),
    "L2": ("+13055550412", "landline", "FL", "33130"),  # Florida resident
    "L3": ("+14105550413", "landline", "MD", "21201"),  # Maryland resident
    "F1": ("+13055550414", "wireless", "FL", "33130"),
    "UNK": ("+16145550421", "unknown", "OH", "43215"),
    "NUL": ("+16145550422", None, "OH", "43215"),
    "VOIP": ("+16145550423", "voip", "OH", "43215"),
    "MIX1": ("+16145550424", "wireless", "OH", "43215"),  # one number, two records that
    "MIX2": ("+16145550424", "landline", "OH", "43215"),  # disagree on the line type
    "EV1": ("+16145550431", "wireless", "OH", "43215"),  # consent, evidence ''
    "EV2": ("+16145550432", "wireless", "OH", "43215"),  # consent, evidence null
    "EV3": ("+16145550433", "wireless", "OH", "43215"),  # consent (texts), evidence ''
}
CUSTOMERS = [
    {
        "customer_id": cid,
        "phone": phone,
        "phone_line_type": line,
        "state": state,
        "postal_code": zip_code,
        "country": "US",
    }
    for cid, (phone, line, state, zip_code) in PLACES.items()
]


def _consent(cid: str, granted: str = "2026-06-01 16:00:00", **extra: Any) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": "call",
        "purpose": "marketing",
        "consent_type": "express_written",
        "address": PLACES[cid][0],
        "seller": SELLER,
        "granted_at": ts(granted),
        "evidence": "web form v3, 2026-06-01",
    } | extra


CONSENTS = [
    _consent("W2"),
    _consent("W2", consent_id="k-W2-sms", channel="sms"),
    _consent("W3", seller="Other Co"),
    _consent("W4", revoked_at=ts("2026-07-10 16:00:00")),
    _consent("W5", "2026-07-20 16:00:00"),
    _consent("W6", consent_type="express"),
    _consent("W7", channel="all"),
    _consent("W8", address="(614) 555-0408"),
    _consent("W9", purpose="informational"),
    _consent("EV1", evidence=""),
    _consent("EV2", evidence=None),
    _consent("EV3", channel="sms", evidence=""),
]


class Case(NamedTuple):
    id: str
    customer: str
    pewc: str | None
    state: str | None
    tsr: str | None
    dialer: str | None = "autodialer"
    channel: str = "call"
    purpose: str | None = "marketing"
    utc: str = "2026-07-15 16:00:00"  # Wed noon EDT


# fmt: off
CASES = [
    # --- wireless numbers and the consent found ---
    Case("w1-autodialer", "W1", "violation", None, None),
    Case("w1-prerecorded", "W1", "violation", None, None, dialer="prerecorded"),
    Case("w1-artificial-voice", "W1", "violation", None, None, dialer="artificial_voice"),
    Case("w1-predictive", "W1", "warning", None, None, dialer="predictive"),
    Case("w1-dialer-not-recorded", "W1", "warning", None, None, dialer=None),
    Case("w1-manual", "W1", None, None, None, dialer="manual"),
    Case("w1-purpose-not-recorded", "W1", "warning", None, None, purpose=None),
    Case("w1-informational", "W1", None, None, None, purpose="informational"),
    Case("w1-text", "W1", "violation", None, None, dialer=None, channel="sms"),
    Case("w1-text-informational", "W1", None, None, None, dialer=None, channel="sms",
         purpose="informational"),
    Case("w2-consent", "W2", None, None, None),
    Case("w2-consent-text", "W2", None, None, None, dialer=None, channel="sms"),
    Case("w3-other-seller", "W3", "violation", None, None),
    Case("w4-before-revocation", "W4", None, None, None, utc="2026-07-05 16:00:00"),
    Case("w4-after-revocation", "W4", "violation", None, None),
    Case("w5-before-grant", "W5", "violation", None, None),
    Case("w5-after-grant", "W5", None, None, None, utc="2026-07-21 16:00:00"),
    Case("w6-express-not-written", "W6", "violation", None, None),
    Case("w7-consent-all-channels", "W7", None, None, None),
    Case("w8-consent-number-as-exported", "W8", None, None, None),
    Case("w9-consent-informational-only", "W9", "violation", None, None),
    # --- line types ---
    Case("l1-landline-ohio", "L1", None, None, None),
    Case("l2-landline-florida", "L2", None, "violation", None),
    Case("l2-landline-florida-manual", "L2", None, None, None, dialer="manual"),
    # Florida's law reaches any automated-selection dialer (the rule's notes): no doubt there
    Case("l2-landline-florida-predictive", "L2", None, "violation", None, dialer="predictive"),
    Case("l2-landline-florida-dialer-not-recorded", "L2", None, "warning", None, dialer=None),
    Case("l3-landline-maryland", "L3", None, "violation", None),
    Case("f1-wireless-florida", "F1", "violation", "violation", None),
    Case("unk-line-unknown", "UNK", "warning", None, None),
    Case("nul-line-not-recorded", "NUL", "warning", None, None),
    Case("voip-line", "VOIP", "warning", None, None),
    Case("mixed-line-records", "MIX1", "warning", None, None),
    # --- consent records without evidence (the TSR: calls only) ---
    Case("ev1-empty-evidence", "EV1", None, None, "warning"),
    Case("ev2-null-evidence", "EV2", None, None, "warning"),
    Case("ev3-empty-evidence-text", "EV3", None, None, None, dialer=None, channel="sms"),
]
# fmt: on
RULES = {PEWC: "pewc", STATE: "state", TSR: "tsr"}


def _contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": PLACES[c.customer][0],
            "purpose": c.purpose,
            "dialer_type": c.dialer,
            "seller": SELLER,
        }
        for c in CASES
    ]


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    con = tiny_db(customers=CUSTOMERS, contacts=_contacts(), consents=CONSENTS)
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", only=["T9"]),
        "again": audit(con, rulebook, "2026Q3", only=["T9"]),
        "no events": audit(con, rulebook, "2026Q2", only=["T9"]),
    }


def test_case_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_written_consent(runs: dict[str, AuditRun], case: Case, rule_id: str) -> None:
    expected = getattr(case, RULES[rule_id])
    assert verdicts(runs["2026Q3"], "T9", rule=rule_id).get(case.id) == expected


def test_rows_name_the_consent_without_evidence(runs: dict[str, AuditRun]) -> None:
    rows = runs["2026Q3"].rows
    row = rows[(rows["rule_id"] == TSR) & (rows["record_id"] == "ev1-empty-evidence")]
    assert row["consent_id"].item() == "k-EV1"


@pytest.mark.parametrize(
    ("rule_id", "status"),
    [(PEWC, Status.VIOLATION), (STATE, Status.VIOLATION), (TSR, Status.WARNING)],
)
def test_rule_status_is_worst_row(runs: dict[str, AuditRun], rule_id: str, status: Status) -> None:
    assert runs["2026Q3"].finding(rule_id, "T9").status is status


def test_same_inputs_same_rows(runs: dict[str, AuditRun]) -> None:
    assert not runs["again"].rows.empty
    pd.testing.assert_frame_equal(runs["2026Q3"].rows, runs["again"].rows)


@pytest.mark.parametrize("rule_id", [PEWC, STATE, TSR])
def test_no_contacts_in_period_is_not_evaluated(runs: dict[str, AuditRun], rule_id: str) -> None:
    finding = runs["no events"].finding(rule_id, "T9")
    assert finding.status is Status.NOT_EVALUATED
    assert "contacts.sent_at" in finding.missing
