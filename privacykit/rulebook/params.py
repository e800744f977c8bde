"""Parse a rule's parameters, including state tables, from the rulebook's YAML."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from privacykit.rulebook.fields import Ctx, date_field, enum_value, unknown_keys
from privacykit.rulebook.models import (
    Boundary,
    Calendar,
    Column,
    Confidence,
    Parameter,
    Stricter,
    Unit,
)
from privacykit.rulebook.values import parse_value

PARAM_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
PARAM_FIELDS = (
    "value unit confidence note stricter boundary calendar as_of key columns rows".split()
)


def parse_parameters(ctx: Ctx, raw: Any, field: str) -> Mapping[str, Parameter]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        ctx.add(field, "expected a mapping of parameter name to parameter")
        return {}
    out = {}
    for name, spec in raw.items():
        where = f"{field}.{name}"
        if not isinstance(name, str) or not PARAM_NAME.match(name):
            ctx.add(where, "parameter names are lower_snake_case")
            continue
        param = _parameter(ctx, name, spec, where)
        if param:
            out[name] = param
    return out


def _parameter(ctx: Ctx, name: str, spec: Any, where: str) -> Parameter | None:
    if not isinstance(spec, dict):
        ctx.add(where, "expected a mapping with value, unit and confidence")
        return None
    start = len(ctx.problems)
    unknown_keys(ctx, spec, PARAM_FIELDS, "a parameter")
    unit = enum_value(ctx, spec.get("unit"), f"{where}.unit", Unit)
    confidence = enum_value(ctx, spec.get("confidence"), f"{where}.confidence", Confidence)
    stricter = enum_value(ctx, spec.get("stricter", "fixed"), f"{where}.stricter", Stricter)
    boundary = (
        enum_value(ctx, spec["boundary"], f"{where}.boundary", Boundary)
        if "boundary" in spec
        else None
    )
    calendar = (
        enum_value(ctx, spec["calendar"], f"{where}.calendar", Calendar)
        if "calendar" in spec
        else None
    )
    as_of = date_field(ctx, spec, "as_of", f"{where}.as_of", required=False)
    note = spec.get("note")
    if note is not None and not isinstance(note, str):
        ctx.add(f"{where}.note", "expected text")
    if unit is Unit.BUSINESS_DAYS and calendar is None:
        ctx.add(
            f"{where}.calendar",
            "business days need a holiday calendar: US-federal, CA-federal or CA-QC",
        )
    if unit is not None and unit.is_money and as_of is None:
        ctx.add(f"{where}.as_of", "figures that change with inflation need an as_of date")
    if confidence is Confidence.UNCONFIRMED and not note:
        ctx.add(f"{where}.note", "an unconfirmed value needs a note saying what is unknown")
    columns: tuple[Column, ...] = ()
    key = None
    if unit is Unit.TABLE:
        columns, key, value = _table(ctx, spec, where, confidence)
    elif unit is not None:
        if "value" not in spec:
            ctx.add(f"{where}.value", "missing (required)")
            value = None
        else:
            value, err = parse_value(spec["value"], unit)
            if err:
                ctx.add(f"{where}.value", err)
    if len(ctx.problems) > start or unit is None or confidence is None or stricter is None:
        return None
    return Parameter(
        name, value, unit, confidence, note, stricter, boundary, calendar, as_of, key, columns
    )


def _table(
    ctx: Ctx, spec: Mapping[str, Any], where: str, default_conf: Confidence | None
) -> tuple[tuple[Column, ...], str | None, tuple[Mapping[str, Any], ...]]:
    raw_cols, key, raw_rows = spec.get("columns"), spec.get("key"), spec.get("rows")
    columns: list[Column] = []
    if not isinstance(raw_cols, dict) or not raw_cols:
        ctx.add(f"{where}.columns", "a table needs columns: {name: {unit, stricter}}")
        return (), None, ()
    for cname, cspec in raw_cols.items():
        if not isinstance(cspec, dict):
            ctx.add(f"{where}.columns.{cname}", "expected a mapping with unit (and stricter)")
            continue
        unknown_keys(ctx, cspec, ("unit", "stricter"), "a table column")
        cunit = enum_value(ctx, cspec.get("unit"), f"{where}.columns.{cname}.unit", Unit)
        cstr = enum_value(
            ctx, cspec.get("stricter", "fixed"), f"{where}.columns.{cname}.stricter", Stricter
        )
        if cunit and cstr:
            columns.append(Column(str(cname), cunit, cstr))
    if key not in raw_cols:
        ctx.add(
            f"{where}.key", f"expected the name of the column that identifies a row, got {key!r}"
        )
    if not isinstance(raw_rows, list) or not raw_rows:
        ctx.add(f"{where}.rows", "expected a non-empty list of rows")
        return tuple(columns), key, ()
    rows, seen = [], set()
    for i, raw_row in enumerate(raw_rows, start=1):
        rwhere = f"{where}.rows[{i}]"
        if not isinstance(raw_row, dict):
            ctx.add(rwhere, "expected a mapping of column to value")
            continue
        unknown_keys(ctx, raw_row, [*raw_cols, "confidence", "note"], "a table row")
        row: dict[str, Any] = {}
        for col in columns:
            cell = raw_row.get(col.name)
            if cell is None:
                row[col.name] = None
                continue
            value, err = parse_value(cell, col.unit)
            if err:
                ctx.add(f"{rwhere}.{col.name}", err)
            row[col.name] = value
        conf = enum_value(
            ctx,
            raw_row.get("confidence", default_conf and default_conf.value),
            f"{rwhere}.confidence",
            Confidence,
        )
        row["confidence"], row["note"] = conf, raw_row.get("note")
        if conf is Confidence.UNCONFIRMED and not row["note"]:
            ctx.add(f"{rwhere}.note", "an unconfirmed row needs a note saying what is unknown")
        if isinstance(key, str):
            if row.get(key) is None:
                ctx.add(f"{rwhere}.{key}", "the key column may not be empty")
            elif row[key] in seen:
                ctx.add(f"{rwhere}.{key}", f"duplicate key {row[key]!r}")
            seen.add(row.get(key))
        rows.append(row)
    return tuple(columns), key, tuple(rows)
