"""Write one chunk of bulk customers' rows into every export, compliant by construction."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from privacykit.sample.bulk_privacy import write_privacy
from privacykit.sample.columns import I64, join, make_ids, pad4, phone_digits, substring, yes_no
from privacykit.sample.exports import (
    ANI,
    FAX_CSID,
    SELLER,
    SHORTCODE,
    TS_UTC,
    USER_AGENTS,
)
from privacykit.sample.geography import (
    AREA_CITY,
    AREA_CODE,
    COUNTRY_VARIANTS,
    FIRST_A,
    KIND,
    LAST_A,
    REGION_ZONE,
    REGIONS,
    STATE_TEXT,
)
from privacykit.sample.people import Counters, People
from privacykit.sample.timeline import (
    BLOCKED,
    DAY0,
    DAYS,
    EM_CODES,
    EPOCH0,
    FX_CODES,
    ML_CODES,
    PU_CODES,
    SLOT_DAYS,
    SLOTS,
    SM_CODES,
    TM_CODES,
    day_text,
    fax_stamp,
    iso_z,
    month_index,
    stamp,
    to_chicago,
    to_utc,
    us_stamp,
)
from privacykit.sample.writers import Writers

EMAILS_PER_CUSTOMER = 15.5
# What people text back to a marketing text: no opt-out word (stop, end, quit, cancel, ...) in
# any language the kit reads, so no reply is an opt-out to honor.
CHATTER = ("Thanks", "Thank you!", "What time do you open?", "Is the sale online too?",
           "Do you have it in size 10?", "Ok", "Great, see you Saturday",
           "Which store has the tents?", "Got it", "Can I use my card for this?",
           "Love this jacket", "Is it in stock in Columbus?")  # fmt: skip
PHONE_CONTACTS = (5, 15)  # calls and texts per reachable customer, before Sundays and holidays


def write_chunk(w: Writers, rng: np.random.Generator, p: People, c: Counters) -> None:
    """Write the chunk's rows into every export.

    The builders draw from ``rng`` in this order, so changing the order changes every byte after.
    """
    w["crm_customers"].write(_crm(rng, p))
    sends, unsubs, crm_optouts, clicks, email_opt = _emails(rng, p, c)
    w["esp_sends"].write(sends)
    w["esp_unsubscribes"].write(unsubs)
    w["crm_optouts"].write(crm_optouts)
    w["esp_link_clicks"].write(clicks)
    calls, texts, replies = _phones(rng, p, c)
    w["dialer_calls"].write(calls)
    w["sms_messages"].write(texts)
    w["sms_inbound"].write(replies)
    w["consents"].write(_consents(rng, p, c))
    w["orders"].write(_orders(rng, p, c))
    for name, build in (("inquiries", _inquiries), ("mail_drops", _mail), ("push_log", _push),
                        ("data_sharing_log", _sharing), ("app_location", _locations),
                        ("fax_jobs", _faxes)):  # fmt: skip
        w[name].write(build(rng, p, c))
    write_privacy(w, rng, p, c, email_opt)


def _trade(p: People) -> Any:
    """Return the outfitter shops among the customers: a US landline that takes faxes, with
    written fax permission from the day the account was opened (never a do-not-call number)."""
    return (KIND[p.region] == 0) & p.has_phone & ~p.mobile & (p.suffix < 180) & (p.index % 37 == 5)


def _crm(rng: np.random.Generator, p: People) -> dict[str, Any]:
    """Return the CRM's rows: mixed date, phone, state and country spellings, as keyed in."""
    n = p.n
    birth = np.where(p.kid, rng.integers(-3652, -2192, n), rng.integers(-30680, -6575, n))
    ymd = day_text(birth)
    y, m, d = substring(ymd, 0, 4), substring(ymd, 5, 7), substring(ymd, 8, 10)
    mm, dd = pc.utf8_ltrim(m, "0"), pc.utf8_ltrim(d, "0")
    dob = pc.choose(
        pa.array(rng.integers(0, 3, n).astype(np.int8)),
        join(mm, "/", dd, "/", y),
        join(m, "/", d, "/", y),
        join(y, m, d),
    )
    area, sfx = pc.cast(pa.array(AREA_CODE[p.area_i]), pa.string()), pad4(p.suffix)
    phone = pc.choose(
        pa.array(rng.integers(0, 4, n).astype(np.int8)),
        join("(", area, ") 555-", sfx),
        join("+1 ", area, "-555-", sfx),
        join(area, ".555.", sfx),
        join("1-", area, "-555-", sfx),
    )
    line = np.where(rng.random(n) < 0.05, 2, np.where(p.mobile, 0, 1))
    email = pc.fill_null(p.email, "")
    messy = rng.random(n)
    email = pc.if_else(
        pa.array(messy < 0.03),
        pc.utf8_capitalize(email),
        pc.if_else(pa.array(messy > 0.99), join(email, " "), email),
    )
    created = EPOCH0 + p.created * 86_400 + rng.integers(8 * 60, 21 * 60, n) * 60
    source = np.where(p.kid, 4, rng.integers(0, 4, n))
    return {
        "CUST_NO": p.ids, "FIRST NAME": FIRST_A.take(pa.array(p.first)),
        "LAST NAME": LAST_A.take(pa.array(p.last)),
        "DOB": dob, "PHONE": pc.if_else(pa.array(p.has_phone), phone, ""),
        "PHONE TYPE": pa.array(["MOBILE", "LANDLINE", ""]).take(pa.array(
            np.where(p.has_phone, line, 2))),
        "EMAIL": email, "STREET": p.street, "CITY": AREA_CITY.take(pa.array(p.area_i)),
        "ST": STATE_TEXT.take(pa.array(p.region * 4 + rng.choice(4, n, p=[.6, .1, .2, .1]))),
        "ZIP": p.postal, "CTRY": COUNTRY_VARIANTS.take(pa.array(p.region * 4 +
                                                             rng.integers(0, 4, n))),
        "CREATED": us_stamp(created, seconds=False),
        "SOURCE": pa.array(["web", "store", "catalog", "call_center", "kids_signup_form"]).take(
            pa.array(source)),
        "CARD_HOLDER": yes_no(p.card), "RX_PATIENT": yes_no(p.rx), "KIDS_SITE": yes_no(p.kid),
        # The marketing model scores some adults (never a minor: it misses the kids' site)
        "AGE_SEGMENT": pc.if_else(pa.array(~p.kid & (rng.random(n) < 0.3)), "ADULT (MODEL)", ""),
    }  # fmt: skip


def _emails(
    rng: np.random.Generator, p: People, c: Counters
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any], Any]:
    """Return email sends, platform unsubscribes, CRM opt-outs, the unsubscribe-link log and
    who opted out of email.

    None is sent after opting out. Every unsubscribe made by link is the link of the person's
    last email, used at the instant the platform recorded it; a few links are used after they
    expired (60 days after the send, beyond the 30 days the law asks).
    """
    n, start = p.n, p.start
    count = np.where(p.kid, 0, rng.poisson(EMAILS_PER_CUSTOMER, n))
    room = DAYS - start
    opt = ~p.kid & (room > 30) & (rng.random(n) < 0.04)
    opt_day = np.where(opt, start + 30 + (rng.random(n) * np.maximum(room - 30, 1)).astype(int),
                       DAYS)  # fmt: skip
    who = np.repeat(np.arange(n), count)
    day = start[who] + (rng.random(who.size) * room[who]).astype(np.int64)
    keep = day < opt_day[who]
    who, day = who[keep], day[keep]
    m = who.size
    promo = rng.random(m) < 0.88
    informational = pc.if_else(pa.array(p.card[who] & (rng.random(m) < 0.5)), "CARD-ALERTS",
                               "SVC-ORDERS")  # fmt: skip
    status = np.searchsorted([0.70, 0.88, 0.96], rng.random(m))
    msg_ids = c.ids("msg-", 1_000_000_000, m)
    campaign = pc.if_else(pa.array(promo), EM_CODES.take(
        pa.array(month_index(day) * 2 + rng.integers(0, 2, m))), informational)  # fmt: skip
    sent = EPOCH0 + day * 86_400 + rng.integers(0, 86_400, m)
    sends = {
        "message_id": msg_ids, "subscriber_key": p.ids.take(pa.array(who)),
        "email_address": p.email.take(pa.array(who)), "campaign_code": campaign,
        "message_type": pc.if_else(pa.array(promo), "promotional", "transactional"),
        "sent_utc": iso_z(sent),
        "status": pa.array(["delivered", "opened", "clicked", "hard_bounce"]).take(
            pa.array(status)),
    }  # fmt: skip
    via_esp = opt & (rng.random(n) < 0.85)
    esp = np.flatnonzero(via_esp)
    unsub_at = EPOCH0 + opt_day[esp] * 86_400 + rng.integers(15 * 3600, 86_400, esp.size)
    method = rng.integers(0, 5, esp.size)
    unsubs = {
        "event_id": c.ids("uns-", 10_000_000, esp.size), "email_address": p.email.take(
            pa.array(esp)),
        "unsubscribed_at": iso_z(unsub_at),
        "method": pa.array(["link", "link", "link", "reply", "complaint"]).take(
            pa.array(method)),
        "campaign_code": EM_CODES.take(pa.array(month_index(opt_day[esp]) * 2)),
    }  # fmt: skip
    # The CRM has the opt-outs taken by phone or letter, and a copy of some platform ones
    # keyed in 1-3 days later; the earliest receipt governs, and no email follows either.
    crm = np.flatnonzero(opt & (~via_esp | (rng.random(n) < 0.3)))
    lag = np.where(via_esp[crm], rng.integers(1, 4, crm.size), 0)
    when = np.minimum(opt_day[crm] + lag, DAYS - 1)
    crm_rows = {
        "CUST_NO": p.ids.take(pa.array(crm)), "EMAIL": p.email.take(pa.array(crm)),
        "OPTOUT_CHANNEL": ["E-MAIL"] * crm.size,
        "OPTOUT_DATE": us_stamp(EPOCH0 + when * 86_400 + rng.integers(9, 17, crm.size) * 3600
                                + rng.integers(0, 60, crm.size) * 60, seconds=False),
        "ENTERED_BY": make_ids("csr-", rng.integers(10, 40, crm.size)),
    }  # fmt: skip
    # The link log. Sends are in customer order; the last send of each customer (every send is
    # before the day of the opt-out) carries the link used to unsubscribe.
    order = np.lexsort((sent, who))
    last = np.searchsorted(who[order], esp, side="right") - 1
    first_of = who[order][np.maximum(last, 0)] if m else np.full(esp.size, -1)
    has_send = (last >= 0) & (first_of == esp) & (method < 3)
    used = order[np.maximum(last, 0)][has_send] if m else np.zeros(0, np.int64)
    expired = np.flatnonzero(promo & (rng.random(m) < 0.003))
    late = (
        sent[expired]
        + rng.integers(61, 120, expired.size) * 86_400
        + rng.integers(0, 86_400, expired.size)
    )
    expired, late = expired[late < EPOCH0 + DAYS * 86_400], late[late < EPOCH0 + DAYS * 86_400]
    rows = np.concatenate([used, expired])
    at = np.concatenate([unsub_at[has_send], late])
    k = rows.size
    clicks = {
        "click_id": c.ids("clk-", 10_000_000, k), "message_id": msg_ids.take(pa.array(rows)),
        "email": p.email.take(pa.array(who[rows])), "clicked_at": join(
            substring(iso_z(at), 0, 19), ".000Z"),
        "result": pa.array(["unsubscribed", "link_expired"]).take(
            pa.array((np.arange(k) >= used.size).astype(np.int64))),
        "user_agent": pa.array(USER_AGENTS).take(pa.array(rng.integers(0, len(USER_AGENTS), k))),
    }  # fmt: skip
    return sends, unsubs, crm_rows, clicks, opt


def _phones(
    rng: np.random.Generator, p: People, c: Counters
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Return dialer calls and texts, each inside every applicable calling window."""
    k_ = np.where(p.reach, rng.integers(*PHONE_CONTACTS, p.n), 0)
    first, step = rng.integers(0, SLOTS, p.n), rng.integers(1, SLOTS, p.n)
    who = np.repeat(np.arange(p.n), k_)
    pos = np.arange(who.size) - np.repeat(np.cumsum(k_) - k_, k_)
    # One slot of SLOT_DAYS days per contact; inside it, the day is the number's own offset plus
    # the customer's rank on the number, so people sharing a line are never called the same day
    # and calls spread over every day of the year, not the slots' first days.
    offset = (p.area_i[who] * 7 + p.suffix[who] * 13) % SLOT_DAYS
    day = (first[who] + pos * step[who]) % SLOTS * SLOT_DAYS + (offset + p.rank[who]) % SLOT_DAYS
    keep = (day >= p.start[who]) & (day % 7 != 6) & ~BLOCKED[day]
    who, day = who[keep], day[keep]
    m = who.size
    local = EPOCH0 + day * 86_400 + rng.integers(11 * 3600, 17 * 3600, m)
    utc = to_utc(local, REGION_ZONE[p.region[who]])
    text = p.mobile[who] & (rng.random(m) < 0.45)
    info = rng.random(m) < 0.15
    service = pa.array(["SVC-ORDERS", "CARD-ALERTS", "RX-REFILL"]).take(
        pa.array(np.where(p.rx[who], 2, np.where(p.card[who], 1, 0)))
    )
    month = pa.array(month_index(day))
    area, sfx = AREA_CODE[p.area_i[who]], p.suffix[who]
    calls, texts = ~text, text
    ci, ti = np.flatnonzero(calls), np.flatnonzero(texts)
    nc, nt = ci.size, ti.size
    outcome = np.searchsorted([0.45, 0.75, 0.95], rng.random(nc))
    winback = rng.random(nc) < 0.05
    tm = pc.if_else(pa.array(winback), "LOYALTY-WINBACK", TM_CODES.take(month.take(pa.array(ci))))
    call_rows = {
        "CALL_ID": c.ids("", 8_000_000_000, nc), "ACCT_NO": p.ids.take(pa.array(who[ci])),
        "DIALED_NUM": phone_digits(area[ci], sfx[ci]), "CALL_START": us_stamp(to_chicago(utc[ci])),
        "DIAL_MODE": pa.array(["MAN", "PRED", "AUTO", "PRV"]).take(pa.array(
            np.searchsorted([0.5, 0.8, 0.95], rng.random(nc)))),
        "CAMPAIGN": pc.if_else(pa.array(info[ci]), service.take(pa.array(ci)), tm),
        "CALL_TYPE": pc.if_else(pa.array(info[ci]), "SERVICE", "SALES"), "MEDIA": ["VOICE"] * nc,
        "DISPOSITION": pa.array(["A", "NA", "VM", "B"]).take(pa.array(outcome)), "ANI": [ANI] * nc,
        "CONNECT_SEC": pc.if_else(pa.array(outcome == 0), pc.cast(pa.array(
            rng.integers(2, 20, nc) / 10), pa.string()), ""),
        "RING_SEC": pc.if_else(pa.array(outcome == 1), pc.cast(pa.array(
            rng.integers(15, 31, nc)), pa.string()), ""),
        "CLIENT": [SELLER] * nc,
    }  # fmt: skip
    text_rows = {
        "msg_uuid": c.ids("sms-", 100_000_000, nt), "contact_ref": p.ids.take(pa.array(who[ti])),
        "msisdn": join("1", phone_digits(area[ti], sfx[ti])),
        "sent_ts": pa.array(utc[ti].astype("datetime64[s]")).cast(TS_UTC),
        "program": pc.if_else(pa.array(info[ti]), service.take(pa.array(ti)),
                              SM_CODES.take(month.take(pa.array(ti)))),
        "msg_class": pc.if_else(pa.array(info[ti]), "INFO", "MKT"),
        "send_mode": pc.if_else(pa.array(info[ti]), "agent_1to1", "campaign_blast"),
        "delivery_status": pc.if_else(pa.array(rng.random(nt) < 0.97), "DELIVERED",
                                      "UNDELIVERABLE"),
    }  # fmt: skip
    # A few people answer a marketing text; nothing they say reads as an opt-out.
    back = np.flatnonzero(~info[ti] & (rng.random(nt) < 0.04))
    nr = back.size
    reply_at = utc[ti][back] + rng.integers(60, 5400, nr)
    replies = {
        "mo_uuid": c.ids("mo-", 2_000_000_000, nr),
        "msisdn": text_rows["msisdn"].take(pa.array(back)),
        "contact_ref": text_rows["contact_ref"].take(pa.array(back)),
        "received_ts": pa.array(reply_at.astype("datetime64[s]")).cast(TS_UTC),
        "body": pa.array(CHATTER).take(pa.array(rng.integers(0, len(CHATTER), nr))),
        "reply_to": text_rows["msg_uuid"].take(pa.array(back)),
        "program": text_rows["program"].take(pa.array(back)), "shortcode": [SHORTCODE] * nr,
    }  # fmt: skip
    return call_rows, text_rows, replies


def _consents(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return consents captured the day each record was made (before any contact)."""
    kind = KIND[p.region]
    device = make_ids("dev-", p.index + 100_000)
    parts = (  # (who, channel, kind, address, day offset from creation, source)
        (~p.kid & ((kind > 0) | (rng.random(p.n) < 0.5)), "EMAIL", "EXPRESS", p.email, 0, "web"),
        (p.reach, "PHONE", "PEWC", p.e164, 0, "web_checkout"),
        (p.reach & p.mobile, "TEXT", "PEWC", p.e164, 0, "web_checkout"),
        (p.app, "PUSH", "EXPRESS", device, 0, "app"),
        (p.app, "LOCATION", "EXPRESS", device, 0, "app"),
        (p.kid, "ALL", "PARENTAL_VPC", pa.nulls(p.n, pa.string()), -2, "kids_site"),
        (_trade(p), "FAX", "EXPRESS", p.e164, 0, "trade_account"),
    )
    cols: dict[str, list[Any]] = {h: [] for h in ("customer", "channel", "consent_kind",
                                                  "contact_point", "captured_at",
                                                  "capture_source")}  # fmt: skip
    for mask, channel, ckind, address, offset, source in parts:
        idx = np.flatnonzero(mask)
        secs = EPOCH0 + (p.created[idx] + offset) * 86_400 + rng.integers(43_200, 46_800, idx.size)
        cols["customer"].append(p.ids.take(pa.array(idx)))
        cols["channel"].append(pa.array([channel] * idx.size, pa.string()))
        cols["consent_kind"].append(pa.array([ckind] * idx.size, pa.string()))
        cols["contact_point"].append(address.take(pa.array(idx)))
        cols["captured_at"].append(iso_z(secs))
        cols["capture_source"].append(pa.array([source] * idx.size, pa.string()))
    rows = {name: pa.concat_arrays(parts_) for name, parts_ in cols.items()}
    n = len(rows["customer"])
    ref = c.ids("PH-", 100_000_000, n)
    return rows | {"consent_ref": ref, "purpose": ["MKT"] * n, "brand": [SELLER] * n,
                   "evidence_ref": join("form-", ref)}  # fmt: skip


def _events(rng: np.random.Generator, counts: I64, first: I64) -> tuple[I64, I64]:
    """Return (customer row, day) for ``counts`` events each, on days from ``first`` on."""
    who = np.repeat(np.arange(counts.size), counts)
    room = np.maximum(DAYS - first[who], 1)
    return who, first[who] + (rng.random(who.size) * room).astype(np.int64)


def _orders(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    kinds = (("SALE", np.where(p.kid, 0, rng.poisson(2.0, p.n)), 40.0),
             ("CARD_PAYMENT", np.where(p.card, rng.integers(3, 12, p.n), 0), 90.0),
             ("RX_FILL", np.where(p.rx, rng.integers(2, 8, p.n), 0), 15.0))  # fmt: skip
    who_all, secs_all, kind_all, amount_all = [], [], [], []
    for i, (_, counts, scale) in enumerate(kinds):
        who, day = _events(rng, counts, p.created)
        who_all.append(who)
        secs_all.append(EPOCH0 + day * 86_400 + rng.integers(13 * 3600, 86_400, who.size))
        kind_all.append(np.full(who.size, i))
        amount_all.append(np.round(rng.gamma(2.0, scale, who.size), 2))
    who, secs = np.concatenate(who_all), np.concatenate(secs_all)
    return {
        "order_no": c.ids("ORD-", 100_000_000, who.size), "customer_number": p.ids.take(
            pa.array(who)),
        "order_ts": pa.array(secs.astype("datetime64[s]")),
        "order_type": pa.array([k_[0] for k_ in kinds]).take(pa.array(np.concatenate(kind_all))),
        "total": pa.array(np.concatenate(amount_all)),
    }  # fmt: skip


def _inquiries(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return inquiries: catalog requests and card applications, from a month before joining."""
    who, day = _events(rng, (~p.kid & (rng.random(p.n) < 0.15)).astype(np.int64), p.created - 30)
    secs = EPOCH0 + day * 86_400 + rng.integers(43_200, 79_200, who.size)
    topics = ("catalog request", "store card application", "pharmacy question", "product question")
    return {
        "inquiry_no": c.ids("INQ-", 10_000_000, who.size),
        "cust": p.ids.take(pa.array(who)),
        "received": iso_z(secs),
        "topic": pa.array(topics).take(pa.array(rng.integers(0, 4, who.size))),
    }


def _mail(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    picked = (KIND[p.region] == 0) & ~p.kid & (rng.random(p.n) < 0.35)
    who, day = _events(rng, np.where(picked, rng.integers(1, 3, p.n), 0), p.start)
    crm_state = pa.array([r.code for r in REGIONS]).take(pa.array(p.region[who]))
    return {"drop_id": c.ids("MD-", 10_000_000, who.size), "cust_no": p.ids.take(pa.array(who)),
            "address": p.street.take(pa.array(who)),
            "city": AREA_CITY.take(pa.array(p.area_i[who])), "state": crm_state,
            "zip": p.postal.take(pa.array(who)), "drop_date": day_text(day),
            "campaign": ML_CODES.take(pa.array(month_index(day)))}  # fmt: skip


def _push(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    who, day = _events(rng, np.where(p.app, rng.integers(2, 5, p.n), 0), p.start)
    secs = EPOCH0 + day * 86_400 + rng.integers(14 * 3600, 24 * 3600, who.size)
    return {"push_id": c.ids("PN-", 10_000_000, who.size), "user_ref": p.ids.take(pa.array(who)),
            "device_token": make_ids("dev-", p.index[who] + 100_000),
            "sent": join(pc.replace_substring(stamp(secs), " ", "T"), "+00:00"),
            "campaign": PU_CODES.take(pa.array(month_index(day)))}  # fmt: skip


def _sharing(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return disclosures to service providers, made the day each record was created."""
    esp = np.flatnonzero(~p.kid & (rng.random(p.n) < 0.3))
    card = np.flatnonzero(p.card)
    who = np.concatenate([esp, card])
    is_card = np.arange(who.size) >= esp.size
    n = who.size
    return {
        "share_id": c.ids("SH-", 10_000_000, n), "customer_id": p.ids.take(pa.array(who)),
        "recipient": pc.if_else(pa.array(is_card), "Trailhead Card Services", "MailPilot Inc."),
        "recipient_type": ["service_provider"] * n, "sold": ["N"] * n, "cross_context": ["N"] * n,
        "categories": pc.if_else(pa.array(is_card), "account;transactions",
                                 "contact;email_engagement"),
        "sensitive": ["N"] * n, "precise_location": ["N"] * n, "health_data": ["N"] * n,
        "glba_exception": pc.if_else(pa.array(is_card), "service_provider", ""),
        "purpose": pc.if_else(pa.array(is_card), "CARD_SERVICING", "ESP_SYNC"),
        "shared_at": iso_z(EPOCH0 + p.created[who] * 86_400 + 57_600),
    }  # fmt: skip


def _locations(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return coarse store-finder locations (1-5 km: not precise) of app users who agreed."""
    who, day = _events(rng, np.where(p.app, 3, 0), p.start)
    lat = np.array([r.lat for r in REGIONS])[p.region[who]] + rng.normal(0, 0.3, who.size)
    lon = np.array([r.lon for r in REGIONS])[p.region[who]] + rng.normal(0, 0.3, who.size)
    secs = EPOCH0 + day * 86_400 + rng.integers(14 * 3600, 24 * 3600, who.size)
    return {"event_id": c.ids("LOC-", 10_000_000, who.size), "user_ref": p.ids.take(pa.array(who)),
            "device_id": make_ids("dev-", p.index[who] + 100_000),
            "captured": pa.array(secs.astype("datetime64[s]")), "lat": pa.array(np.round(lat, 4)),
            "lon": pa.array(np.round(lon, 4)),
            "accuracy_m": pa.array(np.round(rng.uniform(1000, 5000, who.size))),
            "purpose": ["store_finder"] * who.size}  # fmt: skip


def _faxes(rng: np.random.Generator, p: People, c: Counters) -> dict[str, Any]:
    """Return the fax server's jobs: the year's trade price list to the shops that asked for it
    (the campaigns carry the opt-out notice), logged in UTC on a 12-hour clock."""
    trade = _trade(p)
    who, day = _events(rng, np.where(trade, rng.integers(1, 4, p.n), 0), p.start)
    n = who.size
    secs = EPOCH0 + day * 86_400 + rng.integers(13 * 3600, 22 * 3600, n)
    year = ((DAY0 + day).astype("datetime64[Y]").astype(np.int64) + 1970 - 2024).clip(0, 2)
    area, sfx = AREA_CODE[p.area_i[who]], p.suffix[who]
    return {
        "JobID": c.ids("FJ-", 10_000_000, n), "Submitted": fax_stamp(secs),
        "Recipient Fax": join("+1 (", pc.cast(pa.array(area), pa.string()), ") 555-",
                              pad4(sfx)),
        "Acct": p.ids.take(pa.array(who)), "Billing Code": FX_CODES.take(pa.array(year)),
        "Job Type": ["BROADCAST"] * n, "Pages": pc.cast(pa.array(rng.integers(1, 5, n)),
                                                        pa.string()),
        "Result": pa.array(["OK", "OK", "OK", "BUSY", "NO ANSWER"]).take(
            pa.array(rng.integers(0, 5, n))),
        "CSID": [FAX_CSID] * n,
    }  # fmt: skip
