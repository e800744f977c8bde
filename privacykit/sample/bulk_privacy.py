"""Write one chunk of bulk customers' privacy records, compliant by construction (issue 7).

- Privacy requests are acknowledged in 1-3 days and answered in 5-30. Requests and Global
  Privacy Control come only from people of some names (about one name in 16), and nobody of
  those names is ever sold or shared: the loader makes one person of records that share a name
  and a birth date, address, phone or email, and a person's opt-out covers all their records.
- Ad-platform audiences (cross-context sharing) and, from July 2026, when the policy of
  2026-06-30 names list renters, monthly list rentals take only US adults who are no card
  holders (GLBA) and never opted out of email, of the names that never ask anything; their
  categories (contact, purchase history) are named in every policy.
- A GPC browser's sessions never fire sale or advertising tags.
- Card holders get the GLBA initial notice (with its opt-out form) and the FCRA affiliate
  notice at account opening and an annual notice every 340 days (always inside 12 months),
  by mail or e-delivery acknowledged within 2 days; the notice text changed on 2023-09-15.
- App users gave location permission the day they joined; their precise fixes (5-80 m) serve
  the store finder only; ad segments use coarse fixes (1.5-5 km), never precise.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from privacykit.sample.columns import I64, Mask, make_ids
from privacykit.sample.geography import KIND, REGIONS
from privacykit.sample.people import Counters, People
from privacykit.sample.timeline import (
    DAYS,
    EPOCH0,
    YM,
    day_text,
    iso_z,
    month_index,
    stamp,
    us_stamp,
)
from privacykit.sample.writers import Writers

PORTAL_TYPES = ("Right to Know", "Delete My Data", "Correct My Data", "Do Not Sell or Share",
                "Limit Use of Sensitive PI", "Global Privacy Control")  # fmt: skip
NOTICE_EVERY = 340  # days between a card holder's GLBA notices: always inside 12 months
VERSION_DAYS = (-108,)  # 2023-09-15: the GLBA notice's text changed
VERSIONS = ("2021.1", "2023.2")
RENTAL_DAYS = (917, 945, 981)  # 2026-07-06, 2026-08-03, 2026-09-08: list rentals
STATES = pa.array([r.code for r in REGIONS])


def write_privacy(
    w: Writers, rng: np.random.Generator, p: People, c: Counters, email_opt: Mask
) -> None:
    """Write the chunk's requests, sessions, uploads, rentals, notices and app locations."""
    active = (p.first * 61 + p.last * 7) % 16 == 0  # names whose bearers use their rights
    w["privacy_requests"].write(_requests(rng, p, c, active))
    us = (KIND[p.region] == 0) & ~p.kid
    gpc = us & active & (rng.random(p.n) < 0.8)
    w["cmp_sessions"].write(_sessions(rng, p, c, us, gpc))
    eligible = us & ~p.card & ~email_opt & ~active
    w["audience_uploads"].write(_uploads(rng, p, c, eligible))
    w["data_sharing_log"].write(_rentals(rng, p, c, eligible))
    w["notice_mailings"].write(_card_notices(rng, p, c))
    w["privacy_optouts"].write(_card_optouts(rng, p, c))
    w["hipaa_authorizations"].write(_authorizations(rng, p, c))
    w["app_location"].write(_app_locations(rng, p, c))


def _requests(rng: np.random.Generator, p: People, c: Counters, active: Mask) -> dict[str, Any]:
    """Return the portal's requests, each acknowledged in 1-3 days and answered in 5-30."""
    idx = np.flatnonzero(~p.kid & active & (rng.random(p.n) < 0.06))
    day = p.start[idx] + (rng.random(idx.size) * np.maximum(DAYS - 1 - p.start[idx], 1)).astype(
        np.int64)  # fmt: skip
    got = EPOCH0 + day * 86_400 + rng.integers(50_000, 70_000, idx.size)
    ack = got + rng.integers(1, 4, idx.size) * 86_400
    done = got + rng.integers(5, 31, idx.size) * 86_400
    return {"request_id": c.ids("PR-", 1_000_000, idx.size), "customer_id": p.ids.take(
                pa.array(idx)),
            "request_type": pa.array(PORTAL_TYPES).take(
                pa.array(rng.integers(0, len(PORTAL_TYPES), idx.size))),
            "received": iso_z(got), "acknowledged": iso_z(ack),
            "completed": pc.if_else(pa.array(done < EPOCH0 + DAYS * 86_400), iso_z(done),
                                    pa.scalar(None, pa.string()))}  # fmt: skip


def _days_after(rng: np.random.Generator, p: People, who: I64, first: int = 0) -> I64:
    """Return a day for each row of ``who``: after the record's creation, from ``first`` on."""
    start: I64 = np.maximum(p.start[who], first)
    room = np.maximum(DAYS - start, 1)
    return np.asarray(start + (rng.random(who.size) * room).astype(np.int64), np.int64)


def _sessions(
    rng: np.random.Generator, p: People, c: Counters, us: Mask, gpc: Mask
) -> dict[str, Any]:
    who = np.repeat(np.arange(p.n), np.where(us, rng.poisson(2.5, p.n), 0))
    secs = EPOCH0 + _days_after(rng, p, who) * 86_400 + rng.integers(0, 86_400, who.size)
    m = who.size
    blocked = gpc[who] | (rng.random(m) < 0.15)  # GPC, or the visitor declined the banner
    region = pc.if_else(pa.array(rng.random(m) < 0.05), "", STATES.take(pa.array(p.region[who])))
    signed_in = pa.array(rng.random(m) < 0.6)
    return {
        "session_uuid": c.ids("cmp-", 100_000_000, m),
        "visitor_id": make_ids("v-", p.index[who] + 5_000_000),
        "crm_id": pc.if_else(signed_in, p.ids.take(pa.array(who)), pa.scalar(None, pa.string())),
        "session_start": pa.array(secs.astype("datetime64[s]")).cast(pa.timestamp("s", tz="UTC")),
        "geo_region": region, "sec_gpc": pa.array(gpc[who].astype(np.int8)),
        "ad_tags": pc.if_else(pa.array(blocked), "suppressed", "fired"),
    }  # fmt: skip


def _la_stamp(day: I64, rng: np.random.Generator) -> Any:
    """Return naive Los Angeles wall times 08:00-15:59 (the same date in UTC and New York)."""
    return stamp(EPOCH0 + day * 86_400 + rng.integers(8 * 3600, 16 * 3600, day.size))


def _uploads(rng: np.random.Generator, p: People, c: Counters, eligible: Mask) -> dict[str, Any]:
    picked = eligible & (rng.random(p.n) < 0.3)
    who = np.repeat(np.arange(p.n), np.where(picked, rng.integers(1, 5, p.n), 0))
    day = _days_after(rng, p, who)
    m = who.size
    audience = pa.array([f"Seasonal lookalike {ym}" for ym in YM]).take(pa.array(month_index(day)))
    return {
        "upload_id": c.ids("AU-", 10_000_000, m), "crm_id": p.ids.take(pa.array(who)),
        "platform": pa.array(["Pinnacle Ads", "Brightline Social"]).take(
            pa.array(rng.integers(0, 2, m))),
        "audience": audience, "data_shared": ["contact;purchase_history"] * m,
        "uploaded_at": _la_stamp(day, rng),
    }  # fmt: skip


def _rentals(rng: np.random.Generator, p: People, c: Counters, eligible: Mask) -> dict[str, Any]:
    """Return the monthly list rentals of July to September 2026 (a sale, logged as one)."""
    who_all, day_all = [], []
    for rental in RENTAL_DAYS:
        picked = np.flatnonzero(eligible & (p.start <= rental) & (rng.random(p.n) < 0.15))
        who_all.append(picked)
        day_all.append(np.full(picked.size, rental, np.int64))
    who, day = np.concatenate(who_all), np.concatenate(day_all)
    n = who.size
    return {
        "share_id": c.ids("SH-", 10_000_000, n), "customer_id": p.ids.take(pa.array(who)),
        "recipient": ["Summit Lists LLC"] * n, "recipient_type": ["list_rental"] * n,
        "sold": ["Y"] * n, "cross_context": ["N"] * n,
        "categories": ["contact;purchase_history"] * n,
        "sensitive": ["N"] * n, "precise_location": ["N"] * n, "health_data": ["N"] * n,
        "glba_exception": [""] * n, "purpose": ["LIST_RENTAL"] * n,
        "shared_at": iso_z(EPOCH0 + day * 86_400 + 57_600),
    }  # fmt: skip


def _card_notices(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return each card holder's notices: initial and affiliate at opening, then annual."""
    card = np.flatnonzero(p.card)
    span = np.maximum(DAYS - 1 - p.created[card], 0)
    counts = span // NOTICE_EVERY + 1
    who = np.repeat(card, counts)
    k = np.arange(who.size) - np.repeat(np.cumsum(counts) - counts, counts)
    first = k == 0
    who = np.concatenate([who, card])  # and the FCRA affiliate-marketing notice at opening
    k = np.concatenate([k, np.zeros(card.size, np.int64)])
    code = np.concatenate([np.where(first, 0, 1), np.full(card.size, 2)])
    day = p.created[who] + k * NOTICE_EVERY
    n = who.size
    electronic = (p.index[who] % 10) < 7  # a customer's choice, the same for every notice
    ack = EPOCH0 + (day + rng.integers(0, 3, n)) * 86_400 + rng.integers(13 * 3600, 23 * 3600, n)
    return {
        "MAIL_ID": c.ids("NM-", 10_000_000, n), "CUST_REF": p.ids.take(pa.array(who)),
        "NOTICE_CODE": pa.array(["PRIV-INIT", "PRIV-ANNUAL", "AFFIL-MKTG"]).take(pa.array(code)),
        "FORM_VER": pa.array(VERSIONS).take(pa.array(np.searchsorted(VERSION_DAYS, day,
                                                                     side="right"))),
        "ENCLOSURE": pc.if_else(pa.array(code == 0), "OPT-OUT FORM", ""),
        "MAILED": pc.replace_substring(day_text(day), "-", ""),
        "CHANNEL": pc.if_else(pa.array(electronic), "EDELIVERY", "USPS"),
        "E_ACK": pc.if_else(pa.array(electronic), iso_z(ack), ""),
    }  # fmt: skip


def _card_optouts(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return the card line's opt-outs: of GLBA sharing or of affiliate marketing."""
    who = np.flatnonzero(p.card & (rng.random(p.n) < 0.04))
    day = _days_after(rng, p, who)
    n = who.size
    return {
        "REF": c.ids("OPT-", 10_000_000, n), "CUST_REF": p.ids.take(pa.array(who)),
        "OPT_TYPE": pa.array(["NPI SHARING", "AFFILIATE MKTG"]).take(
            pa.array(rng.integers(0, 2, n))),
        "RECEIVED": us_stamp(EPOCH0 + day * 86_400 + rng.integers(9, 17, n) * 3600,
                             seconds=False),
        "VIA": pa.array(["phone", "mail form", "online"]).take(pa.array(rng.integers(0, 3, n))),
    }  # fmt: skip


def _authorizations(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return pharmacy patients' HIPAA marketing authorizations (stating any sponsor's pay)."""
    who = np.flatnonzero(p.rx & (rng.random(p.n) < 0.2))
    day = _days_after(rng, p, who)
    n = who.size
    return {
        "AUTH_NO": c.ids("HA-", 10_000_000, n), "PATIENT_ID": p.ids.take(pa.array(who)),
        "SIGNED": us_stamp(EPOCH0 + day * 86_400 + rng.integers(9, 17, n) * 3600, seconds=False),
        "REVOKED": [""] * n, "SCOPE": ["ALL CONTACT"] * n, "REMUNERATION_STMT": ["Y"] * n,
        "SPONSOR": pa.array(["Alder Pharma", "Meridian Pharma Insights", ""]).take(
            pa.array(rng.integers(0, 3, n))),
    }  # fmt: skip


def _app_locations(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return precise store-finder fixes and coarse ad-segment fixes of app users."""
    counts = np.where(p.app, 3, 0)
    who = np.repeat(np.arange(p.n), counts)
    precise = (np.arange(who.size) - np.repeat(np.cumsum(counts) - counts, counts)) < 2
    day = _days_after(rng, p, who)
    m = who.size
    lat = np.array([r.lat for r in REGIONS])[p.region[who]] + rng.normal(0, 0.3, m)
    lon = np.array([r.lon for r in REGIONS])[p.region[who]] + rng.normal(0, 0.3, m)
    accuracy = np.where(precise, rng.uniform(5, 80, m), rng.uniform(1500, 5000, m))
    secs = EPOCH0 + day * 86_400 + rng.integers(14 * 3600, 24 * 3600, m)
    return {"event_id": c.ids("LOC-", 10_000_000, m), "user_ref": p.ids.take(pa.array(who)),
            "device_id": make_ids("dev-", p.index[who] + 100_000),
            "captured": pa.array(secs.astype("datetime64[s]")), "lat": pa.array(np.round(lat, 5)),
            "lon": pa.array(np.round(lon, 5)), "accuracy_m": pa.array(np.round(accuracy, 1)),
            "purpose": pc.if_else(pa.array(precise), "store_finder", "ad_segment")}  # fmt: skip
