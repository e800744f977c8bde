"""'May I send this?', its answer: the audit's checks run on the planned messages' rows.

:func:`check_sends` loads the scenarios' dataset (:func:`~privacykit.training.scenario.
scenario_tables`) into an in-memory DuckDB and runs, through the audit's runner, the
registered checks of their channels and places, once per quarter. Each message's answer reads
the findings the audit would give if that message were its only one
(:func:`~privacykit.audit.runner.record_findings`): a rule judged through another rule's rows,
a check NOT EVALUATED for want of data, a check that crashed, all as the audit reports them.

The answer never says "allowed". It names the rules that block the message (violation) or ask
a person to review it (warning), with the reading and citation; otherwise it says "no rule the
kit checks blocks this; N rules are not evaluated from these inputs".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from privacykit.audit.findings import Finding, Status
from privacykit.audit.runner import record_findings, run_checks
from privacykit.config import AuditConfig
from privacykit.profile import parse_profile
from privacykit.rulebook import Rulebook, load_rulebook
from privacykit.rulebook.overrides import parse_policy
from privacykit.schema.load import load_rows
from privacykit.training.explorer import reaches
from privacykit.training.scenario import (
    NOT_LEGAL_ADVICE,
    SENDER,
    Scenario,
    checks_for,
    message_id,
    quarter_of,
    scenario_tables,
    sent_at_utc,
    zone_of,
)

ADULT = 18
# Words in the ids of the rulebook's rules on children and teens.
MINOR_WORDS = ("COPPA", "CHILD", "MINOR", "TEEN", "AADC")
_RANK = {Status.VIOLATION: 0, Status.WARNING: 1, Status.ERROR: 2, Status.NOT_EVALUATED: 3}


@dataclass(frozen=True)
class Block:
    """A rule that blocks (violation) or questions (warning) the message, and why."""

    rule_id: str
    title: str
    status: str  # 'violation' or 'warning'
    reason: str  # the reading that produced the verdict
    detail: str  # the evidence: zones, windows, days counted
    citation: str
    url: str


@dataclass(frozen=True)
class Answer:
    """The checker's answer for one planned message."""

    scenario: Scenario
    sent_at_utc: dt.datetime
    zone: str
    blocks: tuple[Block, ...]
    not_evaluated: dict[str, tuple[str, ...]] = field(default_factory=dict)  # rule -> missing
    passed: tuple[str, ...] = ()
    not_checked: tuple[str, ...] = ()  # rules of the channel and place the checks run not judge
    errors: dict[str, str] = field(default_factory=dict)  # rule -> the check's crash
    minors: tuple[str, ...] = ()  # rules on minors that may reach a recipient under 18

    @property
    def blocked(self) -> bool:
        return any(b.status == "violation" for b in self.blocks)

    @property
    def text(self) -> str:
        """The answer in words, never 'allowed', with the not-legal-advice line."""
        n = len(self.not_evaluated)
        unknown = f"{n} {'rule is' if n == 1 else 'rules are'} not evaluated from these inputs"
        if self.errors:
            unknown += f"; {len(self.errors)} could not be judged (a check failed)"
        if self.minors:
            unknown += (
                f"; the recipient is {self.scenario.age}: {len(self.minors)} rules on minors "
                "are not judged for one message"
            )
        if self.blocked:
            bad = [b for b in self.blocks if b.status == "violation"]
            head = "Blocked by " + "; ".join(f"{b.rule_id} ({b.reason})" for b in bad)
        elif self.blocks:
            head = "Needs a person's review: " + "; ".join(
                f"{b.rule_id} ({b.reason})" for b in self.blocks
            )
        else:
            return f"No rule the kit checks blocks this; {unknown}. {NOT_LEGAL_ADVICE}"
        return f"{head}. {unknown[0].upper()}{unknown[1:]}. {NOT_LEGAL_ADVICE}"


def check_send(s: Scenario, rulebook: Rulebook | None = None) -> Answer:
    """Judge the planned message ``s`` with the audit's checks for its channel and place."""
    return check_sends([s], rulebook)[0]


def check_sends(scenarios: Sequence[Scenario], rulebook: Rulebook | None = None) -> list[Answer]:
    """Judge several planned messages: one dataset and one run of the checks per quarter.

    Each answer is the one :func:`check_send` gives that scenario alone: the scenarios share
    no person, number or address, and each is read from its own rows.
    """
    rulebook = rulebook or load_rulebook()
    config = AuditConfig(
        Path("may-i-send-this.yaml"), parse_profile(dict(SENDER)), parse_policy([], [], rulebook)
    )
    tz = config.profile.timezone
    quarters: dict[str, list[int]] = {}
    for n, s in enumerate(scenarios):
        quarters.setdefault(quarter_of(sent_at_utc(s), tz).label, []).append(n)
    answers: dict[int, Answer] = {}
    for members in quarters.values():
        group = [scenarios[n] for n in members]
        con = load_rows(scenario_tables(group))
        try:
            ids = sorted({c for s in group for c in checks_for(s)})
            period = quarter_of(sent_at_utc(group[0]), tz)
            run = run_checks(con, config, rulebook, period, None, ids)
        finally:
            con.close()
        for k, n in enumerate(members):
            found = record_findings(run, rulebook, message_id(k), checks_for(scenarios[n]))
            answers[n] = _answer(scenarios[n], found, rulebook)
    return [answers[n] for n in range(len(scenarios))]


def _answer(s: Scenario, findings: list[Finding], rulebook: Rulebook) -> Answer:
    sent = sent_at_utc(s)
    worst: dict[str, Finding] = {}
    for f in findings:
        if f.status in (Status.NOT_APPLICABLE, Status.NOT_CHECKED):
            continue
        known = worst.get(f.rule_id)
        if known is None or _RANK.get(f.status, 9) < _RANK.get(known.status, 9):
            worst[f.rule_id] = f
    blocks = [
        _block(f, rulebook, sent.date())
        for f in worst.values()
        if f.status in (Status.VIOLATION, Status.WARNING)
    ]
    blocks.sort(key=lambda b: (b.status != "violation", b.rule_id))
    missing = {r: f.missing for r, f in worst.items() if f.status is Status.NOT_EVALUATED}
    errors = {r: f.error or "" for r, f in worst.items() if f.status is Status.ERROR}
    passed = sorted(r for r, f in worst.items() if f.status is Status.PASS)
    named = {f.rule_id for f in findings}
    here = _rules_here(s, rulebook, sent.date(), SENDER["industries"])
    minors: tuple[str, ...] = ()
    if s.age is not None and s.age < ADULT:
        every = _rules_here(s, rulebook, sent.date(), None)
        minors = tuple(r for r in every if any(w in r for w in MINOR_WORDS))
    return Answer(
        s,
        sent,
        zone_of(s),
        tuple(blocks),
        dict(sorted(missing.items())),
        tuple(passed),
        tuple(r for r in here if r not in named),
        dict(sorted(errors.items())),
        minors,
    )


def _block(f: Finding, rulebook: Rulebook, on: dt.date) -> Block:
    rows = f.rows
    bad = rows[rows["verdict"] == f.status.value] if not rows.empty else rows
    row = bad.iloc[0] if not bad.empty else None
    rule = rulebook.get(f.rule_id, on)
    cite = rule.citations[0]
    reading = _text(row, "reading") if row is not None else ""
    if f.note and reading:
        reading += f" ({f.note})"
    detail = _text(row, "detail") if row is not None else ""
    return Block(
        f.rule_id, rule.title, f.status.value, reading or rule.title, detail,
        cite.ref, cite.url,
    )  # fmt: skip


def _rules_here(
    s: Scenario, rulebook: Rulebook, on: dt.date, industries: Sequence[str] | None
) -> tuple[str, ...]:
    """Rules in force on ``on`` for the message's channel that reach the recipient's place."""
    channel = "phone" if s.channel == "call" else s.channel
    out = []
    for rule in rulebook.applicable(industries=industries, channels=[channel], on=on):
        if any(reaches(s.place, j) for j in rule.jurisdictions_on(on)):
            out.append(rule.id)
    return tuple(sorted(out))


def _text(row: pd.Series, column: str) -> str:
    value = row.get(column)
    return str(value) if value is not None and pd.notna(value) else ""
