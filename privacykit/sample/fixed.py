"""Write the rows that do not follow customers: campaigns, do-not-call lists, training."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from privacykit.sample.columns import make_ids, phone_dashed, phone_digits
from privacykit.sample.exports import EXPORTS, SHORTCODE
from privacykit.sample.fixed_privacy import write_people_and_incidents
from privacykit.sample.geography import AREA_CODE, AREA_REGION, AREA_ZIP, KIND, REGIONS
from privacykit.sample.timeline import (
    DAY0,
    DAYS,
    EPOCH0,
    FAX_YEARS,
    ML_CODES,
    SM_CODES,
    YM,
    day_text,
    fax_stamp,
    month_index,
    us_date,
    us_stamp,
)
from privacykit.sample.writers import Writers, put_rows


def write_fixed(w: Writers, seed: int, customers: int) -> None:
    """Write rows that do not follow customers: campaigns, registry copies, training, staff,
    incidents."""
    put_rows(w, "campaigns", _campaigns(), {})
    dates = [DAY0 - 14 + 14 * i for i in range(80) if DAY0 - 14 + 14 * i < DAY0 + DAYS]
    rows = [("National DNC", str(d)) for d in dates]
    rows += [(name, f"{ym}-01") for ym in YM
             for name in ("Florida DNC", "Texas DNC", "Pennsylvania DNC")]  # fmt: skip
    rows.sort(key=lambda r: (r[1], r[0]))
    w["download_log"].write(
        {"list_name": [r[0] for r in rows], "downloaded": [f"{r[1]} 06:00" for r in rows],
         "operator": ["dnc-bot"] * len(rows)}
    )  # fmt: skip
    _write_dnc_pool(w, np.random.default_rng([seed, 1_000_001]))
    rng = np.random.default_rng([seed, 1_000_002])
    staff = 40 + customers // 25_000
    courses = (
        "Privacy and do-not-call basics",
        "Email marketing (CAN-SPAM, CASL)",
        "Telemarketing (TCPA, TSR)",
        "Pharmacy privacy (HIPAA)",
        "Card data (GLBA)",
    )
    emp, course, year = np.meshgrid(np.arange(staff), np.arange(len(courses)), np.arange(3))
    day = (np.array(["2024-01-02", "2025-01-02", "2026-01-02"], "datetime64[D]")[year.ravel()]
           + rng.integers(0, 80, year.size))  # fmt: skip
    w["training_lms"].write(
        {"employee_id": make_ids("E", emp.ravel() + 10_001),
         "course": pa.array(courses).take(pa.array(course.ravel())),
         "completed_on": pc.cast(pa.array(day), pa.string())}
    )  # fmt: skip
    write_people_and_incidents(w, seed, staff)


def _campaigns() -> list[dict[str, Any]]:
    """Return the campaign sheet: monthly email, phone, text and push waves, quarterly mail.

    The product line groups campaigns on one subject; the fax opt-out notice is filled in for
    fax campaigns only (blank elsewhere, as marketing leaves it).
    """
    heads = EXPORTS["campaigns"].header
    out: list[dict[str, Any]] = []

    def add(code: str, channel: str, name: str, line: str, ad: str = "Yes", rx: str = "No",
            fax: str = "") -> None:  # fmt: skip
        out.append(dict(zip(heads, (code, channel, name, line, "Yes", "Yes", ad, fax, rx, "No",
                                    "No", "No", "No", "No"), strict=True)))  # fmt: skip

    for m, ym in enumerate(YM):
        add(f"EM-{ym}-A", "Email", f"Gear up {ym}: new arrivals", "New arrivals")
        add(f"EM-{ym}-B", "Email", f"Trail deals {ym}", "Trail deals")
        add(f"TM-{ym}", "Phone", f"Card and loyalty calls {ym}", "Store card and loyalty")
        add(f"SM-{ym}", "SMS", f"Text offers {ym}", "Seasonal text offers")
        add(f"PU-{ym}", "Push", f"App offers {ym}", "App offers")
        if m % 3 == 0:
            add(str(ML_CODES[m]), "Mail", f"Catalog {str(ML_CODES[m])[3:]}", "Catalog")
    add("SVC-ORDERS", "Email", "Order and shipping updates", "Orders", ad="No")
    add("CARD-ALERTS", "Email", "Store card account alerts", "Card account", ad="No")
    add("RX-REFILL", "SMS", "Pharmacy refill reminders", "Pharmacy", ad="No", rx="Yes")
    add("LOYALTY-WINBACK", "Phone", "Loyalty win-back calls", "Store card and loyalty")
    for year in FAX_YEARS:
        add(
            f"FX-B2B-{year}",
            "Fax",
            f"Outfitter trade price list {year}",
            "Trade price list",
            fax="Yes",
        )
    return out


def _write_dnc_pool(w: Writers, rng: np.random.Generator) -> None:
    """Write the do-not-call lists from the never-called numbers (0180-0189 of each area code)."""
    us = np.flatnonzero(KIND[AREA_REGION] == 0)
    area = np.repeat(AREA_CODE[us], 10)
    suffix = np.tile(np.arange(180, 190, dtype=np.int64), us.size)
    region = np.repeat(AREA_REGION[us], 10)
    digits = phone_digits(area, suffix)
    dashed = phone_dashed(area, suffix)
    national = rng.random(area.size) < 0.7
    first, last = (np.array(["2003-07-01", "2026-06-30"], "datetime64[D]") - DAY0).astype(int)
    reg = day_text(rng.integers(first, last, area.size))
    w["national_registry"].write({"PhoneNumber": digits.filter(national),
                                  "RegistrationDate": reg.filter(national)})  # fmt: skip
    for name, code in (("state_fl", "FL"), ("state_tx", "TX"), ("state_pa", "PA")):
        on = (region == [r.code for r in REGIONS].index(code)) & (rng.random(area.size) < 0.6)
        when = day_text(rng.integers(first, last, area.size)).filter(on)
        if code == "FL":
            w[name].write({"PHONE_NUMBER": digits.filter(on), "DATE_ADDED": us_date(when)})
        elif code == "TX":
            w[name].write({"TELEPHONE": dashed.filter(on),
                           "LISTED": pc.replace_substring(when, "-", "")})  # fmt: skip
        else:
            zips = pc.binary_join_element_wise(AREA_ZIP.take(pa.array(np.repeat(us, 10))), "01", "")
            w[name].write({"AREA_CODE_PHONE": digits.filter(on), "ZIP": zips.filter(on),
                           "DATE_REG": pc.replace_substring(when, "-", "/")})  # fmt: skip
    asked = rng.random(area.size) < 0.2
    day = rng.integers(0, DAYS - 1, area.size)
    secs = EPOCH0 + day * 86_400 + rng.integers(9 * 3600, 17 * 3600, area.size)
    n = int(asked.sum())
    w["dialer_dnc_requests"].write({
        "REQ_ID": make_ids("DNC-", np.arange(n) + 100_001), "PHONE": digits.filter(asked),
        "REQUESTED": us_stamp(secs[asked]), "ENTERED": us_stamp(secs[asked] + 86_400),
        "AGENT": make_ids("agent-", rng.integers(100, 140, n))})  # fmt: skip
    w["suppression_list"].write({"number": dashed.filter(asked),
                                 "added_on": day_text(day[asked] + 1),
                                 "reason": ["customer request"] * n})  # fmt: skip
    stop = rng.random(area.size) < 0.1
    m = int(stop.sum())
    when_s = EPOCH0 + rng.integers(0, DAYS * 86_400, area.size)[stop]
    # The platform turns a STOP reply into an opt-out the same second: each opt-out is the
    # reply in the inbound log, whose body is the keyword as the person typed it.
    keyword = pa.array(["STOP", "STOP", "stop", "UNSUBSCRIBE", "Cancel"]).take(
        pa.array(rng.integers(0, 5, m))
    )
    received = pa.array(when_s.astype("datetime64[s]"))
    program = SM_CODES.take(pa.array(month_index((when_s - EPOCH0) // 86_400)))
    w["sms_optouts"].write({
        "optout_uuid": make_ids("stop-", np.arange(m) + 1_000_001),
        "msisdn": pc.binary_join_element_wise("+1", digits.filter(stop), ""),
        "keyword": keyword, "received_ts": received, "program": program,
        "applied_ts": received})  # fmt: skip
    w["sms_inbound"].write({
        "mo_uuid": make_ids("mo-", np.arange(m) + 1_000_000_001),
        "msisdn": pc.binary_join_element_wise("1", digits.filter(stop), ""),
        "received_ts": received, "body": keyword, "program": program,
        "shortcode": [SHORTCODE] * m})  # fmt: skip
    # The fax opt-out line's requests come from numbers never faxed (the same pool).
    nofax = rng.random(area.size) < 0.02
    k = int(nofax.sum())
    fax_s = EPOCH0 + rng.integers(0, DAYS * 86_400, area.size)[nofax]
    w["do_not_fax"].write({
        "Fax Number": phone_dashed(area[nofax], suffix[nofax]),
        "Requested": fax_stamp(fax_s), "Via": pa.array(["IVR", "fax-back form"]).take(
            pa.array(rng.integers(0, 2, k))),
        "Confirmation": make_ids("DNF-", np.arange(k) + 100_001)})  # fmt: skip
