"""Write issue 7's rows that follow no customer: HR's roster, security training, incidents.

Bulk staff (E10001 on, as many as the LMS trains) were hired before 2024 and complete every
course each January to March, the security team's awareness module included, so that each is
trained within 12 months of any period's end. The incident log holds a routine ticket every
few days: none involves 500 or more consumers' unencrypted information.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from privacykit.sample.columns import make_ids
from privacykit.sample.geography import FIRST, LAST
from privacykit.sample.timeline import DAY0, DAYS, EPOCH0, stamp, us_date
from privacykit.sample.writers import Writers

# (title, department, handles customer data: Yes, No or blank as HR left it)
ROLES = (
    ("Marketing Analyst", "Marketing", "Yes"),
    ("Email Marketing Specialist", "Marketing", ""),
    ("Telemarketing Agent", "Call Centre", "Yes"),
    ("Customer Service Representative", "Customer Care", ""),
    ("Warehouse Associate", "Distribution", "No"),
    ("Pharmacist", "Pharmacy", "No"),
    ("Pharmacy Technician", "Pharmacy", ""),
    ("Store Associate", "Stores", ""),
    ("IT Support Technician", "IT", "No"),
    ("Card Services Specialist", "Card Services", "Yes"),
    ("Buyer", "Merchandising", "No"),
    ("CRM Data Engineer", "Analytics", "Yes"),
)
INCIDENTS = (
    "Phishing email reported by staff; no click", "Lost badge deactivated",
    "Misdirected order email", "Password reset abuse attempt blocked",
    "Receipt printed with the wrong loyalty number", "Card statement returned unopened",
)  # fmt: skip
YEARS = ("2024-01-02", "2025-01-02", "2026-01-02")


def write_people_and_incidents(w: Writers, seed: int, staff: int) -> None:
    """Write the bulk staff roster, their security training and the routine incidents."""
    rng = np.random.default_rng([seed, 1_000_003])
    emp = np.arange(staff)
    ids = make_ids("E", emp + 10_001)
    role = emp % len(ROLES)
    hired = us_date(pc.cast(pa.array(np.datetime64("2015-01-05") + rng.integers(0, 3100, staff)),
                            pa.string()))  # fmt: skip
    names = pc.binary_join_element_wise(
        pa.array(FIRST).take(pa.array(rng.integers(0, len(FIRST), staff))),
        pa.array(LAST).take(pa.array(rng.integers(0, len(LAST), staff))),
        " ",
    )
    w["staff_roster"].write({
        "Employee #": ids, "Name": names,
        "Job Title": pa.array([r[0] for r in ROLES]).take(pa.array(role)),
        "Department": pa.array([r[1] for r in ROLES]).take(pa.array(role)),
        "Hire Date": hired, "Handles Customer Data": pa.array([r[2] for r in ROLES]).take(
            pa.array(role))})  # fmt: skip
    who, year = np.meshgrid(emp, np.arange(len(YEARS)))
    first = (np.array(YEARS, "datetime64[D]") - DAY0).astype(np.int64)
    day = first[year.ravel()] + rng.integers(0, 80, year.size)  # day indexes from DAY0
    secs = EPOCH0 + day * 86_400 + rng.integers(13, 22, day.size) * 3600
    text = stamp(secs)
    w["phishing_training"].write({
        "user": ids.take(pa.array(who.ravel())),
        "module": pa.array([f"Security awareness {y[:4]}" for y in YEARS]).take(
            pa.array(year.ravel())),
        "completed_utc": pc.binary_join_element_wise(
            pc.utf8_slice_codeunits(text, 0, 10), "T", pc.utf8_slice_codeunits(text, 11, 19),
            "Z", ""),
        "score": pc.cast(pa.array(rng.integers(80, 101, day.size)), pa.string())})  # fmt: skip
    _incidents(w, rng)


def _incidents(w: Writers, rng: np.random.Generator) -> None:
    day = np.arange(0, DAYS, 4) + rng.integers(0, 4, (DAYS + 3) // 4)
    day = day[day < DAYS]
    n = day.size
    at = stamp(EPOCH0 + day * 86_400 + rng.integers(8 * 60, 18 * 60, n) * 60)
    laptop = rng.random(n) < 0.05  # an encrypted laptop lost: many customers, key not taken
    w["incident_log"].write({
        "Ticket": make_ids("INC-", np.arange(n) + 100_001),
        "Discovered": pc.utf8_slice_codeunits(at, 0, 16),
        "Summary": pc.if_else(pa.array(laptop), "Laptop lost (full-disk encryption)",
                              pa.array(INCIDENTS).take(pa.array(rng.integers(0, len(INCIDENTS),
                                                                             n)))),
        "Consumers": pc.cast(pa.array(np.where(laptop, rng.integers(500, 4000, n),
                                               rng.integers(0, 60, n))), pa.string()),
        "Encrypted": pc.if_else(pa.array(laptop), "Yes", ""),
        "Key exposed": pc.if_else(pa.array(laptop), "No", "")})  # fmt: skip
