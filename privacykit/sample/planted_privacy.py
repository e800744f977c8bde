"""Write issue 7's planted records (``privacy_cases.py``) into their systems' exports.

Customers, contacts, consents, opt-outs, shares and campaigns of issue 7 are written with the
other planted cases (``planted.py``); this module writes the rest, each in its system's format.
"""

from __future__ import annotations

import datetime as dt

from privacykit.sample import privacy_cases as k
from privacykit.sample.writers import Places, Writers, put_rows


def write_planted_privacy(w: Writers, places: Places) -> None:
    """Write the notices, requests, pharmacy, ad, web, app, security, HR and legal records."""
    _notices(w, places)
    put_rows(w, "privacy_requests", [
        {"request_id": r.request_id, "customer_id": r.customer_id, "request_type": r.kind,
         "received": r.received, "acknowledged": r.acknowledged or None,
         "completed": r.completed or None, "extension_sent": r.extended or None,
         "email": r.email or None} for r in k.REQUESTS], places)  # fmt: skip
    put_rows(w, "hipaa_authorizations", [
        dict(zip(("AUTH_NO", "PATIENT_ID", "SIGNED", "REVOKED", "SCOPE", "REMUNERATION_STMT",
                  "SPONSOR"), a, strict=True)) for a in k.AUTHORIZATIONS], places)  # fmt: skip
    put_rows(w, "rx_disclosures", [
        {"DISCLOSURE_ID": x.share_id, "PATIENT_ID": x.customer_id, "RECIPIENT": x.recipient,
         "RECIPIENT_CLASS": x.recipient_type, "PAID": x.sold, "PURPOSE": x.purpose,
         "DATA": x.categories, "DISCLOSED": x.at} for x in k.RX_DISCLOSURES], places)  # fmt: skip
    put_rows(w, "audience_uploads", [
        {"upload_id": x.share_id, "crm_id": x.customer_id, "platform": x.recipient,
         "audience": x.purpose, "data_shared": x.categories, "uploaded_at": x.at}
        for x in k.UPLOADS], places)  # fmt: skip
    put_rows(w, "cmp_sessions", [
        {"session_uuid": s.session_id, "visitor_id": s.visitor, "crm_id": s.customer_id or None,
         "session_start": dt.datetime.fromisoformat(s.at), "geo_region": s.region,
         "sec_gpc": s.gpc, "ad_tags": s.tags} for s in k.SESSIONS], places)  # fmt: skip
    put_rows(w, "app_location", [
        {"event_id": e.event_id, "user_ref": e.customer_id, "device_id": e.device,
         "captured": dt.datetime.fromisoformat(e.at), "lat": e.lat, "lon": e.lon,
         "accuracy_m": e.accuracy, "purpose": e.purpose} for e in k.LOCATIONS], places)  # fmt: skip
    put_rows(w, "sensitive_places", [
        {"poi_id": p.place_id, "poi_name": p.name, "poi_type": p.kind, "latitude": str(p.lat),
         "longitude": str(p.lon), "source": "SafePlaces POI 2026.2"} for p in k.PLACES],
        places)  # fmt: skip
    put_rows(w, "incident_log", [
        {"Ticket": i.ticket, "Discovered": i.discovered, "Summary": i.summary,
         "Consumers": i.consumers, "Encrypted": i.encrypted, "Key exposed": i.key_exposed,
         "FTC notified": i.ftc_notified} for i in k.INCIDENTS], places)  # fmt: skip
    _people(w, places)


def _notices(w: Writers, places: Places) -> None:
    web = [n for n in k.NOTICES if n.system == "web"]
    card = [n for n in k.NOTICES if n.system == "card"]
    put_rows(w, "notices", [
        {"notice_id": n.notice_id, "notice_type": n.kind, "version": n.version,
         "customer_id": n.customer_id or None, "published_at": n.at, "delivery": n.delivery,
         "declared_practices": n.practices, "acknowledged": n.acknowledged or None}
        for n in web], places)  # fmt: skip
    put_rows(w, "notice_mailings", [
        {"MAIL_ID": n.notice_id, "CUST_REF": n.customer_id, "NOTICE_CODE": n.kind,
         "FORM_VER": n.version, "ENCLOSURE": n.practices, "MAILED": n.at,
         "CHANNEL": n.delivery, "E_ACK": n.acknowledged} for n in card], places)  # fmt: skip


def _people(w: Writers, places: Places) -> None:
    """Write HR's roster, the training records and legal's retention schedule."""
    put_rows(w, "staff_roster", [
        {"Employee #": s.employee_id, "Name": s.name, "Job Title": s.title,
         "Department": s.department, "Hire Date": s.hired, "Term Date": s.left,
         "Handles Customer Data": s.customer_data} for s in k.STAFF], places)  # fmt: skip
    put_rows(w, "training_lms", [
        {"employee_id": c.employee_id, "course": c.course, "completed_on": c.completed}
        for c in k.COURSES if c.system == "lms"], places)  # fmt: skip
    put_rows(w, "phishing_training", [
        {"user": c.employee_id, "module": c.course, "completed_utc": c.completed,
         "score": "100"} for c in k.COURSES if c.system == "security"], places)  # fmt: skip
    put_rows(w, "retention_schedule", [
        {"Policy ID": r.policy_id, "Records": r.records, "Data category": r.category,
         "Keep (days)": r.days, "Clock starts": r.trigger, "Adopted": r.adopted}
        for r in k.RETENTION], places)  # fmt: skip
