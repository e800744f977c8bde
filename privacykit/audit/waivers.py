"""Apply the company's rule waivers to evidence rows: documented, dated, scoped exceptions.

A waiver covers a row of its rule when the row's event day (in the company's time zone; the
period's last day for a row without a time) lies between its approval and its expiry, and the
row is in its scope: none (the whole rule), ``campaign:ID`` (the contact's campaign),
``channel:CODE`` or ``state:XX`` (the customer's state). A waived row stays in the findings,
marked ``waived_by``; it no longer counts as a violation or a warning. A scope the kit cannot
read waives nothing, and the report says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ibis.expr.types as ir
import pandas as pd

from privacykit.audit.result import WaiverUse
from privacykit.period import Period
from privacykit.rulebook.overrides import Waiver

SCOPES = ("campaign", "channel", "state")


def apply_waivers(
    rows: pd.DataFrame,
    waivers: tuple[Waiver, ...],
    period: Period,
    tables: Mapping[str, ir.Table],
) -> tuple[pd.DataFrame, tuple[WaiverUse, ...]]:
    """Return ``rows`` with a ``waived_by`` column, and what each waiver did in ``period``."""
    rows = rows.copy()
    rows["waived_by"] = pd.Series([None] * len(rows), dtype="object", index=rows.index)
    uses = []
    days = _event_days(rows, period)
    for w in waivers:
        if w.expires_on < period.first:
            uses.append(WaiverUse(w, "expired", 0))
            continue
        if w.approved_on > period.last:
            uses.append(WaiverUse(w, "not yet approved", 0))
            continue
        in_scope = _in_scope(rows, w, tables)
        if in_scope is None:
            uses.append(WaiverUse(w, f"scope '{w.scope}' not understood: nothing waived", 0))
            continue
        hit = (
            (rows["rule_id"] == w.rule_id)
            & in_scope
            & rows["verdict"].isin(("violation", "warning"))
            & (days >= w.approved_on)
            & (days <= w.expires_on)
            & rows["waived_by"].isna()
        )
        rows.loc[hit, "waived_by"] = f"{w.owner}: {w.reason} (until {w.expires_on})"
        n = int(hit.sum())
        state = "applied" if n else "active (nothing to waive)"
        if w.expires_on < period.last:
            state += f"; expired on {w.expires_on}, later rows not waived"
        uses.append(WaiverUse(w, state, n))
    return rows, tuple(uses)


def _event_days(rows: pd.DataFrame, period: Period) -> pd.Series:
    if rows.empty:
        return pd.Series([], dtype="object", index=rows.index)
    at = pd.to_datetime(rows["event_at"])
    local = at.dt.tz_localize("UTC").dt.tz_convert(period.timezone).dt.date
    return local.where(at.notna(), period.last)


def _in_scope(rows: pd.DataFrame, w: Waiver, tables: Mapping[str, ir.Table]) -> pd.Series | None:
    if w.scope is None:
        return pd.Series(True, index=rows.index)
    kind, _, value = w.scope.partition(":")
    kind, value = kind.strip().lower(), value.strip()
    if kind not in SCOPES or not value:
        return None
    if kind == "channel":
        return rows["channel"].astype("object").str.lower() == value.lower()
    if kind == "campaign":
        ids = _lookup(tables, "contacts", "contact_id", lambda t: t.campaign_id == value)
        return (rows["record_table"] == "contacts") & rows["record_id"].isin(ids)
    ids = _lookup(tables, "customers", "customer_id", lambda t: t.state.upper() == value.upper())
    return rows["customer_id"].isin(ids)


def _lookup(
    tables: Mapping[str, ir.Table],
    name: str,
    column: str,
    where: Callable[[ir.Table], ir.BooleanValue],
) -> set[str]:
    """Return the ``column`` values of ``name``'s rows matching ``where`` (none: no table)."""
    if name not in tables:
        return set()
    t = tables[name]
    got = t.filter(where(t)).select(column).distinct().to_pyarrow()
    return {str(v) for v in got.column(0).to_pylist() if v is not None}
