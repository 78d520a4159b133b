"""The generated packages cover the whole spec: a module per operation, a model per schema."""

from __future__ import annotations

import importlib

import pytest
from spec_index import operations

import yiyiqian_client.models
import yiyiqian_models
from yiyiqian._spec import snake


def test_every_operation_has_a_generated_module_with_sync_and_async_calls(spec):
    count = 0
    for path, method, op in operations(spec):
        module = importlib.import_module(f"yiyiqian_client.api.{snake(op['tags'][0])}.{snake(op['operationId'])}")
        for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, fn)), f"{method} {path}: {fn}"
        assert module._get_kwargs.__code__  # the generated request builder
        count += 1
    assert count == len(list(operations(spec))) == 48  # 47 toc entries + the token endpoint


@pytest.mark.parametrize("family", ["attrs", "pydantic"])
def test_every_object_schema_has_a_model(spec, family):
    namespace = yiyiqian_client.models if family == "attrs" else yiyiqian_models
    for name, schema in spec["components"]["schemas"].items():
        is_object = schema.get("type") == "object" or "allOf" in schema
        if family == "attrs" and not is_object:
            continue  # openapi-python-client inlines strings and literal enums
        assert hasattr(namespace, name), f"{family}: no model for {name}"


def test_generated_models_round_trip_a_documented_example():
    from yiyiqian_client.models import CheckCaLoginTaskResponse200

    before_login = CheckCaLoginTaskResponse200.from_dict({"code": "100100000", "message": "操作成功"})
    assert before_login.code == "100100000"
    assert before_login.to_dict() == {"code": "100100000", "message": "操作成功"}
    event = yiyiqian_models.DataSignatureCompletedEvent.model_validate(
        {
            "event": "dataSignatureCompleted",
            "target": {"destination": "https://example.test/hook"},
            "rawData": "{}",
            "needCallBack": False,
        }
    )
    assert event.rawData == "{}"
