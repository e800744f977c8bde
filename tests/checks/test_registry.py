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
