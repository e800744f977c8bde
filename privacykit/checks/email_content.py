"""CAN-SPAM beyond opt-out deadlines: E2 (the link works 30 days), E4 (content), E9 (transfers).

E2: the unsubscribe mechanism must work for at least 30 days after the email was sent. A use of
the link that failed (an error, an expired link) within 30 days of the send is a violation; one
past 30 × 24 hours but on the 30th day is a warning (whether '30 days' counts hours or days).

E4: every commercial email carries a working unsubscribe link and the sender's valid postal
address, and says it is an advertisement unless the recipient gave prior affirmative consent
(that exemption is an unconfirmed fact: such emails are warnings). Flags come from the
campaign's content record; a flag not recorded is not judged.

E9: after an email opt-out, the address may not be sold, leased, exchanged or otherwise
transferred, except for compliance (a suppression file). A transfer to a service provider with
no stated purpose is reviewed: sending on the company's behalf may be lawful.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import places
from privacykit.checks.common import NOT_RECORDED, consents_found, judged_contacts, left_join_key
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, finish, text
from privacykit.checks.registry import Check, Need

EXPRESS = ("express", "express_written")
FAILED = ("failed", "expired")
LAWFUL_PURPOSES = ("suppression", "compliance")


def unsubscribe_link_failed(ctx: CheckContext) -> ir.Table:
    """E2: an unsubscribe link that failed within 30 days of the email's send."""
    v = ctx.versions("CANSPAM-OPTOUT-MECHANISM", ["works_for_at_least"])
    v = v.filter(v.channel == "email")
    u = ctx.events("unsubscribe_events", "clicked_at")
    u = u.filter(u.status.isin(FAILED) & u.contact_id.notnull())
    c = ctx.table("contacts")
    c = c.filter((c.channel == "email") & ((c.purpose == "marketing") | c.purpose.isnull()))
    c = c.select(
        _k=c.contact_id, _cust=c.customer_id, _to=c.to_email, sent_at=c.sent_at,
        _unknown=c.purpose.isnull(),
    )  # fmt: skip
    j = u.join(c, u.contact_id == c._k)
    j = j.join(v, [j.sent_at >= v.version_from, j.sent_at < v.version_to])
    j = places.company_day(ctx, j, "sent_at", "s_day")
    j = places.company_day(ctx, j, "clicked_at", "k_day")
    limit = j.sent_at + j.works_for_at_least.as_interval("D")
    in_hours = j.clicked_at <= limit
    in_days = j.k_day.delta(j.s_day, unit="day") <= j.works_for_at_least
    j = j.filter(in_hours | in_days)
    base = ibis.ifelse(
        in_hours,
        text("the unsubscribe link ", j.status, " within ", j.works_for_at_least,
             " days of the send"),
        text("the unsubscribe link ", j.status, " ", j.works_for_at_least, " days after the send "
             "by the calendar, more than ", j.works_for_at_least, " x 24 hours after it (review)"),
    )  # fmt: skip
    reading = ibis.ifelse(j._unknown, text(base, "; ", NOT_RECORDED), base)
    return finish(
        j,
        rule_id=j.rule_id,
        record_table="unsubscribe_events",
        record_id=j.event_id,
        customer_id=j._cust,
        channel="email",
        address=ibis.coalesce(j._to, j.address),
        event_at=j.clicked_at,
        verdict=ibis.ifelse(in_hours & ~j._unknown, "violation", "warning"),
        reading=reading,
        basis_at=j.sent_at,
        deadline_at=limit,
        detail=text("email ", j.contact_id, " sent ", j.sent_at, " UTC; link used ",
                    j.clicked_at, " UTC"),
    )  # fmt: skip


def missing_content(ctx: CheckContext) -> ir.Table:
    """E4: a commercial email without unsubscribe link, postal address or ad identification."""
    t = judged_contacts(ctx, ctx.versions("CANSPAM-REQUIRED-CONTENT", []))
    t = t.filter(t.channel == "email")
    k = ctx.table("campaigns")
    k = k.group_by(_kc=k.campaign_id).aggregate(
        _unsub=k.has_unsubscribe.all(), _postal=k.has_postal_address.all(),
        _ad=k.has_ad_disclosure.all(),
    )  # fmt: skip
    t = t.join(k, t.campaign_id == k._kc).drop("_kc")
    no_unsub = (t._unsub == False).fill_null(False)  # noqa: E712 - Ibis comparisons
    no_postal = (t._postal == False).fill_null(False)  # noqa: E712
    no_ad = (t._ad == False).fill_null(False)  # noqa: E712
    t = t.filter(no_unsub | no_postal | no_ad)
    t = t.mutate(_hard=no_unsub | no_postal, _no_unsub=no_unsub, _no_postal=no_postal,
                 _no_ad=no_ad)  # fmt: skip
    t = left_join_key(t, consents_found(ctx, t, EXPRESS))
    consented = t.consent_id.notnull()
    verdict = ibis.cases(
        (t.purpose_unknown, "warning"),
        (t._hard, "violation"),
        (consented, "warning"),
        else_="violation",
    )
    missing = text(
        ibis.ifelse(t._no_unsub, "no unsubscribe link; ", ""),
        ibis.ifelse(t._no_postal, "no postal address; ", ""),
        ibis.ifelse(t._no_ad, "not identified as an advertisement; ", ""),
    )
    reading = ibis.cases(
        (t._hard, text("campaign ", t.campaign_id, ": ", missing)),
        (consented, text("campaign ", t.campaign_id, ": ", missing, "the recipient's prior "
                         "consent may exempt the identification (unconfirmed; review)")),
        else_=text("campaign ", t.campaign_id, ": ", missing, "no prior consent on record"),
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, NOT_RECORDED), reading)
    return contact_rows(
        t,
        verdict=verdict,
        reading=reading,
        consent_id=t.consent_id,
        detail=text("campaign ", t.campaign_id, " content flags: unsubscribe ", t._unsub,
                    ", postal address ", t._postal, ", ad disclosure ", t._ad),
    )  # fmt: skip


def transfer_after_optout(ctx: CheckContext) -> ir.Table:
    """E9: an opted-out email address sold or transferred after the opt-out."""
    v = ctx.versions("CANSPAM-NO-TRANSFER", [])
    v = v.filter(v.channel == "email").select(
        "rule_id", _vf=v.version_from, _vt=v.version_to
    )  # fmt: skip
    s = ctx.events("sharing", "shared_at")
    s = s.join(v, [s.shared_at >= v._vf, s.shared_at < v._vt]).drop("_vf", "_vt")
    c = ctx.table("customers")
    c = c.filter(c.email.notnull()).group_by(_cc=c.customer_id).aggregate(_ce=c.email.min())
    s = s.left_join(c, s.customer_id == c._cc).drop("_cc")
    own = s.address.strip().lower()
    s = s.mutate(
        _addr=ibis.ifelse(own.contains("@").fill_null(False), own, s._ce),
        _cats=s.data_categories.lower(),
    )
    carries = s._cats.isnull() | s._cats.contains("email") | s._cats.contains("contact")
    lawful = s.purpose.strip().lower().isin(LAWFUL_PURPOSES).fill_null(False)
    s = s.filter(carries & ~lawful & s._addr.notnull())
    sup = ctx.history("suppressions", "received_at")
    sup = sup.filter(sup.channel.isin(("email", "all"))).select(
        _sa=sup.address, _rx=sup.received_at, _sup=sup.superseded_at, _oid=sup.first_optout_id
    )
    j = s.join(
        sup,
        [s._addr == sup._sa, sup._rx < s.shared_at, sup._sup.isnull() | (sup._sup > s.shared_at)],
    )
    w = ibis.window(group_by=j.share_id, order_by=[j._rx, j._oid])
    j = j.mutate(_rank=ibis.row_number().over(w))
    j = j.filter(j._rank == 0)
    provider = (j.recipient_type == "service_provider").fill_null(False)
    reading = ibis.ifelse(
        provider,
        text("address opted out ", j._rx, " UTC, then transferred to service provider ",
             j.recipient, " with no compliance purpose recorded (review)"),
        text("address opted out ", j._rx, " UTC, then ",
             ibis.ifelse(j.is_sale.fill_null(False), "sold", "transferred"), " to ",
             j.recipient, " (", j.recipient_type, ")"),
    )  # fmt: skip
    return finish(
        j,
        rule_id=j.rule_id,
        record_table="sharing",
        record_id=j.share_id,
        customer_id=j.customer_id,
        channel="email",
        address=j._addr,
        event_at=j.shared_at,
        verdict=ibis.ifelse(provider, "warning", "violation"),
        reading=reading,
        basis_at=j._rx,
        detail=text("opt-out ", j._oid, "; purpose ", j.purpose.fill_null("not recorded"),
                    "; categories ", j.data_categories.fill_null("not recorded")),
    )  # fmt: skip


CHECKS = (
    Check(
        "E2",
        "Unsubscribe link that failed within 30 days of the email",
        unsubscribe_link_failed,
        judges=("CANSPAM-OPTOUT-MECHANISM",),
        needs=(Need("unsubscribe_events", ("contact_id", "status", "clicked_at"), events=True),),
    ),
    Check(
        "E4",
        "Commercial email without unsubscribe link, postal address or ad identification",
        missing_content,
        judges=("CANSPAM-REQUIRED-CONTENT",),
        needs=(
            Need("contacts", ("sent_at", "campaign_id"), events=True, where="email channel"),
            Need("campaigns", ("campaign_id", "has_unsubscribe", "has_postal_address")),
        ),
    ),
    Check(
        "E9",
        "Opted-out email address sold or transferred",
        transfer_after_optout,
        judges=("CANSPAM-NO-TRANSFER",),
        needs=(
            Need("sharing", ("shared_at",), events=True),
            Need("suppressions", ("received_at", "address"), where="email"),
        ),
    ),
)
