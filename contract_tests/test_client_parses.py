"""The generated client (through yiyiqian.connect) reads every answer of the server under test.

One call per operation with schema-valid example data: the answer must come back as the
generated typed result, or as a typed yiyiqian error, never as anything else. Against Prism
(an independent implementation of the spec) every call succeeds.
"""

from __future__ import annotations

import inspect
import io
import os
import typing

import pytest

import yiyiqian
from contract_tests.conftest import RUN
from contract_tests.examples import example_of
from contract_tests.report import ROOT
from contract_tests.test_contract import SIGNING_TAGS
from yiyiqian import _spec
from yiyiqian._spec import snake
from yiyiqian_client.types import File, Unset

BUNDLED_SPEC = (ROOT / "openapi" / "yiyiqian.yaml").resolve()


def _operations() -> list[_spec.Operation]:
    return [
        op
        for op in _spec.operations().values()
        if RUN.selected(op.operation_id) and op.operation_id != "getAccessToken"
    ]


def _body_class(function: typing.Callable[..., object]) -> type | None:
    hint = typing.get_type_hints(function).get("body")
    for candidate in typing.get_args(hint) or (hint,):
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    if RUN.spec_path != BUNDLED_SPEC:
        pytest.skip("the generated client was built from openapi/yiyiqian.yaml, not from --contract-spec")
    options = {"app_id": os.environ["YIYIQIAN_APP_ID"], "access_token": os.environ["YIYIQIAN_ACCESS_TOKEN"]}
    # strict: a success answer whose `data` differs from the spec raises instead of being returned
    return yiyiqian.connect(RUN.target.base_url, strict=True, **options)


@pytest.mark.parametrize("operation", _operations(), ids=lambda op: op.operation_id)
def test_the_generated_client_reads_the_answer(client, operation: _spec.Operation) -> None:  # type: ignore[no-untyped-def]
    raw = _spec.load_spec()["paths"][operation.path][operation.method.lower()]
    if (
        RUN.target.is_staging
        and SIGNING_TAGS & set(raw.get("tags", []))
        and not RUN.options.getoption("--allow-negative-signing")
        and "prism" not in os.environ.get("YIYIQIAN_CONTRACT_REPORT", "")
    ):
        pytest.skip("no signing call is made on staging by this test")
    module = operation.module()
    kwargs: dict[str, object] = {}
    for parameter in raw.get("parameters", []):
        if parameter.get("required"):
            kwargs[snake(parameter["name"])] = example_of(_spec.load_spec(), parameter["schema"])
    content = raw.get("requestBody", {}).get("content", {})
    body_class = _body_class(module.sync)
    if "application/json" in content and body_class is not None:
        kwargs["body"] = body_class.from_dict(example_of(_spec.load_spec(), content["application/json"]["schema"]))
    elif "multipart/form-data" in content and body_class is not None:
        kwargs["body"] = body_class(file=File(payload=io.BytesIO(b"%PDF-1.7\n%%EOF\n"), file_name="a.pdf"))
    try:
        answer = module.sync(client=client, **kwargs)
    except yiyiqian.errors.APIError as error:  # a business refusal, typed
        RUN.client_outcomes[type(error).__name__] += 1
        return
    assert answer is not None and type(answer).__name__.endswith("Response200"), answer
    assert isinstance(answer.code, str) and not isinstance(answer.code, Unset)
    RUN.client_outcomes["typed success"] += 1
