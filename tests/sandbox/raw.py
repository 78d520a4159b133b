"""Raw loopback calls to the sandbox's vendor API (httpx, camelCase JSON): for load and fuzz tests."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import dataclass
from typing import Any

import httpx

from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET
from yiyiqian_sandbox._pdf import template_pdf

APPLY = "/v1/open/hospital/hospitals/templates/apply"
EXECUTE_FILE = "/v1/open/hospital/hospitals/files/execute-sign"
V2_ASYNC = "/v1/open/hospital/hospitals/data-signatures/v2/async-sign"
V2_EXECUTE = "/v1/open/hospital/hospitals/data-signatures/v2/execute-sign"
V2_RESULT = "/v1/open/hospital/hospitals/data-signatures/v2/result"
QUICK_SIGN = "/v1/open/hospital/hospitals/data-signatures/quick-sign"
CONFLICT = "100400409"
CONSENT = template_pdf("Consent", ["patient P-1"])


def access_token(url: str) -> str:
    answer = httpx.get(
        url + "/v1/oauth/oauth/token",
        params={"client_id": DEFAULT_APP_ID, "client_secret": DEFAULT_APP_SECRET, "grant_type": "client_credentials"},
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


@dataclass
class Raw:
    url: str
    token: str

    @classmethod
    def of(cls, url: str) -> Raw:
        return cls(url, access_token(url))

    def kwargs(self, body: Any = None, **params: str) -> dict[str, Any]:
        extra: dict[str, Any] = {"json": body} if body is not None else {}
        return {
            "params": {"access_token": self.token, **params},
            "headers": {"X-Signit-App-Id": DEFAULT_APP_ID},
            **extra,
        }

    def post(self, path: str, body: Any) -> httpx.Response:
        return httpx.post(self.url + path, timeout=60, **self.kwargs(body))

    def get(self, path: str, **params: str) -> httpx.Response:
        return httpx.get(self.url + path, timeout=60, **self.kwargs(None, **params))

    def parallel(self, path: str, bodies: list[Any]) -> list[httpx.Response]:
        """POST every body at once, each on its own connection (real concurrent loopback traffic)."""

        async def run() -> list[httpx.Response]:
            limits = httpx.Limits(max_connections=len(bodies), max_keepalive_connections=0)
            async with httpx.AsyncClient(base_url=self.url, timeout=120, limits=limits) as http:
                return list(await asyncio.gather(*(http.post(path, **self.kwargs(b)) for b in bodies)))

        return asyncio.run(run())


def file_job(raw: Raw, tag: str, *signers: tuple[str, str], pdf: bytes = CONSENT) -> str:
    """4.1 with in-hospital signers (job number, signature key) who sign by 4.4 (disableAutoSign)."""
    body = {
        "customTagID": tag,
        "patientID": "P-1",
        "patientName": "刘波",
        "template": {"wsid": "WSID_TEMP_0000018a02112bba72e10ebc53a40001", "name": "知情同意书"},
        "document": {"base64": base64.b64encode(pdf).decode()},
        "inHospitalUserSignerInfomation": [
            {"signerUserJobId": job, "signerKeyName": key, "signerUserSequence": str(i), "disableAutoSign": True}
            for i, (job, key) in enumerate(signers, start=1)
        ],
    }
    answer = raw.post(APPLY, body)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["data"]["fileWsid"])
