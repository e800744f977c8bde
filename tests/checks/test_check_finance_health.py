"""P13, P14, P15, P19 (finance) and P16, P17 (health), by table.

Every date is in the company's zone, America/New_York (EDT, UTC-4, from March to early
November), so 16:00 UTC is noon in New York and 03:30 UTC is 23:30 the evening before. Each
check gets its own tiny DB; the profiles name the industry whose rules apply (financial,
health), and the same data under a retail profile makes GLBA and HIPAA rules NOT APPLICABLE.

P13 (2026Q3): notices reach the customer on day 0 (mail: the day sent; electronic: the day
acknowledged); the 30 days to opt out run through day 30, so a share on day 30 is a violation
and day 31 the first day allowed. Counted by hand: 06-10 + 30 = 07-10 (June has 30 days: 20
days to 06-30, 10 more); 06-15 + 30 = 07-15; 06-20 + 30 = 07-20; 07-20 + 30 = 08-19. A GLBA
opt-out received Mon 07-06 (day 0) must be applied within 10 business days (US-federal; July 3
is the observed Independence Day, before it): Tue 07-07 is business day 1, Mon 07-20 day 10 (in
time), Tue 07-21 day 11 (late: a warning, the 10 days are an unconfirmed audit convention).
Shares to affiliates, service providers, joint marketers, or with an exception code are lawful.

P14 (2026Q3): a notice is due 12 months after the last (2025-07-15 -> 2026-07-15; the
anniversary is in time, 07-16 late; 2025-08-05 -> 2026-08-05: a notice at 23:59 EDT that day
is in time, one at 00:00 EDT on 08-06, 04:00 UTC, late). The FAST Act exception (from
2015-12-04; run over 2015Q4, due 2015-12-03 vs 2015-12-04) spares customers with no share
outside the exceptions and no change of policy: in the main DB a notice of version v2 goes out
on 2026-08-20, so a notice due 08-20 is owed (a change by the due day) and one due 08-19 is not.

P15 (2026Q3): the FCRA notice's 30 days as P13's (06-15 + 30 = 07-15, 06-20 + 30 = 07-20); an
electronic notice never acknowledged counts from the day it was e-mailed. An affiliate-marketing
opt-out lasts 5 years: received 2021-07-15, the anniversary 2026-07-15 is still inside
(violation), 07-16 a warning (the company may have promised longer).

P19 (2024Q2, as_of the period's end, 2024-07-01 04:00 UTC): incidents discovered from
2024-05-13 (the 12th is before the rule); 30 calendar days: 05-13 + 30 = 06-12 (18 days to
05-31, 12 more), so an FTC notice on 06-12 is in time and on 06-13 late; 499 consumers is no
notification event, 500 is. Discovered 06-20: due 07-20, after as_of: no row yet.

P16 and P17 (2026Q3): an authorization revoked Fri 07-10 covers a contact on 07-05, not on 07-15;
one granted Mon 07-20 covers 07-21, not 07-15. Face-to-face and nominal-gift campaigns need no
authorization; a third-party paid campaign needs the remuneration statement. A sale of PHI for
public health is an exception; for research a warning (at cost only, which the kit cannot see).

First days: each rule is also run over the period holding its first day, with an event on that
day (judged) and on the day before (not judged): Regulation P 2011-12-30 (2011Q4), the FTC
affiliate-marketing rule 2008-10-01 (the year 2008), the HIPAA Omnibus Rule 2013-09-23 (2013Q3),
the FAST Act 2015-12-04 (2015Q4) and the FTC notice 2024-05-13 (2024Q2).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.checks.registry import all_checks
from privacykit.rulebook import Rulebook
from tests.checks.tiny import COMPANY, audit, tiny_db, ts, verdicts

V, W, P = "violation", "warning", "pass"
NOON = "16:00:00"
NONAFF, OPTEFF = "GLBA-NONAFFILIATE-SHARING", "GLBA-OPT-OUT-EFFECT"
ANNUAL = "GLBA-ANNUAL-NOTICE"
FCRA, DURATION = "FCRA-AFFILIATE-MARKETING-OPT-OUT", "FCRA-AFFILIATE-OPT-OUT-DURATION"
BREACH = "GLBA-SAFEGUARDS-FTC-BREACH-NOTICE"
AUTH, REMUN, DEFN = (
    "HIPAA-MARKETING-AUTHORIZATION",
    "HIPAA-MARKETING-REMUNERATION-STATEMENT",
    "HIPAA-MARKETING-DEFINITION",
)
SALE = "HIPAA-SALE-OF-PHI"
FINANCIAL = {
    **COMPANY,
    "industries": ["financial"],
    "jurisdictions": ["US"],
    "channels": ["email", "mail", "data-sharing"],
}
HEALTH = {**FINANCIAL, "industries": ["health"]}
RETAIL = {**FINANCIAL, "industries": ["retail"]}


def at(day: str, time: str = NOON) -> Any:
    return ts(f"{day} {time}")


def _require(*check_ids: str) -> None:
    missing = [c for c in check_ids if c not in all_checks()]
    if missing:
        pytest.fail(f"no check registered: {missing}")


def _customers(ids: Sequence[str], **extra: Any) -> list[dict[str, Any]]:
    return [
        {
            "customer_id": cid,
            "email": f"{cid.lower()}@example.com",
            "state": "OH",
            "country": "US",
            "is_financial_customer": True,
            "created_at": at("2020-01-02"),
        }
        | extra
        for cid in ids
    ]


def _notice(
    nid: str, cid: str | None, kind: str, sent: str, time: str = NOON, **extra: Any
) -> dict[str, Any]:
    return {
        "notice_id": nid,
        "notice_type": kind,
        "version": "v1",
        "customer_id": cid,
        "published_at": at(sent, time),
        "delivery_method": "mail",
    } | extra


def _rows(run: AuditRun, check: str) -> pd.DataFrame:
    rows = run.rows
    return rows[rows["check_id"] == check] if not rows.empty else rows


# ============================================================================================
# P13: GLBA sharing with nonaffiliated third parties
# ============================================================================================

P13_CUSTOMERS = [
    *_customers(
        [
            "F-MAIL",  # initial mailed 06-01, opt-out notice mailed 06-10: day 30 = 07-10
            "F-COMBINED",  # initial carrying the opt-out notice, mailed 06-15: day 30 = 07-15
            "F-INITONLY",  # initial notice only
            "F-OPTONLY",  # opt-out notice only
            "F-NONE",  # no notice at all
            "F-ELEC",  # electronic notices sent 06-01, acknowledged 06-20: day 30 = 07-20
            "F-NOACK",  # electronic notices never acknowledged
            "F-ACKLATE",  # electronic notices sent 05-01, acknowledged 07-20
            "F-LATER",  # notices mailed 07-20, after some shares: day 30 = 08-19
            "F-OLD",  # notices mailed 2025-01-10
            "F-OPT",  # old notices; GLBA opt-out received Mon 07-06 noon
            "F-OPTALL",  # old notices; opt-out of everything received 06-01
            "F-OPTMAIL",  # old notices; an email opt-out only
            "F-OPTADDR",  # old notices; GLBA opt-out naming only the email address, 06-01
        ]
    ),
    *_customers(["F-FINNULL"], is_financial_customer=None),  # not recorded; no notice
    *_customers(["F-NOTFIN"], is_financial_customer=False),  # no GLBA relationship
]
P13_NOTICES = [
    _notice("n-mail-i", "F-MAIL", "glba_initial", "2026-06-01"),
    _notice("n-mail-o", "F-MAIL", "glba_optout", "2026-06-10"),
    _notice("n-comb", "F-COMBINED", "glba_initial", "2026-06-15",
            declared_practices="sharing_categories; Opt_Out_Notice"),
    _notice("n-ionly", "F-INITONLY", "glba_initial", "2026-05-01",
            declared_practices="sharing_categories"),
    _notice("n-oonly", "F-OPTONLY", "glba_optout", "2026-05-01"),
    _notice("n-elec-i", "F-ELEC", "glba_initial", "2026-06-01", delivery_method="electronic",
            acknowledged_at=at("2026-06-20")),
    _notice("n-elec-o", "F-ELEC", "glba_optout", "2026-06-01", delivery_method="electronic",
            acknowledged_at=at("2026-06-20")),
    _notice("n-noack-i", "F-NOACK", "glba_initial", "2026-05-01", delivery_method="electronic"),
    _notice("n-noack-o", "F-NOACK", "glba_optout", "2026-05-01", delivery_method="electronic"),
    _notice("n-acklate-i", "F-ACKLATE", "glba_initial", "2026-05-01",
            delivery_method="electronic", acknowledged_at=at("2026-07-20")),
    _notice("n-acklate-o", "F-ACKLATE", "glba_optout", "2026-05-01",
            delivery_method="electronic", acknowledged_at=at("2026-07-20")),
    _notice("n-later-i", "F-LATER", "glba_initial", "2026-07-20"),
    _notice("n-later-o", "F-LATER", "glba_optout", "2026-07-20"),
    _notice("n-fcra", "F-NONE", "fcra_affiliate", "2026-01-05"),  # no GLBA notice
    *[
        n
        for cid in ("F-OLD", "F-OPT", "F-OPTALL", "F-OPTMAIL", "F-OPTADDR")
        for n in (
            _notice(f"n-{cid}-i", cid, "glba_initial", "2025-01-10"),
            _notice(f"n-{cid}-o", cid, "glba_optout", "2025-01-10"),
        )
    ],
]  # fmt: skip
P13_OPTOUTS = [
    {"optout_id": "o-opt", "customer_id": "F-OPT", "channel": "glba", "method": "letter",
     "received_at": at("2026-07-06")},
    {"optout_id": "o-optall", "customer_id": "F-OPTALL", "channel": "all", "method": "call",
     "received_at": at("2026-06-01")},
    {"optout_id": "o-optmail", "customer_id": "F-OPTMAIL", "channel": "email",
     "address": "f-optmail@example.com", "method": "link", "received_at": at("2026-06-01")},
    {"optout_id": "o-optaddr", "channel": "glba", "address": "f-optaddr@example.com",
     "method": "web", "received_at": at("2026-06-01")},
]  # fmt: skip


class Share(NamedTuple):
    id: str
    customer: str | None
    nonaff: str | None  # GLBA-NONAFFILIATE-SHARING (None: no row)
    opteff: str | None  # GLBA-OPT-OUT-EFFECT
    day: str = "2026-07-15"
    time: str = NOON
    recipient_type: str = "nonaffiliated"
    exception: str | None = None
    address: str | None = None


# fmt: off
SHARES = [
    # --- mailed notices, the later on 06-10: day 30 = Fri 07-10 ---
    Share("mail-day29", "F-MAIL", V, None, day="2026-07-09"),
    Share("mail-day30", "F-MAIL", V, None, day="2026-07-10"),
    Share("mail-day30-2330edt", "F-MAIL", V, None, day="2026-07-11", time="03:30:00"),
    Share("mail-day31-0000edt", "F-MAIL", P, None, day="2026-07-11", time="04:00:00"),
    Share("mail-day31", "F-MAIL", P, None, day="2026-07-11"),
    # pass rows only for near misses: day 37 (a week after the last day) and no row after
    Share("mail-day37", "F-MAIL", P, None, day="2026-07-17"),
    Share("mail-day38", "F-MAIL", None, None, day="2026-07-18"),
    # --- one initial notice that carries the opt-out notice, 06-15 ---
    Share("combined-day30", "F-COMBINED", V, None, day="2026-07-15"),
    Share("combined-day31", "F-COMBINED", P, None, day="2026-07-16"),
    # --- notices missing ---
    Share("initial-only", "F-INITONLY", V, None),
    Share("optout-notice-only", "F-OPTONLY", V, None),
    Share("no-notice", "F-NONE", V, None),
    Share("no-notice-data-broker", "F-NONE", V, None, recipient_type="data_broker"),
    Share("no-notice-ad-platform", "F-NONE", V, None, recipient_type="ad_platform"),
    Share("no-notice-list-rental", "F-NONE", V, None, recipient_type="list_rental"),
    Share("no-notice-blank-exception", "F-NONE", V, None, exception="  "),
    # --- lawful without notices: not judged ---
    Share("affiliate", "F-NONE", None, None, recipient_type="affiliate"),
    Share("service-provider", "F-NONE", None, None, recipient_type="service_provider"),
    Share("joint-marketer", "F-NONE", None, None, recipient_type="joint_marketer"),
    Share("exception-code", "F-NONE", None, None, exception="1016.14(a)"),
    Share("exception-code-data-broker", "F-NONE", None, None, recipient_type="data_broker",
          exception="service_provider"),
    # --- electronic notices, acknowledged 06-20: day 30 = 07-20 ---
    Share("electronic-day30", "F-ELEC", V, None, day="2026-07-20"),
    Share("electronic-day31", "F-ELEC", P, None, day="2026-07-21"),
    Share("electronic-not-acknowledged", "F-NOACK", W, None),
    Share("electronic-acknowledged-after-share", "F-ACKLATE", W, None),
    Share("electronic-acknowledged-day30", "F-ACKLATE", V, None, day="2026-08-19"),
    # --- notices after the share do not count ---
    Share("notices-after-share", "F-LATER", V, None),
    Share("later-notices-day30", "F-LATER", V, None, day="2026-08-19"),
    Share("later-notices-day31", "F-LATER", P, None, day="2026-08-20"),
    Share("old-notices", "F-OLD", None, None),  # lawful, long after the window: no pass row
    # --- whether a financial customer ---
    Share("financial-not-recorded", "F-FINNULL", W, None),
    Share("not-financial", "F-NOTFIN", None, None),
    Share("customer-unknown", None, W, None, address="stranger@example.com"),
    # --- GLBA opt-out received Mon 07-06 noon (day 0); business day 10 = Mon 07-20 ---
    Share("optout-before-receipt", "F-OPT", None, None, day="2026-07-06", time="15:00:00"),
    Share("optout-same-second", "F-OPT", None, None, day="2026-07-06"),
    Share("optout-day0", "F-OPT", None, P, day="2026-07-06", time="17:00:00"),
    Share("optout-business-day10", "F-OPT", None, P, day="2026-07-20"),
    Share("optout-business-day11", "F-OPT", None, W, day="2026-07-21"),
    Share("optout-service-provider", "F-OPT", None, None, day="2026-08-03",
          recipient_type="service_provider"),
    Share("optout-all-channels", "F-OPTALL", None, W),
    Share("optout-email-only", "F-OPTMAIL", None, None),
    Share("optout-by-address", "F-OPTADDR", None, W),
    # --- Regulation P from 2011-12-30 (judged in a 2011Q4 run) ---
    Share("rule-day-before", "F-NONE", None, None, day="2011-12-29"),
    Share("rule-first-day", "F-NONE", None, None, day="2011-12-30"),
]
# fmt: on
P13_RULES = {NONAFF: "nonaff", OPTEFF: "opteff"}


def _sharing(shares: Sequence[Share]) -> list[dict[str, Any]]:
    return [
        {
            "share_id": s.id,
            "customer_id": s.customer,
            "address": s.address,
            "recipient": "Acme Partners",
            "recipient_type": s.recipient_type,
            "glba_exception": s.exception,
            "is_sale": True,
            "shared_at": at(s.day, s.time),
        }
        for s in shares
    ]


def _p13_db(*, notices: bool = True) -> Any:
    return tiny_db(
        customers=P13_CUSTOMERS,
        notices=P13_NOTICES if notices else [],
        optouts=P13_OPTOUTS,
        sharing=_sharing(SHARES),
    )


@pytest.fixture(scope="module")
def p13(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P13")
    con = _p13_db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=FINANCIAL, only=["P13"]),
        "again": audit(con, rulebook, "2026Q3", company=FINANCIAL, only=["P13"]),
        "no shares": audit(con, rulebook, "2026Q2", company=FINANCIAL, only=["P13"]),
        "no notices": audit(_p13_db(notices=False), rulebook, "2026Q3", company=FINANCIAL,
                            only=["P13"]),
        "retail": audit(con, rulebook, "2026Q3", company=RETAIL, only=["P13"]),
        "2011Q4": audit(con, rulebook, "2011Q4", company=FINANCIAL, only=["P13"]),
    }  # fmt: skip


def test_p13_case_ids_are_unique() -> None:
    assert len({s.id for s in SHARES}) == len(SHARES)


@pytest.mark.parametrize("rule_id", P13_RULES)
@pytest.mark.parametrize("case", SHARES, ids=[s.id for s in SHARES])
def test_p13_nonaffiliate_sharing(p13: dict[str, AuditRun], case: Share, rule_id: str) -> None:
    expected = getattr(case, P13_RULES[rule_id])
    assert verdicts(p13["2026Q3"], "P13", rule_id).get(case.id) == expected


def test_p13_rows_are_shares_one_per_rule(p13: dict[str, AuditRun]) -> None:
    rows = _rows(p13["2026Q3"], "P13")
    assert set(rows["record_table"]) == {"sharing"}
    assert not rows[["rule_id", "record_id"]].duplicated().any()


def test_p13_readings_name_the_days(p13: dict[str, AuditRun]) -> None:
    rows = _rows(p13["2026Q3"], "P13").set_index(["rule_id", "record_id"])
    day30 = rows.loc[(NONAFF, "mail-day30"), "reading"]
    assert "day 30" in day30 and "2026-06-10" in day30 and "through 2026-07-10" in day30
    day11 = rows.loc[(OPTEFF, "optout-business-day11"), "reading"]
    assert "received 2026-07-06" in day11 and "last day 2026-07-20" in day11
    assert "shared 2026-07-21" in day11 and "unconfirmed" in day11
    assert "financial customer" in rows.loc[(NONAFF, "financial-not-recorded"), "reading"]


@pytest.mark.parametrize(
    ("rule_id", "status"), [(NONAFF, Status.VIOLATION), (OPTEFF, Status.WARNING)]
)
def test_p13_status_is_worst_row(p13: dict[str, AuditRun], rule_id: str, status: Status) -> None:
    assert p13["2026Q3"].finding(rule_id, "P13").status is status


def test_p13_same_inputs_same_rows(p13: dict[str, AuditRun]) -> None:
    pd.testing.assert_frame_equal(p13["2026Q3"].rows, p13["again"].rows)


@pytest.mark.parametrize("rule_id", P13_RULES)
def test_p13_absent_data_is_not_evaluated(p13: dict[str, AuditRun], rule_id: str) -> None:
    finding = p13["no shares"].finding(rule_id, "P13")
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing
    assert p13["no shares"].rows.empty


def test_p13_no_notices_at_all_is_judged(p13: dict[str, AuditRun]) -> None:
    """A company with no GLBA notice on file shares before any notice: violations."""
    got = verdicts(p13["no notices"], "P13", NONAFF)
    assert got["mail-day31"] == V and got["old-notices"] == V
    rows = _rows(p13["no notices"], "P13").set_index("record_id")
    assert "neither" in rows.loc["old-notices", "reading"]
    assert p13["no notices"].finding(NONAFF, "P13").status is Status.VIOLATION


# Notices with no customer id (posted for every customer): only electronic or web ones count,
# from the day posted, and a share they would allow is a warning (delivery not recorded).
POSTED_NOTICES = [
    _notice("p-web", None, "glba_initial", "2026-06-01", delivery_method="web",
            declared_practices="opt_out_notice"),
    _notice("own-i", "F-OWN", "glba_initial", "2026-06-10"),
    _notice("own-o", "F-OWN", "glba_optout", "2026-06-10"),
]  # fmt: skip
POSTED_SHARES = [
    Share("posted-day30", "F-POSTED", V, None, day="2026-07-01"),  # 06-01 + 30 = 07-01
    Share("posted-day31", "F-POSTED", W, None, day="2026-07-02"),
    Share("own-notice-preferred-day30", "F-OWN", V, None, day="2026-07-10"),
    Share("own-notice-preferred-day31", "F-OWN", P, None, day="2026-07-11"),
]
MAILED_NOTICES = [
    _notice("p-mail", None, "glba_initial", "2026-06-01", declared_practices="opt_out_notice")
]
MAILED_SHARES = [Share("posted-by-mail-only", "F-POSTED", V, None, day="2026-07-15")]


@pytest.mark.parametrize(
    ("notices", "shares"), [(POSTED_NOTICES, POSTED_SHARES), (MAILED_NOTICES, MAILED_SHARES)]
)
def test_p13_posted_notices(
    rulebook: Rulebook, notices: list[dict[str, Any]], shares: list[Share]
) -> None:
    con = tiny_db(customers=_customers(["F-POSTED", "F-OWN"]), notices=notices,
                  sharing=_sharing(shares))  # fmt: skip
    run = audit(con, rulebook, "2026Q3", company=FINANCIAL, only=["P13"])
    assert verdicts(run, "P13", NONAFF) == {s.id: s.nonaff for s in shares}
    rows = _rows(run, "P13").set_index("record_id")
    for s in shares:
        if s.nonaff == W:
            assert "delivery to this customer not recorded" in rows.loc[s.id, "reading"]


@pytest.mark.parametrize("rule_id", P13_RULES)
def test_p13_retailer_is_not_applicable(p13: dict[str, AuditRun], rule_id: str) -> None:
    assert p13["retail"].finding(rule_id, "P13").status is Status.NOT_APPLICABLE
    assert p13["retail"].rows.empty


# ============================================================================================
# P14: GLBA annual privacy notice
# ============================================================================================

# customer id -> (last notice day, share outside the exceptions, extra customer fields)
P14_CASES: dict[str, tuple[str, dict[str, Any] | None, dict[str, Any]]] = {
    "S-ANNIV": ("2025-07-15", {}, {}),  # renewed 2026-07-15: in time (pass row for the notice)
    "S-DAYAFTER": ("2025-07-15", {}, {}),  # renewed 2026-07-16: a day late
    "S-2359": ("2025-08-05", {}, {}),  # renewed 2026-08-05 23:59 EDT: in time
    "S-0000": ("2025-08-05", {}, {}),  # renewed 2026-08-06 00:00 EDT: a day late
    "S-NEVER": ("2025-08-01", {}, {}),  # never renewed, shared: violation at 08-01
    "S-EXCEPTION": ("2025-08-01", {"glba_exception": "service_provider"}, {}),
    "S-SP": ("2025-08-01", {"recipient_type": "service_provider"}, {}),
    "S-BEFORE": ("2025-08-01", {"shared_at": at("2025-07-20")}, {}),  # before the last notice
    "F-QUIET": ("2025-08-01", None, {}),  # no share, no change: FAST Act exception
    # due 2026-01-10 (the period before), nothing since; exempt then, but the v2 text of
    # 2026-08-20 ends the exception: a violation in 2026Q3
    "F-EXEMPT-LOST": ("2025-01-10", None, {}),
    "F-CHANGE-EDGE": ("2025-08-20", None, {}),  # due 08-20, v2 sent 08-20: policy changed
    "F-CHANGE-BEFORE": ("2025-08-19", None, {}),  # due 08-19, v2 sent the day after
    "P-V2": ("2025-08-20", None, {}),  # renewed 2026-08-20 with version v2
    "F-CLOSED": ("2025-08-01", {}, {"closed_at": at("2026-07-01")}),
    "F-CLOSED-ON-DUE": ("2025-08-01", {}, {"closed_at": at("2026-08-01")}),
    "F-CLOSED-AFTER": ("2025-08-01", {}, {"closed_at": at("2026-08-02", "05:00:00")}),
    "F-NOTFIN": ("2025-08-01", {}, {"is_financial_customer": False}),
    "F-FINNULL": ("2025-08-01", {}, {"is_financial_customer": None}),  # judged, a warning
    "F-OVERDUE": ("2025-01-10", {}, {}),  # due 2026-01-10, nothing since: still overdue
    "F-OVERDUE-CLOSED": ("2025-01-10", {}, {"closed_at": at("2026-06-15")}),
    "S-OTHER": ("2025-08-01", None, {}),  # no share of its own; others' shares defeat FAST
    "F-DUE-BEFORE": ("2025-06-30", {}, {}),  # due 2026-06-30: the period before
    "F-DUE-LAST": ("2025-09-30", {}, {}),  # due 2026-09-30, the period's last day
    "F-DUE-AFTER": ("2025-10-01", {}, {}),  # due 2026-10-01: the next period
    "F-NOVERSION": ("2025-08-01", None, {}),  # last notice records no version
    "Q-OLD": ("2014-12-03", None, {}),  # due 2015-12-03, the day before the FAST Act
    "Q-NEW": ("2014-12-04", None, {}),  # due 2015-12-04, the FAST Act's first day
    "F-NEVER": ("", None, {}),  # a financial customer never given a notice
    "F-NEVER-FINNULL": ("", None, {"is_financial_customer": None}),
    "F-NEVER-CLOSED": ("", None, {"closed_at": at("2026-06-15")}),  # before the period
    "F-NEVER-JOINED": ("", None, {"created_at": at("2026-08-10")}),  # joined in the period
}
# The FAST Act exception is the institution's: one share outside the exceptions (of anyone)
# defeats it for every customer. These customers live in a DB without such shares.
P14_QUIET = {"S-EXCEPTION", "S-SP", "S-BEFORE", "F-QUIET", "F-CHANGE-EDGE", "F-CHANGE-BEFORE",
             "P-V2", "F-NOVERSION", "Q-OLD", "Q-NEW", "F-EXEMPT-LOST"}  # fmt: skip
P14_EXPECTED = {
    "S-ANNIV": None,
    "n-S-ANNIV-2": P,
    "S-DAYAFTER": V,
    "n-S-DAYAFTER-2": None,
    "S-2359": None,
    "n-S-2359-2": P,
    "S-0000": V,
    "n-S-0000-2": None,
    "S-NEVER": V,
    "S-EXCEPTION": P,
    "S-SP": P,
    "S-BEFORE": P,
    "F-QUIET": P,
    "F-EXEMPT-LOST": V,
    "F-CHANGE-EDGE": V,
    "F-CHANGE-BEFORE": P,
    "P-V2": None,
    "n-P-V2-2": P,
    "F-CLOSED": None,
    "F-CLOSED-ON-DUE": None,
    "F-CLOSED-AFTER": V,
    "F-NOTFIN": None,
    "F-FINNULL": W,
    "F-OVERDUE": V,
    "F-OVERDUE-CLOSED": None,
    "S-OTHER": V,
    "F-NEVER": V,
    "F-NEVER-FINNULL": W,
    "F-NEVER-CLOSED": None,
    "F-NEVER-JOINED": V,
    "F-DUE-BEFORE": V,  # still overdue when the period began
    "F-DUE-LAST": V,
    "F-DUE-AFTER": None,
    "F-NOVERSION": W,
    # Overdue since 2015: a notice overdue before the period is judged with the exception
    # checked up to the period's end, and the v2 text sent 2026-08-20 (to P-V2) ends it.
    "Q-OLD": V,
    "Q-NEW": V,
}
P14_2015 = {"Q-OLD": V, "Q-NEW": P}


def _p14_tables(quiet: bool) -> dict[str, list[dict[str, Any]]]:
    customers, notices, shares = [], [], []
    for cid, (first, share, extra) in P14_CASES.items():
        if (cid in P14_QUIET) != quiet:
            continue
        customers += _customers([cid], **extra)
        version = None if cid == "F-NOVERSION" else "v1"
        if first:
            notices.append(_notice(f"n-{cid}-1", cid, "glba_initial", first, version=version))
        if share is not None:
            shares.append({"share_id": f"sh-{cid}", "customer_id": cid, "recipient": "Acme",
                           "recipient_type": "nonaffiliated", "shared_at": at("2026-01-10")}
                          | share)  # fmt: skip
    notices += [
        _notice("n-S-ANNIV-2", "S-ANNIV", "glba_annual", "2026-07-15"),
        _notice("n-S-DAYAFTER-2", "S-DAYAFTER", "glba_annual", "2026-07-16"),
        _notice("n-S-2359-2", "S-2359", "glba_annual", "2026-08-06", time="03:59:00"),
        _notice("n-S-0000-2", "S-0000", "glba_annual", "2026-08-06", time="04:00:00"),
        _notice("n-P-V2-2", "P-V2", "glba_annual", "2026-08-20", version="v2"),
        _notice("n-optout", "F-QUIET", "glba_optout", "2026-01-05", version="v9"),  # not privacy
    ]
    cids = {c["customer_id"] for c in customers}
    notices = [n for n in notices if n["customer_id"] in cids]
    return {"customers": customers, "notices": notices, "sharing": shares}


# Company-wide notices (no customer id) count as given to every customer who was one then.
WIDE_CUSTOMERS = [
    *_customers(["W-OWED"]),  # own notice 2025-07-15; company-wide 2025-08-01 due 2026-08-01
    *_customers(["W-RENEWED"]),  # ... and an own notice 2026-07-20: in time
    *_customers(["W-JOINED"], created_at=at("2026-01-02")),  # joined after the wide notice
]
WIDE_NOTICES = [
    _notice("w-owed-1", "W-OWED", "glba_initial", "2025-07-15"),
    _notice("w-renewed-1", "W-RENEWED", "glba_initial", "2025-07-15"),
    _notice("w-renewed-2", "W-RENEWED", "glba_annual", "2026-07-20"),
    _notice("w-joined-1", "W-JOINED", "glba_initial", "2026-01-02"),
    _notice("w-all", None, "glba_annual", "2025-08-01", delivery_method="web"),
]
WIDE_SHARES = [
    {"share_id": f"sh-{c}", "customer_id": c, "recipient": "Acme",
     "recipient_type": "data_broker", "shared_at": at("2026-01-10")}
    for c in ("W-OWED", "W-RENEWED", "W-JOINED")
]  # fmt: skip
WIDE_EXPECTED = {"W-OWED": V, "W-RENEWED": None, "w-renewed-2": P, "W-JOINED": None}
# A posted (web) notice renews, but its delivery is not recorded: a warning; a posted mailing
# (no recipients recorded) does not count.
POSTED_CUSTOMERS = _customers(["W-POSTED"])
POSTED_P14_NOTICES = [
    _notice("wp-1", "W-POSTED", "glba_initial", "2025-07-15"),
    _notice("wp-mail", None, "glba_annual", "2026-07-05"),
    _notice("wp-web", None, "glba_annual", "2026-07-10", delivery_method="web"),
]


@pytest.fixture(scope="module")
def p14(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P14")
    con = tiny_db(**_p14_tables(quiet=False))
    quiet = tiny_db(**_p14_tables(quiet=True))
    wide = tiny_db(customers=WIDE_CUSTOMERS, notices=WIDE_NOTICES, sharing=WIDE_SHARES)
    posted = tiny_db(customers=POSTED_CUSTOMERS, notices=POSTED_P14_NOTICES)
    none = tiny_db(customers=_customers(["X"]))
    mid = at("2026-08-15")
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=FINANCIAL, only=["P14"]),
        "quiet": audit(quiet, rulebook, "2026Q3", company=FINANCIAL, only=["P14"]),
        "2015Q4": audit(quiet, rulebook, "2015Q4", company=FINANCIAL, only=["P14"]),
        "mid-period": audit(con, rulebook, "2026Q3", company=FINANCIAL, only=["P14"], as_of=mid),
        "quiet mid-period": audit(quiet, rulebook, "2026Q3", company=FINANCIAL, only=["P14"],
                                  as_of=mid),
        "wide": audit(wide, rulebook, "2026Q3", company=FINANCIAL, only=["P14"]),
        "posted": audit(posted, rulebook, "2026Q3", company=FINANCIAL, only=["P14"]),
        "no notices": audit(none, rulebook, "2026Q3", company=FINANCIAL, only=["P14"]),
        "retail": audit(con, rulebook, "2026Q3", company=RETAIL, only=["P14"]),
    }  # fmt: skip


@pytest.mark.parametrize(("record", "expected"), P14_EXPECTED.items())
def test_p14_annual_notice(p14: dict[str, AuditRun], record: str, expected: str | None) -> None:
    cid = record[2:-2] if record.startswith("n-") else record
    run = p14["quiet" if cid in P14_QUIET else "2026Q3"]
    assert verdicts(run, "P14", ANNUAL).get(record) == expected


def test_p14_one_row_per_customer_and_still_overdue_at_period_start(
    p14: dict[str, AuditRun],
) -> None:
    rows = _rows(p14["2026Q3"], "P14")
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    rows = rows.set_index("record_id")
    overdue = rows.loc["F-OVERDUE"]
    assert overdue["event_at"] == at("2026-07-01", "04:00:00")  # the period's start
    assert "still overdue" in overdue["reading"] and "due by 2026-01-10" in overdue["reading"]
    assert "no privacy notice on file" in rows.loc["F-NEVER", "reading"]
    assert "financial customer" in rows.loc["F-FINNULL", "reading"]
    assert "share sh-" in rows.loc["S-OTHER", "reading"]


def test_p14_posted_notice_renews_with_a_warning(p14: dict[str, AuditRun]) -> None:
    assert verdicts(p14["posted"], "P14", ANNUAL) == {"W-POSTED": W}
    reading = _rows(p14["posted"], "P14").iloc[0]["reading"]
    assert "delivery to this customer not recorded" in reading and "2026-07-10" in reading


@pytest.mark.parametrize(("record", "expected"), P14_2015.items())
def test_p14_fast_act_took_effect_2015_12_04(
    p14: dict[str, AuditRun], record: str, expected: str
) -> None:
    assert verdicts(p14["2015Q4"], "P14", ANNUAL).get(record) == expected


@pytest.mark.parametrize(("record", "expected"), WIDE_EXPECTED.items())
def test_p14_company_wide_notice(
    p14: dict[str, AuditRun], record: str, expected: str | None
) -> None:
    assert verdicts(p14["wide"], "P14", ANNUAL).get(record) == expected


def test_p14_due_after_as_of_is_not_judged(p14: dict[str, AuditRun]) -> None:
    got = verdicts(p14["mid-period"], "P14", ANNUAL)
    assert got.get("S-NEVER") == V  # due 08-01, before as_of 08-15
    assert "F-DUE-LAST" not in got
    assert "F-CHANGE-EDGE" not in verdicts(p14["quiet mid-period"], "P14", ANNUAL)


def test_p14_rows_and_readings(p14: dict[str, AuditRun]) -> None:
    rows = _rows(p14["2026Q3"], "P14").set_index("record_id")
    late = rows.loc["S-DAYAFTER"]
    assert late["record_table"] == "customers" and late["customer_id"] == "S-DAYAFTER"
    assert late["event_at"] == at("2026-07-16", "04:00:00")  # the end of 07-15 in New York
    assert "2025-07-15" in late["reading"] and "due by 2026-07-15" in late["reading"]
    quiet = _rows(p14["quiet"], "P14").set_index("record_id")
    assert "FAST Act exception" in quiet.loc["F-QUIET", "reading"]
    assert "v2" in quiet.loc["F-CHANGE-EDGE", "reading"]
    assert rows.loc["n-S-ANNIV-2", "record_table"] == "notices"
    assert not _rows(p14["2026Q3"], "P14")[["rule_id", "record_id"]].duplicated().any()


def test_p14_no_notices_at_all_is_judged(p14: dict[str, AuditRun]) -> None:
    assert verdicts(p14["no notices"], "P14", ANNUAL) == {"X": V}
    assert p14["no notices"].finding(ANNUAL, "P14").status is Status.VIOLATION


def test_p14_retailer_is_not_applicable(p14: dict[str, AuditRun]) -> None:
    assert p14["retail"].finding(ANNUAL, "P14").status is Status.NOT_APPLICABLE
    assert p14["retail"].rows.empty


# ============================================================================================
# P15: FCRA affiliate marketing
# ============================================================================================

P15_CUSTOMERS = _customers(
    [
        "N-MAIL",  # FCRA notice mailed 06-15: day 30 = 07-15
        "N-ACK",  # electronic 06-01, acknowledged 06-20: day 30 = 07-20
        "N-NOACK",  # electronic 06-15, never acknowledged: counted from 06-15
        "N-NONE",  # no notice
        "N-GLBA",  # a GLBA notice only
        "N-OLD",  # notice mailed 2024-01-10
        "O-RECENT",  # old notice; affiliate-marketing opt-out 2026-07-01
        "O-ALL",  # old notice; opt-out of everything 2025-01-01
        "O-EMAIL",  # old notice; email opt-out only
        "O-5Y",  # old notice; affiliate-marketing opt-out 2021-07-15
        "O-OLD",  # old notice; affiliate-marketing opt-out 2019-01-10
        "O-LATER",  # old notice; opt-out 2026-07-20, after the contact
        "O-ADDR",  # old notice; opt-out naming only the email address, 2026-07-01
        "O-RENEWED",  # old notice; opt-outs 2019-01-10 and 2026-06-01: the latest counts
    ]
)
P15_NOTICES = [
    _notice("f-mail", "N-MAIL", "fcra_affiliate", "2026-06-15"),
    _notice("f-ack", "N-ACK", "fcra_affiliate", "2026-06-01", delivery_method="electronic",
            acknowledged_at=at("2026-06-20")),
    _notice("f-noack", "N-NOACK", "FCRA_Affiliate", "2026-06-15", delivery_method="electronic"),
    _notice("f-glba", "N-GLBA", "glba_initial", "2024-01-10"),
    *[_notice(f"f-{c}", c, "fcra_affiliate", "2024-01-10")
      for c in ("N-OLD", "O-RECENT", "O-ALL", "O-EMAIL", "O-5Y", "O-OLD", "O-LATER", "O-ADDR",
                "O-RENEWED")],
]  # fmt: skip


def _optout(cid: str | None, channel: str, day: str, **extra: Any) -> dict[str, Any]:
    return {
        "optout_id": f"o-{cid or 'addr'}",
        "customer_id": cid,
        "channel": channel,
        "method": "web",
        "received_at": at(day),
    } | extra


P15_OPTOUTS = [
    _optout("O-RECENT", "affiliate_marketing", "2026-07-01"),
    _optout("O-ALL", "all", "2025-01-01"),
    _optout("O-EMAIL", "email", "2026-07-01", address="o-email@example.com"),
    _optout("O-5Y", "affiliate_marketing", "2021-07-15"),
    _optout("O-OLD", "affiliate_marketing", "2019-01-10"),
    _optout("O-LATER", "affiliate_marketing", "2026-07-20"),
    _optout(None, "affiliate_marketing", "2026-07-01", address="o-addr@example.com"),
    _optout("O-RENEWED", "affiliate_marketing", "2019-01-10", optout_id="o-renewed-1"),
    _optout("O-RENEWED", "affiliate_marketing", "2026-06-01", optout_id="o-renewed-2"),
]
P15_CAMPAIGNS: list[dict[str, Any]] = [
    {"campaign_id": "AFF", "channel": "email", "name": "Card offers", "uses_affiliate_data": True},
    {"campaign_id": "AFF-NULL", "channel": "email", "name": "Not recorded"},
    {"campaign_id": "PLAIN", "channel": "email", "name": "Own data",
     "uses_affiliate_data": False},
]  # fmt: skip


class Contact(NamedTuple):
    id: str
    customer: str
    fcra: str | None  # FCRA-AFFILIATE-MARKETING-OPT-OUT (None: no row)
    duration: str | None  # FCRA-AFFILIATE-OPT-OUT-DURATION
    day: str = "2026-07-15"
    campaign: str = "AFF"
    purpose: str | None = "marketing"
    channel: str = "email"


# fmt: off
CONTACTS = [
    Contact("mail-day30", "N-MAIL", V, None),
    Contact("mail-day31", "N-MAIL", P, None, day="2026-07-16"),
    Contact("mail-day30-by-post", "N-MAIL", V, None, channel="mail"),
    Contact("acknowledged-day30", "N-ACK", V, None, day="2026-07-20"),
    Contact("acknowledged-day31", "N-ACK", P, None, day="2026-07-21"),
    Contact("not-acknowledged-day30", "N-NOACK", V, None),
    Contact("not-acknowledged-day31", "N-NOACK", P, None, day="2026-07-16"),
    Contact("no-notice", "N-NONE", V, None),
    Contact("no-notice-purpose-not-recorded", "N-NONE", W, None, purpose=None),
    Contact("no-notice-informational", "N-NONE", None, None, purpose="informational"),
    Contact("no-notice-own-data", "N-NONE", None, None, campaign="PLAIN"),
    Contact("no-notice-affiliate-data-not-recorded", "N-NONE", None, None, campaign="AFF-NULL"),
    Contact("no-notice-unknown-campaign", "N-NONE", None, None, campaign="GONE"),
    Contact("glba-notice-only", "N-GLBA", V, None),
    Contact("old-notice", "N-OLD", P, None),
    # --- opt-outs: in force five years (the anniversary included) ---
    Contact("optout-recent", "O-RECENT", P, V),
    Contact("optout-recent-purpose-not-recorded", "O-RECENT", P, W, purpose=None),
    Contact("optout-all-channels", "O-ALL", P, V),
    Contact("optout-email-only", "O-EMAIL", P, None),
    Contact("optout-5y-anniversary", "O-5Y", P, V),
    Contact("optout-5y-and-a-day", "O-5Y", P, W, day="2026-07-16"),
    Contact("optout-7y", "O-OLD", P, W),
    Contact("optout-after-contact", "O-LATER", P, None),
    Contact("optout-by-address", "O-ADDR", P, V),
    Contact("optout-renewed", "O-RENEWED", P, V),  # five years from 2026-06-01, the latest
    # --- the FTC rule's mandatory compliance from 2008-10-01 (judged in a 2008 run) ---
    Contact("rule-day-before", "N-NONE", None, None, day="2008-09-30"),
    Contact("rule-first-day", "N-NONE", None, None, day="2008-10-01"),
]
# fmt: on
P15_RULES = {FCRA: "fcra", DURATION: "duration"}


def _p15_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": at(c.day),
            "to_email": f"{c.customer.lower()}@example.com" if c.channel == "email" else None,
            "campaign_id": c.campaign,
            "purpose": c.purpose,
        }
        for c in CONTACTS
    ]


@pytest.fixture(scope="module")
def p15(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P15")
    tables: dict[str, Any] = {
        "customers": P15_CUSTOMERS,
        "notices": P15_NOTICES,
        "optouts": P15_OPTOUTS,
        "contacts": _p15_contacts(),
    }
    con = tiny_db(campaigns=P15_CAMPAIGNS, **tables)
    unflagged = tiny_db(campaigns=[{"campaign_id": "AFF", "channel": "email"}], **tables)
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=FINANCIAL, only=["P15"]),
        "retail": audit(con, rulebook, "2026Q3", company=RETAIL, only=["P15"]),
        "no flag": audit(unflagged, rulebook, "2026Q3", company=FINANCIAL, only=["P15"]),
        "no contacts": audit(con, rulebook, "2026Q2", company=FINANCIAL, only=["P15"]),
        "2008": audit(con, rulebook, "2008", company=FINANCIAL, only=["P15"]),
    }


def test_p15_case_ids_are_unique() -> None:
    assert len({c.id for c in CONTACTS}) == len(CONTACTS)


@pytest.mark.parametrize("rule_id", P15_RULES)
@pytest.mark.parametrize("case", CONTACTS, ids=[c.id for c in CONTACTS])
def test_p15_affiliate_marketing(p15: dict[str, AuditRun], case: Contact, rule_id: str) -> None:
    expected = getattr(case, P15_RULES[rule_id])
    assert verdicts(p15["2026Q3"], "P15", rule_id).get(case.id) == expected


@pytest.mark.parametrize("rule_id", P15_RULES)
def test_p15_applies_to_every_industry(p15: dict[str, AuditRun], rule_id: str) -> None:
    """The FCRA rule is not GLBA's: a retailer with affiliates is audited too."""
    pd.testing.assert_frame_equal(p15["retail"].rows, p15["2026Q3"].rows)
    assert p15["retail"].finding(rule_id, "P15").status is Status.VIOLATION


def test_p15_readings(p15: dict[str, AuditRun]) -> None:
    rows = _rows(p15["2026Q3"], "P15").set_index(["rule_id", "record_id"])
    assert not rows.index.duplicated().any()
    anniversary = rows.loc[(DURATION, "optout-5y-anniversary"), "reading"]
    assert "opted out 2021-07-15" in anniversary and "through 2026-07-15" in anniversary
    assert "day 30" in rows.loc[(FCRA, "mail-day30"), "reading"]
    assert "opted out 2026-06-01" in rows.loc[(DURATION, "optout-renewed"), "reading"]


@pytest.mark.parametrize("run", ["no flag", "no contacts"])
@pytest.mark.parametrize("rule_id", P15_RULES)
def test_p15_absent_data_is_not_evaluated(p15: dict[str, AuditRun], run: str, rule_id: str) -> None:
    finding = p15[run].finding(rule_id, "P15")
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing


# ============================================================================================
# P19: FTC notice of a notification event
# ============================================================================================


class Incident(NamedTuple):
    id: str
    verdict: str | None  # 2024Q2 (None: no row)
    discovered: str = "2024-05-13"
    consumers: int | None = 600
    encrypted: bool | None = False
    key: bool | None = None
    notified: Any = None  # a timestamp
    q3: str | None = None  # 2024Q3: the last day falls in it, or still not reported at its start


# fmt: off
INCIDENTS = [
    Incident("day-before-rule", None, discovered="2024-05-12"),
    Incident("first-day-not-notified", V, q3=V),
    Incident("notified-day29", P, notified=at("2024-06-11")),
    Incident("notified-day30", P, notified=at("2024-06-12")),
    Incident("notified-day30-2330edt", P, notified=at("2024-06-13", "03:30:00")),
    Incident("notified-day31-0000edt", V, notified=at("2024-06-13", "04:00:00")),
    Incident("notified-day31", V, notified=at("2024-06-13")),
    Incident("consumers-499", None, consumers=499),
    Incident("consumers-500", V, consumers=500, q3=V),
    Incident("consumers-not-recorded", W, consumers=None, q3=W),
    Incident("encrypted", None, encrypted=True, key=False),
    Incident("encrypted-key-not-recorded", W, encrypted=True, q3=W),
    Incident("encrypted-key-taken", V, encrypted=True, key=True, q3=V),
    Incident("encryption-not-recorded", W, encrypted=None, q3=W),
    # discovered 06-20 in Q2, due 07-20 in Q3: judged in Q3, not in Q2
    Incident("not-yet-due", None, discovered="2024-06-20", q3=V),
    Incident("notified-before-due", P, discovered="2024-06-20", notified=at("2024-06-25")),
    Incident("notified-in-time-next-period", None, discovered="2024-06-20",
             notified=at("2024-07-10"), q3=P),
    Incident("notified-late-next-period", None, discovered="2024-06-20",
             notified=at("2024-07-21"), q3=V),
    Incident("notified-after-as-of", V, discovered="2024-05-20", notified=at("2024-08-01"),
             q3=V),  # still not reported when Q3 began
]
# fmt: on


@pytest.fixture(scope="module")
def p19(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P19")
    con = tiny_db(
        incidents=[
            {
                "incident_id": i.id,
                "discovered_at": at(i.discovered),
                "consumers_affected": i.consumers,
                "encrypted": i.encrypted,
                "key_compromised": i.key,
                "ftc_notified_at": i.notified,
            }
            for i in INCIDENTS
        ]
    )
    return {
        "2024Q2": audit(con, rulebook, "2024Q2", company=FINANCIAL, only=["P19"]),
        "2024Q3": audit(con, rulebook, "2024Q3", company=FINANCIAL, only=["P19"]),
        "no incidents": audit(tiny_db(), rulebook, "2024Q3", company=FINANCIAL, only=["P19"]),
        "retail": audit(con, rulebook, "2024Q2", company=RETAIL, only=["P19"]),
    }


@pytest.mark.parametrize("case", INCIDENTS, ids=[i.id for i in INCIDENTS])
def test_p19_ftc_notice(p19: dict[str, AuditRun], case: Incident) -> None:
    assert verdicts(p19["2024Q2"], "P19", BREACH).get(case.id) == case.verdict


@pytest.mark.parametrize("case", INCIDENTS, ids=[i.id for i in INCIDENTS])
def test_p19_judged_in_the_period_of_its_deadline(p19: dict[str, AuditRun], case: Incident) -> None:
    assert verdicts(p19["2024Q3"], "P19", BREACH).get(case.id) == case.q3


def test_p19_next_period_readings(p19: dict[str, AuditRun]) -> None:
    rows = _rows(p19["2024Q3"], "P19").set_index("record_id")
    carried = rows.loc["first-day-not-notified", "reading"]
    assert "still not reported when the period began" in carried
    assert rows.loc["first-day-not-notified", "event_at"] == at("2024-07-01", "04:00:00")
    assert "last day 2024-07-20" in rows.loc["not-yet-due", "reading"]
    assert "key was taken" in rows.loc["encrypted-key-not-recorded", "reading"]


def test_p19_rows_and_readings(p19: dict[str, AuditRun]) -> None:
    rows = _rows(p19["2024Q2"], "P19").set_index("record_id")
    assert set(rows["record_table"]) == {"incidents"}
    late = rows.loc["notified-day31", "reading"]
    assert "notified 2024-06-13, day 31" in late and "last day 2024-06-12" in late
    assert rows.loc["notified-day31", "deadline_at"] == at("2024-06-13", "04:00:00")
    assert p19["2024Q2"].finding(BREACH, "P19").status is Status.VIOLATION


def test_p19_no_incidents_is_not_evaluated(p19: dict[str, AuditRun]) -> None:
    finding = p19["no incidents"].finding(BREACH, "P19")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("incidents.") for m in finding.missing)


def test_p19_retailer_is_not_applicable(p19: dict[str, AuditRun]) -> None:
    assert p19["retail"].finding(BREACH, "P19").status is Status.NOT_APPLICABLE


# ============================================================================================
# P16: HIPAA marketing authorization
# ============================================================================================

H_CUSTOMERS = _customers(
    [
        "H-NONE",  # no authorization
        "H-AUTH",  # authorization for email, states remuneration
        "H-NOREM",  # authorization for email, does not state remuneration
        "H-REMNULL",  # authorization for email, remuneration statement not recorded
        "H-SMS",  # authorization naming texts only, granted 07-10 (any channel counts)
        "H-ALL",  # authorization for every channel
        "H-REVOKED",  # authorization revoked Fri 07-10
        "H-LATE",  # authorization granted Mon 07-20
        "H-INFO",  # authorization recorded with an informational purpose (any purpose counts)
        "H-TWO",  # one without the statement (2026-01-05), one with it (2026-07-10)
        "H-WEEK",  # authorization granted 07-08 noon: 7 days before a contact 07-15 noon
        "H-8DAYS",  # authorization granted 07-07: a contact 07-15 is no near miss
    ],
    is_patient=True,
)


def _auth(cid: str, **extra: Any) -> dict[str, Any]:
    return {
        "consent_id": f"a-{cid}",
        "customer_id": cid,
        "channel": "email",
        "purpose": "marketing",
        "consent_type": "hipaa_authorization",
        "granted_at": at("2026-06-01"),
        "remuneration_disclosed": True,
    } | extra


H_CONSENTS = [
    _auth("H-AUTH"),
    _auth("H-NOREM", remuneration_disclosed=False),
    _auth("H-REMNULL", remuneration_disclosed=None),
    _auth("H-SMS", channel="sms", granted_at=at("2026-07-10")),
    _auth("H-WEEK", granted_at=at("2026-07-08")),
    _auth("H-8DAYS", granted_at=at("2026-07-07")),
    _auth("H-ALL", channel="all"),
    _auth("H-REVOKED", revoked_at=at("2026-07-10")),
    _auth("H-LATE", granted_at=at("2026-07-20")),
    _auth("H-INFO", purpose="informational"),
    _auth("H-TWO", consent_id="a-H-TWO-old", granted_at=at("2026-01-05"),
          remuneration_disclosed=False),
    _auth("H-TWO", consent_id="a-H-TWO-new", granted_at=at("2026-07-10")),
    {"consent_id": "e-H-NONE", "customer_id": "H-NONE", "channel": "email",
     "purpose": "marketing", "consent_type": "express", "granted_at": at("2026-01-05")},
]  # fmt: skip
H_CAMPAIGNS: list[dict[str, Any]] = [
    {"campaign_id": "RX", "uses_health_data": True, "third_party_paid": False},
    {"campaign_id": "RX-F2F", "uses_health_data": True, "face_to_face": True},
    {"campaign_id": "RX-GIFT", "uses_health_data": True, "nominal_gift": True},
    {"campaign_id": "RX-F2F-PAID", "uses_health_data": True, "face_to_face": True,
     "third_party_paid": True},
    {"campaign_id": "RX-PAID", "uses_health_data": True, "third_party_paid": True},
    {"campaign_id": "RX-PAYER", "uses_health_data": True},  # payer not recorded
    {"campaign_id": "NOPHI", "uses_health_data": False},
    {"campaign_id": "PHINULL"},
]  # fmt: skip


class Mailing(NamedTuple):
    id: str
    customer: str
    auth: str | None  # HIPAA-MARKETING-AUTHORIZATION (None: no row)
    remun: str | None  # HIPAA-MARKETING-REMUNERATION-STATEMENT
    campaign: str = "RX"
    day: str = "2026-07-15"
    purpose: str | None = "marketing"


# fmt: off
MAILINGS = [
    Mailing("none", "H-NONE", V, None),
    Mailing("none-purpose-not-recorded", "H-NONE", W, None, purpose=None),
    Mailing("none-informational", "H-NONE", None, None, purpose="informational"),
    Mailing("none-face-to-face", "H-NONE", P, None, campaign="RX-F2F"),
    Mailing("none-nominal-gift", "H-NONE", P, None, campaign="RX-GIFT"),
    Mailing("none-face-to-face-paid", "H-NONE", P, None, campaign="RX-F2F-PAID"),
    Mailing("none-paid", "H-NONE", V, None, campaign="RX-PAID"),
    Mailing("none-no-health-data", "H-NONE", None, None, campaign="NOPHI"),
    Mailing("none-health-data-not-recorded", "H-NONE", None, None, campaign="PHINULL"),
    # --- authorized: pass rows only for near misses (granted within 7 days before) ---
    Mailing("authorized", "H-AUTH", None, None),
    Mailing("authorized-paid", "H-AUTH", None, None, campaign="RX-PAID"),
    Mailing("authorized-payer-not-recorded", "H-AUTH", None, None, campaign="RX-PAYER"),
    Mailing("no-statement", "H-NOREM", None, None),
    Mailing("no-statement-paid", "H-NOREM", None, V, campaign="RX-PAID"),
    Mailing("no-statement-paid-purpose-not-recorded", "H-NOREM", None, W, campaign="RX-PAID",
            purpose=None),
    Mailing("no-statement-payer-not-recorded", "H-NOREM", None, W, campaign="RX-PAYER"),
    Mailing("statement-not-recorded-paid", "H-REMNULL", None, W, campaign="RX-PAID"),
    # limited to texts by the patient: an email is not a use it authorizes
    Mailing("texts-only-authorization", "H-SMS", V, None),
    Mailing("all-channels-authorization", "H-ALL", None, None),
    Mailing("before-revocation", "H-REVOKED", None, None, day="2026-07-05"),
    Mailing("after-revocation", "H-REVOKED", V, None),
    Mailing("before-grant", "H-LATE", V, None),
    Mailing("after-grant", "H-LATE", P, None, day="2026-07-21"),
    Mailing("informational-purpose-authorization", "H-INFO", None, None),
    Mailing("two-authorizations-paid", "H-TWO", P, P, campaign="RX-PAID"),
    Mailing("granted-7-days-before", "H-WEEK", P, None),
    Mailing("granted-8-days-before", "H-8DAYS", None, None),
    # --- the Omnibus Rule's compliance date, 2013-09-23 (judged in a 2013Q3 run) ---
    Mailing("rule-day-before", "H-NONE", None, None, day="2013-09-22"),
    Mailing("rule-first-day", "H-NONE", None, None, day="2013-09-23"),
]
# fmt: on
P16_RULES = {AUTH: "auth", REMUN: "remun"}


def _mailings() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": m.id,
            "customer_id": m.customer,
            "channel": "email",
            "sent_at": at(m.day),
            "to_email": f"{m.customer.lower()}@example.com",
            "campaign_id": m.campaign,
            "purpose": m.purpose,
        }
        for m in MAILINGS
    ]


# ============================================================================================
# P17: sale of PHI
# ============================================================================================


class Sale(NamedTuple):
    id: str
    customer: str
    verdict: str | None  # HIPAA-SALE-OF-PHI (None: no row)
    health: bool | None = True
    sale: bool | None = True
    purpose: str | None = "list sale"
    day: str = "2026-07-15"
    recipient_type: str = "data_broker"


# fmt: off
SALES = [
    Sale("no-authorization", "H-NONE", V),
    Sale("sale-not-recorded", "H-NONE", W, sale=None),
    Sale("not-a-sale", "H-NONE", None, sale=False),
    Sale("no-health-data", "H-NONE", None, health=False),
    Sale("health-data-not-recorded", "H-NONE", W, health=None),  # a sure sale: judged
    Sale("health-data-not-recorded-sale-not-recorded", "H-NONE", None, health=None, sale=None),
    Sale("list-rental-not-flagged-sale", "H-NONE", V, sale=False, recipient_type="list_rental"),
    Sale("list-rental-sale-not-recorded", "H-NONE", V, sale=None, recipient_type="list_rental"),
    Sale("market-research", "H-NONE", V, purpose="market research"),
    Sale("marketing-research", "H-NONE", V, purpose="Marketing_Research panel"),
    Sale("researchers-word", "H-NONE", V, purpose="sold to researchers"),
    Sale("public-healthcare-ads", "H-NONE", V, purpose="public healthcare ads"),
    Sale("public-health", "H-NONE", P, purpose="Public health reporting"),
    Sale("research", "H-NONE", W, purpose="research"),
    Sale("authorization-states-remuneration", "H-AUTH", P),
    Sale("authorization-any-channel", "H-SMS", P),
    Sale("authorization-without-statement", "H-NOREM", V),
    Sale("authorization-statement-not-recorded", "H-REMNULL", W),
    Sale("before-revocation", "H-REVOKED", P, day="2026-07-05"),
    Sale("after-revocation", "H-REVOKED", V),
    Sale("before-grant", "H-LATE", V),
    Sale("two-authorizations", "H-TWO", P),
    Sale("rule-day-before", "H-NONE", None, day="2013-09-22"),
    Sale("rule-first-day", "H-NONE", None, day="2013-09-23"),
]
# fmt: on


def _health_sharing(sales: Sequence[Sale]) -> list[dict[str, Any]]:
    return [
        {
            "share_id": s.id,
            "customer_id": s.customer,
            "recipient": "Data Co",
            "recipient_type": s.recipient_type,
            "is_sale": s.sale,
            "includes_health_data": s.health,
            "purpose": s.purpose,
            "shared_at": at(s.day),
        }
        for s in sales
    ]


@pytest.fixture(scope="module")
def health(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("P16", "P17")
    base: dict[str, Any] = {"customers": H_CUSTOMERS, "consents": H_CONSENTS}
    con = tiny_db(campaigns=H_CAMPAIGNS, contacts=_mailings(), sharing=_health_sharing(SALES),
                  **base)  # fmt: skip
    plain = [s._replace(health=False) for s in SALES]
    bare = tiny_db(campaigns=[{"campaign_id": "RX"}], contacts=_mailings(),
                   sharing=_health_sharing(plain), **base)  # fmt: skip
    only = ["P16", "P17"]
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", company=HEALTH, only=only),
        "again": audit(con, rulebook, "2026Q3", company=HEALTH, only=only),
        "absent": audit(bare, rulebook, "2026Q3", company=HEALTH, only=only),
        "retail": audit(con, rulebook, "2026Q3", company=RETAIL, only=only),
        "2013Q3": audit(con, rulebook, "2013Q3", company=HEALTH, only=only),
    }


def test_health_case_ids_are_unique() -> None:
    assert len({m.id for m in MAILINGS}) == len(MAILINGS)
    assert len({s.id for s in SALES}) == len(SALES)


@pytest.mark.parametrize("rule_id", P16_RULES)
@pytest.mark.parametrize("case", MAILINGS, ids=[m.id for m in MAILINGS])
def test_p16_marketing_authorization(
    health: dict[str, AuditRun], case: Mailing, rule_id: str
) -> None:
    expected = getattr(case, P16_RULES[rule_id])
    assert verdicts(health["2026Q3"], "P16", rule_id).get(case.id) == expected


@pytest.mark.parametrize("case", SALES, ids=[s.id for s in SALES])
def test_p17_sale_of_phi(health: dict[str, AuditRun], case: Sale) -> None:
    assert verdicts(health["2026Q3"], "P17", SALE).get(case.id) == case.verdict


def test_health_rows_one_per_rule_and_record(health: dict[str, AuditRun]) -> None:
    rows = health["2026Q3"].rows
    assert not rows[["rule_id", "record_id"]].duplicated().any()
    assert set(_rows(health["2026Q3"], "P16")["record_table"]) == {"contacts"}
    assert set(_rows(health["2026Q3"], "P17")["record_table"]) == {"sharing"}
    pd.testing.assert_frame_equal(rows, health["again"].rows)


@pytest.mark.parametrize(
    ("check", "rule_id", "status"),
    [
        ("P16", AUTH, Status.VIOLATION),
        ("P16", REMUN, Status.VIOLATION),
        ("P16", DEFN, Status.VIOLATION),  # covered: read from the judged rules' rows
        ("P17", SALE, Status.VIOLATION),
    ],
)
def test_health_status(
    health: dict[str, AuditRun], check: str, rule_id: str, status: Status
) -> None:
    assert health["2026Q3"].finding(rule_id, check).status is status


def test_health_readings(health: dict[str, AuditRun]) -> None:
    rows = health["2026Q3"].rows.set_index(["rule_id", "record_id"])
    assert "face-to-face" in rows.loc[(AUTH, "none-face-to-face"), "reading"]
    assert "a-H-NOREM" in rows.loc[(REMUN, "no-statement-paid"), "reading"]
    assert rows.loc[(REMUN, "two-authorizations-paid"), "consent_id"] == "a-H-TWO-new"
    assert "research" in rows.loc[(SALE, "research"), "reading"]
    assert "list rental" in rows.loc[(SALE, "list-rental-not-flagged-sale"), "reading"]
    assert "health information" in rows.loc[(SALE, "health-data-not-recorded"), "reading"]


@pytest.mark.parametrize(
    ("check", "rule_id"), [("P16", AUTH), ("P16", REMUN), ("P16", DEFN), ("P17", SALE)]
)
def test_health_absent_data_is_not_evaluated(
    health: dict[str, AuditRun], check: str, rule_id: str
) -> None:
    finding = health["absent"].finding(rule_id, check)
    assert finding.status is Status.NOT_EVALUATED
    assert finding.missing


@pytest.mark.parametrize(
    ("check", "rule_id"), [("P16", AUTH), ("P16", REMUN), ("P16", DEFN), ("P17", SALE)]
)
def test_health_retailer_is_not_applicable(
    health: dict[str, AuditRun], check: str, rule_id: str
) -> None:
    finding = health["retail"].finding(rule_id, check)
    assert finding.status is Status.NOT_APPLICABLE
    assert health["retail"].rows.empty


# ============================================================================================
# The day each rule took effect and the day before (P19's 2024-05-13 is in its own table)
# ============================================================================================

FIRST_DAYS = [
    ("p13", "2011Q4", "P13", NONAFF),  # Regulation P, 2011-12-30
    ("p15", "2008", "P15", FCRA),  # FTC affiliate-marketing rule, compliance 2008-10-01
    ("health", "2013Q3", "P16", AUTH),  # HIPAA Omnibus Rule, compliance 2013-09-23
    ("health", "2013Q3", "P17", SALE),
]


@pytest.mark.parametrize(("fixture", "run", "check", "rule_id"), FIRST_DAYS)
def test_rule_judges_from_its_first_day(
    request: pytest.FixtureRequest, fixture: str, run: str, check: str, rule_id: str
) -> None:
    got = verdicts(request.getfixturevalue(fixture)[run], check, rule_id)
    assert got == {"rule-first-day": V}
