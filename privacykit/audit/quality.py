"""Data quality that affects verdicts, reported next to the findings.

Not a rule's finding but a reason a finding may be incomplete: contacts for customers the
data does not hold (judged by number or address only), written-consent records without
evidence, consents set aside at load (no capture time, unknown type), numbers that cannot be
placed in a time zone (their calls are reported, not judged), disclosures of unknown customers
or with no sale or sharing flag, and location events without an accuracy radius.
"""

from __future__ import annotations

from dataclasses import dataclass

import ibis.expr.types as ir

from privacykit.checks import places
from privacykit.checks.context import CheckContext

EXAMPLES = 3


@dataclass(frozen=True)
class DataIssue:
    """One kind of data problem, counted, with a few record ids and its effect on verdicts."""

    table: str
    problem: str
    effect: str
    count: int
    examples: tuple[str, ...] = ()


def data_issues(ctx: CheckContext, quarantined_consents: int = 0) -> tuple[DataIssue, ...]:
    """Return the data problems of the period's contacts and the consent history."""
    contacts = ctx.events("contacts", "sent_at")
    customers = ctx.table("customers").select(_cid=lambda t: t.customer_id).distinct()
    unknown = contacts.filter(contacts.customer_id.notnull()).anti_join(
        customers, contacts.customer_id == customers._cid
    )
    phones = contacts.filter(contacts.channel.isin(("call", "sms")))
    phones = phones.mutate(key=phones.contact_id)
    zones = places.candidate_zones(ctx, phones)
    unplaced = phones.anti_join(zones, "key")
    consents = ctx.history("consents", "granted_at")
    bare = consents.filter(
        consents.consent_type.isin(("express_written", "dnc_written_permission"))
        & (consents.evidence.isnull() | (consents.evidence.strip() == ""))
    )
    clicks = ctx.events("unsubscribe_events", "clicked_at")
    clicks = clicks.filter(clicks.status.isin(("failed", "expired")))
    emails = ctx.table("contacts").filter(lambda t: t.channel == "email")
    emails = emails.select(_k=emails.contact_id).distinct()
    lost_clicks = clicks.anti_join(emails, clicks.contact_id == emails._k)
    campaigns = ctx.table("campaigns")
    described = campaigns.filter(
        campaigns.has_unsubscribe.notnull() | campaigns.has_postal_address.notnull()
    ).select(_c=campaigns.campaign_id)
    promos = contacts.filter(
        (contacts.channel == "email")
        & ((contacts.purpose == "marketing") | contacts.purpose.isnull())
    )
    undescribed = promos.anti_join(described, promos.campaign_id == described._c)
    shares = ctx.events("sharing", "shared_at")
    orphan_shares = shares.filter(shares.customer_id.notnull()).anti_join(
        customers, shares.customer_id == customers._cid
    )
    unflagged = shares.filter(shares.is_sale.isnull() & shares.is_cross_context_sharing.isnull())
    located = ctx.events("location_events", "captured_at")
    vague = located.filter(located.accuracy_m.isnull())
    found = [
        _issue(
            lost_clicks, "event_id", "unsubscribe_events", "failed unsubscribe-link uses that "
            "name no email the data holds",
            "not judged by E2: the send time of the email is unknown",
        ),
        _issue(
            undescribed, "contact_id", "contacts", "marketing emails whose campaign has no "
            "content record (unsubscribe link, postal address)",
            "not judged by E4",
        ),
        _issue(
            unknown, "contact_id", "contacts", "contacts for customers the data does not hold",
            "judged by the number or address used; no address time zone, no business "
            "relationship or consent found through the customer",
        ),
        _issue(
            unplaced, "contact_id", "contacts", "calls and texts to numbers that cannot be "
            "placed in a time zone (no area code and no customer address)",
            "reported by T1 as warnings, not judged for calling hours",
        ),
        _issue(
            orphan_shares, "share_id", "sharing", "disclosures of customers the data does not "
            "hold", "no state or age: not judged under state privacy laws or minors' rules",
        ),
        _issue(
            unflagged, "share_id", "sharing", "disclosures that record neither whether they "
            "were a sale nor whether they were shared for advertising",
            "not judged as sales or sharing (a list rental still is)",
        ),
        _issue(
            vague, "event_id", "location_events", "location events without an accuracy "
            "radius", "judged as possibly precise: warnings, not violations",
        ),
        _issue(
            bare, "consent_id", "consents", "written consents without evidence",
            "reported by T9 under TSR-CONSENT-RECORDS; the consent still counts",
        ),
    ]  # fmt: skip
    if quarantined_consents:
        found.append(
            DataIssue(
                "consents",
                "consent rows set aside at load (no capture time, unknown type)",
                "these consents count for nothing: contacts that relied on them are flagged",
                quarantined_consents,
            )
        )
    return tuple(i for i in found if i is not None and i.count)


def _issue(t: ir.Table, id_col: str, table: str, problem: str, effect: str) -> DataIssue:
    # The ids are computed once (an anti-join over the period's contacts at worst), then
    # counted and sampled: not the whole query twice.
    found = t.select(id_col).cache()
    count = int(found.count().to_pyarrow().as_py())
    ids = found.order_by(id_col).limit(EXAMPLES).to_pyarrow().column(0).to_pylist()
    return DataIssue(table, problem, effect, count, tuple(str(i) for i in ids))
