"""E14 (consent for marketing email and texts, EU/EEA and UK) and E15 (objection), by table.

The answer key is the issue-6 specification (spec6.md, sections E14 and E15); every expected
verdict below was counted by hand, never by calling the kit's helpers.

One tiny DB; each contact states the verdict expected from E14 and from E15 (``None``: no
row). The recipient's country is the customer's ``country``: EU members and the EEA (Norway
here) are judged under the GDPR/ePrivacy rules, GB under PECR and the UK GDPR, the US and
Switzerland not at all. The company operates in US, CA, EU and UK; with only US and CA the
rules do not apply.

E14. An express (or express_written) consent for the channel (or all) in force at the send:
no row. A soft opt-in in force: no row when the person bought or inquired before the send and
the campaign's ``has_unsubscribe`` is not false; a violation when it is false; a warning
without a purchase or inquiry. No consent: a warning with a purchase or inquiry before the
send (the soft opt-in may apply), else a violation. Purpose not recorded: at most a warning.

E15. An active suppression (the contact's channel or 'all', the address used, received
*before* the send, not superseded by a re-consent) is a warning when the send came at most
24 h after its receipt (a technical lag the law does not grant) and a violation after that.
A consent's revocation is a suppression received at ``revoked_at`` (the loader's reading).

Clock: timestamps are naive UTC; 2026Q3 is on EDT (UTC-4), so noon in New York is 16:00 UTC.
Hours are elapsed hours (no clock change falls in July).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.rulebook import Rulebook
from tests.checks.tiny import COMPANY, audit, tiny_db, ts, verdicts

EU_COMPANY = {**COMPANY, "jurisdictions": ["US", "CA", "EU", "UK"]}
ONLY = ["E14", "E15"]

GDPR_CONSENT, UK_CONSENT = "GDPR-EMAIL-CONSENT", "UK-PECR-EMAIL-SMS-CONSENT"
GDPR_OBJECTION, UK_OBJECTION = "GDPR-OBJECTION", "UK-PECR-OBJECTION"
# E14 may file a soft opt-in reading under the soft opt-in rules of the same law, never
# under the other country's law.
E14_FAMILY = {
    "EU": {GDPR_CONSENT, "GDPR-SOFT-OPT-IN"},
    "UK": {UK_CONSENT, "UK-PECR-SOFT-OPT-IN", "UK-PECR-CHARITY-SOFT-OPT-IN"},
}

# customer id -> country. Phones only where a text or call is sent.
COUNTRIES = {
    # --- E14 ---
    "DE1": "DE",  # express email consent since 01-01
    "DE2": "DE",  # soft opt-in since 01-01, purchase 03-01
    "DE2I": "DE",  # soft opt-in since 01-01, inquiry 03-01
    "DE3": "DE",  # soft opt-in, no purchase, no inquiry
    "DE5": "DE",  # no consent, purchase 03-01
    "DE5I": "DE",  # no consent, inquiry 03-01
    "DE6": "DE",  # nothing at all
    "DE7": "DE",  # express consent revoked Wed 07-01 16:00
    "DE8": "DE",  # express consent for texts only
    "DE9": "DE",  # express consent for 'all' channels
    "DE10": "DE",  # express consent granted 07-20 16:00
    "DE12": "DE",  # purchase on 07-15 at 18:00, two hours after the send
    "DE13": "DE",  # nothing at all; purpose null / informational / a call
    "DEP1": "DE",  # soft opt-in; the purchase is on DEP2, another record of the same person
    "DEP2": "DE",
    "FR1": "FR",  # texts, no consent
    "FR2": "FR",  # texts, express sms consent
    "FR3": "FR",  # texts, express email consent only
    "NO1": "NO",  # Norway (EEA, not EU), nothing at all
    "CH1": "CH",  # Switzerland: neither EU/EEA nor GB
    "GB1": "GB",  # nothing
    "GB2": "GB",  # express email consent
    "GB3": "GB",  # soft opt-in, no purchase
    "GB4": "GB",  # texts, nothing
    "US1": "US",  # nothing
    # --- E15 (none of them holds a consent unless said) ---
    "OB1": "DE",  # email opt-out received Fri 07-10 16:00:00
    "OB2": "DE",  # email opt-out 07-01 16:00, express email re-consent 07-05 16:00
    "OB3": "FR",  # opt-out of 'all' channels (no address) 07-01 16:00
    "OB4": "GB",  # email opt-out 07-01 16:00
    "OB5": "US",  # email opt-out 07-01 16:00
    "OB6": "DE",  # sms opt-out 07-01 16:00
    "OB7": "DE",  # opt-out of an old address 07-01 16:00
    "OB8": "NO",  # email opt-out 07-01 16:00
    "OB9": "CH",  # email opt-out 07-01 16:00
}
PHONES = {
    "DE13": "+4915112345613",
    "FR1": "+33612345601",
    "FR2": "+33612345602",
    "FR3": "+33612345603",
    "GB4": "+447700900004",
    "OB3": "+33612345630",
    "OB6": "+4915112345636",
}
NAMED = {"DEP1", "DEP2"}  # same name and birth date: one person


def _customer(cid: str) -> dict[str, Any]:
    named = cid in NAMED
    return {
        "customer_id": cid,
        "first_name": "Anna" if named else None,
        "last_name": "Schmidt" if named else None,
        "birth_date": pd.Timestamp("1980-05-05").date() if named else None,
        "email": f"{cid.lower()}@example.com",
        "phone": PHONES.get(cid),
        "country": COUNTRIES[cid],
    }


CUSTOMERS = [_customer(c) for c in COUNTRIES]


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


JAN = "2026-01-01 16:00:00"
CONSENTS = [
    _consent("k-de1", "DE1", "express", JAN),
    _consent("k-de2", "DE2", "soft_opt_in", JAN),
    _consent("k-de2i", "DE2I", "soft_opt_in", JAN),
    _consent("k-de3", "DE3", "soft_opt_in", JAN),
    _consent("k-de7", "DE7", "express", JAN, revoked_at=ts("2026-07-01 16:00:00")),
    _consent("k-de8", "DE8", "express", JAN, channel="sms", address=None),
    _consent("k-de9", "DE9", "express", JAN, channel="all", address=None),
    _consent("k-de10", "DE10", "express", "2026-07-20 16:00:00"),
    _consent("k-dep1", "DEP1", "soft_opt_in", JAN),
    _consent("k-fr2", "FR2", "express", JAN, channel="sms", address=None),
    _consent("k-fr3", "FR3", "express", JAN),  # email only; FR3 gets texts
    _consent("k-gb2", "GB2", "express_written", JAN),
    _consent("k-gb3", "GB3", "soft_opt_in", JAN),
    _consent("k-ob2", "OB2", "express", "2026-07-05 16:00:00"),  # the re-consent
]
MARCH = "2026-03-01 16:00:00"
TRANSACTIONS = [
    {"transaction_id": "t-de2", "customer_id": "DE2", "occurred_at": ts(MARCH)},
    {"transaction_id": "t-de5", "customer_id": "DE5", "occurred_at": ts(MARCH)},
    {"transaction_id": "t-de12", "customer_id": "DE12", "occurred_at": ts("2026-07-15 18:00:00")},
    {"transaction_id": "t-dep2", "customer_id": "DEP2", "occurred_at": ts(MARCH)},
]
INQUIRIES = [
    {"inquiry_id": "i-de2i", "customer_id": "DE2I", "occurred_at": ts(MARCH)},
    {"inquiry_id": "i-de5i", "customer_id": "DE5I", "occurred_at": ts(MARCH)},
]


def _optout(oid: str, cid: str, received: str, **extra: Any) -> dict[str, Any]:
    return {
        "optout_id": oid,
        "customer_id": cid,
        "channel": "email",
        "address": f"{cid.lower()}@example.com",
        "received_at": ts(received),
    } | extra


JUL1 = "2026-07-01 16:00:00"
OPTOUTS = [
    _optout("o-ob1", "OB1", "2026-07-10 16:00:00"),
    _optout("o-ob2", "OB2", JUL1),
    _optout("o-ob3", "OB3", JUL1, channel="all", address=None),
    _optout("o-ob4", "OB4", JUL1),
    _optout("o-ob5", "OB5", JUL1),
    _optout("o-ob6", "OB6", JUL1, channel="sms", address=PHONES["OB6"]),
    _optout("o-ob7", "OB7", JUL1, address="ob7-old@example.com"),
    _optout("o-ob8", "OB8", JUL1),
    _optout("o-ob9", "OB9", JUL1),
]


def _campaign(cid: str, unsub: bool | None) -> dict[str, Any]:
    return {
        "campaign_id": cid,
        "channel": "email",
        "has_unsubscribe": unsub,
        "has_postal_address": True,
        "has_ad_disclosure": True,
    }


CAMPAIGNS = [_campaign("C-OK", True), _campaign("C-NOUNSUB", False), _campaign("C-NULL", None)]


class Case(NamedTuple):
    id: str
    customer: str
    e14: str | None
    e15: str | None
    utc: str = "2026-07-15 16:00:00"  # Wed noon EDT
    channel: str = "email"
    purpose: str | None = "marketing"
    campaign: str = "C-OK"
    main: bool = True  # an E14 row must name the country's consent rule itself


# fmt: off
CASES = [
    # ---------------- E14: Germany ----------------
    Case("de1-express", "DE1", None, None),
    # soft opt-in + purchase 03-01 (before 07-15) + unsubscribe link -> lawful
    Case("de2-soft-purchase", "DE2", None, None, main=False),
    # has_unsubscribe null is 'not false'
    Case("de2-soft-purchase-unsub-null", "DE2", None, None, campaign="C-NULL", main=False),
    Case("de2-soft-no-unsubscribe", "DE2", "violation", None, campaign="C-NOUNSUB",
         main=False),
    Case("de2i-soft-inquiry", "DE2I", None, None, main=False),
    Case("de3-soft-no-purchase", "DE3", "warning", None, main=False),
    # the purchase is on DEP2, merged with DEP1 as one person (same name and birth date)
    Case("dep1-soft-purchase-other-record", "DEP1", None, None, main=False),
    Case("de5-no-consent-purchase", "DE5", "warning", None, main=False),
    Case("de5i-no-consent-inquiry", "DE5I", "warning", None, main=False),
    Case("de6-nothing", "DE6", "violation", None),
    # revoked 07-01 16:00: a send at 07-01 12:00 UTC (08:00 EDT) is 4 h before the
    # revocation, under the consent and before the suppression it makes
    Case("de7-before-revocation", "DE7", None, None, utc="2026-07-01 12:00:00"),
    # 07-15 16:00 - 07-01 16:00 = 14 d = 336 h > 24 h: the revocation is an objection too
    Case("de7-revoked", "DE7", "violation", "violation"),
    Case("de8-sms-consent-email-sent", "DE8", "violation", None),
    Case("de9-consent-all-channels", "DE9", None, None),
    Case("de10-consent-later", "DE10", "violation", None),  # granted 07-20 > 07-15
    Case("de10-after-consent", "DE10", None, None, utc="2026-07-21 16:00:00"),
    # the purchase came 2 h after the send (same day): not before it
    Case("de12-purchase-after-send", "DE12", "violation", None),
    Case("de13-purpose-null", "DE13", "warning", None, purpose=None),
    Case("de13-informational", "DE13", None, None, purpose="informational"),
    Case("de13-call", "DE13", None, None, channel="call"),
    # ---------------- E14: France (texts), Norway, Switzerland ----------------
    Case("fr1-text-nothing", "FR1", "violation", None, channel="sms"),
    Case("fr2-text-sms-consent", "FR2", None, None, channel="sms"),
    Case("fr3-text-email-consent", "FR3", "violation", None, channel="sms"),
    Case("no1-eea-nothing", "NO1", "violation", None),
    Case("ch1-switzerland", "CH1", None, None),
    # ---------------- E14: United Kingdom, United States ----------------
    Case("gb1-nothing", "GB1", "violation", None),
    Case("gb2-express-written", "GB2", None, None),
    Case("gb3-soft-no-purchase", "GB3", "warning", None, main=False),
    Case("gb4-text-nothing", "GB4", "violation", None, channel="sms"),
    Case("us1-nothing", "US1", None, None),
    # ---------------- E15: OB1, email opt-out received Fri 07-10 16:00:00 ----------------
    Case("ob1-hour-before", "OB1", "violation", None, utc="2026-07-10 15:00:00"),
    Case("ob1-same-instant", "OB1", "violation", None, utc="2026-07-10 16:00:00"),
    # 07-11 15:00 - 07-10 16:00 = 23 h <= 24 h
    Case("ob1-23h", "OB1", "violation", "warning", utc="2026-07-11 15:00:00"),
    # 24 h 00 min 00 s exactly: <= 24 h
    Case("ob1-24h", "OB1", "violation", "warning", utc="2026-07-11 16:00:00"),
    # 24 h 00 min 01 s > 24 h
    Case("ob1-24h-1s", "OB1", "violation", "violation", utc="2026-07-11 16:00:01"),
    # 25 h > 24 h
    Case("ob1-25h", "OB1", "violation", "violation", utc="2026-07-11 17:00:00"),
    Case("ob1-25h-purpose-null", "OB1", "warning", "warning", utc="2026-07-11 18:00:00",
         purpose=None),
    Case("ob1-informational", "OB1", None, None, utc="2026-07-20 16:00:00",
         purpose="informational"),
    # ---------------- E15: OB2, opt-out 07-01, re-consent 07-05 ----------------
    # 07-03 16:00 - 07-01 16:00 = 48 h > 24 h; the re-consent is not granted yet
    Case("ob2-before-reconsent", "OB2", "violation", "violation", utc="2026-07-03 16:00:00"),
    Case("ob2-after-reconsent", "OB2", None, None, utc="2026-07-10 16:00:00"),
    # ---------------- E15: OB3, objection to 'all' channels 07-01 16:00 ----------------
    # 07-04 16:00 - 07-01 16:00 = 72 h > 24 h, on every channel
    Case("ob3-text", "OB3", "violation", "violation", utc="2026-07-04 16:00:00",
         channel="sms"),
    Case("ob3-call", "OB3", None, "violation", utc="2026-07-04 16:00:00", channel="call"),
    Case("ob3-email", "OB3", "violation", "violation", utc="2026-07-04 17:00:00"),
    # ---------------- E15: others, 07-10 16:00 - 07-01 16:00 = 216 h ----------------
    Case("ob4-gb", "OB4", "violation", "violation", utc="2026-07-10 16:00:00"),
    Case("ob5-us", "OB5", None, None, utc="2026-07-10 16:00:00"),
    Case("ob6-sms-optout-email", "OB6", "violation", None, utc="2026-07-10 16:00:00"),
    Case("ob6-sms-optout-text", "OB6", "violation", "violation", utc="2026-07-10 16:00:00",
         channel="sms"),
    Case("ob7-other-address", "OB7", "violation", None, utc="2026-07-10 16:00:00"),
    # 07-04 16:00 - 07-01 16:00 = 72 h
    Case("ob8-norway", "OB8", "violation", "violation", utc="2026-07-04 16:00:00"),
    Case("ob9-switzerland", "OB9", None, None, utc="2026-07-10 16:00:00"),
]
# fmt: on

REGION = {c: ("UK" if country == "GB" else "EU") for c, country in COUNTRIES.items()}


def _contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_email": f"{c.customer.lower()}@example.com" if c.channel == "email" else None,
            "to_phone": PHONES[c.customer] if c.channel != "email" else None,
            "campaign_id": c.campaign,
            "purpose": c.purpose,
        }
        for c in CASES
    ]


def _db(*, optouts: bool = True, countries: bool = True, revocations: bool = True) -> Any:
    customers = CUSTOMERS if countries else [c | {"country": None} for c in CUSTOMERS]
    consents = [k for k in CONSENTS if revocations or "revoked_at" not in k]
    return tiny_db(
        customers=customers,
        contacts=_contacts(),
        consents=consents,
        transactions=TRANSACTIONS,
        inquiries=INQUIRIES,
        optouts=OPTOUTS if optouts else [],
        campaigns=CAMPAIGNS,
    )


@pytest.fixture(scope="module")
def runs(rulebook: Rulebook) -> dict[str, AuditRun]:
    con = _db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=EU_COMPANY, only=ONLY),
        "again": audit(con, rulebook, "2026Q3", company=EU_COMPANY, only=ONLY),
        "US and CA only": audit(con, rulebook, "2026Q3", only=ONLY),
        # 2025Q3 holds no contact at all
        "no contacts": audit(con, rulebook, "2025Q3", company=EU_COMPANY, only=ONLY),
        "no countries": audit(
            _db(countries=False), rulebook, "2026Q3", company=EU_COMPANY, only=["E14"]
        ),
        # no opt-out and no revoked consent: the suppressions table is empty
        "no objections": audit(
            _db(optouts=False, revocations=False),
            rulebook,
            "2026Q3",
            company=EU_COMPANY,
            only=["E15"],
        ),
    }


def test_case_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_email_sms_consent(runs: dict[str, AuditRun], case: Case) -> None:
    run = runs["2026Q3"]
    assert verdicts(run, "E14").get(case.id) == case.e14
    if case.e14 is None:
        return
    rows = run.rows[(run.rows["check_id"] == "E14") & (run.rows["record_id"] == case.id)]
    region = REGION[case.customer]
    assert set(rows["rule_id"]) <= E14_FAMILY[region]
    if case.main:
        main = GDPR_CONSENT if region == "EU" else UK_CONSENT
        assert verdicts(run, "E14", main).get(case.id) == case.e14


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_objection(runs: dict[str, AuditRun], case: Case) -> None:
    run = runs["2026Q3"]
    assert verdicts(run, "E15").get(case.id) == case.e15
    rule = GDPR_OBJECTION if REGION[case.customer] == "EU" else UK_OBJECTION
    assert verdicts(run, "E15", rule).get(case.id) == case.e15


@pytest.mark.parametrize("check_id", ONLY)
def test_rows_name_contacts(runs: dict[str, AuditRun], check_id: str) -> None:
    rows = runs["2026Q3"].rows
    rows = rows[rows["check_id"] == check_id]
    assert not rows.empty
    assert set(rows["record_table"]) == {"contacts"}


@pytest.mark.parametrize(
    ("rule_id", "check_id"),
    [
        (GDPR_CONSENT, "E14"),
        (UK_CONSENT, "E14"),
        (GDPR_OBJECTION, "E15"),
        (UK_OBJECTION, "E15"),
    ],
)
def test_statuses(runs: dict[str, AuditRun], rule_id: str, check_id: str) -> None:
    assert runs["2026Q3"].finding(rule_id, check_id).status is Status.VIOLATION


@pytest.mark.parametrize(
    ("rule_id", "check_id"),
    [
        (GDPR_CONSENT, "E14"),
        (UK_CONSENT, "E14"),
        (GDPR_OBJECTION, "E15"),
        (UK_OBJECTION, "E15"),
    ],
)
def test_us_and_canada_only_is_not_applicable(
    runs: dict[str, AuditRun], rule_id: str, check_id: str
) -> None:
    run = runs["US and CA only"]
    assert run.finding(rule_id, check_id).status is Status.NOT_APPLICABLE
    assert verdicts(run, check_id) == {}


@pytest.mark.parametrize(
    ("covered", "judged"),
    [("GDPR-SOFT-OPT-IN", GDPR_CONSENT), ("UK-PECR-SOFT-OPT-IN", UK_CONSENT)],
)
def test_soft_opt_in_rules_read_their_own_law(
    runs: dict[str, AuditRun], covered: str, judged: str
) -> None:
    """A UK row cannot breach the EU's soft opt-in rule, nor an EU row the UK's."""
    rows = runs["2026Q3"].finding(covered, "E14").rows
    assert not rows.empty
    assert set(rows["rule_id"]) == {judged}


def test_same_inputs_same_rows(runs: dict[str, AuditRun]) -> None:
    assert not runs["again"].rows.empty
    pd.testing.assert_frame_equal(runs["2026Q3"].rows, runs["again"].rows)


@pytest.mark.parametrize(
    ("run_name", "rule_id", "check_id", "absent"),
    [
        ("no contacts", GDPR_CONSENT, "E14", "contacts.sent_at"),
        ("no contacts", UK_CONSENT, "E14", "contacts.sent_at"),
        ("no contacts", GDPR_OBJECTION, "E15", "contacts.sent_at"),
        ("no contacts", UK_OBJECTION, "E15", "contacts.sent_at"),
        ("no countries", GDPR_CONSENT, "E14", "customers.country"),
        ("no objections", GDPR_OBJECTION, "E15", "suppressions."),
        ("no objections", UK_OBJECTION, "E15", "suppressions."),
    ],
)
def test_absent_data_is_not_evaluated(
    runs: dict[str, AuditRun], run_name: str, rule_id: str, check_id: str, absent: str
) -> None:
    finding = runs[run_name].finding(rule_id, check_id)
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith(absent) for m in finding.missing), finding.missing
    assert verdicts(runs[run_name], check_id) == {}
