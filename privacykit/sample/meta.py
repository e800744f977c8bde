"""Write the files that describe the exports: mapping.yaml, audit.yaml, labels.csv, README."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from privacykit.fsutil import write_atomic
from privacykit.sample import COMPANY_FILE
from privacykit.sample import cases as k
from privacykit.sample.exports import COMPANY, EXPORTS

INDUSTRIES = ["retail", "financial", "health", "children-directed"]
AUDIT_PERIOD = ("2026-07-01", "2026-09-30")


def write_meta(out: Path, places: Mapping[str, tuple[str, int]], customers: int, seed: int) -> int:
    """Write mapping.yaml, audit.yaml, labels.csv and README.md; return the label count."""
    write_atomic(out / "mapping.yaml", _mapping_yaml())
    write_atomic(out / "audit.yaml", _audit_yaml())
    write_atomic(out / "labels.csv", _labels_csv(places))
    write_atomic(out / "README.md", _readme(customers, seed))
    return len(k.LABELS)


def _labels_csv(places: Mapping[str, tuple[str, int]]) -> str:
    """Return the answer key; a quarantined record's why names its file and data row."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(("case_id", "check", "rule", "table", "record_id", "expected", "why", "period"))
    for label in k.LABELS:
        why = label.why
        if "quarantined" in label.effects:
            path, row = places[f"{label.table}:{label.record_id}"]
            why = f"{why.rstrip('.')} ({path}, data row {row})."
        writer.writerow((label.case_id, label.check, label.rule, label.table, label.record_id,
                         label.expected, why, label.period))  # fmt: skip
    return buf.getvalue()


def _mapping_yaml() -> str:
    sources = []
    for e in EXPORTS.values():
        src: dict[str, Any] = {"table": e.table, "file": e.path}
        for key in ("format", "sheet", "delimiter", "encoding", "timezone"):
            if key in e.options:
                src[key] = e.options[key]
        src["columns"] = dict(e.columns)
        for key in ("formats", "values", "constants"):
            if key in e.options:
                src[key] = e.options[key]
        sources.append(src)
    doc = {
        "defaults": {"timezone": "America/New_York", "phone_region": "US", "encoding": "utf-8"},
        "sources": sources,
    }
    head = (
        f"# {COMPANY}: how each system's export feeds the canonical tables (fictitious data).\n"
        "# Naive times are in the company's zone unless a source names its own (the dialer's\n"
        "# call centre runs on America/Chicago).\n"
    )
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def _audit_yaml() -> str:
    base = yaml.safe_load(COMPANY_FILE.read_text(encoding="utf-8"))
    doc: dict[str, Any] = {"company": {**base["company"], "industries": list(INDUSTRIES)},
                           "mapping": "mapping.yaml"}  # fmt: skip
    for key in ("overrides", "waivers"):
        if base.get(key):
            doc[key] = base[key]
    # privacykit audit writes one folder per run here; audit-runs/latest is the last good one.
    doc["output"] = {"folder": "audit-runs", "mask_personal_data": True, "fail_on": "low"}
    head = (
        f"# {COMPANY}: a fictitious company's audit configuration, written by\n"
        "# 'privacykit sample'. Audit period of the planted cases: 2026Q3 "
        f"({AUDIT_PERIOD[0]} to {AUDIT_PERIOD[1]}).\n"
    )
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def _readme(customers: int, seed: int) -> str:
    files = "\n".join(f"| `{e.path}` | {e.table} | {_system(e.path)} |" for e in EXPORTS.values())
    return README.format(
        company=COMPANY, customers=customers, seed=seed, first=AUDIT_PERIOD[0],
        last=AUDIT_PERIOD[1], files=files, labels=len(k.LABELS),
    )  # fmt: skip


def _system(path: str) -> str:
    name = Path(path).name
    for prefix, text in SYSTEMS.items():
        if name.startswith(prefix):
            return text
    return ""


SYSTEMS = {
    "crm_": "CRM: semicolons, Windows-1252, CRLF; dates and phones as keyed in",
    "esp_sends": "email platform send log: UTF-8 with BOM, UTC times with Z",
    "esp_unsub": "email platform unsubscribes: tab-separated, UTC",
    "esp_link": "email platform unsubscribe-link log: UTC with milliseconds, result codes",
    "sms_inbound": "SMS platform: texts received (replies), Parquet, UTC timestamps",
    "dialer_": "dialer (call centre in Chicago): naive America/Chicago times, type codes",
    "sms_": "SMS platform: Parquet, UTC timestamps",
    "consents": "preference centre: ISO times with offsets or Z",
    "suppression": "the company's internal do-not-call list",
    "national_": "National Do Not Call Registry copy (fictitious numbers only)",
    "state_": "a state do-not-call list in the state's own format",
    "download_log": "when each registry copy was downloaded",
    "orders": "order system: Parquet, naive UTC timestamps",
    "inquiries": "web forms: catalog requests, card applications, questions",
    "campaigns": "marketing's campaign sheet (Excel)",
    "data_sharing": "data-sharing log: service providers, partners, list rentals (UTC)",
    "app_location": "mobile app: store-finder and ad-segment locations, accuracy in metres",
    "notices": "privacy notices published or delivered",
    "privacy_requests": "privacy requests and their handling",
    "training": "learning system: staff training completions",
    "mail_drops": "lettershop: catalog mail drops",
    "push_": "mobile app push notifications",
    "fax_jobs": "fax server job log: UTC on a 12-hour clock (AM/PM)",
    "do_not_fax": "fax opt-out line (the do-not-fax list): UTC, 12-hour clock",
    "owned_numbers": "carrier: the company's telephone numbers, with service dates",
    "notice_mailings": "card unit's mail house: GLBA and FCRA notices (YYYYMMDD, codes)",
    "privacy_optouts": "card unit's opt-out line: GLBA sharing, affiliate marketing",
    "hipaa_auth": "pharmacy: HIPAA marketing authorizations (remuneration statement)",
    "rx_disclosures": "pharmacy: disclosures of prescription data (paid or not)",
    "audience_uploads": "ad team: audience uploads to ad platforms (naive Los Angeles time)",
    "cmp_sessions": "consent platform: web sessions, GPC signal, ad tags (Parquet, UTC)",
    "sensitive_places": "vendor layer of sensitive places (clinics, worship, shelters, ...)",
    "incident_log": "security incident log (company time)",
    "phishing": "security awareness training completions (UTC)",
    "staff_roster": "HR roster (Excel): titles, hire and leaving dates",
    "retention": "legal's written retention schedule",
}

README = """# {company}

Everything here is **fictitious**: invented names, emails at example.com, example.org and
example.net only, and phone numbers 555-0100 to 555-0199 of real area codes (reserved for
fiction). Written by `privacykit sample` with {customers} bulk customers and seed {seed}; the
same seed always writes the same bytes.

The company is an outdoor retailer (Ohio) with a store credit card (financial), an in-store
pharmacy (health) and a children's site, Northwind Trail Kids (children-directed). Its clock
is America/New_York. It reaches customers in the US, Canada and the EU by email, phone, text,
mail and push, and faxes price lists to outfitter shops.

**Audit period: 2026Q3 ({first} to {last}).** The bulk history runs 2024-01-01 to {last}.

## Files

- `audit.yaml`: the audit configuration (company, overrides, waivers; `mapping: mapping.yaml`).
  The company is stricter than the law: calls from 09:00, do-not-call requests honored in 5
  business days.
- `mapping.yaml`: how each export is read into the canonical tables.
- `labels.csv`: the answer key, {labels} planted cases: `case_id, check, rule, table, record_id,
  expected, why, period`. `expected` is violation, warning (a reading or a boundary needs a
  person) or pass (a compliant near-miss that must not be flagged). `check` DQ marks
  data-quality cases. `period` names the audit period that judges the record when it is not
  simply the one holding its event (a customer judged at a deadline, a policy in force, staff
  at the period's end; boundaries in 2025Q1, 2025Q4 and 2026Q2).
- `exports/`: what each system exported, each in its own format:

| file | canonical table | system and format |
|---|---|---|
{files}

## Design: the bulk is compliant by construction

The planted cases (privacykit/sample/cases.py, privacy_cases.py) are the only violations and
warnings; every bulk row is built to pass:

- Calls and texts reach only customers who gave prior express written consent the day their
  record was made, on numbers that are on no do-not-call list and no opt-out. Numbers ending
  0180-0189 form the do-not-call pool (national, state and company lists, STOP replies) and are
  never called; planted cases use 0190-0198 only.
- Calls and texts are made Monday to Saturday, never on a US federal holiday, between 11:00
  and 16:59 in the customer's zone: inside every federal and state window even if the area
  code's zone is an hour off.
- With only 100 fictitious numbers per area code, customers share lines at scale (households).
  Customers sharing a number are reached on different days: at most one call or text a day
  per number.
- No email goes out on or after the day of an opt-out. Canadian and EU recipients gave express
  consent before their first email.
- A national registry copy is downloaded every 14 days; campaigns and their emails carry an
  unsubscribe link and the postal address.
- Every call transmits the dialer's caller ID, a number the carrier lists as the company's for
  the whole history; no bulk call is abandoned, and no number gets more than one call or text
  a day (so never a fourth in 24 hours).
- Replies to texts are chatter ("Thanks", "What time do you open?") with no opt-out word, or a
  STOP that the SMS platform records as an opt-out the same second. Every unsubscribe made by
  link is in the link log as a success; the few expired links were used over 60 days after
  their email.
- Faxes go only to outfitter shops that gave written fax permission, in campaigns that carry the
  opt-out notice; disclosures to service providers happen before any opt-out of the address.

The privacy and industry records (issue 7) are compliant in the bulk too:

- Ad-platform audiences (cross-context sharing) and, from July 2026, list rentals take only US
  adults who hold no store card and never opted out of email; privacy requests and Global
  Privacy Control come only from bearers of some names, none of whom is ever sold or shared
  (the loader makes one person of records that share a name and a birth date, address, phone
  or email). The policy in force names every recipient type and category shared. A GPC
  browser's sessions never fire sale or advertising tags.
- Card holders get the GLBA initial notice (with the opt-out form) and the FCRA affiliate
  notice when the account opens, and an annual notice every 340 days.
- App users' precise fixes serve the store finder, under the location permission they gave
  when they joined; ad segments use coarse fixes only. Children (the kids' site) are never
  shared, and their parents consented two days before sign-up.
- Privacy requests are acknowledged in 1-3 days and answered in 5-30. Staff complete privacy,
  do-not-call and security training every January to March. Routine incidents involve fewer
  than 500 consumers, or encrypted data whose key was not taken.

Labels for replies, link uses, disclosures and abandonment windows name their own tables
(`sms_inbound`, `unsubscribe_events`, `sharing`, and `campaigns` with the record
`<campaign> <first day of the 30-day window>`); the others name a contact or a record.

## Data quality, on purpose

Real exports are messy, and so are these: dates as `7/4/1985`, `07/04/1985` or `19850704`;
phones as `(305) 555-0142`, `+1 602-555-0199`, `614.555.0101` or `1-614-555-0101`; states as
codes in any case or full names; countries as `USA`, `US`, `Canada`, `DE`; quoted fields holding
the delimiter; trailing spaces and mixed-case emails. A few rows are broken on purpose (an
impossible date, a phone `12`, the state `Atlantis`, a call with no time and no number, a send on
September 31, an unknown consent type, a guest order with no customer, a call for an account
that does not exist): each is a DQ label, saying what the loader must do with it.

Each privacy system has its own habits too: the card unit's mail house writes dates as
`20260615` and its own notice codes (`PRIV-INIT`, `AFFIL-MKTG`); the ad team logs uploads in
naive Los Angeles time; the pharmacy writes `MM/DD/YYYY` and leaves a 'paid' or remuneration
cell blank now and then; the places vendor ships a misspelt type code (`CLINC-RH`), which the
mapping reads; the CRM's age segment comes from a marketing model, and the kids' sign-up form
asks for an age, not a birth date; HR leaves its customer-data flag blank for most titles;
flags left blank are unknown, not false, and the labels say where that needs a person.

## Reading it

Naive times are read in the zone the mapping gives each source: the company's
America/New_York by default, America/Chicago for the dialer, UTC for the email and SMS
platforms, the consent platform and the app, America/Los_Angeles for the ad team's uploads.
Labels give every planted contact's time as the called or emailed person's local time; `why`
says which zone that is.

Email-opt-out labels (E1, US business days) cover US recipients; Canadian recipients are
labelled under E13 (Canadian business days) only.
"""
