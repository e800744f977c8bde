"""T9: prior express written consent for automated marketing calls and marketing texts.

Judged under three rules: the TCPA (wireless numbers), the state laws that require written
consent for automated calls to their residents whatever the line (Florida, Oklahoma,
Maryland), and the TSR's consent records (a consent without evidence of what was shown).
A predictive dialer or an unrecorded dialer type, an unknown line type, or an unrecorded
purpose make a warning: the reading that would clear the call cannot be confirmed.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from privacykit.checks import hours, places
from privacykit.checks.common import NOT_RECORDED, consents_found, judged_contacts, left_join_key
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, text
from privacykit.checks.registry import Check, Need

AUTOMATED = ("autodialer", "prerecorded", "artificial_voice")
UNSURE_DIALERS = ("predictive",)


def _automated(ctx: CheckContext, rule_id: str, params: list[str]) -> ir.Table:
    """Judged contacts that need written consent, with line type and the consent found."""
    t = judged_contacts(ctx, ctx.versions(rule_id, params))
    sure = (t.channel == "sms") | t.dialer_type.isin(AUTOMATED).fill_null(False)
    unsure = (t.channel == "call") & (
        t.dialer_type.isin(UNSURE_DIALERS).fill_null(False) | t.dialer_type.isnull()
    )
    t = t.filter(sure | unsure).mutate(dialer_unsure=~sure)
    return _with_line_and_consent(ctx, t)


def _with_line_and_consent(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Add ``line`` (the number's line type when the customers agree on one) and the consent."""
    lines = ctx.shared("phone_lines", lambda: _phone_lines(ctx))
    t = t.left_join(lines, t.address == lines._ph).drop("_ph")
    known = t.line.isin(("wireless", "landline", "voip")).fill_null(False)
    t = t.mutate(line=ibis.ifelse((t.lines > 1) | ~known, ibis.null(str), t.line))
    found = consents_found(ctx, t, ("express_written",), same_seller=True)
    return left_join_key(t, found)


def _phone_lines(ctx: CheckContext) -> ir.Table:
    """Return (_ph, line, lines): each number's line type and how many the customers give."""
    c = ctx.table("customers")
    return (
        c.filter(c.phone.notnull())
        .group_by(_ph=c.phone)
        .aggregate(line=c.phone_line_type.max(), lines=c.phone_line_type.nunique())
    )


def _reading(t: ir.Table, base: ir.StringValue) -> ir.StringValue:
    r = ibis.ifelse(
        t.dialer_unsure,
        text(base, "; dialer ", t.dialer_type.fill_null("not recorded"),
             ": an autodialer under some readings (review)"),
        base,
    )  # fmt: skip
    return ibis.ifelse(t.purpose_unknown, text(r, "; ", NOT_RECORDED), r)


def automated_without_consent(ctx: CheckContext) -> ir.Table:
    """T9: an automated marketing call or a marketing text without written consent."""
    return _tcpa(ctx).union(_states(ctx)).union(_records(ctx))


def _tcpa(ctx: CheckContext) -> ir.Table:
    t = _automated(ctx, "TCPA-PEWC", [])
    t = t.filter(t.consent_id.isnull() & (t.line.isnull() | t.line.isin(("wireless", "voip"))))
    unsure = t.dialer_unsure | t.purpose_unknown | ~t.line.isin(("wireless",)).fill_null(False)
    base = ibis.ifelse(
        t.line == "wireless",
        "no prior express written consent for this number and seller (wireless line)",
        text("no prior express written consent; line type ", t.line.fill_null("unknown"),
             ": wireless under some readings (review)"),
    )  # fmt: skip
    return _rows(t, ibis.ifelse(unsure, "warning", "violation"), _reading(t, base))


def _states(ctx: CheckContext) -> ir.Table:
    t = _automated(ctx, "STATE-AUTOMATED-CONSENT", ["states"])
    c = places.customer_places(ctx)
    c = c.filter(c.country == "US").select(_cid=c.customer_id, _state=c.state)
    t = t.join(c, t.customer_id == c._cid).drop("_cid")
    listed = text(";", t.states, ";").contains(text(";", t._state, ";"))
    t = t.filter(listed & t.consent_id.isnull())
    base = text("automated call or text to a ", t._state, " resident without written consent")
    # These states reach any automated dialing system, predictive dialers included; only an
    # unrecorded dialer type leaves the call's kind open.
    t = t.mutate(dialer_unsure=(t.channel == "call") & t.dialer_type.isnull())
    unsure = t.dialer_unsure | t.purpose_unknown
    return _rows(t, ibis.ifelse(unsure, "warning", "violation"), _reading(t, base))


def _records(ctx: CheckContext) -> ir.Table:
    t = _automated(ctx, "TSR-CONSENT-RECORDS", [])
    t = t.filter(t.consent_id.notnull() & (t.evidence.isnull() | (t.evidence.strip() == "")))
    base = text("consent ", t.consent_id, " has no evidence of the request as shown (review)")
    return _rows(t, ibis.literal("warning"), _reading(t, base))


def _rows(t: ir.Table, verdict: ir.StringValue, reading: ir.StringValue) -> ir.Table:
    return contact_rows(
        t,
        verdict=verdict,
        reading=reading,
        consent_id=t.consent_id,
        detail=text("dialer ", t.dialer_type, "; line ", t.line),
    )


PRERECORDED = ("prerecorded", "artificial_voice")


def prerecorded_without_consent(ctx: CheckContext) -> ir.Table:
    """T10: a prerecorded or artificial-voice marketing call without written consent.

    The TCPA reaches residential (landline) numbers here (T9 judges wireless ones); the TSR
    reaches every telemarketing call with a prerecorded message, whatever the line.
    """
    out = []
    for rule_id, landline_only in (
        ("TCPA-PRERECORDED-RESIDENTIAL", True),
        ("TSR-PRERECORDED", False),
    ):
        c = ctx.events("contacts", "sent_at")
        c = c.filter((c.channel == "call") & c.dialer_type.isin(PRERECORDED).fill_null(False))
        t = judged_contacts(ctx, ctx.versions(rule_id, []), c)
        t = _with_line_and_consent(ctx, t.mutate(dialer_unsure=ibis.literal(False)))
        t = t.filter(t.consent_id.isnull())
        if landline_only:
            t = t.filter(t.line == "landline")
            base = text("no prior express written consent for a ", t.dialer_type,
                        " message to a residential line")  # fmt: skip
        else:
            base = text("no written agreement to receive ", t.dialer_type,
                        " telemarketing messages from this seller")  # fmt: skip
        verdict = ibis.ifelse(t.purpose_unknown, "warning", "violation")
        out.append(_rows(t, verdict, _reading(t, base)))
    return out[0].union(out[1])


CHECKS = (
    Check(
        "T10",
        "Prerecorded or artificial-voice marketing call without written consent",
        prerecorded_without_consent,
        judges=("TCPA-PRERECORDED-RESIDENTIAL", "TSR-PRERECORDED"),
        needs=(hours.CALLS, Need("contacts", ("dialer_type",), events=True, where="call")),
    ),
    Check(
        "T9",
        "Automated marketing call or marketing text without prior express written consent",
        automated_without_consent,
        judges=("TCPA-PEWC", "STATE-AUTOMATED-CONSENT", "TSR-CONSENT-RECORDS"),
        needs=(hours.CALLS, Need("consents", ("consent_type", "granted_at"))),
    ),
)
