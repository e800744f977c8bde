"""'May I send this?', its inputs: a planned message, and the canonical rows that state it.

:func:`scenario_tables` turns a :class:`Scenario` (channel, where the recipient is, when it is
sent in the recipient's local time, age, line type, consent, opt-out, registry status, last
purchase or inquiry) into a one-person canonical dataset; :mod:`privacykit.training.sendcheck`
runs the audit's own checks on it, so a lesson and an audit cannot disagree.

What the learner states is a fact of the dataset: "no consent" leaves this person without a
consent, and the consents table holds one consent of somebody else, so the check judges the
message instead of reporting the table absent. What the learner does not state (the national
registry copy's date, the campaign's content) stays absent, and the checks that need it are
NOT EVALUATED: the answer counts them instead of calling the message allowed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from privacykit.checks import geo, places
from privacykit.checks.lists import STATE_DNC_LISTS
from privacykit.checks.tzoffsets import load_zone
from privacykit.period import Period, parse_period
from privacykit.rulebook.values import CA_PROVINCES, US_STATES, is_jurisdiction

NOT_LEGAL_ADVICE = (
    "privacykit is not legal advice: it shows what the rules it holds say about these inputs. "
    "Ask your privacy counsel before you decide."
)
CHANNELS = ("sms", "call", "email")
DIALERS = ("manual", "autodialer", "prerecorded")
LINE_TYPES = ("wireless", "landline", "voip")
CONSENTS = ("none", "express_written", "express", "soft_opt_in")
REGISTRY = ("not_listed", "national", "state")
STATE_LISTS = STATE_DNC_LISTS  # the state do-not-call lists the audit scrubs against (T19)
MAX_BATCH = 100
LONG_AGO = dt.date(2010, 1, 4)
SELLER = "sender"
# The checks that judge one message: the audit's ids for its channel (every call and text is
# judged by the phone checks wherever it goes, as in an audit), and for where it goes.
CHECKS: Mapping[str, tuple[str, ...]] = {
    "sms": ("T1", "T2", "T3", "T4", "T5", "T6", "T8", "T9", "T11", "T19"),
    "call": ("T1", "T2", "T3", "T4", "T5", "T6", "T8", "T9", "T10", "T11", "T19"),
    "email": ("E1",),
    "CA": ("E12", "E13"),  # CASL: email and texts
    "EU": ("E14", "E15"),  # GDPR, ePrivacy and PECR: email and texts, objections
}
# The company that sends: a retailer in Ohio that markets in the US, Canada, the EU and the UK.
SENDER: dict[str, Any] = {
    "name": "The lesson's sender",
    "industries": ["retail"],
    "jurisdictions": ["US", "CA", "EU", "UK"],
    "channels": ["email", "phone", "sms"],
    "timezone": "America/New_York",
}
OTHER = "SOMEONE-ELSE"
# Outside 555-0100..0199, the numbers the scenarios use: the placeholder is no recipient.
OTHER_PHONE, OTHER_EMAIL = "+16145559999", "someone.else@example.org"
UK_PHONE, EU_PHONE = "+4477009001", "+49151234567"  # + two digits: the scenario


@dataclass(frozen=True)
class Scenario:
    """One planned marketing message, as the 'May I send this?' checker asks for it.

    ``place`` is the recipient's state or country: ``US-FL``, ``CA-ON``, ``EU-DE``, ``UK``.
    ``local_time`` is the send time on the recipient's clock, in ``zone`` (default: the zone of
    the place when it has one; a state with several zones needs ``zone`` or ``postal_code``).
    Dates (consent, opt-out, registration, purchase, inquiry) are days before the send.
    """

    channel: str
    place: str
    local_time: dt.datetime
    zone: str | None = None
    postal_code: str | None = None
    age: int | None = None
    line_type: str = "wireless"
    dialer: str = "autodialer"
    consent: str = "none"
    consent_date: dt.date | None = None
    optout_date: dt.date | None = None
    registry: str = "not_listed"
    registered_on: dt.date | None = None
    last_purchase: dt.date | None = None
    last_inquiry: dt.date | None = None

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ValueError("; ".join(problems))


def place_zones(place: str, postal_code: str | None = None) -> tuple[str, ...]:
    """Return the IANA zones a recipient in ``place`` (``US-FL``, ``CA-ON``, ``UK``) may be in."""
    top, _, sub = place.partition("-")
    if top in ("US", "CA") and sub:
        return geo.zones_for_address(top, sub, postal_code)
    if place == "UK":
        return ("Europe/London",)
    if top == "EU" and sub:
        return (_EU_ZONES.get(sub, "Europe/Brussels"),)
    return ()


def scenario_tables(scenarios: Sequence[Scenario]) -> dict[str, list[dict[str, Any]]]:
    """Return the canonical dataset of one or more planned messages (table name -> rows).

    Scenario ``n`` (0-based) is customer ``RECIPIENT-n`` with number ``+1 <area> 555-01nn``
    and address ``recipient-n@example.org``, and its message is contact ``message-n``: nothing
    of one scenario reaches another's person. One person who is never messaged holds what
    makes each table present (a consent and an opt-out per channel, entries on the national
    and state lists, a purchase, an inquiry), so that what the learner states ("no consent",
    "not on a list") is judged rather than reported absent.

    Raises:
        ValueError: more than 100 scenarios (the fictitious numbers of one area code).
    """
    if not scenarios or len(scenarios) > MAX_BATCH:
        raise ValueError(f"give 1 to {MAX_BATCH} scenarios at once, got {len(scenarios)}")
    tables = _placeholders(min(sent_at_utc(s) for s in scenarios))
    for n, s in enumerate(scenarios):
        for name, rows in _person(s, n).items():
            tables[name] += rows
    return tables


def _person(s: Scenario, n: int) -> dict[str, list[dict[str, Any]]]:
    """The rows of scenario ``n``: its customer, message, consent, opt-out and history."""
    zone = zone_of(s)
    sent = sent_at_utc(s)
    country, region = _country_region(s.place)
    me, phone, email = recipient_id(n), _phone(s.place, zone, n), f"recipient-{n}@example.org"
    customer: dict[str, Any] = {
        "customer_id": me,
        "email": email,
        "phone": phone,
        "phone_line_type": s.line_type,
        "state": region,
        "postal_code": s.postal_code or _postal_code(s.place, zone),
        "country": country,
        "created_at": sent - dt.timedelta(days=800),
    }
    if s.age is not None:
        customer["age"], customer["age_as_of"] = s.age, s.local_time.date()
    contact = {
        "contact_id": message_id(n),
        "customer_id": me,
        "channel": s.channel,
        "sent_at": sent,
        "purpose": "marketing",
        "campaign_id": "planned-campaign",
        "seller": SELLER,
        "dialer_type": None if s.channel == "email" else s.dialer,
        "to_email": email if s.channel == "email" else None,
        "to_phone": None if s.channel == "email" else phone,
    }
    out: dict[str, list[dict[str, Any]]] = {"customers": [customer], "contacts": [contact]}
    noon = dt.timedelta(hours=12)
    if s.consent != "none" and s.consent_date is not None:
        out["consents"] = [_consent(me, s.channel, s.consent, _day_start(s.consent_date, zone))]
    if s.optout_date is not None:
        out["optouts"] = [_optout(me, s.channel, _day_start(s.optout_date, zone) + noon)]
    if s.registry != "not_listed" and s.channel != "email":
        name = "national" if s.registry == "national" else (region or "national")
        on = s.registered_on or LONG_AGO
        out["dnc_registry"] = [{"registry": name, "phone": phone, "registered_at": on}]
    if s.last_purchase is not None:
        when = _day_start(s.last_purchase, zone) + noon
        out["transactions"] = [
            {"transaction_id": f"t-{n}", "customer_id": me, "kind": "purchase", "occurred_at": when}
        ]
    if s.last_inquiry is not None:
        when = _day_start(s.last_inquiry, zone) + noon
        out["inquiries"] = [{"inquiry_id": f"i-{n}", "customer_id": me, "occurred_at": when}]
    return out


def _placeholders(at: dt.datetime) -> dict[str, list[dict[str, Any]]]:
    """Rows of a person who is never a recipient: each table the checker's inputs speak for.

    The person also gets one message per channel at ``at`` (in the period), as a real team's
    data would hold, so that a check reads a column as recorded whichever channels the
    scenarios of one run use: a scenario's answer is the same alone or in a batch.
    """
    then = dt.datetime.combine(LONG_AGO, dt.time(12))
    other = {"customer_id": OTHER, "email": OTHER_EMAIL, "phone": OTHER_PHONE,
             "phone_line_type": "wireless", "state": "OH", "country": "US"}  # fmt: skip
    lists = ("national", *STATE_LISTS)
    messages = [
        {
            "contact_id": f"{OTHER.lower()}-{ch}",
            "customer_id": OTHER,
            "channel": ch,
            "sent_at": at,
            "purpose": "marketing",
            "seller": SELLER,
            "dialer_type": None if ch == "email" else "manual",
            "to_email": OTHER_EMAIL if ch == "email" else None,
            "to_phone": None if ch == "email" else OTHER_PHONE,
        }
        for ch in CHANNELS
    ]
    return {
        "customers": [other],
        "contacts": messages,
        "consents": [_consent(OTHER, ch, "express_written", then) for ch in CHANNELS],
        "optouts": [_optout(OTHER, ch, then) for ch in CHANNELS],
        "dnc_registry": [
            {"registry": r, "phone": OTHER_PHONE, "registered_at": LONG_AGO} for r in lists
        ],
        "transactions": [
            {
                "transaction_id": "t-other",
                "customer_id": OTHER,
                "occurred_at": then,
                "kind": "purchase",
            }
        ],
        "inquiries": [{"inquiry_id": "i-other", "customer_id": OTHER, "occurred_at": then}],
    }


def recipient_id(n: int) -> str:
    """The customer id of scenario ``n`` in :func:`scenario_tables`."""
    return f"RECIPIENT-{n}"


def message_id(n: int) -> str:
    """The contact id of scenario ``n``'s message in :func:`scenario_tables`."""
    return f"message-{n}"


def checks_for(s: Scenario) -> tuple[str, ...]:
    """Return the ids of the audit checks that judge ``s`` (its channel, where it goes)."""
    top = s.place.partition("-")[0]
    region = CHECKS.get("EU" if top == "UK" else top, ()) if s.channel != "call" else ()
    return (*CHECKS[s.channel], *region) + (
        ("E15",) if s.channel == "call" and top in ("EU", "UK") else ()
    )


def _consent(who: str, channel: str, kind: str, granted: dt.datetime) -> dict[str, Any]:
    """A consent row: marketing, by the sender, with the form it was given on as evidence."""
    return {
        "consent_id": f"consent-{who.lower()}-{channel}",
        "customer_id": who,
        "channel": channel,
        "purpose": "marketing",
        "consent_type": kind,
        "seller": "sender",
        "granted_at": granted,
        "source": "web form",
        "evidence": "signed web form with the disclosure shown",
    }


def _optout(who: str, channel: str, received: dt.datetime) -> dict[str, Any]:
    """An opt-out of every program of ``channel`` (a STOP, an unsubscribe, a do-not-call)."""
    return {
        "optout_id": f"optout-{who.lower()}-{channel}",
        "customer_id": who,
        "channel": channel,
        "scope": "all",
        "method": "reply" if channel == "sms" else "request",
        "received_at": received,
    }


def _problems(s: Scenario) -> list[str]:
    out = []
    if s.channel not in CHANNELS:
        out.append(f"channel {s.channel!r} is not one of {', '.join(CHANNELS)}")
    if not is_jurisdiction(s.place) or s.place in ("US", "CA", "EU"):
        out.append(
            f"place {s.place!r} is not a state, province or country such as US-FL, CA-ON, EU-DE, UK"
        )
    if s.line_type not in LINE_TYPES:
        out.append(f"line type {s.line_type!r} is not one of {', '.join(LINE_TYPES)}")
    if s.dialer not in DIALERS:
        out.append(f"dialer {s.dialer!r} is not one of {', '.join(DIALERS)}")
    if s.consent not in CONSENTS:
        out.append(f"consent {s.consent!r} is not one of {', '.join(CONSENTS)}")
    if s.consent != "none" and s.consent_date is None:
        out.append("give the date the consent was given (or choose consent 'none')")
    if s.registry not in REGISTRY:
        out.append(f"registry status {s.registry!r} is not one of {', '.join(REGISTRY)}")
    if s.age is not None and not 0 <= s.age <= 130:
        out.append(f"age {s.age} is not an age")
    day = s.local_time.date()
    for name in ("consent_date", "optout_date", "registered_on", "last_purchase", "last_inquiry"):
        value = getattr(s, name)
        if value is not None and value > day:
            out.append(f"{name.replace('_', ' ')} {value} is after the send day {day}")
    if s.local_time.tzinfo is not None:
        out.append("give the local time without a time zone: the zone is chosen apart")
    zones = place_zones(s.place, s.postal_code) if not out else ()
    if s.zone is not None and zones and s.zone not in zones:
        out.append(f"{s.zone} is not a time zone of {s.place} (its zones: {', '.join(zones)})")
    elif s.zone is not None:
        try:
            load_zone(s.zone)
        except ValueError as exc:
            out.append(str(exc))
    if not out and not _exists(s.local_time, zone_of(s)):
        out.append(
            f"{s.local_time:%Y-%m-%d %H:%M} does not exist in {zone_of(s)}: the clocks skip "
            "that hour (daylight saving time starts); choose another time"
        )
    region = s.place.partition("-")[2]
    if s.registry == "state" and region not in STATE_LISTS:
        out.append(
            f"{s.place} keeps no do-not-call list of its own that the kit knows; the states "
            f"that do: {', '.join(STATE_LISTS)}"
        )
    return out


def default_zone(place: str, postal_code: str | None = None) -> str:
    """Return the zone a send time in ``place`` is read in when none is chosen.

    The only zone of the place (or of its postal code), else the place's main zone (the first
    one the kit's region table lists: Eastern for Florida, Central for Texas).
    """
    zones = place_zones(place, postal_code)
    if len(zones) == 1:
        return zones[0]
    top, _, sub = place.partition("-")
    main = geo.main_zone(top, sub) if top in ("US", "CA") and sub else None
    return main or (zones[0] if zones else "UTC")


def zone_of(s: Scenario) -> str:
    """The zone the scenario's local time is read in."""
    return s.zone or default_zone(s.place, s.postal_code)


def sent_at_utc(s: Scenario) -> dt.datetime:
    """The send time as naive UTC."""
    return _utc(s.local_time, zone_of(s))


def _utc(local: dt.datetime, zone: str) -> dt.datetime:
    aware = local.replace(tzinfo=load_zone(zone))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def _exists(local: dt.datetime, zone: str) -> bool:
    """False for a wall time the clocks skip (2026-03-08 02:30 in New York)."""
    tz = load_zone(zone)
    back = local.replace(tzinfo=tz).astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
    return back == local


def _day_start(day: dt.date, zone: str) -> dt.datetime:
    return _utc(dt.datetime.combine(day, dt.time()), zone)


def quarter_of(sent: dt.datetime, zone: str) -> Period:
    """The calendar quarter, in ``zone``, holding the naive-UTC instant ``sent``."""
    local = sent.replace(tzinfo=dt.UTC).astimezone(load_zone(zone))
    return parse_period(f"{local.year}Q{(local.month - 1) // 3 + 1}", zone)


def _country_region(place: str) -> tuple[str, str | None]:
    top, _, sub = place.partition("-")
    if top in ("US", "CA"):
        return top, sub
    if place == "UK":
        return "GB", None
    return sub, None


def _postal_code(place: str, zone: str) -> str | None:
    """A postal code of ``place`` in ``zone`` alone, when the place spans several zones."""
    top, _, sub = place.partition("-")
    if top not in ("US", "CA") or not sub or len(place_zones(place)) < 2:
        return None
    prefix = geo.postal_prefix_in(top, sub, zone)
    if prefix is None:
        return None
    return f"{prefix}01" if top == "US" else f"{prefix} 1A1"


def _phone(place: str, zone: str, n: int) -> str:
    top, _, sub = place.partition("-")
    if (top == "US" and sub in US_STATES) or (top == "CA" and sub in CA_PROVINCES):
        code = (
            _area_codes().get((top, sub, zone))
            or _area_codes().get((top, sub, ""))
            or _TERRITORY_CODES.get(sub)
        )
        if code:
            return f"+1{code}55501{n:02d}"  # 555-01xx: numbers reserved for fiction
    return f"{UK_PHONE}{n:02d}" if place == "UK" else f"{EU_PHONE}{n:02d}"


@functools.lru_cache(maxsize=1)
def _area_codes() -> dict[tuple[str, str, str], str]:
    """(country, region, zone) -> an area code of that region whose numbers are in that zone only.

    ("US", "FL", "") holds any single-state code of the region, for places without a zone match.
    """
    zones: dict[str, set[str]] = {}
    country: dict[str, str] = {}
    t = geo.area_code_zones()
    for code, ctry, zone in zip(
        *(t.column(n).to_pylist() for n in ("area_code", "country", "zone")), strict=True
    ):
        zones.setdefault(code, set()).add(zone)
        country[code] = ctry
    regions: dict[str, set[str]] = {}
    r = places.area_code_regions()
    for code, region in zip(
        r.column("area_code").to_pylist(), r.column("region").to_pylist(), strict=True
    ):
        regions.setdefault(code, set()).add(region)
    out: dict[tuple[str, str, str], str] = {}
    for code in sorted(zones):
        if country[code] == "US":
            names = regions.get(code, set())
            if len(names) != 1:
                continue
            region = next(iter(names))
        elif country[code] == "CA":
            for province in _CA_AREA_CODES.get(code, ()):
                if len(zones[code]) == 1:
                    out.setdefault(("CA", province, next(iter(zones[code]))), code)
                out.setdefault(("CA", province, ""), code)
            continue
        else:
            continue
        if len(zones[code]) == 1:
            out.setdefault((country[code], region, next(iter(zones[code]))), code)
        out.setdefault((country[code], region, ""), code)
    return out


# Canadian area codes by province (phonenumbers' geocoder names places, not provinces); 902
# and 782 serve Nova Scotia and Prince Edward Island, 867 the three territories.
_CA_AREA_CODES: dict[str, tuple[str, ...]] = {
    "416": ("ON",), "647": ("ON",), "613": ("ON",), "519": ("ON",), "705": ("ON",),
    "807": ("ON",), "905": ("ON",), "514": ("QC",), "438": ("QC",), "418": ("QC",),
    "450": ("QC",), "819": ("QC",), "604": ("BC",), "250": ("BC",), "403": ("AB",),
    "780": ("AB",), "204": ("MB",), "306": ("SK",), "506": ("NB",), "902": ("NS", "PE"),
    "709": ("NL",), "867": ("YT", "NT", "NU"),
}  # fmt: skip
# US territories have numbering plans of their own (phonenumbers calls them PR, VI, GU, ...).
_TERRITORY_CODES = {"PR": "787", "VI": "340", "GU": "671", "AS": "684", "MP": "670"}
_EU_ZONES = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "HR": "Europe/Zagreb",
    "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
    "FI": "Europe/Helsinki", "FR": "Europe/Paris", "DE": "Europe/Berlin", "GR": "Europe/Athens",
    "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IT": "Europe/Rome", "LV": "Europe/Riga",
    "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest", "SK": "Europe/Bratislava", "SI": "Europe/Ljubljana",
    "ES": "Europe/Madrid", "SE": "Europe/Stockholm",
}  # fmt: skip
