"""Health privacy (HIPAA): P16 (marketing with PHI), P17 (sale of PHI).

P16: a marketing contact of a campaign that used protected health information needs the person's
HIPAA authorization (in force when sent, covering the contact's channel or all channels: one the
patient limited to texts does not authorize an email), unless it was a face-to-face
communication or a promotional gift of nominal value (the two exceptions, read from the
campaign; an exception not recorded is not assumed). When a third party pays for the campaign,
the authorization must state the remuneration: one that does not is a violation of that rule,
one that does not record it a warning.

P17: a disclosure of PHI that is a sale needs an authorization stating the remuneration, in
force when shared. A list rental is a sale whatever the sale flag says. A disclosure for public
health is an exception; one for research only when the payment covers the cost (the kit cannot
see it: a warning). Purposes are matched by whole words ('market research' is not research). A
disclosure not recorded as a sale or not is judged as one, at most a warning; a sale not
recorded as holding health information or not is judged too, at most a warning.

Pass rows are emitted only for near misses, to keep the volume down: a P16 contact whose
authorization was granted within 7 days before it (the exceptions are passes too, one per
contact of such a campaign, being few).
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import places
from privacykit.checks.common import (
    NOT_RECORDED,
    judged_contacts,
    left_join_key,
    person_records,
    with_person,
)
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, text
from privacykit.checks.registry import Check, Need
from privacykit.checks.subjects import share_rows

AUTHORIZATION = "hipaa_authorization"
REMUNERATION = "HIPAA-MARKETING-REMUNERATION-STATEMENT"
NEAR_MISS_DAYS = 7  # pass rows only for authorizations granted this close before the contact


def _flag(value: ir.BooleanValue) -> ir.BooleanValue:
    """Return True only where ``value`` is recorded true (null is unknown, not true)."""
    return value.fill_null(False)


def said(flag: ir.BooleanValue) -> ir.StringValue:
    """Return a flag in words: true, false or not recorded."""
    return ibis.ifelse(flag.isnull(), "not recorded", flag.cast(str))


def authorizations(ctx: CheckContext, t: ir.Table, *, by_channel: bool = False) -> ir.Table:
    """Return (key, consent_id, disclosed, granted_at): the HIPAA authorization at each event.

    An authorization counts when it names a record of the event's person or the address used,
    was granted before the event and not revoked by then, whatever its purpose. With
    ``by_channel`` (marketing contacts) it must cover the contact's channel or all channels:
    an authorization the patient limited to texts does not authorize an email (45 CFR
    164.508(a)(1): a use consistent with the authorization). Of several, the one stating the
    remuneration is preferred, then one that does not record it, then the earliest.
    """
    k = ctx.history("consents", "granted_at")
    k = k.filter(k.consent_type == AUTHORIZATION).select(
        _kch=k.channel,
        _kc=k.customer_id,
        _ka=k.address,
        _kg=k.granted_at,
        _kr=k.revoked_at,
        _kid=k.consent_id,
        _kd=k.remuneration_disclosed,
    )
    e = t.select("key", "person", "address", "event_at", _ech=t.channel if by_channel else None)
    recs = person_records(ctx, e)
    by_person = recs.join(k, recs._cid == k._kc).drop("_cid")
    by_person = by_person.select("key", *k.columns)
    by_address = e.join(k, e.address == k._ka).select("key", *k.columns)
    j = by_person.union(by_address).join(e, "key")
    j = j.drop(*[c for c in j.columns if c.endswith("_right")])
    j = j.filter(j._kg <= j.event_at, j._kr.isnull() | (j._kr > j.event_at))
    if by_channel:
        j = j.filter((j._kch == j._ech) | (j._kch == "all"))
    best = ibis.cases((_flag(j._kd), 0), (j._kd.isnull(), 1), else_=2)
    order = [best, j._kg, j._kid]
    j = j.mutate(_rank=ibis.row_number().over(group_by=j.key, order_by=order))
    j = j.filter(j._rank == 0)
    return j.select("key", consent_id=j._kid, disclosed=j._kd, granted_at=j._kg)


def _health_campaigns(ctx: CheckContext) -> ir.Table:
    """Return one row per campaign that used health data, with its exceptions and payer."""
    k = ctx.table("campaigns")
    k = k.group_by(_kcid=k.campaign_id).aggregate(
        _phi=k.uses_health_data.max(),
        _f2f=k.face_to_face.min(),  # an exception holds only if every row says so
        _gift=k.nominal_gift.min(),
        _paid=k.third_party_paid.max(),
    )
    return k.filter(_flag(k._phi)).drop("_phi")


def hipaa_marketing(ctx: CheckContext) -> ir.Table:
    """P16: marketing with PHI without an authorization, or without the remuneration statement."""
    v = ctx.versions("HIPAA-MARKETING-AUTHORIZATION", [])
    c = ctx.events("contacts", "sent_at")
    k = _health_campaigns(ctx)
    c = c.join(k, c.campaign_id == k._kcid).drop("_kcid")
    t = judged_contacts(ctx, v, c).cache()
    t = left_join_key(t, authorizations(ctx, t, by_channel=True))
    t = t.mutate(_near=t.granted_at >= t.event_at - ibis.interval(days=NEAR_MISS_DAYS))
    face, gift = _flag(t._f2f), _flag(t._gift)
    authorized = t.consent_id.notnull()
    cap = ibis.ifelse(t.purpose_unknown, "warning", "violation")
    reading = ibis.cases(
        (face, "face-to-face communication: no authorization needed"),
        (gift, "promotional gift of nominal value: no authorization needed"),
        (authorized, text("HIPAA authorization ", t.consent_id, " granted ",
                          t.granted_at.cast("date"), ", in force when sent")),
        else_="marketing built from protected health information without a HIPAA "
        "authorization in force",
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    detail = text("campaign ", t.campaign_id, "; face to face ", said(t._f2f), "; nominal gift ",
                  said(t._gift), "; third party paid ", said(t._paid))  # fmt: skip
    # Passes of authorized contacts only for near misses: on real volumes they are millions.
    rows = contact_rows(
        t.filter(face | gift | ~authorized | _flag(t._near)),
        verdict=ibis.ifelse(face | gift | authorized, "pass", cap),
        reading=reading,
        consent_id=t.consent_id,
        detail=detail,
    )
    return rows.union(_remuneration(ctx, t, detail))


def _remuneration(ctx: CheckContext, t: ir.Table, detail: ir.StringValue) -> ir.Table:
    """Rows of the remuneration rule: authorized contacts a third party paid for (or may have)."""
    t = t.mutate(_detail=detail)
    v = ctx.versions(REMUNERATION, [])
    v = v.select(_vc=v.channel, _vf=v.version_from, _vt=v.version_to)
    t = t.semi_join(v, [t.channel == v._vc, t.event_at >= v._vf, t.event_at < v._vt])
    paid, disclosed = _flag(t._paid), _flag(t.disclosed)
    t = t.filter(
        ~_flag(t._f2f) & ~_flag(t._gift) & t.consent_id.notnull() & (paid | t._paid.isnull())
    )
    t = t.filter(~disclosed | (paid & _flag(t._near)))  # passes only for near misses
    verdict = ibis.cases(
        (disclosed, "pass"),
        (paid & _flag(~t.disclosed) & ~t.purpose_unknown, "violation"),
        else_="warning",
    )
    reading = ibis.cases(
        (disclosed, text("a third party paid; authorization ", t.consent_id,
                         " states the remuneration")),
        (~paid, text("not recorded whether a third party paid for the campaign, and "
                     "authorization ", t.consent_id, " does not state remuneration (review)")),
        (t.disclosed.isnull(), text("a third party paid; authorization ", t.consent_id,
                                    " does not record whether it states the remuneration "
                                    "(review)")),
        else_=text("a third party paid, and authorization ", t.consent_id,
                   " does not state the remuneration"),
    )  # fmt: skip
    reading = ibis.ifelse(t.purpose_unknown, text(reading, "; ", NOT_RECORDED), reading)
    return contact_rows(
        t,
        rule_id=ibis.literal(REMUNERATION),
        verdict=verdict,
        reading=reading,
        consent_id=t.consent_id,
        detail=t._detail,
    )


def _words(value: ir.StringValue, pattern: str) -> ir.BooleanValue:
    """Return whether ``pattern`` occurs in ``value`` as whole words (spaces or underscores)."""
    return value.re_search(rf"(^|[^a-z0-9]){pattern}([^a-z0-9]|$)")


def sale_of_phi(ctx: CheckContext) -> ir.Table:
    """P17: a sale of PHI without an authorization stating the remuneration."""
    v = ctx.versions("HIPAA-SALE-OF-PHI", ["known_exceptions"], per_channel=False)
    s = ctx.events("sharing", "shared_at")
    rental = _flag(s.recipient_type.lower().strip() == "list_rental")
    sure_sale = rental | _flag(s.is_sale)
    health = s.includes_health_data
    s = s.filter((_flag(health) & (sure_sale | s.is_sale.isnull())) | (health.isnull() & sure_sale))
    s = s.mutate(key=s.share_id, event_at=s.shared_at, _rental=rental)
    v = v.drop("channel")
    s = s.join(v, [s.event_at >= v.version_from, s.event_at < v.version_to])
    s = with_person(ctx, s)
    t = places.company_day(ctx, s, "event_at", "c_day").cache()
    t = left_join_key(t, authorizations(ctx, t))
    purpose = t.purpose.lower().fill_null("")
    public = _words(purpose, "public[ _-]+health")
    research = _words(purpose, "research") & ~_words(purpose, "market(ing)?[ _-]+research")
    disclosed = _flag(t.disclosed)
    unknown_sale = t.is_sale.isnull() & ~t._rental
    unknown_health = t.includes_health_data.isnull()
    review = research | unknown_sale | unknown_health
    verdict = ibis.cases(
        (public | disclosed, "pass"),
        (review | (t.consent_id.notnull() & t.disclosed.isnull()), "warning"),
        else_="violation",
    )
    reading = ibis.cases(
        (public, "disclosed for public health: an exception to the ban on selling PHI"),
        (disclosed, text("authorization ", t.consent_id, " states the remuneration")),
        (research, "disclosed for research: an exception only if the payment covers no more "
                   "than the cost of preparing and sending the data (unconfirmed; review)"),
        (t.consent_id.isnull(), "protected health information sold without a HIPAA "
                                "authorization"),
        (t.disclosed.isnull(), text("authorization ", t.consent_id, " does not record whether "
                                    "it states the remuneration")),
        else_=text("authorization ", t.consent_id, " does not state the remuneration"),
    )  # fmt: skip
    rented = ibis.ifelse(t._rental & ~_flag(t.is_sale), " (a list rental: a sale whatever "
                         "the sale flag says)", "")  # fmt: skip
    reading = text("shared ", t.c_day, rented, ": ", reading)
    reading = ibis.ifelse(
        unknown_sale & ~public & ~disclosed,
        text(reading, "; not recorded whether a sale: judged as one (review)"),
        reading,
    )
    reading = ibis.ifelse(
        unknown_health & ~public & ~disclosed,
        text(reading, "; not recorded whether health information was included: judged as if "
             "it was (review)"),
        reading,
    )  # fmt: skip
    return share_rows(
        t,
        verdict=verdict,
        reading=reading,
        consent_id=t.consent_id,
        detail=text("recipient ", t.recipient, " (", t.recipient_type, "); purpose ",
                    t.purpose.fill_null("not recorded"), "; sale ", said(t.is_sale),
                    "; health information ", said(t.includes_health_data)),
    )  # fmt: skip


CHECKS = (
    Check(
        "P16",
        "HIPAA: marketing with protected health information without an authorization, or "
        "without the remuneration statement when a third party pays",
        hipaa_marketing,
        judges=("HIPAA-MARKETING-AUTHORIZATION", REMUNERATION),
        needs=(
            Need("contacts", ("sent_at",), events=True),
            Need("campaigns", ("uses_health_data",)),
        ),
    ),
    Check(
        "P17",
        "HIPAA: sale of protected health information without an authorization stating the "
        "remuneration",
        sale_of_phi,
        judges=("HIPAA-SALE-OF-PHI",),
        needs=(Need("sharing", ("shared_at", "includes_health_data"), events=True,
                    where="health shares"),),
    ),
)  # fmt: skip
