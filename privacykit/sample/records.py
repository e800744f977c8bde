"""The shapes of the planted records: each as its exporting system writes it.

``cases.py`` (issues 5 and 6) and ``privacy_cases.py`` (issue 7) fill these with literal rows;
``planted.py`` writes them first in each export. Every field is raw text as the system exports
it (dates in its own format and zone), so that the loader's reading is part of what is tested.
"""

from __future__ import annotations

from dataclasses import dataclass

NY = "America/New_York"  # the company's zone, in which most systems write naive times


@dataclass(frozen=True)
class Person:
    """A planted customer exactly as the CRM exports it (raw text, messy on purpose)."""

    customer_id: str
    first: str
    last: str
    dob: str
    phone: str
    line: str  # the CRM's PHONE TYPE: MOBILE, LANDLINE or blank
    email: str
    street: str
    city: str
    state: str
    zip: str
    country: str = "USA"
    created: str = "03/02/2023 10:15"
    source: str = "web"
    card: str = "N"  # CARD_HOLDER: holds the store card (GLBA), Y, N or blank
    rx: str = "N"  # RX_PATIENT: a pharmacy patient (HIPAA)
    kids: str = "N"  # KIDS_SITE: signed up on Northwind Trail Kids (child-directed)
    age: str = ""  # AGE: the age a sign-up form asked for, when no birth date was given
    segment: str = ""  # AGE_SEGMENT: the marketing model's age band (TEEN (MODEL) or ADULT ...)
    closed: str = ""  # CLOSED: the day the account was closed (MM/DD/YYYY)
    purged: str = ""  # PURGED: when the personal data was deleted (YYYY-MM-DD HH:MM)


@dataclass(frozen=True)
class Contact:
    """A planted outbound contact as its system writes it, with the party's local time.

    ``system`` is dialer (CALL_START naive America/Chicago), esp (UTC ``Z``), sms (UTC), fax
    (the fax server: UTC on a 12-hour clock) or push (the app's log: ISO with +00:00).
    ``purpose`` and ``mode`` are the system's own codes, mapped by mapping.yaml; ``outcome`` is
    the dialer's disposition (A answered by a person, ABD abandoned) and ``caller`` the number
    it transmitted (None: its usual ANI).
    """

    system: str
    contact_id: str
    customer_id: str
    to: str
    at: str
    local: str  # the called, texted or emailed party's wall time (empty for broken rows)
    zone: str
    campaign: str
    purpose: str = "SALES"
    mode: str = "MAN"
    media: str = "VOICE"
    outcome: str = "A"
    caller: str | None = None


@dataclass(frozen=True)
class OptOut:
    """A planted opt-out or do-not-call request as its system writes it."""

    system: str  # crm (naive company time), esp (UTC Z), dialer (naive America/Chicago), sms
    # (UTC Z), fax (the fax server's do-not-fax list: UTC, 12-hour clock), card (the card
    # unit's opt-out line: dates MM/DD/YYYY, company time)
    optout_id: str
    customer_id: str
    address: str
    at: str
    local: str  # the company's wall time of receipt (America/New_York) unless zone says else
    zone: str = NY
    entered: str = ""  # when the dialer's agent keyed it in; when the SMS platform applied it
    via: str = ""  # esp: method (link, reply); sms: the keyword; fax: the channel it came by
    program: str = ""  # sms: the program the reply came in on
    channel: str = ""  # crm: OPTOUT_CHANNEL (default E-MAIL); card: OPT_TYPE


@dataclass(frozen=True)
class Consent:
    """A planted consent record as the preference centre exports it (ISO with offset)."""

    consent_id: str
    customer_id: str
    channel: str  # EMAIL, PHONE, TEXT, FAX, PUSH, LOCATION, SALE_SHARE, SENSITIVE, ALL
    kind: str  # PEWC, EXPRESS, DNC_PERMISSION, ... (VERBAL_OK is unknown on purpose)
    address: str
    granted: str
    evidence: str = ""
    revoked: str = ""
    source: str = "web"


@dataclass(frozen=True)
class Registration:
    """A number on a do-not-call list, in the list's own format."""

    registry: str  # national, internal, or a state list: FL, TX, PA
    phone: str
    registered: str
    zip: str = ""  # the Pennsylvania list carries the subscriber's ZIP


@dataclass(frozen=True)
class Order:
    """A purchase as the order system writes it (UTC; stored as a Parquet timestamp)."""

    transaction_id: str
    customer_id: str
    at: str
    amount: float


@dataclass(frozen=True)
class Inquiry:
    """An inquiry or application, as the web form system writes it (ISO with offset)."""

    inquiry_id: str
    customer_id: str
    at: str


@dataclass(frozen=True)
class Inbound:
    """A text received by the SMS platform (UTC), with the sender's local time."""

    message_id: str
    customer_id: str
    msisdn: str
    at: str
    local: str
    zone: str
    body: str
    reply_to: str
    program: str


@dataclass(frozen=True)
class Click:
    """A use of an email's unsubscribe link, as the email platform's link log writes it (UTC)."""

    click_id: str
    message_id: str
    email: str
    at: str
    local: str  # the company's wall time
    result: str  # unsubscribed, error, link_expired, login_page


@dataclass(frozen=True)
class Share:
    """A disclosure in the data-sharing log (UTC ``Z``); purpose is the log's own code.

    Flags are the log's Y, N or blank (not recorded); ``glba`` is the exception code, if any.
    """

    share_id: str
    customer_id: str
    recipient: str
    recipient_type: str
    sold: str
    categories: str
    purpose: str
    at: str
    cross_context: str = "N"
    sensitive: str = "N"
    precise: str = "N"
    health: str = "N"
    glba: str = ""


@dataclass(frozen=True)
class Campaign:
    """A row of marketing's campaign sheet: Yes, No or blank (not filled in) per flag."""

    code: str
    channel: str
    name: str
    product_line: str
    unsubscribe: str = "Yes"
    postal: str = "Yes"
    ad: str = "Yes"
    fax_notice: str = ""
    rx: str = "No"  # Uses Rx data (HIPAA)
    affiliate: str = "No"  # Affiliate data (FCRA)
    sponsor: str = "No"  # Sponsor paid
    gift: str = "No"  # Nominal gift
    targeted: str = "No"  # Targeted ads (chosen from activity on other companies' sites)


@dataclass(frozen=True)
class Download:
    """A registry copy in the download log (naive company time)."""

    list_name: str
    downloaded: str
    campaign: str
    operator: str


@dataclass(frozen=True)
class OwnedNumber:
    """A row of the carrier's list of the company's numbers (dates MM/DD/YYYY, last day kept)."""

    phone: str
    status: str
    activated: str
    last_day: str
    service: str


@dataclass(frozen=True)
class Label:
    """One row of labels.csv; ``effects`` say what the loader itself must report for DQ rows.

    ``period`` names the audit period whose run judges the record when that is not simply the
    period holding the record's event time (a customer judged at a deadline, a policy in force,
    a staff member at the period's end).

    Effects: ``quarantined`` (row set aside; the generator adds file and row to ``why``),
    ``unreadable:<column>`` (value nulled with a note), ``dangling`` (customer id matches no
    customer), ``same_person`` (records merged as one person), ``shared_phone`` (one number,
    different people).
    """

    case_id: str
    check: str
    rule: str
    table: str
    record_id: str
    expected: str
    why: str
    effects: tuple[str, ...] = ()
    period: str = ""  # the audit period that judges it; empty: the one holding its event


@dataclass(frozen=True)
class Notice:
    """A privacy notice or policy as the web team (notices.csv, ISO UTC) or the card unit's
    mail house (card/notice_mailings.csv: dates YYYYMMDD, codes) exports it."""

    system: str  # web or card
    notice_id: str
    kind: str  # the system's code: ccpa_policy, ... (web); PRIV-INIT, PRIV-ANNUAL, ... (card)
    version: str
    customer_id: str
    at: str
    delivery: str  # web, mail, electronic (web); USPS, EDELIVERY (card)
    practices: str = ""  # declared_practices (web); the enclosure (card: OPT-OUT FORM)
    acknowledged: str = ""  # when an electronic notice was acknowledged (ISO with offset)


@dataclass(frozen=True)
class Request:
    """A privacy request as the privacy portal exports it (ISO UTC; its own type labels)."""

    request_id: str
    customer_id: str
    kind: str  # the portal's label: Right to Know, Delete My Data, Do Not Sell or Share, ...
    received: str
    acknowledged: str = ""
    completed: str = ""
    extended: str = ""
    email: str = ""


@dataclass(frozen=True)
class Session:
    """A web session in the consent platform's log (Parquet, UTC): GPC sent, ad tags fired."""

    session_id: str
    visitor: str
    customer_id: str
    at: str  # ISO UTC
    region: str  # the visitor's state by IP, as the platform writes it
    gpc: int  # sec_gpc: 1 or 0
    tags: str  # fired or suppressed


@dataclass(frozen=True)
class Location:
    """A location event of the app (Parquet, naive UTC); accuracy is the radius in metres."""

    event_id: str
    customer_id: str
    device: str
    at: str  # naive UTC 'YYYY-MM-DD HH:MM:SS'
    lat: float
    lon: float
    accuracy: float | None
    purpose: str


@dataclass(frozen=True)
class Place:
    """A row of the sensitive-places layer (the vendor's type codes)."""

    place_id: str
    name: str
    kind: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Incident:
    """A ticket of the security incident log (naive company time, 'YYYY-MM-DD HH:MM')."""

    ticket: str
    discovered: str
    summary: str
    consumers: str
    encrypted: str  # Yes, No or blank
    key_exposed: str
    ftc_notified: str = ""


@dataclass(frozen=True)
class StaffMember:
    """A row of HR's roster (Excel; dates MM/DD/YYYY); customer data: Yes, No or blank."""

    employee_id: str
    name: str
    title: str
    department: str
    hired: str
    left: str = ""
    customer_data: str = ""


@dataclass(frozen=True)
class Course:
    """A training completion: the LMS (date) or the phishing platform (security, ISO UTC)."""

    system: str  # lms or security
    employee_id: str
    course: str
    completed: str


@dataclass(frozen=True)
class Retention:
    """A row of the written retention schedule (dates MM/DD/YYYY)."""

    policy_id: str
    records: str
    category: str
    days: str
    trigger: str
    adopted: str
