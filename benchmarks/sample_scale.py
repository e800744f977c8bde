"""Time the sample generator at scale: wall time, rows and bytes per file, peak memory.

Run by hand (not in CI)::

    .venv/bin/python benchmarks/sample_scale.py --customers 1000000

The sample is written to a temporary folder that is removed afterwards (--keep DIR to keep it).
Peak RSS is the process's high-water mark (``ru_maxrss``, KiB on Linux), so run one size per
process. The targets: 1,000 customers in under 5 s; 1,000,000 customers (about 20M contact
rows) in 5 minutes or less and 2 GB or less peak RSS on 2 cores.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from privacykit.sample.generate import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write here and keep the files")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="privacykit-sample-")) / "sample"
    try:
        start = time.perf_counter()
        summary = generate(out, args.customers, args.seed, overwrite=args.keep is not None)
        wall = time.perf_counter() - start
        sizes = {rel: (out / rel).stat().st_size for rel in summary.rows}
        width = max(len(rel) for rel in summary.rows)
        print(f"{'file':<{width}} {'rows':>12} {'bytes':>15}")
        for rel, rows in summary.rows.items():
            print(f"{rel:<{width}} {rows:>12,} {sizes[rel]:>15,}")
        contacts = sum(
            rows for rel, rows in summary.rows.items() if rel.split("/")[-1].startswith(
                ("esp_sends", "dialer_calls", "sms_messages", "mail_drops", "push_log"))
        )  # fmt: skip
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{'total':<{width}} {summary.total_rows:>12,} {sum(sizes.values()):>15,}")
        print(
            f"\ncustomers {args.customers:,} (+ planted), contact rows {contacts:,}\n"
            f"wall time {wall:.1f} s, {summary.total_rows / wall:,.0f} rows/s\n"
            f"peak RSS {peak_kib:,} KiB ({peak_kib / 1024 / 1024:.2f} GiB)"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(out.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
