"""The registry and the rulebook agree: every check a rule names is built or planned."""

from __future__ import annotations

import pytest

from privacykit.checks.registry import PLANNED, Check, Need, Registry, all_checks
from privacykit.rulebook import Rulebook


def named_by_rules(rulebook: Rulebook) -> set[str]:
    return {c for r in rulebook.all_versions() for c in r.checks}


def test_every_registered_check_is_named_by_a_rule(rulebook: Rulebook) -> None:
    missing = set(all_checks().ids()) - named_by_rules(rulebook)
    assert not missing, f"registered checks no rule names: {sorted(missing)}"


def test_every_named_check_is_registered_or_planned(rulebook: Rulebook) -> None:
    registry = all_checks()
    unbuilt = named_by_rules(rulebook) - set(registry.ids())
    assert unbuilt == set(PLANNED), (
        f"named but neither registered nor planned: {sorted(unbuilt - set(PLANNED))}; "
        f"planned but not named: {sorted(set(PLANNED) - unbuilt)}"
    )
    assert not set(PLANNED) & set(registry.ids()), "a registered check is still listed as planned"


def test_issue_five_checks_are_registered() -> None:
    assert {"E1", "E12", "E13", "T1", "T2", "T4", "T6", "T8", "T9"} <= set(all_checks().ids())


def test_each_check_judges_only_rules_that_name_it(rulebook: Rulebook) -> None:
    registry = all_checks()
    for check_id in registry.ids():
        check = registry.get(check_id)
        for rule_id in check.judges:
            assert any(check_id in v.checks for v in rulebook.versions(rule_id)), (
                f"check {check_id} judges {rule_id}, which does not name it"
            )


def _dummy(ctx: object) -> object:
    return ctx


def test_registering_twice_is_an_error_unless_replaced() -> None:
    r = Registry()
    check = Check("X1", "x", _dummy, judges=("R",), needs=(Need("contacts", ("sent_at",)),))  # type: ignore[arg-type]
    r.add(check)
    with pytest.raises(ValueError, match="already registered"):
        r.add(check)
    r.add(check, replace=True)
    assert r.ids() == ("X1",)


def test_unknown_check_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known: E1"):
        all_checks().get("Z99")


def test_ids_sort_naturally() -> None:
    ids = all_checks().ids()
    assert ids.index("T2") < ids.index("T4") < ids.index("T9")


SQL_LIMIT = 1_000_000  # characters; engines such as BigQuery refuse statements near 1 MB


@pytest.mark.parametrize("check_id", all_checks().ids())
def test_each_check_compiles_to_a_small_query(check_id: str, rulebook: Rulebook) -> None:
    """A chain of joins that reuses its own input must not double the SQL at every step."""
    import ibis

    from privacykit.checks.context import CheckContext, build_helpers
    from privacykit.period import parse_period
    from tests.checks.tiny import tiny_db

    con = tiny_db()
    backend = ibis.duckdb.from_connection(con)
    names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    period = parse_period("2026Q3", "America/New_York")
    ctx = CheckContext(
        {n: backend.table(n) for n in names},
        period,
        period.end_utc,
        "America/New_York",
        rulebook,
        build_helpers(period, period.end_utc, "America/New_York"),
    )
    sql = str(ibis.to_sql(all_checks().get(check_id).function(ctx), dialect="duckdb"))
    assert len(sql) < SQL_LIMIT, f"{check_id}: {len(sql):,} characters of SQL"
