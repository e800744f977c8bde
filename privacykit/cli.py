"""The ``privacykit`` command: parse arguments, call the library, map errors to exit codes.

Exit codes: 0 success; 2 bad input (an unknown rule id, a bad filter or date, an invalid
configuration or rulebook), with a message on standard error saying what to fix.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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
    except PrivacyKitError as exc:
        print(f"privacykit: {exc}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_INPUT  # pragma: no cover - argparse requires a command


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


def _is_jurisdiction(code: str) -> bool:
    from privacykit.rulebook.values import is_jurisdiction

    return is_jurisdiction(code)


def _filters(*groups: Sequence[str] | None) -> str:
    parts = [", ".join(g) for g in groups if g]
    return f" for {' / '.join(parts)}" if parts else ""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
