"""The contract: every operation fuzzed (examples, coverage, fuzzing), then the stateful phase.

Every built-in check of schemathesis runs, plus the envelope checks of contract_tests/checks.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import response_schema_conformance

from contract_tests import report
from contract_tests.checks import ENVELOPE_CHECKS
from contract_tests.conftest import RUN
from contract_tests.examples import example_of

ROOT = Path(__file__).resolve().parents[1]
SIGNING_TAGS = {"data-signature", "data-signature-v2", "pdf-signing", "pdf-step-signing", "archive-signature"}

config = schemathesis.Config.from_path(ROOT / "schemathesis.toml")
schema = schemathesis.openapi.from_path(ROOT / "openapi" / "yiyiqian.yaml", config=config)
schema.config.update(base_url=RUN.target.base_url)
if RUN.options.getoption("--contract-operations"):
    schema = schema.include(operation_id=RUN.options.getoption("--contract-operations").split(","))
if RUN.options.getoption("--contract-exclude"):
    schema = schema.exclude(operation_id=RUN.options.getoption("--contract-exclude").split(","))
if RUN.options.getoption("--contract-examples"):
    schema.config.generation.update(max_examples=RUN.options.getoption("--contract-examples"))
if RUN.options.getoption("--contract-mode"):
    schema.config.generation.update(modes=[RUN.options.getoption("--contract-mode")])
if RUN.options.getoption("--contract-seed") is not None:
    schema.config.seed = RUN.options.getoption("--contract-seed")
if RUN.target.is_staging:
    schema.config.update(rate_limit=RUN.options.getoption("--rate-limit") or "5/s")
elif RUN.options.getoption("--rate-limit"):
    schema.config.update(rate_limit=RUN.options.getoption("--rate-limit"))
RUN.record = report.ContractRecord(schema.raw_schema)


def _is_signing(case: schemathesis.Case) -> bool:
    return bool(SIGNING_TAGS & set(case.operation.definition.raw.get("tags", [])))


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    negative = case.meta is not None and case.meta.generation.mode.name == "NEGATIVE"
    if (
        RUN.target.is_staging
        and negative
        and _is_signing(case)
        and not RUN.options.getoption("--allow-negative-signing")
    ):
        pytest.skip("negative data is not sent to staging's signing operations unless --allow-negative-signing")
    case.call_and_validate(additional_checks=ENVELOPE_CHECKS)


# The stateful phase walks the operations that take part in a link: a smaller rule set reaches every link.
LINKED = sorted({op for link in report.EXPECTED_LINKS for op in link} | {"manualSignData"})


class ContractStateMachine(schema.include(operation_id=LINKED).as_state_machine()):  # type: ignore[misc]
    """Walks the spec's links (1.1→1.2, 4.1→4.7, 5.1→5.2→5.3, ...) and records which it walked."""

    def step(self, input):  # type: ignore[no-untyped-def]
        if input.transition is not None:  # its id reads "POST /source/path -> [200] linkName -> POST /target"
            source = RUN.record.operation_at(input.transition.id.split(" -> ")[0])
            RUN.record.walked(source, str(input.case.operation.definition.raw.get("operationId")))
        return super().step(input)

    def validate_response(self, response, case, additional_checks=None, **kwargs):  # type: ignore[no-untyped-def]
        operation_id = str(case.operation.definition.raw.get("operationId"))
        try:
            super().validate_response(response, case, additional_checks=ENVELOPE_CHECKS, **kwargs)
        except FailureGroup as group:
            RUN.record.saw(operation_id, response.status_code, response.content, report.failure_names(group))
            raise
        RUN.record.saw(operation_id, response.status_code, response.content, [])


_stateful_examples = RUN.options.getoption("--contract-stateful-examples") or (10 if RUN.target.is_staging else 150)
TestStateful = ContractStateMachine.TestCase
TestStateful.settings = settings(
    max_examples=_stateful_examples,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.mark.parametrize("operation_id", sorted(RUN.record.operations))
def test_probe(operation_id: str) -> None:
    """One plain, schema-valid call per operation: path missing, auth rejected, reachable, schema mismatch."""
    record = RUN.record.operations[operation_id]
    operation = schema[record.path][record.method]
    raw = operation.definition.raw
    query = {
        p["name"]: example_of(schema.raw_schema, p["schema"])
        for p in raw.get("parameters", [])
        if p.get("required") and p.get("in") == "query"
    }
    content = raw.get("requestBody", {}).get("content", {})
    body = None
    if "application/json" in content:
        body = example_of(schema.raw_schema, content["application/json"]["schema"])
        if RUN.target.is_staging and SIGNING_TAGS & set(raw.get("tags", [])):
            body = {}  # never create a real signature on staging while probing
    elif content:
        record.probe = "not probed (upload)"
        return
    case = operation.Case(query=query or None, body=body) if body is not None else operation.Case(query=query or None)
    # A plain call: the credentials the suite fetched, as a client would send them.
    response = case.call(
        params={"access_token": os.environ["YIYIQIAN_ACCESS_TOKEN"]},
        headers={"X-Signit-App-Id": os.environ["YIYIQIAN_APP_ID"]},
    )
    try:
        case.validate_response(response, checks=[response_schema_conformance])
        schema_ok = True
    except AssertionError:
        schema_ok = False
    record.probe = report.classify_probe(response.status_code, response.content, schema_ok)
    assert record.probe not in ("path missing", "schema mismatch"), f"{operation_id}: {record.probe}"
