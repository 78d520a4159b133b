"""Options, the server under test, and the drift report of the contract suite.

nox -s contract                                   # the bundled sandbox, on 127.0.0.1, always
nox -s contract -- --base-url https://staging...  # a staging server (YIYIQIAN_APP_ID/SECRET in env)
nox -s contract -- --base-url https://staging... --propose   # + reports/spec-proposals.md and overlay
nox -s contract -- --contract-examples 50 --contract-seed 7

The target is only ever chosen by --base-url: YIYIQIAN_BASE_URL (which the CLI reads) does not
turn a plain `nox -s contract` into a run against whatever server it names.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
import schemathesis

from contract_tests import data, prerequisites, proposals, report, target  # noqa: F401 - data registers a hook

RECORD_KEY = pytest.StashKey[report.ContractRecord]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("yiyiqian contract")
    group.addoption(
        "--base-url",
        default=None,
        help="a staging server to test instead of the bundled sandbox (never taken from the environment)",
    )
    group.addoption(
        "--propose",
        action="store_true",
        help="keep the answers (bounded per operation) and write reports/spec-proposals.md plus an OpenAPI overlay",
    )
    group.addoption(
        "--contract-spec",
        default=None,
        help="the spec to test against (default openapi/yiyiqian.yaml), e.g. a copy with proposals applied",
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
    setup: prerequisites.Prerequisites
    spec_path: Path

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
    RUN.spec_path = Path(config.getoption("--contract-spec") or report.ROOT / "openapi" / "yiyiqian.yaml").resolve()
    base_url = config.getoption("--base-url")
    # The first line of the run's output says which server it fuzzes (and the report's first line too).
    named = os.environ.get("YIYIQIAN_CONTRACT_TARGET_NAME")  # set by tools/prism.py
    where = named or (f"staging {base_url}" if base_url else "the bundled sandbox")
    print(f"contract target: {where} (spec {RUN.spec_path.name})")
    RUN.target = target.open_target(base_url)


def pytest_unconfigure(config: pytest.Config) -> None:
    record = getattr(RUN, "record", None)
    if record is not None:
        record.target = RUN.target.name
        record.client_outcomes = dict(RUN.client_outcomes)
        if hasattr(RUN, "setup"):
            record.notes += RUN.setup.notes
            RUN.setup.close()
        path = record.write()
        print(f"\ncontract report: {path} ({record.failures} failed checks)")
        if config.getoption("--propose"):
            written = proposals.write(record, spec_path=RUN.spec_path, host=RUN.target.host)
            print(f"spec proposals: {', '.join(str(p) for p in written)}")
    if hasattr(RUN, "target"):
        RUN.target.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Name each operation's schemathesis test by its operationId, so JUnit says which one failed.

    schemathesis names all of them `test_operation` (the "POST /path" label is kept aside).
    """
    record = getattr(RUN, "record", None)
    for item in items:
        label = getattr(item, "operation_label", None)
        if record is None or not label:
            continue
        item.name = f"{item.name.split('[', 1)[0]}[{record.operation_at(label)}]"
        nodeid = f"{item.nodeid.split('::', 1)[0]}::{item.name}"
        if hasattr(item, "_id"):  # pytest 9 keeps the address as a NodeId
            from _pytest.nodeid import coerce_node_id

            item._id = coerce_node_id(nodeid)
        else:
            item._nodeid = nodeid


@schemathesis.hook
def after_validate(context, case, response, results) -> None:  # type: ignore[no-untyped-def]
    """Every answer of every phase (examples, coverage, fuzzing, stateful, probe) goes through here once."""
    if hasattr(RUN, "record"):
        RUN.record.saw(
            str(case.operation.definition.raw.get("operationId")),
            case.method,
            response.status_code,
            response.headers,
            response.content,
            report.failed_check_names(results),
        )
