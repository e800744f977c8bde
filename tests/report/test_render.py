"""The report's sections: masked by default, every value escaped, bounded samples, no script.

A small audit result is built by hand on the kit's real rulebook: a calling-hours violation
with 25 flagged rows (payloads in its reading, detail, customer and record ids), a waived row,
an error, a rule not evaluated, one not checked by the kit and one not applicable.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

from privacykit.audit.findings import Finding, Status
from privacykit.audit.quality import DataIssue
from privacykit.audit.result import (
    AuditResult,
    Comparison,
    HistoryPoint,
    InputFile,
    RunInfo,
    WaiverUse,
)
from privacykit.audit.runner import AuditRun
from privacykit.checks.evidence import EVIDENCE
from privacykit.config import AuditConfig
from privacykit.period import Period
from privacykit.profile import CompanyProfile
from privacykit.report import charts, render
from privacykit.rulebook import Rulebook
from privacykit.rulebook.models import Channel, Citation, Industry, Severity, Unit
from privacykit.rulebook.overrides import CompanyPolicy, Override, Waiver
from privacykit.schema.coverage import Coverage, CoverageWarning
from privacykit.schema.load import LoadReport, Note, SourceCount

SCRIPT = "<script>window.__pkx=1</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
PAYLOADS = (SCRIPT, IMG, SVG)
EMAIL = "jane.doe@example.com"
PHONE = "+13125550142"
HOURS = "TCPA-CALL-HOURS"  # violations
DNC = "TCPA-COMPANY-DNC"  # warnings only
ERROR = "GLBA-OPT-OUT-EFFECT"  # the check crashed; a value of it is UNCONFIRMED
MISSING = "CANSPAM-OPTOUT-HONOR"  # not evaluated
TAUGHT = "CANSPAM-NO-TRANSFER"  # not checked by the kit
NOT_APPLICABLE = "HIPAA-SALE-OF-PHI"
CLEAN = "TSR-CALL-HOURS"  # pass


def evidence(rule_id: str, check_id: str, verdicts: list[str], **values: object) -> pd.DataFrame:
    n = len(verdicts)
    rows: dict[str, list[object]] = {c: [None] * n for c in EVIDENCE}
    rows.update(
        rule_id=[rule_id] * n,
        record_table=["contacts"] * n,
        record_id=[f"c{i}" for i in range(n)],
        customer_id=[f"cust{i % 7}" for i in range(n)],
        channel=["call"] * n,
        address=[PHONE] * n,
        event_at=[dt.datetime(2026, 7, 1, 12) + dt.timedelta(hours=i) for i in range(n)],
        verdict=verdicts,
        reading=["outside the window"] * n,
        detail=[""] * n,
    )
    for key, value in values.items():
        rows[key] = value if isinstance(value, list) else [value] * n
    frame = pd.DataFrame(rows)
    frame["check_id"] = check_id
    frame["fingerprint"] = [f"{rule_id}|{check_id}|{r}" for r in frame["record_id"]]
    frame["waived_by"] = pd.Series([None] * n, dtype="object")
    return frame


def hours_rows() -> pd.DataFrame:
    """25 flagged rows (22 violations, 3 warnings), one waived, payloads in the first three."""
    verdicts = ["warning"] * 3 + ["violation"] * 22
    rows = evidence(HOURS, "T1", verdicts)
    for i, payload in enumerate(PAYLOADS):
        rows.loc[i + 3, ["reading", "detail", "customer_id", "record_id"]] = [
            f"{payload} call {PHONE}",
            f"{payload} mail {EMAIL}",
            payload,
            payload,
        ]
    rows.loc[3, "address"] = EMAIL
    rows.loc[24, "waived_by"] = "Dana: pilot (until 2026-12-31)"
    return rows


def finding(
    rule_id: str, check_id: str, status: Status, rows: pd.DataFrame | None = None, **more: object
) -> Finding:
    frame = rows if rows is not None else pd.DataFrame()
    return Finding(rule_id, check_id, status, Severity.HIGH, rule_id, "cite", frame, **more)  # type: ignore[arg-type]


def build(
    rulebook: Rulebook, *, show: bool = False, rows: bool = True, previous: str | None = "run-0"
) -> AuditResult:
    hours = hours_rows() if rows else evidence(HOURS, "T1", [])
    dnc = evidence(DNC, "T2", ["warning", "warning"]) if rows else evidence(DNC, "T2", [])
    found = (
        finding(HOURS, "T1", Status.VIOLATION if rows else Status.PASS, hours),
        finding(DNC, "T2", Status.WARNING if rows else Status.PASS, dnc),
        finding(ERROR, "P13", Status.ERROR, error=f"RuntimeError: {SCRIPT}"),
        finding(MISSING, "E1", Status.NOT_EVALUATED, missing=("optouts.received_at",)),
        finding(TAUGHT, "", Status.NOT_CHECKED, note="taught only"),
        finding(NOT_APPLICABLE, "P17", Status.NOT_APPLICABLE),
        finding(CLEAN, "T1", Status.PASS),
    )
    period = Period("2026Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "America/New_York")
    as_of = dt.datetime(2026, 10, 1, 4)
    run = AuditRun(
        period,
        as_of,
        found,
        pd.concat([hours, dnc], ignore_index=True),
        {"T1": 0.5},
        "0.108",
        (DataIssue("contacts", f"problem {IMG}", "effect", 2, ("c1",)),),
    )
    info = RunInfo(
        "run-1",
        f"Acme {SCRIPT}",
        "audit.yaml",
        "2026Q3",
        period.first,
        period.last,
        period.timezone,
        as_of,
        rulebook.version,
        "0.1.0",
        {"duckdb": "2.0", "holidays": "0.108"},
        {"period": "2026Q3", "config": "audit.yaml"},
        show,
        dt.datetime(2026, 10, 2, 9, tzinfo=dt.UTC),
        {"checks": 1.5},
    )
    profile = CompanyProfile("Acme", (Industry.RETAIL,), ("US",), (Channel.PHONE,), "UTC")
    waiver = Waiver(HOURS, f"pilot {IMG}", "Dana", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    policy = CompanyPolicy(
        (Override(HOURS, "window_start", dt.time(9), Unit.TIME_OF_DAY),), (waiver,)
    )
    load = LoadReport(
        [
            SourceCount("contacts", "sources[1] (a.csv)", 10, 8, 2),
            SourceCount("contacts", "sources[2] (b.csv)", 5, 5, 0),
        ],
        [Note("contacts", "sources[1] (a.csv)", "sent_at", f"not a date {SVG}", 1, ("row 3",))],
        [Note("contacts", "sources[1] (a.csv)", "", "no usable sent_at", 2, ("row 4",))],
        [Coverage("contacts", "sent_at", 13, dt.datetime(2026, 7, 1), dt.datetime(2026, 9, 30))],
    )
    fps = list(hours["fingerprint"])
    return AuditResult(
        info=info,
        config=AuditConfig(Path("audit.yaml"), profile, policy),
        rulebook=rulebook,
        run=run,
        load=load,
        coverage_warnings=(CoverageWarning("optouts", f"no rows {SCRIPT}"),),
        inputs=(
            InputFile("contacts", "sources[1] (a.csv)", "data/a.csv", "ab" * 32, 99, 10, 8, 2),
        ),
        waivers=(WaiverUse(waiver, "applied", 1),),
        comparison=Comparison(
            previous, frozenset(fps[:5]), frozenset(fps[5:]), {"x": (HOURS, "T1")}
        )
        if previous
        else Comparison(None),
        trend=(
            HistoryPoint("run-0", f"Q2 {SVG}", "2026-07-01T00:00", 3, 1),
            HistoryPoint("run-1", "2026Q3", "2026-10-02T09:00", 21, 5),
        ),
        queries={"T1": "SELECT 1 WHERE a < b"},
        lessons={HOURS: ("Calling hours", "notebooks/03-calls.ipynb")},
    )


@pytest.fixture(scope="module")
def result(rulebook: Rulebook) -> AuditResult:
    return build(rulebook)


def whole(result: AuditResult) -> str:
    return str(render.report(result))


def section(html: str, rule_id: str) -> str:
    start = html.index(f'id="rule-{rule_id}"')
    end = html.find('<section class="pk-rule ', start)
    return html[start : end if end != -1 else len(html)]


def sample_table(html: str) -> str:
    match = re.search(r'<table class="pk-table pk-sample">.*?</table>', html, re.S)
    return match.group(0) if match else ""


def test_every_section_is_html_in_a_pk_section(result: AuditResult) -> None:
    fns = (
        render.header,
        render.summary,
        render.charts,
        render.rule_sections,
        render.data_quality,
        render.not_evaluated,
        render.waivers,
        render.appendix,
    )
    for fn in fns:
        out = fn(result)
        assert isinstance(out, render.Html)
        assert out._repr_html_() == out
        assert out.startswith('<section class="pk pk-'), fn.__name__
    assert render.style().startswith("<style>")


def test_personal_data_is_masked_by_default(result: AuditResult) -> None:
    html = whole(result)
    assert EMAIL not in html and "3125550142" not in html
    assert "j***@example.com" in html and "***-***-0142" in html
    assert "cust1" in html  # ids stay readable


def test_show_personal_data_unmasks(rulebook: Rulebook) -> None:
    html = str(render.rule_sections(build(rulebook, show=True)))
    assert EMAIL in html and PHONE in html
    assert "Shown, not masked" in render.header(build(rulebook, show=True))


def test_payloads_are_escaped_everywhere(result: AuditResult) -> None:
    html = whole(result)
    for raw in ("<script", "<img", "<svg onload", "onerror=alert(1)>"):
        assert raw not in html
    assert "&lt;script&gt;window.__pkx=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&#34;&gt;&lt;svg onload=alert(1)&gt;" in html


def test_chart_labels_are_escaped() -> None:
    bars = [charts.Bar(p, 3, 1, f"rule-{p}") for p in PAYLOADS]
    out = charts.bar_chart(bars, SCRIPT) + charts.trend_chart([charts.Point(SVG, 1, 2, IMG)], IMG)
    for raw in ("<script", "<img", "<svg onload"):
        assert raw not in out


def test_sample_holds_at_most_twenty_rows_violations_first(result: AuditResult) -> None:
    table = sample_table(section(str(render.rule_sections(result)), HOURS))
    verdicts = re.findall(r'pk-badge pk-st-(violation|warning)">', table)
    assert len(verdicts) == 20  # of 24 flagged, not waived
    assert verdicts == sorted(verdicts, key=lambda v: v != "violation")


def test_waived_rows_do_not_count(result: AuditResult) -> None:
    html = str(render.summary(result))
    # 22 violations, one of them waived; 3 + 2 warnings
    assert '<span class="pk-card-n">21</span>' in html
    assert '<span class="pk-card-n">5</span>' in html
    stats = section(str(render.rule_sections(result)), HOURS)
    assert "<dt>Waived</dt><dd>1</dd>" in stats


def test_rules_most_serious_first(result: AuditResult) -> None:
    html = str(render.rule_sections(result))
    assert html.index(f'id="rule-{ERROR}"') < html.index(f'id="rule-{HOURS}"')
    assert html.index(f'id="rule-{HOURS}"') < html.index(f'id="rule-{DNC}"')
    assert f'id="rule-{CLEAN}"' not in html and f'id="rule-{MISSING}"' not in html


def test_finding_without_rows_has_no_sample_and_shows_its_error(result: AuditResult) -> None:
    part = section(str(render.rule_sections(result)), ERROR)
    assert sample_table(part) == ""
    assert "RuntimeError: &lt;script&gt;" in part
    assert "UNCONFIRMED" in part  # its UNCONFIRMED value is marked


def test_rule_section_content(result: AuditResult) -> None:
    part = section(str(render.rule_sections(result)), HOURS)
    rule = result.rulebook.versions(HOURS)[-1]
    assert "What the rule says" in part and "What to do" in part
    assert "company override" in part  # window_start 09:00 over the law's 08:00
    assert "09:00" in part and "08:00" in part
    assert "notebooks/03-calls.ipynb" in part and 'href="notebooks' not in part
    for c in rule.citations:
        assert f'href="{c.url}" rel="noopener noreferrer"' in part.replace("&amp;", "&")


def test_citation_links_only_web_addresses() -> None:
    cite = render._env().get_template("_macros.html.j2").module.cite  # type: ignore[attr-defined]
    assert "href" not in str(cite(Citation("47 USC 227", "javascript:alert(1)")))
    assert 'href="https://example.gov/x"' in str(
        cite(Citation("47 USC 227", "https://example.gov/x"))
    )


def test_not_evaluated_not_checked_and_not_applicable_listed(result: AuditResult) -> None:
    html = str(render.not_evaluated(result))
    assert MISSING in html and "optouts.received_at" in html
    assert TAUGHT in html and "taught only" in html
    assert "Rules not applicable" in html and "HIPAA Privacy Rule" in html


def test_summary_tables_and_comparison(result: AuditResult, rulebook: Rulebook) -> None:
    html = str(render.summary(result))
    assert "Telephone Consumer Protection Act" in html and "Phone calls" in html
    assert "Compared with run" in html and "run-0" in html
    assert f'href="#rule-{HOURS}"' in html
    first = str(render.summary(build(rulebook, previous=None)))
    assert "first run of this configuration" in first


def test_data_quality_and_waivers_and_appendix(result: AuditResult) -> None:
    quality = str(render.data_quality(result))
    assert "no usable sent_at" in quality and "Coverage warnings" in quality
    assert "spans the period" in quality
    waivers = str(render.waivers(result))
    assert "Dana" in waivers and "applied" in waivers
    appendix = str(render.appendix(result))
    assert "ab" * 32 in appendix and "SELECT 1 WHERE a &lt; b" in appendix
    assert "holidays" in appendix


def test_charts_render_with_no_rows_and_one_run(rulebook: Rulebook) -> None:
    empty = build(rulebook, rows=False)
    empty = dataclasses.replace(empty, trend=empty.trend[-1:])
    html = str(render.charts(empty))
    assert "No violations or warnings to chart." in html
    assert html.count("<svg") == 1  # the trend, with its one run


def test_charts_with_long_labels() -> None:
    label = "STATE-PRIVACY-" + "VERY-LONG-RULE-ID-" * 6
    out = str(charts.bar_chart([charts.Bar(label, 5, 2)], "by rule"))
    assert "…" in out and label in out  # shortened on the axis, whole in the tooltip
    many = [charts.Bar(f"R{i}", i + 1, 0) for i in range(40)]
    assert "and 20 more" in charts.bar_chart(many, "many")
    assert "<svg" in charts.trend_chart([charts.Point("2026Q3-" * 5, 0, 0)], "trend")


def test_no_script_and_no_address_outside_links(result: AuditResult) -> None:
    html = whole(result)
    assert "<script" not in html.lower()
    assert "@import" not in html and "url(" not in html
    links = re.findall(r'<a [^>]*href="(https?://[^"]*)"[^>]*>', html)
    tags = re.findall(r"<a [^>]*http[^>]*>", html)
    assert links and all("noopener noreferrer" in tag for tag in tags)
    assert "http" not in re.sub(r'href="https?://[^"]*"', "", html)
