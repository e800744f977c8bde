"""Scale of the whole check suite on canonical Parquet: time and memory against data size.

    .venv/bin/python benchmarks/canonical_data.py --base /tmp/pk-1m-v7b-parquet/audit.yaml
    .venv/bin/python benchmarks/scale.py --sizes 1m,10m,20m,100m [--spark]

Reads the folders benchmarks/canonical_data.py writes (``<out>/canonical-<size>``). Every figure
comes from a fresh process: ``open_canonical`` on DuckDB with 2 threads (100M and larger: a
memory limit of 8 GB, spilling under ``<out>/spill``), then every registered check on the
period (``run_checks``). Printed per size: contact events, customers, the channel checks' time
(E* and T*: the sum of their ``run.seconds``), the whole suite's time (every check), the peak
resident memory of the process (``ru_maxrss``) and any check that ended in error.

At the base size (20M events), E1, T1 and T4 are each timed alone in a fresh process against
their hand-written SQL (benchmarks/baseline/<id>.sql) on the same views of the same
connection: the check, then the baseline, then both again (warm); the ratio check/baseline of
the cold pair and of the warm pair are printed, and whether both return the same rows.
``--spark`` runs the 20M suite on local Spark (``local[2]``) too and compares its flagged rows,
counted by check and verdict, with DuckDB's. The table of the figures is printed as Markdown
and written to benchmarks/out/scale-table.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BASELINES = HERE / "baseline"
BASELINE_CHECKS = ("E1", "T1", "T4")
CONFIG = Path("/tmp/pk-1m-v7b-parquet/audit.yaml")
BIG = 50_000_000  # from this many events on, DuckDB gets its memory limit and spill folder


# --- the hand-written baselines ----------------------------------------------------------


def register_reference(con: Any, first: dt.date, last: dt.date) -> None:
    """Register the reference tables the baselines read (holidays, area-code and region zones).

    Reference data, not logic: the dates of the `holidays` package and the zone tables of
    privacykit/checks/geo.py, as the kit's checks use them.
    """
    import pyarrow as pa

    from privacykit.checks import calendar, geo
    from privacykit.rulebook.models import Calendar

    rows = [
        (cal.value, day, certain)
        for cal in Calendar
        for day, _, certain in calendar.holidays_between(cal, first, last)
    ]
    holidays = pa.table(
        {
            "calendar": [r[0] for r in rows],
            "day": pa.array([r[1] for r in rows], pa.date32()),
            "certain": [r[2] for r in rows],
        }
    )
    for name, table in (
        ("ref_holidays", holidays),
        ("ref_area_code_zones", geo.area_code_zones()),
        ("ref_region_zones", geo.region_zones()),
    ):
        con.register(f"_arrow_{name}", table)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _arrow_{name}")
        con.unregister(f"_arrow_{name}")


def run_baseline(
    con: Any, check_id: str, start: dt.datetime, end: dt.datetime, as_of: dt.datetime, timezone: str
) -> Any:
    """Run benchmarks/baseline/<check_id>.sql on ``con``; return its rows as a data frame."""
    sql = (BASELINES / f"{check_id}.sql").read_text()
    params = {"start": start, "end": end, "as_of": as_of, "tz": timezone}
    code = "\n".join(line.split("--")[0] for line in sql.splitlines())  # comments aside
    used = {k: v for k, v in params.items() if f"${k}" in code}
    return con.sql(sql, params=used).to_arrow_table().to_pandas()


def reference_span(start: dt.datetime, as_of: dt.datetime) -> tuple[dt.date, dt.date]:
    """Return the days the reference holidays must cover for a period starting at ``start``."""
    return dt.date(start.year - 8, 1, 1), as_of.date() + dt.timedelta(days=150)


# --- what a fresh process measures -------------------------------------------------------


def _peak_rss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _open(folder: Path, engine: str, events: int, spill: Path) -> Any:
    from privacykit.engine import (
        DuckDBSettings,
        SparkSettings,
        connect_duckdb,
        open_canonical,
        spark_session,
    )

    if engine == "spark":
        settings = SparkSettings(master="local[2]", conf={"spark.driver.memory": "12g"})
        return open_canonical(folder, "spark", session=spark_session(settings))
    big = events >= BIG
    if big:
        spill.mkdir(parents=True, exist_ok=True)
    settings = DuckDBSettings(
        threads=2,
        memory_limit="8GB" if big else None,
        temp_directory=str(spill) if big else None,
    )
    return open_canonical(folder, "duckdb", con=connect_duckdb(settings))


def _jvm_peak(engine: Any) -> int:
    """Return the Spark JVM's peak resident memory (VmHWM), or 0 when it cannot be read."""
    try:
        pid = engine.backend._session.sparkContext._gateway.proc.pid
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except Exception:
        return 0
    return 0


def child_suite(job: dict[str, Any]) -> dict[str, Any]:
    """Run every check on one folder in this (fresh) process; return the figures."""
    import time

    from privacykit.audit.runner import run_checks
    from privacykit.config import load_config
    from privacykit.period import parse_period
    from privacykit.rulebook import load_rulebook

    rulebook = load_rulebook()
    config = load_config(job["config"], rulebook)
    period = parse_period(job["period"], config.profile.timezone)
    t = time.perf_counter()
    engine = _open(Path(job["folder"]), job["engine"], job["events"], Path(job["spill"]))
    opened = time.perf_counter() - t
    t = time.perf_counter()
    run = run_checks(engine, config, rulebook, period)
    wall = time.perf_counter() - t
    counts = run.rows.groupby(["check_id", "verdict"]).size()
    out = {
        "engine": job["engine"],
        "open_s": opened,
        "suite_s": wall,
        "seconds": run.seconds,
        "errors": {f.check_id: f.error for f in run.findings if f.error},
        "counts": {f"{c}/{v}": int(n) for (c, v), n in counts.items()},
        "peak_rss": _peak_rss(),
        "jvm_peak": _jvm_peak(engine) if job["engine"] == "spark" else 0,
    }
    return out


def child_baseline(job: dict[str, Any]) -> dict[str, Any]:
    """Time one check and its SQL baseline on the same views, cold then warm; compare rows."""
    import time

    from privacykit.audit.runner import run_checks
    from privacykit.config import load_config
    from privacykit.period import parse_period
    from privacykit.rulebook import load_rulebook

    check_id = job["check"]
    rulebook = load_rulebook()
    config = load_config(job["config"], rulebook)
    period = parse_period(job["period"], config.profile.timezone)
    engine = _open(Path(job["folder"]), "duckdb", job["events"], Path(job["spill"]))
    con = engine.backend.con
    as_of = period.end_utc
    register_reference(con, *reference_span(period.start_utc, as_of))
    times: dict[str, list[float]] = {"check": [], "baseline": []}
    keys: dict[str, set[tuple[str, ...]]] = {}
    for _ in range(2):  # cold, then warm
        run = run_checks(engine, config, rulebook, period, only=[check_id])
        times["check"].append(run.seconds[check_id])
        t = time.perf_counter()
        base = run_baseline(
            con, check_id, period.start_utc, period.end_utc, as_of, config.profile.timezone
        )
        times["baseline"].append(time.perf_counter() - t)
    cols = ["record_id", "rule_id", "verdict"]
    keys["check"] = set(run.rows[cols].astype(str).itertuples(index=False, name=None))
    keys["baseline"] = set(base[cols].astype(str).itertuples(index=False, name=None))
    return {
        "check": check_id,
        "check_s": times["check"],
        "baseline_s": times["baseline"],
        "phases": _phases(engine, config, rulebook, period, check_id),
        "rows": len(run.rows),
        "baseline_rows": len(base),
        "same_rows": keys["check"] == keys["baseline"],
        "errors": {f.check_id: f.error for f in run.findings if f.error},
        "peak_rss": _peak_rss(),
    }


def _phases(
    engine: Any, config: Any, rulebook: Any, period: Any, check_id: str
) -> dict[str, float]:
    """Time a third run of one check phase by phase, as run_checks runs it.

    needs: counting the columns the check needs (NOT EVALUATED otherwise); build: calling the
    check function, which materialises its cached intermediate tables; compile: Ibis to SQL;
    execute: the final query through Ibis (compile again, run, fetch); engine: the same SQL
    text run directly on the connection; again_in_same_context: build and execute once more
    with the context's shared tables (the period's contacts with person and day) already built,
    as every check after the first one in a suite finds them.
    """
    import time

    import ibis

    from privacykit.audit.runner import _missing
    from privacykit.checks.context import CheckContext, build_helpers
    from privacykit.checks.registry import all_checks

    as_of, tz = period.end_utc, config.profile.timezone
    t = time.perf_counter()
    ctx = CheckContext(
        tables=dict(engine.tables),
        period=period,
        as_of=as_of,
        timezone=tz,
        rulebook=rulebook,
        helpers=build_helpers(period, as_of, tz, config.policy),
        policy=config.policy,
    )
    out = {"context": time.perf_counter() - t}
    check = all_checks().get(check_id)
    t = time.perf_counter()
    _missing(check.needs, ctx)
    out["needs"] = time.perf_counter() - t
    t = time.perf_counter()
    expr = check.function(ctx)
    out["build"] = time.perf_counter() - t
    t = time.perf_counter()
    sql = str(ibis.to_sql(expr))
    out["compile"] = time.perf_counter() - t
    t = time.perf_counter()
    expr.to_pyarrow()
    out["execute"] = time.perf_counter() - t
    t = time.perf_counter()
    engine.backend.con.sql(sql).to_arrow_table()
    out["engine"] = time.perf_counter() - t
    t = time.perf_counter()
    again = check.function(ctx)  # the context's shared tables are built: the check's own part
    again.to_pyarrow()
    out["again_in_same_context"] = time.perf_counter() - t
    return out


def fresh(job: dict[str, Any]) -> dict[str, Any]:
    """Run ``job`` in a fresh Python process; return what it printed as JSON."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(job)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-5000:])
        raise SystemExit(f"the {job['kind']} run on {job['folder']} failed ({done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the parent: sizes, figures, table ---------------------------------------------------


def _marker(folder: Path) -> dict[str, int]:
    tables: dict[str, int] = json.loads((folder / "canonical.json").read_text())["tables"]
    return tables


def _channel(seconds: dict[str, float]) -> float:
    return sum(s for c, s in seconds.items() if c.startswith(("E", "T")))


def _gib(n: int) -> str:
    return f"{n / 2**30:.2f}"


def print_suite(label: str, events: int, customers: int, r: dict[str, Any]) -> None:
    slow = sorted(r["seconds"].items(), key=lambda kv: -kv[1])[:10]
    print(
        f"{label}: {events:,} events, {customers:,} customers, {r['engine']}: "
        f"channel checks {_channel(r['seconds']):.1f} s, whole suite {r['suite_s']:.1f} s "
        f"(checks' own sum {sum(r['seconds'].values()):.1f} s; opening the folder "
        f"{r['open_s']:.1f} s), peak RSS {_gib(r['peak_rss'])} GiB"
        + (f" (+ Spark JVM peak {_gib(r['jvm_peak'])} GiB)" if r["jvm_peak"] else "")
    )
    print("  slowest: " + ", ".join(f"{c} {s:.1f} s" for c, s in slow))
    errors = r["errors"]
    print(f"  errors: {errors if errors else 'none'}", flush=True)


def table(rows: list[tuple[int, int, dict[str, Any]]]) -> str:
    lines = [
        "| events | customers | channel checks s | whole suite s | peak RSS GiB |",
        "|---:|---:|---:|---:|---:|",
    ]
    for events, customers, r in sorted(rows, key=lambda row: row[0]):
        lines.append(
            f"| {events:,} | {customers:,} | {_channel(r['seconds']):.1f} | "
            f"{r['suite_s']:.1f} | {_gib(r['peak_rss'])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1m,10m,20m,100m")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "scale")
    parser.add_argument("--config", type=Path, help="audit.yaml (default: the base's, base.json)")
    parser.add_argument("--period", default="2026Q3")
    parser.add_argument("--base-size", default="20m", help="the size E1, T1, T4 and Spark use")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--spark", action="store_true", help="also the base size on Spark")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        job = json.loads(args.child)
        work = child_suite if job["kind"] == "suite" else child_baseline
        print(json.dumps(work(job)))
        return
    config = args.config or Path(json.loads((args.out / "base.json").read_text())["config"])
    common = {"config": str(config), "period": args.period, "spill": str(args.out / "spill")}
    rows: list[tuple[int, int, dict[str, Any]]] = []
    duck: dict[str, dict[str, Any]] = {}
    for label in [s.strip().lower() for s in args.sizes.split(",") if s.strip()]:
        folder = args.out / f"canonical-{label}"
        counts = _marker(folder)
        events, customers = counts["contacts"], counts["customers"]
        job = {**common, "kind": "suite", "folder": str(folder), "engine": "duckdb"}
        r = fresh({**job, "events": events})
        print_suite(label, events, customers, r)
        rows.append((events, customers, r))
        duck[label] = r
    base = args.out / f"canonical-{args.base_size}"
    events = _marker(base)["contacts"]
    if not args.no_baselines:
        print(
            f"{args.base_size}: each check alone in a fresh process, then its SQL baseline "
            "on the same views; cold (first run), warm (second run)"
        )
        for check_id in BASELINE_CHECKS:
            job = {**common, "kind": "baseline", "folder": str(base), "check": check_id}
            b = fresh({**job, "events": events})
            (c0, c1), (b0, b1) = b["check_s"], b["baseline_s"]
            print(
                f"  {check_id}: check {c0:.2f} s / baseline {b0:.2f} s = {c0 / b0:.2f}x cold; "
                f"{c1:.2f} s / {b1:.2f} s = {c1 / b1:.2f}x warm; rows {b['rows']:,} vs "
                f"{b['baseline_rows']:,}: {'same' if b['same_rows'] else 'DIFFERENT'}"
                + (f"; errors {b['errors']}" if b["errors"] else ""),
            )
            phases = ", ".join(f"{k} {v:.2f} s" for k, v in b["phases"].items())
            print(f"      third run by phase: {phases}", flush=True)
    md = table(rows)
    print(md)
    write_table(md)
    if args.spark:
        job = {**common, "kind": "suite", "folder": str(base), "engine": "spark"}
        s = fresh({**job, "events": events})
        print_suite(f"{args.base_size} on Spark local[2]", events, _marker(base)["customers"], s)
        if args.base_size in duck:
            same = s["counts"] == duck[args.base_size]["counts"]
            print(f"  rows by check and verdict equal DuckDB's: {'yes' if same else 'NO'}")
            d = duck[args.base_size]["counts"]
            diff = {
                k: (d.get(k), s["counts"].get(k))
                for k in sorted(set(d) | set(s["counts"]))
                if d.get(k) != s["counts"].get(k)
            }
            if diff:
                print(f"  differences (DuckDB, Spark): {diff}")
        md += (
            f"\n\nThe {events:,}-event size on local Spark (local[2], driver 12g): channel checks "
            f"{_channel(s['seconds']):.1f} s, whole suite {s['suite_s']:.1f} s."
        )
        write_table(md)


def write_table(md: str) -> None:
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "scale-table.md").write_text(md + "\n")


if __name__ == "__main__":
    main()
