"""Load throughput at scale: the sample company's exports as CSV and as Parquet.

    .venv/bin/python benchmarks/load_scale.py --customers 1000000 --dir /tmp/pk-1m

Generates the sample company once (or reuses ``--dir``), then writes two copies of its exports
with the same rows — every table file as CSV, and every one as Parquet (Excel sheets stay as
they are) — each with a mapping adjusted to the format. Each copy is loaded in a fresh process
through the same configuration; the figures are rows read per second and the process's peak
resident memory. The ratio Parquet/CSV is measured on the same machine in the same run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import yaml

LOAD = """
import json, resource, sys, time
from privacykit.config import load_config
from privacykit.rulebook import load_rulebook
from privacykit.schema.load import connect, load_sources
from privacykit.schema.mapping import parse_mapping
cfg = load_config(sys.argv[1], load_rulebook())
sources = parse_mapping(cfg.mapping, cfg.mapping_dir)
con = connect()
t = time.perf_counter()
report = load_sources(sources, con)
seconds = time.perf_counter() - t
read = sum(c.read for c in report.counts)
loaded = sum(c.loaded for c in report.counts)
contacts = report.totals("contacts")[0]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "read": read, "loaded": loaded, "contacts": contacts,
                  "peak_rss": rss}))
"""


def convert(sample: Path, fmt: str) -> Path:
    """Copy the sample with every CSV/TSV/Parquet export rewritten as ``fmt``; return config."""
    out = sample.parent / f"{sample.name}-{fmt}"
    if out.exists():
        shutil.rmtree(out)
    (out / "exports").mkdir(parents=True)
    config = yaml.safe_load((sample / "audit.yaml").read_text())
    mapping = yaml.safe_load((sample / config["mapping"]).read_text())
    con = duckdb.connect()
    done: dict[str, str] = {}
    for src in mapping["sources"]:
        if "file" not in src:
            continue
        path = sample / src["file"]
        kind = src.get("format") or {".tsv": "tsv", ".parquet": "parquet"}.get(
            path.suffix.lower(), "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        )
        if kind == "xlsx":
            target = out / src["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
            continue
        name = Path(src["file"]).with_suffix(".parquet" if fmt == "parquet" else ".csv")
        if src["file"] not in done:
            done[src["file"]] = str(name)
            if kind == "parquet":
                rel = f"read_parquet('{path}')"
            else:
                read_from = path
                encoding = src.get("encoding", mapping.get("defaults", {}).get("encoding", "utf-8"))
                if encoding.lower() not in ("utf-8", "utf8", "utf-8-sig", "latin-1", "latin1"):
                    read_from = out / "transcoded.csv"
                    read_from.write_text(path.read_text(encoding=encoding), encoding="utf-8")
                    encoding = "utf-8"
                delim = src.get("delimiter") or ("\t" if kind == "tsv" else ",")
                rel = (
                    f"read_csv('{read_from}', all_varchar=true, header=true, delim='{delim}', "
                    f"encoding='{encoding.replace('latin1', 'latin-1')}')"
                )
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            copy = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
            con.execute(f"COPY (SELECT * FROM {rel}) TO '{target}' {copy}")
            (out / "transcoded.csv").unlink(missing_ok=True)
        src["file"] = str(name)
        src["format"] = fmt
        for key in ("delimiter", "encoding"):
            src.pop(key, None)
    mapping.setdefault("defaults", {}).pop("encoding", None)
    (out / "mapping.yaml").write_text(yaml.safe_dump(mapping, sort_keys=False))
    config["mapping"] = "mapping.yaml"
    (out / "audit.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return out / "audit.yaml"


def load(config: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD, str(config)], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def sample_config(sample: Path, customers: int, seed: int, fmt: str | None = None) -> Path:
    """Generate the sample company in ``sample`` unless it is there; return its configuration,
    or that of its copy in ``fmt`` (made once, beside it)."""
    if not (sample / "audit.yaml").exists():
        from privacykit.sample.generate import generate

        t = time.perf_counter()
        generate(sample, customers, seed)
        print(f"generated {customers:,} customers in {time.perf_counter() - t:.1f} s")
    if fmt is None:
        return sample / "audit.yaml"
    config = sample.parent / f"{sample.name}-{fmt}" / "audit.yaml"
    return config if config.exists() else convert(sample, fmt)


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/privacykit-bench-sample"))
    args = parser.parse_args()
    sample = args.dir
    if not (sample / "audit.yaml").exists():
        from privacykit.sample.generate import generate

        t = time.perf_counter()
        generate(sample, args.customers, args.seed)
        print(f"generated {args.customers:,} customers in {time.perf_counter() - t:.1f} s")
    print(f"sample: {sample} ({size(sample) / 1e9:.2f} GB)")
    results = {}
    for fmt in ("csv", "parquet"):
        config = convert(sample, fmt)
        r = load(config)
        results[fmt] = r
        print(
            f"{fmt:<8} {r['read']:>12,} rows read ({r['contacts']:,} contacts) in "
            f"{r['seconds']:7.1f} s = {r['read'] / r['seconds']:>10,.0f} rows/s; "
            f"peak RSS {r['peak_rss'] / 2**30:.2f} GiB; files {size(config.parent) / 1e9:.2f} GB"
        )
    ratio = results["csv"]["seconds"] / results["parquet"]["seconds"]
    print(f"Parquet loads {ratio:.2f}x as fast as CSV (same rows, same process image)")


if __name__ == "__main__":
    main()
