"""Waivers, fingerprints, comparison with earlier runs, and masking of evidence rows."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from privacykit.audit.history import baseline, compare, earlier_runs, fingerprints
from privacykit.audit.masking import mask_evidence, mask_text
from privacykit.audit.session import parse_as_of
from privacykit.audit.waivers import apply_waivers
from privacykit.engine import from_duckdb
from privacykit.period import parse_period
from privacykit.rulebook.overrides import Waiver

Q3 = parse_period("2026Q3", "America/New_York")


def rows(*specs: tuple[str, str, str, str]) -> pd.DataFrame:
    """(rule, record id, verdict, event_at UTC) -> evidence rows of contacts."""
    return pd.DataFrame(
        {
            "rule_id": [s[0] for s in specs],
            "check_id": ["T1"] * len(specs),
            "record_table": ["contacts"] * len(specs),
            "record_id": [s[1] for s in specs],
            "customer_id": ["C1"] * len(specs),
            "channel": ["call"] * len(specs),
            "address": ["+13125550142"] * len(specs),
            "event_at": pd.to_datetime([s[3] for s in specs]),
            "verdict": [s[2] for s in specs],
        }
    )


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    c = duckdb.connect()
    c.execute("CREATE TABLE contacts AS SELECT * FROM (VALUES ('k1', 'WINBACK'), ('k2', 'SPRING')) "
              "t(contact_id, campaign_id)")  # fmt: skip
    c.execute("CREATE TABLE customers AS SELECT 'C1' AS customer_id, 'FL' AS state")
    return c


def waiver(scope: str | None, approved: str, expires: str) -> Waiver:
    return Waiver("R", "re-verified", "Dana", dt.date.fromisoformat(approved),
                  dt.date.fromisoformat(expires), scope)  # fmt: skip


@pytest.mark.parametrize(
    ("w", "waived", "state"),
    [
        (waiver(None, "2026-06-01", "2026-12-31"), ["k1", "k2"], "applied"),
        (waiver("campaign:WINBACK", "2026-06-01", "2026-12-31"), ["k1"], "applied"),
        (waiver("channel:call", "2026-06-01", "2026-12-31"), ["k1", "k2"], "applied"),
        (waiver("state:fl", "2026-06-01", "2026-12-31"), ["k1", "k2"], "applied"),
        (waiver("state:OH", "2026-06-01", "2026-12-31"), [], "active (nothing to waive)"),
        (waiver("list:FOO", "2026-06-01", "2026-12-31"), [], "scope 'list:FOO' not understood"),
        (waiver(None, "2026-01-01", "2026-06-30"), [], "expired"),
        (waiver(None, "2026-10-01", "2026-12-31"), [], "not yet approved"),
        # expires mid-period: 23:30 New York on 2026-08-15 is still the 15th; the 16th is not
        (waiver(None, "2026-06-01", "2026-08-15"), ["k1"], "applied; expired on 2026-08-15"),
    ],
)
def test_waivers_cover_rows_of_their_rule_scope_and_days(
    con: duckdb.DuckDBPyConnection, w: Waiver, waived: list[str], state: str
) -> None:
    data = rows(
        ("R", "k1", "violation", "2026-08-16 03:30"),  # 23:30 on 15 August, New York
        ("R", "k2", "warning", "2026-08-16 04:30"),  # 00:30 on 16 August
        ("OTHER", "k1", "violation", "2026-08-01 12:00"),
        ("R", "k3", "pass", "2026-08-01 12:00"),
    )
    out, uses = apply_waivers(data, (w,), Q3, from_duckdb(con).tables)
    assert sorted(out.loc[out["waived_by"].notna(), "record_id"]) == waived
    assert uses[0].state.startswith(state) and uses[0].rows_waived == len(waived)
    assert "waived_by" not in data.columns  # the input is not modified


def test_fingerprints_are_stable_and_follow_the_record() -> None:
    a = rows(("R", "k1", "violation", "2026-08-01"), ("R", "k2", "violation", "2026-08-01"))
    b = rows(("R", "k1", "warning", "2026-09-01"))  # same record, other verdict and time
    fa, fb = fingerprints(a), fingerprints(b)
    assert fa[0] == fb[0] and fa[0] != fa[1] and len(fa[0]) == 16
    no_id = a.assign(record_id=[None, None])  # then customer, channel and time; not the address
    assert fingerprints(no_id)[0] == fingerprints(no_id.assign(address="x@y.org"))[0]
    later = no_id.assign(event_at=pd.to_datetime(["2026-08-02", "2026-08-02"]))
    assert fingerprints(no_id)[0] != fingerprints(later)[0]


def test_compare_says_new_recurring_and_resolved(tmp_path: Path) -> None:
    before = rows(("R", "k1", "violation", "2026-05-01"), ("R", "k2", "warning", "2026-05-01"),
                  ("R", "k3", "violation", "2026-05-01"))  # fmt: skip
    before["fingerprint"] = fingerprints(before)
    before["waived_by"] = [None, None, "Dana: re-verified"]  # waived then: never 'resolved' now
    before.to_parquet(tmp_path / "findings.parquet")
    now = rows(("R", "k1", "violation", "2026-08-01"), ("R", "k9", "violation", "2026-08-01"))
    now["fingerprint"] = fingerprints(now)
    c = compare(now, {"run_id": "r0", "_folder": str(tmp_path)})
    assert c.previous_run_id == "r0"
    assert c.recurring == {now["fingerprint"][0]} and c.new == {now["fingerprint"][1]}
    assert list(c.resolved.values()) == [("R", "T1")]
    first = compare(now, None)
    assert first.previous_run_id is None and first.new == set(now["fingerprint"])
    # a run of other checks only does not resolve this check's rows
    assert compare(now, {"run_id": "r0", "_folder": str(tmp_path)}, {"E1"}).resolved == {}


def test_the_baseline_is_the_last_full_run_of_the_period_else_the_last_full_run() -> None:
    runs = [
        {"run_id": "q2", "period": "2026Q2"},
        {"run_id": "q3", "period": "2026Q3"},
        {"run_id": "q3-e1", "period": "2026Q3", "checks": "E1"},
        {"run_id": "q2-again", "period": "2026Q2"},
    ]
    assert baseline(runs, "2026Q3")["run_id"] == "q3"  # type: ignore[index]
    assert baseline(runs, "2026Q4")["run_id"] == "q2-again"  # type: ignore[index]
    assert baseline(runs[2:3], "2026Q3") is None


def test_earlier_runs_skip_half_built_and_other_configurations(tmp_path: Path) -> None:
    runs = [("r2", "c", "2026-10-02"), ("r1", "c", "2026-10-01"),
            (".partial-r3", "c", "2026-10-03"), ("r4", "other", "2026-10-04")]  # fmt: skip
    for name, cfg, finished in runs:
        (tmp_path / "runs" / name).mkdir(parents=True)
        record = {"run_id": name, "config_id": cfg, "finished_at": finished}
        (tmp_path / "runs" / name / "history.json").write_text(json.dumps(record))
    (tmp_path / "runs" / "r5").mkdir()  # no history record: not a finished run
    assert [r["run_id"] for r in earlier_runs(tmp_path, "c")] == ["r1", "r2"]


def test_masking_hides_addresses_and_numbers_in_text_but_not_dates() -> None:
    text = "sent to jane.doe@example.com and +13125550142 (312) 555-0142 on 2026-07-01 10:00:00"
    assert mask_text(text) == (
        "sent to j***@example.com and ***-***-0142 ***-***-0142 on 2026-07-01 10:00:00"
    )
    masked = mask_evidence(rows(("R", "k1", "violation", "2026-08-01")))
    assert masked["address"][0] == "***-***-0142" and masked["record_id"][0] == "k1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-10-05", dt.datetime(2026, 10, 6, 4, 0)),  # end of the day, New York (EDT)
        ("2026-12-05", dt.datetime(2026, 12, 6, 5, 0)),  # EST
        ("2026-10-05T12:00:00+00:00", dt.datetime(2026, 10, 5, 12, 0)),
    ],
)
def test_as_of(text: str, expected: dt.datetime) -> None:
    assert parse_as_of(text, "America/New_York") == expected
