"""Draw the bulk customers a chunk at a time: where they live, their numbers, what they hold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from privacykit.sample.columns import I64, Mask, join, make_ids, pad4, phone_digits, rank_within
from privacykit.sample.geography import (
    AREA_CODE,
    AREA_START,
    AREA_ZIP,
    FIRST,
    FIRST_ASCII,
    KIND,
    LAST,
    LAST_ASCII,
    POOL,
    REGIONS,
    STREETS,
    WEIGHTS,
)
from privacykit.sample.timeline import DAYS, SLOT_DAYS


class Counters:
    """State carried from chunk to chunk: customers per region and the next id of each series."""

    def __init__(self) -> None:
        self.region = np.zeros(len(REGIONS), np.int64)
        self._next: dict[str, int] = {}

    def ids(self, prefix: str, base: int, n: int) -> Any:
        start = self._next.get(prefix, 0)
        self._next[prefix] = start + n
        return make_ids(prefix, np.arange(start, start + n, dtype=np.int64) + base)


@dataclass
class People:
    """One chunk of bulk customers: the facts every export of the chunk is built from."""

    index: I64  # global customer number
    ids: Any
    region: I64
    area_i: I64  # row of the area look-up arrays
    suffix: I64  # 100..189: the number is 555-0<suffix>; 180..189 are never called
    rank: I64  # how many customers before this one hold the same number
    kid: Mask
    has_phone: Mask
    mobile: Mask
    reach: Mask  # may be called and texted: US, a callable number, rank < SLOT_DAYS
    card: Mask
    rx: Mask
    app: Mask
    created: I64  # day index of the record's creation (negative: before 2024)
    first: I64  # index into FIRST
    last: I64  # index into LAST
    email: Any  # the canonical address (null for children)
    e164: Any
    street: Any
    postal: Any

    @property
    def n(self) -> int:
        return int(self.index.size)

    @property
    def start(self) -> I64:
        """The first day a contact may be made: the day after the record and its consents."""
        return np.maximum(self.created + 1, 0)


def draw_people(rng: np.random.Generator, start: int, n: int, c: Counters) -> People:
    """Draw a chunk of customers; numbers are dealt in turn within each region's pool."""
    region = rng.choice(len(REGIONS), size=n, p=WEIGHTS).astype(np.int64)
    seq = c.region[region] + rank_within(region, len(REGIONS))
    c.region += np.bincount(region, minlength=len(REGIONS))
    pool = np.maximum(POOL[region], 1)
    kind = KIND[region]
    area_i = AREA_START[region] + np.where(kind < 2, seq % pool // 90, 0)
    suffix = np.where(kind < 2, seq % pool % 90, 0) + 100
    rank = seq // pool
    kid = (kind == 0) & (rng.random(n) < 0.005)
    has_phone = (kind < 2) & ~kid & (rng.random(n) >= 0.06)
    area = AREA_CODE[area_i]
    index = np.arange(start, start + n, dtype=np.int64)
    first, last = rng.integers(0, len(FIRST), n), rng.integers(0, len(LAST), n)
    domain = pa.array(["example.com", "example.com", "example.net"]).take(
        pa.array(rng.integers(0, 3, n))
    )
    email = pc.binary_join_element_wise(
        FIRST_ASCII.take(pa.array(first)), ".", LAST_ASCII.take(pa.array(last)),
        pc.cast(pa.array(index), pa.string()), "@", domain, "",
    )  # fmt: skip
    street = join(
        pc.cast(pa.array(rng.integers(1, 9900, n)), pa.string()),
        " ",
        pa.array(STREETS).take(
            pa.array(np.where(kind == 2, rng.integers(30, 33, n), rng.integers(0, 30, n)))
        ),
    )
    unit = rng.random(n) < 0.02  # a delimiter inside a field: the CRM must quote it
    street = pc.if_else(pa.array(unit), join(street, "; Unit ", pad4(suffix)), street)
    return People(
        index=index,
        ids=make_ids("NW", index + 10_000_000),
        region=region,
        area_i=area_i,
        suffix=suffix,
        rank=rank,
        kid=kid,
        has_phone=has_phone,
        mobile=has_phone & ((area * 7 + suffix) % 10 < 7),
        reach=has_phone & (kind == 0) & (suffix < 180) & (rank < SLOT_DAYS),
        card=~kid & (rng.random(n) < 0.10),
        rx=~kid & (kind == 0) & (rng.random(n) < 0.08),
        app=~kid & (rng.random(n) < 0.12),
        created=np.where(kid, rng.integers(0, DAYS - 1, n), rng.integers(-1800, DAYS - 1, n)),
        first=first,
        last=last,
        email=pc.if_else(pa.array(kid), pa.scalar(None, pa.string()), email),
        e164=pc.binary_join_element_wise("+1", phone_digits(area, suffix), ""),
        street=street,
        postal=_postal(rng, kind, area_i),
    )


def _postal(rng: np.random.Generator, kind: I64, area_i: I64) -> Any:
    """Return ZIP codes (ZIP3 + 2 digits), Canadian postal codes (FSA + LDU) or EU ones."""
    n = kind.size
    tail = pc.utf8_lpad(pc.cast(pa.array(rng.integers(0, 100, n)), pa.string()), 2, "0")
    ldu = join(pc.cast(pa.array(rng.integers(0, 10, n)), pa.string()),
               pa.array(list("ABCEGHJKLMNPRSTVWXYZ")).take(pa.array(rng.integers(0, 20, n))),
               pc.cast(pa.array(rng.integers(0, 10, n)), pa.string()))  # fmt: skip
    zips = AREA_ZIP.take(pa.array(area_i))
    return pc.choose(pa.array(kind.astype(np.int8)), join(zips, tail), join(zips, " ", ldu), zips)
