"""EU and UK direct marketing: E14 (consent or soft opt-in), E15 (objections honoured).

E14: marketing emails and texts to people in the EU/EEA (ePrivacy Directive art. 13) or the UK
(PECR reg. 22) need prior consent, or the 'soft opt-in': the company's own customer, whose
details it got in a sale or negotiation, offered an opt-out then and in every message, for its
own similar products. The kit sees the consent records, the purchases and inquiries, and the
campaign's unsubscribe flag; it cannot see whether the products are similar or the opt-out was
offered at collection, so a soft opt-in resting on a purchase without a recorded soft opt-in is
reviewed, not passed.

E15: after a person objects to direct marketing (GDPR art. 21(3)), it must stop, with no grace
period in the law. The kit allows the technical lag of the rulebook (24 hours, an unconfirmed
value) as a warning; later messages are violations. The recipient's country is the customer's.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks.common import (
    NOT_RECORDED,
    active_suppressions,
    consents_found,
    judged_contacts,
    last_before,
    left_join_key,
)
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, text
from privacykit.checks.registry import Check, Need

# The EU member states and the other EEA states (Iceland, Liechtenstein, Norway), ISO alpha-2.
EU_EEA = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
)  # fmt: skip
UK = ("GB",)
EXPRESS = ("express", "express_written")


def _in_countries(ctx: CheckContext, t: ir.Table, countries: tuple[str, ...]) -> ir.Table:
    """Keep rows of customers in ``countries`` (first, so that later joins see few rows)."""
    c = ctx.table("customers")
    c = c.filter(c.country.isin(countries)).select(_cid=c.customer_id, _country=c.country)
    c = c.distinct()
    return t.join(c, t.customer_id == c._cid).drop("_cid")


def _contacts_in(
    ctx: CheckContext, countries: tuple[str, ...], channels: tuple[str, ...] | None = None
) -> ir.Table:
    c = ctx.events("contacts", "sent_at")
    if channels is not None:
        c = c.filter(c.channel.isin(channels))
    return _in_countries(ctx, c, countries)


def without_consent(ctx: CheckContext) -> ir.Table:
    """E14: a marketing email or text to an EU/EEA or UK recipient without consent."""
    parts = [
        _without_consent(ctx, "GDPR-EMAIL-CONSENT", EU_EEA),
        _without_consent(ctx, "UK-PECR-EMAIL-SMS-CONSENT", UK),
    ]
    return parts[0].union(parts[1])


def _without_consent(ctx: CheckContext, rule_id: str, countries: tuple[str, ...]) -> ir.Table:
    c = _contacts_in(ctx, countries, ("email", "sms"))
    t = judged_contacts(ctx, ctx.versions(rule_id, []), c)
    t = t.anti_join(consents_found(ctx, t, EXPRESS), "key")
    t = left_join_key(t, consents_found(ctx, t, ("soft_opt_in",)))
    t = left_join_key(t, last_before(ctx, t, "transactions", "txn"))
    t = left_join_key(t, last_before(ctx, t, "inquiries", "inq"))
    k = ctx.table("campaigns")
    k = k.group_by(_kc=k.campaign_id).aggregate(_unsub=k.has_unsubscribe.all())
    t = t.left_join(k, t.campaign_id == k._kc).drop("_kc")
    soft = t.consent_id.notnull()
    had = t.txn_at.notnull() | t.inq_at.notnull()
    no_unsub = (t._unsub == False).fill_null(False)  # noqa: E712 - an Ibis comparison
    t = t.filter(~(soft & had & ~no_unsub))
    verdict = ibis.cases(
        (t.purpose_unknown, "warning"),
        (soft & no_unsub, "violation"),
        (had, "warning"),
        (soft, "warning"),
        else_="violation",
    )
    reading = ibis.cases(
        (soft & no_unsub, text("soft opt-in ", t.consent_id, ", but campaign ", t.campaign_id,
                               " offers no opt-out in the message")),
        (soft, text("soft opt-in ", t.consent_id, " recorded, but no sale or negotiation with "
                    "this person is on record (review)")),
        (had, "no consent; a soft opt-in from the person's purchase or inquiry may apply, but "
              "its conditions (opt-out offered at collection, similar products) are not on "
              "record (review)"),
        else_="no consent and no sale or negotiation with this person on record",
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    return contact_rows(
        t,
        verdict=verdict,
        reading=reading,
        consent_id=t.consent_id,
        basis_at=ibis.coalesce(t.txn_at, t.inq_at),
        detail=text("country ", t._country, "; last purchase ", t.txn_day, "; last inquiry ",
                    t.inq_day),
    )  # fmt: skip


def objection_not_honoured(ctx: CheckContext) -> ir.Table:
    """E15: direct marketing to an EU/EEA or UK person after their objection."""
    parts = [
        _after_objection(ctx, "GDPR-OBJECTION", EU_EEA),
        _after_objection(ctx, "UK-PECR-OBJECTION", UK),
    ]
    return parts[0].union(parts[1])


def _after_objection(ctx: CheckContext, rule_id: str, countries: tuple[str, ...]) -> ir.Table:
    v = ctx.versions(rule_id, ["technical_lag"])
    t = judged_contacts(ctx, v, _contacts_in(ctx, countries))
    t = t.join(active_suppressions(ctx, t), "key")
    t = t.filter(t.basis_at < t.event_at)  # an objection in the same second is not 'after'
    lag_end = t.basis_at + t.technical_lag.as_interval("h")
    late = t.event_at > lag_end
    verdict = ibis.ifelse(late & ~t.purpose_unknown, "violation", "warning")
    reading = ibis.ifelse(
        late,
        text("sent more than ", t.technical_lag, " hours after the objection"),
        text("sent within ", t.technical_lag, " hours of the objection: the law allows no grace "
             "period; the technical lag is the kit's unconfirmed allowance (review)"),
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    return contact_rows(
        t,
        verdict=verdict,
        reading=reading,
        basis_at=t.basis_at,
        deadline_at=lag_end,
        detail=text("objection ", t.optout_id, "; country ", t._country),
    )


CONTACTS = Need("contacts", ("sent_at", "channel"), events=True)
COUNTRIES = Need("customers", ("customer_id", "country"))
CHECKS = (
    Check(
        "E14",
        "Marketing email or text to an EU/EEA or UK recipient without consent",
        without_consent,
        judges=("GDPR-EMAIL-CONSENT", "UK-PECR-EMAIL-SMS-CONSENT"),
        needs=(CONTACTS, COUNTRIES),
    ),
    Check(
        "E15",
        "Direct marketing to an EU/EEA or UK person after an objection",
        objection_not_honoured,
        judges=("GDPR-OBJECTION", "UK-PECR-OBJECTION"),
        needs=(CONTACTS, COUNTRIES, Need("suppressions", ("received_at", "address"))),
    ),
)
