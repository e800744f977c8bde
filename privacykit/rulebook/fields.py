"""Field readers for the rulebook loader: each records a problem instead of raising."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, TypeVar

from privacykit.errors import Problem
from privacykit.rulebook.values import parse_date

E = TypeVar("E", bound=Enum)


class Ctx:
    """Collects problems, each stamped with the file and rule being read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.rule_id: str | None = None
        self.problems: list[Problem] = []

    def add(self, field: str | None, message: str) -> None:
        self.problems.append(Problem(message, self.path, self.rule_id, field))


def unknown_keys(ctx: Ctx, raw: Mapping[str, Any], known: Iterable[str], what: str) -> None:
    known = tuple(known)
    for key in raw:
        if key not in known:
            ctx.add(str(key), f"unknown key in {what}; known keys: {', '.join(sorted(known))}")


def enum_value(ctx: Ctx, raw: Any, field: str, enum: type[E]) -> E | None:
    try:
        return enum(raw)
    except ValueError:
        allowed = ", ".join(str(e.value) for e in enum)
        ctx.add(field, f"{raw!r} is not one of: {allowed}")
        return None


def enum_list(
    ctx: Ctx, raw: Mapping[str, Any], key: str, field: str, enum: type[E]
) -> tuple[E, ...]:
    values = raw.get(key)
    if key not in raw:
        return ()
    if not isinstance(values, list) or not values:
        ctx.add(field, f"expected a non-empty list, got {values!r}")
        return ()
    parsed = [enum_value(ctx, v, field, enum) for v in values]
    return tuple(p for p in parsed if p is not None)


def str_list(
    ctx: Ctx,
    raw: Mapping[str, Any],
    key: str,
    field: str,
    valid: Any,
    what: str,
    required: bool = True,
) -> tuple[str, ...]:
    values = raw.get(key, [] if not required else None)
    if key not in raw and required:
        return ()
    if not isinstance(values, list) or (required and not values):
        ctx.add(field, f"expected a {'non-empty ' if required else ''}list, got {values!r}")
        return ()
    bad = [v for v in values if not isinstance(v, str) or not valid(v)]
    for v in bad:
        ctx.add(field, f"{v!r} is not {what}")
    return tuple(v for v in values if v not in bad)


def date_field(
    ctx: Ctx, raw: Mapping[str, Any], key: str, field: str, required: bool
) -> dt.date | None:
    if raw.get(key) is None:
        if required and key in raw:
            ctx.add(field, "is empty; expected a date YYYY-MM-DD")
        return None
    value, err = parse_date(raw[key])
    if err:
        ctx.add(field, err)
    return value
