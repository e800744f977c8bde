"""Email checks: CAN-SPAM opt-outs (E1) and CASL consent and unsubscribe (E12, E13)."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import days
from privacykit.checks.common import (
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

CONTACTS = Need("contacts", ("sent_at", "channel", "to_email"), events=True)
SUPPRESSIONS = Need("suppressions", ("received_at", "address"))
EXPRESS = ("express", "express_written")


def email_after_optout(ctx: CheckContext) -> ir.Table:
    """E1: a commercial email sent after business day 10 following an opt-out."""
    v = ctx.versions("CANSPAM-OPTOUT-HONOR", ["honor_within"])
    return _after_unsubscribe(ctx, judged_contacts(ctx, v), v)


def casl_after_unsubscribe(ctx: CheckContext) -> ir.Table:
    """E13: a message to a Canadian recipient after 10 Canadian business days."""
    v = ctx.versions("CASL-UNSUBSCRIBE", ["honor_within"])
    return _after_unsubscribe(ctx, judged_contacts(ctx, v, _in_canada(ctx, _events(ctx))), v)


def _after_unsubscribe(ctx: CheckContext, t: ir.Table, versions: ir.Table) -> ir.Table:
    j = t.join(active_suppressions(ctx, t), "key")
    j = judge_deadline(ctx, j, "honor_within", versions)
    return contact_rows(
        j,
        verdict=j.verdict,
        reading=j.reading,
        basis_at=j.basis_at,
        deadline_at=j.deadline_at,
        detail=text("opt-out ", j.optout_id),
    )


def _events(ctx: CheckContext) -> ir.Table:
    return ctx.events("contacts", "sent_at")


def _in_canada(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Keep contacts whose recipient is in Canada (the customer's address country)."""
    c = ctx.table("customers")
    ca = c.filter(c.country == "CA").select(_cid=c.customer_id).distinct()
    return t.semi_join(ca, t.customer_id == ca._cid)


def casl_without_consent(ctx: CheckContext) -> ir.Table:
    """E12: a commercial message to a Canadian recipient with no express or implied consent."""
    v = ctx.versions("CASL-IMPLIED-EBR", ["after_purchase_or_contract", "after_inquiry"])
    t = judged_contacts(ctx, v, _in_canada(ctx, _events(ctx)))
    t = t.anti_join(consents_found(ctx, t, EXPRESS), "key")
    txn = last_before(ctx, t, "transactions", "txn")
    inq = last_before(ctx, t, "inquiries", "inq")
    t = left_join_key(left_join_key(t, txn), inq)
    t = t.mutate(_m_txn=t.after_purchase_or_contract * 12, _m_inq=t.after_inquiry)
    t = days.add_until(ctx, t, day="txn_day", months="_m_txn", name="txn_until")
    t = days.add_until(ctx, t, day="inq_day", months="_m_inq", name="inq_until")
    live = ((t.c_day < t.txn_until) | (t.c_day < t.inq_until)).fill_null(False)
    edge = ((t.c_day == t.txn_until) | (t.c_day == t.inq_until)).fill_null(False)
    had = t.txn_day.notnull() | t.inq_day.notnull()
    t = t.filter(~live)
    verdict = ibis.cases((edge | t.purpose_unknown, "warning"), else_="violation")
    reading = ibis.cases(
        (edge, "sent on the last day of implied consent (an anniversary: review)"),
        (had, "implied consent from the last purchase (2 years) or inquiry (6 months) had ended"),
        else_="no express consent and no purchase or inquiry giving implied consent on record",
    )
    detail = text(
        "last purchase ",
        t.txn_day,
        " (implied until ",
        t.txn_until,
        "); last inquiry ",
        t.inq_day,
        " (until ",
        t.inq_until,
        "); sent ",
        t.c_day,
    )
    return contact_rows(
        t,
        rule_id=ibis.ifelse(had, "CASL-IMPLIED-EBR", "CASL-CONSENT"),
        verdict=verdict,
        reading=reading,
        basis_at=ibis.coalesce(t.txn_at, t.inq_at),
        detail=detail,
    )


CHECKS = (
    Check(
        "E1",
        "Commercial email sent more than 10 business days after an opt-out",
        email_after_optout,
        judges=("CANSPAM-OPTOUT-HONOR",),
        needs=(CONTACTS, SUPPRESSIONS),
    ),
    Check(
        "E12",
        "Commercial message to a Canadian recipient without consent",
        casl_without_consent,
        judges=("CASL-CONSENT", "CASL-IMPLIED-EBR"),
        needs=(
            CONTACTS,
            Need("customers", ("customer_id", "country")),
            Need("consents", ("consent_type", "granted_at")),
        ),
    ),
    Check(
        "E13",
        "Message to a Canadian recipient more than 10 business days after an unsubscribe",
        casl_after_unsubscribe,
        judges=("CASL-UNSUBSCRIBE",),
        needs=(CONTACTS, SUPPRESSIONS, Need("customers", ("customer_id", "country"))),
    ),
)
