"""E2 (CAN-SPAM opt-out mechanism), E4 (required content) and E9 (no transfer), by table.

The answer key is the issue-6 specification (spec6.md, sections E2, E4 and E9); every expected
verdict below was counted by hand, never by calling the kit's helpers.

Clock. Timestamps are naive UTC. The company's zone is America/New_York, on EDT (UTC-4) all
through 2026Q3, so noon in New York is 16:00 UTC and a company day D runs from D 04:00 UTC to
D+1 04:00 UTC. The period 2026Q3 is 2026-07-01 04:00 UTC .. 2026-10-01 04:00 UTC.

E2. An unsubscribe click that failed or expired is a violation when it came at most 30 x 24 h
= 720 h after the send, a warning when it came later but on a company day at most 30 days
after the send's company day, and is not judged after that. ``None`` means no row.

E4. A marketing email whose campaign says it had no unsubscribe link or no postal address is a
violation; a missing ad disclosure alone is a warning when an express email consent was in
force at the send (the prior-consent exemption is unconfirmed), else a violation. A null flag
is not judged, nor a campaign id that ``campaigns`` does not hold.

E9. A disclosure (``sharing``) of an email address opted out before the disclosure is a
violation, a warning to a service provider, and no row when made for suppression or
compliance. The address is ``sharing.address`` when it is an email, else the customer's email.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts

MECHANISM = "CANSPAM-OPTOUT-MECHANISM"
CONTENT = "CANSPAM-REQUIRED-CONTENT"
TRANSFER = "CANSPAM-NO-TRANSFER"
ONLY = ["E2", "E4", "E9"]


def _customer(cid: str, phone: str | None = None) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "email": f"{cid.lower()}@example.com",
        "phone": phone,
        "state": "OH",
        "postal_code": "43215",
        "country": "US",
    }


# R1: E2's recipient. A*: E4's recipients. N*: E9's people.
PHONES = {"R1": "+16145550101", "A2": "+16145550102", "N5": "+16145550105", "N6": "+16145550106"}
CUSTOMER_IDS = (
    "R1",
    *("A1", "A2", "A3", "A4", "A5", "A6", "A7"),
    *("N1", "N2", "N3", "N3B", "N4", "N5", "N6", "N7", "N8", "N9"),
)
CUSTOMERS = [_customer(c, PHONES.get(c)) for c in CUSTOMER_IDS]


# ------------------------------------------------------------------------------------------
# E2: unsubscribe clicks
# ------------------------------------------------------------------------------------------

# The emails whose links were clicked (no campaign: E4 does not judge them).
SENDS = {
    # Wed 2026-07-01 12:00 EDT: company day 07-01; 720 h later is 2026-07-31 16:00:00 UTC,
    # and company day 07-01 + 30 = 07-31 (ends 2026-08-01 04:00 UTC).
    "m1": "2026-07-01 16:00:00",
    # 08:00 EDT 07-01: UTC day and company day are both 07-01.
    "m2": "2026-07-01 12:00:00",
    # 22:00 EDT on 07-01: company day 07-01, but the UTC date is already 07-02.
    "m3": "2026-07-02 02:00:00",
    # before the period: its clicks in the period are judged all the same
    "m4": "2026-06-20 16:00:00",
    # late in the period
    "m5": "2026-09-15 16:00:00",
    # the same hour as m1, but an informational email, an email of unrecorded purpose, a text
    "m6-info": "2026-07-01 16:00:00",
    "m7-nopurpose": "2026-07-01 16:00:00",
    "m8-text": "2026-07-01 16:00:00",
}
PURPOSE = {"m6-info": "informational", "m7-nopurpose": None}


class Click(NamedTuple):
    id: str
    contact: str
    utc: str  # clicked_at, naive UTC
    status: str
    e2: str | None


# fmt: off
CLICKS = [
    # 07-30 16:00 - 07-01 16:00 = 29 d = 696 h <= 720 h
    Click("ev-29d", "m1", "2026-07-30 16:00:00", "failed", "violation"),
    # 07-31 16:00 - 07-01 16:00 = 30 d = 720 h exactly: the 30 days are inclusive
    Click("ev-30d-exact", "m1", "2026-07-31 16:00:00", "failed", "violation"),
    # 720 h 00 min 01 s > 720 h; 12:00:01 EDT on 07-31 = send's day + 30 -> warning
    Click("ev-30d-1s", "m1", "2026-07-31 16:00:01", "failed", "warning"),
    # 725 h > 720 h; 17:00 EDT on 07-31 = day + 30 -> warning
    Click("ev-30d-5h", "m1", "2026-07-31 21:00:00", "failed", "warning"),
    # 08-01 16:00 = 31 d = 744 h; 12:00 EDT 08-01 = day + 31 -> not judged
    Click("ev-31d", "m1", "2026-08-01 16:00:00", "failed", None),
    # 29 d = 696 h, the link had expired
    Click("ev-expired-29d", "m1", "2026-07-30 16:00:00", "expired", "violation"),
    # 30 d + 5 h, expired: day + 30 -> warning
    Click("ev-expired-30d-5h", "m1", "2026-07-31 21:00:00", "expired", "warning"),
    # the link worked: nothing to report
    Click("ev-success", "m1", "2026-07-11 16:00:00", "success", None),
    # login_required is check E3's (CANSPAM-OPTOUT-BURDEN), not E2's
    Click("ev-login", "m1", "2026-07-11 16:00:00", "login_required", None),
    # the click names an email that contacts does not hold
    Click("ev-orphan", "m-missing", "2026-07-11 16:00:00", "failed", None),
    # m2: 08-01 02:00 UTC - 07-01 12:00 UTC = 30 d 14 h = 734 h > 720 h; the click was at
    # 22:00 EDT on 07-31 = day 07-01 + 30 -> warning (a UTC-date count, 08-01 = +31, would
    # drop it)
    Click("ev-m2-evening", "m2", "2026-08-01 02:00:00", "failed", "warning"),
    # m3: 08-01 14:00 UTC - 07-02 02:00 UTC = 30 d 12 h = 732 h > 720 h; the click was at
    # 10:00 EDT on 08-01 = day 07-01 + 31 -> no row (a UTC-date count, 07-02 -> 08-01 = 30,
    # would wrongly warn)
    Click("ev-m3-morning", "m3", "2026-08-01 14:00:00", "failed", None),
    # m4 sent 06-20 16:00, click 07-05 16:00 = 15 d = 360 h, inside the period -> violation
    Click("ev-m4-in-period", "m4", "2026-07-05 16:00:00", "failed", "violation"),
    # click 06-25 (5 d after the send) but before the period starts: not judged in 2026Q3
    Click("ev-m4-before-period", "m4", "2026-06-25 16:00:00", "failed", None),
    # m5 sent 09-15 16:00; click 10-01 03:00 UTC = 23:00 EDT 09-30: still in 2026Q3;
    # 15 d 11 h = 371 h <= 720 h -> violation
    Click("ev-m5-last-evening", "m5", "2026-10-01 03:00:00", "failed", "violation"),
    # 10-01 05:00 UTC = 01:00 EDT 10-01: 2026Q4, not judged in 2026Q3
    Click("ev-m5-next-quarter", "m5", "2026-10-01 05:00:00", "failed", None),
    # 29 d after an informational email: CAN-SPAM's opt-out mechanism (15 USC 7704(a)(3))
    # is a duty of commercial email only, so "the email" is read as a judged (marketing)
    # email and a transactional one is not judged
    Click("ev-informational", "m6-info", "2026-07-30 16:00:00", "failed", None),
    # 29 d after an email whose purpose is not recorded: judged as marketing, at most a
    # warning (the spec's shared words)
    Click("ev-purpose-null", "m7-nopurpose", "2026-07-30 16:00:00", "failed", "warning"),
    # the contact_id names a text, not an email: no email to join
    Click("ev-on-a-text", "m8-text", "2026-07-30 16:00:00", "failed", None),
]
# fmt: on


# ------------------------------------------------------------------------------------------
# E4: campaign content flags
# ------------------------------------------------------------------------------------------


def _campaign(cid: str, unsub: bool | None, postal: bool | None, ad: bool | None) -> dict[str, Any]:
    return {
        "campaign_id": cid,
        "channel": "email",
        "name": cid,
        "has_unsubscribe": unsub,
        "has_postal_address": postal,
        "has_ad_disclosure": ad,
    }


CAMPAIGNS = [
    _campaign("C-NOUNSUB", False, True, True),
    _campaign("C-NOPOSTAL", True, False, True),
    _campaign("C-NOAD", True, True, False),
    _campaign("C-OK", True, True, True),
    _campaign("C-NULL", None, None, None),
    _campaign("C-NULLAD", True, True, None),
    _campaign("C-NOUNSUB-ONLY", False, None, None),  # the one false flag is judged
]


def _consent(kid: str, cid: str, kind: str, granted: str, **extra: Any) -> dict[str, Any]:
    return {
        "consent_id": kid,
        "customer_id": cid,
        "channel": "email",
        "purpose": "marketing",
        "consent_type": kind,
        "address": f"{cid.lower()}@example.com",
        "granted_at": ts(granted),
        "evidence": "form v1",
    } | extra


E4_CONSENTS = [
    _consent("ka1", "A1", "express", "2026-01-01 16:00:00"),
    # A2: no consent at all
    _consent("ka3", "A3", "soft_opt_in", "2026-01-01 16:00:00"),  # not an express consent
    # revoked Wed 07-01 16:00, two weeks before the sends of 07-15
    _consent("ka4", "A4", "express", "2026-01-01 16:00:00", revoked_at=ts("2026-07-01 16:00:00")),
    # express, but for texts only
    _consent("ka5", "A5", "express", "2026-01-01 16:00:00", channel="sms", address=None),
    _consent("ka6", "A6", "express_written", "2026-01-01 16:00:00"),
    # granted 07-20, after the sends of 07-15
    _consent("ka7", "A7", "express", "2026-07-20 16:00:00"),
]
E4_TRANSACTIONS = [
    {"transaction_id": "ta3", "customer_id": "A3", "occurred_at": ts("2026-03-01 16:00:00")},
]


class Mail(NamedTuple):
    id: str
    customer: str
    campaign: str | None
    e4: str | None
    utc: str = "2026-07-15 16:00:00"  # Wed noon EDT
    purpose: str | None = "marketing"
    channel: str = "email"


# fmt: off
MAILS = [
    Mail("c-nounsub", "A2", "C-NOUNSUB", "violation"),
    Mail("c-nopostal", "A2", "C-NOPOSTAL", "violation"),
    # a consent excuses at most the ad disclosure, never the opt-out notice
    Mail("c-nounsub-express", "A1", "C-NOUNSUB", "violation"),
    Mail("c-nopostal-express", "A1", "C-NOPOSTAL", "violation"),
    # only the ad disclosure is missing
    Mail("c-noad-express", "A1", "C-NOAD", "warning"),  # ka1 express since 01-01
    Mail("c-noad-express-written", "A6", "C-NOAD", "warning"),  # ka6 since 01-01
    Mail("c-noad-no-consent", "A2", "C-NOAD", "violation"),
    Mail("c-noad-soft-opt-in", "A3", "C-NOAD", "violation"),  # soft opt-in is not express
    Mail("c-noad-revoked", "A4", "C-NOAD", "violation"),  # revoked 07-01 < 07-15
    Mail("c-noad-sms-consent", "A5", "C-NOAD", "violation"),  # consent for texts only
    Mail("c-noad-consent-later", "A7", "C-NOAD", "violation"),  # granted 07-20 > 07-15
    # nothing missing
    Mail("c-all-flags-true", "A2", "C-OK", None),
    Mail("c-null-flags", "A2", "C-NULL", None),
    Mail("c-null-ad-flag", "A2", "C-NULLAD", None),
    Mail("c-nounsub-other-flags-null", "A2", "C-NOUNSUB-ONLY", "violation"),
    # a campaign id campaigns does not hold, and no campaign id at all
    Mail("c-campaign-unknown", "A2", "C-GHOST", None),
    Mail("c-no-campaign", "A2", None, None),
    # informational email: CAN-SPAM's content rule is for commercial email
    Mail("c-informational", "A2", "C-NOUNSUB", None, purpose="informational"),
    # purpose not recorded: judged as marketing, at most a warning
    Mail("c-purpose-null", "A2", "C-NOUNSUB", "warning", purpose=None),
    Mail("c-purpose-null-noad", "A2", "C-NOAD", "warning", purpose=None),
    # a text of an email campaign: E4 judges emails only
    Mail("c-sms", "A2", "C-NOUNSUB", None, channel="sms"),
    # Tue 06-30 12:00 EDT: 2026Q2, not judged in 2026Q3
    Mail("c-before-period", "A2", "C-NOUNSUB", None, utc="2026-06-30 16:00:00"),
]
# fmt: on


# ------------------------------------------------------------------------------------------
# E9: disclosures of opted-out addresses
# ------------------------------------------------------------------------------------------


def _optout(oid: str, cid: str, received: str, **extra: Any) -> dict[str, Any]:
    return {
        "optout_id": oid,
        "customer_id": cid,
        "channel": "email",
        "address": f"{cid.lower()}@example.com",
        "received_at": ts(received),
    } | extra


E9_OPTOUTS = [
    _optout("o-n1", "N1", "2026-07-01 16:00:00"),
    _optout("o-n2", "N2", "2026-07-20 16:00:00"),  # after the shares of 07-10
    _optout("o-n3", "N3", "2026-07-01 16:00:00"),  # re-consent 07-05
    _optout("o-n3b", "N3B", "2026-07-01 16:00:00"),  # re-consent 07-15, after the share
    # N4 opted out an old address; the email on N4's record now is n4@example.com
    _optout("o-n4-old", "N4", "2026-07-01 16:00:00", address="n4-old@example.com"),
    _optout("o-n5", "N5", "2026-07-01 16:00:00", channel="sms", address=PHONES["N5"]),
    _optout("o-n6", "N6", "2026-07-01 16:00:00", channel="all", address=None),
    _optout("o-n7", "N7", "2026-07-10 16:00:00"),  # the same instant as the share
    _optout("o-n9", "N9", "2026-06-01 16:00:00"),
]
E9_CONSENTS = [
    _consent("k-n3", "N3", "express", "2026-07-05 16:00:00"),
    _consent("k-n3b", "N3B", "express", "2026-07-15 16:00:00"),
]


class Share(NamedTuple):
    id: str
    customer: str | None
    recipient_type: str
    purpose: str | None
    e9: str | None
    utc: str = "2026-07-10 16:00:00"  # Fri noon EDT
    categories: str | None = "email;name"
    address: str | None = None
    is_sale: bool | None = None


# fmt: off
SHARES = [
    # N1 opted out 07-01 16:00; shares on 07-10 16:00 are 9 days after the opt-out
    Share("s-sale-after-optout", "N1", "data_broker", "sale", "violation", is_sale=True),
    Share("s-list-rental", "N1", "list_rental", "marketing", "violation"),
    Share("s-joint-marketer", "N1", "joint_marketer", "marketing", "violation"),
    Share("s-affiliate-no-purpose", "N1", "affiliate", None, "violation"),
    Share("s-service-provider-no-purpose", "N1", "service_provider", None, "warning"),
    Share("s-service-provider-marketing", "N1", "service_provider", "marketing", "warning"),
    Share("s-suppression", "N1", "list_rental", "suppression", None),
    Share("s-compliance", "N1", "nonaffiliated", "compliance", None),
    Share("s-service-provider-suppression", "N1", "service_provider", "suppression", None),
    # data categories
    Share("s-categories-other", "N1", "data_broker", "sale", None,
          categories="purchase_history;device_id"),
    Share("s-categories-contact", "N1", "ad_platform", "marketing", "violation",
          categories="contact;device_id"),
    Share("s-categories-null", "N1", "data_broker", "sale", "violation", categories=None),
    # N2: shared 07-10, opted out only on 07-20
    Share("s-before-optout", "N2", "data_broker", "sale", None, is_sale=True),
    # N3: opt-out 07-01, express email re-consent 07-05, share 07-10: superseded
    Share("s-reconsent-before-share", "N3", "data_broker", "sale", None),
    # N3B: opt-out 07-01, share 07-10, re-consent only 07-15: still opted out at the share
    Share("s-reconsent-after-share", "N3B", "data_broker", "sale", "violation"),
    # the address comes from sharing.address when it is an email ...
    Share("s-address-opted-out", "N4", "data_broker", "sale", "violation",
          address="n4-old@example.com"),
    Share("s-address-fresh", "N1", "data_broker", "sale", None,
          address="n1-new@example.com"),
    Share("s-address-no-customer", None, "data_broker", "sale", "violation",
          address="n1@example.com"),
    # the same address as exported by a recipient's system: case and blanks do not matter
    Share("s-address-mixed-case", None, "data_broker", "sale", "violation",
          address=" N1@Example.COM "),
    # ... and from the customer's email otherwise
    Share("s-customer-email-not-opted-out", "N4", "data_broker", "sale", None),
    Share("s-address-is-a-number", "N1", "data_broker", "sale", "violation",
          address="+16145550199"),
    # opt-out channels: sms does not cover email; all does
    Share("s-sms-optout", "N5", "data_broker", "sale", None),
    Share("s-all-optout", "N6", "data_broker", "sale", "violation"),
    # received at the very instant of the share: not received *before* it
    Share("s-same-instant", "N7", "data_broker", "sale", None),
    Share("s-never-opted-out", "N8", "data_broker", "sale", None),
    # N9 opted out 06-01: the share of 06-30 is in 2026Q2; the one of 07-02 is judged
    Share("s-before-period", "N9", "data_broker", "sale", None, utc="2026-06-30 16:00:00"),
    Share("s-in-period", "N9", "data_broker", "sale", "violation", utc="2026-07-02 16:00:00"),
]
# fmt: on


# ------------------------------------------------------------------------------------------
# the tiny DB and the runs
# ------------------------------------------------------------------------------------------


def _contacts() -> list[dict[str, Any]]:
    sends = [
        {
            "contact_id": cid,
            "customer_id": "R1",
            "channel": "sms" if cid == "m8-text" else "email",
            "sent_at": ts(utc),
            "to_email": None if cid == "m8-text" else "r1@example.com",
            "to_phone": PHONES["R1"] if cid == "m8-text" else None,
            "purpose": PURPOSE.get(cid, "marketing"),
        }
        for cid, utc in SENDS.items()
    ]
    mails = [
        {
            "contact_id": m.id,
            "customer_id": m.customer,
            "channel": m.channel,
            "sent_at": ts(m.utc),
            "to_email": f"{m.customer.lower()}@example.com" if m.channel == "email" else None,
            "to_phone": PHONES[m.customer] if m.channel != "email" else None,
            "campaign_id": m.campaign,
            "purpose": m.purpose,
        }
        for m in MAILS
    ]
    return sends + mails


def _clicks() -> list[dict[str, Any]]:
    return [
        {
            "event_id": c.id,
            "contact_id": c.contact,
            "address": "r1@example.com",
            "clicked_at": ts(c.utc),
            "status": c.status,
        }
        for c in CLICKS
    ]


def _sharing() -> list[dict[str, Any]]:
    return [
        {
            "share_id": s.id,
            "customer_id": s.customer,
            "address": s.address,
            "recipient": f"Recipient of {s.id}",
            "recipient_type": s.recipient_type,
            "is_sale": s.is_sale,
            "data_categories": s.categories,
            "purpose": s.purpose,
            "shared_at": ts(s.utc),
        }
        for s in SHARES
    ]


def _db(**drop: bool) -> Any:
    tables: dict[str, list[dict[str, Any]]] = {
        "customers": CUSTOMERS,
        "contacts": _contacts(),
        "unsubscribe_events": _clicks(),
        "campaigns": CAMPAIGNS,
        "consents": E4_CONSENTS + E9_CONSENTS,
        "transactions": E4_TRANSACTIONS,
        "optouts": E9_OPTOUTS,
        "sharing": _sharing(),
    }
    return tiny_db(**{k: v for k, v in tables.items() if not drop.get(k)})


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    con = _db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", only=ONLY),
        "again": audit(con, rulebook, "2026Q3", only=ONLY),
        # the same tables without the clicks, the campaigns or the disclosures
        "no clicks": audit(_db(unsubscribe_events=True), rulebook, "2026Q3", only=["E2"]),
        "no campaigns": audit(_db(campaigns=True), rulebook, "2026Q3", only=["E4"]),
        "no sharing": audit(_db(sharing=True), rulebook, "2026Q3", only=["E9"]),
        # 2025Q3 holds no send, no click and no disclosure at all
        "no contacts": audit(con, rulebook, "2025Q3", only=ONLY),
    }


def test_case_ids_are_unique() -> None:
    ids = [c.id for c in CLICKS] + [m.id for m in MAILS] + [s.id for s in SHARES]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("case", CLICKS, ids=lambda c: c.id)
def test_optout_mechanism(runs: dict[str, AuditRun], case: Click) -> None:
    assert verdicts(runs["2026Q3"], "E2").get(case.id) == case.e2
    assert verdicts(runs["2026Q3"], "E2", MECHANISM).get(case.id) == case.e2


@pytest.mark.parametrize("case", MAILS, ids=lambda c: c.id)
def test_required_content(runs: dict[str, AuditRun], case: Mail) -> None:
    assert verdicts(runs["2026Q3"], "E4").get(case.id) == case.e4
    assert verdicts(runs["2026Q3"], "E4", CONTENT).get(case.id) == case.e4


@pytest.mark.parametrize("case", SHARES, ids=lambda c: c.id)
def test_no_transfer(runs: dict[str, AuditRun], case: Share) -> None:
    assert verdicts(runs["2026Q3"], "E9").get(case.id) == case.e9
    assert verdicts(runs["2026Q3"], "E9", TRANSFER).get(case.id) == case.e9


@pytest.mark.parametrize(
    ("check_id", "table"),
    [("E2", "unsubscribe_events"), ("E4", "contacts"), ("E9", "sharing")],
)
def test_rows_name_the_judged_table(runs: dict[str, AuditRun], check_id: str, table: str) -> None:
    rows = runs["2026Q3"].rows
    rows = rows[rows["check_id"] == check_id]
    assert not rows.empty
    assert set(rows["record_table"]) == {table}


def test_statuses(runs: dict[str, AuditRun]) -> None:
    run = runs["2026Q3"]
    assert run.finding(MECHANISM, "E2").status is Status.VIOLATION
    assert run.finding(CONTENT, "E4").status is Status.VIOLATION
    assert run.finding(TRANSFER, "E9").status is Status.VIOLATION


def test_same_inputs_same_rows(runs: dict[str, AuditRun]) -> None:
    assert not runs["again"].rows.empty
    pd.testing.assert_frame_equal(runs["2026Q3"].rows, runs["again"].rows)


@pytest.mark.parametrize(
    ("run_name", "rule_id", "check_id", "absent"),
    [
        ("no clicks", MECHANISM, "E2", "unsubscribe_events."),
        ("no campaigns", CONTENT, "E4", "campaigns."),
        ("no sharing", TRANSFER, "E9", "sharing."),
        ("no contacts", CONTENT, "E4", "contacts."),
        ("no contacts", MECHANISM, "E2", "unsubscribe_events."),
        ("no contacts", TRANSFER, "E9", "sharing."),
    ],
)
def test_absent_data_is_not_evaluated(
    runs: dict[str, AuditRun], run_name: str, rule_id: str, check_id: str, absent: str
) -> None:
    finding = runs[run_name].finding(rule_id, check_id)
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith(absent) for m in finding.missing), finding.missing
    assert verdicts(runs[run_name], check_id) == {}
