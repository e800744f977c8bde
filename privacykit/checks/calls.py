"""Do-not-call and consent checks for calls and texts: T4, T6, T8, T9.

The national registry (T4) exempts a call made with the person's signed written permission or
inside a live business relationship (T8: 18 months after a purchase, 3 months after an
inquiry, ended by a do-not-call request). A company do-not-call request must be honoured
within the deadline of the rule version in force at the call (T6). Autodialed, prerecorded
and artificial-voice marketing calls and marketing texts to wireless numbers need prior express
written consent (T9), and so do automated calls to residents of the states that say so.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import days, hours
from privacykit.checks.common import (
    NOT_RECORDED,
    active_suppressions,
    consents_found,
    judge_deadline,
    judged_contacts,
    last_before,
    left_join_key,
)
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, text
from privacykit.checks.registry import Check, Need

CALLS = hours.CALLS
PHONE_OPTOUTS = ("call", "sms", "all")
PERMISSION = ("dnc_written_permission", "express_written")
AUTOMATED = ("autodialer", "prerecorded", "artificial_voice")


def _registered(ctx: CheckContext) -> ir.Table:
    """Return (phone, reg_day): each number's first national registration up to ``as_of``."""
    r = ctx.table("dnc_registry")
    r = r.filter(
        (r.registry.lower() == "national")
        & r.registered_at.notnull()
        & (r.registered_at <= ctx.as_of.date())
    )
    return r.group_by("phone").aggregate(reg_day=r.registered_at.min())


def _on_registry(ctx: CheckContext) -> ir.Table:
    """Judged contacts to registered numbers, without written permission, with days_on."""
    v = ctx.versions("TCPA-NATIONAL-DNC", ["registered_at_least"])
    t = judged_contacts(ctx, v)
    reg = _registered(ctx)
    t = t.join(reg, t.address == reg.phone).drop("phone")
    t = t.mutate(days_on=t.c_day.delta(t.reg_day, unit="day"))
    t = t.filter(t.days_on >= t.registered_at_least)
    return t.anti_join(consents_found(ctx, t, PERMISSION, same_seller=True), "key")


def relationship(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Add the business relationship at each event: txn/inq days, their ends, dnc_at."""
    v = ctx.versions("TCPA-EBR", ["after_transaction", "after_inquiry"])
    v = v.select(
        _vc=v.channel, _vf=v.version_from, _vt=v.version_to,
        m_txn=v.after_transaction, m_inq=v.after_inquiry,
    )  # fmt: skip
    t = t.join(v, [t.channel == v._vc, t.event_at >= v._vf, t.event_at < v._vt])
    t = t.drop("_vc", "_vf", "_vt")
    t = left_join_key(t, last_before(ctx, t, "transactions", "txn"))
    t = left_join_key(t, last_before(ctx, t, "inquiries", "inq"))
    dnc = active_suppressions(ctx, t, PHONE_OPTOUTS).select("key", dnc_at="basis_at")
    t = left_join_key(t, dnc)
    t = days.add_until(ctx, t, day="txn_day", months="m_txn", name="txn_until")
    t = days.add_until(ctx, t, day="inq_day", months="m_inq", name="inq_until")
    ended = t.dnc_at.notnull()
    live = ~ended & ((t.c_day < t.txn_until) | (t.c_day < t.inq_until)).fill_null(False)
    on_last_day = ((t.c_day == t.txn_until) | (t.c_day == t.inq_until)).fill_null(False)
    edge = ~ended & ~live & on_last_day
    return t.mutate(
        ebr_live=live,
        ebr_edge=edge,
        ebr_had=t.txn_day.notnull() | t.inq_day.notnull(),
        ebr_ended=ended & (t.txn_day.notnull() | t.inq_day.notnull()),
    )


def _ebr_text(t: ir.Table) -> ir.StringValue:
    return text(
        "registered ",
        t.reg_day,
        " (",
        t.days_on,
        " days before the call); last purchase ",
        t.txn_day,
        " (relationship until ",
        t.txn_until,
        "); last inquiry ",
        t.inq_day,
        " (until ",
        t.inq_until,
        "); do-not-call request ",
        t.dnc_at,
    )


def call_to_registered_number(ctx: CheckContext) -> ir.Table:
    """T4: a marketing call or text to a number on the national do-not-call registry."""
    t = relationship(ctx, _on_registry(ctx))
    t = t.filter(~t.ebr_live)
    edge_days = t.days_on == t.registered_at_least
    review = t.ebr_edge | edge_days | t.purpose_unknown
    reading = ibis.cases(
        (edge_days, "called exactly on the registry's deadline day (31 days): review"),
        (t.ebr_edge, "called on the last day of the business relationship (anniversary): review"),
        (t.ebr_ended, "the do-not-call request ended the business relationship"),
        (t.ebr_had, "the business relationship had expired; no written permission"),
        else_="no written permission and no business relationship",
    )
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    t = t.mutate(verdict=ibis.ifelse(review, "warning", "violation"), reading=reading)
    return _dnc_rows(t)


def call_on_expired_relationship(ctx: CheckContext) -> ir.Table:
    """T8: a call relying on a business relationship that had expired or been ended."""
    t = relationship(ctx, _on_registry(ctx))
    t = t.filter(t.ebr_had & ~t.ebr_live)
    t = t.mutate(rule_id=ibis.literal("TCPA-EBR"))
    reading = ibis.cases(
        (t.ebr_ended, "the do-not-call request ended the business relationship"),
        (t.ebr_edge, "called on the relationship's last day (an anniversary): review"),
        else_="more than 18 months after the last purchase and 3 after the last inquiry",
    )
    verdict = ibis.ifelse(t.ebr_edge | t.purpose_unknown, "warning", "violation")
    return _dnc_rows(t.mutate(verdict=verdict, reading=reading))


def _dnc_rows(t: ir.Table) -> ir.Table:
    return contact_rows(
        t,
        verdict=t.verdict,
        reading=t.reading,
        basis_at=t.reg_day.cast("timestamp"),
        detail=_ebr_text(t),
    )


def call_after_company_dnc(ctx: CheckContext) -> ir.Table:
    """T6: a marketing call or text after the deadline to honour a do-not-call request."""
    v = ctx.versions("TCPA-COMPANY-DNC", ["honor_within", "honor_for"])
    t = judged_contacts(ctx, v)
    t = t.join(active_suppressions(ctx, t, PHONE_OPTOUTS), "key")
    t = judge_deadline(ctx, t, "honor_within", v)
    t = t.mutate(_m_for=t.honor_for * 12)
    t = days.add_until(ctx, t, day="r_day", months="_m_for", name="honored_until")
    t = t.filter(t.c_day <= t.honored_until)
    return contact_rows(
        t,
        verdict=t.verdict,
        reading=t.reading,
        basis_at=t.basis_at,
        deadline_at=t.deadline_at,
        detail=text("do-not-call request ", t.optout_id),
    )


CHECKS = (
    Check(
        "T4",
        "Marketing call or text to a number on the national do-not-call registry",
        call_to_registered_number,
        judges=("TCPA-NATIONAL-DNC",),
        needs=(CALLS, Need("dnc_registry", ("phone", "registered_at"), where="national")),
    ),
    Check(
        "T6",
        "Marketing call or text after a company do-not-call request's deadline",
        call_after_company_dnc,
        judges=("TCPA-COMPANY-DNC",),
        needs=(CALLS, Need("suppressions", ("received_at", "address"), where="phone")),
    ),
    Check(
        "T8",
        "Call relying on an expired or ended business relationship",
        call_on_expired_relationship,
        judges=("TCPA-EBR",),
        needs=(
            CALLS,
            Need("dnc_registry", ("phone", "registered_at"), where="national"),
            Need("transactions", ("customer_id", "occurred_at")),
        ),
    ),
)
