"""Generate the synthetic sample company: messy exports, their mapping, and an answer key.

Northwind Outfitters (sample) is fictitious: an outdoor retailer with a store credit card, an
in-store pharmacy and a children's site ("Northwind Trail Kids"). ``generate`` writes what its
systems would export (a CRM, an email platform, a dialer, an SMS platform, a preference centre,
do-not-call lists, orders, ...), each with its own column names and formats, plus the audit
configuration and mapping that read them, and ``labels.csv``: the planted cases of
``cases.py`` with the verdict each must get.

Bulk rows are compliant by construction, so that the planted cases are the only findings:

- calls and texts go only to customers who gave written consent the day their record was
  made, on numbers that are on no do-not-call list and no opt-out (numbers ending 0180-0189
  are the do-not-call pool and are never called), Monday to Saturday except US federal
  holidays, 11:00-16:59 in the customer's zone (inside every state's window even an hour off);
- customers sharing a number (shared lines: only 100 fictitious numbers per area code) are
  reached on different days, at most one call or text a day per number (``SLOT_DAYS``);
- no email on or after the day of an opt-out; Canadian and EU recipients gave express consent;
- every dialer campaign day is within 14 days of a national registry download;
- every call shows the dialer's caller ID (the carrier lists it as the company's throughout) and
  none is abandoned; replies to texts hold no opt-out word unless they are a STOP the platform
  recorded as an opt-out the same second; every link unsubscribe is in the link log as a
  success (expired links are over 60 days old); faxes go to shops with written permission in
  campaigns carrying the opt-out notice; disclosures precede any opt-out of the address;
- sales and ad-platform audiences take only US adults who hold no store card and never opted
  out, asked anything or sent Global Privacy Control; card holders get a GLBA notice every 340
  days; precise locations serve the store finder under the app's permission; staff are
  trained every year (``bulk_privacy.py`` and ``fixed_privacy.py`` say how).

Rows are built with NumPy and Arrow kernels a chunk of customers at a time (no per-row Python),
so memory stays bounded. The same seed gives byte-identical files: no clock, no set order,
fixed Excel metadata. Planted rows come first in each file, so their row numbers are fixed.

This module runs the steps; each job has its own module:

- ``geography.py`` and ``timeline.py``: the literal world (regions, area codes, zones, names;
  the bulk history's days, holidays and campaign codes); ``columns.py``: the Arrow kernels;
- ``exports.py``: what each system exports; ``writers.py``: writing CSV, Parquet and Excel;
- ``records.py``: the shapes of planted records; ``cases.py`` and ``privacy_cases.py`` (issue 7)
  the records, ``privacy_labels.py`` issue 7's labels;
- ``planted.py`` and ``planted_privacy.py``: the planted cases and literal extras;
  ``fixed.py`` and ``fixed_privacy.py``: campaigns, do-not-call lists, training, staff and
  incidents, which do not follow customers;
- ``people.py``, ``bulk.py`` and ``bulk_privacy.py``: the bulk customers of a chunk, then their
  rows in each export;
- ``meta.py``: mapping.yaml, audit.yaml, labels.csv and README.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from privacykit.errors import ConfigError, Problem
from privacykit.sample.bulk import write_chunk
from privacykit.sample.exports import EXPORTS
from privacykit.sample.fixed import write_fixed
from privacykit.sample.meta import write_meta
from privacykit.sample.people import Counters, draw_people
from privacykit.sample.planted import write_planted
from privacykit.sample.writers import Places, open_writers

CHUNK = 200_000  # customers per chunk: about 4M contact rows in memory at once


@dataclass(frozen=True)
class SampleSummary:
    """What ``generate`` wrote: data rows per file (relative path) and the key paths."""

    out: Path
    config: Path  # audit.yaml
    mapping: Path
    labels: Path
    rows: Mapping[str, int]
    total_rows: int


def generate(
    out: Path, customers: int = 1000, seed: int = 7, *, overwrite: bool = False
) -> SampleSummary:
    """Write the sample company under ``out``: exports, mapping, audit config, labels, README.

    Args:
        out: the folder; created if missing.
        customers: bulk customers besides the planted ones (about 20 contacts each).
        seed: the random seed; the same seed gives byte-identical files.
        overwrite: write into a folder that is not empty (files of the same name are replaced).

    Raises:
        ConfigError: ``out`` is a file, or a folder that is not empty while overwrite is False.
        ValueError: ``customers`` is negative.
    """
    if customers < 0:
        raise ValueError(f"customers must be 0 or more, got {customers}")
    out = Path(out)
    _prepare(out, overwrite)
    places: Places = {}
    with open_writers(out) as w:
        write_planted(w, places)
        write_fixed(w, seed, customers)
        counters = Counters()
        for n, start in enumerate(range(0, customers, CHUNK)):
            rng = np.random.default_rng([seed, n])
            people = draw_people(rng, start, min(CHUNK, customers - start), counters)
            write_chunk(w, rng, people, counters)
    rows = {e.path: w[name].rows for name, e in EXPORTS.items()}
    rows["labels.csv"] = write_meta(out, places, customers, seed)
    return SampleSummary(
        out, out / "audit.yaml", out / "mapping.yaml", out / "labels.csv", rows, sum(rows.values())
    )


def _prepare(out: Path, overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ConfigError([Problem("is a file; give a folder for the sample", str(out))])
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise ConfigError(
            [
                Problem(
                    "exists and is not empty; choose a new or empty folder, or overwrite "
                    "(--overwrite) to replace the sample's files in it",
                    str(out),
                )
            ]
        )
    out.mkdir(parents=True, exist_ok=True)
