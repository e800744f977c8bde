"""The ``privacykit`` command: parse arguments, call the library, map errors to exit codes.

Exit codes: 0 success; 2 bad input (an unknown rule id, a bad filter or date, an invalid
configuration or rulebook), with a message on standard error saying what to fix.
``privacykit audit`` adds: 1 a violation at or above the configured severity (``output.fail_on``),
2 also for a data or execution error (the executed notebook is kept and named), 3 a check ended
in error. Quarantined rows alone do not make exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import sys
from collections.abc import Sequence

from privacykit import __version__
from privacykit.errors import PrivacyKitError
from privacykit.rulebook.models import Channel, Industry

EXIT_OK, EXIT_INPUT = 0, 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="privacykit",
        description="Compliance training and audit kit for database marketers (not legal advice).",
    )
    parser.add_argument("--version", action="version", version=f"privacykit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    rules = sub.add_parser(
        "rules",
        help="list the rules (filtered), or 'rules show ID' for one rule",
        description="List the rulebook's rules in force on a date, or show one rule with "
        "'privacykit rules show ID'.",
    )
    rules.add_argument(
        "action", nargs="*", metavar="show ID", help="show one rule and its versions"
    )
    rules.add_argument(
        "--industry", action="append", choices=[i.value for i in Industry if i is not Industry.ANY]
    )
    rules.add_argument("--channel", action="append", choices=[c.value for c in Channel])
    rules.add_argument("--jurisdiction", action="append", help="US, US-CA, CA, CA-QC, EU, UK, ...")
    rules.add_argument("--on", type=_date, help="the date (YYYY-MM-DD); default: today")
    rules.add_argument(
        "--profile", help="an audit configuration (company:, overrides:, waivers:) to select by"
    )
    rules.add_argument("--format", choices=["text", "json"], default="text")
    sub.add_parser(
        "schema",
        help="print the canonical data model (tables and columns) as a Markdown reference",
    )
    mapping = sub.add_parser(
        "map",
        help="draft a mapping from exports ('map suggest FILE...') or check one ('map check')",
        description="'privacykit map suggest FILE...' drafts a mapping from the files' headers "
        "and sampled values for you to review; 'privacykit map check CONFIG' validates an audit "
        "configuration and its mapping, loads the data, and explains every row it could not use.",
    )
    msub = mapping.add_subparsers(dest="map_command", required=True)
    suggest = msub.add_parser("suggest", help="draft a mapping (YAML) from export files")
    suggest.add_argument("files", nargs="+", help="CSV, TSV, Parquet or xlsx exports")
    suggest.add_argument("--out", help="write the draft here (default: print it)")
    suggest.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    check = msub.add_parser("check", help="validate a configuration and load its data")
    check.add_argument("config", help="the audit configuration (YAML)")
    check.add_argument(
        "--period",
        help="audit period: 2026Q3, 2026-08 or 2026-07-01..2026-09-30 "
        "(default: the last full quarter)",
    )
    sample = sub.add_parser(
        "sample",
        help="write the synthetic sample company's exports, configuration and labels",
    )
    sample.add_argument("--customers", type=int, default=1000, help="how many (default 1000)")
    sample.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    sample.add_argument("--out", required=True, help="an empty or new folder")
    sample.add_argument("--overwrite", action="store_true", help="replace a previous sample")
    audit = sub.add_parser(
        "audit",
        help="run the quarterly audit: notebook, HTML report, findings, remediation lists",
        description="Run audits/quarterly_audit.ipynb with papermill on the configuration's "
        "data for a period, render report.html with nbconvert, and write the run's folder "
        "(findings, quarantine, remediation lists, manifest). Exit 0: no violation at or above "
        "output.fail_on; 1: violations; 2: configuration, data or execution error; 3: a check "
        "ended in error.",
    )
    audit.add_argument("--config", required=True, help="the audit configuration (YAML)")
    audit.add_argument(
        "--period", help="2026Q3, 2026-08 or 2026-07-01..2026-09-30 (default: last full quarter)"
    )
    audit.add_argument("--from", dest="date_from", type=_date, help="first day (with --to)")
    audit.add_argument("--to", dest="date_to", type=_date, help="last day (with --from)")
    audit.add_argument(
        "--as-of", help="read data and history up to the end of this day (YYYY-MM-DD)"
    )
    audit.add_argument(
        "--checks", default="", help="run only these checks (comma-separated ids, e.g. E1,T6)"
    )
    audit.add_argument(
        "--show-personal-data",
        action="store_true",
        help="do not mask personal data in the report and findings (the manifest records it)",
    )
    export = sub.add_parser(
        "export-canonical",
        help="load the mapped data and write its canonical tables as Parquet (for Spark)",
        description="Load the configuration's mapped sources (every row checked; bad rows "
        "quarantined) and write each canonical table, the derived people and suppressions, and "
        "the quarantine as <table>.parquet in a new folder: the input of 'canonical:' on DuckDB "
        "or Spark. The folder holds personal data as loaded: keep it as your source data.",
    )
    export.add_argument("--config", required=True, help="the audit configuration (YAML)")
    export.add_argument("--to", required=True, help="a new folder (or an earlier export)")
    lab = sub.add_parser(
        "lab",
        help="open the lessons in JupyterLab, at 'Start here'",
        description="Start JupyterLab on the kit's folder and open notebooks/00-start-here.ipynb.",
    )
    lab.add_argument("--port", type=int, help="the port (default: JupyterLab's, 8888)")
    lab.add_argument("--no-browser", action="store_true", help="print the address only")
    init = sub.add_parser(
        "init",
        help="write a commented starting configuration and mapping for a team",
    )
    init.add_argument("folder", help="where to write audit.yaml and mapping.yaml")
    init.add_argument("--force", action="store_true", help="replace existing files")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _rules(args)
        if args.command == "schema":
            from privacykit.schema.canonical import reference_markdown

            print(reference_markdown())
            return EXIT_OK
        if args.command == "map":
            return _map(args)
        if args.command == "sample":
            return _sample(args)
        if args.command == "audit":
            return _audit(args)
        if args.command == "init":
            return _init(args)
        if args.command == "export-canonical":
            return _export(args)
        if args.command == "lab":
            return _lab(args)
    except PrivacyKitError as exc:
        print(f"privacykit: {exc}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_INPUT  # pragma: no cover - argparse requires a command


def _lab(args: argparse.Namespace) -> int:
    import subprocess

    from privacykit.training.lab import ROOT, lab_command

    try:
        cmd = lab_command(args.port, args.no_browser)
    except FileNotFoundError as exc:
        print(f"privacykit: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(f"Opening the lessons in JupyterLab (stop it with Ctrl+C): {' '.join(cmd[2:])}")
    try:
        return subprocess.call(cmd, cwd=ROOT)
    except KeyboardInterrupt:
        return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from privacykit.config import load_config
    from privacykit.engine import connect_duckdb, export_canonical
    from privacykit.rulebook import load_rulebook
    from privacykit.schema.load import load_sources
    from privacykit.schema.mapping import parse_mapping

    config = load_config(args.config, load_rulebook())
    where = str(config.mapping_path or config.path)
    sources = parse_mapping(config.mapping, config.mapping_dir, where=where)
    con = connect_duckdb(config.engine.duckdb)
    report = load_sources(sources, con)
    rows = export_canonical(con, pathlib.Path(args.to))
    quarantined = sum(c.quarantined for c in report.counts)
    for name, n in rows.items():
        print(f"{name}: {n:,} rows")
    print(f"wrote {len(rows)} tables to {args.to} ({quarantined:,} rows quarantined)")
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from privacykit import console
    from privacykit.rulebook import load_rulebook
    from privacykit.rulebook.export import rule_to_dict, rulebook_summary

    rulebook = load_rulebook()
    on = args.on or dt.date.today()
    if args.action:
        if len(args.action) != 2 or args.action[0] != "show":
            print("privacykit: usage: privacykit rules show ID", file=sys.stderr)
            return EXIT_INPUT
        versions = rulebook.versions(args.action[1])
        if args.format == "json":
            print(
                json.dumps(
                    {"id": versions[0].id, "versions": [rule_to_dict(v) for v in versions]},
                    indent=2,
                    ensure_ascii=False,
                )
            )
        else:
            print(console.format_rule(versions, args.on))
        return EXIT_OK
    settings = None
    industries, channels, jurisdictions = args.industry, args.channel, args.jurisdiction
    if args.profile:
        from privacykit.config import load_config

        settings = load_config(args.profile, rulebook)
        industries = industries or [i.value for i in settings.profile.industries]
        channels = channels or [c.value for c in settings.profile.channels]
        jurisdictions = jurisdictions or list(settings.profile.jurisdictions)
    bad = [j for j in jurisdictions or [] if not _is_jurisdiction(j)]
    if bad:
        print(
            f"privacykit: not jurisdiction codes: {', '.join(bad)} "
            "(use US, US-CA, CA, CA-QC, EU, UK)",
            file=sys.stderr,
        )
        return EXIT_INPUT
    rules = rulebook.applicable(industries, channels, jurisdictions, on)
    if args.format == "json":
        doc = {
            "rulebook": rulebook_summary(rulebook),
            "on": on.isoformat(),
            "filters": {
                "industries": industries,
                "channels": channels,
                "jurisdictions": jurisdictions,
            },
            "rules": [rule_to_dict(r) for r in rules],
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(console.format_rulebook_header(rulebook))
    if settings:
        print(console.format_company(settings, rules, on))
    print()
    print(
        console.format_rule_table(
            rules,
            f"Rules in force on {on}{_filters(industries, channels, jurisdictions)}:",
            rulebook.regimes,
        )
    )
    return EXIT_OK


def _map(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.map_command == "suggest":
        from privacykit.fsutil import write_atomic
        from privacykit.schema.suggest import suggest_mapping

        draft = suggest_mapping([Path(f) for f in args.files])
        if not args.out:
            print(draft.to_yaml())
        else:
            out = Path(args.out)
            if out.exists() and not args.force:
                print(f"privacykit: {out} exists; pass --force to replace it", file=sys.stderr)
                return EXIT_INPUT
            write_atomic(out, draft.to_yaml())
            print(f"Draft mapping written to {out}: review every line marked TODO or with a note.")
        for note in draft.notes:
            print(f"note: {note}", file=sys.stderr)
        return EXIT_OK
    from privacykit.config import load_config
    from privacykit.period import audit_period
    from privacykit.rulebook import load_rulebook
    from privacykit.schema.check import format_map_check, run_map_check

    config = load_config(args.config, load_rulebook())
    tz = config.profile.timezone
    period = audit_period(args.period, tz)
    if not config.mapping:
        print(f"privacykit: {args.config} has no mapping: key; add one", file=sys.stderr)
        return EXIT_INPUT
    print(format_map_check(run_map_check(config, period)))
    return EXIT_OK


def _sample(args: argparse.Namespace) -> int:
    from pathlib import Path

    from privacykit.sample.generate import generate

    if args.customers < 1:
        print("privacykit: --customers must be at least 1", file=sys.stderr)
        return EXIT_INPUT
    summary = generate(Path(args.out), args.customers, args.seed, overwrite=args.overwrite)
    print(
        f"Sample company written to {args.out}: {summary.total_rows:,} rows in "
        f"{len(summary.rows)} files.\nLoad it with: privacykit map check {summary.config}"
    )
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from privacykit import console
    from privacykit.report.build import EXIT_FAILED, run_audit_notebook

    period = args.period
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to) or period:
            print("privacykit: give --from and --to together, instead of --period", file=sys.stderr)
            return EXIT_INPUT
        period = f"{args.date_from}..{args.date_to}"
    outcome = run_audit_notebook(
        args.config, period, args.as_of, args.show_personal_data, args.checks
    )
    if outcome.exit_code == EXIT_FAILED:
        print(console.format_audit_failure(outcome), file=sys.stderr)
    else:
        print(console.format_audit_summary(outcome))
    return outcome.exit_code


def _init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from privacykit.starter import write_starter

    written = write_starter(Path(args.folder), force=args.force)
    print("Wrote " + ", ".join(str(p) for p in written) + ".")
    print(
        "Next: put your exports beside them, draft the mapping with 'privacykit map suggest "
        "FILE...', check it with 'privacykit map check', then run 'privacykit audit --config "
        f"{written[0]} --period 2026Q3'."
    )
    return EXIT_OK


def _is_jurisdiction(code: str) -> bool:
    from privacykit.rulebook.values import is_jurisdiction

    return is_jurisdiction(code)


def _filters(*groups: Sequence[str] | None) -> str:
    parts = [", ".join(g) for g in groups if g]
    return f" for {' / '.join(parts)}" if parts else ""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
