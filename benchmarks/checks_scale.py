"""Time of the audit's checks at scale: the sample company from Parquet, in a fresh process.

    .venv/bin/python benchmarks/checks_scale.py --customers 1000000 --dir /tmp/pk-1m

Generates the sample company once (or reuses ``--dir``), writes its exports as Parquet (as
``load_scale.py`` does), then in one fresh process loads them and runs every registered check
for 2026Q3. Prints the load time, each check's time, the total, the rows flagged, and the
process's peak resident memory after loading and after the checks (so the checks' own share
shows against the load in the same process).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from load_scale import sample_config, size

RUN = """
import json, resource, sys, time
from privacykit.audit.runner import run_checks
from privacykit.config import load_config
from privacykit.period import parse_period
from privacykit.rulebook import load_rulebook
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
rulebook = load_rulebook()
cfg = load_config(sys.argv[1], rulebook)
con = connect()
t = time.perf_counter()
report = load_sources(parse_mapping(cfg.mapping, cfg.mapping_dir), con)
load_s, load_rss = time.perf_counter() - t, rss()
period = parse_period(sys.argv[2], cfg.profile.timezone)
t = time.perf_counter()
run = run_checks(con, cfg, rulebook, period)
checks_s = time.perf_counter() - t
flagged = run.rows[run.rows["verdict"] != "pass"] if not run.rows.empty else run.rows
by_check = flagged.groupby("check_id").size().to_dict() if not flagged.empty else {}
errors = [f"{f.check_id}: {f.error}" for f in run.findings if f.error]
print(json.dumps({"load_s": load_s, "load_rss": load_rss, "checks_s": checks_s,
                  "seconds": run.seconds, "flagged": by_check, "rows": len(run.rows),
                  "contacts": report.totals("contacts")[1], "peak_rss": rss(),
                  "errors": errors}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--period", default="2026Q3")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/privacykit-bench-sample"))
    args = parser.parse_args()
    parquet = sample_config(args.dir, args.customers, args.seed, "parquet")
    print(f"sample as Parquet: {parquet.parent} ({size(parquet.parent) / 1e9:.2f} GB)")
    out = subprocess.run(
        [sys.executable, "-c", RUN, str(parquet), args.period],
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    gib = 2**30
    rss = r["load_rss"] / gib
    print(f"loaded {r['contacts']:,} contacts in {r['load_s']:.1f} s; peak RSS {rss:.2f} GiB")
    for check, seconds in r["seconds"].items():
        print(f"  {check:<4} {seconds:7.1f} s  {r['flagged'].get(check, 0):>8,} rows flagged")
    print(
        f"checks: {r['checks_s']:.1f} s in all ({r['checks_s'] / r['load_s']:.2f}x the load time); "
        f"{r['rows']:,} evidence rows; peak RSS {r['peak_rss'] / gib:.2f} GiB "
        f"({r['peak_rss'] / r['load_rss']:.2f}x the peak after loading)"
    )
    if r["errors"]:
        print("errors:", *r["errors"], sep="\n  ")


if __name__ == "__main__":
    main()
