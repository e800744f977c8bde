"""The canonical data model: every table and column the checks read, defined once, as code.

After loading, only these names exist. Timestamps are naive UTC; dates are calendar dates.
Each column says which checks use it, so a check whose data is absent can say what is missing,
and the reference page (``privacykit schema``) is generated from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType


class DType(Enum):
    STRING = "string"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    DATE = "date"
    TIMESTAMP = "timestamp"  # naive UTC


class Kind(Enum):
    """What a column holds, for normalisation and for masking personal data."""

    PLAIN = "plain"
    ID = "id"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    STATE = "state"  # US state or Canadian province code
    COUNTRY = "country"  # ISO 3166-1 alpha-2
    POSTAL_CODE = "postal_code"
    BIRTH_DATE = "birth_date"
    ENUM = "enum"
    FREE_TEXT = "free_text"


@dataclass(frozen=True)
class Column:
    name: str
    dtype: DType
    description: str
    required: bool = False
    kind: Kind = Kind.PLAIN
    values: tuple[str, ...] = ()  # the closed set for ENUM columns
    checks: tuple[str, ...] = ()

    @property
    def is_personal(self) -> bool:
        """Return True for columns that reports mask by default."""
        return self.kind in (
            Kind.NAME,
            Kind.EMAIL,
            Kind.PHONE,
            Kind.ADDRESS,
            Kind.BIRTH_DATE,
            Kind.POSTAL_CODE,
            Kind.FREE_TEXT,
        )


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: str | None = None  # unique per row when present
    time_column: str | None = None  # the column whose range is the table's coverage
    event: bool = False  # judged events (selected by the audit period) rather than history

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        known = ", ".join(c.name for c in self.columns)
        raise KeyError(f"table {self.name} has no column '{name}' (columns: {known})")

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# fmt: off
# The model is data: one column per line reads better than the formatter's layout.
S, N, F, B, D, T = (DType.STRING, DType.INTEGER, DType.FLOAT, DType.BOOLEAN, DType.DATE,
                    DType.TIMESTAMP)

CHANNELS = ("email", "call", "sms", "fax", "mail", "push")
CONSENT_CHANNELS = (*CHANNELS, "location", "sale_share", "sensitive", "tracking",
                    "affiliate_marketing", "glba", "all")
CONSENT_TYPES = ("express_written", "express", "implied_purchase", "implied_inquiry", "soft_opt_in",
                 "parental", "teen_opt_in", "hipaa_authorization", "dnc_written_permission",
                 "third_party_disclosure_parental")
PURPOSES = ("marketing", "informational")
DIALER_TYPES = ("manual", "predictive", "autodialer", "prerecorded", "artificial_voice")
OUTCOMES = ("live_answer", "abandoned", "no_answer", "voicemail", "busy", "delivered", "bounced",
            "failed", "opened", "clicked")
LINE_TYPES = ("wireless", "landline", "voip", "unknown")
RECIPIENT_TYPES = ("affiliate", "nonaffiliated", "service_provider", "joint_marketer",
                   "data_broker", "ad_platform", "list_rental")
REQUEST_TYPES = ("opt_out_sale_share", "limit", "know", "delete", "correct", "gpc", "appeal")
PLACE_CATEGORIES = ("medical", "reproductive_health", "mental_health", "sexual_health",
                    "place_of_worship", "shelter", "school", "military", "political", "lgbtq",
                    "other")
TRAINING_TOPICS = ("privacy", "dnc", "security", "hipaa", "other")
RETENTION_FROM = ("collection", "account_closed")
TXN_KINDS = ("purchase", "payment", "contract_end")
UNSUBSCRIBE_STATUSES = ("success", "failed", "expired", "login_required")
ID, NAME, EMAIL, PHONE, ADDR = Kind.ID, Kind.NAME, Kind.EMAIL, Kind.PHONE, Kind.ADDRESS


def _c(name: str, dtype: DType, description: str, *, required: bool = False,
       kind: Kind = Kind.PLAIN, values: tuple[str, ...] = (), checks: str = "") -> Column:
    return Column(name, dtype, description, required, Kind.ENUM if values else kind, values,
                  tuple(checks.split()))


CUSTOMERS = Table("customers", "One row per customer record (a person may have several).", (
    _c("customer_id", S, "The source system's customer id.", required=True, kind=ID),
    _c("first_name", S, "Given name.", kind=NAME),
    _c("last_name", S, "Family name.", kind=NAME),
    _c("birth_date", D, "Date of birth (ages on an event's date).", kind=Kind.BIRTH_DATE,
       checks="P3 P8 P18"),
    _c("age", N, "Declared age when no birth date is known.", checks="P3 P8 P18"),
    _c("age_as_of", D, "The date on which 'age' was true.", checks="P3 P8 P18"),
    _c("email", S, "Primary email address (trimmed, case-folded).", kind=EMAIL,
       checks="E1 E9 E12 E14"),
    _c("phone", S, "Primary phone number in E.164.", kind=PHONE, checks="T1 T2 T4 T9"),
    _c("phone_line_type", S, "Line type of the phone where known.", values=LINE_TYPES,
       checks="T9 T10"),
    _c("address", S, "Street address.", kind=ADDR),
    _c("city", S, "City.", kind=ADDR),
    _c("state", S, "US state or Canadian province code (OH, CA, QC).", kind=Kind.STATE,
       checks="T1 T2 T3 P1 P8"),
    _c("postal_code", S, "ZIP or postal code.", kind=Kind.POSTAL_CODE, checks="T1"),
    _c("country", S, "ISO 3166-1 alpha-2 country (US, CA, DE).", kind=Kind.COUNTRY,
       checks="E12 E14 E15"),
    _c("is_financial_customer", B, "Holds a financial account (GLBA relationship).",
       checks="P13 P14"),
    _c("is_patient", B, "A patient of the company's pharmacy or clinic (HIPAA).", checks="P16"),
    _c("created_at", T, "When the record was created."),
    _c("source", S, "How the record was collected (kids_signup_form, store, web).", checks="P18"),
    _c("is_child_directed_source", B, "Collected by a child-directed or mixed-audience service.",
       checks="P18"),
    _c("is_known_minor", B, "The company knows or should know the person is a minor (an "
       "inferred-age segment, a school-age product) though no age is recorded.", checks="P8"),
    _c("closed_at", T, "When the relationship or account ended (UTC), if it has.",
       checks="P14 P18"),
    _c("deleted_at", T, "When the record's personal data was deleted (UTC), if it was.",
       checks="P18"),
), key="customer_id", time_column="created_at")

CONTACTS = Table("contacts", "Every outbound marketing or informational contact, every channel.", (
    _c("contact_id", S, "The source system's id of the send, call or mailing (without one, the "
       "loader names the row by its file and row number).", kind=ID),
    _c("customer_id", S, "The customer contacted (may match none: still judged).", kind=ID),
    _c("channel", S, "email, call, sms, fax, mail or push.", required=True, values=CHANNELS),
    _c("sent_at", T, "When the contact was made (UTC).", required=True),
    _c("to_address", S, "The email address, number or postal address used, as exported.",
       kind=Kind.FREE_TEXT),
    _c("to_email", S, "Normalised email used (email channel).", kind=EMAIL),
    _c("to_phone", S, "Normalised E.164 number used (call, sms, fax).", kind=PHONE),
    _c("campaign_id", S, "Campaign or program.", checks="T3 T5 T11 T14 E4 P23"),
    _c("purpose", S, "marketing or informational.", values=PURPOSES),
    _c("dialer_type", S, "How a call or text was placed.", values=DIALER_TYPES,
       checks="T9 T10 T11"),
    _c("outcome", S, "What happened.", values=OUTCOMES, checks="T14 T15"),
    _c("caller_id", S, "Caller ID number transmitted (E.164), if any.", kind=PHONE, checks="T16"),
    _c("seller", S, "The seller on whose behalf the contact was made.", checks="T6 T9"),
    _c("subject", S, "Email subject line.", kind=Kind.FREE_TEXT, checks="E7 E8"),
    _c("connect_delay_s", F, "Seconds from greeting to a live agent.", checks="T15"),
    _c("ring_s", F, "Seconds an unanswered call rang.", checks="T15"),
), key="contact_id", time_column="sent_at", event=True)

CONSENTS = Table("consents", "Grants and revocations of consent, per channel and purpose.", (
    _c("consent_id", S, "Id of the consent record.", kind=ID),
    _c("customer_id", S, "The customer.", kind=ID),
    _c("channel", S, "What the consent covers.", required=True, values=CONSENT_CHANNELS),
    _c("purpose", S, "marketing or informational.", values=PURPOSES),
    _c("consent_type", S, "Kind of consent.", required=True, values=CONSENT_TYPES),
    _c("address", S, "Email or E.164 number the consent names, if any.", kind=Kind.FREE_TEXT),
    _c("seller", S, "Seller the consent authorizes.", checks="T9"),
    _c("granted_at", T, "When consent was captured (UTC).", required=True),
    _c("revoked_at", T, "When it was revoked, if it was (UTC)."),
    _c("source", S, "Where it was captured (web form, store, call)."),
    _c("evidence", S, "Pointer to the evidence (form version, recording id).", checks="T9"),
    _c("remuneration_disclosed", B, "HIPAA: the authorization states third-party payment.",
       checks="P16"),
), key="consent_id", time_column="granted_at")

OPTOUTS = Table("optouts", "Opt-outs and do-not-call requests (received apart from processed).", (
    _c("optout_id", S, "Id of the request.", kind=ID),
    _c("customer_id", S, "The customer, if known.", kind=ID),
    _c("channel", S, "What the person opted out of.", required=True, values=CONSENT_CHANNELS),
    _c("address", S, "Email address or E.164 number opted out.", kind=Kind.FREE_TEXT),
    _c("scope", S, "program (one program) or all.", values=("program", "all"), checks="T11"),
    _c("program", S, "The program or campaign the request was made in.", checks="T11"),
    _c("method", S, "How it was received (link, reply, STOP, call, letter, in person, gpc)."),
    _c("received_at", T, "When the company (or any agent) received it (UTC).", required=True,
       checks="E1 T6 T11 P1"),
    _c("processed_at", T, "When it was entered or applied (UTC)."),
), key="optout_id", time_column="received_at")

DNC_REGISTRY = Table("dnc_registry", "Numbers on national, state and internal DNC lists.", (
    _c("registry", S, "national, internal or a state code (FL, TX, ...).", required=True),
    _c("phone", S, "Registered number in E.164.", required=True, kind=PHONE),
    _c("registered_at", D, "Date the number was registered.", checks="T4"),
), time_column="registered_at")

REGISTRY_DOWNLOADS = Table("registry_downloads", "Registry copies the company scrubbed against.", (
    _c("registry", S, "national or a state code.", required=True),
    _c("downloaded_at", T, "When the copy was obtained (UTC).", required=True, checks="T5"),
    _c("campaign_id", S, "Campaign scrubbed with this copy, if recorded.", checks="T5"),
), time_column="downloaded_at")

TRANSACTIONS = Table("transactions", "Purchases, payments and contracts.", (
    _c("transaction_id", S, "Id.", kind=ID),
    _c("customer_id", S, "The customer.", required=True, kind=ID),
    _c("occurred_at", T, "When (UTC).", required=True, checks="T8 E12"),
    _c("kind", S, "purchase, payment or contract_end.", values=TXN_KINDS),
    _c("amount", F, "Amount, if known."),
), key="transaction_id", time_column="occurred_at")

INQUIRIES = Table("inquiries", "Inquiries and applications (business relationships).", (
    _c("inquiry_id", S, "Id.", kind=ID),
    _c("customer_id", S, "The customer.", required=True, kind=ID),
    _c("occurred_at", T, "When (UTC).", required=True, checks="T8 E12"),
), key="inquiry_id", time_column="occurred_at")

CAMPAIGNS = Table("campaigns", "Campaigns and their content flags.", (
    _c("campaign_id", S, "Id.", required=True),
    _c("channel", S, "Main channel.", values=CHANNELS),
    _c("name", S, "Name."),
    _c("has_unsubscribe", B, "Email carries a working unsubscribe link.", checks="E4"),
    _c("has_postal_address", B, "Email carries the sender's postal address.", checks="E4"),
    _c("has_ad_disclosure", B, "Email identifies itself as an advertisement.", checks="E4"),
    _c("has_fax_optout_notice", B, "Fax carries the opt-out notice on its first page.",
       checks="P23"),
    _c("subject_matter", S, "What the campaign is about (product line, program): groups "
       "campaigns on one subject (T3) or program (T11) when a company says so.",
       checks="T3 T11"),
    _c("uses_health_data", B, "Targeting used protected health information.", checks="P16"),
    _c("uses_affiliate_data", B, "Targeting used an affiliate's eligibility information.",
       checks="P15"),
    _c("third_party_paid", B, "A third party paid for the communication.", checks="P16"),
    _c("face_to_face", B, "HIPAA face-to-face communication.", checks="P16"),
    _c("nominal_gift", B, "HIPAA promotional gift of nominal value.", checks="P16"),
    _c("is_targeted_advertising", B, "Targeted advertising (ads chosen from a person's activity "
       "across other companies' sites and apps).", checks="P8"),
), key="campaign_id")

SHARING = Table("sharing", "Disclosures of personal data to affiliates and third parties.", (
    _c("share_id", S, "Id.", kind=ID),
    _c("customer_id", S, "Whose data.", kind=ID),
    _c("address", S, "Identifier shared (email or number) when no customer id.",
       kind=Kind.FREE_TEXT),
    _c("recipient", S, "Recipient's name.", required=True),
    _c("recipient_type", S, "Kind of recipient.", required=True, values=RECIPIENT_TYPES),
    _c("is_sale", B, "A sale (money or other valuable consideration).", checks="P1 P3 P10 P11"),
    _c("is_cross_context_sharing", B, "Shared for cross-context behavioural advertising.",
       checks="P1 P3"),
    _c("data_categories", S, "Categories shared (semicolon-separated).", checks="P27"),
    _c("is_sensitive", B, "Includes sensitive data.", checks="P9 P10"),
    _c("includes_precise_location", B, "Includes precise geolocation.", checks="P4 P11"),
    _c("includes_health_data", B, "Includes protected health information.", checks="P17"),
    _c("glba_exception", S, "GLBA exception code (service provider, joint marketing).",
       checks="P13"),
    _c("purpose", S, "Why it was shared (suppression and compliance transfers are lawful after "
       "an email opt-out; marketing, sale and others are not).", checks="E9"),
    _c("shared_at", T, "When (UTC).", required=True),
), key="share_id", time_column="shared_at", event=True)

LOCATION_EVENTS = Table("location_events", "Location data collected from devices.", (
    _c("event_id", S, "Id.", kind=ID),
    _c("customer_id", S, "Whose device.", kind=ID),
    _c("device_id", S, "Device id.", kind=ID),
    _c("captured_at", T, "When (UTC).", required=True),
    _c("latitude", F, "Latitude.", kind=ADDR),
    _c("longitude", F, "Longitude.", kind=ADDR),
    _c("accuracy_m", F, "Accuracy radius in metres.", checks="P4"),
    _c("purpose", S, "Why it was used (service, ad_segment, sale).", checks="P4 P20"),
), key="event_id", time_column="captured_at", event=True)

SENSITIVE_PLACES = Table("sensitive_places", "Places whose visitors' locations are sensitive "
                         "(clinics, places of worship, shelters, schools, military sites).", (
    _c("place_id", S, "Id.", kind=ID),
    _c("name", S, "Name of the place."),
    _c("category", S, "What the place is.", required=True, values=PLACE_CATEGORIES,
       checks="P20"),
    _c("latitude", F, "Latitude.", required=True, checks="P20"),
    _c("longitude", F, "Longitude.", required=True, checks="P20"),
), key="place_id")

NOTICES = Table("notices", "Privacy notices and policies published or delivered.", (
    _c("notice_id", S, "Id.", kind=ID),
    _c("notice_type", S, "glba_initial, glba_annual, glba_optout, fcra_affiliate, ccpa_policy, "
       "coppa, caloppa, ...", required=True),
    _c("version", S, "Version label."),
    _c("customer_id", S, "Recipient, for delivered notices.", kind=ID),
    _c("published_at", T, "When published or delivered (UTC).", required=True, checks="P7 P14"),
    _c("delivery_method", S, "mail, electronic, web."),
    _c("acknowledged_at", T, "When the customer acknowledged an electronic notice (UTC).",
       checks="P13 P15"),
    _c("declared_practices", S, "What the notice discloses and promises, as semicolon-separated "
       "codes: disclosures (categories_collected, third_party_categories, last_updated, ...) "
       "and practices (no_sale, no_sharing, recipient:ad_platform, category:contact).",
       checks="P7 P27"),
), key="notice_id", time_column="published_at")

PRIVACY_REQUESTS = Table("privacy_requests", "Opt-out, limit, know, delete requests; GPC.", (
    _c("request_id", S, "Id.", kind=ID),
    _c("customer_id", S, "Who asked.", kind=ID),
    _c("request_type", S, "Kind of request.", required=True, values=REQUEST_TYPES),
    _c("received_at", T, "When received (UTC).", required=True, checks="P1 P2 P5 P6"),
    _c("acknowledged_at", T, "When acknowledged (UTC).", checks="P6"),
    _c("completed_at", T, "When completed (UTC).", checks="P6"),
    _c("extended_at", T, "When the consumer was told the response needs more time (UTC).",
       checks="P6"),
    _c("address", S, "Email or number the request names, when no customer id.",
       kind=Kind.FREE_TEXT),
), key="request_id", time_column="received_at")

WEB_SESSIONS = Table("web_sessions", "Website and app sessions: whether the browser sent a "
                     "Global Privacy Control signal and whether sale or advertising tags "
                     "fired (the consent platform's or tag manager's log).", (
    _c("session_id", S, "Id.", kind=ID),
    _c("customer_id", S, "The customer, if signed in or known.", kind=ID),
    _c("device_id", S, "Browser or device id.", kind=ID),
    _c("started_at", T, "When the session started (UTC).", required=True, checks="P2"),
    _c("state", S, "US state the visitor was in (by IP), if known.", kind=Kind.STATE,
       checks="P2"),
    _c("gpc", B, "The browser sent a Global Privacy Control signal.", required=True,
       checks="P2"),
    _c("sale_tags_fired", B, "Tags that sell or share data for advertising fired.",
       required=True, checks="P2"),
), key="session_id", time_column="started_at", event=True)

STAFF = Table("staff", "Staff and contractors, with their roles.", (
    _c("employee_id", S, "Employee id (as in training).", required=True, kind=ID),
    _c("role", S, "Job title or role.", required=True, checks="P28"),
    _c("is_marketing_role", B, "Works on marketing, telemarketing or customer data (when the "
       "company says so; otherwise read from the role).", checks="P28"),
    _c("started_at", T, "First day (UTC).", checks="P28"),
    _c("ended_at", T, "Last day, if left (UTC).", checks="P28"),
), key="employee_id", time_column="started_at")

INCIDENTS = Table("incidents", "Security incidents involving customer information.", (
    _c("incident_id", S, "Id.", kind=ID),
    _c("discovered_at", T, "When any employee, officer or agent knew of it (UTC).",
       required=True, checks="P19"),
    _c("consumers_affected", N, "How many consumers' information was involved.",
       checks="P19"),
    _c("encrypted", B, "The information was encrypted (and the key was not taken).",
       checks="P19"),
    _c("key_compromised", B, "The encryption key was taken too.", checks="P19"),
    _c("ftc_notified_at", T, "When the FTC was notified (UTC).", checks="P19"),
), key="incident_id", time_column="discovered_at", event=True)

RETENTION_POLICIES = Table("retention_policies", "Written data-retention policies.", (
    _c("policy_id", S, "Id.", kind=ID),
    _c("data_category", S, "Data it governs (child, customer, location, ...).", required=True,
       checks="P18"),
    _c("retention_days", N, "Days the data may be kept.", checks="P18"),
    _c("counted_from", S, "collection or account_closed.", values=RETENTION_FROM,
       checks="P18"),
    _c("published_at", T, "When the policy was adopted and posted (UTC).", required=True,
       checks="P18"),
), key="policy_id", time_column="published_at")

TRAINING = Table("training", "Staff training records.", (
    _c("employee_id", S, "Employee.", required=True, kind=ID),
    _c("course", S, "Course or module.", required=True),
    _c("completed_at", T, "When completed (UTC).", required=True, checks="P28"),
    _c("topic", S, "privacy, dnc, security or hipaa (read from the course name when absent).",
       values=TRAINING_TOPICS, checks="P28"),
), time_column="completed_at")

UNSUBSCRIBE_EVENTS = Table("unsubscribe_events", "Uses of an email's unsubscribe link and what "
                           "happened (the email platform's link log).", (
    _c("event_id", S, "Id of the click.", kind=ID),
    _c("contact_id", S, "The email (contacts.contact_id) whose link was used.", kind=ID,
       checks="E2"),
    _c("address", S, "Email address that tried to unsubscribe.", kind=EMAIL),
    _c("clicked_at", T, "When the link was used (UTC).", required=True, checks="E2"),
    _c("status", S, "success, failed (error), expired (link no longer works) or "
       "login_required.", required=True, values=UNSUBSCRIBE_STATUSES, checks="E2 E3"),
), key="event_id", time_column="clicked_at", event=True)

SMS_INBOUND = Table("sms_inbound", "Text messages received from people (replies).", (
    _c("message_id", S, "Id of the inbound message.", kind=ID),
    _c("customer_id", S, "The customer, if the platform knows.", kind=ID),
    _c("from_phone", S, "The sender's number in E.164.", required=True, kind=PHONE,
       checks="T12"),
    _c("received_at", T, "When it was received (UTC).", required=True, checks="T12"),
    _c("body", S, "The message text as received.", required=True, kind=Kind.FREE_TEXT,
       checks="T12"),
    _c("in_reply_to", S, "The contact_id of the text it answers, if known.", kind=ID),
    _c("program", S, "The program or campaign it came in on, if known."),
), key="message_id", time_column="received_at", event=True)

CALLER_IDS = Table("caller_ids", "Telephone numbers the company (or its telemarketer) owns or "
                   "is assigned, which it may transmit as caller ID.", (
    _c("phone", S, "The number in E.164.", required=True, kind=PHONE, checks="T16"),
    _c("assigned_from", D, "First day the number was the company's (empty: always).",
       checks="T16"),
    _c("assigned_to", D, "Last day it was (empty: still is).", checks="T16"),
    _c("label", S, "What the number is used for (main line, outbound sales, ...)."),
))

TABLES: Mapping[str, Table] = MappingProxyType({t.name: t for t in (
    CUSTOMERS, CONTACTS, CONSENTS, OPTOUTS, DNC_REGISTRY, REGISTRY_DOWNLOADS, TRANSACTIONS,
    INQUIRIES, CAMPAIGNS, SHARING, LOCATION_EVENTS, NOTICES, PRIVACY_REQUESTS, TRAINING,
    UNSUBSCRIBE_EVENTS, SMS_INBOUND, CALLER_IDS, SENSITIVE_PLACES, WEB_SESSIONS, STAFF, INCIDENTS,
    RETENTION_POLICIES)})

# Built by the loader from the tables above (a mapping cannot feed them).
PEOPLE = Table("people", "Which customer records are one person (built by the loader).", (
    _c("customer_id", S, "A customer record.", required=True, kind=ID),
    _c("person_id", S, "The person: the smallest customer_id among the person's records.",
       required=True, kind=ID, checks="T8 E12"),
    _c("matched_on", S, "Why records were joined: name+birth_date, name+address, name+phone, "
       "name+email (semicolon-separated); empty when the person has one record."),
), key="customer_id")

SUPPRESSIONS = Table("suppressions", "Opt-outs per channel and address, all sources merged "
                     "(built by the loader): the earliest receipt governs; a later re-consent "
                     "for the channel ends the suppression.", (
    _c("channel", S, "What the person opted out of (as in optouts).", required=True,
       values=CONSENT_CHANNELS),
    _c("address", S, "Normalised email or E.164 number; suppression follows it across records.",
       required=True, kind=Kind.FREE_TEXT),
    _c("customer_id", S, "The customer named by the earliest request, if any.", kind=ID),
    _c("received_at", T, "The earliest receipt among the merged requests (UTC).", required=True,
       checks="E1 E13 T6"),
    _c("processed_at", T, "When the earliest request was processed (UTC)."),
    _c("requests", N, "How many opt-out rows (from all sources) were merged."),
    _c("first_optout_id", S, "The optout_id of the governing request.", kind=ID),
    _c("superseded_at", T, "When a later recorded re-consent for the channel ended it (UTC).",
       checks="E1 T6"),
    _c("superseded_by", S, "The consent_id of that re-consent.", kind=ID),
), time_column="received_at")

DERIVED: Mapping[str, Table] = MappingProxyType({t.name: t for t in (PEOPLE, SUPPRESSIONS)})
# fmt: on


def table(name: str) -> Table:
    """Return a canonical table by name, or raise KeyError listing the known tables."""
    try:
        return TABLES[name] if name in TABLES else DERIVED[name]
    except KeyError:
        raise KeyError(f"no canonical table '{name}' (tables: {', '.join(TABLES)})") from None


def reference_markdown() -> str:
    """Return the canonical model as a Markdown reference page for users."""
    lines = [
        "# The canonical data model",
        "",
        "Generated from `privacykit/schema/canonical.py` (`privacykit schema`). Timestamps are",
        "naive UTC; a mapping names the time zone of a source's naive timestamps.",
        "",
    ]
    for t in (*TABLES.values(), *DERIVED.values()):
        if t.name in DERIVED:
            lines += ["## Built by the loader", ""] if t is next(iter(DERIVED.values())) else []
        lines += [f"## {t.name}", "", t.description, ""]
        if t.key:
            lines.append(
                f"Key: `{t.key}`. " + (f"Coverage from `{t.time_column}`." if t.time_column else "")
            )
            lines.append("")
        lines += [
            "| column | type | required | description | values | checks |",
            "|---|---|---|---|---|---|",
        ]
        for c in t.columns:
            lines.append(
                f"| `{c.name}` | {c.dtype.value} | {'yes' if c.required else ''} | "
                f"{c.description} | {', '.join(c.values)} | {' '.join(c.checks)} |"
            )
        lines.append("")
    return "\n".join(lines)
