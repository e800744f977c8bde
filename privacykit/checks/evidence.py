"""The columns every check returns, so that findings of all checks stack into one table.

A check selects what applies and :func:`finish` fills the rest with typed nulls. A row's
``verdict`` is violation, warning or pass; ``reading`` says in plain words which reading of
the rule produced it (the zone, the boundary, the calendar, the unconfirmed value).
"""

from __future__ import annotations

from typing import Any

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir

EVIDENCE: dict[str, dt.DataType] = {
    "rule_id": dt.string,
    "record_table": dt.string,  # the canonical table of the judged record (contacts, ...)
    "record_id": dt.string,  # its id (contacts: contact_id, or 'file row N')
    "customer_id": dt.string,
    "channel": dt.string,
    "address": dt.string,  # the number or email address used
    "event_at": dt.timestamp,  # when it happened, UTC
    "local_at": dt.timestamp,  # wall time where it was received, in ``zone``
    "zone": dt.string,
    "verdict": dt.string,
    "reading": dt.string,
    "basis_at": dt.timestamp,  # what the verdict rests on: opt-out receipt, registration, ...
    "deadline_at": dt.timestamp,  # when the time allowed ends (UTC; at or after it is late)
    "consent_id": dt.string,  # the consent found, if any
    "detail": dt.string,  # other evidence (zones compared, days counted), plain text
}


def finish(t: ir.Table, **columns: Any) -> ir.Table:
    """Return ``t`` reduced to the evidence columns, in order, missing ones as typed nulls."""
    unknown = set(columns) - set(EVIDENCE)
    if unknown:
        raise ValueError(f"not evidence columns: {', '.join(sorted(unknown))}")
    out = {}
    for name, dtype in EVIDENCE.items():
        value = columns.get(name)
        if value is None:
            out[name] = ibis.null(dtype)
        elif isinstance(value, ir.Value):
            out[name] = value.cast(dtype)
        else:
            out[name] = ibis.literal(value, type=dtype)
    return t.select(**out)


def contact_rows(t: ir.Table, **columns: Any) -> ir.Table:
    """Return evidence rows of judged contacts: their key, customer, channel, address, time."""
    return finish(
        t,
        rule_id=columns.pop("rule_id", t.rule_id),
        record_table="contacts",
        record_id=t.key,
        customer_id=t.customer_id,
        channel=t.channel,
        address=t.address,
        event_at=t.event_at,
        **columns,
    )


def text(*parts: Any) -> ir.StringValue:
    """Concatenate literals and column values into one string (nulls shown as '?')."""
    values = []
    for p in parts:
        if isinstance(p, ir.Value):
            values.append(p.cast(str).fill_null("?"))
        else:
            values.append(ibis.literal(str(p)))
    out = values[0]
    for v in values[1:]:
        out = out.concat(v)
    return out


def joined(
    value: ir.StringValue, sep: str, where: ir.BooleanValue | None = None
) -> ir.StringScalar:
    """Aggregate: the group's non-null ``value``s in sorted order joined by ``sep``; null if none.

    Portable: Spark has no ordered ``group_concat`` (Ibis's ``order_by=`` fails there), so the
    values are collected, sorted and joined as an array, which every backend supports.
    """
    values = value.collect(where=where)
    return ibis.ifelse(values.length() > 0, values.sort().join(sep), ibis.null(str))
