"""Children's and teens' data: P3 (CCPA opt-in), P8 (state teen rules), P18 (COPPA).

P3 and P8 judge sales and cross-context sharing (``sharing`` rows with ``is_sale`` or
``is_cross_context_sharing`` true; one flag empty and the other false is judged as a sale, at
most a warning; both empty is no sale); P8 also judges messages of campaigns flagged as targeted
advertising. P3's first version (to 2022-12-31) covers sales only: the CPRA added sharing from
2023-01-01, so before then a share that is no sale is not judged and an empty ``is_sale`` is
'not recorded whether a sale'. Each event is judged by the rule version in force on its date and
by the consumer's age that day in the company's time zone
(:func:`privacykit.checks.subjects.with_customer`): with only a declared age the birthday is
unknown, the age is one of two values, and a verdict that rests on which is a warning. In a
rule's age range an opt-in is needed: the consumer's own (``teen_opt_in``) from 13, a parent's
(``parental``) under 13, for channel ``sale_share`` or ``all``, granted by the event and not
revoked; a parent's consent for a teen is reviewed (the laws ask for the teen's). Where a
version says consent does not permit it (Connecticut 13-17 from 2026-07-01, Oregon under 16 from
2026-01-01, Maryland under 18) every event in the range is a violation; under Maryland's 'knew
or should have known' a customer flagged ``is_known_minor`` with no recorded age is under 18.
Oregon's sales (``is_sale`` true, or empty but for a service provider, and list rentals) are
P11's to judge under every version; P8 judges Oregon's other events: sharing that is no sale and
targeted-advertising messages.

P18 judges COPPA: (a) a child's record (under 13 on its creation date) collected in the period
by a child-directed service without a parent's consent recorded by then; (b) a child's data
disclosed to anyone but a service provider without the parent's separate consent to disclosure;
(c) judged once, at the end of the period (or ``as_of`` if earlier): a child's record held with
no written retention policy for children's data, or past that policy's deadline; a deadline
that passed before the rule or the period began is dated the first day judged (the row keeps
the real one in ``deadline_at``). In (a) and (c) a record not flagged child-directed (empty, or
a general-audience service that knew the age) is a warning at most. (b) and (c) apply from the
2026-04-22 compliance date (the rules' first versions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir

from privacykit.checks import days, places
from privacykit.checks.common import left_join_key, with_person
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import finish, text
from privacykit.checks.registry import Check, Need
from privacykit.checks.subjects import consents_in_force, sold, under, with_customer

CCPA = "CCPA-MINORS-OPTIN"
TEEN_RULES = (
    "STATE-PRIVACY-CT-TEENS",
    "STATE-PRIVACY-MD-MINORS",
    "STATE-PRIVACY-NJ-TEENS",
    "STATE-PRIVACY-NH-TEENS",
    "STATE-PRIVACY-OR-TEENS",
)
SALES_JUDGED_BY_P11 = "STATE-PRIVACY-OR-TEENS"  # its sales, in every version, are P11's rows
SHARING_FROM = dt.date(2023, 1, 1)  # CCPA-MINORS-OPTIN covers sharing from the CPRA (its notes)
VPC = "COPPA-VPC-BEFORE-COLLECTION"
DISCLOSURE = "COPPA-THIRD-PARTY-DISCLOSURE-CONSENT"
RETENTION = "COPPA-DATA-RETENTION"
CHILD_AGE = 13  # under it a parent opts in for the child (the state teen rules)
ADULT_AGE = 18  # a known minor is under it
OPT_IN_CHANNELS = ("sale_share", "all")
CHILD_CATEGORIES = ("child", "children")
UNCERTAIN = "; age uncertain: birthday not recorded"
UNKNOWN_SALE = ("not recorded whether a sale or cross-context sharing (one flag empty, the other "
                "false)")  # fmt: skip
V, W, P = "violation", "warning", "pass"


# ------------------------------------------------------------------------------------------
# Events, their subjects and the consents in force
# ------------------------------------------------------------------------------------------


def _sales(ctx: CheckContext) -> ir.Table:
    """Return the period's sales and cross-context sharing as events (sale_unknown flagged).

    ``is_sold``: ``is_sale`` true; ``sale_empty``: ``is_sale`` empty; ``p11_sale``: a sale as
    P11 counts it (:func:`privacykit.checks.subjects.sold`).
    """
    s = ctx.events("sharing", "shared_at")
    sale, ccs = s.is_sale.fill_null(False), s.is_cross_context_sharing.fill_null(False)
    s = s.filter(sale | ccs | (s.is_sale.isnull() != s.is_cross_context_sharing.isnull()))
    how = ibis.cases((sale, "sold"), (ccs, "shared for cross-context advertising"),
                     else_="disclosed")  # fmt: skip
    return s.select(
        key=text("sharing:", s.share_id), record_table=ibis.literal("sharing"),
        record_id=s.share_id, customer_id=s.customer_id, channel=ibis.literal("data-sharing"),
        address=s.address, event_at=s.shared_at, is_sold=sale, sale_empty=s.is_sale.isnull(),
        p11_sale=sold(s), sale_unknown=~(sale | ccs),
        unknown_words=ibis.literal(UNKNOWN_SALE),
        what=text(how, " to ", s.recipient, " (", s.recipient_type, ")"),
    )  # fmt: skip


def _targeted_ads(ctx: CheckContext) -> ir.Table:
    """Return the period's messages of campaigns flagged as targeted advertising."""
    c = ctx.events("contacts", "sent_at")
    c = c.filter(c.purpose.isnull() | (c.purpose != "informational"))
    k = ctx.table("campaigns")
    k = k.group_by(_kc=k.campaign_id).aggregate(_ta=k.is_targeted_advertising.any())
    k = k.filter(k._ta)
    c = c.join(k, c.campaign_id == k._kc)
    phone = c.channel.isin(("call", "sms", "fax"))
    return c.select(
        key=text("contacts:", c.contact_id), record_table=ibis.literal("contacts"),
        record_id=c.contact_id, customer_id=c.customer_id, channel=c.channel,
        address=ibis.ifelse(phone, c.to_phone, c.to_email), event_at=c.sent_at,
        is_sold=ibis.literal(False), sale_empty=ibis.literal(False),
        p11_sale=ibis.literal(False), sale_unknown=ibis.literal(False),
        unknown_words=ibis.literal(UNKNOWN_SALE),
        what=text(c.channel, " message of targeted-advertising campaign ", c.campaign_id),
    )  # fmt: skip


def _subjects(
    ctx: CheckContext, e: ir.Table, v: ir.Table, states: tuple[str, ...] | None = None
) -> ir.Table:
    """Join events to the version in force (of the customer's state); add person, age, day.

    Only customers with a birth date, a declared age or the known-minor flag can be judged;
    given ``states``, only customers of those states (``v`` then has ``_state``).
    """
    c = ctx.table("customers")
    c = c.filter(c.birth_date.notnull() | c.age.notnull() | c.is_known_minor.fill_null(False))
    if states is not None:
        c = c.filter(c.state.isin(states))
    c = c.select(_sc=c.customer_id, _st=c.state)
    j = e.join(c, e.customer_id == c._sc).drop("_sc")
    on = [j.event_at >= v.version_from, j.event_at < v.version_to]
    if states is not None:
        on.append(j._st == v._state)
    j = with_customer(ctx, with_person(ctx, j.join(v, on).drop("_st")))
    return places.company_day(ctx, j, "event_at", "c_day")


def _consents(
    ctx: CheckContext,
    t: ir.Table,
    wanted: Mapping[str, tuple[str, ...]],
    channels: tuple[str, ...] | None = None,
) -> ir.Table:
    """Return (key, one column per name of ``wanted``): a consent of those types in force.

    A consent counts when any record of the event's person holds it, it was granted at or
    before the event and not revoked by then (and, given ``channels``, covers one of them).
    """
    j = consents_in_force(ctx, t, [ty for tys in wanted.values() for ty in tys], channels)
    return j.group_by("key").aggregate(
        **{name: j.consent_id.min(where=j.consent_type.isin(tys)) for name, tys in wanted.items()}
    )


def _age_words(t: ir.Table, lo: ir.IntegerValue, hi: ir.IntegerValue) -> ir.StringValue:
    """Say the age on the event's day and what it rests on."""
    return ibis.cases(
        (t.age_basis == "birth date", text("aged ", lo, " that day (birth date)")),
        (t.age_min.notnull() & (lo == hi), text("aged ", lo, " that day (declared age)")),
        (t.age_min.notnull(),
         text("aged ", lo, " or ", hi, " that day (declared age; birthday not recorded)")),
        else_=ibis.literal("age not recorded, but the company knows or should know the "
                           "consumer is a minor (is_known_minor)"),
    )  # fmt: skip


# ------------------------------------------------------------------------------------------
# P3 and P8: an opt-in, or a ban whatever the consent
# ------------------------------------------------------------------------------------------


def _code(t: ir.Table, a: ir.IntegerValue) -> ir.IntegerValue:
    """Judge one possible age ``a``: 0 lawful or out of range, 1 a parent's consent for a
    teen (review), 2 no teen opt-in, 3 no parent's consent for a child, 4 banned."""
    in_range = (a >= t.age_from) & (a < t.age_under)
    child = a < t.child_under
    return ibis.cases(
        (~in_range | a.isnull(), 0),
        (~t.consent_permits, 4),
        (child & t.parent_id.notnull(), 0),
        (child, 3),
        (t.teen_id.notnull(), 0),
        (t.parent_id.notnull(), 1),
        else_=2,
    )


def judge_minors(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Judge events of minors by the opt-in or ban of the version in force; return evidence.

    ``t`` holds events with their subjects and the version's age_from, age_under (exclusive),
    child_under, consent_permits, known_minor_counts and rule_words (the rule in words). The
    lower and the higher possible age are each judged; when they differ and only one is a
    violation, the row is a warning.
    """
    known = t.age_min.isnull() & t.is_known_minor.fill_null(False) & t.known_minor_counts
    t = t.mutate(_lo=ibis.ifelse(known, t.age_from, t.age_min),
                 _hi=ibis.ifelse(known, ADULT_AGE - 1, t.age_max))  # fmt: skip
    lo_in = (t._lo >= t.age_from) & (t._lo < t.age_under)
    hi_in = (t._hi >= t.age_from) & (t._hi < t.age_under)
    t = t.filter((lo_in | hi_in).fill_null(False))
    found = {"teen_id": ("teen_opt_in",), "parent_id": ("parental",)}
    t = left_join_key(t, _consents(ctx, t, found, OPT_IN_CHANNELS))
    lo, hi = _code(t, t._lo), _code(t, t._hi)
    t = t.mutate(_worst=ibis.greatest(lo, hi), _best=ibis.least(lo, hi))
    verdict = ibis.cases((t._worst == 0, P), (t._worst == 1, W),
                         ((t._best >= 2) & ~t.sale_unknown, V), else_=W)  # fmt: skip
    on_file = text("the consumer's opt-in ", t.teen_id.fill_null("none"), ", a parent's consent ",
                   t.parent_id.fill_null("none"))  # fmt: skip
    any_consent = t.teen_id.notnull() | t.parent_id.notnull()
    why = ibis.cases(
        (t._worst == 0, text("consent in force (", on_file, ")")),
        (t._worst == 1, text("only a parent's consent (", t.parent_id, ") is on file, not the "
                             "consumer's own opt-in (review)")),
        (t._worst == 4, ibis.ifelse(any_consent, text("consent does not permit it (", on_file,
                                                      " on file)"),
                                    ibis.literal("consent does not permit it"))),
        ((t._worst == 3) & (t._best == 2),
         ibis.literal("no opt-in in force (a parent's under 13, the consumer's own from 13)")),
        (t._worst == 3, ibis.literal("no parent's consent (parental, channel sale_share or all) "
                                     "in force for a child under 13")),
        else_=ibis.literal("no opt-in by the consumer (teen_opt_in, channel sale_share or all) "
                           "in force"),
    )  # fmt: skip
    reading = text(t.what, " on ", t.c_day, ": consumer in ", t.state, ", ",
                   _age_words(t, t._lo, t._hi), "; ", t.rule_words, "; ", why)  # fmt: skip
    uncertain = (t._worst >= 2) & (t._best < 2)
    reading = ibis.ifelse(uncertain, text(reading, UNCERTAIN), reading)
    reading = ibis.ifelse(
        t.sale_unknown & (t._worst >= 2),
        text(reading, "; ", t.unknown_words, ": judged as one, at most a warning"),
        reading,
    )  # fmt: skip
    return finish(
        t, rule_id=t.rule_id, record_table=t.record_table, record_id=t.record_id,
        customer_id=t.customer_id, channel=t.channel, address=t.address, event_at=t.event_at,
        verdict=verdict, reading=reading, consent_id=t.teen_id.fill_null(t.parent_id),
        detail=text("possible ages that day ", t._lo, "-", t._hi, " (", t.age_basis,
                    "); rule version from ", t.version_from.date()),
    )  # fmt: skip


def _state_of(ctx: CheckContext, rule_id: str) -> str:
    """Return the US state code of a one-state rule ('US-CT' -> 'CT')."""
    return ctx.rulebook.versions(rule_id)[-1].jurisdictions[0].removeprefix("US-")


def minors_ccpa(ctx: CheckContext) -> ir.Table:
    """P3: a California consumer under 16 sold or shared without the opt-in required."""
    state = _state_of(ctx, CCPA)
    v = ctx.versions(CCPA, ["optin_below_age", "parent_consent_below_age"], per_channel=False)
    v = v.select(
        "rule_id", "version_from", "version_to", age_from=ibis.literal(0),
        age_under=v.optin_below_age, child_under=v.parent_consent_below_age,
        consent_permits=ibis.literal(True), known_minor_counts=ibis.literal(False),
        _state=ibis.literal(state),
        _sales_only=v.version_from < ibis.literal(ctx.utc_midnight(SHARING_FROM)),
    )  # fmt: skip
    t = _subjects(ctx, _sales(ctx), v, (state,))
    # Before the CPRA only a sale needs the opt-in: a share that is surely no sale is not judged.
    t = t.filter(~t._sales_only | t.is_sold | t.sale_empty)
    t = t.mutate(
        sale_unknown=ibis.ifelse(t._sales_only, ~t.is_sold, t.sale_unknown),
        unknown_words=ibis.ifelse(
            t._sales_only,
            ibis.literal(f"not recorded whether a sale (is_sale empty; before {SHARING_FROM} "
                         "only a sale needs the opt-in)"),
            t.unknown_words,
        ),
    )  # fmt: skip
    what = ibis.ifelse(t._sales_only, ibis.literal(f"a sale (sharing only from {SHARING_FROM})"),
                       ibis.literal("a sale or sharing"))  # fmt: skip
    words = text("under ", t.age_under, " ", what, " needs an opt-in (a parent's under ",
                 t.child_under, ", the consumer's own from ", t.child_under, ")")  # fmt: skip
    return judge_minors(ctx, t.mutate(rule_words=words))


def _teen_versions(ctx: CheckContext, rule_id: str) -> ir.Table:
    """Return one state rule's versions with age_from (default 0) and the knowledge standard."""
    have = {p for r in ctx.rulebook.versions(rule_id) for p in r.parameters}
    params = [p for p in ("age_from", "age_under", "consent_permits", "knowledge_standard")
              if p in have]  # fmt: skip
    v = ctx.versions(rule_id, params, per_channel=False)
    age_from = v.age_from.fill_null(0) if "age_from" in have else ibis.literal(0)
    should = (
        v.knowledge_standard.lower().contains("should have known").fill_null(False)
        if "knowledge_standard" in have
        else ibis.literal(False)
    )
    permits = v.consent_permits.fill_null(True)
    return v.select(
        "rule_id", "version_from", "version_to", age_from=age_from.cast("int64"),
        age_under=v.age_under.cast("int64"), child_under=ibis.literal(CHILD_AGE, "int64"),
        consent_permits=permits, known_minor_counts=should,
        _state=ibis.literal(_state_of(ctx, rule_id)),
        _sales_elsewhere=ibis.literal(rule_id == SALES_JUDGED_BY_P11),
    )  # fmt: skip


def minors_states(ctx: CheckContext) -> ir.Table:
    """P8: a state's teen sold or targeted without the consent its rule asks, or at all."""
    parts = [_teen_versions(ctx, r) for r in TEEN_RULES]
    v = parts[0]
    for p in parts[1:]:
        v = v.union(p)
    states = tuple(_state_of(ctx, r) for r in TEEN_RULES)
    t = _subjects(ctx, _sales(ctx).union(_targeted_ads(ctx)), v, states)
    t = t.filter(~(t._sales_elsewhere & t.p11_sale))
    ages = ibis.ifelse(t.age_from == 0, text("under ", t.age_under),
                       text("aged ", t.age_from, " to ", t.age_under - 1))  # fmt: skip
    how = ibis.ifelse(t.consent_permits, " may be sold or targeted only with their opt-in",
                      " may not be sold or targeted, even with consent")  # fmt: skip
    words = text("in ", t.state, " consumers ", ages, how)
    return judge_minors(ctx, t.mutate(rule_words=words))


# ------------------------------------------------------------------------------------------
# P18: COPPA
# ------------------------------------------------------------------------------------------


def _child_records(ctx: CheckContext, c: ir.Table) -> ir.Table:
    """Return customer records (rows of ``c``) of children under 13 on their creation date."""
    c = c.filter(c.birth_date.notnull() | c.age.notnull())
    c = c.select(key=c.customer_id, customer_id=c.customer_id, event_at=c.created_at,
                 source=c.source.fill_null("not recorded"), cds=c.is_child_directed_source,
                 closed_at=c.closed_at, deleted_at=c.deleted_at)  # fmt: skip
    v = ctx.versions(VPC, ["child_age_under"], per_channel=False)
    t = _subjects(ctx, c, v.select("rule_id", "version_from", "version_to", "child_age_under"))
    surely, maybe = under(t, t.child_age_under)
    t = t.filter(surely | maybe)
    return t.mutate(_maybe=maybe, _age=_age_words(t, t.age_min, t.age_max))


def _not_child_directed(t: ir.Table) -> ir.StringValue:
    """Say why a child's record not flagged child-directed is judged (a warning at most)."""
    return ibis.ifelse(
        t.cds.isnull(),
        ibis.literal("not recorded whether the service that collected it is child-directed "
                     "(is_child_directed_source empty; review)"),
        ibis.literal("collected by a general-audience service that knew the age: actual "
                     "knowledge on a general-audience service: COPPA applies"),
    )  # fmt: skip


def coppa_collection(ctx: CheckContext) -> ir.Table:
    """P18 (a): a child's record collected before a parent's consent."""
    t = _child_records(ctx, ctx.events("customers", "created_at"))
    t = left_join_key(t, _consents(ctx, t, {"parent_id": ("parental",)}))
    ok = t.parent_id.notnull()
    verdict = ibis.cases((ok, P), (t.cds.fill_null(False) & ~t._maybe, V), else_=W)
    service = ibis.ifelse(t.cds.fill_null(False),
                          ibis.literal("collected by a child-directed service"),
                          _not_child_directed(t))  # fmt: skip
    why = ibis.ifelse(ok, text("a parent's consent ", t.parent_id, " was recorded by then"),
                      ibis.literal("no parent's consent (parental) recorded by then"))  # fmt: skip
    reading = text("record created ", t.c_day, " (source ", t.source, "): a child ", t._age,
                   ", under ", t.child_age_under, "; ", service, "; ", why)  # fmt: skip
    reading = ibis.ifelse(t._maybe & ~ok, text(reading, UNCERTAIN), reading)
    return finish(t, rule_id=t.rule_id, record_table="customers", record_id=t.key,
                  customer_id=t.customer_id, event_at=t.event_at, verdict=verdict,
                  reading=reading, consent_id=t.parent_id)  # fmt: skip


def coppa_disclosure(ctx: CheckContext) -> ir.Table:
    """P18 (b): a child's data disclosed to a third party without the parent's separate consent."""
    s = ctx.events("sharing", "shared_at")
    s = s.select(key=s.share_id, customer_id=s.customer_id, address=s.address,
                 event_at=s.shared_at, recipient=s.recipient, rtype=s.recipient_type)  # fmt: skip
    params = ["child_age_under", "integral_to_service_exempt"]
    v = ctx.versions(DISCLOSURE, params, per_channel=False)
    t = _subjects(ctx, s, v.select("rule_id", "version_from", "version_to", *params))
    exempt = t.integral_to_service_exempt.fill_null(True) & (t.rtype == "service_provider")
    t = t.filter(~exempt.fill_null(False))
    surely, maybe = under(t, t.child_age_under)
    t = t.filter(surely | maybe).mutate(_maybe=maybe)
    wanted = {"tp_id": ("third_party_disclosure_parental",), "parent_id": ("parental",)}
    t = left_join_key(t, _consents(ctx, t, wanted))
    ok = t.tp_id.notnull()
    verdict = ibis.cases((ok, P), (t._maybe | t.rtype.isnull(), W), else_=V)
    why = ibis.cases(
        (ok, text("the parent's consent to disclosure ", t.tp_id, " was in force")),
        (t.parent_id.notnull(),
         text("no consent to disclosure (third_party_disclosure_parental) in force; the "
              "parent's consent to collection (", t.parent_id, ") does not cover it")),
        else_=ibis.literal("no consent to disclosure (third_party_disclosure_parental) in force"),
    )  # fmt: skip
    reading = text("shared ", t.c_day, " with ", t.recipient, " (",
                   t.rtype.fill_null("recipient type not recorded"), "): a child ",
                   _age_words(t, t.age_min, t.age_max), ", under ", t.child_age_under,
                   "; disclosing it to a third party needs the parent's separate consent; ",
                   why)  # fmt: skip
    reading = ibis.ifelse(t._maybe & ~ok, text(reading, UNCERTAIN), reading)
    return finish(t, rule_id=t.rule_id, record_table="sharing", record_id=t.key,
                  customer_id=t.customer_id, channel="data-sharing", address=t.address,
                  event_at=t.event_at, verdict=verdict, reading=reading,
                  consent_id=t.tp_id)  # fmt: skip


def _retention_window(ctx: CheckContext) -> tuple[dt.datetime, dt.datetime, str] | None:
    """Return (since, at, words): the part of the period under the retention rule, judged at
    ``at``; ``words`` name ``since`` (the rule's compliance date or the period's first day).

    ``at`` is the end of the period or ``as_of``, whichever is earlier; None when no version
    of the rule is in force then.
    """
    at = min(ctx.period.end_utc, ctx.as_of)
    for rule in ctx.rulebook.versions(RETENTION):
        start = ctx.utc_midnight(rule.effective_from)
        end = ctx.utc_midnight(rule.effective_to) if rule.effective_to else None
        if start < at and (end is None or at <= end):
            if start > ctx.period.start_utc:
                return start, at, f"the rule's compliance date ({rule.effective_from})"
            return ctx.period.start_utc, at, f"the period's first day ({ctx.period.first})"
    return None


def _latest_policy(ctx: CheckContext, at: dt.datetime) -> ir.Table:
    """Return one row (_one, policy_id, _days, _from): the children's policy in force at ``at``."""
    p = ctx.history("retention_policies", "published_at")
    p = p.filter(p.data_category.strip().lower().isin(CHILD_CATEGORIES), p.published_at <= at)
    p = p.mutate(_r=ibis.row_number().over(order_by=[p.published_at.desc(), p.policy_id]))
    return p.filter(p._r == 0).select(_one=1, policy_id=p.policy_id, _days=p.retention_days,
                                      _from=p.counted_from.strip().lower())  # fmt: skip


def _old_safe_day(ctx: CheckContext, t: ir.Table, at: str, name: str) -> ir.Table:
    """Add the company day of ``at``; before the helpers' first day (7 years back) the UTC date."""
    t = places.company_day(ctx, t, at, name)
    first = ibis.literal(ctx.utc_midnight(ctx.helpers.first_day))
    return t.mutate(**{name: ibis.ifelse(t[at] < first, t[at].date(), t[name])})


def coppa_retention(ctx: CheckContext) -> ir.Table:
    """P18 (c): a child's record held with no written retention policy, or past its deadline."""
    window = _retention_window(ctx)
    since, at, since_words = window or (ctx.period.start_utc, ctx.period.start_utc, "")
    c = ctx.table("customers")
    c = c.filter(c.created_at < at, c.deleted_at.isnull() | (c.deleted_at > since),
                 ibis.literal(window is not None))  # fmt: skip
    t = _child_records(ctx, c).mutate(_one=1)
    t = t.left_join(_latest_policy(ctx, at), "_one")
    t = t.drop(*[x for x in t.columns if x.endswith("_right")])
    t = t.mutate(_closed=(t._from == "account_closed").fill_null(False), _np=t.policy_id.isnull(),
                 _nd=t.policy_id.notnull() & t._days.isnull())  # fmt: skip
    t = t.mutate(basis_at=ibis.ifelse(t._closed, t.closed_at, t.event_at))
    t = t.filter(t._np | t._nd | t.basis_at.notnull())  # an account still open: not yet due
    t = _old_safe_day(ctx, t, "basis_at", "b_day")
    t = t.mutate(d_day=(t.b_day + t._days.as_interval("D")).cast("timestamp").cast("date"))
    t = days.add_day_end(ctx, t, day="d_day", name="deadline_at")
    old = t.d_day < ibis.literal(ctx.helpers.first_day)  # the helpers' calendar starts later
    t = t.mutate(deadline_at=ibis.ifelse(old, (t.d_day + ibis.interval(days=1)).cast("timestamp"),
                                         t.deadline_at))  # fmt: skip
    t = t.mutate(_held=t.deleted_at.isnull() | (t.deleted_at >= t.deadline_at))
    due = (t.deadline_at <= ibis.literal(at)).fill_null(False)
    t = t.filter(t._np | t._nd | (due & (t._held | (t.deadline_at > since))))
    t = places.company_day(ctx, t, "deleted_at", "x_day")
    sure = t.cds.fill_null(False) & ~t._maybe  # a child-directed service, a certain age
    verdict = ibis.cases((t._np & sure, V), (t._np | t._nd, W), (t._held & sure, V),
                         (t._held, W), else_=P)  # fmt: skip
    reading = _retention_reading(t, ctx, at)
    # a deadline before the rule or the period: the row is dated the first day judged
    early = ~(t._np | t._nd) & (t.deadline_at < ibis.literal(since))
    reading = ibis.ifelse(early, text(reading, "; the deadline passed before ", since_words,
                                      ": the row is dated that day"), reading)  # fmt: skip
    reading = ibis.ifelse(t._maybe & (verdict != P), text(reading, UNCERTAIN), reading)
    reading = ibis.ifelse(~t.cds.fill_null(False) & (verdict != P),
                          text(reading, "; ", _not_child_directed(t)), reading)  # fmt: skip
    event_at = ibis.ifelse(t._np | t._nd, t.event_at, t.deadline_at)
    event_at = ibis.greatest(event_at, ibis.literal(since))
    return finish(t, rule_id=RETENTION, record_table="customers", record_id=t.key,
                  customer_id=t.customer_id, event_at=event_at, verdict=verdict,
                  reading=reading, basis_at=t.basis_at, deadline_at=t.deadline_at,
                  detail=text("source ", t.source, "; policy ",
                              t.policy_id.fill_null("none")))  # fmt: skip


def _retention_reading(t: ir.Table, ctx: CheckContext, at: dt.datetime) -> ir.StringValue:
    """Say which policy, from when the days count, the last day and when the record went."""
    counted = ibis.cases(
        (t._closed, text("the account's closing (", t.b_day, ")")),
        (t._from == "collection", text("collection (", t.b_day, ")")),
        else_=text("collection (", t.b_day, "; the policy does not say from when)"),
    )
    kept = ibis.ifelse(t.deleted_at.isnull(), ibis.literal("not deleted"),
                       text("deleted ", t.x_day))  # fmt: skip
    last = (dt.datetime.combine(at.date(), at.time(), dt.UTC).astimezone(ZoneInfo(ctx.timezone))
            - dt.timedelta(microseconds=1)).date()  # fmt: skip
    return ibis.cases(
        (t._np, text("a child's record (created ", t.c_day, "; ", t._age, ") held with no "
                     f"written retention policy for children's data published by {last}")),
        (t._nd, text("retention policy ", t.policy_id, " for children's data sets no number "
                     "of days (review: indefinite retention is not allowed)")),
        else_=text(ibis.ifelse(t._held, "held past its deletion deadline", "deleted in time"),
                   ": policy ", t.policy_id, " keeps children's data ", t._days, " days from ",
                   counted, ", last day ", t.d_day, "; ", kept),
    )  # fmt: skip


def coppa(ctx: CheckContext) -> ir.Table:
    """P18: COPPA: consent before collection, separate consent to disclose, retention."""
    return coppa_collection(ctx).union(coppa_disclosure(ctx)).union(coppa_retention(ctx))


_SALES = Need("sharing", ("shared_at", "customer_id"), events=True, where="sale or sharing")
_AGES = Need("customers", ("birth_date", "age"), any_column=True)
CHECKS = (
    Check(
        "P3",
        "Sale or sharing of a California consumer under 16 without the opt-in required",
        minors_ccpa,
        judges=(CCPA,),
        needs=(_SALES, Need("customers", ("state",)), _AGES),
    ),
    Check(
        "P8",
        "Sale or targeted advertising of a teen against a state's rule (CT, MD, NJ, NH, OR)",
        minors_states,
        judges=TEEN_RULES,
        # targeted-advertising messages are judged with no sale or sharing in the period
        needs=(Need("customers", ("state",)), _AGES),
    ),
    Check(
        "P18",
        "COPPA: a child's data collected or disclosed without a parent's consent, or kept too long",
        coppa,
        judges=(VPC, DISCLOSURE, RETENTION),
        needs=(Need("customers", ("customer_id", "created_at")), _AGES),
    ),
)
