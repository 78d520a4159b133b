"""A success is the envelope's word: answers whose `data` differs from the spec are returned.

The platform accepted the call; raising would make the caller retry a signing that already
happened. The client warns once per operation, naming fields and never values, and
`strict=True` (what the contract suite uses) raises instead.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from tests.client.platform import envelope
from yiyiqian.errors import ResponseDecodeError
from yiyiqian_client.api.ca_login import check_ca_login_task
from yiyiqian_client.api.pdf_signing import apply_template_signing
from yiyiqian_client.models import (
    ApplyTemplateSigningResponse200,
    CaLoginResult,
    CheckCaLoginTaskResponse200,
    TemplateApplyRequest,
)
from yiyiqian_client.types import UNSET

STATUS = "/v1/open/users/sso/check-ca-login-task"
APPLY = "/v1/open/hospital/hospitals/templates/apply"
SECRET_VALUE = "患者刘波-110101199003071234"


def body(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": "100100000", "message": "操作成功", "data": data, **extra})


DRIFTS = {
    "renamed-field": (APPLY, body({"fileId": SECRET_VALUE, "status": "SIGNING"})),
    "data-string": (APPLY, body(SECRET_VALUE)),
    "data-list": (APPLY, body([SECRET_VALUE])),
    "data-null": (APPLY, body(None)),
    "wrong-type": (APPLY, body({"fileWsid": 12345, "status": ["SIGNING"]})),
}


def _call(client: Any, path: str, mode: str) -> Any:
    if path == STATUS:
        module, kwargs = check_ca_login_task, {"login_id": "L1"}
    else:
        module, kwargs = apply_template_signing, {"body": TemplateApplyRequest(custom_tag_id="T1")}
    if mode == "sync":
        return module.sync(client=client, **kwargs)
    if mode == "sync_detailed":
        return module.sync_detailed(client=client, **kwargs).parsed
    if mode == "asyncio":
        return asyncio.run(module.asyncio(client=client, **kwargs))
    return asyncio.run(module.asyncio_detailed(client=client, **kwargs)).parsed


@pytest.mark.parametrize("mode", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
@pytest.mark.parametrize("drift", sorted(DRIFTS))
def test_a_success_with_other_data_is_returned_with_one_warning(platform, connect, caplog, drift, mode):
    path, answer = DRIFTS[drift]
    platform.script("POST" if path == APPLY else "GET", path, answer)
    client = connect()
    with caplog.at_level(logging.WARNING, logger="yiyiqian"):
        first = _call(client, path, mode)
        second = _call(client, path, mode)
    for result in (first, second):
        assert isinstance(result, ApplyTemplateSigningResponse200)
        assert result.code == "100100000"
    warnings = [r.getMessage() for r in caplog.records if r.name == "yiyiqian" and r.levelno == logging.WARNING]
    assert len(warnings) == 1, warnings
    assert "applyTemplateSigning" in warnings[0] and "data" in warnings[0]
    assert SECRET_VALUE not in warnings[0] and "12345" not in warnings[0]


def test_what_parses_is_parsed_and_the_rest_is_kept(platform, connect):
    platform.script("POST", APPLY, body({"fileId": "F1", "status": "SIGNING", "extra": {"a": 1}}))
    result = apply_template_signing.sync(client=connect(), body=TemplateApplyRequest(custom_tag_id="T1"))
    assert isinstance(result, ApplyTemplateSigningResponse200)
    assert result.data.status == "SIGNING"
    assert result.data.file_wsid is UNSET  # the spec's field is missing ...
    assert result.data.additional_properties == {"fileId": "F1", "extra": {"a": 1}}  # ... what came is kept


def test_the_warning_names_the_differing_fields(platform, connect, caplog):
    platform.script("POST", APPLY, body({"fileId": "F1", "status": 3}))
    with caplog.at_level(logging.WARNING, logger="yiyiqian"):
        apply_template_signing.sync(client=connect(), body=TemplateApplyRequest(custom_tag_id="T1"))
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "data.fileWsid: missing" in warning
    assert "data.status: integer, not string" in warning


def test_login_status_with_null_data_reads_as_not_yet(platform, connect):
    platform.script("GET", STATUS, body(None))
    result = check_ca_login_task.sync(client=connect(), login_id="L1")
    assert isinstance(result, CheckCaLoginTaskResponse200)
    assert result.data is None


def test_a_nested_model_that_parses_is_still_its_class(platform, connect):
    data = {"session": {"sessionId": "s1"}, "userInfo": {"name": "吴涛"}, "certificate": {"serialNumber": 7}}
    platform.script("GET", STATUS, body(data, unexpected="x"))
    result = check_ca_login_task.sync(client=connect(), login_id="L1")
    assert isinstance(result.data, CaLoginResult)
    assert result.data.user_info.name == "吴涛"


def test_a_success_with_status_201_is_returned(platform, connect):
    platform.script("GET", STATUS, envelope(status=201))
    assert check_ca_login_task.sync(client=connect(), login_id="L1").code == "100100000"


@pytest.mark.parametrize("drift", sorted(DRIFTS))
def test_strict_mode_raises_for_the_same_answers(platform, connect, drift):
    path, answer = DRIFTS[drift]
    platform.script("POST", path, answer)
    with pytest.raises(ResponseDecodeError) as caught:
        _call(connect(strict=True), path, "sync")
    assert "applyTemplateSigning" in str(caught.value)
    assert SECRET_VALUE not in str(caught.value)


def test_strict_mode_still_returns_answers_that_match(platform, connect):
    platform.script("POST", APPLY, body({"fileWsid": "F1", "status": "SIGNING"}))
    result = _call(connect(strict=True), APPLY, "sync")
    assert result.data.file_wsid == "F1"
