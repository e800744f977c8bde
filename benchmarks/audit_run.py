"""The whole ``privacykit audit`` at scale: kernel, loading, checks, files, rendering.

    .venv/bin/python benchmarks/audit_run.py --customers 1000000 --dir /tmp/pk-1m

Generates the sample company once (or reuses ``--dir``; the Parquet copy ``load_scale.py``
writes is used when present, as a team with large exports would), then runs ``privacykit
audit`` for 2026Q3 in a fresh process, as a user does. Prints the wall time, the manifest's
per-step timings (where the time goes), the size of report.html and of the run folder, and the
peak resident memory of the audit's processes (the kernel is a child process).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from load_scale import sample_config, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--period", default="2026Q3")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/privacykit-bench-audit"))
    parser.add_argument("--csv", action="store_true", help="audit the CSV exports, not Parquet")
    args = parser.parse_args()
    config = sample_config(args.dir, args.customers, args.seed, None if args.csv else "parquet")
    print(f"auditing {config} ({size(config.parent) / 1e9:.2f} GB of exports)")
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "privacykit.cli", "audit", "--config", str(config),
         "--period", args.period],
        capture_output=True, text=True,
    )  # fmt: skip
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        sys.exit(f"audit failed with exit {proc.returncode}:\n{proc.stderr[-3000:]}")
    run = next(
        Path(line.split(":", 1)[1].split(" (also")[0].strip())
        for line in proc.stdout.splitlines()
        if line.startswith("Run folder:")
    )
    manifest = json.loads((run / "manifest.json").read_text())
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 2**30
    print(f"privacykit audit: {wall:.1f} s wall, exit {proc.returncode}; peak RSS {peak:.2f} GiB")
    for step, seconds in manifest["timings_seconds"].items():
        print(f"  {step:<42} {seconds:8.1f} s")
    slow = sorted(manifest["check_seconds"].items(), key=lambda kv: -kv[1])[:5]
    print("  slowest checks: " + ", ".join(f"{c} {s:.1f} s" for c, s in slow))
    html = (run / "report.html").stat().st_size
    print(f"report.html {html / 1e6:.2f} MB; run folder {size(run) / 1e6:.1f} MB")
    print(f"counts: {manifest['counts']}")


if __name__ == "__main__":
    main()
