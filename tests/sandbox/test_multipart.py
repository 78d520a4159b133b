"""A malformed multipart upload (4.6) is a JSON 400 envelope, like every other bad request.

Starlette reports a broken multipart body as its own text/plain 400; the contract suite's fuzzer
found it (an undocumented Content-Type).
"""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.test_auth_and_validation import token
from yiyiqian_sandbox import DEFAULT_APP_ID

UPLOAD = "/v1/open/hospital/hospitals/files/verify-upload"


@pytest.mark.parametrize(
    "body",
    [b"--b1\r\n[[garbage\r\n--b1--\r\n", b"--b1\r\nContent-Disposition: form-data\r\n\r\nx", b"not multipart at all"],
    ids=["bad-header", "unterminated", "no-boundary-lines"],
)
def test_a_broken_multipart_body_is_a_json_bad_request(server, body):
    answer = httpx.post(
        server.url + UPLOAD,
        params={"access_token": token(server).json()["access_token"]},
        headers={"X-Signit-App-Id": DEFAULT_APP_ID, "Content-Type": "multipart/form-data; boundary=b1"},
        content=body,
    )
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["code"] == "100400400"
