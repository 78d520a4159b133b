"""The contract: the stateful phase through the spec's links, every operation fuzzed (examples,
coverage, fuzzing), then one probe per operation that should succeed.

Every built-in check of schemathesis runs, plus the envelope checks of contract_tests/checks.py;
every answer is counted once in the report by the after_validate hook of conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from contract_tests import data, kinds, prerequisites, report
from contract_tests.checks import ENVELOPE_CHECKS
from contract_tests.conftest import RUN
from contract_tests.examples import example_of

ROOT = Path(__file__).resolve().parents[1]
SIGNING_TAGS = {"data-signature", "data-signature-v2", "pdf-signing", "pdf-step-signing", "archive-signature"}

config = schemathesis.Config.from_path(ROOT / "schemathesis.toml")
schema = schemathesis.openapi.from_path(RUN.spec_path, config=config)
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
RUN.record = report.ContractRecord(schema.raw_schema, keep_answers=RUN.options.getoption("--propose"))
RUN.record.target = RUN.target.name
RUN.setup = prerequisites.Prerequisites(
    RUN.target.base_url,
    RUN.target.app_id,
    os.environ["YIYIQIAN_ACCESS_TOKEN"],
    {r.operation_id: (r.method, r.path) for r in RUN.record.operations.values()},
)
for _unselected in [op for op in RUN.record.operations if not RUN.selected(op)]:  # rows of this run only
    del RUN.record.operations[_unselected]


# The stateful phase runs first, on a server no fuzzing has touched yet: fuzzed calls can leave state
# (a staff member disabled through 9.1, ...) that makes the links' first calls fail.
# It walks the operations that take part in a link: a smaller rule set reaches every link.
LINKED = sorted(
    op
    for op in {op for link in report.EXPECTED_LINKS for op in link} | {"manualSignData"}
    if op in RUN.record.operations and RUN.selected(op)
)


class ContractStateMachine(schema.include(operation_id=LINKED).as_state_machine()):  # type: ignore[misc]
    """Walks the spec's links (1.1→1.2, 4.1→4.7, 5.1→5.2→5.3, ...) and records which it walked."""

    def step(self, input):  # type: ignore[no-untyped-def]
        if input.transition is not None:  # its id reads "POST /source/path -> [200] linkName -> POST /target"
            source = RUN.record.operation_at(input.transition.id.split(" -> ")[0])
            RUN.record.walked(source, str(input.case.operation.definition.raw.get("operationId")))
        return super().step(input)

    def validate_response(self, response, case, additional_checks=None, **kwargs):  # type: ignore[no-untyped-def]
        # Recorded by the after_validate hook, under the same check names as the other phases.
        super().validate_response(response, case, additional_checks=ENVELOPE_CHECKS, **kwargs)


_stateful_examples = RUN.options.getoption("--contract-stateful-examples") or (10 if RUN.target.is_staging else 150)
if LINKED:  # a run restricted to operations outside every link has no stateful phase
    TestStateful = ContractStateMachine.TestCase
    TestStateful.settings = settings(
        max_examples=_stateful_examples,
        stateful_step_count=10,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
    )


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
        # Only this case is withheld (a pytest.skip here would end the operation's whole Hypothesis test
        # and its positive cases with it); the report counts it in the row's `skipped` column.
        RUN.record.skip(str(case.operation.definition.raw.get("operationId")))
        return
    case.call_and_validate(additional_checks=ENVELOPE_CHECKS)


PROBE_CHECKS = [response_schema_conformance, status_code_conformance, content_type_conformance, *ENVELOPE_CHECKS]


def _probe_case(operation_id: str) -> schemathesis.Case:
    """A plain, schema-valid call: the examples, with ids of objects made for it and the run's credentials."""
    record = RUN.record.operations[operation_id]
    operation = schema[record.path][record.method]
    raw = operation.definition.raw
    inputs = RUN.setup.inputs(operation_id)
    query = {
        p["name"]: example_of(schema.raw_schema, p["schema"])
        for p in raw.get("parameters", [])
        if p.get("required") and p.get("in") == "query"
    }
    if operation_id == report.TOKEN_OPERATION:  # the run's own credentials, not the spec's examples
        query.update(client_id=RUN.target.app_id, client_secret=RUN.target.app_secret)
    query.update(inputs.get("query", {}))
    content = raw.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = example_of(schema.raw_schema, content["application/json"]["schema"])
        if operation_id in data.PDF_OPERATIONS:
            body = {**body, "document": {"base64": data.sample_pdf_base64()}}
        body.update(inputs.get("body", {}))
        return operation.Case(query=query or None, body=body, media_type="application/json")
    if "multipart/form-data" in content:
        return operation.Case(query=query or None, body=inputs["files"], media_type="multipart/form-data")
    return operation.Case(query=query or None)


@pytest.mark.parametrize("operation_id", sorted(op for op in RUN.record.operations if RUN.selected(op)))
def test_probe(operation_id: str) -> None:
    """One plain call per operation that should succeed; what it got is the row's `probe` word.

    It is also each operation's guaranteed positive case (on staging too: only negative data is
    withheld there). Any word other than `reachable` or `refused (...)` is drift and fails the run,
    `auth rejected` included.
    """
    record = RUN.record.operations[operation_id]
    case = _probe_case(operation_id)
    credentials = (
        {}
        if operation_id == report.TOKEN_OPERATION
        else {
            "params": {"access_token": os.environ["YIYIQIAN_ACCESS_TOKEN"]},
            "headers": {"X-Signit-App-Id": RUN.target.app_id},
        }
    )
    response = case.call(**credentials)
    failed: list[str] = []
    try:
        case.validate_response(response, checks=PROBE_CHECKS)
    except FailureGroup as group:
        failed = [kinds.check_name(failure) for failure in group.exceptions]
    record.probe = kinds.probe_word(record.definition, response.status_code, response.headers, response.content, failed)
    if kinds.is_drift_word(record.probe) and not record.kinds[record.probe]:
        RUN.record.operations[operation_id].kinds[record.probe] += 1
    assert not kinds.is_drift_word(record.probe), f"{operation_id}: {record.probe}"
