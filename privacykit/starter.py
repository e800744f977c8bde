"""``privacykit init DIR``: a commented starting configuration and mapping for a team.

The configuration is valid as written (a placeholder retailer); the mapping holds one commented
example per canonical table and no source yet, so ``privacykit map check`` asks for the first
one. Every line a team must change says TODO.
"""

from __future__ import annotations

from pathlib import Path

from privacykit.errors import ConfigError, Problem
from privacykit.fsutil import write_atomic
from privacykit.schema.canonical import TABLES

AUDIT_YAML = """\
# privacykit audit configuration. Not legal advice: confirm your profile and waivers with counsel.
# Run:  privacykit audit --config {name} --period 2026Q3

company:
  name: Your Company                 # TODO: shown on every report
  industries: [retail]               # TODO: retail, financial, health, children-directed, ...
  jurisdictions: [US]                # TODO: US, US-CA, CA, CA-QC, EU, UK (where you market)
  channels: [email, phone, sms, mail]  # TODO: the channels you market through
  timezone: America/New_York         # TODO: the zone your days and deadlines are counted in

mapping: mapping.yaml                # which export feeds which table (privacykit map suggest)

# Stricter company values are accepted; a looser one needs a waiver (privacykit rules show ID).
overrides: []
#  - {{rule: TCPA-COMPANY-DNC, parameter: honor_within, value: 5}}

# Documented, dated exceptions with an owner. Expired waivers are listed, not applied.
waivers: []
#  - {{rule: MAIL-DMACHOICE, scope: "campaign:ALUMNI", reason: ..., owner: ...,
#     approved: 2026-06-01, expires: 2026-12-31}}

output:
  folder: audit-runs                 # one folder per run; audit-runs/latest is the last good one
  mask_personal_data: true           # false (or --show-personal-data) shows raw values
  fail_on: low                       # exit 1 for a violation of this severity or above
  # history: audit-runs              # earlier runs to compare with (default: folder)

# Where the checks run: DuckDB on this machine (the default), or Spark where the data lives.
# engine: spark
# canonical: s3a://lake/privacy/canonical   # instead of mapping: canonical Parquet tables
#                                           # (privacykit export-canonical writes them)
# spark: {{master: yarn, conf: {{spark.executor.memory: 8g}}}}   # secrets as ${{NAME}} only
# duckdb: {{threads: 2, memory_limit: 8GB}}
"""

MAPPING_HEAD = """\
# How each export feeds the kit's canonical tables ('privacykit schema' lists every column).
# Draft it from your files with:  privacykit map suggest exports/*.csv --out mapping.yaml
# Check it with:                  privacykit map check {config}
# Never write a password here: a SQL source names the environment variable that holds it.

defaults:
  timezone: America/New_York   # zone of naive timestamps (a source may set its own)
  phone_region: US             # how numbers without a country code are read
  encoding: utf-8

sources: []
# Examples, one per table you have; required columns first:
"""


def write_starter(folder: Path, force: bool = False) -> list[Path]:
    """Write ``audit.yaml`` and ``mapping.yaml`` into ``folder``; return their paths.

    Raises:
        ConfigError: a file exists and ``force`` is not set (nothing is written).
    """
    audit, mapping = folder / "audit.yaml", folder / "mapping.yaml"
    existing = [p for p in (audit, mapping) if p.exists()]
    if existing and not force:
        raise ConfigError([Problem("exists; pass --force to replace it", str(p)) for p in existing])
    write_atomic(audit, AUDIT_YAML.format(name=audit))
    write_atomic(mapping, MAPPING_HEAD.format(config=audit) + _examples())
    return [audit, mapping]


def _examples() -> str:
    lines = []
    for table in TABLES.values():
        required = [c.name for c in table.columns if c.required]
        optional = [c.name for c in table.columns if not c.required][:4]
        cols = ", ".join(f"{c}: TODO" for c in required + optional)
        lines.append(f"#  - table: {table.name:<20} # {table.description.splitlines()[0][:60]}")
        lines.append(f"#    file: exports/{table.name}.csv")
        lines.append(f"#    columns: {{{cols}}}")
    return "\n".join(lines) + "\n"
