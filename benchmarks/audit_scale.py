"""Time of an audit's loading and checks at scale: the sample company, in a fresh process.

    .venv/bin/python benchmarks/audit_scale.py --customers 1000 --dir /tmp/pk-1k
    .venv/bin/python benchmarks/audit_scale.py --customers 1000000 --dir /tmp/pk-1m --parquet

Generates the sample company of ``--customers`` once in ``--dir`` (or reuses it: a folder
holding ``audit.yaml`` is taken as it is), then in one fresh process loads its exports as the
configuration maps them (``--parquet``: a Parquet copy, as ``load_scale.py`` writes it) and runs
every registered check for the period. Prints the load time, the checks' time (the slowest
checks one by one), the rows judged, and the process's peak resident memory after loading and
after the checks. ``--repeat N`` runs the checks N times on the same loaded data in the same
process (the figures of later runs are then comparable with each other).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

RUN = """
import json, resource, sys, time
from privacykit.audit.runner import run_checks
from privacykit.config import load_config
from privacykit.period import parse_period
from privacykit.rulebook import load_rulebook
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
started = time.perf_counter()
rulebook = load_rulebook()
cfg = load_config(sys.argv[1], rulebook)
con = connect()
t = time.perf_counter()
report = load_sources(parse_mapping(cfg.mapping, cfg.mapping_dir), con)
load_s, load_rss = time.perf_counter() - t, rss()
period = parse_period(sys.argv[2], cfg.profile.timezone)
runs = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    run = run_checks(con, cfg, rulebook, period)
    runs.append(time.perf_counter() - t)
flagged = run.rows[run.rows["verdict"] != "pass"] if not run.rows.empty else run.rows
errors = [f"{f.check_id}: {f.error}" for f in run.findings if f.error]
print(json.dumps({"load_s": load_s, "load_rss": load_rss, "checks_s": runs,
                  "seconds": run.seconds, "rows": len(run.rows), "flagged": len(flagged),
                  "read": sum(c.read for c in report.counts),
                  "contacts": report.totals("contacts")[1], "peak_rss": rss(),
                  "total_s": time.perf_counter() - started, "errors": errors}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--period", default="2026Q3")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/privacykit-bench-audit"))
    parser.add_argument("--parquet", action="store_true", help="load a Parquet copy")
    parser.add_argument("--repeat", type=int, default=1, help="run the checks N times")
    parser.add_argument("--top", type=int, default=10, help="slowest checks shown")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from load_scale import sample_config

    config = sample_config(args.dir, args.customers, args.seed, "parquet" if args.parquet else None)
    out = subprocess.run(
        [sys.executable, "-c", RUN, str(config), args.period, str(args.repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    gib = 2**30
    print(f"sample: {config}")
    print(
        f"load:   {r['load_s']:7.1f} s  {r['read']:,} rows read ({r['contacts']:,} contacts "
        f"loaded); peak RSS {r['load_rss'] / gib:.2f} GiB"
    )
    runs = ", ".join(f"{s:.1f}" for s in r["checks_s"])
    print(
        f"checks: {r['checks_s'][-1]:7.1f} s  (runs: {runs} s); {r['rows']:,} evidence rows, "
        f"{r['flagged']:,} flagged; peak RSS {r['peak_rss'] / gib:.2f} GiB"
    )
    slowest = sorted(r["seconds"].items(), key=lambda kv: -kv[1])[: args.top]
    for check, seconds in slowest:
        print(f"  {check:<4} {seconds:7.2f} s")
    print(f"process: {r['total_s']:.1f} s in all (imports and rulebook excluded)")
    if r["errors"]:
        print("errors:", *r["errors"], sep="\n  ")


if __name__ == "__main__":
    main()
