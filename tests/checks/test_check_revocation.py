"""T11 (revocations honoured in 10 business days) and T12 (STOP replies recorded), by table.

Both checks judge rule TCPA-REVOCATION (from 2025-04-11). One tiny DB holds every case of both:
T11's numbers are +1614555 06xx, T12's +1614555 07xx, so the opt-outs of one never reach the
cases of the other. Every number is in Columbus, Ohio; the company zone is America/New_York
(EDT, UTC-4, for every date below), so 16:00 UTC is noon in New York.

Days were counted by hand on a printed calendar. A receipt is business day 0, whatever day it
is; business day N is the N-th later Monday-to-Friday that is not a US federal holiday; the
deadline is the end of that day in New York (04:00 UTC the next day). Labor Day (Mon
2026-09-07) is a holiday under every reading; Fri 2026-07-03 (Independence Day observed for
Sat 07-04) is a holiday in the lenient reading and a business day in the strict one.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd
import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun
from privacykit.checks.registry import all_checks
from privacykit.rulebook import Rulebook
from tests.checks.tiny import audit, tiny_db, ts, verdicts

RULE = "TCPA-REVOCATION"
SELLER = "Tiny Co"
V, W, P = "violation", "warning", "pass"


def _phone(n: int) -> str:
    return f"+1614555{n:04d}"


def _require(check_id: str) -> None:
    if check_id not in all_checks():
        pytest.fail(f"no check registered: {check_id}")


# ============================================================================================
# T11: a revocation stops robocalls and robotexts of its program within 10 business days
# ============================================================================================

# customer id -> its number (each scenario its own number)
T11_NUMBERS = {
    "A": _phone(601),  # STOP by text, scope program P1, Mon 2026-07-06 12:00 EDT
    "B": _phone(602),  # call opt-out, scope all, Mon 07-06
    "C": _phone(603),  # call opt-out, scope program P1, Mon 07-06
    "D": _phone(604),  # STOP (P1) Mon 07-06; consents to texts again Wed 07-22 12:00 EDT
    "E": _phone(605),  # STOP (P1) Mon 07-06; consents to calls only Wed 07-22
    "F": _phone(606),  # text opt-out naming only the customer (no number), P1, Mon 07-06
    "G": _phone(607),  # opt-out of channel all, scope program P1, Mon 07-06
    "H": _phone(608),  # text opt-out with no program and no scope, Mon 07-06
    "I": _phone(609),  # STOP (P1) Wed 2026-07-01 12:00 EDT: Fri 07-03 is an observed holiday
    "J": _phone(610),  # STOP (P1) Fri 2026-08-28 15:10 EDT: Labor Day Mon 09-07
    "K": _phone(611),  # STOP (P1) Tue 2025-04-01 12:00 EDT, before the rule's start
    "M": _phone(612),  # two STOPs: program P2 Mon 07-06, program P1 Mon 07-13
    "N": _phone(613),  # an email opt-out only, Mon 07-06
    "Q": _phone(614),  # never opted out
    "S": _phone(616),  # STOP (P1) Mon 07-06; consents to every channel Wed 07-22 12:00 EDT
    "R": _phone(615),  # STOP (P1) Mon 07-06, the number as exported: '(614) 555-0615'
}

T11_CUSTOMERS = [
    {
        "customer_id": cid,
        "phone": phone,
        "phone_line_type": "wireless",
        "email": f"{cid.lower()}@example.com",
        "state": "OH",
        "postal_code": "43215",
        "country": "US",
    }
    for cid, phone in T11_NUMBERS.items()
]

# P1 and P3 are one program by subject matter (rewards); P2 is another (insurance).
CAMPAIGNS = [
    {"campaign_id": "P1", "channel": "sms", "name": "Rewards", "subject_matter": "rewards"},
    {"campaign_id": "P2", "channel": "sms", "name": "Insurance", "subject_matter": "insurance"},
    {"campaign_id": "P3", "channel": "sms", "name": "Rewards II", "subject_matter": "rewards"},
]

MON = "2026-07-06 16:00:00"  # Mon 2026-07-06 12:00 EDT


def _t11_optout(oid: str, cid: str, received: str, **extra: Any) -> dict[str, Any]:
    return {
        "optout_id": oid,
        "customer_id": cid,
        "channel": "sms",
        "address": T11_NUMBERS[cid],
        "scope": "program",
        "program": "P1",
        "method": "STOP",
        "received_at": ts(received),
    } | extra


T11_OPTOUTS = [
    _t11_optout("o-A", "A", MON),
    _t11_optout("o-B", "B", MON, channel="call", scope="all", program=None, method="call"),
    _t11_optout("o-C", "C", MON, channel="call", method="call"),
    _t11_optout("o-D", "D", MON),
    _t11_optout("o-E", "E", MON),
    _t11_optout("o-F", "F", MON, address=None),
    _t11_optout("o-G", "G", MON, channel="all", method="web form"),
    _t11_optout("o-H", "H", MON, scope=None, program=None),
    _t11_optout("o-I", "I", "2026-07-01 16:00:00"),
    _t11_optout("o-J", "J", "2026-08-28 19:10:00"),
    _t11_optout("o-K", "K", "2025-04-01 16:00:00"),
    _t11_optout("o-R", "R", MON, address="(614) 555-0615"),
    _t11_optout("o-S", "S", MON),
    _t11_optout("o-M1", "M", MON, program="P2"),
    _t11_optout("o-M2", "M", "2026-07-13 16:00:00"),
    _t11_optout(
        "o-N",
        "N",
        MON,
        channel="email",
        address="n@example.com",
        scope=None,
        program=None,
        method="link",
    ),
]


def _t11_consent(cid: str, channel: str, granted: str) -> dict[str, Any]:
    return {
        "consent_id": f"k-{cid}",
        "customer_id": cid,
        "channel": channel,
        "purpose": "marketing",
        "consent_type": "express_written",
        "address": T11_NUMBERS[cid],
        "seller": SELLER,
        "granted_at": ts(granted),
        "evidence": "web form v3",
    }


T11_CONSENTS = [
    _t11_consent("D", "sms", "2026-07-22 16:00:00"),  # texts again: ends D's revocation
    _t11_consent("E", "call", "2026-07-22 16:00:00"),  # calls only: E's text revocation stands
    _t11_consent("S", "all", "2026-07-22 16:00:00"),  # every channel: ends S's revocation
]


class Contact(NamedTuple):
    id: str
    customer: str
    utc: str  # sent_at, naive UTC
    expected: str | None  # T11's verdict (None: no row)
    channel: str = "sms"
    dialer: str | None = "autodialer"
    campaign: str | None = "P1"
    purpose: str | None = "marketing"
    period: str = "2026Q3"


# Receipt Mon 07-06 (day 0): Tue 07=1, Wed 08=2, Thu 09=3, Fri 10=4, Mon 13=5, Tue 14=6,
# Wed 15=7, Thu 16=8, Fri 17=9, Mon 20=10 -> deadline end of Mon 07-20 EDT = 07-21 04:00 UTC.
BD10 = "2026-07-20 16:00:00"  # Mon, business day 10: in time
BD11 = "2026-07-21 16:00:00"  # Tue, business day 11: late
# fmt: off
T11_CASES = [
    # --- A: STOP by text, program P1 ---
    Contact("a-before-receipt", "A", "2026-07-06 15:00:00", None),
    Contact("a-receipt-instant", "A", MON, P),  # received at or before sent_at: judged, day 0
    Contact("a-bd1", "A", "2026-07-07 16:00:00", P),
    Contact("a-bd10", "A", BD10, P),
    Contact("a-bd10-2330edt", "A", "2026-07-21 03:30:00", P),  # Mon 23:30 EDT
    Contact("a-bd11-0000edt", "A", "2026-07-21 04:00:00", V),  # Tue 00:00 EDT
    Contact("a-bd11", "A", BD11, V),
    Contact("a-bd11-text-sent-by-hand", "A", BD11, V, dialer="manual"),  # texts: any dialer
    Contact("a-bd11-text-dialer-null", "A", BD11, V, dialer=None),
    Contact("a-bd11-informational", "A", BD11, V, purpose="informational"),  # any purpose
    Contact("a-bd11-same-subject-p3", "A", BD11, V, campaign="P3"),  # P3 and P1: rewards
    Contact("a-bd10-other-program", "A", BD10, P, campaign="P2"),
    Contact("a-bd11-other-program", "A", BD11, W, campaign="P2"),  # revoke-all unconfirmed
    Contact("a-bd11-robocall", "A", BD11, W, channel="call"),  # other channel
    Contact("a-bd11-manual-call", "A", BD11, None, channel="call", dialer="manual"),
    # --- B: call opt-out, scope all (reaches texts too) ---
    Contact("b-bd10-robocall", "B", BD10, P, channel="call"),
    Contact("b-bd11-robocall", "B", BD11, V, channel="call"),
    Contact("b-bd11-prerecorded", "B", BD11, V, channel="call", dialer="prerecorded"),
    Contact("b-bd11-artificial-voice", "B", BD11, V, channel="call", dialer="artificial_voice"),
    Contact("b-bd11-predictive", "B", BD11, W, channel="call", dialer="predictive"),  # capped
    Contact("b-bd11-call-dialer-null", "B", BD11, W, channel="call", dialer=None),  # capped
    Contact("b-bd11-manual-call", "B", BD11, None, channel="call", dialer="manual"),
    Contact("b-bd10-text", "B", BD10, P, campaign="P2"),
    Contact("b-bd11-text", "B", BD11, V, campaign="P2"),
    # --- C: call opt-out, scope program P1 ---
    Contact("c-bd11-robocall-p1", "C", BD11, V, channel="call"),
    Contact("c-bd11-robocall-p2", "C", BD11, W, channel="call", campaign="P2"),
    Contact("c-bd11-predictive-p2", "C", BD11, W, channel="call", dialer="predictive",
            campaign="P2"),
    Contact("c-bd10-text-p1", "C", BD10, P),  # other channel, in time
    Contact("c-bd11-text-p1", "C", BD11, W),  # other channel, late
    # --- D: consents to texts again Wed 07-22 16:00 UTC ---
    Contact("d-bd11", "D", BD11, V),
    Contact("d-hour-before-reconsent", "D", "2026-07-22 15:00:00", V),
    Contact("d-reconsent-instant", "D", "2026-07-22 16:00:00", None),  # granted <= sent_at
    Contact("d-after-reconsent", "D", "2026-07-23 16:00:00", None),
    # --- E: consents to calls only: the text revocation stands ---
    Contact("e-text-after-call-consent", "E", "2026-07-23 16:00:00", V),
    # --- S: consents to every channel Wed 07-22 16:00 UTC ---
    Contact("s-before-reconsent", "S", "2026-07-22 15:00:00", V),
    Contact("s-after-reconsent-all", "S", "2026-07-23 16:00:00", None),
    # --- F: the opt-out names the customer, whose phone this is ---
    Contact("f-bd10", "F", BD10, P),
    Contact("f-bd11", "F", BD11, V),
    # --- G: opt-out of channel all (same program whatever the campaign or channel) ---
    Contact("g-bd11-text-p2", "G", BD11, V, campaign="P2"),
    Contact("g-bd11-robocall-p2", "G", BD11, V, channel="call", campaign="P2"),
    # --- H: text opt-out, program not recorded: every text program; calls are another channel
    Contact("h-bd11-text-p2", "H", BD11, V, campaign="P2"),
    Contact("h-bd11-robocall", "H", BD11, W, channel="call"),
    # --- I: receipt Wed 07-01. Strict (07-03 a business day): Thu 02=1, Fri 03=2, Mon 06=3,
    # Tue 07=4, Wed 08=5, Thu 09=6, Fri 10=7, Mon 13=8, Tue 14=9, Wed 15=10. Lenient (07-03 a
    # holiday): Thu 02=1, Mon 06=2, ..., Wed 15=9, Thu 16=10.
    Contact("i-bd10-both-readings", "I", "2026-07-15 16:00:00", P),
    Contact("i-late-if-0703-counts", "I", "2026-07-16 16:00:00", W),
    Contact("i-late-both-readings", "I", "2026-07-17 16:00:00", V),
    # --- J: receipt Fri 08-28: Mon 31=1, Tue 09-01=2, Wed 02=3, Thu 03=4, Fri 04=5, (Mon 07
    # Labor Day), Tue 08=6, Wed 09=7, Thu 10=8, Fri 11=9, Mon 14=10; deadline 09-15 04:00 UTC.
    Contact("j-on-labor-day", "J", "2026-09-07 16:00:00", P),
    Contact("j-bd10", "J", "2026-09-14 16:00:00", P),  # without Labor Day: day 11
    Contact("j-bd11", "J", "2026-09-15 16:00:00", V),
    # --- K (2025Q2): receipt Tue 2025-04-01: Wed 02=1, Thu 03=2, Fri 04=3, Mon 07=4, Tue 08=5,
    # Wed 09=6, Thu 10=7, Fri 11=8, Mon 14=9, Tue 15=10; the rule starts Fri 2025-04-11.
    Contact("k-before-rule", "K", "2025-04-10 16:00:00", None, period="2025Q2"),
    Contact("k-rule-first-day-bd8", "K", "2025-04-11 16:00:00", P, period="2025Q2"),
    Contact("k-bd10", "K", "2025-04-15 16:00:00", P, period="2025Q2"),
    Contact("k-bd11", "K", "2025-04-16 16:00:00", V, period="2025Q2"),
    # --- M: STOP on P2 Mon 07-06 (deadline end of 07-20), STOP on P1 Mon 07-13: Tue 14=1,
    # Wed 15=2, Thu 16=3, Fri 17=4, Mon 20=5, Tue 21=6, Wed 22=7, Thu 23=8, Fri 24=9, Mon 27=10.
    # One row per contact, the worst verdict over its revocations.
    Contact("m-p1-tue-07-21", "M", BD11, W),  # P2's: other program, late; P1's: day 6, pass
    Contact("m-p1-tue-07-28", "M", "2026-07-28 16:00:00", V),  # P1's: day 11
    Contact("m-p2-tue-07-21", "M", BD11, V, campaign="P2"),  # P2's: same program, day 11
    # --- an email opt-out is no revocation of texts; no opt-out at all ---
    Contact("n-text-after-email-optout", "N", BD11, None),
    Contact("q-never-opted-out", "Q", BD11, None),
    # --- the opt-out names the number as exported; the loader normalises it ---
    Contact("r-bd10-exported-number", "R", BD10, P),
    Contact("r-bd11-exported-number", "R", BD11, V),
]
# fmt: on


def _t11_contacts() -> list[dict[str, Any]]:
    return [
        {
            "contact_id": c.id,
            "customer_id": c.customer,
            "channel": c.channel,
            "sent_at": ts(c.utc),
            "to_phone": T11_NUMBERS[c.customer],
            "campaign_id": c.campaign,
            "purpose": c.purpose,
            "dialer_type": c.dialer,
            "seller": SELLER,
        }
        for c in T11_CASES
    ]


# ============================================================================================
# T12: a reply that reads as an opt-out is recorded as one within 1 business day
# ============================================================================================

WED = "2026-07-15 16:00:00"  # Wed 12:00 EDT: deadline end of Thu 07-16 EDT = 07-17 04:00 UTC


class _Same:
    pass


SAME = _Same()


class Reply(NamedTuple):
    id: str
    body: str
    expected: str | None  # T12's verdict (None: no row)
    utc: str = WED  # received_at, naive UTC
    recorded: str | None = None  # the opt-out's received_at (None: no opt-out)
    processed: str | None = None  # the opt-out's processed_at
    channel: str = "sms"  # the opt-out's channel
    names: str = "number"  # what the opt-out names: number, customer (only), other (number)
    reconsent: str | None = None  # a consent granted after the opt-out, before the reply
    reconsent_channel: str = "sms"
    over: Any = SAME  # the verdict when the company adds 'no más' and 'para' to stop_keywords
    period: str = "2026Q3"


# Normalised bodies are in the comments; 'C' = clear, 'L' = likely.
# fmt: off
REPLIES = [
    # --- clear replies, never recorded: violation ---
    Reply("stop-capitalised", "Stop", V),  # 'stop' C
    Reply("stop-padded", " stop ", V),  # trimmed: 'stop' C
    Reply("stop-all-caps", "STOP ALL", V),  # 'stop all' C
    Reply("stop-full-stop", "STOP.", V),  # 'stop ' -> 'stop' C
    Reply("stop-bang", "Stop!", V),  # 'stop' C
    Reply("stop-now-bangs", "STOP NOW!!!", V),  # 'stop now' C
    Reply("quit", "Quit", V),
    Reply("end", "END", V),
    Reply("revoke", "revoke", V),
    Reply("cancel", "Cancel", V),
    Reply("unsubscribe", "UNSUBSCRIBE", V),
    Reply("opt-out-two-words", "opt out", V),
    Reply("opt-out-hyphen", "Opt-Out", V),  # 'opt out' C
    Reply("optout-one-word", "OptOut", V),  # 'optout' C (listed in the spec)
    Reply("unsubscribe-me", "Unsubscribe me", V),  # keyword + 'me'
    Reply("stop-texting-me", "stop texting me", V),  # keyword + 'texting me'
    Reply("please-stop", "Please stop", V),  # 'please ' + keyword
    Reply("stop-please", "STOP please", V),  # keyword + 'please'
    Reply("stop-thank-you", "Stop, thank you", V),  # 'stop  thank you' -> 'stop thank you' C
    Reply("cancel-messages", "cancel messages", V),  # keyword + 'messages'
    Reply("end-it", "End it", V),  # keyword + 'it'
    Reply("quit-texting", "quit texting", V),  # keyword + 'texting'
    Reply("stop-texts", "STOP TEXTS", V),  # keyword + 'texts'
    Reply("cancel-messaging", "Cancel messaging.", V),  # keyword + 'messaging'
    Reply("unsubscribe-thanks", "Unsubscribe, thanks", V),  # keyword + 'thanks'
    Reply("opt-out-please", "opt out please", V),  # the two-word keyword + 'please'
    # --- likely replies (<= 6 words holding a keyword as a whole word), never recorded ---
    Reply("ok-stop", "ok stop", W),  # 2 words
    Reply("pls-stop-now-thx", "pls stop now thx", W),  # 4 words; 'pls' is not 'please'
    Reply("stop-stop", "STOP STOP", W),  # 'stop' is not one of the listed followers
    Reply("the-end", "the end", W),  # 2 words
    Reply("i-want-to-opt-out", "I want to opt out", W),  # 5 words, 'opt out' as whole words
    Reply("can-i-stop-by", "Can I stop by the store?", W),  # can i stop by the store: 6 words
    # --- no opt-out reading: no row ---
    Reply("can-i-stop-by-tomorrow", "Can I stop by the store tomorrow?", None),  # 7 words
    Reply("long-sentence", "I will stop by the store later this week", None),  # 9 words
    Reply("thanks", "Thanks!", None),
    Reply("stopped", "stopped", None),  # 'stop' not a whole word
    Reply("weekend", "Weekend deals?", None),  # 'end' not a whole word
    # --- other languages, as the whole body: likely; clear once the company adds them ---
    Reply("no-mas", "no más", W, over=V),
    Reply("no-mas-capitals", "NO MÁS", W, over=V),  # lower case: 'no más'
    Reply("no-mas-unaccented", "No mas", W),  # known to the kit; the company added 'no más' only
    Reply("no-mas-please", "no más please", None, over=V),  # not the whole body; added: C
    Reply("alto", "Alto", W),
    Reply("baja", "BAJA", W),
    Reply("cancelar", "Cancelar", W),
    Reply("arret", "Arrêt", W),
    Reply("desabonner", "désabonner", W),
    Reply("alto-in-a-sentence", "alto por favor", None),  # not the whole body
    Reply("para", "Para", None, over=V),  # unknown to the kit; added by the company
    # --- when the opt-out was recorded (reply Wed 07-15; business day 1 = Thu 07-16) ---
    Reply("rec-before-reply", "STOP", P, recorded="2026-07-01 16:00:00"),
    Reply("rec-same-day", "STOP", P, recorded="2026-07-15 16:05:00"),
    Reply("rec-bd1", "STOP", P, recorded="2026-07-16 20:00:00"),
    Reply("rec-bd1-2359edt", "STOP", P, recorded="2026-07-17 03:59:00"),  # Thu 23:59 EDT
    Reply("rec-bd2-0000edt", "STOP", W, recorded="2026-07-17 04:00:00"),  # Fri 00:00 EDT
    Reply("rec-bd2", "STOP", W, recorded="2026-07-17 16:00:00"),
    Reply("rec-bd5", "STOP", W, recorded="2026-07-22 16:00:00"),
    Reply("rec-after-as-of", "STOP", V, recorded="2026-10-05 16:00:00"),  # as_of 10-01 04:00
    # processed_at, when given, is the recorded time
    Reply("processed-bd2", "STOP", W, recorded="2026-07-15 16:05:00",
          processed="2026-07-17 16:00:00"),
    Reply("processed-bd1", "STOP", P, recorded="2026-07-15 16:05:00",
          processed="2026-07-16 20:00:00"),
    Reply("received-before-reply-processed-bd3", "STOP", W, recorded="2026-07-01 16:00:00",
          processed="2026-07-20 16:00:00"),
    # what the opt-out covers and names
    Reply("rec-channel-all", "STOP", P, recorded="2026-07-15 16:05:00", channel="all"),
    Reply("rec-channel-call", "STOP", V, recorded="2026-07-15 16:05:00", channel="call"),
    Reply("rec-names-customer", "STOP", P, recorded="2026-07-15 16:05:00", names="customer"),
    Reply("rec-other-number", "STOP", V, recorded="2026-07-15 16:05:00", names="other"),
    # an old opt-out ended by a later consent to texts is no record of this reply
    Reply("rec-ended-by-text-consent", "STOP", V, recorded="2026-07-01 16:00:00",
          reconsent="2026-07-10 16:00:00"),
    Reply("rec-email-consent-ends-nothing", "STOP", P, recorded="2026-07-01 16:00:00",
          reconsent="2026-07-10 16:00:00", reconsent_channel="email"),
    # likely replies: pass when recorded in time, warning otherwise
    Reply("likely-rec-bd1", "ok stop", P, recorded="2026-07-16 20:00:00"),
    Reply("likely-rec-bd2", "ok stop", W, recorded="2026-07-17 16:00:00"),
    Reply("likely-other-language-rec-same-day", "Alto", P, recorded="2026-07-15 16:05:00"),
    # --- Friday reply: business day 1 is Monday ---
    Reply("fri-rec-mon", "STOP", P, utc="2026-07-17 16:00:00", recorded="2026-07-20 15:00:00"),
    Reply("fri-rec-tue", "STOP", W, utc="2026-07-17 16:00:00", recorded="2026-07-21 15:00:00"),
    # Thu 23:30 EDT (Fri 03:30 UTC): the company day is Thursday, business day 1 is Friday,
    # Monday is day 2 (a UTC day would have made Monday day 1)
    Reply("thu-2330edt-rec-mon", "STOP", W, utc="2026-07-17 03:30:00",
          recorded="2026-07-20 15:00:00"),
    # --- reply Thu 07-02: business day 1 is Fri 07-03 (strict) or Mon 07-06 (lenient) ---
    Reply("holiday-rec-fri", "STOP", P, utc="2026-07-02 16:00:00",
          recorded="2026-07-03 16:00:00"),
    Reply("holiday-rec-mon", "STOP", W, utc="2026-07-02 16:00:00",
          recorded="2026-07-06 15:00:00"),  # late in the strict reading
    Reply("holiday-never", "STOP", V, utc="2026-07-02 16:00:00"),
    # --- reply Fri 09-04: Mon 09-07 is Labor Day, business day 1 is Tue 09-08 ---
    Reply("labor-day-rec-tue", "STOP", P, utc="2026-09-04 16:00:00",
          recorded="2026-09-08 16:00:00"),
    Reply("labor-day-rec-wed", "STOP", W, utc="2026-09-04 16:00:00",
          recorded="2026-09-09 16:00:00"),
    # --- the period's edges (2026Q3 starts 2026-07-01 00:00 EDT = 04:00 UTC) ---
    Reply("before-period", "STOP", None, utc="2026-07-01 03:30:00"),  # Tue 06-30 23:30 EDT
    Reply("period-first-instant", "STOP", V, utc="2026-07-01 04:00:00"),
    # --- the rule starts 2025-04-11 ---
    Reply("before-rule", "STOP", None, utc="2025-04-10 16:00:00", period="2025Q2"),
    Reply("rule-first-day", "STOP", V, utc="2025-04-11 16:00:00", period="2025Q2"),
]
# fmt: on

LAW_KEYWORDS = ["stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe"]
KEYWORD_POLICY = [
    {"rule": RULE, "parameter": "stop_keywords", "value": [*LAW_KEYWORDS, "no más", "para"]}
]
OTHER_NUMBER = _phone(799)


def _reply_customer(i: int) -> str:
    return f"R{i:02d}"


def _reply_number(i: int) -> str:
    return _phone(700 + i)


T12_CUSTOMERS = [
    {
        "customer_id": _reply_customer(i),
        "phone": _reply_number(i),
        "phone_line_type": "wireless",
        "state": "OH",
        "postal_code": "43215",
        "country": "US",
    }
    for i in range(len(REPLIES))
]

SMS_INBOUND = [
    {
        "message_id": r.id,
        "customer_id": _reply_customer(i),
        "from_phone": _reply_number(i),
        "received_at": ts(r.utc),
        "body": r.body,
        "program": "P1",
    }
    for i, r in enumerate(REPLIES)
]


def _t12_optouts() -> list[dict[str, Any]]:
    out = []
    for i, r in enumerate(REPLIES):
        if r.recorded is None:
            continue
        address = {"number": _reply_number(i), "customer": None, "other": OTHER_NUMBER}[r.names]
        out.append(
            {
                "optout_id": f"o-{r.id}",
                "customer_id": None if r.names == "other" else _reply_customer(i),
                "channel": r.channel,
                "address": address,
                "scope": "program",
                "program": "P1",
                "method": "STOP",
                "received_at": ts(r.recorded),
                "processed_at": ts(r.processed) if r.processed else None,
            }
        )
    return out


def _t12_consents() -> list[dict[str, Any]]:
    return [
        {
            "consent_id": f"k-{r.id}",
            "customer_id": _reply_customer(i),
            "channel": r.reconsent_channel,
            "purpose": "marketing",
            "consent_type": "express_written",
            "address": _reply_number(i) if r.reconsent_channel != "email" else "r@example.com",
            "seller": SELLER,
            "granted_at": ts(r.reconsent),
            "evidence": "web form v3",
        }
        for i, r in enumerate(REPLIES)
        if r.reconsent
    ]


def _db(**overrides: Any) -> Any:
    tables: dict[str, Any] = {
        "customers": T11_CUSTOMERS + T12_CUSTOMERS,
        "contacts": _t11_contacts(),
        "campaigns": CAMPAIGNS,
        "optouts": T11_OPTOUTS + _t12_optouts(),
        "consents": T11_CONSENTS + _t12_consents(),
        "sms_inbound": SMS_INBOUND,
    }
    return tiny_db(**(tables | overrides))


# ============================================================================================
# Runs
# ============================================================================================


@pytest.fixture(scope="module")
def t11(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("T11")
    con = _db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", only=["T11"]),
        "2025Q2": audit(con, rulebook, "2025Q2", only=["T11"]),
        "again": audit(con, rulebook, "2026Q3", only=["T11"]),
        "no events": audit(con, rulebook, "2026Q2", only=["T11"]),  # no contacts in 2026Q2
    }


@pytest.fixture(scope="module")
def t12(rulebook: Rulebook) -> dict[str, AuditRun]:
    _require("T12")
    con = _db()
    return {
        "2026Q3": audit(con, rulebook, "2026Q3", only=["T12"]),
        "2025Q2": audit(con, rulebook, "2025Q2", only=["T12"]),
        "keywords": audit(con, rulebook, "2026Q3", overrides=KEYWORD_POLICY, only=["T12"]),
        "again": audit(con, rulebook, "2026Q3", only=["T12"]),
        "no events": audit(con, rulebook, "2026Q1", only=["T12"]),  # no replies in 2026Q1
        "no replies": audit(_db(sms_inbound=[]), rulebook, "2026Q3", only=["T12"]),
    }


# ============================================================================================
# T11 tests
# ============================================================================================


def test_t11_case_ids_are_unique() -> None:
    assert len({c.id for c in T11_CASES}) == len(T11_CASES)


@pytest.mark.parametrize("case", T11_CASES, ids=[c.id for c in T11_CASES])
def test_t11_revocation_honoured(t11: dict[str, AuditRun], case: Contact) -> None:
    assert verdicts(t11[case.period], "T11", RULE).get(case.id) == case.expected


@pytest.mark.parametrize("period", ["2026Q3", "2025Q2"])
def test_t11_one_row_per_contact(t11: dict[str, AuditRun], period: str) -> None:
    rows = t11[period].rows
    rows = rows[rows["check_id"] == "T11"]
    assert not rows.empty
    assert not rows["record_id"].duplicated().any()
    assert set(rows["record_table"]) == {"contacts"}
    assert set(rows["rule_id"]) == {RULE}


def test_t11_status_is_worst_row(t11: dict[str, AuditRun]) -> None:
    assert t11["2026Q3"].finding(RULE, "T11").status is Status.VIOLATION


def test_t11_same_inputs_same_rows(t11: dict[str, AuditRun]) -> None:
    assert not t11["again"].rows.empty
    pd.testing.assert_frame_equal(t11["2026Q3"].rows, t11["again"].rows)


def test_t11_no_contacts_in_period_is_not_evaluated(t11: dict[str, AuditRun]) -> None:
    finding = t11["no events"].finding(RULE, "T11")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("contacts.") for m in finding.missing)


# ============================================================================================
# T12 tests
# ============================================================================================


def test_t12_case_ids_are_unique() -> None:
    assert len({r.id for r in REPLIES}) == len(REPLIES)


@pytest.mark.parametrize("reply", REPLIES, ids=[r.id for r in REPLIES])
def test_t12_reply_recorded(t12: dict[str, AuditRun], reply: Reply) -> None:
    assert verdicts(t12[reply.period], "T12", RULE).get(reply.id) == reply.expected


Q3_REPLIES = [r for r in REPLIES if r.period == "2026Q3"]


@pytest.mark.parametrize("reply", Q3_REPLIES, ids=[r.id for r in Q3_REPLIES])
def test_t12_company_keywords(t12: dict[str, AuditRun], reply: Reply) -> None:
    expected = reply.expected if reply.over is SAME else reply.over
    assert verdicts(t12["keywords"], "T12", RULE).get(reply.id) == expected


def test_t12_rows_are_replies_one_each(t12: dict[str, AuditRun]) -> None:
    rows = t12["2026Q3"].rows
    rows = rows[rows["check_id"] == "T12"]
    assert not rows.empty
    assert set(rows["record_table"]) == {"sms_inbound"}
    assert not rows["record_id"].duplicated().any()


def _text_cells(row: pd.Series) -> list[str]:
    return [str(v).casefold() for k, v in row.items() if k != "record_id" and isinstance(v, str)]


def test_t12_evidence_names_keyword_not_body(t12: dict[str, AuditRun]) -> None:
    rows = t12["2026Q3"].rows
    row = rows[(rows["check_id"] == "T12") & (rows["record_id"] == "pls-stop-now-thx")]
    assert len(row) == 1
    cells = _text_cells(row.iloc[0])
    assert any("stop" in c for c in cells)  # the keyword matched
    assert not any("pls" in c or "thx" in c for c in cells)  # never the message body


def test_t12_status_is_worst_row(t12: dict[str, AuditRun]) -> None:
    assert t12["2026Q3"].finding(RULE, "T12").status is Status.VIOLATION


def test_t12_same_inputs_same_rows(t12: dict[str, AuditRun]) -> None:
    assert not t12["again"].rows.empty
    pd.testing.assert_frame_equal(t12["2026Q3"].rows, t12["again"].rows)


@pytest.mark.parametrize("run", ["no events", "no replies"])
def test_t12_no_replies_is_not_evaluated(t12: dict[str, AuditRun], run: str) -> None:
    finding = t12[run].finding(RULE, "T12")
    assert finding.status is Status.NOT_EVALUATED
    assert any(m.startswith("sms_inbound.") for m in finding.missing)
    assert t12[run].rows.empty
