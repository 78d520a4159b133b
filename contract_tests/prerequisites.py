"""Objects the probe needs before it can make a call that should succeed, created through the API.

Fuzzed ids never name a file, a signature task or a record that exists, so without help 3.4,
4.3-4.8 and 8.1 would only ever see refusals and their success answers would never be checked
(on the sandbox or on staging). Each object is made once per run with the calls a client would
make (4.1/4.2 for files, 3.1 for a v2 task, ...), and `inputs(operationId)` hands its ids to the
probe. A refusal while creating is kept as a note for the report, never raised: the probe then
falls back to the spec's examples and says what the server answered.
"""

from __future__ import annotations

import base64
import functools
import os
import time
import typing
from typing import Any

import httpx

from contract_tests.data import sample_pdf_base64
from yiyiqian import is_success_code

# A staff job number the target knows. The sandbox provisions any; not the spec's example, which
# the fuzzing phase may have disabled through 9.1 before the probe runs.
STAFF = os.environ.get("YIYIQIAN_CONTRACT_STAFF", "contract_probe_staff")
PATIENT_PHONE = "13800000000"
WAIT_TRIES = 20  # polls of 4.7 while an asynchronous signature lands (bounded)


class Prerequisites:
    """Lazily created objects of one run; every attribute is made at most once."""

    def __init__(self, base_url: str, app_id: str, token: str, routes: dict[str, tuple[str, str]]) -> None:
        self._routes = routes  # operationId -> (method, path), from the spec under test
        self._http = httpx.Client(
            base_url=base_url, params={"access_token": token}, headers={"X-Signit-App-Id": app_id}, timeout=30
        )
        self.notes: list[str] = []

    def close(self) -> None:
        self._http.close()

    def _data(self, operation_id: str, *, params: dict[str, Any] | None = None, json: Any = None) -> Any:
        """The `data` of a success answer, or None (noted) when the server refused or answered oddly."""
        if operation_id not in self._routes:
            return None
        method, path = self._routes[operation_id]
        try:
            answer = self._http.request(method, path, params=params, json=json)
            body = answer.json()
        except (httpx.HTTPError, ValueError) as error:
            self.notes.append(f"setup call {operation_id}: {type(error).__name__}")
            return None
        code = body.get("code") if isinstance(body, dict) else None
        if answer.status_code != 200 or not isinstance(code, str) or not is_success_code(code):
            self.notes.append(f"setup call {operation_id} was refused: HTTP {answer.status_code}, code {code}")
            return None
        return body.get("data")

    def _file_body(self, *, manual_staff: bool) -> dict[str, Any]:
        return {
            "customTagID": f"contract-{time.time_ns()}",
            "patientID": "A00034616",
            "patientName": "刘波",
            "document": {"base64": sample_pdf_base64()},
            "inHospitalUserSignerInfomation": [
                {"signerKeyName": "医生签名", "signerUserJobId": STAFF, "disableAutoSign": manual_staff}
            ],
            "outHospitalUserSignerInfomation": [{"signerKeyName": "患者签名", "signerUserPhone": PATIENT_PHONE}],
        }

    @functools.cached_property
    def signed_file(self) -> dict[str, Any]:
        """A file signed by the staff member and the patient at once (4.2)."""
        data = self._data("applyTemplateSigningSync", json=self._file_body(manual_staff=False))
        return data if isinstance(data, dict) else {}

    @functools.cached_property
    def pending_file(self) -> str | None:
        """A file whose staff signature waits for 4.4 (4.1 with disableAutoSign)."""
        data = self._data("applyTemplateSigning", json=self._file_body(manual_staff=True))
        return data.get("fileWsid") if isinstance(data, dict) else None

    @functools.cached_property
    def record(self) -> str | None:
        """A signature record of the signed file (4.7), for 4.8 to revoke."""
        file_wsid = self.signed_file.get("fileWsid")
        for _ in range(WAIT_TRIES if file_wsid else 0):
            records = self._data("listFileSignatureRecords", params={"fileWsid": file_wsid})
            if isinstance(records, list) and records:
                return str(records[0].get("recordWsid"))
            time.sleep(0.1)
        return None

    @functools.cached_property
    def v2_task(self) -> str | None:
        """A v2 data-signature task whose participant signs by hand (3.1 with handleMode MANUAL)."""
        data = self._data(
            "startAsyncDataSignatureV2",
            json={
                "customTag": f"contract-{time.time_ns()}",
                "signingData": {"dataType": "TEXT", "data": "contract test"},
                "participants": [{"userJobId": STAFF, "handleMode": "MANUAL"}],
            },
        )
        return data.get("signWsid") if isinstance(data, dict) else None

    @functools.cached_property
    def login_task(self) -> str | None:
        data = self._data("createCaLoginTask", json={})
        return data.get("loginId") if isinstance(data, dict) else None

    @functools.cached_property
    def data_signature(self) -> str | None:
        """A v1 data signature (2.1) for 2.2 to read."""
        data = self._data("createDataSignature", json={"business": {"doctorId": STAFF}, "signingData": "contract test"})
        return data.get("signWsid") if isinstance(data, dict) else None

    def new_flow(self) -> str | None:
        """A fresh step-signing flow (5.1); 5.2 and 5.3 each get their own."""
        data = self._data("startSigningFlow", json={"document": {"base64": sample_pdf_base64()}})
        return data.get("flowWsid") if isinstance(data, dict) else None

    def signed_pdf(self) -> bytes:
        """The signed PDF of 4.2 for 4.6, or the unsigned sample when none came back."""
        document = self.signed_file.get("signedDocument") or {}
        return base64.b64decode(document.get("base64") or sample_pdf_base64())

    def inputs(self, operation_id: str) -> dict[str, Any]:
        """Query and body fields that replace the examples of one operation's probe (made on first need)."""
        make = self._INPUTS.get(operation_id)
        return make(self) if make is not None else {}

    def _signed(self, where: str, field: str) -> dict[str, Any]:
        signed = self.signed_file.get("fileWsid")
        return {where: {field: signed}} if signed else {}

    def _flow_step(self) -> dict[str, Any]:
        flow = self.new_flow()
        return {"body": {"flowWsid": flow}} if flow else {}

    _INPUTS: typing.ClassVar[dict[str, Any]] = {
        "getFileSignatureImages": lambda self: self._signed("query", "fileWsid"),
        "getPatientSignatureImage": lambda self: self._signed("query", "fileWsid"),
        "listFileSignatureRecords": lambda self: self._signed("query", "fileWsid"),
        "verifyFileById": lambda self: self._signed("body", "fileWsid"),
        "verifyUploadedFile": lambda self: {"files": {"file": self.signed_pdf()}},
        "executeFileSignature": lambda self: (
            {"body": {"fileWsid": self.pending_file, "signerKeyName": "医生签名", "signerUserJobId": STAFF}}
            if self.pending_file
            else {}
        ),
        "revokeFileSignatureRecord": lambda self: (
            {"body": {"recordWsid": self.record, "reason": "contract test"}} if self.record else {}
        ),
        "executeDataSignatureV2": lambda self: (
            {"body": {"signWsid": self.v2_task, "userJobId": STAFF}} if self.v2_task else {}
        ),
        "getDataSignatureV2Result": lambda self: {"query": {"signWsid": self.v2_task}} if self.v2_task else {},
        "createDataSignature": lambda self: {"body": {"business": {"doctorId": STAFF}}},
        "quickSignData": lambda self: {"body": {"business": {"doctorId": STAFF}}},
        "manualSignData": lambda self: {"body": {"business": {"doctorId": STAFF}}},
        "getDataSignature": lambda self: {"query": {"signWsid": self.data_signature}} if self.data_signature else {},
        "checkCaLoginTask": lambda self: {"query": {"loginId": self.login_task}} if self.login_task else {},
        "signOrFillForm": _flow_step,
        "completeSigningFlow": _flow_step,
        "getUserHandwrittenSignature": lambda self: {"query": {"userJobId": STAFF}},
        "getUserPhoneShieldSettings": lambda self: {"query": {"userJobId": STAFF}},
        "batchGetUserHandwrittenSignatures": lambda self: {"body": {"userJobIds": [STAFF]}},
    }
