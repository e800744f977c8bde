"""Masking personal data for anything a person reads: reports, notes, samples, logs.

``j***@example.com``, ``***-***-0142``, ``A***``, ``****-**-**``: enough to recognise a record
you already hold, not enough to learn one you do not.
"""

from __future__ import annotations

from privacykit.schema.canonical import Column, DType, Kind

# A stand-in column for values that look personal wherever they appear.
LOOKS_PERSONAL = Column("value", DType.STRING, "", kind=Kind.FREE_TEXT)


def mask(column: Column, value: object) -> str:
    """Return ``value`` as text, masked when ``column`` holds personal data."""
    if value is None:
        return ""
    text = str(value)
    if not column.is_personal:
        return text
    if column.kind is Kind.EMAIL or (column.kind is Kind.FREE_TEXT and "@" in text):
        local, _, domain = text.partition("@")
        return f"{local[:1]}***@{domain}"
    if column.kind is Kind.PHONE or (column.kind is Kind.FREE_TEXT and _is_number(text)):
        digits = [c for c in text if c.isdigit()]
        return "***-***-" + "".join(digits[-4:])
    if column.kind is Kind.NAME:
        return text[:1] + "***"
    if column.kind is Kind.BIRTH_DATE:
        return "****-**-**"
    if column.kind is Kind.POSTAL_CODE:
        return text[:2] + "***"
    return "***"


def _is_number(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return digits >= 7 and digits >= len(text.replace(" ", "")) - 4


def looks_personal(text: str) -> bool:
    """Return True when ``text`` looks like an email address or a phone number."""
    return ("@" in text and "." in text.partition("@")[2]) or _is_number(text)
