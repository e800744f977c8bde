"""Revoking consent to robocalls and robotexts: T11 (honoured in time), T12 (replies read).

T11: from 2025-04-11 a revocation made by any reasonable means must be honoured within 10
business days. It reaches autodialed, prerecorded and artificial-voice calls and every text,
informational ones too. A revocation reaches the program it was made in; whether it reaches the
company's other programs depends on the FCC's 'revoke-all' provision, which is not in force (an
unconfirmed fact): late messages of other programs are warnings.

T12: a reply that reads as an opt-out ('STOP', 'Stop all', 'unsubscribe', a keyword the company
adds) must lead to a recorded opt-out. The kit reads the reply as people write it: any case,
punctuation and spacing. A whole reply that is a keyword, or a keyword with a word such as
'all' or 'please', is *clear*; a short reply (six words at most) that contains a keyword, or a
whole reply in another language the kit knows ('no más', 'arrêt'), is *likely* and is reviewed.
The evidence names the keyword matched, never the message.
"""

from __future__ import annotations

import re
import unicodedata

import ibis
import ibis.expr.types as ir

from privacykit.checks import days, places
from privacykit.checks.common import judge_deadline, judged_contacts, left_join_key, with_person
from privacykit.checks.context import CheckContext
from privacykit.checks.evidence import contact_rows, finish, text
from privacykit.checks.registry import Check, Need
from privacykit.schema.derive import RECONSENT_TYPES

REVOCATION = "TCPA-REVOCATION"
AUTOMATED = ("autodialer", "prerecorded", "artificial_voice")
PHONE_OPTOUTS = ("call", "sms", "all")
VERDICT_ORDER = {"violation": 0, "warning": 1, "pass": 2}


def _programs(ctx: CheckContext) -> ir.Table:
    k = ctx.table("campaigns")
    return k.group_by(_pc=k.campaign_id).aggregate(_psm=k.subject_matter.max())


def _revocations(ctx: CheckContext) -> ir.Table:
    """Return opt-outs of calls or texts with the number they name (or the customer's)."""
    o = ctx.history("optouts", "received_at")
    o = o.filter(o.channel.isin(PHONE_OPTOUTS))
    o = o.mutate(address=_readable(o.address))

    def cols(x: ir.Table) -> dict[str, ir.Value]:
        return dict(
            optout_id=x.optout_id, _och=x.channel, _osc=x.scope, _opg=x.program,
            basis_at=x.received_at,
        )  # fmt: skip

    named = o.filter(o.address.notnull())
    named = named.select(_oa=named.address, **cols(named))
    c = ctx.table("customers")
    c = c.filter(c.phone.notnull()).select(_cc=c.customer_id, _cp=c.phone).distinct()
    bare = o.filter(o.address.isnull())
    bare = bare.join(c, bare.customer_id == c._cc)
    return named.union(bare.select(_oa=bare._cp, **cols(bare)))


def _reconsents(ctx: CheckContext) -> ir.Table:
    """Consents that bring a person back after an opt-out (as the loader's suppressions say):
    express or written ones, not a consent implied by a purchase or a soft opt-in."""
    k = ctx.history("consents", "granted_at")
    return k.filter(k.consent_type.isin(RECONSENT_TYPES))


def _readable(address: ir.StringValue) -> ir.StringValue:
    """The address if the loader could normalise it (E.164 or email), else null."""
    ok = address.startswith("+") | address.contains("@")
    return ibis.ifelse(ok.fill_null(False), address, ibis.null(str))


def _ended(ctx: CheckContext, j: ir.Table) -> ir.Table:
    """Return (key, optout_id) pairs whose revocation a later consent ended before the event."""
    k = with_person(ctx, _reconsents(ctx))
    k = k.select(_kch=k.channel, _ka=k.address, _kp=k.person, _kg=k.granted_at, _kr=k.revoked_at)
    e = j.select("key", "optout_id", "channel", "address", "person", "basis_at", "event_at")
    by_address = e.join(k, e.address == k._ka)
    by_person = e.join(k.filter(k._ka.isnull()), e.person == k._kp)
    both = by_address.union(by_person)
    both = both.filter(
        ((both._kch == both.channel) | (both._kch == "all"))
        & (both._kg > both.basis_at)
        & (both._kg <= both.event_at)
        & (both._kr.isnull() | (both._kr > both.event_at))
    )
    return both.select("key", "optout_id").distinct()


def revocation_not_honoured(ctx: CheckContext) -> ir.Table:
    """T11: a robocall or text sent more than 10 business days after consent was revoked."""
    v = ctx.versions(REVOCATION, ["honor_within"])
    t = judged_contacts(ctx, v, any_purpose=True)
    sure = (t.channel == "sms") | t.dialer_type.isin(AUTOMATED).fill_null(False)
    unsure = (t.channel == "call") & (
        (t.dialer_type == "predictive").fill_null(False) | t.dialer_type.isnull()
    )
    t = t.filter(sure | unsure).mutate(_unsure=~sure)
    r = _revocations(ctx)
    j = t.join(r, [t.address == r._oa, r.basis_at <= t.event_at]).drop("_oa")
    j = j.anti_join(_ended(ctx, j), ["key", "optout_id"])
    p = _programs(ctx)
    cp = p.select(_cpc=p._pc, _csm=p._psm)
    j = j.left_join(cp, j.campaign_id == cp._cpc).drop("_cpc")
    op = p.select(_opc=p._pc, _osm=p._psm)
    j = j.left_join(op, j._opg == op._opc).drop("_opc")
    same_channel = ((j._och == j.channel) | (j._och == "all") | (j._osc == "all")).fill_null(False)
    same_program = (
        (j._osc == "all").fill_null(False)
        | (j._och == "all")
        | j._opg.isnull()
        | (j._opg == j.campaign_id).fill_null(False)
        | (j._osm == j._csm).fill_null(False)
    )
    j = j.mutate(_same=same_channel & same_program)
    j = judge_deadline(ctx, j, "honor_within", v)
    capped = ~j._same | j._unsure
    verdict = ibis.ifelse(capped & (j.verdict == "violation"), "warning", j.verdict)
    reading = ibis.ifelse(
        ~j._same,
        text(j.reading, "; revoked in program ", j._opg.fill_null("?"), " (", j._och, "): whether "
             "it reaches this program depends on the FCC's revoke-all provision, not in force "
             "(unconfirmed; review)"),
        j.reading,
    )  # fmt: skip
    reading = ibis.ifelse(
        j._unsure,
        text(reading, "; dialer ", j.dialer_type.fill_null("not recorded"),
             ": an autodialer under some readings (review)"),
        reading,
    )  # fmt: skip
    order = ibis.cases((verdict == "violation", 0), (verdict == "warning", 1), else_=2)
    j = j.mutate(verdict=verdict, reading=reading, _order=order)
    w = ibis.window(group_by=j.key, order_by=[j._order, j.basis_at, j.optout_id])
    j = j.mutate(_rank=ibis.row_number().over(w))
    j = j.filter(j._rank == 0)
    return contact_rows(
        j,
        verdict=j.verdict,
        reading=j.reading,
        basis_at=j.basis_at,
        deadline_at=j.deadline_at,
        detail=text("revocation ", j.optout_id, " (", j._och, ", scope ",
                    j._osc.fill_null("not recorded"), ", program ",
                    j._opg.fill_null("not recorded"), "); message of ",
                    j.campaign_id.fill_null("no campaign")),
    )  # fmt: skip


# --- T12 ---------------------------------------------------------------------------------
QUALIFIERS = (
    "all", "please", "now", "it", "me", "texting", "texting me", "texts", "messages",
    "messaging", "thanks", "thank you",
)  # fmt: skip
EXTRA_KEYWORDS = ("optout", "opt out", "stop all")
OTHER_LANGUAGES = (
    "no más", "no mas", "alto", "parar", "basta", "cancelar", "baja", "arrêt", "arret",
    "arrêter", "désabonner", "annuler",
)  # fmt: skip
MAX_LIKELY_WORDS = 6
# ASCII punctuation and common typographic marks; kept portable (no POSIX classes).
PUNCTUATION = r"[!-/:-@\[-`{-~¡¿«»“”‘’…]"


def normalise(body: str) -> str:
    """Normalise a reply as the check does in the engine (for keywords, tests and docs)."""
    s = unicodedata.normalize("NFC", body).lower()
    s = re.sub(PUNCTUATION, " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _normalised(body: ir.StringValue) -> ir.StringValue:
    return body.lower().re_replace(PUNCTUATION, " ").re_replace(r"\s+", " ").strip()


def _phrases(ctx: CheckContext) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return (keywords, clear phrases, other-language phrases), normalised."""
    words: list[str] = []
    for value in ctx.param_values(REVOCATION, "stop_keywords"):
        words += [normalise(str(w)) for w in value]
    kws = tuple(dict.fromkeys(w for w in (*words, *EXTRA_KEYWORDS) if w))
    clear = set(kws) | {f"{k} {q}" for k in kws for q in QUALIFIERS} | {f"please {k}" for k in kws}
    other = tuple(sorted({normalise(w) for w in OTHER_LANGUAGES} - clear))
    return kws, tuple(sorted(clear)), other


def stop_reply_not_recorded(ctx: CheckContext) -> ir.Table:
    """T12: a reply that reads as an opt-out with no opt-out recorded in one business day."""
    v = ctx.versions(REVOCATION, ["opt_out_recording_lag"])
    v = v.filter(v.channel == "sms")
    kws, clear, other = _phrases(ctx)
    m = ctx.events("sms_inbound", "received_at")
    m = m.join(v, [m.received_at >= v.version_from, m.received_at < v.version_to])
    m = m.mutate(_norm=_normalised(m.body))
    padded = text(" ", m._norm, " ")
    words = m._norm.length() - m._norm.replace(" ", "").length() + 1
    contained = ibis.cases(*((padded.contains(f" {k} "), k) for k in kws), else_=ibis.null(str))
    is_clear = m._norm.isin(clear)
    is_other = m._norm.isin(other) if other else ibis.literal(False)
    likely = ~is_clear & (is_other | ((words <= MAX_LIKELY_WORDS) & contained.notnull()))
    m = m.mutate(
        _clear=is_clear,
        _matched=ibis.cases((is_clear | is_other, m._norm), else_=contained),
    )
    m = m.filter(is_clear | likely)
    m = m.mutate(key=m.message_id.fill_null(text("reply at ", m.received_at, " from ",
                                                      m.from_phone)))  # fmt: skip
    m = places.company_day(ctx, m, "received_at", "r_day")
    m = days.add_deadline(
        ctx, m, day="r_day", n="opt_out_recording_lag", unit="opt_out_recording_lag_unit",
        cal="opt_out_recording_lag_calendar", name="due",
    )  # fmt: skip
    m = days.add_day_end(ctx, m, day="due_strict", name="deadline_at")
    m = left_join_key(m, _recorded(ctx, m))
    in_time = (m.rec_at < m.deadline_at).fill_null(False)  # deadline_at: the next midnight
    open_after = (m.deadline_at > ibis.literal(ctx.as_of)) & m.rec_at.isnull()
    verdict = ibis.cases(
        (in_time, "pass"),
        (m._clear & m.rec_at.isnull() & ~open_after, "violation"),
        else_="warning",
    )
    kind = ibis.ifelse(m._clear, "reads as an opt-out", "likely reads as an opt-out (review)")
    due = m.due_strict
    when = ibis.cases(
        (in_time, text("opt-out recorded ", m.rec_at, " UTC, by the end of ", due)),
        (m.rec_at.notnull(), text("opt-out recorded only ", m.rec_at, " UTC, after the end of ",
                                  due, " (one business day, the kit's reading; unconfirmed)")),
        (open_after, text("no opt-out recorded by the audit's end; the deadline (end of ",
                          due, ") is after it (review in the next audit)")),
        else_=text("no opt-out recorded for this number by ", due, " or since"),
    )  # fmt: skip
    return finish(
        m,
        rule_id=m.rule_id,
        record_table="sms_inbound",
        record_id=m.key,
        customer_id=m.customer_id,
        channel="sms",
        address=m.from_phone,
        event_at=m.received_at,
        verdict=verdict,
        reading=text("reply matched '", m._matched, "': ", kind, "; ", when),
        basis_at=m.rec_at,
        deadline_at=m.deadline_at,
        detail=text("opt-out ", m.rec_id.fill_null("none"), "; reply received ", m.r_day,
                    " (company day)"),
    )  # fmt: skip


def _recorded(ctx: CheckContext, m: ir.Table) -> ir.Table:
    """Return (key, rec_at, rec_id): the first opt-out of texts recorded for the replying number."""
    o = ctx.history("optouts", "received_at")
    o = o.filter(o.channel.isin(("sms", "all")))
    o = o.select(
        _oa=_readable(o.address), _ocust=o.customer_id, _oid=o.optout_id, _orx=o.received_at,
        _rec=ibis.coalesce(o.processed_at, o.received_at),
    )  # fmt: skip
    # An opt-out naming only the customer opts out the customer's number.
    c = ctx.table("customers")
    c = c.filter(c.phone.notnull()).select(_cc=c.customer_id, _cp=c.phone).distinct()
    bare = o.filter(o._oa.isnull()).join(c, o._ocust == c._cc)
    bare = bare.mutate(_oa=bare._cp).drop("_cc", "_cp")
    o = o.filter(o._oa.notnull()).union(bare.select(*o.columns))
    e = m.select("key", "from_phone", "customer_id", "received_at")
    j = e.join(o, e.from_phone == o._oa)
    # A consent to texts granted after the opt-out and before the reply ended that opt-out.
    k = _reconsents(ctx)
    k = k.filter(k.channel.isin(("sms", "all"))).select(_ka=k.address, _kg=k.granted_at)
    p = j.select("key", "_oid", "_orx", "from_phone", "received_at")
    ended = p.join(k, p.from_phone == k._ka)
    ended = ended.filter((ended._kg > ended._orx) & (ended._kg <= ended.received_at))
    j = j.anti_join(ended.select("key", "_oid").distinct(), ["key", "_oid"])
    w = ibis.window(group_by=j.key, order_by=[j._rec, j._oid])
    j = j.mutate(_rank=ibis.row_number().over(w))
    j = j.filter(j._rank == 0)
    return j.select("key", rec_at=j._rec, rec_id=j._oid)


CHECKS = (
    Check(
        "T11",
        "Robocall or text more than 10 business days after consent was revoked",
        revocation_not_honoured,
        judges=(REVOCATION,),
        needs=(
            Need("contacts", ("sent_at", "channel", "to_phone"), events=True),
            Need("optouts", ("received_at", "channel"), where="phone"),
        ),
    ),
    Check(
        "T12",
        "Reply that reads as an opt-out with no opt-out recorded in one business day",
        stop_reply_not_recorded,
        judges=(REVOCATION,),
        needs=(Need("sms_inbound", ("from_phone", "received_at", "body"), events=True),),
    ),
)
