"""Build the canonical Parquet datasets the scale benchmark reads: 1M to 100M contact events.

    .venv/bin/python benchmarks/canonical_data.py --base /tmp/pk-1m-v7b-parquet/audit.yaml
    .venv/bin/python benchmarks/canonical_data.py --sizes 1m,10m,20m,100m --out benchmarks/out/scale

The base is the sample company at 1M customers (generated into ``--sample`` with its Parquet
exports, or ``--base`` names an audit.yaml), loaded ONCE by the kit's loader and exported as
canonical Parquet to ``<out>/canonical-20m`` (reused when it is there). Every other size is
written from that folder by DuckDB SQL, straight to canonical Parquet (no loader):

- a smaller size keeps a subset of the people (by a hash of ``people.person_id``) with ALL their
  rows in every table: a row naming a customer record follows that record's person; a row
  naming only an address (a STOP reply, a registry entry, a consent or opt-out of a number) is
  kept when any kept customer uses the address; a row naming neither a known customer nor a
  used address is kept by a hash of what it names, at the same fraction. Company tables
  (campaigns, staff, caller ids, ...) are kept whole.
- a larger size is N replicas of the base with new identities: every id column, email address
  and phone number of every per-customer table is rewritten in replica r > 0 (ids get the
  prefix ``R<r>-``, emails ``r<r>.``, a phone's last seven digits are shifted by r million, so
  its country and area code, and with them the zone lookups, stay). Company tables and the
  company's own numbers (caller ids) are written once.

Sizes are labels of contact events (``1m``, ``10m``, ``20m``, ``100m``): the label nearest the
base's own count is the base; the fraction or number of replicas is computed from the measured
count, and the rows written are counted and printed, per table and size.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import duckdb
from load_scale import sample_config  # benchmarks/ is the script's folder: on sys.path

from privacykit.engine import MARKER, QUARANTINE, export_canonical
from privacykit.schema.canonical import DERIVED, TABLES, Kind

HERE = Path(__file__).resolve().parent
BASE_LABEL = "20m"
HASH_BUCKETS = 1_000_000
# Tables about the company, not its customers: kept whole, written once.
COMPANY = (
    "registry_downloads",
    "campaigns",
    "training",
    "caller_ids",
    "sensitive_places",
    "staff",
    "incidents",
    "retention_policies",
    QUARANTINE,
)
# Rows of a per-customer table that are about the company (a published policy): written once.
COMPANY_ROWS = {"notices": "x.customer_id IS NULL"}
# The address a row is placed by when it names no known customer (a STOP reply, a registry
# entry, a consent or opt-out naming only a number).
ADDRESS_OF = {
    "contacts": "coalesce(x.to_phone, x.to_email)",
    "consents": "x.address",
    "optouts": "x.address",
    "suppressions": "x.address",
    "dnc_registry": "x.phone",
    "sharing": "x.address",
    "privacy_requests": "x.address",
    "sms_inbound": "x.from_phone",
    "unsubscribe_events": "x.address",
}
# Phone columns that are the company's own numbers, not a customer's: never rewritten.
COMPANY_PHONES = {("contacts", "caller_id")}
# Free-text columns that hold an email address or a phone number (rewritten by their shape).
MIXED_ADDRESS = ("address", "to_address")

MACROS = [
    # Replica r of a phone: its last seven digits shifted by r million (area code kept).
    r"""CREATE OR REPLACE TEMP MACRO pk_phone(p, r) AS CASE
        WHEN r = 0 OR p IS NULL THEN p
        WHEN regexp_matches(p, '^\+[0-9]{8,}$') THEN left(p, length(p) - 7)
            || lpad(((right(p, 7)::BIGINT + r * 1000000) % 10000000)::VARCHAR, 7, '0')
        ELSE 'r' || r || ':' || p END""",
    """CREATE OR REPLACE TEMP MACRO pk_email(e, r) AS
        CASE WHEN r = 0 OR e IS NULL THEN e ELSE 'r' || r || '.' || e END""",
    """CREATE OR REPLACE TEMP MACRO pk_addr(a, r) AS
        CASE WHEN a LIKE '+%' THEN pk_phone(a, r) ELSE pk_email(a, r) END""",
    """CREATE OR REPLACE TEMP MACRO pk_id(i, r) AS
        CASE WHEN r = 0 OR i IS NULL THEN i ELSE 'R' || r || '-' || i END""",
]


def parse_size(label: str) -> int:
    """Return the number of events a label names: '1m' -> 1,000,000, '500k' -> 500,000."""
    text = label.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("kmg")) * scale)


def build_base(config: Path, out: Path, period: str) -> Path:
    """Load the sample company once and export it as canonical Parquet (reused if present)."""
    folder = out / f"canonical-{BASE_LABEL}"
    if (folder / MARKER).is_file():
        print(f"base: reusing {folder}")
        return folder
    from privacykit.config import load_config
    from privacykit.period import parse_period
    from privacykit.rulebook import load_rulebook
    from privacykit.schema.check import run_map_check

    cfg = load_config(config, load_rulebook())
    t = time.perf_counter()
    con = run_map_check(cfg, parse_period(period, cfg.profile.timezone)).con
    loaded = time.perf_counter() - t
    t = time.perf_counter()
    export_canonical(con, folder)
    con.close()
    print(f"base: loaded {config} in {loaded:.0f} s, exported in {time.perf_counter() - t:.0f} s")
    return folder


def connect(tmp: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET threads = 2")
    con.execute("SET memory_limit = '8GB'")
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET temp_directory = ?", [str(tmp)])
    for macro in MACROS:
        con.execute(macro)
    return con


def table_names(base: Path) -> list[str]:
    """Return the base folder's tables, in the canonical model's order."""
    rows = json.loads((base / MARKER).read_text())["tables"]
    return [n for n in (*TABLES, *DERIVED, QUARANTINE) if n in rows]


def _src(base: Path, name: str) -> str:
    return "read_parquet('" + str(base / f"{name}.parquet").replace("'", "''") + "')"


def _columns(con: duckdb.DuckDBPyConnection, base: Path, name: str) -> list[str]:
    return [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {_src(base, name)}").fetchall()]


# --- subsets -----------------------------------------------------------------------------


def _kept(expr: str, fraction: float) -> str:
    return f"(hash({expr}) % {HASH_BUCKETS} < {int(fraction * HASH_BUCKETS)})"


def prepare_subset(con: duckdb.DuckDBPyConnection, base: Path, fraction: float) -> None:
    """Create pk_cust (customer_id, kept) and pk_owned (address, kept) for ``fraction``."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE pk_cust AS SELECT customer_id, "
        f"{_kept('person_id', fraction)} AS kept FROM {_src(base, 'people')}"
    )
    # Every address a known customer uses, kept when any kept customer uses it.
    used = [
        ("customers", "x.email"),
        ("customers", "x.phone"),
        *ADDRESS_OF.items(),
    ]
    parts = [
        f"SELECT {address} AS address, k.kept FROM {_src(base, name)} x "
        f"JOIN pk_cust k ON x.customer_id = k.customer_id WHERE {address} IS NOT NULL"
        for name, address in used
        if "customer_id" in _columns(con, base, name)
    ]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE pk_owned AS SELECT address, bool_or(kept) AS kept FROM ("
        + " UNION ALL ".join(parts)
        + ") GROUP BY address"
    )


def subset_query(name: str, columns: Sequence[str], base: Path, fraction: float) -> str:
    """Return the SELECT keeping ``name``'s rows of the kept people (see the module)."""
    src = _src(base, name)
    if name in COMPANY:
        return f"SELECT * FROM {src}"
    address = ADDRESS_OF.get(name)
    key = next((c for c in columns if c.endswith("_id") and c != "customer_id"), None)
    # A row with no known customer and no owned address: kept by a hash of what it names.
    fallback = [address, "x.customer_id" if "customer_id" in columns else None]
    fallback.append(f"x.{key}" if key else None)
    named = ", ".join(e for e in fallback if e)
    unknown = _kept(f"coalesce({named})", fraction) if named else "TRUE"
    joins, cust, owned = "", "NULL", "NULL"
    if "customer_id" in columns:
        joins += " LEFT JOIN pk_cust k ON x.customer_id = k.customer_id"
        cust = "k.kept"
    if address:
        joins += f" LEFT JOIN pk_owned o ON o.address = {address}"
        owned = "o.kept"
    keep = f"coalesce({cust}, {owned}, {unknown})"
    if name in COMPANY_ROWS:
        keep = f"({COMPANY_ROWS[name]}) OR ({keep})"
    return f"SELECT x.* FROM {src} x{joins} WHERE {keep}"


# --- replicas ----------------------------------------------------------------------------


def rewritten(name: str, column: str) -> str | None:
    """Return how replica ``r`` rewrites ``name.column`` (SQL using ``r``), or None."""
    from privacykit.schema.canonical import table

    if name == QUARANTINE:
        return None
    kind = table(name).column(column).kind
    if kind is Kind.ID:
        return f"pk_id({column}, r)"
    if kind is Kind.EMAIL:
        return f"pk_email({column}, r)"
    if kind is Kind.PHONE and (name, column) not in COMPANY_PHONES:
        return f"pk_phone({column}, r)"
    if kind is Kind.FREE_TEXT and column in MIXED_ADDRESS:
        return f"pk_addr({column}, r)"
    return None


def replica_query(name: str, columns: Sequence[str], base: Path, replicas: int) -> str:
    """Return the SELECT writing ``replicas`` copies of ``name`` with new identities."""
    src = _src(base, name)
    if name in COMPANY:
        return f"SELECT * FROM {src}"
    cols = ", ".join(f"{rewritten(name, c) or c} AS {c}" for c in columns)
    where = f" WHERE r = 0 OR NOT ({COMPANY_ROWS[name]})" if name in COMPANY_ROWS else ""
    return f"SELECT {cols} FROM {src} x, range({replicas}) AS rs(r){where}"


def check_identities(con: duckdb.DuckDBPyConnection, base: Path, replicas: int) -> None:
    """Fail unless the rewritten phones and emails of all replicas are all distinct."""
    phones, emails = [], []
    for name in table_names(base):
        if name in COMPANY:
            continue
        for c in _columns(con, base, name):
            how = rewritten(name, c) or ""
            if how.startswith(("pk_phone", "pk_addr")):
                phones.append(f"SELECT {c} AS v FROM {_src(base, name)} WHERE {c} LIKE '+%'")
            if how.startswith(("pk_email", "pk_addr")):
                emails.append(f"SELECT {c} AS v FROM {_src(base, name)} WHERE {c} LIKE '%@%'")
    for kind, parts, fn in (("phone", phones, "pk_phone"), ("email", emails, "pk_email")):
        distinct = f"SELECT DISTINCT v FROM ({' UNION ALL '.join(parts)})"
        n, m = con.execute(
            f"SELECT count(*), (SELECT count(DISTINCT {fn}(v, r)) FROM ({distinct}), "
            f"range({replicas}) AS rs(r)) FROM ({distinct})"
        ).fetchall()[0]
        if m != n * replicas:
            raise SystemExit(f"{kind} rewriting collides: {n:,} x {replicas} -> {m:,} distinct")
        print(f"  {kind}s: {n:,} distinct, {m:,} after {replicas} replicas (no collision)")


# --- writing -----------------------------------------------------------------------------


def write_size(base: Path, folder: Path, label: str, events: int, base_events: int) -> None:
    """Write ``folder`` (canonical Parquet for ``events`` contact events) from ``base``."""
    partial = folder.parent / f".{folder.name}.partial-{uuid.uuid4().hex[:8]}"
    partial.mkdir(parents=True)
    con = connect(partial)
    t = time.perf_counter()
    try:
        replicas = round(events / base_events) if events > base_events else 0
        fraction = events / base_events
        if replicas:
            print(f"{label}: {replicas} replicas of the base")
            check_identities(con, base, replicas)
        else:
            print(f"{label}: people kept by hash, fraction {fraction:.4f}")
            prepare_subset(con, base, fraction)
        rows: dict[str, int] = {}
        for name in table_names(base):
            columns = _columns(con, base, name)
            query = (
                replica_query(name, columns, base, replicas)
                if replicas
                else subset_query(name, columns, base, fraction)
            )
            target = str(partial / f"{name}.parquet").replace("'", "''")
            con.execute(f"COPY ({query}) TO '{target}' (FORMAT parquet)")
            rows[name] = con.execute(f"SELECT count(*) FROM '{target}'").fetchall()[0][0]
        (partial / MARKER).write_text(json.dumps({"tables": rows}, indent=2) + "\n")
        for tmp in partial.glob("duckdb_temp*"):
            shutil.rmtree(tmp, ignore_errors=True)
        con.close()
        if folder.exists():
            shutil.rmtree(folder)
        partial.rename(folder)
    except BaseException:
        con.close()
        shutil.rmtree(partial, ignore_errors=True)
        raise
    print(f"{label}: written in {time.perf_counter() - t:.0f} s to {folder}")


def print_rows(folders: dict[str, Path]) -> None:
    """Print rows per table (lines) and size (columns)."""
    counts = {s: json.loads((f / MARKER).read_text())["tables"] for s, f in folders.items()}
    names = [n for n in (*TABLES, *DERIVED, QUARANTINE) if any(n in c for c in counts.values())]
    print(f"{'table':<20}" + "".join(f"{s:>14}" for s in counts))
    for n in names:
        print(f"{n:<20}" + "".join(f"{c.get(n, 0):>14,}" for c in counts.values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1m,10m,20m,100m", help="contact events per size")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "scale")
    parser.add_argument("--base", type=Path, help="audit.yaml of the 1M-customer sample")
    parser.add_argument("--sample", type=Path, default=HERE / "out" / "sample-1m")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--period", default="2026Q3")
    parser.add_argument("--force", action="store_true", help="rewrite sizes that exist")
    args = parser.parse_args()
    config = args.base or sample_config(args.sample, args.customers, 7, "parquet")
    base = build_base(config, args.out, args.period)
    # The company profile the benchmark audits these folders with (benchmarks/scale.py).
    (args.out / "base.json").write_text(json.dumps({"config": str(Path(config).resolve())}) + "\n")
    base_events = json.loads((base / MARKER).read_text())["tables"]["contacts"]
    labels = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    # A label within 20% of the base's own count names the base itself.
    is_base = [s for s in labels if abs(parse_size(s) - base_events) <= 0.2 * parse_size(s)]
    folders: dict[str, Path] = {}
    for label in labels:
        folder = args.out / f"canonical-{label}"
        if label in is_base or label == BASE_LABEL:
            folders[label] = base
            continue
        if (folder / MARKER).is_file() and not args.force:
            print(f"{label}: reusing {folder}")
        else:
            write_size(base, folder, label, parse_size(label), base_events)
        folders[label] = folder
    print_rows(folders)
    print(f"(cores {os.cpu_count()}; base {base}: {base_events:,} contact events)")


if __name__ == "__main__":
    main()
