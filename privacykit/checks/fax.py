"""P23: fax advertising (the Junk Fax Prevention Act's rules in 47 CFR 64.1200(a)(4)).

An advertisement may be faxed with the recipient's prior permission, or inside a business
relationship (for faxes it has no 18- or 3-month limit; the kit cannot see whether the number
was given voluntarily, so that condition stays the company's to show). An unsolicited fax must
carry the opt-out notice on its first page; the notice on solicited faxes was vacated in 2017
(an unconfirmed fact: such faxes are warnings). An opt-out must be honoured within 30 days.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

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

PERMISSION = ("express", "express_written", "dnc_written_permission")


def _faxes(ctx: CheckContext, rule_id: str, params: list[str]) -> ir.Table:
    c = ctx.events("contacts", "sent_at")
    return judged_contacts(ctx, ctx.versions(rule_id, params), c.filter(c.channel == "fax"))


def fax_ads(ctx: CheckContext) -> ir.Table:
    """P23: fax ads without permission or relationship, without notice, or after an opt-out."""
    t = _faxes(ctx, "FAX-UNSOLICITED-ADS", [])
    t = left_join_key(t, consents_found(ctx, t, PERMISSION))
    t = left_join_key(t, last_before(ctx, t, "transactions", "txn"))
    t = left_join_key(t, last_before(ctx, t, "inquiries", "inq"))
    k = ctx.table("campaigns")
    k = k.group_by(_kc=k.campaign_id).aggregate(
        _notice=k.has_fax_optout_notice.min(), _rows=k.has_fax_optout_notice.count()
    )
    t = t.left_join(k, t.campaign_id == k._kc).drop("_kc")
    permitted = t.consent_id.notnull()
    related = t.txn_at.notnull() | t.inq_at.notnull()
    no_notice = (t._notice == False).fill_null(False)  # noqa: E712 - an Ibis comparison
    t = t.mutate(_permitted=permitted, _related=related, _no_notice=no_notice)
    cap = ibis.ifelse(t.purpose_unknown, "warning", "violation")
    detail = text("permission ", t.consent_id.fill_null("none"), "; last purchase ",
                  t.txn_day, "; last inquiry ", t.inq_day, "; campaign ",
                  t.campaign_id.fill_null("not recorded"))  # fmt: skip
    parts = []
    u = t.filter(~t._permitted & ~t._related)
    parts.append(_rows(u, "FAX-UNSOLICITED-ADS", cap,
                       "fax advertisement without prior permission or a business relationship",
                       detail))  # fmt: skip
    n = t.filter(~t._permitted & t._no_notice)
    parts.append(_rows(n, "FAX-OPTOUT-NOTICE", cap,
                       "unsolicited fax advertisement without the opt-out notice on its first "
                       "page", detail))  # fmt: skip
    s = t.filter(t._permitted & t._no_notice)
    parts.append(_rows(s, "FAX-SOLICITED-OPTOUT", ibis.literal("warning"),
                       "solicited fax without the opt-out notice: the requirement for solicited "
                       "faxes was vacated in 2017 (unconfirmed; review)", detail))  # fmt: skip
    out = parts[0]
    for p in parts[1:]:
        out = out.union(p)
    return out.union(_after_optout(ctx))


def _rows(
    t: ir.Table, rule_id: str, verdict: ir.StringValue, base: str, detail: ir.StringValue
) -> ir.Table:
    reading = ibis.ifelse(t.purpose_unknown, text(base, "; ", NOT_RECORDED), ibis.literal(base))
    return contact_rows(
        t,
        rule_id=ibis.literal(rule_id),
        verdict=verdict,
        reading=reading,
        consent_id=t.consent_id,
        detail=detail,
    )


def _after_optout(ctx: CheckContext) -> ir.Table:
    v = ctx.versions("FAX-OPTOUT-HONOR", ["honor_within"])
    c = ctx.events("contacts", "sent_at")
    t = judged_contacts(ctx, v, c.filter(c.channel == "fax"))
    t = t.join(active_suppressions(ctx, t), "key")
    t = judge_deadline(ctx, t, "honor_within", v)
    return contact_rows(
        t,
        verdict=t.verdict,
        reading=t.reading,
        basis_at=t.basis_at,
        deadline_at=t.deadline_at,
        detail=text("fax opt-out ", t.optout_id),
    )


CHECKS = (
    Check(
        "P23",
        "Fax advertisement without permission, without the opt-out notice, or after an opt-out",
        fax_ads,
        judges=(
            "FAX-UNSOLICITED-ADS",
            "FAX-OPTOUT-NOTICE",
            "FAX-SOLICITED-OPTOUT",
            "FAX-OPTOUT-HONOR",
        ),
        needs=(Need("contacts", ("sent_at", "to_phone"), events=True, where="fax"),),
    ),
)
