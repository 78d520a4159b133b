"""Options, the server under test, and the drift report of the contract suite.

nox -s contract                                   # the bundled sandbox, on 127.0.0.1
nox -s contract -- --base-url https://staging...  # a staging server (YIYIQIAN_APP_ID/SECRET in env)
nox -s contract -- --contract-examples 50 --contract-seed 7
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis

from contract_tests import data, report, target  # noqa: F401 - data registers a hook

RECORD_KEY = pytest.StashKey[report.ContractRecord]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("yiyiqian contract")
    group.addoption(
        "--base-url",
        default=os.environ.get("YIYIQIAN_BASE_URL"),
        help="a staging server to test instead of the bundled sandbox (env YIYIQIAN_BASE_URL)",
    )
    group.addoption("--contract-examples", type=int, default=None, help="examples per operation")
    group.addoption("--contract-seed", type=int, default=None, help="generation seed")
    group.addoption("--contract-stateful-examples", type=int, default=None, help="stateful scenarios")
    group.addoption(
        "--contract-operations",
        default=os.environ.get("YIYIQIAN_CONTRACT_OPERATIONS"),
        help="comma-separated operationIds to test (default: all)",
    )
    group.addoption("--contract-exclude", default=None, help="comma-separated operationIds to leave out")
    group.addoption(
        "--contract-mode",
        choices=["all", "positive", "negative"],
        default=None,
        help="generated data: positive, negative or all (default: schemathesis.toml)",
    )
    group.addoption("--rate-limit", default=None, help="requests per time unit, e.g. 5/s (staging default 5/s)")
    group.addoption(
        "--allow-negative-signing",
        action="store_true",
        help="against staging, also send invalid data to the signing operations",
    )


class Run:
    """The state of one contract run, shared by the test module and the hooks."""

    target: target.Target
    record: report.ContractRecord
    options: pytest.Config
    client_outcomes: Counter[str]  # test_client_parses: typed successes and typed errors

    def selected(self, operation_id: str) -> bool:
        """--contract-operations / --contract-exclude applied to one operation."""
        only = self.options.getoption("--contract-operations")
        excluded = self.options.getoption("--contract-exclude")
        return (not only or operation_id in only.split(",")) and not (excluded and operation_id in excluded.split(","))


RUN = Run()


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--base-url", default=None) and os.environ.get("PYTEST_XDIST_WORKER"):
        raise pytest.UsageError("run the contract suite without xdist")
    RUN.options = config
    RUN.client_outcomes = Counter()
    RUN.target = target.open_target(config.getoption("--base-url"))


def pytest_unconfigure(config: pytest.Config) -> None:
    record = getattr(RUN, "record", None)
    if record is not None:
        record.target = RUN.target.name
        record.client_outcomes = dict(RUN.client_outcomes)
        path = record.write()
        print(f"\ncontract report: {path} ({record.failures} failed checks)")
    if hasattr(RUN, "target"):
        RUN.target.close()


@schemathesis.hook
def after_validate(context, case, response, results) -> None:  # type: ignore[no-untyped-def]
    if hasattr(RUN, "record"):
        RUN.record.saw(
            str(case.operation.definition.raw.get("operationId")),
            response.status_code,
            response.content,
            report.failed_check_names(results),
        )
