"""Shared fixtures: the kit's real rulebook, loaded once per test session."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from privacykit.rulebook import Rulebook, load_rulebook


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


SPARK_STARTED: dict[str, float] = {}


@pytest.fixture(scope="session")
def spark(request: pytest.FixtureRequest) -> Iterator[Any]:
    """One local Spark session (2 cores, UTC) for the whole test run; its start time is printed.

    Spark needs Java: `make test` installs Debian's headless runtime or says what to install
    (.ci/system-deps java); a machine without one fails here, it does not skip.
    """
    from privacykit.engine import SparkSettings, spark_session

    started = time.perf_counter()
    session = spark_session(SparkSettings(master="local[2]", conf=SPARK_TEST_CONF))
    session.sparkContext.setLogLevel("ERROR")
    SPARK_STARTED["seconds"] = time.perf_counter() - started
    if hasattr(request.config, "workeroutput"):  # a pytest-xdist worker: tell the controller
        request.config.workeroutput["spark_started"] = SPARK_STARTED["seconds"]
    yield session
    session.stop()


# Small data: one shuffle partition per core is plenty, and a smaller driver fits CI.
SPARK_TEST_CONF = {"spark.sql.shuffle.partitions": "2", "spark.driver.memory": "2g"}


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """With pytest-xdist: the worker that started Spark reports its start time here."""
    seconds = getattr(node, "workeroutput", {}).get("spark_started")
    if seconds is not None:
        SPARK_STARTED["seconds"] = seconds


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if "seconds" in SPARK_STARTED:
        terminalreporter.write_line(
            f"Spark session (local[2], one for the whole run) started in "
            f"{SPARK_STARTED['seconds']:.1f} s"
        )
