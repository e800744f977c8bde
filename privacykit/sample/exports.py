"""What each system of the sample company exports, and how mapping.yaml reads it.

``EXPORTS`` is keyed by file stem; its order is the order of mapping.yaml's sources and of the
README's table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

COMPANY = "Northwind Outfitters (sample)"  # the generated files' author and title
SELLER = "Northwind Outfitters"  # the brand in the exports' seller columns
ANI = "3125550199"  # the dialer's caller ID: a planted-range number, never a customer's
FAX_CSID = "NORTHWIND OUTFITTERS 6145550198"  # the fax server's station id (its fax line)
SHORTCODE = "64123"  # the SMS platform's short code
CARRIER_ACCOUNT = "BAN 88201-4471"  # the carrier's billing account for the company's numbers
USER_AGENTS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (Linux; Android 14)",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)")  # fmt: skip


@dataclass(frozen=True)
class Export:
    """One system's export file, and how mapping.yaml reads it into a canonical table."""

    path: str  # relative to the output folder
    table: str
    header: tuple[str, ...]
    columns: Mapping[str, str]  # canonical column -> the file's column
    options: Mapping[str, Any] = field(default_factory=dict)  # the source's other mapping keys
    bom: bool = False
    eol: str = "\n"
    types: Mapping[str, Any] = field(default_factory=dict)  # Parquet: column -> Arrow type

    @property
    def kind(self) -> str:
        return {".parquet": "parquet", ".xlsx": "xlsx"}.get(Path(self.path).suffix, "csv")

    @property
    def delimiter(self) -> str:
        default = "\t" if self.path.endswith(".tsv") else ","
        return str(self.options.get("delimiter", default))


def _cols(spec: str) -> dict[str, str]:
    """Parse 'canonical=SOURCE; ...': compact, and in the order the mapping shows them."""
    return dict(part.strip().split("=", 1) for part in spec.split(";"))


TS_UTC = pa.timestamp("s", tz="UTC")  # the SMS platform's Parquet timestamps
_NOT_SENSITIVE = {"is_sale": False, "is_sensitive": False, "includes_precise_location": False,
                  "includes_health_data": False}  # fmt: skip
# fmt: off
# Issue 7's systems: the card unit's mail house and opt-out line, the pharmacy, the ad team,
# the consent platform, a sensitive-places vendor, security, HR and legal.
ISSUE7_EXPORTS: tuple[Export, ...] = (
    Export("exports/card/notice_mailings.csv", "notices",
           ("MAIL_ID", "CUST_REF", "NOTICE_CODE", "FORM_VER", "ENCLOSURE", "MAILED", "CHANNEL",
            "E_ACK"),
           _cols("notice_id=MAIL_ID; customer_id=CUST_REF; notice_type=NOTICE_CODE; "
                 "version=FORM_VER; declared_practices=ENCLOSURE; published_at=MAILED; "
                 "delivery_method=CHANNEL; acknowledged_at=E_ACK"),
           {"formats": {"published_at": "%Y%m%d"},
            "values": {"notice_type": {"PRIV-INIT": "glba_initial", "PRIV-OPTOUT": "glba_optout",
                                       "PRIV-ANNUAL": "glba_annual",
                                       "AFFIL-MKTG": "fcra_affiliate"},
                       "declared_practices": {"OPT-OUT FORM": "opt_out_notice"},
                       "delivery_method": {"USPS": "mail", "EDELIVERY": "electronic"}}}),
    Export("exports/card/privacy_optouts.csv", "optouts",
           ("REF", "CUST_REF", "OPT_TYPE", "RECEIVED", "VIA"),
           _cols("optout_id=REF; customer_id=CUST_REF; channel=OPT_TYPE; received_at=RECEIVED; "
                 "method=VIA"),
           {"formats": {"received_at": "%m/%d/%Y %H:%M"},
            "values": {"channel": {"NPI SHARING": "glba", "AFFILIATE MKTG": "affiliate_marketing"}},
            "constants": {"scope": "all"}}),
    Export("exports/pharmacy/hipaa_authorizations.csv", "consents",
           ("AUTH_NO", "PATIENT_ID", "SIGNED", "REVOKED", "SCOPE", "REMUNERATION_STMT", "SPONSOR"),
           _cols("consent_id=AUTH_NO; customer_id=PATIENT_ID; granted_at=SIGNED; "
                 "revoked_at=REVOKED; channel=SCOPE; remuneration_disclosed=REMUNERATION_STMT"),
           {"formats": {"granted_at": "%m/%d/%Y %H:%M", "revoked_at": "%m/%d/%Y %H:%M"},
            "values": {"channel": {"ALL CONTACT": "all", "TEXT ONLY": "sms",
                                   "EMAIL ONLY": "email"}},
            "constants": {"consent_type": "hipaa_authorization", "purpose": "marketing"}}),
    Export("exports/pharmacy/rx_disclosures.csv", "sharing",
           ("DISCLOSURE_ID", "PATIENT_ID", "RECIPIENT", "RECIPIENT_CLASS", "PAID", "PURPOSE",
            "DATA", "DISCLOSED"),
           _cols("share_id=DISCLOSURE_ID; customer_id=PATIENT_ID; recipient=RECIPIENT; "
                 "recipient_type=RECIPIENT_CLASS; is_sale=PAID; purpose=PURPOSE; "
                 "data_categories=DATA; shared_at=DISCLOSED"),
           {"formats": {"shared_at": "%m/%d/%Y"},
            "values": {"recipient_type": {"THIRD PARTY": "nonaffiliated",
                                          "BUSINESS ASSOCIATE": "service_provider"},
                       "purpose": {"PUBLIC HEALTH": "public health", "RESEARCH": "research",
                                   "DATA LICENSE": "data licensing"}},
            "constants": {"includes_health_data": True, "is_sensitive": True,
                          "is_cross_context_sharing": False,
                          "includes_precise_location": False}}),
    Export("exports/ads/audience_uploads.csv", "sharing",
           ("upload_id", "crm_id", "platform", "audience", "data_shared", "uploaded_at"),
           _cols("share_id=upload_id; customer_id=crm_id; recipient=platform; purpose=audience; "
                 "data_categories=data_shared; shared_at=uploaded_at"),
           {"timezone": "America/Los_Angeles", "formats": {"shared_at": "%Y-%m-%d %H:%M:%S"},
            "constants": {"recipient_type": "ad_platform", "is_cross_context_sharing": True,
                          **_NOT_SENSITIVE}}),
    Export("exports/web/cmp_sessions.parquet", "web_sessions",
           ("session_uuid", "visitor_id", "crm_id", "session_start", "geo_region", "sec_gpc",
            "ad_tags"),
           _cols("session_id=session_uuid; device_id=visitor_id; customer_id=crm_id; "
                 "started_at=session_start; state=geo_region; gpc=sec_gpc; "
                 "sale_tags_fired=ad_tags"),
           {"timezone": "UTC", "values": {"sale_tags_fired": {"fired": "Y", "suppressed": "N"}}},
           types={"session_start": TS_UTC, "sec_gpc": pa.int8()}),
    Export("exports/geo/sensitive_places.csv", "sensitive_places",
           ("poi_id", "poi_name", "poi_type", "latitude", "longitude", "source"),
           _cols("place_id=poi_id; name=poi_name; category=poi_type; latitude=latitude; "
                 "longitude=longitude"),
           {"values": {"category": {
               "WORSHIP": "place_of_worship", "SHELTER-DV": "shelter", "SCHOOL-K12": "school",
               "CLINIC-RH": "reproductive_health", "CLINC-RH": "reproductive_health",
               "CLINIC-MH": "mental_health", "CLINIC-SH": "sexual_health",
               "CLINIC-GEN": "medical", "MIL": "military", "LGBTQ-CTR": "lgbtq"}}}),
    Export("exports/security/incident_log.csv", "incidents",
           ("Ticket", "Discovered", "Summary", "Consumers", "Encrypted", "Key exposed",
            "FTC notified"),
           _cols("incident_id=Ticket; discovered_at=Discovered; consumers_affected=Consumers; "
                 "encrypted=Encrypted; key_compromised=Key exposed; "
                 "ftc_notified_at=FTC notified"),
           {"formats": {"discovered_at": "%Y-%m-%d %H:%M", "ftc_notified_at": "%Y-%m-%d %H:%M"}}),
    Export("exports/security/phishing_training.csv", "training",
           ("user", "module", "completed_utc", "score"),
           _cols("employee_id=user; course=module; completed_at=completed_utc"),
           {"timezone": "UTC", "constants": {"topic": "security"}}),
    Export("exports/hr/staff_roster.xlsx", "staff",
           ("Employee #", "Name", "Job Title", "Department", "Hire Date", "Term Date",
            "Handles Customer Data"),
           _cols("employee_id=Employee #; role=Job Title; started_at=Hire Date; "
                 "ended_at=Term Date; is_marketing_role=Handles Customer Data"),
           {"sheet": "Roster", "formats": {"started_at": "%m/%d/%Y", "ended_at": "%m/%d/%Y"}}),
    Export("exports/legal/retention_schedule.csv", "retention_policies",
           ("Policy ID", "Records", "Data category", "Keep (days)", "Clock starts", "Adopted"),
           _cols("policy_id=Policy ID; data_category=Data category; "
                 "retention_days=Keep (days); counted_from=Clock starts; published_at=Adopted"),
           {"formats": {"published_at": "%m/%d/%Y"},
            "values": {"counted_from": {"From collection": "collection",
                                        "After account closure": "account_closed"}}}),
)
# fmt: on
# fmt: off
EXPORTS: dict[str, Export] = {e.path.rsplit("/", 1)[-1].split(".")[0]: e for e in (
    Export("exports/crm_customers.csv", "customers",
           ("CUST_NO", "FIRST NAME", "LAST NAME", "DOB", "PHONE", "PHONE TYPE", "EMAIL", "STREET",
            "CITY", "ST", "ZIP", "CTRY", "CREATED", "SOURCE", "CARD_HOLDER", "RX_PATIENT",
            "KIDS_SITE", "AGE", "AGE_SEGMENT", "CLOSED", "PURGED"),
           _cols("customer_id=CUST_NO; first_name=FIRST NAME; last_name=LAST NAME; "
                 "birth_date=DOB; phone=PHONE; phone_line_type=PHONE TYPE; email=EMAIL; "
                 "address=STREET; city=CITY; state=ST; postal_code=ZIP; country=CTRY; "
                 "created_at=CREATED; source=SOURCE; is_financial_customer=CARD_HOLDER; "
                 "is_patient=RX_PATIENT; is_child_directed_source=KIDS_SITE; age=AGE; "
                 "is_known_minor=AGE_SEGMENT; closed_at=CLOSED; deleted_at=PURGED"),
           {"delimiter": ";", "encoding": "cp1252",
            "formats": {"birth_date": ["%m/%d/%Y", "%Y%m%d"], "created_at": "%m/%d/%Y %H:%M",
                        "closed_at": "%m/%d/%Y", "deleted_at": "%Y-%m-%d %H:%M"},
            "values": {"phone_line_type": {"MOBILE": "wireless", "LANDLINE": "landline"},
                       "is_known_minor": {"TEEN (MODEL)": "Y", "ADULT (MODEL)": "N"}}},
           eol="\r\n"),
    Export("exports/crm_optouts.csv", "optouts",
           ("CUST_NO", "EMAIL", "OPTOUT_CHANNEL", "OPTOUT_DATE", "ENTERED_BY"),
           _cols("customer_id=CUST_NO; address=EMAIL; channel=OPTOUT_CHANNEL; "
                 "received_at=OPTOUT_DATE"),
           {"delimiter": ";", "encoding": "cp1252", "formats": {"received_at": "%m/%d/%Y %H:%M"},
            "values": {"channel": {"E-MAIL": "email", "DNSS": "sale_share"}},
            "constants": {"scope": "all"}},
           eol="\r\n"),
    Export("exports/esp_sends.csv", "contacts",
           ("message_id", "subscriber_key", "email_address", "campaign_code", "message_type",
            "sent_utc", "status"),
           _cols("contact_id=message_id; customer_id=subscriber_key; to_address=email_address; "
                 "to_email=email_address; campaign_id=campaign_code; purpose=message_type; "
                 "sent_at=sent_utc; outcome=status"),
           {"timezone": "UTC",
            "values": {"purpose": {"promotional": "marketing", "transactional": "informational"},
                       "outcome": {"hard_bounce": "bounced"}},
            "constants": {"channel": "email", "seller": SELLER}},
           bom=True),
    Export("exports/esp_unsubscribes.tsv", "optouts",
           ("event_id", "email_address", "unsubscribed_at", "method", "campaign_code"),
           _cols("optout_id=event_id; address=email_address; received_at=unsubscribed_at; "
                 "method=method; program=campaign_code"),
           {"format": "tsv", "timezone": "UTC", "constants": {"channel": "email", "scope": "all"}}),
    Export("exports/esp_link_clicks.csv", "unsubscribe_events",
           ("click_id", "message_id", "email", "clicked_at", "result", "user_agent"),
           _cols("event_id=click_id; contact_id=message_id; address=email; "
                 "clicked_at=clicked_at; status=result"),
           {"timezone": "UTC",
            "values": {"status": {"unsubscribed": "success", "error": "failed",
                                  "link_expired": "expired", "login_page": "login_required"}}}),
    Export("exports/dialer_calls.csv", "contacts",
           ("CALL_ID", "ACCT_NO", "DIALED_NUM", "CALL_START", "DIAL_MODE", "CAMPAIGN", "CALL_TYPE",
            "MEDIA", "DISPOSITION", "ANI", "CONNECT_SEC", "RING_SEC", "CLIENT"),
           _cols("contact_id=CALL_ID; customer_id=ACCT_NO; to_address=DIALED_NUM; "
                 "to_phone=DIALED_NUM; sent_at=CALL_START; dialer_type=DIAL_MODE; "
                 "campaign_id=CAMPAIGN; purpose=CALL_TYPE; channel=MEDIA; outcome=DISPOSITION; "
                 "caller_id=ANI; connect_delay_s=CONNECT_SEC; ring_s=RING_SEC; seller=CLIENT"),
           {"timezone": "America/Chicago", "formats": {"sent_at": "%m/%d/%Y %H:%M:%S"},
            "values": {"dialer_type": {"AUTO": "autodialer", "PRED": "predictive",
                                       "MAN": "manual", "PRV": "prerecorded",
                                       "AIV": "artificial_voice"},
                       "purpose": {"SALES": "marketing", "SERVICE": "informational"},
                       "channel": {"VOICE": "call", "FAX": "fax"},
                       "outcome": {"A": "live_answer", "NA": "no_answer", "VM": "voicemail",
                                   "B": "busy", "ABD": "abandoned", "FXOK": "delivered",
                                   "FXERR": "failed"}}}),
    Export("exports/dialer_dnc_requests.csv", "optouts",
           ("REQ_ID", "PHONE", "ACCT_NO", "REQUESTED", "ENTERED", "AGENT"),
           _cols("optout_id=REQ_ID; address=PHONE; customer_id=ACCT_NO; received_at=REQUESTED; "
                 "processed_at=ENTERED"),
           {"timezone": "America/Chicago",
            "formats": {"received_at": "%m/%d/%Y %H:%M:%S", "processed_at": "%m/%d/%Y %H:%M:%S"},
            "constants": {"channel": "call", "scope": "all", "method": "call"}}),
    Export("exports/sms_messages.parquet", "contacts",
           ("msg_uuid", "contact_ref", "msisdn", "sent_ts", "program", "msg_class", "send_mode",
            "delivery_status"),
           _cols("contact_id=msg_uuid; customer_id=contact_ref; to_address=msisdn; "
                 "to_phone=msisdn; sent_at=sent_ts; campaign_id=program; purpose=msg_class; "
                 "dialer_type=send_mode; outcome=delivery_status"),
           {"timezone": "UTC",  # the platform's clock (its Parquet timestamps carry UTC anyway)
            "values": {"purpose": {"MKT": "marketing", "INFO": "informational"},
                       "dialer_type": {"campaign_blast": "autodialer", "agent_1to1": "manual"},
                       "outcome": {"UNDELIVERABLE": "failed"}},
            "constants": {"channel": "sms", "seller": SELLER}},
           types={"sent_ts": TS_UTC}),
    Export("exports/sms_optouts.parquet", "optouts",
           ("optout_uuid", "msisdn", "keyword", "received_ts", "program", "applied_ts"),
           _cols("optout_id=optout_uuid; address=msisdn; method=keyword; "
                 "received_at=received_ts; program=program; processed_at=applied_ts"),
           {"timezone": "UTC", "constants": {"channel": "sms", "scope": "program"}},
           types={"received_ts": TS_UTC, "applied_ts": TS_UTC}),
    Export("exports/sms_inbound.parquet", "sms_inbound",
           ("mo_uuid", "msisdn", "contact_ref", "received_ts", "body", "reply_to", "program",
            "shortcode"),
           _cols("message_id=mo_uuid; from_phone=msisdn; customer_id=contact_ref; "
                 "received_at=received_ts; body=body; in_reply_to=reply_to; program=program"),
           {"timezone": "UTC"},
           types={"received_ts": TS_UTC}),
    Export("exports/consents.csv", "consents",
           ("consent_ref", "customer", "channel", "purpose", "consent_kind", "contact_point",
            "brand", "captured_at", "revoked_at", "capture_source", "evidence_ref"),
           _cols("consent_id=consent_ref; customer_id=customer; channel=channel; "
                 "purpose=purpose; consent_type=consent_kind; address=contact_point; "
                 "seller=brand; granted_at=captured_at; revoked_at=revoked_at; "
                 "source=capture_source; evidence=evidence_ref"),
           {"timezone": "UTC",
            "values": {"channel": {"EMAIL": "email", "PHONE": "call", "TEXT": "sms", "FAX": "fax",
                                   "PUSH": "push", "LOCATION": "location", "ALL": "all",
                                   "SALE_SHARE": "sale_share", "SENSITIVE": "sensitive"},
                       "purpose": {"MKT": "marketing", "INFO": "informational"},
                       "consent_type": {"PEWC": "express_written", "EXPRESS": "express",
                                        "DNC_PERMISSION": "dnc_written_permission",
                                        "PARENTAL_VPC": "parental",
                                        "SOFT_OPTIN": "soft_opt_in",
                                        "TEEN_OPTIN": "teen_opt_in",
                                        "PARENT_3P": "third_party_disclosure_parental"}}}),
    Export("exports/suppression_list.csv", "dnc_registry", ("number", "added_on", "reason"),
           _cols("phone=number; registered_at=added_on"), {"constants": {"registry": "internal"}}),
    Export("exports/dnc/national_registry.csv", "dnc_registry",
           ("PhoneNumber", "RegistrationDate"), _cols("phone=PhoneNumber; "
                                                      "registered_at=RegistrationDate"),
           {"constants": {"registry": "national"}}),
    Export("exports/dnc/state_fl.txt", "dnc_registry", ("PHONE_NUMBER", "DATE_ADDED"),
           _cols("phone=PHONE_NUMBER; registered_at=DATE_ADDED"),
           {"format": "csv", "delimiter": "|", "formats": {"registered_at": "%m/%d/%Y"},
            "constants": {"registry": "FL"}}),
    Export("exports/dnc/state_tx.csv", "dnc_registry", ("TELEPHONE", "LISTED"),
           _cols("phone=TELEPHONE; registered_at=LISTED"),
           {"formats": {"registered_at": "%Y%m%d"}, "constants": {"registry": "TX"}}),
    Export("exports/dnc/state_pa.csv", "dnc_registry", ("AREA_CODE_PHONE", "ZIP", "DATE_REG"),
           _cols("phone=AREA_CODE_PHONE; registered_at=DATE_REG"),
           {"formats": {"registered_at": "%Y/%m/%d"}, "constants": {"registry": "PA"}}),
    Export("exports/dnc/download_log.csv", "registry_downloads",
           ("list_name", "downloaded", "campaign", "operator"),
           _cols("registry=list_name; downloaded_at=downloaded; campaign_id=campaign"),
           {"formats": {"downloaded_at": "%Y-%m-%d %H:%M"},
            "values": {"registry": {"National DNC": "national", "Florida DNC": "FL",
                                    "Texas DNC": "TX", "Pennsylvania DNC": "PA"}}}),
    Export("exports/orders.parquet", "transactions",
           ("order_no", "customer_number", "order_ts", "order_type", "total"),
           _cols("transaction_id=order_no; customer_id=customer_number; occurred_at=order_ts; "
                 "kind=order_type; amount=total"),
           {"timezone": "UTC", "values": {"kind": {"SALE": "purchase", "RX_FILL": "purchase",
                                                   "CARD_PAYMENT": "payment"}}},
           types={"order_ts": pa.timestamp("s"), "total": pa.float64()}),
    Export("exports/inquiries.csv", "inquiries", ("inquiry_no", "cust", "received", "topic"),
           _cols("inquiry_id=inquiry_no; customer_id=cust; occurred_at=received")),
    Export("exports/campaigns.xlsx", "campaigns",
           ("Code", "Channel", "Name", "Product line", "Unsubscribe link", "Postal address",
            "Ad disclosure", "Fax opt-out notice", "Uses Rx data", "Affiliate data",
            "Sponsor paid", "Face to face", "Nominal gift", "Targeted ads"),
           _cols("campaign_id=Code; channel=Channel; name=Name; subject_matter=Product line; "
                 "has_unsubscribe=Unsubscribe link; has_postal_address=Postal address; "
                 "has_ad_disclosure=Ad disclosure; has_fax_optout_notice=Fax opt-out notice; "
                 "uses_health_data=Uses Rx data; uses_affiliate_data=Affiliate data; "
                 "third_party_paid=Sponsor paid; face_to_face=Face to face; "
                 "nominal_gift=Nominal gift; is_targeted_advertising=Targeted ads"),
           {"sheet": "Campaigns", "values": {"channel": {"Phone": "call"}}}),
    Export("exports/data_sharing_log.csv", "sharing",
           ("share_id", "customer_id", "recipient", "recipient_type", "sold", "cross_context",
            "categories", "sensitive", "precise_location", "health_data", "glba_exception",
            "purpose", "shared_at"),
           _cols("share_id=share_id; customer_id=customer_id; recipient=recipient; "
                 "recipient_type=recipient_type; is_sale=sold; "
                 "is_cross_context_sharing=cross_context; data_categories=categories; "
                 "is_sensitive=sensitive; includes_precise_location=precise_location; "
                 "includes_health_data=health_data; glba_exception=glba_exception; "
                 "purpose=purpose; shared_at=shared_at"),
           {"values": {"purpose": {"ESP_SYNC": "email delivery", "SUPPRESSION": "suppression",
                                   "COMPLIANCE": "compliance", "CARD_SERVICING": "card servicing",
                                   "FULFILLMENT": "order fulfilment",
                                   "LIST_RENTAL": "list rental", "PARTNER_OFFER": "partner offer",
                                   "HOSTING": "hosting", "VISIT_ATTRIB": "store-visit attribution",
                                   "DATA_SALE": "data sale", "CO_BRAND": "co-branded rewards"},
                       "recipient_type": {"Non-affiliated": "nonaffiliated",
                                          "List Rental": "list_rental"}}}),
    Export("exports/app_location.parquet", "location_events",
           ("event_id", "user_ref", "device_id", "captured", "lat", "lon", "accuracy_m",
            "purpose"),
           _cols("event_id=event_id; customer_id=user_ref; device_id=device_id; "
                 "captured_at=captured; latitude=lat; longitude=lon; accuracy_m=accuracy_m; "
                 "purpose=purpose"),
           {"timezone": "UTC"},
           types={"captured": pa.timestamp("s"), "lat": pa.float64(), "lon": pa.float64(),
                  "accuracy_m": pa.float64()}),
    Export("exports/notices.csv", "notices",
           ("notice_id", "notice_type", "version", "customer_id", "published_at", "delivery",
            "declared_practices", "acknowledged"),
           _cols("notice_id=notice_id; notice_type=notice_type; version=version; "
                 "customer_id=customer_id; published_at=published_at; delivery_method=delivery; "
                 "declared_practices=declared_practices; acknowledged_at=acknowledged")),
    Export("exports/privacy_requests.csv", "privacy_requests",
           ("request_id", "customer_id", "request_type", "received", "acknowledged", "completed",
            "extension_sent", "email"),
           _cols("request_id=request_id; customer_id=customer_id; request_type=request_type; "
                 "received_at=received; acknowledged_at=acknowledged; completed_at=completed; "
                 "extended_at=extension_sent; address=email"),
           {"values": {"request_type": {
               "Right to Know": "know", "Delete My Data": "delete", "Correct My Data": "correct",
               "Do Not Sell or Share": "opt_out_sale_share", "Limit Use of Sensitive PI": "limit",
               "Global Privacy Control": "gpc", "Appeal": "appeal"}}}),
    Export("exports/training_lms.csv", "training", ("employee_id", "course", "completed_on"),
           _cols("employee_id=employee_id; course=course; completed_at=completed_on"),
           {"formats": {"completed_at": "%Y-%m-%d"}}),
    Export("exports/mail_drops.csv", "contacts",
           ("drop_id", "cust_no", "address", "city", "state", "zip", "drop_date", "campaign"),
           _cols("contact_id=drop_id; customer_id=cust_no; to_address=address; "
                 "sent_at=drop_date; campaign_id=campaign"),
           {"formats": {"sent_at": "%Y-%m-%d"},
            "constants": {"channel": "mail", "purpose": "marketing", "seller": SELLER}}),
    Export("exports/push_log.csv", "contacts",
           ("push_id", "user_ref", "device_token", "sent", "campaign"),
           _cols("contact_id=push_id; customer_id=user_ref; to_address=device_token; "
                 "sent_at=sent; campaign_id=campaign"),
           {"constants": {"channel": "push", "purpose": "marketing", "seller": SELLER}}),
    Export("exports/fax/fax_jobs.csv", "contacts",
           ("JobID", "Submitted", "Recipient Fax", "Acct", "Billing Code", "Job Type", "Pages",
            "Result", "CSID"),
           _cols("contact_id=JobID; sent_at=Submitted; to_address=Recipient Fax; "
                 "to_phone=Recipient Fax; customer_id=Acct; campaign_id=Billing Code; "
                 "purpose=Job Type; outcome=Result"),
           {"timezone": "UTC", "formats": {"sent_at": "%m/%d/%Y %I:%M:%S %p"},
            "values": {"purpose": {"BROADCAST": "marketing", "CONFIRM": "informational"},
                       "outcome": {"OK": "delivered", "BUSY": "busy", "NO ANSWER": "no_answer",
                                   "FAILED": "failed"}},
            "constants": {"channel": "fax", "seller": SELLER}}),
    Export("exports/fax/do_not_fax.csv", "optouts",
           ("Fax Number", "Requested", "Via", "Confirmation"),
           _cols("optout_id=Confirmation; address=Fax Number; received_at=Requested; method=Via"),
           {"timezone": "UTC", "formats": {"received_at": "%m/%d/%Y %I:%M:%S %p"},
            "constants": {"channel": "fax", "scope": "all"}}),
    Export("exports/telecom/owned_numbers.csv", "caller_ids",
           ("Telephone Number", "Status", "Activation Date", "Last Day of Service", "Service",
            "Billing Account"),
           _cols("phone=Telephone Number; assigned_from=Activation Date; "
                 "assigned_to=Last Day of Service; label=Service"),
           {"formats": {"assigned_from": "%m/%d/%Y", "assigned_to": "%m/%d/%Y"}}),
    *ISSUE7_EXPORTS,
)}
# fmt: on
