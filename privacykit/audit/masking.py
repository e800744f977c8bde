"""Mask evidence rows for anything a person reads: the report, the notebook, findings files.

The judged address is masked by its kind (``j***@example.com``, ``***-***-0142``); an email
address or a phone number quoted inside the free-text columns (reading, detail) is masked in
place. Ids (customer, record, consent) are the team's own keys and stay readable, so a finding
can be looked up in the team's systems.
"""

from __future__ import annotations

import re

import pandas as pd

from privacykit.mask import LOOKS_PERSONAL, mask

FREE_TEXT = ("reading", "detail")
_EMAIL = re.compile(r"[^\s@<>'\"(),;]+@[^\s@<>'\"(),;]+\.[A-Za-z]{2,}")
# E.164, North American forms (312-555-0142, (312) 555-0142, 312.555.0142), or a long digit
# run; dates (2026-07-01) and times do not match.
_PHONE = re.compile(
    r"\+\d{8,15}\b|(?<![\d-])\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|(?<![\d-])\b\d{10,15}\b"
)


def mask_text(text: str) -> str:
    """Return ``text`` with every email address and phone number in it masked."""
    text = _EMAIL.sub(lambda m: mask(LOOKS_PERSONAL, m.group(0)), text)
    return _PHONE.sub(lambda m: mask(LOOKS_PERSONAL, m.group(0)), text)


def mask_evidence(rows: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of evidence ``rows`` with personal data masked (other columns as is)."""
    out = rows.copy()
    if "address" in out.columns:
        out["address"] = out["address"].map(
            lambda v: None if v is None or v is pd.NA or v != v else mask(LOOKS_PERSONAL, v),
            na_action="ignore",
        )
    for col in FREE_TEXT:
        if col in out.columns:
            out[col] = out[col].map(lambda v: mask_text(str(v)), na_action="ignore")
    return out
