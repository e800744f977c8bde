"""The company profile decides which rules apply: a retailer is not audited under HIPAA.

The sample company runs pharmacies (health), a store card (financial) and a children's site.
Audited on the same data as a plain retailer, every HIPAA, GLBA and COPPA rule that a check
audits is reported NOT APPLICABLE (not 'not evaluated': the data is there) with no evidence
rows, while the same rules are evaluated under the sample's own profile.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from privacykit.audit.findings import Status
from privacykit.audit.runner import AuditRun, run_checks
from privacykit.config import load_config
from privacykit.period import parse_period
from privacykit.rulebook import Rulebook
from privacykit.rulebook.models import Industry
from privacykit.sample.generate import generate
from privacykit.schema.check import run_map_check

SECTOR = {"HIPAA": "P16 P17 P28", "GLBA": "P13 P14 P19 P28", "COPPA": "P18"}
CHECKS = sorted({c for ids in SECTOR.values() for c in ids.split()})


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory, rulebook: Rulebook
) -> Iterator[dict[str, AuditRun]]:
    out = tmp_path_factory.mktemp("scope") / "s"
    summary = generate(out, 300, 11)
    config = load_config(summary.config, rulebook)
    period = parse_period("2026Q3", config.profile.timezone)
    con = run_map_check(config, period).con
    retail = dataclasses.replace(
        config, profile=dataclasses.replace(config.profile, industries=(Industry.RETAIL,))
    )
    yield {
        "sample": run_checks(con, config, rulebook, period, only=CHECKS),
        "retail": run_checks(con, retail, rulebook, period, only=CHECKS),
    }
    con.close()


def _regime_findings(run: AuditRun, regime: str, rulebook: Rulebook) -> list:
    return [f for f in run.findings if rulebook.versions(f.rule_id)[0].regime == regime]


@pytest.mark.parametrize("regime", sorted(SECTOR))
def test_a_retailer_is_not_audited_under_sector_rules(
    runs: dict[str, AuditRun], rulebook: Rulebook, regime: str
) -> None:
    found = _regime_findings(runs["retail"], regime, rulebook)
    assert found, f"no {regime} rule is listed at all for the retailer"
    wrong = {f.rule_id: f.status.value for f in found if f.status is not Status.NOT_APPLICABLE}
    assert not wrong, f"{regime} rules judged for a retailer: {wrong}"
    rows = runs["retail"].rows
    mine = {f.rule_id for f in found}
    assert rows.empty or not rows["rule_id"].isin(mine).any()


@pytest.mark.parametrize("regime", sorted(SECTOR))
def test_the_same_rules_apply_to_the_sample_profile(
    runs: dict[str, AuditRun], rulebook: Rulebook, regime: str
) -> None:
    found = _regime_findings(runs["sample"], regime, rulebook)
    statuses = {f.status for f in found}
    assert statuses - {Status.NOT_APPLICABLE}, f"{regime} rules not applied to the sample"
    assert Status.ERROR not in statuses
