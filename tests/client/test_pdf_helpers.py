"""files.post_with_pdf / apost_with_pdf end to end against the sandbox, a token refresh included.

The PDF is streamed from disk as base64 inside the JSON body; when the platform refuses the
token halfway, the stream is sent again after the refresh. The signed PDF that comes back is an
incremental update of what was sent, so its first bytes must be the file on disk, whole.
"""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import pytest

import yiyiqian
import yiyiqian_client
from tests.sandbox.server import RunningSandbox
from yiyiqian_client.api.pdf_signing import apply_template_signing_sync
from yiyiqian_client.models import (
    ApplyTemplateSigningSyncResponse200,
    FileSigningResult,
    InHospitalSigner,
    TemplateApplyRequest,
)
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET
from yiyiqian_sandbox._pdf import template_pdf


@pytest.fixture
def consent(tmp_path: Path) -> Path:
    lines = [f"line {i} of the consent form, patient A00034616" for i in range(400)]
    path = tmp_path / "consent.pdf"
    path.write_bytes(template_pdf("Informed consent", ["patient A00034616", *lines]))
    return path


def _connect(sandbox_server: RunningSandbox) -> yiyiqian_client.Client:
    return yiyiqian.connect(
        sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET, refresh_cooldown=0.0
    )


def _body(tag: str) -> TemplateApplyRequest:
    return TemplateApplyRequest(
        custom_tag_id=tag,
        patient_id="A00034616",
        patient_name="刘波",
        in_hospital_user_signer_infomation=[
            InHospitalSigner(signer_key_name="主治医师签名", signer_user_job_id="job_wutao")
        ],
    )


def _expire_tokens(sandbox_server: RunningSandbox) -> None:
    sandbox_server.control.expire_tokens()


def _signed_pdf(answer: object) -> bytes:
    assert isinstance(answer, ApplyTemplateSigningSyncResponse200)
    return base64.b64decode(answer.data.signed_document.base64)


def test_post_with_pdf_streams_the_file_and_resends_it_after_a_token_refresh(sandbox_server, consent):
    client = _connect(sandbox_server)
    first = _signed_pdf(
        yiyiqian.files.post_with_pdf(apply_template_signing_sync, client=client, body=_body("S-1"), path=consent)
    )
    assert first.startswith(consent.read_bytes())
    _expire_tokens(sandbox_server)  # the next upload is refused for its token, then sent again
    again = _signed_pdf(
        yiyiqian.files.post_with_pdf(apply_template_signing_sync, client=client, body=_body("S-2"), path=consent)
    )
    assert again.startswith(consent.read_bytes())
    assert yiyiqian.auth_of(client).token_requests == 2


def test_apost_with_pdf_streams_asynchronously_with_a_token_refresh(sandbox_server, consent):
    client = _connect(sandbox_server)

    async def both() -> tuple[object, object]:
        first = await yiyiqian.files.apost_with_pdf(
            apply_template_signing_sync, client=client, body=_body("A-1"), path=consent
        )
        _expire_tokens(sandbox_server)
        second = await yiyiqian.files.apost_with_pdf(
            apply_template_signing_sync, client=client, body=_body("A-2"), path=consent
        )
        return first, second

    for answer in asyncio.run(both()):
        assert _signed_pdf(answer).startswith(consent.read_bytes())
    assert yiyiqian.auth_of(client).token_requests == 2


def test_the_helpers_take_a_method_of_the_sdk_and_return_its_data(sandbox_server, consent):
    with yiyiqian.Yiyiqian(sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET) as sdk:
        signed = yiyiqian.files.post_with_pdf(
            sdk.pdf_signing.apply_template_signing_sync, body=_body("M-1"), path=consent
        )
        assert isinstance(signed, FileSigningResult)
        assert base64.b64decode(signed.signed_document.base64).startswith(consent.read_bytes())

    async def main() -> FileSigningResult:
        async with yiyiqian.AsyncYiyiqian(
            sandbox_server.url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET
        ) as sdk:
            return await yiyiqian.files.apost_with_pdf(
                sdk.pdf_signing.apply_template_signing_sync, body=_body("M-2"), path=consent
            )

    assert isinstance(asyncio.run(main()), FileSigningResult)
