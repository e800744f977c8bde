"""Write the planted cases of ``cases.py``, and compliant literal extras, first in each file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from privacykit.sample import cases as k
from privacykit.sample.exports import (
    ANI,
    CARRIER_ACCOUNT,
    EXPORTS,
    FAX_CSID,
    SELLER,
    SHORTCODE,
    USER_AGENTS,
)
from privacykit.sample.planted_privacy import write_planted_privacy
from privacykit.sample.writers import Places, Writers, put_rows


def write_planted(w: Writers, places: Places) -> None:
    """Write the planted cases of ``cases.py`` first in each file, in each system's format."""
    put_rows(w, "crm_customers", [
        {"CUST_NO": p.customer_id, "FIRST NAME": p.first, "LAST NAME": p.last, "DOB": p.dob,
         "PHONE": p.phone, "PHONE TYPE": p.line, "EMAIL": p.email, "STREET": p.street,
         "CITY": p.city, "ST": p.state, "ZIP": p.zip, "CTRY": p.country, "CREATED": p.created,
         "SOURCE": p.source, "CARD_HOLDER": p.card, "RX_PATIENT": p.rx, "KIDS_SITE": p.kids,
         "AGE": p.age, "AGE_SEGMENT": p.segment, "CLOSED": p.closed, "PURGED": p.purged}
        for p in k.PEOPLE], places)  # fmt: skip
    by = {s: [c for c in k.CONTACTS if c.system == s]
          for s in ("dialer", "esp", "sms", "fax", "push")}  # fmt: skip
    put_rows(w, "dialer_calls", [
        {"CALL_ID": c.contact_id, "ACCT_NO": c.customer_id, "DIALED_NUM": c.to,
         "CALL_START": c.at, "DIAL_MODE": c.mode, "CAMPAIGN": c.campaign, "CALL_TYPE": c.purpose,
         "MEDIA": c.media, "DISPOSITION": "FXOK" if c.media == "FAX" else c.outcome,
         "ANI": ANI if c.caller is None else c.caller,
         "CONNECT_SEC": "1.2" if c.media != "FAX" and c.outcome == "A" else "", "RING_SEC": "",
         "CLIENT": SELLER}
        for c in by["dialer"]], places)  # fmt: skip
    put_rows(w, "fax_jobs", [
        {"JobID": c.contact_id, "Submitted": c.at, "Recipient Fax": c.to, "Acct": c.customer_id,
         "Billing Code": c.campaign, "Job Type": c.purpose, "Pages": "2", "Result": "OK",
         "CSID": FAX_CSID} for c in by["fax"]], places)  # fmt: skip
    put_rows(w, "esp_sends", [
        {"message_id": c.contact_id, "subscriber_key": c.customer_id, "email_address": c.to,
         "campaign_code": c.campaign, "message_type": c.purpose, "sent_utc": c.at,
         "status": "delivered"} for c in by["esp"]], places)  # fmt: skip
    put_rows(w, "sms_messages", [
        {"msg_uuid": c.contact_id, "contact_ref": c.customer_id, "msisdn": c.to,
         "sent_ts": dt.datetime.fromisoformat(c.at), "program": c.campaign,
         "msg_class": c.purpose, "send_mode": c.mode, "delivery_status": "DELIVERED"}
        for c in by["sms"]], places)  # fmt: skip
    put_rows(w, "push_log", [
        {"push_id": c.contact_id, "user_ref": c.customer_id, "device_token": c.to, "sent": c.at,
         "campaign": c.campaign} for c in by["push"]], places)  # fmt: skip
    _write_planted_optouts(w, places)
    put_rows(w, "consents", [
        {"consent_ref": c.consent_id, "customer": c.customer_id, "channel": c.channel,
         "purpose": "MKT", "consent_kind": c.kind, "contact_point": c.address, "brand": SELLER,
         "captured_at": c.granted, "revoked_at": c.revoked or None, "capture_source": c.source,
         "evidence_ref": c.evidence}
        for c in k.CONSENTS], places)  # fmt: skip
    _write_planted_lists(w, places)
    put_rows(w, "orders", [
        {"order_no": o.transaction_id, "customer_number": o.customer_id or None,
         "order_ts": dt.datetime.fromisoformat(o.at).replace(tzinfo=None), "order_type": "SALE",
         "total": o.amount} for o in k.ORDERS], places)  # fmt: skip
    put_rows(w, "inquiries", [
        {"inquiry_no": i.inquiry_id, "cust": i.customer_id, "received": i.at,
         "topic": "catalog request"} for i in k.INQUIRIES], places)  # fmt: skip
    put_rows(w, "sms_inbound", [
        {"mo_uuid": m.message_id, "msisdn": m.msisdn, "contact_ref": m.customer_id or None,
         "received_ts": dt.datetime.fromisoformat(m.at), "body": m.body,
         "reply_to": m.reply_to or None, "program": m.program, "shortcode": SHORTCODE}
        for m in k.INBOUND], places)  # fmt: skip
    put_rows(w, "esp_link_clicks", [
        {"click_id": c.click_id, "message_id": c.message_id, "email": c.email,
         "clicked_at": c.at, "result": c.result, "user_agent": USER_AGENTS[i % len(USER_AGENTS)]}
        for i, c in enumerate(k.CLICKS)], places)  # fmt: skip
    heads = EXPORTS["campaigns"].header
    put_rows(w, "campaigns", [
        dict(zip(heads, (c.code, c.channel, c.name, c.product_line, c.unsubscribe, c.postal,
                         c.ad, c.fax_notice, c.rx, c.affiliate, c.sponsor, "No", c.gift,
                         c.targeted), strict=True))
        for c in k.CAMPAIGNS], places)  # fmt: skip
    put_rows(w, "data_sharing_log", [
        {"share_id": x.share_id, "customer_id": x.customer_id, "recipient": x.recipient,
         "recipient_type": x.recipient_type, "sold": x.sold, "cross_context": x.cross_context,
         "categories": x.categories, "sensitive": x.sensitive, "precise_location": x.precise,
         "health_data": x.health, "glba_exception": x.glba, "purpose": x.purpose,
         "shared_at": x.at} for x in k.SHARES], places)  # fmt: skip
    put_rows(w, "owned_numbers", [
        {"Telephone Number": n.phone, "Status": n.status, "Activation Date": n.activated,
         "Last Day of Service": n.last_day, "Service": n.service,
         "Billing Account": CARRIER_ACCOUNT} for n in k.CALLER_IDS], places)  # fmt: skip
    write_planted_privacy(w, places)
    _write_extras(w, places)


def _write_planted_lists(w: Writers, places: Places) -> None:
    """Write the planted numbers of each do-not-call list, and the planted registry copies."""
    regs = {r: [x for x in k.REGISTRATIONS if x.registry == r]
            for r in ("national", "internal", "FL", "TX", "PA")}  # fmt: skip
    put_rows(w, "national_registry", [
        {"PhoneNumber": r.phone, "RegistrationDate": r.registered}
        for r in regs["national"]], places)  # fmt: skip
    put_rows(w, "suppression_list", [
        {"number": r.phone, "added_on": r.registered, "reason": "customer request"}
        for r in regs["internal"]], places)  # fmt: skip
    put_rows(w, "state_fl", [{"PHONE_NUMBER": r.phone, "DATE_ADDED": r.registered}
                             for r in regs["FL"]], places)  # fmt: skip
    put_rows(w, "state_tx", [{"TELEPHONE": r.phone, "LISTED": r.registered}
                             for r in regs["TX"]], places)  # fmt: skip
    put_rows(w, "state_pa", [{"AREA_CODE_PHONE": r.phone, "ZIP": r.zip, "DATE_REG": r.registered}
                             for r in regs["PA"]], places)  # fmt: skip
    put_rows(w, "download_log", [
        {"list_name": d.list_name, "downloaded": d.downloaded, "campaign": d.campaign,
         "operator": d.operator} for d in k.DOWNLOADS], places)  # fmt: skip


def _write_planted_optouts(w: Writers, places: Places) -> None:
    by = {s: [o for o in k.OPTOUTS if o.system == s]
          for s in ("crm", "esp", "dialer", "sms", "fax", "card")}  # fmt: skip
    put_rows(w, "crm_optouts", [
        {"CUST_NO": o.customer_id, "EMAIL": o.address, "OPTOUT_CHANNEL": o.channel or "E-MAIL",
         "OPTOUT_DATE": o.at, "ENTERED_BY": "csr-17"} for o in by["crm"]], places)  # fmt: skip
    put_rows(w, "privacy_optouts", [
        {"REF": o.optout_id, "CUST_REF": o.customer_id, "OPT_TYPE": o.channel,
         "RECEIVED": o.at, "VIA": o.via} for o in by["card"]], places)  # fmt: skip
    put_rows(w, "esp_unsubscribes", [
        {"event_id": o.optout_id, "email_address": o.address, "unsubscribed_at": o.at,
         "method": o.via or "link", "campaign_code": ""} for o in by["esp"]], places)  # fmt: skip
    put_rows(w, "dialer_dnc_requests", [
        {"REQ_ID": o.optout_id, "PHONE": o.address, "ACCT_NO": o.customer_id,
         "REQUESTED": o.at, "ENTERED": o.entered, "AGENT": "agent-042"}
        for o in by["dialer"]], places)  # fmt: skip
    put_rows(w, "sms_optouts", [
        {"optout_uuid": o.optout_id, "msisdn": o.address, "keyword": o.via,
         "received_ts": dt.datetime.fromisoformat(o.at), "program": o.program,
         "applied_ts": dt.datetime.fromisoformat(o.entered or o.at)}
        for o in by["sms"]], places)  # fmt: skip
    put_rows(w, "do_not_fax", [
        {"Fax Number": o.address, "Requested": o.at, "Via": o.via, "Confirmation": o.optout_id}
        for o in by["fax"]], places)  # fmt: skip


def _write_extras(w: Writers, places: Places) -> None:
    """Write compliant, unlabelled literal rows: no file is empty even with 0 customers, and
    the event tables reach into the end of the audit period."""
    for name, rows in EXTRAS.items():
        put_rows(
            w, name, [dict(zip(EXPORTS[name].header, row, strict=True)) for row in rows], places
        )


_SHARE = ("MailPilot Inc.", "service_provider", "N", "N", "contact;email_engagement", "N", "N",
          "N", "", "ESP_SYNC")  # fmt: skip
EXTRAS: dict[str, list[tuple[Any, ...]]] = {
    "mail_drops": [("MD-00000001", "NW09000001", "410 Oak Ridge Rd", "Columbus", "OH", "43215",
                    "2026-07-06", "ML-2026-Q3")],
    "push_log": [("PN-00000001", "NW09000024", "dev-0001", "2026-07-10T16:00:00+00:00",
                  "PU-2026-07")],
    "data_sharing_log": [  # the email platform's syncs, one a month in the audit period
        ("SH-00000001", "NW09000001", *_SHARE, "2023-03-02T16:00:00Z"),
        ("SH-00000002", "NW09000001", *_SHARE, "2026-07-15T16:00:00Z"),
        ("SH-00000003", "NW09000001", *_SHARE, "2026-08-14T16:00:00Z"),
        ("SH-00000004", "NW09000042", *_SHARE, "2026-09-30T21:00:00Z")],
    "app_location": [
        ("LOC-00000001", "NW09000024", "dev-0001", dt.datetime(2026, 7, 10, 15, 55), 39.1, -84.51,
         2500.0, "store_finder"),
        ("LOC-00000002", "NW09000024", "dev-0001", dt.datetime(2026, 9, 30, 15, 10), 39.11,
         -84.5, 3000.0, "store_finder"),
        ("LOC-00000003", "NW09000024", "dev-0001", dt.datetime(2026, 6, 28, 17, 40), 39.12,
         -84.52, 2000.0, "store_finder"),
        ("LOC-00000004", "NW09000024", "dev-0001", dt.datetime(2026, 8, 12, 22, 5), 39.09,
         -84.49, 4000.0, "store_finder")],
    "privacy_requests": [
        ("PR-000001", "NW09000022", "Right to Know", "2026-08-03T17:00:00Z",
         "2026-08-04T15:00:00Z", "2026-08-20T19:00:00Z", None, None),
        ("PR-000002", "NW09000042", "Delete My Data", "2026-09-28T14:00:00Z",
         "2026-09-29T15:00:00Z", None, None, None)],
}  # fmt: skip
