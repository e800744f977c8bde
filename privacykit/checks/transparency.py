"""P7 (the privacy policy), P27 (practice against the policy) and P28 (staff training).

P7: each online policy in force during the period (for each notice type the rule reads, the
latest published of that type: a newer general privacy_policy does not replace a separate
ccpa_policy, as in P27) must carry the disclosures its law lists, read from
``notices.declared_practices``; the CCPA's must also be updated at least every 12 months
(published 2025-09-30: in time through 2026-09-30, stale from 2026-10-01). No policy published
by the period's end is a violation.

P27: each share of the period against the policy in force when it happened (for each online
notice type, the latest published by then; their statements read together): a sale while the
policy says 'no_sale', cross-context sharing while it says 'no_sharing', a recipient type the
policy never names (when it names any; a type not recorded is a warning), a data category it
does not name (a warning).

P28: staff in marketing, sales and data roles active at the period's end need privacy,
do-not-call and security training completed within the refresh interval (an unconfirmed audit
convention: a lapsed course is a warning, a course never taken a violation); the HIPAA rule needs
privacy (or HIPAA) training. The TSR's do-not-call safe harbor needs the callers (telemarketing,
calls, call centre and sales roles, unless the company flags the role as not marketing) trained
in the company's do-not-call procedures: do-not-call training only, on the same unconfirmed
12-month convention (the rule itself names no interval). A hire of the last 30 days is given a
reasonable time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir
import pandas as pd

from privacykit.checks import days, places
from privacykit.checks.context import FAR_FUTURE, CheckContext
from privacykit.checks.evidence import finish, joined, text
from privacykit.checks.registry import Check, Need
from privacykit.schema.canonical import RECIPIENT_TYPES

CCPA_POLICY, CALOPPA_CONTENTS, CALOPPA_POST = (
    "CCPA-PRIVACY-POLICY",
    "CALOPPA-POLICY-CONTENTS",
    "CALOPPA-POST-POLICY",
)
FTC, CALOPPA_FOLLOW, AT_COLLECTION = (
    "FTC-DECEPTION-PRIVACY-PROMISES",
    "CALOPPA-FOLLOW-OWN-POLICY",
    "CCPA-NOTICE-AT-COLLECTION",
)
GLBA_TRAINING, HIPAA_TRAINING, TSR_TRAINING = (
    "GLBA-SAFEGUARDS-TRAINING",
    "HIPAA-WORKFORCE-TRAINING",
    "TSR-DNC-SAFE-HARBOR",
)
# Each rule reads its own notice types plus the general privacy policy.
POLICY_TYPES = {
    CCPA_POLICY: ("privacy_policy", "ccpa_policy"),
    CALOPPA_CONTENTS: ("privacy_policy", "caloppa"),
    CALOPPA_POST: ("privacy_policy", "caloppa"),
}
CONTENTS = {CCPA_POLICY: "required_contents", CALOPPA_CONTENTS: "required_items"}
ONLINE_POLICIES = ("privacy_policy", "ccpa_policy", "caloppa")
# A required item (a phrase of the rule) -> the disclosure code of declared_practices. First
# match wins: the more specific words come first.
DISCLOSURES = (
    (("sensitive",), "sensitive_categories"),
    (("third parties track", "track across"), "third_party_tracking"),
    (("third part",), "third_party_categories"),
    (("categories of personal information", "categories of pii"), "categories_collected"),
    (("sold or shared",), "sold_or_shared_12m"),
    (("metrics",), "metrics"),
    (("request method",), "request_methods"),
    (("opt-out preference", "signal"), "opt_out_signals"),
    (("authorized agent",), "authorized_agents"),
    (("under 16",), "minors_under_16"),
    (("last updated",), "last_updated"),
    (("effective date",), "effective_date"),
    (("review and change",), "change_process"),
    (("material change",), "change_notification"),
    (("do not track",), "do_not_track"),
    (("retention",), "retention_policy"),
    (("source",), "sources"),
    (("purpose",), "purposes"),
    (("rights",), "rights"),
    (("contact",), "contact"),
)
DISCLOSURE_CODES = (
    "categories_collected", "sensitive_categories", "sources", "purposes",
    "third_party_categories", "sold_or_shared_12m", "rights", "request_methods",
    "opt_out_signals", "authorized_agents", "minors_under_16", "contact", "last_updated",
    "metrics", "change_process", "change_notification", "effective_date", "do_not_track",
    "third_party_tracking", "retention_policy",
)  # fmt: skip
PRACTICE_CODES = ("no_sale", "no_sharing", "opt_out_notice")
RECIPIENT_CODES = tuple(c for r in RECIPIENT_TYPES for c in (r, f"{r}s"))
NOT_CATEGORIES = (*DISCLOSURE_CODES, *PRACTICE_CODES, *RECIPIENT_CODES)
# Recipients whose share may be a sale though the log leaves is_sale empty.
MAYBE_SOLD_TO = ("data_broker", "ad_platform", "nonaffiliated")


def disclosure_code(phrase: str) -> str:
    """Return the declared_practices code of a rule's required item (a slug when unknown)."""
    low = phrase.lower()
    for words, code in DISCLOSURES:
        if any(w in low for w in words):
            return code
    return re.sub(r"[^a-z0-9]+", "_", low).strip("_")


def is_conditional(phrase: str) -> bool:
    """Return True for an item the rule requires only in some cases ('(if applicable)')."""
    return bool(re.search(r"\(if\b|,\s*if\b|\bif applicable\b", phrase.lower()))


def practices(value: ir.StringValue) -> ir.StringValue:
    """Return declared codes as ';code;code;' (lower case, trimmed, inner spaces as '_')."""
    # Two replacements, not one with a back-reference: DuckDB writes it \1, Spark $1.
    v = value.lower().re_replace(r"\s*;\s*", ";").re_replace(r"\s*:\s*", ":")
    v = v.strip().replace(" ", "_")
    return ibis.literal(";").concat(v.fill_null(""), ibis.literal(";"))


def _declares(p: ir.StringValue, *codes: str) -> ir.BooleanValue:
    out = ibis.literal(False)
    for c in codes:
        out |= p.contains(f";{c};")
    return out


def _end_day(ctx: CheckContext) -> dt.date:
    """Return the last day judged: the period's last, or the day of ``as_of`` if earlier."""
    if ctx.as_of >= ctx.period.end_utc:
        return ctx.period.last
    local = ctx.as_of.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(ctx.timezone))
    return min(local.date(), ctx.period.last)


def _published(ctx: CheckContext, types: tuple[str, ...]) -> ir.Table:
    """Return the online notices of ``types`` published by the period's end (and as_of)."""
    n = ctx.history("notices", "published_at")
    kind = n.notice_type.strip().lower()
    n = n.filter(kind.isin(types) & (n.published_at < ctx.period.end_utc))
    return n.select(
        key=n.notice_id,
        notice_type=kind,
        version=n.version,
        published_at=n.published_at,
        declared=practices(n.declared_practices),
        has_practices=n.declared_practices.notnull() & (n.declared_practices.strip() != ""),
    )


def _doc(t: ir.Table) -> ir.StringValue:
    return text(t.notice_type, " ", t.version.fill_null("(no version)"), " of ", t.pub_day)


def _policy_rows(t: ir.Table, **columns: Any) -> ir.Table:
    rule_id = columns.pop("rule_id") if "rule_id" in columns else t.rule_id
    return finish(t, rule_id=rule_id, record_table="notices", record_id=t.key, channel="web",
                  **columns)  # fmt: skip


# ============================================================================================
# P7: the privacy policy
# ============================================================================================


def privacy_policy_outdated_or_incomplete(ctx: CheckContext) -> ir.Table:
    """P7: no policy, a CCPA policy older than 12 months, or required disclosures missing."""
    parts = [_policy_rule(ctx, rule_id) for rule_id in POLICY_TYPES]
    out = parts[0]
    for p in parts[1:]:
        out = out.union(p)
    return out


def _policy_rule(ctx: CheckContext, rule_id: str) -> ir.Table:
    params = ["update_every"] if rule_id == CCPA_POLICY else []
    v = ctx.versions(rule_id, params, per_channel=False).drop("channel")
    pub = _published(ctx, POLICY_TYPES[rule_id])
    # Each notice type is its own document: only a newer one of the same type replaces it.
    by_type = ibis.window(group_by=pub.notice_type, order_by=[pub.published_at, pub.key])
    nxt = pub.published_at.lead().over(by_type)
    pub = pub.mutate(next_at=nxt)
    start = ctx.period.start_utc
    live = pub.filter(pub.next_at.isnull() | (pub.next_at > start))
    live = live.mutate(judged_at=ibis.greatest(live.published_at, ibis.literal(start)))
    live = live.join(v, [live.judged_at >= v.version_from, live.judged_at < v.version_to])
    live = places.company_day(ctx, live, "published_at", "pub_day").cache()
    none = _no_policy(ctx, pub, v, rule_id)
    if rule_id == CALOPPA_POST:
        posted = _policy_rows(live, verdict="pass", event_at=live.judged_at,
                              basis_at=live.published_at,
                              reading=text("policy posted: ", _doc(live)))  # fmt: skip
        return none.union(posted)
    if rule_id != CCPA_POLICY:
        return none.union(_contents(ctx, live, rule_id))
    stale = _stale(ctx, live)
    # A stale policy's row is its staleness; it passes only when current and complete.
    contents = _contents(ctx, live.anti_join(stale.select("key"), "key"), rule_id)
    failed = _contents(ctx, live.semi_join(stale.select("key"), "key"), rule_id)
    return (
        none.union(contents)
        .union(failed.filter(failed.verdict != "pass"))
        .union(_stale_rows(ctx, stale))
    )


def _no_policy(ctx: CheckContext, pub: ir.Table, v: ir.Table, rule_id: str) -> ir.Table:
    """Return a violation row ('none') when no policy of the rule's types was published."""
    start = ctx.period.start_utc
    v = v.filter((v.version_from <= start) & (v.version_to > start))
    one = ibis.memtable({"key": ["none"]})
    any_pub = pub.select(_k=ibis.literal("none")).distinct()
    t = one.anti_join(any_pub, one.key == any_pub._k).cross_join(v.select("rule_id"))
    types = " or ".join(POLICY_TYPES[rule_id])
    return _policy_rows(t, verdict="violation", event_at=ibis.literal(start),
                        reading=f"no online privacy policy ({types}) published by "
                                f"{ctx.period.last}")  # fmt: skip


def _required_items(ctx: CheckContext, rule_id: str) -> ir.Table:
    """Return (_rf, _rt, code, phrase, optional): the rule's required items per version."""
    rows = []
    name = CONTENTS[rule_id]
    for rule in ctx.rulebook.versions(rule_id):
        if name not in rule.parameters:
            continue
        for phrase in ctx.policy.resolve(rule, name, ctx.as_of.date()).value:
            rows.append(
                {
                    "_rf": ctx.utc_midnight(rule.effective_from),
                    "_rt": ctx.utc_midnight(rule.effective_to) if rule.effective_to else FAR_FUTURE,
                    "code": disclosure_code(str(phrase)),
                    "phrase": str(phrase),
                    "optional": is_conditional(str(phrase)),
                }
            )
    schema = {"_rf": "timestamp", "_rt": "timestamp", "code": "string", "phrase": "string",
              "optional": "boolean"}  # fmt: skip
    return ibis.memtable(pd.DataFrame(rows, columns=list(schema)), schema=schema)


def _contents(ctx: CheckContext, live: ir.Table, rule_id: str) -> ir.Table:
    """Return one row per policy: the required disclosures it lacks (pass when none)."""
    items = _required_items(ctx, rule_id)
    lv = live.select("key", "judged_at", "declared")
    j = lv.join(items, [lv.judged_at >= items._rf, lv.judged_at < items._rt])
    gone = ~j.declared.contains(text(";", j.code, ";"))
    miss = j.group_by("key").aggregate(
        _required=joined(j.phrase, ", ", where=gone & ~j.optional),
        _optional=joined(j.phrase, ", ", where=gone & j.optional),
    )
    t = live.left_join(miss, "key")
    t = t.drop(*[c for c in t.columns if c.endswith("_right")])
    verdict = ibis.cases(
        (~t.has_practices, "warning"),
        (t._required.notnull(), "violation"),
        (t._optional.notnull(), "warning"),
        else_="pass",
    )
    lacks = ibis.cases(
        (t._required.notnull() & t._optional.notnull(),
         text(" does not disclose: ", t._required, "; nor, where it applies: ", t._optional)),
        (t._required.notnull(), text(" does not disclose: ", t._required)),
        (t._optional.notnull(),
         text(" does not disclose (required only where it applies; review): ", t._optional)),
        else_=ibis.literal(" discloses every required item"),
    )  # fmt: skip
    reading = ibis.ifelse(
        t.has_practices,
        text("the policy ", _doc(t), lacks),
        text("the policy ", _doc(t), ": its declared practices are not recorded, so its "
             "contents were not checked"),
    )  # fmt: skip
    detail = ibis.ifelse(
        t.has_practices, text("declared: ", t.declared), ibis.literal("declared: not recorded")
    )
    return _policy_rows(t, verdict=verdict, reading=reading, event_at=t.judged_at,
                        basis_at=t.published_at, detail=detail)  # fmt: skip


def _stale(ctx: CheckContext, live: ir.Table) -> ir.Table:
    """Return the policies left in force more than ``update_every`` months (with ``due``)."""
    end = _end_day(ctx)
    t = days.add_until(ctx, live, day="pub_day", months="update_every", name="due")
    t = places.company_day(ctx, t, "next_at", "next_day")
    replaced = t.next_day.notnull() & (t.next_day <= t.due)
    return t.filter((t.due < ibis.literal(end)) & ~replaced).cache()


def _stale_rows(ctx: CheckContext, t: ir.Table) -> ir.Table:
    """Return a violation per stale policy: event_at the day it went stale (or the period's
    first day), deadline_at the end of its last day in time."""
    end = _end_day(ctx)
    t = days.add_day_end(ctx, t, day="due", name="stale_at")
    start = ibis.literal(ctx.period.start_utc)
    until = ibis.ifelse(t.next_day.notnull(), text("replaced ", t.next_day),
                        text("not replaced by ", ibis.literal(end)))  # fmt: skip
    reading = text("the policy ", _doc(t), " was not updated within ", t.update_every,
                   " months: stale from the day after ", t.due, ", ", until)  # fmt: skip
    verdict = ibis.ifelse(t.update_every_unconfirmed, "warning", "violation")
    return _policy_rows(t, verdict=verdict, reading=reading,
                        event_at=ibis.greatest(t.stale_at, start), basis_at=t.published_at,
                        deadline_at=t.stale_at)  # fmt: skip


# ============================================================================================
# P27: practice against policy
# ============================================================================================


def practice_contradicts_policy(ctx: CheckContext) -> ir.Table:
    """P27: shares that contradict the online privacy policy in force when they happened."""
    t = _judged_shares(ctx)
    parts = [
        _promise_rows(ctx, t, FTC, ca_only=False, sale_only=False),
        _promise_rows(ctx, t, CALOPPA_FOLLOW, ca_only=True, sale_only=False),
        _promise_rows(ctx, t, AT_COLLECTION, ca_only=True, sale_only=True),
    ]
    return parts[0].union(parts[1]).union(parts[2])


def _policy_states(ctx: CheckContext) -> ir.Table:
    """Return one row per change of the online policies: what they said from then on.

    Columns: _at, _until, declared (the in-force documents' codes together), known (any of
    them records its practices), docs (which documents), and the policy-level flags.
    """
    pub = _published(ctx, ONLINE_POLICIES)
    pub = places.company_day(ctx, pub, "published_at", "pub_day")
    points = pub.select(_at=pub.published_at).distinct()
    j = points.join(pub, pub.published_at <= points._at)
    order = [ibis.desc(j.published_at), ibis.desc(j.key)]
    j = j.mutate(_rank=ibis.row_number().over(group_by=[j._at, j.notice_type], order_by=order))
    j = j.filter(j._rank == 0)
    s = j.group_by("_at").aggregate(
        declared=ibis.ifelse(j.has_practices, j.declared, ibis.literal("")).group_concat(""),
        known=j.has_practices.any(),
        # One document per notice type here, and each text starts with its type: sorted by
        # type, as the report lists them.
        docs=joined(_doc(j), ", "),
    )
    s = s.mutate(_until=s._at.lead().over(ibis.window(order_by=s._at)).fill_null(FAR_FUTURE))
    tokens = s.select("_at", tok=s.declared.split(";")).unnest("tok")
    cats = tokens.filter(
        tokens.tok.startswith("category:")
        | ((tokens.tok != "") & ~tokens.tok.isin(NOT_CATEGORIES)
           & ~tokens.tok.startswith("recipient:"))
    ).select(_cat_at="_at").distinct()  # fmt: skip
    s = s.left_join(cats, s._at == cats._cat_at)
    return s.mutate(
        no_sale=_declares(s.declared, "no_sale"),
        no_sharing=_declares(s.declared, "no_sharing"),
        names_recipients=_declares(s.declared, *RECIPIENT_CODES)
        | s.declared.contains(";recipient:"),
        names_categories=s._cat_at.notnull(),
    ).drop("_cat_at")


def _judged_shares(ctx: CheckContext) -> ir.Table:
    """Return the period's shares that contradict (or cannot be compared with) the policy.

    The comparison runs on a narrow projection; the recipient and category questions are
    answered once per policy state and recipient type or category list, and only the shares
    flagged get the customer's state and the company day (a million lawful shares cost joins
    on small tables only).
    """
    s = ctx.events("sharing", "shared_at")
    s = s.select(
        "customer_id", "address", "recipient", "is_sale", "is_cross_context_sharing",
        "data_categories", key=s.share_id, event_at=s.shared_at,
        rt=s.recipient_type.strip().lower().nullif(""),
    )  # fmt: skip
    p = _policy_states(ctx).cache()
    flags = p.drop("declared", "docs")
    s = s.left_join(flags, [s.event_at >= flags._at, s.event_at < flags._until])
    s = s.drop("_until").cache()
    s = s.left_join(_named_recipients(s, p), ["_at", "rt"]).drop("_at_right", "rt_right")
    s = s.left_join(_missing_categories(s, p), ["_at", "data_categories"])
    s = s.drop("_at_right", "data_categories_right")
    sale = (s.is_sale == True) | (s.rt == "list_rental")  # noqa: E712 - an Ibis comparison
    cc = s.is_cross_context_sharing == True  # noqa: E712
    judged = s._at.notnull() & s.known.fill_null(False)
    s = s.mutate(
        _no_policy=s._at.isnull(),
        _unknown=s._at.notnull() & ~s.known.fill_null(False),
        _sold=(judged & s.no_sale & sale).fill_null(False),
        _maybe_sold=(judged & s.no_sale & s.is_sale.isnull() & s.rt.isin(MAYBE_SOLD_TO)
                     & (s.rt != "list_rental")).fill_null(False),
        _shared=(judged & s.no_sharing & cc).fill_null(False),
        _maybe_shared=(judged & s.no_sharing & s.is_cross_context_sharing.isnull()
                       & (s.rt == "ad_platform")).fill_null(False),
        _unnamed=(judged & s.names_recipients & s.rt.notnull()
                  & ~s.named.fill_null(False)).fill_null(False),
        _untyped=(judged & s.names_recipients & s.rt.isnull()).fill_null(False),
        _uncategorised=(judged & s.names_categories & s.missing_cats.notnull()).fill_null(False),
    )  # fmt: skip
    s = s.filter(
        s._no_policy | s._unknown | s._sold | s._maybe_sold | s._shared | s._maybe_shared
        | s._unnamed | s._untyped | s._uncategorised
    )  # fmt: skip
    c = ctx.table("customers")
    c = c.select(_cc=c.customer_id, state=c.state.strip().upper())
    s = s.left_join(c, s.customer_id == c._cc).drop("_cc")
    docs = p.select(_dat="_at", docs="docs")
    s = s.left_join(docs, s._at == docs._dat).drop("_dat")
    return places.company_day(ctx, s, "event_at", "c_day").cache()


def _named_recipients(s: ir.Table, p: ir.Table) -> ir.Table:
    """Return (_at, rt, named): whether the policy state names each recipient type."""
    d = s.filter(s._at.notnull()).select("_at", "rt").distinct()
    d = d.join(p.select("_at", "declared"), "_at")
    named = _declares_any(d.declared, d.rt, d.rt.concat("s"))
    return d.select("_at", "rt", named=named)


def _declares_any(p: ir.StringValue, *codes: ir.StringValue) -> ir.BooleanValue:
    out = ibis.literal(False)
    for c in codes:
        out |= p.contains(text(";", c, ";")) | p.contains(text(";recipient:", c, ";"))
    return out


def _missing_categories(s: ir.Table, p: ir.Table) -> ir.Table:
    """Return (_at, data_categories, missing_cats) for each policy state and category list."""
    combos = s.filter(s._at.notnull() & s.data_categories.notnull())
    combos = combos.select("_at", "data_categories").distinct()
    combos = combos.join(p.select("_at", "declared"), "_at")
    u = combos.mutate(cat=combos.data_categories.split(";")).unnest("cat")
    u = u.mutate(cat=u.cat.lower().strip().replace(" ", "_")).filter(lambda u: u.cat != "")
    bare = ~u.cat.isin(NOT_CATEGORIES) & u.declared.contains(text(";", u.cat, ";"))
    u = u.filter(~bare & ~u.declared.contains(text(";category:", u.cat, ";")))
    return u.group_by("_at", "data_categories").aggregate(missing_cats=joined(u.cat, ", "))


def _promise_rows(
    ctx: CheckContext, t: ir.Table, rule_id: str, *, ca_only: bool, sale_only: bool
) -> ir.Table:
    v = ctx.versions(rule_id, [], per_channel=False)
    v = v.select("rule_id", _vf=v.version_from, _vt=v.version_to)
    t = t.join(v, [t.event_at >= v._vf, t.event_at < v._vt])
    if ca_only:
        t = t.filter(t.state == "CA")
    who = text(t.recipient, " (", t.rt.fill_null("type not recorded"), ")")
    pieces: list[tuple[ir.BooleanValue, ir.StringValue]] = [
        (t._sold, text("a sale to ", who, " while the policy says it does not sell personal "
                       "information")),
        (t._maybe_sold, text("not recorded whether the share with ", who, " was a sale, while "
                             "the policy says it does not sell (review)")),
    ]  # fmt: skip
    serious = t._sold
    if not sale_only:
        pieces += [
            (t._shared, text("shared with ", who, " for cross-context behavioural advertising "
                             "while the policy says it does not share for it")),
            (t._maybe_shared, text("not recorded whether the share with ", who, " was for "
                                   "cross-context advertising, which the policy says it does "
                                   "not do (review)")),
            (t._unnamed, text("recipient type ", t.rt, " is not among the recipients the "
                              "policy names")),
            (t._untyped, ibis.literal("recipient type not recorded, so it cannot be compared "
                                      "with the recipients the policy names (review)")),
            (t._uncategorised, text("data categories the policy does not name: ",
                                    t.missing_cats)),
        ]  # fmt: skip
        serious = serious | t._shared | t._unnamed
    if rule_id == FTC:
        pieces += [
            (t._no_policy, ibis.literal("no online privacy policy was published by then, so "
                                        "the practice cannot be compared (P7 reports it)")),
            (t._unknown, ibis.literal("the policy's declared practices are not recorded, so "
                                      "the practice cannot be compared")),
        ]  # fmt: skip
    flagged = ibis.literal(False)
    said = ibis.literal("")
    for cond, words in pieces:
        flagged |= cond
        said = said.concat(ibis.ifelse(cond, text(words, "; "), ibis.literal("")))
    t = t.filter(flagged)
    reading = text("shared ", t.c_day, ": ", said.re_replace(r"; $", ""))
    reading = ibis.ifelse(t._at.notnull(), text(reading, "; policy in force: ", t.docs), reading)
    return finish(
        t,
        rule_id=t.rule_id,
        record_table="sharing",
        record_id=t.key,
        customer_id=t.customer_id,
        channel="data-sharing",
        address=t.address,
        event_at=t.event_at,
        verdict=ibis.ifelse(serious, "violation", "warning"),
        reading=reading,
        basis_at=t._at,
        detail=text("recipient ", who, "; categories ", t.data_categories, "; is_sale ",
                    t.is_sale, "; cross-context ", t.is_cross_context_sharing),
    )  # fmt: skip


# ============================================================================================
# P28: training
# ============================================================================================

MARKETING_WORDS = ("market", "sales", "campaign", "crm", "data", "analyst", "call centre",
                   "call center", "customer service")  # fmt: skip
# Roles that make or take sales calls: 'call' and 'sales' as words ('recall', 'wholesale' are not).
CALLER_ROLE = (r"telemarket|outbound|dialer|(^|[^a-z])call(s|er|ers|ing)?([^a-z]|$)"
               r"|call ?cent(re|er)|(^|[^a-z])sales([^a-z]|$)")  # fmt: skip
TOPIC_WORDS = {
    "privacy": ("privacy", "hipaa"),
    "dnc": ("do-not-call", "do not call", "dnc", "telemarketing"),
    "security": ("security", "phishing"),
}
TOPIC_NAMES = {"privacy": "privacy", "dnc": "do-not-call", "security": "security"}
NEEDED = {
    GLBA_TRAINING: ("privacy", "dnc", "security"),
    HIPAA_TRAINING: ("privacy",),
    TSR_TRAINING: ("dnc",),
}
NEW_HIRE_DAYS = 30
# The TSR names training but no refresh interval: the other training rules' audit convention.
DNC_REFRESH_MONTHS = 12


def staff_without_training(ctx: CheckContext) -> ir.Table:
    """P28: marketing staff and callers without current training."""
    staff = _active_staff(ctx).cache()
    marketing = staff.filter(staff._marketing)
    return (
        _training_rule(ctx, marketing, GLBA_TRAINING)
        .union(_training_rule(ctx, marketing, HIPAA_TRAINING))
        .union(_training_rule(ctx, staff.filter(staff._caller), TSR_TRAINING))
    )


def _active_staff(ctx: CheckContext) -> ir.Table:
    """Return marketing staff and callers active on the last day, with their last course per
    topic and the flags ``_marketing`` and ``_caller``."""
    end = _end_day(ctx)
    s = ctx.table("staff")
    role = s.role.lower()
    by_role = ibis.literal(False)
    for w in MARKETING_WORDS:
        by_role |= role.contains(w)
    # The company's flag decides marketing; a role flagged not marketing makes no sales calls.
    flag = s.is_marketing_role
    s = s.mutate(
        _marketing=flag.fill_null(by_role.fill_null(False)),
        _caller=(role.re_search(CALLER_ROLE) & flag.fill_null(True)).fill_null(False),
    )
    s = s.filter(s._marketing | s._caller)
    s = places.company_day(ctx, s, "started_at", "start_day")
    s = places.company_day(ctx, s, "ended_at", "end_day")
    s = s.filter(
        (s.start_day.isnull() | (s.start_day <= end)) & (s.end_day.isnull() | (s.end_day >= end))
    )
    tr = ctx.history("training", "completed_at")
    tr = tr.filter(tr.completed_at < ibis.literal(ctx.utc_midnight(end + dt.timedelta(days=1))))
    topic = tr.topic.strip().lower()
    by_name = topic.isnull() | (topic == "other")
    course = tr.course.lower()
    got = {}
    for name, words in TOPIC_WORDS.items():
        named = ibis.literal(False)
        for w in words:
            named |= course.contains(w)
        is_topic = topic.isin(("privacy", "hipaa")) if name == "privacy" else topic == name
        got[f"{name}_at"] = tr.completed_at.max(where=is_topic | (by_name & named.fill_null(False)))
    last = tr.group_by(_eid=tr.employee_id).aggregate(**got)
    s = s.left_join(last, s.employee_id == last._eid).drop("_eid")
    for name in TOPIC_WORDS:
        s = places.company_day(ctx, s, f"{name}_at", f"{name}_day")
    hired = ibis.literal(end - dt.timedelta(days=NEW_HIRE_DAYS))
    return s.mutate(key=s.employee_id, _new=(s.start_day >= hired).fill_null(False))


def _training_rule(ctx: CheckContext, staff: ir.Table, rule_id: str) -> ir.Table:
    end = _end_day(ctx)
    at = ctx.utc_midnight(end)
    v = _training_versions(ctx, rule_id)
    v = v.filter((v.version_from <= at) & (v.version_to > at)).drop("channel")
    t = staff.cross_join(v)
    never, lapsed, words = ibis.literal(False), ibis.literal(False), []
    for name in NEEDED[rule_id]:
        t = days.add_until(ctx, t, day=f"{name}_day", months="refresh_interval", name=f"_{name}")
        due = t[f"_{name}"]
        never |= t[f"{name}_day"].isnull()
        lapsed |= (due < end).fill_null(False)
        state = ibis.cases(
            (t[f"{name}_day"].isnull(), ibis.literal("never")),
            (due < end, text("last ", t[f"{name}_day"], ", lapsed after ", due)),
            else_=text("last ", t[f"{name}_day"], ", current"),
        )
        words += [TOPIC_NAMES[name], " training: ", state, "; "]
    none_yet = ibis.literal(True)
    for name in NEEDED[rule_id]:
        none_yet &= t[f"{name}_day"].isnull()
    verdict = ibis.cases(
        (t._new & none_yet, "warning"),
        (t._new, "pass"),
        (never, "violation"),
        (lapsed & t.refresh_interval_unconfirmed, "warning"),
        (lapsed, "violation"),
        else_="pass",
    )
    said = text(*words).re_replace(r"; $", "")
    head = ibis.cases(
        (t._new, text("new hire (started ", t.start_day, "): a reasonable time to train; ")),
        (never, ibis.literal("a required course never taken: ")),
        (lapsed, text("training older than ", t.refresh_interval, " months (an audit "
                      "convention, unconfirmed): ")),
        else_=ibis.literal("training current: "),
    )  # fmt: skip
    return finish(
        t,
        rule_id=t.rule_id,
        record_table="staff",
        record_id=t.key,
        event_at=ibis.literal(at),
        verdict=verdict,
        reading=text(head, said, " (on ", ibis.literal(end), ")"),
        detail=_staff_detail(t, rule_id),
    )


def _staff_detail(t: ir.Table, rule_id: str) -> ir.StringValue:
    if rule_id == TSR_TRAINING:
        return text("role ", t.role, "; a calling role (read from the role)")
    flag = t.is_marketing_role.cast(str).fill_null("read from the role")
    return text("role ", t.role, "; marketing role ", flag)


def _training_versions(ctx: CheckContext, rule_id: str) -> ir.Table:
    """Return the rule's versions with ``refresh_interval`` (and ``_unconfirmed``)."""
    if rule_id != TSR_TRAINING:
        return ctx.versions(rule_id, ["refresh_interval"], per_channel=False)
    v = ctx.versions(rule_id, [], per_channel=False)
    return v.mutate(
        refresh_interval=ibis.literal(DNC_REFRESH_MONTHS, type="int64"),
        refresh_interval_unconfirmed=ibis.literal(True),
    )


CHECKS = (
    Check(
        "P7",
        "Privacy policy missing, not updated within 12 months, or without required disclosures",
        privacy_policy_outdated_or_incomplete,
        judges=(CCPA_POLICY, CALOPPA_CONTENTS, CALOPPA_POST),
        needs=(Need("notices", ("notice_type", "published_at")),),
    ),
    Check(
        "P27",
        "Sharing that contradicts the privacy policy in force",
        practice_contradicts_policy,
        judges=(FTC, CALOPPA_FOLLOW, AT_COLLECTION),
        needs=(
            Need("sharing", ("shared_at", "recipient_type"), events=True),
            Need("notices", ("published_at", "declared_practices"), where="policies"),
        ),
    ),
    Check(
        "P28",
        "Marketing staff and callers without current privacy, do-not-call and security training",
        staff_without_training,
        judges=(GLBA_TRAINING, HIPAA_TRAINING, TSR_TRAINING),
        needs=(Need("staff", ("role",)), Need("training", ("course", "completed_at"))),
    ),
)
