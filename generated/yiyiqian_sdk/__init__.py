"""The typed SDK surface, generated from openapi/yiyiqian.yaml by tools/generate.py; do not edit.

One namespace per tag of the spec, one method per operation (named from its operationId),
returning the operation's typed `data`. Calls go through the hand-written core (yiyiqian._sdk).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from yiyiqian._sdk import (
    APIResponse,
    AsyncCaller,
    AsyncClientBase,
    AsyncRawCaller,
    Caller,
    ClientBase,
    RawCaller,
)
from yiyiqian_client.types import UNSET

if TYPE_CHECKING:
    from yiyiqian_client.models import (
        ArchiveSignatureRequest,
        CaLoginResult,
        CaLoginTask,
        CaLoginTaskRequest,
        CatalogueResultsPushRequest,
        ChargeItemsPushRequest,
        DataSignatureAccepted,
        DataSignatureRequest,
        DataSignatureV1Result,
        DataSignatureV2ExecuteRequest,
        DataSignatureV2Record,
        DataSignatureV2Request,
        DataSignatureVerifyRequest,
        DeleteDocumentFileRequest,
        DeleteResult,
        DepartmentsPushRequest,
        EmrDocument,
        EmrDocumentStored,
        FileExecuteSignRequest,
        FileSignatureRecord,
        FileSigningAccepted,
        FileSigningResult,
        FileUploadVerifyRequest,
        FileVerification,
        FileVerifyByIdRequest,
        HandwrittenSignature,
        HandwrittenSignaturesRequest,
        HomePagesPushRequest,
        HospitalUsersRequest,
        IcdMappingsPushRequest,
        MedicalOrdersPushRequest,
        MedicalStaffPushRequest,
        OrderItemMappingsPushRequest,
        PatientFile,
        PatientFileGroup,
        PatientFilesQuery,
        PatientsPushRequest,
        PhoneShieldSettings,
        PushResult,
        QualityControlResultsPushRequest,
        RecordBag,
        RephotographedFilesRequest,
        RevokeSignatureRecordRequest,
        SettlementListsPushRequest,
        SignatureImage,
        SignatureVerification,
        SignedFilesSearch,
        SigningFlow,
        SigningFlowCompleteRequest,
        SigningFlowRequest,
        SigningFlowStepRequest,
        TemplateApplyRequest,
    )
    from yiyiqian_client.types import UNSET, Unset

__all__ = ["AsyncYiyiqian", "Yiyiqian"]


class CaLoginResource:
    """1.CA扫码登录: 2 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_ca_login_task(self, *, body: CaLoginTaskRequest | Unset = UNSET) -> CaLoginTask:
        """创建CA扫码登录二维码 (1.1, `createCaLoginTask`: POST /v1/open/users/sso/create-ca-login-task)

        Evidence: inferred. Only title and POST known. Path chosen beside 1.2
        (/v1/open/users/sso/check-ca-login-task); returns the loginId that 1.2 takes, plus the QR-code
        content.

        Returns: the answer's `data` (CaLoginTask).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "CaLoginTask",
            self._caller.call(
                "yiyiqian_client.api.ca_login.create_ca_login_task", {"body": body}, True
            ),
        )

    def check_ca_login_task(
        self, *, app_id: str | Unset = UNSET, login_id: str | Unset = UNSET
    ) -> CaLoginResult | None:
        """查询扫码登陆任务的状态信息 (1.2, `checkCaLoginTask`: GET /v1/open/users/sso/check-ca-login-task)

        Evidence: documented. Method, path, query (appId, loginId, access_token), header X-Signit-App-Id
        and the top level of the 200 body seen on the vendor's page; inner fields of session, userInfo
        and certificate not shown anywhere public.

        Returns: the answer's `data` (CaLoginResult | None).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "CaLoginResult | None",
            self._caller.call(
                "yiyiqian_client.api.ca_login.check_ca_login_task",
                {"app_id": app_id, "login_id": login_id},
                False,
            ),
        )


class DataSignatureResource:
    """2.数据签名: 5 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_data_signature(self, *, body: DataSignatureRequest) -> DataSignatureAccepted:
        """数据签名接口 (2.1, `createDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/sign)

        Evidence: inferred. Only title and POST known. Body modelled on the business/signature blocks of
        webhook 7.1 (dataSignatureCompleted); answer carries the signWsid to query with 2.2; path chosen
        under /v1/open/hospital/hospitals like 4.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureAccepted",
            self._caller.call(
                "yiyiqian_client.api.data_signature.create_data_signature", {"body": body}, True
            ),
        )

    def get_data_signature(self, *, sign_wsid: str) -> DataSignatureV1Result:
        """数据签名回传_主动查询 (2.2, `getDataSignature`: GET /v1/open/hospital/hospitals/data-signatures/query)

        Evidence: inferred. Only title and GET known. Answers the same record the 7.1 webhook carries in
        rawData (business, signature, appInfo); looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV1Result",
            self._caller.call(
                "yiyiqian_client.api.data_signature.get_data_signature",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    def quick_sign_data(self, *, body: DataSignatureRequest) -> DataSignatureV1Result:
        """数据快捷签名 (2.3, `quickSignData`: POST /v1/open/hospital/hospitals/data-signatures/quick-sign)

        Evidence: inferred. Only title and POST known. Taken as the synchronous (automatic) variant of
        2.1; same body, answers the finished record.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV1Result",
            self._caller.call(
                "yiyiqian_client.api.data_signature.quick_sign_data", {"body": body}, True
            ),
        )

    def manual_sign_data(self, *, body: DataSignatureRequest) -> DataSignatureAccepted:
        """数据手动签名 (2.4, `manualSignData`: POST /v1/open/hospital/hospitals/data-signatures/manual-sign)

        Evidence: inferred. Only title and POST known. Taken as the variant the signer confirms on the
        phone shield; same body as 2.1, answers a pending record to follow with 2.2 or webhook 7.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureAccepted",
            self._caller.call(
                "yiyiqian_client.api.data_signature.manual_sign_data", {"body": body}, True
            ),
        )

    def verify_data_signature(self, *, body: DataSignatureVerifyRequest) -> SignatureVerification:
        """数据签验证接口 (2.5, `verifyDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/verify)

        Evidence: inferred. Only title and POST known (the docs number it 2.4 as well). Takes the signed
        data, the base64 signValue and the signer certificate; answers validity and trust.

        Returns: the answer's `data` (SignatureVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SignatureVerification",
            self._caller.call(
                "yiyiqian_client.api.data_signature.verify_data_signature", {"body": body}, True
            ),
        )


class DataSignatureV2Resource:
    """3.数据签名v2: 4 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def start_async_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> DataSignatureAccepted:
        """发起数据异步签名 (3.1, `startAsyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/async-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen (it creates a task); body modelled
        on the v2 record of webhook 7.3 (customTag, patientInfo, signingData, participants); result by
        webhook 7.3 or 3.3.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureAccepted",
            self._caller.call(
                "yiyiqian_client.api.data_signature_v2.start_async_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    def start_sync_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> DataSignatureV2Record:
        """发起数据同步签名 (3.2, `startSyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/sync-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; same body as 3.1, answers the
        finished v2 record of webhook 7.3.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV2Record",
            self._caller.call(
                "yiyiqian_client.api.data_signature_v2.start_sync_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    def get_data_signature_v2_result(self, *, sign_wsid: str) -> DataSignatureV2Record:
        """查询数据签名结果 (3.3, `getDataSignatureV2Result`: GET
        /v1/open/hospital/hospitals/data-signatures/v2/result)

        Evidence: inferred. Neither method nor path seen. GET chosen (a query, like 2.2); answers the v2
        record of webhook 7.3, looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV2Record",
            self._caller.call(
                "yiyiqian_client.api.data_signature_v2.get_data_signature_v2_result",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    def execute_data_signature_v2(
        self, *, body: DataSignatureV2ExecuteRequest
    ) -> DataSignatureV2Record:
        """医护执行签名 (3.4, `executeDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/execute-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; a participant (by userJobId)
        performs its pending signature on a v2 task; answers the updated v2 record.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV2Record",
            self._caller.call(
                "yiyiqian_client.api.data_signature_v2.execute_data_signature_v2",
                {"body": body},
                True,
            ),
        )


class PdfSigningResource:
    """4.PDF版式文书签署: 8 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def apply_template_signing(self, *, body: TemplateApplyRequest) -> FileSigningAccepted:
        """文件异步签署 (4.1, `applyTemplateSigning`: POST /v1/open/hospital/hospitals/templates/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen on the vendor's page (no field marked required; vendor spellings kept). The response
        was not seen; its data (fileWsid, customTagID, status) is chosen by this project. The sandbox's
        choices (inferred) are that a PDF it cannot open is refused with 400, a signer key names the
        signature field it adds (not looked up in the PDF), and a job that cannot be signed ends FAILED
        with its own fileSignatureFailed webhook.

        Returns: the answer's `data` (FileSigningAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSigningAccepted",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.apply_template_signing", {"body": body}, True
            ),
        )

    def apply_template_signing_sync(self, *, body: TemplateApplyRequest) -> FileSigningResult:
        """文件同步签署 (4.2, `applyTemplateSigningSync`: POST /v1/open/hospital/hospitals/templates/apply-sync)

        Evidence: inferred. Only title and POST known. Taken as the synchronous counterpart of 4.1 (same
        body, path beside it); answers the signed PDF.

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSigningResult",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.apply_template_signing_sync", {"body": body}, True
            ),
        )

    def get_file_signature_images(self, *, file_wsid: str) -> list[SignatureImage]:
        """查询患者文件签名的图片 (4.3, `getFileSignatureImages`: GET
        /v1/open/hospital/hospitals/files/signature-images)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid; answers one PNG (base64)
        per signature spot.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[SignatureImage]",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.get_file_signature_images",
                {"file_wsid": file_wsid},
                True,
            ),
        )

    def execute_file_signature(self, *, body: FileExecuteSignRequest) -> FileSignatureRecord:
        """医护执行签名 (4.4, `executeFileSignature`: POST /v1/open/hospital/hospitals/files/execute-sign)

        Evidence: inferred. Only title and POST known. A doctor or nurse (signerUserJobId) performs the
        pending signature at a signature spot (signerKeyName, as in 4.1) of a file. A second signature
        by the same signer, or one on a finished file, is answered with the sandbox's conflict code
        100400409.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSignatureRecord",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.execute_file_signature", {"body": body}, True
            ),
        )

    def verify_file_by_id(self, *, body: FileVerifyByIdRequest) -> FileVerification:
        """使用文件ID验签 (4.5, `verifyFileById`: POST /v1/open/hospital/hospitals/files/verify)

        Evidence: inferred. Only title and POST known. Body {fileWsid}; answers one verification entry
        per PDF signature.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileVerification",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.verify_file_by_id", {"body": body}, True
            ),
        )

    def verify_uploaded_file(self, *, body: FileUploadVerifyRequest) -> FileVerification:
        """上传文件验签 (4.6, `verifyUploadedFile`: POST /v1/open/hospital/hospitals/files/verify-upload)

        Evidence: inferred. Only title and POST known. multipart/form-data with one binary part `file`
        chosen (the title says upload); answers as 4.5.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileVerification",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.verify_uploaded_file", {"body": body}, True
            ),
        )

    def list_file_signature_records(
        self, *, file_wsid: str | Unset = UNSET, custom_tag_id: str | Unset = UNSET
    ) -> list[FileSignatureRecord]:
        """查询文件签名记录 (4.7, `listFileSignatureRecords`: GET
        /v1/open/hospital/hospitals/files/signature-records)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid or by the caller's
        customTagID (4.1); answers the records, newest last.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[FileSignatureRecord]",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.list_file_signature_records",
                {"file_wsid": file_wsid, "custom_tag_id": custom_tag_id},
                True,
            ),
        )

    def revoke_file_signature_record(
        self, *, body: RevokeSignatureRecordRequest
    ) -> FileSignatureRecord:
        """撤销签名记录 (4.8, `revokeFileSignatureRecord`: POST
        /v1/open/hospital/hospitals/files/revoke-signature-record)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST chosen
        (it changes state); body {recordWsid, reason}; answers the revoked record.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSignatureRecord",
            self._caller.call(
                "yiyiqian_client.api.pdf_signing.revoke_file_signature_record", {"body": body}, True
            ),
        )


class PdfStepSigningResource:
    """5.PDF版式文件分步签署: 3 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def start_signing_flow(self, *, body: SigningFlowRequest) -> SigningFlow:
        """发起签署流程 (5.1, `startSigningFlow`: POST /v1/open/hospital/hospitals/templates/form/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen (no field marked required; mode AUTO seen, MANUAL chosen for the manual mode of 5.3).
        The response was not seen; its data (flowWsid, fileWsid, status) is chosen by this project.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SigningFlow",
            self._caller.call(
                "yiyiqian_client.api.pdf_step_signing.start_signing_flow", {"body": body}, True
            ),
        )

    def sign_or_fill_form(self, *, body: SigningFlowStepRequest) -> SigningFlow:
        """发起签名或填写表单 (5.2, `signOrFillForm`: POST /v1/open/hospital/hospitals/templates/form/sign)

        Evidence: partial. POST and the path prefix /v1/op seen. Path chosen beside 5.1; body {flowWsid,
        signature spot and signer, form fields}; answers the flow.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SigningFlow",
            self._caller.call(
                "yiyiqian_client.api.pdf_step_signing.sign_or_fill_form", {"body": body}, True
            ),
        )

    def complete_signing_flow(self, *, body: SigningFlowCompleteRequest) -> SigningFlow:
        """完成签署流程(手动模式调用) (5.3, `completeSigningFlow`: POST
        /v1/open/hospital/hospitals/templates/form/complete)

        Evidence: inferred. Only title and POST known (the stored page stops at 'POST /'). Path chosen
        beside 5.1; body {flowWsid}; answers the finished flow; the signed PDF goes out with webhook
        7.2.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SigningFlow",
            self._caller.call(
                "yiyiqian_client.api.pdf_step_signing.complete_signing_flow", {"body": body}, True
            ),
        )


class UserInfoResource:
    """6.用户信息查询: 3 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_user_handwritten_signature(self, *, user_job_id: str) -> HandwrittenSignature:
        """查询用户手写签名图片 (6.1, `getUserHandwrittenSignature`: GET
        /v1/open/hospital/hospital-users/handwritten-signature)

        Evidence: partial. GET and the path prefix /v1/open/hospital/ seen. Rest of the path chosen
        under hospital-users (as 9.1); looked up by userJobId; answers a PNG (base64).

        Returns: the answer's `data` (HandwrittenSignature).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "HandwrittenSignature",
            self._caller.call(
                "yiyiqian_client.api.user_info.get_user_handwritten_signature",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    def get_user_phone_shield_settings(self, *, user_job_id: str) -> PhoneShieldSettings:
        """查询指定用户的手机盾设置 (6.2, `getUserPhoneShieldSettings`: GET
        /v1/open/hospital/hospital-users/phone-shield-settings)

        Evidence: partial. GET and the path prefix /v1/open/hospita seen. Looked up by userJobId;
        answers whether the phone shield and its silent signing (静默签署, named in the Delphi sample page)
        are on.

        Returns: the answer's `data` (PhoneShieldSettings).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PhoneShieldSettings",
            self._caller.call(
                "yiyiqian_client.api.user_info.get_user_phone_shield_settings",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    def batch_get_user_handwritten_signatures(
        self, *, body: HandwrittenSignaturesRequest
    ) -> list[HandwrittenSignature]:
        """查询用户手写签名图片 (6.3, `batchGetUserHandwrittenSignatures`: POST
        /v1/open/hospital/hospital-users/handwritten-signatures)

        Evidence: partial. POST and the path prefix /v1/open/hospital seen; same title as 6.1. Taken as
        the batch variant with the job numbers in the body.

        Returns: the answer's `data` (list[HandwrittenSignature]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[HandwrittenSignature]",
            self._caller.call(
                "yiyiqian_client.api.user_info.batch_get_user_handwritten_signatures",
                {"body": body},
                True,
            ),
        )


class PatientInfoResource:
    """8.患者信息查询: 1 operation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_patient_signature_image(self, *, file_wsid: str) -> list[SignatureImage]:
        """获取患者签名图片 (8.1, `getPatientSignatureImage`: GET /v1/open/seal/third-person-seal/file-wsid)

        Evidence: partial. GET and the full path seen; the query section was cut. Query fileWsid chosen
        (the path names it); answers the patients' (out-of-hospital signers') images.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[SignatureImage]",
            self._caller.call(
                "yiyiqian_client.api.patient_info.get_patient_signature_image",
                {"file_wsid": file_wsid},
                True,
            ),
        )


class DataSyncResource:
    """9.数据同步: 1 operation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def upsert_hospital_users(self, *, body: HospitalUsersRequest) -> PushResult:
        """新增或更新系统账户数据 (9.1, `upsertHospitalUsers`: POST /v1/open/hospital/hospital-users/update-or-create)

        Evidence: partial. POST and the path prefix /v1/open/hospital/hospital-users/update- seen (page
        marked 测试中). Body {users[]} keyed by userJobId chosen; answers counts created and updated.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.data_sync.upsert_hospital_users", {"body": body}, True
            ),
        )


class ArchiveSignatureResource:
    """10.归档签: 1 operation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def archive_signature(self, *, body: ArchiveSignatureRequest) -> FileSigningResult:
        """无外观 (10, `archiveSignature`: POST /v1/open/hospital/hospitals/signature/archive)

        Evidence: partial. POST and the full path seen, with a query section (presumably access_token);
        body not seen. Body {document{base64}, customTagID} chosen; answers the signed PDF (invisible
        archive signature).

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSigningResult",
            self._caller.call(
                "yiyiqian_client.api.archive_signature.archive_signature", {"body": body}, True
            ),
        )


class EmrBasicResource:
    """二、无纸化病案系统接口 / 1.基础接口: 11 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def push_departments(self, *, body: DepartmentsPushRequest) -> PushResult:
        """三方系统-科室推送 (自定义结构) (二.1.1, `pushDepartments`: POST /collect/third/push-departments)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-departments chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of departments (科室); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_departments", {"body": body}, True
            ),
        )

    def push_medical_staff(self, *, body: MedicalStaffPushRequest) -> PushResult:
        """三方系统-推送医护信息(自定义结构) (二.1.2, `pushMedicalStaff`: POST /collect/third/push-medical-staff)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-staff chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of doctors and nurses (医护); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_medical_staff", {"body": body}, True
            ),
        )

    def push_home_pages(self, *, body: HomePagesPushRequest) -> PushResult:
        """三方系统-推送首页数据 (自定义结构) (二.1.3, `pushHomePages`: POST /collect/third/push-home-pages)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-home-pages chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of record front pages (病案首页); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_home_pages", {"body": body}, True
            ),
        )

    def push_patients(self, *, body: PatientsPushRequest) -> PushResult:
        """三方系统-推送患者信息 (自定义结构) (二.1.4, `pushPatients`: POST /collect/third/push-patients)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-patients chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of patients (患者); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call("yiyiqian_client.api.emr_basic.push_patients", {"body": body}, True),
        )

    def push_icd_mappings(self, *, body: IcdMappingsPushRequest) -> PushResult:
        """三方推送-医保ICD对照数据(自定义结构) (二.1.5, `pushIcdMappings`: POST /collect/third/push-icd-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-icd-mappings chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of ICD mappings (医保ICD对照); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_icd_mappings", {"body": body}, True
            ),
        )

    def push_settlement_lists(self, *, body: SettlementListsPushRequest) -> PushResult:
        """三方系统-推送医保结算清单信息 (二.1.6, `pushSettlementLists`: POST /collect/third/push-settlement-lists)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-settlement-lists chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of settlement lists (医保结算清单); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_settlement_lists", {"body": body}, True
            ),
        )

    def push_medical_orders(self, *, body: MedicalOrdersPushRequest) -> PushResult:
        """三方系统-推送医嘱信息(自定义结构) (二.1.7, `pushMedicalOrders`: POST /collect/third/push-medical-orders)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-orders chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of medical orders (医嘱); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_medical_orders", {"body": body}, True
            ),
        )

    def push_order_item_mappings(self, *, body: OrderItemMappingsPushRequest) -> PushResult:
        """三方系统-推送医嘱对照细目(药品,检查,检验) (二.1.8, `pushOrderItemMappings`: POST
        /collect/third/push-order-item-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-order-item-mappings chosen after the /collect/third/pu... prefix of 二.2.1;
        body {items[]} of order-item mappings (医嘱对照细目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_order_item_mappings", {"body": body}, True
            ),
        )

    def push_charge_items(self, *, body: ChargeItemsPushRequest) -> PushResult:
        """三方系统-推送患者收费项目 (二.1.9, `pushChargeItems`: POST /collect/third/push-charge-items)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-charge-items chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of charge items (收费项目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_charge_items", {"body": body}, True
            ),
        )

    def push_quality_control_results(self, *, body: QualityControlResultsPushRequest) -> PushResult:
        """三方系统-推送质控结果 (二.1.10, `pushQualityControlResults`: POST /collect/third/push-qc-results)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-qc-results chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of quality-control results (质控结果); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_quality_control_results", {"body": body}, True
            ),
        )

    def push_catalogue_results(self, *, body: CatalogueResultsPushRequest) -> PushResult:
        """三方系统-推送编目结果 (二.1.11, `pushCatalogueResults`: POST /collect/third/push-catalogue-results)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST and
        /collect/third/push-catalogue-results chosen like its siblings; body {items[]} of cataloguing
        results (编目结果).

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            self._caller.call(
                "yiyiqian_client.api.emr_basic.push_catalogue_results", {"body": body}, True
            ),
        )


class EmrArchiveResource:
    """二、无纸化病案系统接口 / 2.病案归档: 4 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def append_document(self, *, body: EmrDocument) -> EmrDocumentStored:
        """三方系统-追加文档 (自定义结构) (二.2.1, `appendDocument`: POST /collect/third/push-document)

        Evidence: partial. POST and the path prefix /collect/third/pu seen. /collect/third/push-document
        chosen; body = one document of a patient's visit with the file as base64; answers the stored
        document's id.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "EmrDocumentStored",
            self._caller.call(
                "yiyiqian_client.api.emr_archive.append_document", {"body": body}, True
            ),
        )

    def push_document_record(
        self,
        *,
        patient_id: str,
        admission_number: str | Unset = UNSET,
        document_no: str,
        document_type: str,
        title: str | Unset = UNSET,
    ) -> EmrDocumentStored:
        """三方系统-推送文档记录(非文件) (二.2.2, `pushDocumentRecord`: GET /collect/third/push-document-record)

        Evidence: inferred. GET seen in the docs' navigation (kept although it pushes); path not seen.
        Path chosen beside 二.2.1; the record's fields travel as query parameters since a GET has no
        body.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "EmrDocumentStored",
            self._caller.call(
                "yiyiqian_client.api.emr_archive.push_document_record",
                {
                    "patient_id": patient_id,
                    "admission_number": admission_number,
                    "document_no": document_no,
                    "document_type": document_type,
                    "title": title,
                },
                True,
            ),
        )

    def delete_document_file(self, *, body: DeleteDocumentFileRequest) -> DeleteResult:
        """三方系统-删除文件 (二.2.3, `deleteDocumentFile`: POST /document/bags/third/delete-file)

        Evidence: partial. POST and the path prefix /document/bags/third/ seen (a delete done with
        POST). Body {patientID, documentNo} chosen; answers how many files were deleted.

        Returns: the answer's `data` (DeleteResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DeleteResult",
            self._caller.call(
                "yiyiqian_client.api.emr_archive.delete_document_file", {"body": body}, True
            ),
        )

    def push_rephotographed_files(self, *, body: RephotographedFilesRequest) -> EmrDocumentStored:
        """三方系统-推送翻拍文件 (二.2.4, `pushRephotographedFiles`: POST /collect/third/push-rephotographed-files)

        Evidence: inferred. POST seen in the newest docs' navigation; path not seen. Path chosen under
        /collect/third/ like 二.2.1; body = images (base64) of paper pages of one document.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "EmrDocumentStored",
            self._caller.call(
                "yiyiqian_client.api.emr_archive.push_rephotographed_files", {"body": body}, True
            ),
        )


class EmrSharingResource:
    """二、无纸化病案系统接口 / 3.病案共享: 3 operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def query_patient_files(self, *, body: PatientFilesQuery) -> list[PatientFile]:
        """三方系统-获取患者文件 (二.3.1, `queryPatientFiles`: POST /document/open/query-patient-files)

        Evidence: partial. POST and the path prefix /document/open/query-patient-fi seen (a query done
        with POST). Body {patientID, admissionNumber?} chosen; answers the patient's documents without
        their content.

        Returns: the answer's `data` (list[PatientFile]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[PatientFile]",
            self._caller.call(
                "yiyiqian_client.api.emr_sharing.query_patient_files", {"body": body}, True
            ),
        )

    def query_patient_file_groups(self, *, body: PatientFilesQuery) -> list[PatientFileGroup]:
        """三方系统-获取患者文件组 (二.3.2, `queryPatientFileGroups`: POST /document/open/query-patient-file-groups)

        Evidence: partial. POST and the path prefix /document/open/query-patient-f seen. Same body as
        二.3.1; answers the files grouped by document type.

        Returns: the answer's `data` (list[PatientFileGroup]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[PatientFileGroup]",
            self._caller.call(
                "yiyiqian_client.api.emr_sharing.query_patient_file_groups", {"body": body}, True
            ),
        )

    def get_record_bag_detail(
        self, *, patient_id: str, admission_number: str | Unset = UNSET
    ) -> RecordBag:
        """获取病案袋详细信息 (二.3.3, `getRecordBagDetail`: GET /document/bags/detail)

        Evidence: inferred. GET seen in the newer docs' navigation; path not seen. Path chosen under
        /document/bags/ (the 病案袋 term of 二.2.3); looked up by patientID and admissionNumber.

        Returns: the answer's `data` (RecordBag).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "RecordBag",
            self._caller.call(
                "yiyiqian_client.api.emr_sharing.get_record_bag_detail",
                {"patient_id": patient_id, "admission_number": admission_number},
                True,
            ),
        )


class TestApiResource:
    """三,测试接口: 1 operation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def search_signed_files(self, *, body: SignedFilesSearch) -> list[FileSignatureRecord]:
        """三,测试接口 > 搜索签署文件 (三, `searchSignedFiles`: POST /document/open/search-signed-files)

        Evidence: inferred. A test endpoint in the middle docs version only; neither method nor path
        seen. POST under /document/open/ chosen like the 二.3 queries; body = optional filters; answers
        the signing records that match.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[FileSignatureRecord]",
            self._caller.call(
                "yiyiqian_client.api.test_api.search_signed_files", {"body": body}, True
            ),
        )


class CaLoginResourceWithRawResponse:
    """1.CA扫码登录: 2 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def create_ca_login_task(
        self, *, body: CaLoginTaskRequest | Unset = UNSET
    ) -> APIResponse[CaLoginTask]:
        """创建CA扫码登录二维码 (1.1, `createCaLoginTask`: POST /v1/open/users/sso/create-ca-login-task)

        Evidence: inferred. Only title and POST known. Path chosen beside 1.2
        (/v1/open/users/sso/check-ca-login-task); returns the loginId that 1.2 takes, plus the QR-code
        content.

        Returns: the answer's `data` (CaLoginTask).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[CaLoginTask]",
            self._caller.raw(
                "yiyiqian_client.api.ca_login.create_ca_login_task", {"body": body}, True
            ),
        )

    def check_ca_login_task(
        self, *, app_id: str | Unset = UNSET, login_id: str | Unset = UNSET
    ) -> APIResponse[CaLoginResult | None]:
        """查询扫码登陆任务的状态信息 (1.2, `checkCaLoginTask`: GET /v1/open/users/sso/check-ca-login-task)

        Evidence: documented. Method, path, query (appId, loginId, access_token), header X-Signit-App-Id
        and the top level of the 200 body seen on the vendor's page; inner fields of session, userInfo
        and certificate not shown anywhere public.

        Returns: the answer's `data` (CaLoginResult | None).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[CaLoginResult | None]",
            self._caller.raw(
                "yiyiqian_client.api.ca_login.check_ca_login_task",
                {"app_id": app_id, "login_id": login_id},
                False,
            ),
        )


class DataSignatureResourceWithRawResponse:
    """2.数据签名: 5 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def create_data_signature(
        self, *, body: DataSignatureRequest
    ) -> APIResponse[DataSignatureAccepted]:
        """数据签名接口 (2.1, `createDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/sign)

        Evidence: inferred. Only title and POST known. Body modelled on the business/signature blocks of
        webhook 7.1 (dataSignatureCompleted); answer carries the signWsid to query with 2.2; path chosen
        under /v1/open/hospital/hospitals like 4.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureAccepted]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature.create_data_signature", {"body": body}, True
            ),
        )

    def get_data_signature(self, *, sign_wsid: str) -> APIResponse[DataSignatureV1Result]:
        """数据签名回传_主动查询 (2.2, `getDataSignature`: GET /v1/open/hospital/hospitals/data-signatures/query)

        Evidence: inferred. Only title and GET known. Answers the same record the 7.1 webhook carries in
        rawData (business, signature, appInfo); looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV1Result]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature.get_data_signature",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    def quick_sign_data(self, *, body: DataSignatureRequest) -> APIResponse[DataSignatureV1Result]:
        """数据快捷签名 (2.3, `quickSignData`: POST /v1/open/hospital/hospitals/data-signatures/quick-sign)

        Evidence: inferred. Only title and POST known. Taken as the synchronous (automatic) variant of
        2.1; same body, answers the finished record.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV1Result]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature.quick_sign_data", {"body": body}, True
            ),
        )

    def manual_sign_data(self, *, body: DataSignatureRequest) -> APIResponse[DataSignatureAccepted]:
        """数据手动签名 (2.4, `manualSignData`: POST /v1/open/hospital/hospitals/data-signatures/manual-sign)

        Evidence: inferred. Only title and POST known. Taken as the variant the signer confirms on the
        phone shield; same body as 2.1, answers a pending record to follow with 2.2 or webhook 7.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureAccepted]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature.manual_sign_data", {"body": body}, True
            ),
        )

    def verify_data_signature(
        self, *, body: DataSignatureVerifyRequest
    ) -> APIResponse[SignatureVerification]:
        """数据签验证接口 (2.5, `verifyDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/verify)

        Evidence: inferred. Only title and POST known (the docs number it 2.4 as well). Takes the signed
        data, the base64 signValue and the signer certificate; answers validity and trust.

        Returns: the answer's `data` (SignatureVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SignatureVerification]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature.verify_data_signature", {"body": body}, True
            ),
        )


class DataSignatureV2ResourceWithRawResponse:
    """3.数据签名v2: 4 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def start_async_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> APIResponse[DataSignatureAccepted]:
        """发起数据异步签名 (3.1, `startAsyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/async-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen (it creates a task); body modelled
        on the v2 record of webhook 7.3 (customTag, patientInfo, signingData, participants); result by
        webhook 7.3 or 3.3.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureAccepted]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.start_async_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    def start_sync_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> APIResponse[DataSignatureV2Record]:
        """发起数据同步签名 (3.2, `startSyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/sync-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; same body as 3.1, answers the
        finished v2 record of webhook 7.3.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV2Record]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.start_sync_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    def get_data_signature_v2_result(self, *, sign_wsid: str) -> APIResponse[DataSignatureV2Record]:
        """查询数据签名结果 (3.3, `getDataSignatureV2Result`: GET
        /v1/open/hospital/hospitals/data-signatures/v2/result)

        Evidence: inferred. Neither method nor path seen. GET chosen (a query, like 2.2); answers the v2
        record of webhook 7.3, looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV2Record]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.get_data_signature_v2_result",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    def execute_data_signature_v2(
        self, *, body: DataSignatureV2ExecuteRequest
    ) -> APIResponse[DataSignatureV2Record]:
        """医护执行签名 (3.4, `executeDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/execute-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; a participant (by userJobId)
        performs its pending signature on a v2 task; answers the updated v2 record.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV2Record]",
            self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.execute_data_signature_v2",
                {"body": body},
                True,
            ),
        )


class PdfSigningResourceWithRawResponse:
    """4.PDF版式文书签署: 8 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def apply_template_signing(
        self, *, body: TemplateApplyRequest
    ) -> APIResponse[FileSigningAccepted]:
        """文件异步签署 (4.1, `applyTemplateSigning`: POST /v1/open/hospital/hospitals/templates/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen on the vendor's page (no field marked required; vendor spellings kept). The response
        was not seen; its data (fileWsid, customTagID, status) is chosen by this project. The sandbox's
        choices (inferred) are that a PDF it cannot open is refused with 400, a signer key names the
        signature field it adds (not looked up in the PDF), and a job that cannot be signed ends FAILED
        with its own fileSignatureFailed webhook.

        Returns: the answer's `data` (FileSigningAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSigningAccepted]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.apply_template_signing", {"body": body}, True
            ),
        )

    def apply_template_signing_sync(
        self, *, body: TemplateApplyRequest
    ) -> APIResponse[FileSigningResult]:
        """文件同步签署 (4.2, `applyTemplateSigningSync`: POST /v1/open/hospital/hospitals/templates/apply-sync)

        Evidence: inferred. Only title and POST known. Taken as the synchronous counterpart of 4.1 (same
        body, path beside it); answers the signed PDF.

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSigningResult]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.apply_template_signing_sync", {"body": body}, True
            ),
        )

    def get_file_signature_images(self, *, file_wsid: str) -> APIResponse[list[SignatureImage]]:
        """查询患者文件签名的图片 (4.3, `getFileSignatureImages`: GET
        /v1/open/hospital/hospitals/files/signature-images)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid; answers one PNG (base64)
        per signature spot.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[SignatureImage]]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.get_file_signature_images",
                {"file_wsid": file_wsid},
                True,
            ),
        )

    def execute_file_signature(
        self, *, body: FileExecuteSignRequest
    ) -> APIResponse[FileSignatureRecord]:
        """医护执行签名 (4.4, `executeFileSignature`: POST /v1/open/hospital/hospitals/files/execute-sign)

        Evidence: inferred. Only title and POST known. A doctor or nurse (signerUserJobId) performs the
        pending signature at a signature spot (signerKeyName, as in 4.1) of a file. A second signature
        by the same signer, or one on a finished file, is answered with the sandbox's conflict code
        100400409.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSignatureRecord]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.execute_file_signature", {"body": body}, True
            ),
        )

    def verify_file_by_id(self, *, body: FileVerifyByIdRequest) -> APIResponse[FileVerification]:
        """使用文件ID验签 (4.5, `verifyFileById`: POST /v1/open/hospital/hospitals/files/verify)

        Evidence: inferred. Only title and POST known. Body {fileWsid}; answers one verification entry
        per PDF signature.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileVerification]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.verify_file_by_id", {"body": body}, True
            ),
        )

    def verify_uploaded_file(
        self, *, body: FileUploadVerifyRequest
    ) -> APIResponse[FileVerification]:
        """上传文件验签 (4.6, `verifyUploadedFile`: POST /v1/open/hospital/hospitals/files/verify-upload)

        Evidence: inferred. Only title and POST known. multipart/form-data with one binary part `file`
        chosen (the title says upload); answers as 4.5.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileVerification]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.verify_uploaded_file", {"body": body}, True
            ),
        )

    def list_file_signature_records(
        self, *, file_wsid: str | Unset = UNSET, custom_tag_id: str | Unset = UNSET
    ) -> APIResponse[list[FileSignatureRecord]]:
        """查询文件签名记录 (4.7, `listFileSignatureRecords`: GET
        /v1/open/hospital/hospitals/files/signature-records)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid or by the caller's
        customTagID (4.1); answers the records, newest last.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[FileSignatureRecord]]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.list_file_signature_records",
                {"file_wsid": file_wsid, "custom_tag_id": custom_tag_id},
                True,
            ),
        )

    def revoke_file_signature_record(
        self, *, body: RevokeSignatureRecordRequest
    ) -> APIResponse[FileSignatureRecord]:
        """撤销签名记录 (4.8, `revokeFileSignatureRecord`: POST
        /v1/open/hospital/hospitals/files/revoke-signature-record)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST chosen
        (it changes state); body {recordWsid, reason}; answers the revoked record.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSignatureRecord]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_signing.revoke_file_signature_record", {"body": body}, True
            ),
        )


class PdfStepSigningResourceWithRawResponse:
    """5.PDF版式文件分步签署: 3 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def start_signing_flow(self, *, body: SigningFlowRequest) -> APIResponse[SigningFlow]:
        """发起签署流程 (5.1, `startSigningFlow`: POST /v1/open/hospital/hospitals/templates/form/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen (no field marked required; mode AUTO seen, MANUAL chosen for the manual mode of 5.3).
        The response was not seen; its data (flowWsid, fileWsid, status) is chosen by this project.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SigningFlow]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_step_signing.start_signing_flow", {"body": body}, True
            ),
        )

    def sign_or_fill_form(self, *, body: SigningFlowStepRequest) -> APIResponse[SigningFlow]:
        """发起签名或填写表单 (5.2, `signOrFillForm`: POST /v1/open/hospital/hospitals/templates/form/sign)

        Evidence: partial. POST and the path prefix /v1/op seen. Path chosen beside 5.1; body {flowWsid,
        signature spot and signer, form fields}; answers the flow.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SigningFlow]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_step_signing.sign_or_fill_form", {"body": body}, True
            ),
        )

    def complete_signing_flow(
        self, *, body: SigningFlowCompleteRequest
    ) -> APIResponse[SigningFlow]:
        """完成签署流程(手动模式调用) (5.3, `completeSigningFlow`: POST
        /v1/open/hospital/hospitals/templates/form/complete)

        Evidence: inferred. Only title and POST known (the stored page stops at 'POST /'). Path chosen
        beside 5.1; body {flowWsid}; answers the finished flow; the signed PDF goes out with webhook
        7.2.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SigningFlow]",
            self._caller.raw(
                "yiyiqian_client.api.pdf_step_signing.complete_signing_flow", {"body": body}, True
            ),
        )


class UserInfoResourceWithRawResponse:
    """6.用户信息查询: 3 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def get_user_handwritten_signature(
        self, *, user_job_id: str
    ) -> APIResponse[HandwrittenSignature]:
        """查询用户手写签名图片 (6.1, `getUserHandwrittenSignature`: GET
        /v1/open/hospital/hospital-users/handwritten-signature)

        Evidence: partial. GET and the path prefix /v1/open/hospital/ seen. Rest of the path chosen
        under hospital-users (as 9.1); looked up by userJobId; answers a PNG (base64).

        Returns: the answer's `data` (HandwrittenSignature).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[HandwrittenSignature]",
            self._caller.raw(
                "yiyiqian_client.api.user_info.get_user_handwritten_signature",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    def get_user_phone_shield_settings(
        self, *, user_job_id: str
    ) -> APIResponse[PhoneShieldSettings]:
        """查询指定用户的手机盾设置 (6.2, `getUserPhoneShieldSettings`: GET
        /v1/open/hospital/hospital-users/phone-shield-settings)

        Evidence: partial. GET and the path prefix /v1/open/hospita seen. Looked up by userJobId;
        answers whether the phone shield and its silent signing (静默签署, named in the Delphi sample page)
        are on.

        Returns: the answer's `data` (PhoneShieldSettings).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PhoneShieldSettings]",
            self._caller.raw(
                "yiyiqian_client.api.user_info.get_user_phone_shield_settings",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    def batch_get_user_handwritten_signatures(
        self, *, body: HandwrittenSignaturesRequest
    ) -> APIResponse[list[HandwrittenSignature]]:
        """查询用户手写签名图片 (6.3, `batchGetUserHandwrittenSignatures`: POST
        /v1/open/hospital/hospital-users/handwritten-signatures)

        Evidence: partial. POST and the path prefix /v1/open/hospital seen; same title as 6.1. Taken as
        the batch variant with the job numbers in the body.

        Returns: the answer's `data` (list[HandwrittenSignature]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[HandwrittenSignature]]",
            self._caller.raw(
                "yiyiqian_client.api.user_info.batch_get_user_handwritten_signatures",
                {"body": body},
                True,
            ),
        )


class PatientInfoResourceWithRawResponse:
    """8.患者信息查询: 1 operation."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def get_patient_signature_image(self, *, file_wsid: str) -> APIResponse[list[SignatureImage]]:
        """获取患者签名图片 (8.1, `getPatientSignatureImage`: GET /v1/open/seal/third-person-seal/file-wsid)

        Evidence: partial. GET and the full path seen; the query section was cut. Query fileWsid chosen
        (the path names it); answers the patients' (out-of-hospital signers') images.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[SignatureImage]]",
            self._caller.raw(
                "yiyiqian_client.api.patient_info.get_patient_signature_image",
                {"file_wsid": file_wsid},
                True,
            ),
        )


class DataSyncResourceWithRawResponse:
    """9.数据同步: 1 operation."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def upsert_hospital_users(self, *, body: HospitalUsersRequest) -> APIResponse[PushResult]:
        """新增或更新系统账户数据 (9.1, `upsertHospitalUsers`: POST /v1/open/hospital/hospital-users/update-or-create)

        Evidence: partial. POST and the path prefix /v1/open/hospital/hospital-users/update- seen (page
        marked 测试中). Body {users[]} keyed by userJobId chosen; answers counts created and updated.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.data_sync.upsert_hospital_users", {"body": body}, True
            ),
        )


class ArchiveSignatureResourceWithRawResponse:
    """10.归档签: 1 operation."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def archive_signature(self, *, body: ArchiveSignatureRequest) -> APIResponse[FileSigningResult]:
        """无外观 (10, `archiveSignature`: POST /v1/open/hospital/hospitals/signature/archive)

        Evidence: partial. POST and the full path seen, with a query section (presumably access_token);
        body not seen. Body {document{base64}, customTagID} chosen; answers the signed PDF (invisible
        archive signature).

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSigningResult]",
            self._caller.raw(
                "yiyiqian_client.api.archive_signature.archive_signature", {"body": body}, True
            ),
        )


class EmrBasicResourceWithRawResponse:
    """二、无纸化病案系统接口 / 1.基础接口: 11 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def push_departments(self, *, body: DepartmentsPushRequest) -> APIResponse[PushResult]:
        """三方系统-科室推送 (自定义结构) (二.1.1, `pushDepartments`: POST /collect/third/push-departments)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-departments chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of departments (科室); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_departments", {"body": body}, True
            ),
        )

    def push_medical_staff(self, *, body: MedicalStaffPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送医护信息(自定义结构) (二.1.2, `pushMedicalStaff`: POST /collect/third/push-medical-staff)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-staff chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of doctors and nurses (医护); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_medical_staff", {"body": body}, True
            ),
        )

    def push_home_pages(self, *, body: HomePagesPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送首页数据 (自定义结构) (二.1.3, `pushHomePages`: POST /collect/third/push-home-pages)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-home-pages chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of record front pages (病案首页); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw("yiyiqian_client.api.emr_basic.push_home_pages", {"body": body}, True),
        )

    def push_patients(self, *, body: PatientsPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送患者信息 (自定义结构) (二.1.4, `pushPatients`: POST /collect/third/push-patients)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-patients chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of patients (患者); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw("yiyiqian_client.api.emr_basic.push_patients", {"body": body}, True),
        )

    def push_icd_mappings(self, *, body: IcdMappingsPushRequest) -> APIResponse[PushResult]:
        """三方推送-医保ICD对照数据(自定义结构) (二.1.5, `pushIcdMappings`: POST /collect/third/push-icd-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-icd-mappings chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of ICD mappings (医保ICD对照); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_icd_mappings", {"body": body}, True
            ),
        )

    def push_settlement_lists(self, *, body: SettlementListsPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送医保结算清单信息 (二.1.6, `pushSettlementLists`: POST /collect/third/push-settlement-lists)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-settlement-lists chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of settlement lists (医保结算清单); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_settlement_lists", {"body": body}, True
            ),
        )

    def push_medical_orders(self, *, body: MedicalOrdersPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送医嘱信息(自定义结构) (二.1.7, `pushMedicalOrders`: POST /collect/third/push-medical-orders)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-orders chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of medical orders (医嘱); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_medical_orders", {"body": body}, True
            ),
        )

    def push_order_item_mappings(
        self, *, body: OrderItemMappingsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送医嘱对照细目(药品,检查,检验) (二.1.8, `pushOrderItemMappings`: POST
        /collect/third/push-order-item-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-order-item-mappings chosen after the /collect/third/pu... prefix of 二.2.1;
        body {items[]} of order-item mappings (医嘱对照细目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_order_item_mappings", {"body": body}, True
            ),
        )

    def push_charge_items(self, *, body: ChargeItemsPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送患者收费项目 (二.1.9, `pushChargeItems`: POST /collect/third/push-charge-items)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-charge-items chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of charge items (收费项目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_charge_items", {"body": body}, True
            ),
        )

    def push_quality_control_results(
        self, *, body: QualityControlResultsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送质控结果 (二.1.10, `pushQualityControlResults`: POST /collect/third/push-qc-results)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-qc-results chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of quality-control results (质控结果); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_quality_control_results", {"body": body}, True
            ),
        )

    def push_catalogue_results(
        self, *, body: CatalogueResultsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送编目结果 (二.1.11, `pushCatalogueResults`: POST /collect/third/push-catalogue-results)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST and
        /collect/third/push-catalogue-results chosen like its siblings; body {items[]} of cataloguing
        results (编目结果).

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_catalogue_results", {"body": body}, True
            ),
        )


class EmrArchiveResourceWithRawResponse:
    """二、无纸化病案系统接口 / 2.病案归档: 4 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def append_document(self, *, body: EmrDocument) -> APIResponse[EmrDocumentStored]:
        """三方系统-追加文档 (自定义结构) (二.2.1, `appendDocument`: POST /collect/third/push-document)

        Evidence: partial. POST and the path prefix /collect/third/pu seen. /collect/third/push-document
        chosen; body = one document of a patient's visit with the file as base64; answers the stored
        document's id.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[EmrDocumentStored]",
            self._caller.raw(
                "yiyiqian_client.api.emr_archive.append_document", {"body": body}, True
            ),
        )

    def push_document_record(
        self,
        *,
        patient_id: str,
        admission_number: str | Unset = UNSET,
        document_no: str,
        document_type: str,
        title: str | Unset = UNSET,
    ) -> APIResponse[EmrDocumentStored]:
        """三方系统-推送文档记录(非文件) (二.2.2, `pushDocumentRecord`: GET /collect/third/push-document-record)

        Evidence: inferred. GET seen in the docs' navigation (kept although it pushes); path not seen.
        Path chosen beside 二.2.1; the record's fields travel as query parameters since a GET has no
        body.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[EmrDocumentStored]",
            self._caller.raw(
                "yiyiqian_client.api.emr_archive.push_document_record",
                {
                    "patient_id": patient_id,
                    "admission_number": admission_number,
                    "document_no": document_no,
                    "document_type": document_type,
                    "title": title,
                },
                True,
            ),
        )

    def delete_document_file(self, *, body: DeleteDocumentFileRequest) -> APIResponse[DeleteResult]:
        """三方系统-删除文件 (二.2.3, `deleteDocumentFile`: POST /document/bags/third/delete-file)

        Evidence: partial. POST and the path prefix /document/bags/third/ seen (a delete done with
        POST). Body {patientID, documentNo} chosen; answers how many files were deleted.

        Returns: the answer's `data` (DeleteResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DeleteResult]",
            self._caller.raw(
                "yiyiqian_client.api.emr_archive.delete_document_file", {"body": body}, True
            ),
        )

    def push_rephotographed_files(
        self, *, body: RephotographedFilesRequest
    ) -> APIResponse[EmrDocumentStored]:
        """三方系统-推送翻拍文件 (二.2.4, `pushRephotographedFiles`: POST /collect/third/push-rephotographed-files)

        Evidence: inferred. POST seen in the newest docs' navigation; path not seen. Path chosen under
        /collect/third/ like 二.2.1; body = images (base64) of paper pages of one document.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[EmrDocumentStored]",
            self._caller.raw(
                "yiyiqian_client.api.emr_archive.push_rephotographed_files", {"body": body}, True
            ),
        )


class EmrSharingResourceWithRawResponse:
    """二、无纸化病案系统接口 / 3.病案共享: 3 operations."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def query_patient_files(self, *, body: PatientFilesQuery) -> APIResponse[list[PatientFile]]:
        """三方系统-获取患者文件 (二.3.1, `queryPatientFiles`: POST /document/open/query-patient-files)

        Evidence: partial. POST and the path prefix /document/open/query-patient-fi seen (a query done
        with POST). Body {patientID, admissionNumber?} chosen; answers the patient's documents without
        their content.

        Returns: the answer's `data` (list[PatientFile]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[PatientFile]]",
            self._caller.raw(
                "yiyiqian_client.api.emr_sharing.query_patient_files", {"body": body}, True
            ),
        )

    def query_patient_file_groups(
        self, *, body: PatientFilesQuery
    ) -> APIResponse[list[PatientFileGroup]]:
        """三方系统-获取患者文件组 (二.3.2, `queryPatientFileGroups`: POST /document/open/query-patient-file-groups)

        Evidence: partial. POST and the path prefix /document/open/query-patient-f seen. Same body as
        二.3.1; answers the files grouped by document type.

        Returns: the answer's `data` (list[PatientFileGroup]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[PatientFileGroup]]",
            self._caller.raw(
                "yiyiqian_client.api.emr_sharing.query_patient_file_groups", {"body": body}, True
            ),
        )

    def get_record_bag_detail(
        self, *, patient_id: str, admission_number: str | Unset = UNSET
    ) -> APIResponse[RecordBag]:
        """获取病案袋详细信息 (二.3.3, `getRecordBagDetail`: GET /document/bags/detail)

        Evidence: inferred. GET seen in the newer docs' navigation; path not seen. Path chosen under
        /document/bags/ (the 病案袋 term of 二.2.3); looked up by patientID and admissionNumber.

        Returns: the answer's `data` (RecordBag).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[RecordBag]",
            self._caller.raw(
                "yiyiqian_client.api.emr_sharing.get_record_bag_detail",
                {"patient_id": patient_id, "admission_number": admission_number},
                True,
            ),
        )


class TestApiResourceWithRawResponse:
    """三,测试接口: 1 operation."""

    def __init__(self, caller: RawCaller) -> None:
        self._caller = caller

    def search_signed_files(
        self, *, body: SignedFilesSearch
    ) -> APIResponse[list[FileSignatureRecord]]:
        """三,测试接口 > 搜索签署文件 (三, `searchSignedFiles`: POST /document/open/search-signed-files)

        Evidence: inferred. A test endpoint in the middle docs version only; neither method nor path
        seen. POST under /document/open/ chosen like the 二.3 queries; body = optional filters; answers
        the signing records that match.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[FileSignatureRecord]]",
            self._caller.raw(
                "yiyiqian_client.api.test_api.search_signed_files", {"body": body}, True
            ),
        )


class AsyncCaLoginResource:
    """1.CA扫码登录: 2 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_ca_login_task(
        self, *, body: CaLoginTaskRequest | Unset = UNSET
    ) -> CaLoginTask:
        """创建CA扫码登录二维码 (1.1, `createCaLoginTask`: POST /v1/open/users/sso/create-ca-login-task)

        Evidence: inferred. Only title and POST known. Path chosen beside 1.2
        (/v1/open/users/sso/check-ca-login-task); returns the loginId that 1.2 takes, plus the QR-code
        content.

        Returns: the answer's `data` (CaLoginTask).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "CaLoginTask",
            await self._caller.call(
                "yiyiqian_client.api.ca_login.create_ca_login_task", {"body": body}, True
            ),
        )

    async def check_ca_login_task(
        self, *, app_id: str | Unset = UNSET, login_id: str | Unset = UNSET
    ) -> CaLoginResult | None:
        """查询扫码登陆任务的状态信息 (1.2, `checkCaLoginTask`: GET /v1/open/users/sso/check-ca-login-task)

        Evidence: documented. Method, path, query (appId, loginId, access_token), header X-Signit-App-Id
        and the top level of the 200 body seen on the vendor's page; inner fields of session, userInfo
        and certificate not shown anywhere public.

        Returns: the answer's `data` (CaLoginResult | None).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "CaLoginResult | None",
            await self._caller.call(
                "yiyiqian_client.api.ca_login.check_ca_login_task",
                {"app_id": app_id, "login_id": login_id},
                False,
            ),
        )


class AsyncDataSignatureResource:
    """2.数据签名: 5 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_data_signature(self, *, body: DataSignatureRequest) -> DataSignatureAccepted:
        """数据签名接口 (2.1, `createDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/sign)

        Evidence: inferred. Only title and POST known. Body modelled on the business/signature blocks of
        webhook 7.1 (dataSignatureCompleted); answer carries the signWsid to query with 2.2; path chosen
        under /v1/open/hospital/hospitals like 4.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureAccepted",
            await self._caller.call(
                "yiyiqian_client.api.data_signature.create_data_signature", {"body": body}, True
            ),
        )

    async def get_data_signature(self, *, sign_wsid: str) -> DataSignatureV1Result:
        """数据签名回传_主动查询 (2.2, `getDataSignature`: GET /v1/open/hospital/hospitals/data-signatures/query)

        Evidence: inferred. Only title and GET known. Answers the same record the 7.1 webhook carries in
        rawData (business, signature, appInfo); looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV1Result",
            await self._caller.call(
                "yiyiqian_client.api.data_signature.get_data_signature",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    async def quick_sign_data(self, *, body: DataSignatureRequest) -> DataSignatureV1Result:
        """数据快捷签名 (2.3, `quickSignData`: POST /v1/open/hospital/hospitals/data-signatures/quick-sign)

        Evidence: inferred. Only title and POST known. Taken as the synchronous (automatic) variant of
        2.1; same body, answers the finished record.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV1Result",
            await self._caller.call(
                "yiyiqian_client.api.data_signature.quick_sign_data", {"body": body}, True
            ),
        )

    async def manual_sign_data(self, *, body: DataSignatureRequest) -> DataSignatureAccepted:
        """数据手动签名 (2.4, `manualSignData`: POST /v1/open/hospital/hospitals/data-signatures/manual-sign)

        Evidence: inferred. Only title and POST known. Taken as the variant the signer confirms on the
        phone shield; same body as 2.1, answers a pending record to follow with 2.2 or webhook 7.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureAccepted",
            await self._caller.call(
                "yiyiqian_client.api.data_signature.manual_sign_data", {"body": body}, True
            ),
        )

    async def verify_data_signature(
        self, *, body: DataSignatureVerifyRequest
    ) -> SignatureVerification:
        """数据签验证接口 (2.5, `verifyDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/verify)

        Evidence: inferred. Only title and POST known (the docs number it 2.4 as well). Takes the signed
        data, the base64 signValue and the signer certificate; answers validity and trust.

        Returns: the answer's `data` (SignatureVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SignatureVerification",
            await self._caller.call(
                "yiyiqian_client.api.data_signature.verify_data_signature", {"body": body}, True
            ),
        )


class AsyncDataSignatureV2Resource:
    """3.数据签名v2: 4 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def start_async_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> DataSignatureAccepted:
        """发起数据异步签名 (3.1, `startAsyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/async-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen (it creates a task); body modelled
        on the v2 record of webhook 7.3 (customTag, patientInfo, signingData, participants); result by
        webhook 7.3 or 3.3.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureAccepted",
            await self._caller.call(
                "yiyiqian_client.api.data_signature_v2.start_async_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    async def start_sync_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> DataSignatureV2Record:
        """发起数据同步签名 (3.2, `startSyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/sync-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; same body as 3.1, answers the
        finished v2 record of webhook 7.3.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV2Record",
            await self._caller.call(
                "yiyiqian_client.api.data_signature_v2.start_sync_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    async def get_data_signature_v2_result(self, *, sign_wsid: str) -> DataSignatureV2Record:
        """查询数据签名结果 (3.3, `getDataSignatureV2Result`: GET
        /v1/open/hospital/hospitals/data-signatures/v2/result)

        Evidence: inferred. Neither method nor path seen. GET chosen (a query, like 2.2); answers the v2
        record of webhook 7.3, looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV2Record",
            await self._caller.call(
                "yiyiqian_client.api.data_signature_v2.get_data_signature_v2_result",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    async def execute_data_signature_v2(
        self, *, body: DataSignatureV2ExecuteRequest
    ) -> DataSignatureV2Record:
        """医护执行签名 (3.4, `executeDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/execute-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; a participant (by userJobId)
        performs its pending signature on a v2 task; answers the updated v2 record.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DataSignatureV2Record",
            await self._caller.call(
                "yiyiqian_client.api.data_signature_v2.execute_data_signature_v2",
                {"body": body},
                True,
            ),
        )


class AsyncPdfSigningResource:
    """4.PDF版式文书签署: 8 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def apply_template_signing(self, *, body: TemplateApplyRequest) -> FileSigningAccepted:
        """文件异步签署 (4.1, `applyTemplateSigning`: POST /v1/open/hospital/hospitals/templates/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen on the vendor's page (no field marked required; vendor spellings kept). The response
        was not seen; its data (fileWsid, customTagID, status) is chosen by this project. The sandbox's
        choices (inferred) are that a PDF it cannot open is refused with 400, a signer key names the
        signature field it adds (not looked up in the PDF), and a job that cannot be signed ends FAILED
        with its own fileSignatureFailed webhook.

        Returns: the answer's `data` (FileSigningAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSigningAccepted",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.apply_template_signing", {"body": body}, True
            ),
        )

    async def apply_template_signing_sync(self, *, body: TemplateApplyRequest) -> FileSigningResult:
        """文件同步签署 (4.2, `applyTemplateSigningSync`: POST /v1/open/hospital/hospitals/templates/apply-sync)

        Evidence: inferred. Only title and POST known. Taken as the synchronous counterpart of 4.1 (same
        body, path beside it); answers the signed PDF.

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSigningResult",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.apply_template_signing_sync", {"body": body}, True
            ),
        )

    async def get_file_signature_images(self, *, file_wsid: str) -> list[SignatureImage]:
        """查询患者文件签名的图片 (4.3, `getFileSignatureImages`: GET
        /v1/open/hospital/hospitals/files/signature-images)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid; answers one PNG (base64)
        per signature spot.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[SignatureImage]",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.get_file_signature_images",
                {"file_wsid": file_wsid},
                True,
            ),
        )

    async def execute_file_signature(self, *, body: FileExecuteSignRequest) -> FileSignatureRecord:
        """医护执行签名 (4.4, `executeFileSignature`: POST /v1/open/hospital/hospitals/files/execute-sign)

        Evidence: inferred. Only title and POST known. A doctor or nurse (signerUserJobId) performs the
        pending signature at a signature spot (signerKeyName, as in 4.1) of a file. A second signature
        by the same signer, or one on a finished file, is answered with the sandbox's conflict code
        100400409.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSignatureRecord",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.execute_file_signature", {"body": body}, True
            ),
        )

    async def verify_file_by_id(self, *, body: FileVerifyByIdRequest) -> FileVerification:
        """使用文件ID验签 (4.5, `verifyFileById`: POST /v1/open/hospital/hospitals/files/verify)

        Evidence: inferred. Only title and POST known. Body {fileWsid}; answers one verification entry
        per PDF signature.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileVerification",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.verify_file_by_id", {"body": body}, True
            ),
        )

    async def verify_uploaded_file(self, *, body: FileUploadVerifyRequest) -> FileVerification:
        """上传文件验签 (4.6, `verifyUploadedFile`: POST /v1/open/hospital/hospitals/files/verify-upload)

        Evidence: inferred. Only title and POST known. multipart/form-data with one binary part `file`
        chosen (the title says upload); answers as 4.5.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileVerification",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.verify_uploaded_file", {"body": body}, True
            ),
        )

    async def list_file_signature_records(
        self, *, file_wsid: str | Unset = UNSET, custom_tag_id: str | Unset = UNSET
    ) -> list[FileSignatureRecord]:
        """查询文件签名记录 (4.7, `listFileSignatureRecords`: GET
        /v1/open/hospital/hospitals/files/signature-records)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid or by the caller's
        customTagID (4.1); answers the records, newest last.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[FileSignatureRecord]",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.list_file_signature_records",
                {"file_wsid": file_wsid, "custom_tag_id": custom_tag_id},
                True,
            ),
        )

    async def revoke_file_signature_record(
        self, *, body: RevokeSignatureRecordRequest
    ) -> FileSignatureRecord:
        """撤销签名记录 (4.8, `revokeFileSignatureRecord`: POST
        /v1/open/hospital/hospitals/files/revoke-signature-record)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST chosen
        (it changes state); body {recordWsid, reason}; answers the revoked record.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSignatureRecord",
            await self._caller.call(
                "yiyiqian_client.api.pdf_signing.revoke_file_signature_record", {"body": body}, True
            ),
        )


class AsyncPdfStepSigningResource:
    """5.PDF版式文件分步签署: 3 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def start_signing_flow(self, *, body: SigningFlowRequest) -> SigningFlow:
        """发起签署流程 (5.1, `startSigningFlow`: POST /v1/open/hospital/hospitals/templates/form/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen (no field marked required; mode AUTO seen, MANUAL chosen for the manual mode of 5.3).
        The response was not seen; its data (flowWsid, fileWsid, status) is chosen by this project.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SigningFlow",
            await self._caller.call(
                "yiyiqian_client.api.pdf_step_signing.start_signing_flow", {"body": body}, True
            ),
        )

    async def sign_or_fill_form(self, *, body: SigningFlowStepRequest) -> SigningFlow:
        """发起签名或填写表单 (5.2, `signOrFillForm`: POST /v1/open/hospital/hospitals/templates/form/sign)

        Evidence: partial. POST and the path prefix /v1/op seen. Path chosen beside 5.1; body {flowWsid,
        signature spot and signer, form fields}; answers the flow.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SigningFlow",
            await self._caller.call(
                "yiyiqian_client.api.pdf_step_signing.sign_or_fill_form", {"body": body}, True
            ),
        )

    async def complete_signing_flow(self, *, body: SigningFlowCompleteRequest) -> SigningFlow:
        """完成签署流程(手动模式调用) (5.3, `completeSigningFlow`: POST
        /v1/open/hospital/hospitals/templates/form/complete)

        Evidence: inferred. Only title and POST known (the stored page stops at 'POST /'). Path chosen
        beside 5.1; body {flowWsid}; answers the finished flow; the signed PDF goes out with webhook
        7.2.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "SigningFlow",
            await self._caller.call(
                "yiyiqian_client.api.pdf_step_signing.complete_signing_flow", {"body": body}, True
            ),
        )


class AsyncUserInfoResource:
    """6.用户信息查询: 3 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_user_handwritten_signature(self, *, user_job_id: str) -> HandwrittenSignature:
        """查询用户手写签名图片 (6.1, `getUserHandwrittenSignature`: GET
        /v1/open/hospital/hospital-users/handwritten-signature)

        Evidence: partial. GET and the path prefix /v1/open/hospital/ seen. Rest of the path chosen
        under hospital-users (as 9.1); looked up by userJobId; answers a PNG (base64).

        Returns: the answer's `data` (HandwrittenSignature).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "HandwrittenSignature",
            await self._caller.call(
                "yiyiqian_client.api.user_info.get_user_handwritten_signature",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    async def get_user_phone_shield_settings(self, *, user_job_id: str) -> PhoneShieldSettings:
        """查询指定用户的手机盾设置 (6.2, `getUserPhoneShieldSettings`: GET
        /v1/open/hospital/hospital-users/phone-shield-settings)

        Evidence: partial. GET and the path prefix /v1/open/hospita seen. Looked up by userJobId;
        answers whether the phone shield and its silent signing (静默签署, named in the Delphi sample page)
        are on.

        Returns: the answer's `data` (PhoneShieldSettings).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PhoneShieldSettings",
            await self._caller.call(
                "yiyiqian_client.api.user_info.get_user_phone_shield_settings",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    async def batch_get_user_handwritten_signatures(
        self, *, body: HandwrittenSignaturesRequest
    ) -> list[HandwrittenSignature]:
        """查询用户手写签名图片 (6.3, `batchGetUserHandwrittenSignatures`: POST
        /v1/open/hospital/hospital-users/handwritten-signatures)

        Evidence: partial. POST and the path prefix /v1/open/hospital seen; same title as 6.1. Taken as
        the batch variant with the job numbers in the body.

        Returns: the answer's `data` (list[HandwrittenSignature]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[HandwrittenSignature]",
            await self._caller.call(
                "yiyiqian_client.api.user_info.batch_get_user_handwritten_signatures",
                {"body": body},
                True,
            ),
        )


class AsyncPatientInfoResource:
    """8.患者信息查询: 1 operation."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_patient_signature_image(self, *, file_wsid: str) -> list[SignatureImage]:
        """获取患者签名图片 (8.1, `getPatientSignatureImage`: GET /v1/open/seal/third-person-seal/file-wsid)

        Evidence: partial. GET and the full path seen; the query section was cut. Query fileWsid chosen
        (the path names it); answers the patients' (out-of-hospital signers') images.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[SignatureImage]",
            await self._caller.call(
                "yiyiqian_client.api.patient_info.get_patient_signature_image",
                {"file_wsid": file_wsid},
                True,
            ),
        )


class AsyncDataSyncResource:
    """9.数据同步: 1 operation."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def upsert_hospital_users(self, *, body: HospitalUsersRequest) -> PushResult:
        """新增或更新系统账户数据 (9.1, `upsertHospitalUsers`: POST /v1/open/hospital/hospital-users/update-or-create)

        Evidence: partial. POST and the path prefix /v1/open/hospital/hospital-users/update- seen (page
        marked 测试中). Body {users[]} keyed by userJobId chosen; answers counts created and updated.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.data_sync.upsert_hospital_users", {"body": body}, True
            ),
        )


class AsyncArchiveSignatureResource:
    """10.归档签: 1 operation."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def archive_signature(self, *, body: ArchiveSignatureRequest) -> FileSigningResult:
        """无外观 (10, `archiveSignature`: POST /v1/open/hospital/hospitals/signature/archive)

        Evidence: partial. POST and the full path seen, with a query section (presumably access_token);
        body not seen. Body {document{base64}, customTagID} chosen; answers the signed PDF (invisible
        archive signature).

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "FileSigningResult",
            await self._caller.call(
                "yiyiqian_client.api.archive_signature.archive_signature", {"body": body}, True
            ),
        )


class AsyncEmrBasicResource:
    """二、无纸化病案系统接口 / 1.基础接口: 11 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def push_departments(self, *, body: DepartmentsPushRequest) -> PushResult:
        """三方系统-科室推送 (自定义结构) (二.1.1, `pushDepartments`: POST /collect/third/push-departments)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-departments chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of departments (科室); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_departments", {"body": body}, True
            ),
        )

    async def push_medical_staff(self, *, body: MedicalStaffPushRequest) -> PushResult:
        """三方系统-推送医护信息(自定义结构) (二.1.2, `pushMedicalStaff`: POST /collect/third/push-medical-staff)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-staff chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of doctors and nurses (医护); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_medical_staff", {"body": body}, True
            ),
        )

    async def push_home_pages(self, *, body: HomePagesPushRequest) -> PushResult:
        """三方系统-推送首页数据 (自定义结构) (二.1.3, `pushHomePages`: POST /collect/third/push-home-pages)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-home-pages chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of record front pages (病案首页); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_home_pages", {"body": body}, True
            ),
        )

    async def push_patients(self, *, body: PatientsPushRequest) -> PushResult:
        """三方系统-推送患者信息 (自定义结构) (二.1.4, `pushPatients`: POST /collect/third/push-patients)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-patients chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of patients (患者); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_patients", {"body": body}, True
            ),
        )

    async def push_icd_mappings(self, *, body: IcdMappingsPushRequest) -> PushResult:
        """三方推送-医保ICD对照数据(自定义结构) (二.1.5, `pushIcdMappings`: POST /collect/third/push-icd-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-icd-mappings chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of ICD mappings (医保ICD对照); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_icd_mappings", {"body": body}, True
            ),
        )

    async def push_settlement_lists(self, *, body: SettlementListsPushRequest) -> PushResult:
        """三方系统-推送医保结算清单信息 (二.1.6, `pushSettlementLists`: POST /collect/third/push-settlement-lists)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-settlement-lists chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of settlement lists (医保结算清单); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_settlement_lists", {"body": body}, True
            ),
        )

    async def push_medical_orders(self, *, body: MedicalOrdersPushRequest) -> PushResult:
        """三方系统-推送医嘱信息(自定义结构) (二.1.7, `pushMedicalOrders`: POST /collect/third/push-medical-orders)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-orders chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of medical orders (医嘱); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_medical_orders", {"body": body}, True
            ),
        )

    async def push_order_item_mappings(self, *, body: OrderItemMappingsPushRequest) -> PushResult:
        """三方系统-推送医嘱对照细目(药品,检查,检验) (二.1.8, `pushOrderItemMappings`: POST
        /collect/third/push-order-item-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-order-item-mappings chosen after the /collect/third/pu... prefix of 二.2.1;
        body {items[]} of order-item mappings (医嘱对照细目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_order_item_mappings", {"body": body}, True
            ),
        )

    async def push_charge_items(self, *, body: ChargeItemsPushRequest) -> PushResult:
        """三方系统-推送患者收费项目 (二.1.9, `pushChargeItems`: POST /collect/third/push-charge-items)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-charge-items chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of charge items (收费项目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_charge_items", {"body": body}, True
            ),
        )

    async def push_quality_control_results(
        self, *, body: QualityControlResultsPushRequest
    ) -> PushResult:
        """三方系统-推送质控结果 (二.1.10, `pushQualityControlResults`: POST /collect/third/push-qc-results)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-qc-results chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of quality-control results (质控结果); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_quality_control_results", {"body": body}, True
            ),
        )

    async def push_catalogue_results(self, *, body: CatalogueResultsPushRequest) -> PushResult:
        """三方系统-推送编目结果 (二.1.11, `pushCatalogueResults`: POST /collect/third/push-catalogue-results)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST and
        /collect/third/push-catalogue-results chosen like its siblings; body {items[]} of cataloguing
        results (编目结果).

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "PushResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_basic.push_catalogue_results", {"body": body}, True
            ),
        )


class AsyncEmrArchiveResource:
    """二、无纸化病案系统接口 / 2.病案归档: 4 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def append_document(self, *, body: EmrDocument) -> EmrDocumentStored:
        """三方系统-追加文档 (自定义结构) (二.2.1, `appendDocument`: POST /collect/third/push-document)

        Evidence: partial. POST and the path prefix /collect/third/pu seen. /collect/third/push-document
        chosen; body = one document of a patient's visit with the file as base64; answers the stored
        document's id.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "EmrDocumentStored",
            await self._caller.call(
                "yiyiqian_client.api.emr_archive.append_document", {"body": body}, True
            ),
        )

    async def push_document_record(
        self,
        *,
        patient_id: str,
        admission_number: str | Unset = UNSET,
        document_no: str,
        document_type: str,
        title: str | Unset = UNSET,
    ) -> EmrDocumentStored:
        """三方系统-推送文档记录(非文件) (二.2.2, `pushDocumentRecord`: GET /collect/third/push-document-record)

        Evidence: inferred. GET seen in the docs' navigation (kept although it pushes); path not seen.
        Path chosen beside 二.2.1; the record's fields travel as query parameters since a GET has no
        body.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "EmrDocumentStored",
            await self._caller.call(
                "yiyiqian_client.api.emr_archive.push_document_record",
                {
                    "patient_id": patient_id,
                    "admission_number": admission_number,
                    "document_no": document_no,
                    "document_type": document_type,
                    "title": title,
                },
                True,
            ),
        )

    async def delete_document_file(self, *, body: DeleteDocumentFileRequest) -> DeleteResult:
        """三方系统-删除文件 (二.2.3, `deleteDocumentFile`: POST /document/bags/third/delete-file)

        Evidence: partial. POST and the path prefix /document/bags/third/ seen (a delete done with
        POST). Body {patientID, documentNo} chosen; answers how many files were deleted.

        Returns: the answer's `data` (DeleteResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "DeleteResult",
            await self._caller.call(
                "yiyiqian_client.api.emr_archive.delete_document_file", {"body": body}, True
            ),
        )

    async def push_rephotographed_files(
        self, *, body: RephotographedFilesRequest
    ) -> EmrDocumentStored:
        """三方系统-推送翻拍文件 (二.2.4, `pushRephotographedFiles`: POST /collect/third/push-rephotographed-files)

        Evidence: inferred. POST seen in the newest docs' navigation; path not seen. Path chosen under
        /collect/third/ like 二.2.1; body = images (base64) of paper pages of one document.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "EmrDocumentStored",
            await self._caller.call(
                "yiyiqian_client.api.emr_archive.push_rephotographed_files", {"body": body}, True
            ),
        )


class AsyncEmrSharingResource:
    """二、无纸化病案系统接口 / 3.病案共享: 3 operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def query_patient_files(self, *, body: PatientFilesQuery) -> list[PatientFile]:
        """三方系统-获取患者文件 (二.3.1, `queryPatientFiles`: POST /document/open/query-patient-files)

        Evidence: partial. POST and the path prefix /document/open/query-patient-fi seen (a query done
        with POST). Body {patientID, admissionNumber?} chosen; answers the patient's documents without
        their content.

        Returns: the answer's `data` (list[PatientFile]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[PatientFile]",
            await self._caller.call(
                "yiyiqian_client.api.emr_sharing.query_patient_files", {"body": body}, True
            ),
        )

    async def query_patient_file_groups(self, *, body: PatientFilesQuery) -> list[PatientFileGroup]:
        """三方系统-获取患者文件组 (二.3.2, `queryPatientFileGroups`: POST /document/open/query-patient-file-groups)

        Evidence: partial. POST and the path prefix /document/open/query-patient-f seen. Same body as
        二.3.1; answers the files grouped by document type.

        Returns: the answer's `data` (list[PatientFileGroup]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[PatientFileGroup]",
            await self._caller.call(
                "yiyiqian_client.api.emr_sharing.query_patient_file_groups", {"body": body}, True
            ),
        )

    async def get_record_bag_detail(
        self, *, patient_id: str, admission_number: str | Unset = UNSET
    ) -> RecordBag:
        """获取病案袋详细信息 (二.3.3, `getRecordBagDetail`: GET /document/bags/detail)

        Evidence: inferred. GET seen in the newer docs' navigation; path not seen. Path chosen under
        /document/bags/ (the 病案袋 term of 二.2.3); looked up by patientID and admissionNumber.

        Returns: the answer's `data` (RecordBag).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "RecordBag",
            await self._caller.call(
                "yiyiqian_client.api.emr_sharing.get_record_bag_detail",
                {"patient_id": patient_id, "admission_number": admission_number},
                True,
            ),
        )


class AsyncTestApiResource:
    """三,测试接口: 1 operation."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def search_signed_files(self, *, body: SignedFilesSearch) -> list[FileSignatureRecord]:
        """三,测试接口 > 搜索签署文件 (三, `searchSignedFiles`: POST /document/open/search-signed-files)

        Evidence: inferred. A test endpoint in the middle docs version only; neither method nor path
        seen. POST under /document/open/ chosen like the 二.3 queries; body = optional filters; answers
        the signing records that match.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "list[FileSignatureRecord]",
            await self._caller.call(
                "yiyiqian_client.api.test_api.search_signed_files", {"body": body}, True
            ),
        )


class AsyncCaLoginResourceWithRawResponse:
    """1.CA扫码登录: 2 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def create_ca_login_task(
        self, *, body: CaLoginTaskRequest | Unset = UNSET
    ) -> APIResponse[CaLoginTask]:
        """创建CA扫码登录二维码 (1.1, `createCaLoginTask`: POST /v1/open/users/sso/create-ca-login-task)

        Evidence: inferred. Only title and POST known. Path chosen beside 1.2
        (/v1/open/users/sso/check-ca-login-task); returns the loginId that 1.2 takes, plus the QR-code
        content.

        Returns: the answer's `data` (CaLoginTask).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[CaLoginTask]",
            await self._caller.raw(
                "yiyiqian_client.api.ca_login.create_ca_login_task", {"body": body}, True
            ),
        )

    async def check_ca_login_task(
        self, *, app_id: str | Unset = UNSET, login_id: str | Unset = UNSET
    ) -> APIResponse[CaLoginResult | None]:
        """查询扫码登陆任务的状态信息 (1.2, `checkCaLoginTask`: GET /v1/open/users/sso/check-ca-login-task)

        Evidence: documented. Method, path, query (appId, loginId, access_token), header X-Signit-App-Id
        and the top level of the 200 body seen on the vendor's page; inner fields of session, userInfo
        and certificate not shown anywhere public.

        Returns: the answer's `data` (CaLoginResult | None).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[CaLoginResult | None]",
            await self._caller.raw(
                "yiyiqian_client.api.ca_login.check_ca_login_task",
                {"app_id": app_id, "login_id": login_id},
                False,
            ),
        )


class AsyncDataSignatureResourceWithRawResponse:
    """2.数据签名: 5 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def create_data_signature(
        self, *, body: DataSignatureRequest
    ) -> APIResponse[DataSignatureAccepted]:
        """数据签名接口 (2.1, `createDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/sign)

        Evidence: inferred. Only title and POST known. Body modelled on the business/signature blocks of
        webhook 7.1 (dataSignatureCompleted); answer carries the signWsid to query with 2.2; path chosen
        under /v1/open/hospital/hospitals like 4.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureAccepted]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature.create_data_signature", {"body": body}, True
            ),
        )

    async def get_data_signature(self, *, sign_wsid: str) -> APIResponse[DataSignatureV1Result]:
        """数据签名回传_主动查询 (2.2, `getDataSignature`: GET /v1/open/hospital/hospitals/data-signatures/query)

        Evidence: inferred. Only title and GET known. Answers the same record the 7.1 webhook carries in
        rawData (business, signature, appInfo); looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV1Result]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature.get_data_signature",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    async def quick_sign_data(
        self, *, body: DataSignatureRequest
    ) -> APIResponse[DataSignatureV1Result]:
        """数据快捷签名 (2.3, `quickSignData`: POST /v1/open/hospital/hospitals/data-signatures/quick-sign)

        Evidence: inferred. Only title and POST known. Taken as the synchronous (automatic) variant of
        2.1; same body, answers the finished record.

        Returns: the answer's `data` (DataSignatureV1Result).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV1Result]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature.quick_sign_data", {"body": body}, True
            ),
        )

    async def manual_sign_data(
        self, *, body: DataSignatureRequest
    ) -> APIResponse[DataSignatureAccepted]:
        """数据手动签名 (2.4, `manualSignData`: POST /v1/open/hospital/hospitals/data-signatures/manual-sign)

        Evidence: inferred. Only title and POST known. Taken as the variant the signer confirms on the
        phone shield; same body as 2.1, answers a pending record to follow with 2.2 or webhook 7.1.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureAccepted]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature.manual_sign_data", {"body": body}, True
            ),
        )

    async def verify_data_signature(
        self, *, body: DataSignatureVerifyRequest
    ) -> APIResponse[SignatureVerification]:
        """数据签验证接口 (2.5, `verifyDataSignature`: POST /v1/open/hospital/hospitals/data-signatures/verify)

        Evidence: inferred. Only title and POST known (the docs number it 2.4 as well). Takes the signed
        data, the base64 signValue and the signer certificate; answers validity and trust.

        Returns: the answer's `data` (SignatureVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SignatureVerification]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature.verify_data_signature", {"body": body}, True
            ),
        )


class AsyncDataSignatureV2ResourceWithRawResponse:
    """3.数据签名v2: 4 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def start_async_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> APIResponse[DataSignatureAccepted]:
        """发起数据异步签名 (3.1, `startAsyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/async-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen (it creates a task); body modelled
        on the v2 record of webhook 7.3 (customTag, patientInfo, signingData, participants); result by
        webhook 7.3 or 3.3.

        Returns: the answer's `data` (DataSignatureAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureAccepted]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.start_async_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    async def start_sync_data_signature_v2(
        self, *, body: DataSignatureV2Request
    ) -> APIResponse[DataSignatureV2Record]:
        """发起数据同步签名 (3.2, `startSyncDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/sync-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; same body as 3.1, answers the
        finished v2 record of webhook 7.3.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV2Record]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.start_sync_data_signature_v2",
                {"body": body},
                True,
            ),
        )

    async def get_data_signature_v2_result(
        self, *, sign_wsid: str
    ) -> APIResponse[DataSignatureV2Record]:
        """查询数据签名结果 (3.3, `getDataSignatureV2Result`: GET
        /v1/open/hospital/hospitals/data-signatures/v2/result)

        Evidence: inferred. Neither method nor path seen. GET chosen (a query, like 2.2); answers the v2
        record of webhook 7.3, looked up by signWsid.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV2Record]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.get_data_signature_v2_result",
                {"sign_wsid": sign_wsid},
                True,
            ),
        )

    async def execute_data_signature_v2(
        self, *, body: DataSignatureV2ExecuteRequest
    ) -> APIResponse[DataSignatureV2Record]:
        """医护执行签名 (3.4, `executeDataSignatureV2`: POST
        /v1/open/hospital/hospitals/data-signatures/v2/execute-sign)

        Evidence: inferred. Neither method nor path seen. POST chosen; a participant (by userJobId)
        performs its pending signature on a v2 task; answers the updated v2 record.

        Returns: the answer's `data` (DataSignatureV2Record).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DataSignatureV2Record]",
            await self._caller.raw(
                "yiyiqian_client.api.data_signature_v2.execute_data_signature_v2",
                {"body": body},
                True,
            ),
        )


class AsyncPdfSigningResourceWithRawResponse:
    """4.PDF版式文书签署: 8 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def apply_template_signing(
        self, *, body: TemplateApplyRequest
    ) -> APIResponse[FileSigningAccepted]:
        """文件异步签署 (4.1, `applyTemplateSigning`: POST /v1/open/hospital/hospitals/templates/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen on the vendor's page (no field marked required; vendor spellings kept). The response
        was not seen; its data (fileWsid, customTagID, status) is chosen by this project. The sandbox's
        choices (inferred) are that a PDF it cannot open is refused with 400, a signer key names the
        signature field it adds (not looked up in the PDF), and a job that cannot be signed ends FAILED
        with its own fileSignatureFailed webhook.

        Returns: the answer's `data` (FileSigningAccepted).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSigningAccepted]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.apply_template_signing", {"body": body}, True
            ),
        )

    async def apply_template_signing_sync(
        self, *, body: TemplateApplyRequest
    ) -> APIResponse[FileSigningResult]:
        """文件同步签署 (4.2, `applyTemplateSigningSync`: POST /v1/open/hospital/hospitals/templates/apply-sync)

        Evidence: inferred. Only title and POST known. Taken as the synchronous counterpart of 4.1 (same
        body, path beside it); answers the signed PDF.

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSigningResult]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.apply_template_signing_sync", {"body": body}, True
            ),
        )

    async def get_file_signature_images(
        self, *, file_wsid: str
    ) -> APIResponse[list[SignatureImage]]:
        """查询患者文件签名的图片 (4.3, `getFileSignatureImages`: GET
        /v1/open/hospital/hospitals/files/signature-images)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid; answers one PNG (base64)
        per signature spot.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[SignatureImage]]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.get_file_signature_images",
                {"file_wsid": file_wsid},
                True,
            ),
        )

    async def execute_file_signature(
        self, *, body: FileExecuteSignRequest
    ) -> APIResponse[FileSignatureRecord]:
        """医护执行签名 (4.4, `executeFileSignature`: POST /v1/open/hospital/hospitals/files/execute-sign)

        Evidence: inferred. Only title and POST known. A doctor or nurse (signerUserJobId) performs the
        pending signature at a signature spot (signerKeyName, as in 4.1) of a file. A second signature
        by the same signer, or one on a finished file, is answered with the sandbox's conflict code
        100400409.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSignatureRecord]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.execute_file_signature", {"body": body}, True
            ),
        )

    async def verify_file_by_id(
        self, *, body: FileVerifyByIdRequest
    ) -> APIResponse[FileVerification]:
        """使用文件ID验签 (4.5, `verifyFileById`: POST /v1/open/hospital/hospitals/files/verify)

        Evidence: inferred. Only title and POST known. Body {fileWsid}; answers one verification entry
        per PDF signature.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileVerification]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.verify_file_by_id", {"body": body}, True
            ),
        )

    async def verify_uploaded_file(
        self, *, body: FileUploadVerifyRequest
    ) -> APIResponse[FileVerification]:
        """上传文件验签 (4.6, `verifyUploadedFile`: POST /v1/open/hospital/hospitals/files/verify-upload)

        Evidence: inferred. Only title and POST known. multipart/form-data with one binary part `file`
        chosen (the title says upload); answers as 4.5.

        Returns: the answer's `data` (FileVerification).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileVerification]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.verify_uploaded_file", {"body": body}, True
            ),
        )

    async def list_file_signature_records(
        self, *, file_wsid: str | Unset = UNSET, custom_tag_id: str | Unset = UNSET
    ) -> APIResponse[list[FileSignatureRecord]]:
        """查询文件签名记录 (4.7, `listFileSignatureRecords`: GET
        /v1/open/hospital/hospitals/files/signature-records)

        Evidence: inferred. Only title and GET known. Looked up by fileWsid or by the caller's
        customTagID (4.1); answers the records, newest last.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[FileSignatureRecord]]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.list_file_signature_records",
                {"file_wsid": file_wsid, "custom_tag_id": custom_tag_id},
                True,
            ),
        )

    async def revoke_file_signature_record(
        self, *, body: RevokeSignatureRecordRequest
    ) -> APIResponse[FileSignatureRecord]:
        """撤销签名记录 (4.8, `revokeFileSignatureRecord`: POST
        /v1/open/hospital/hospitals/files/revoke-signature-record)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST chosen
        (it changes state); body {recordWsid, reason}; answers the revoked record.

        Returns: the answer's `data` (FileSignatureRecord).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSignatureRecord]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_signing.revoke_file_signature_record", {"body": body}, True
            ),
        )


class AsyncPdfStepSigningResourceWithRawResponse:
    """5.PDF版式文件分步签署: 3 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def start_signing_flow(self, *, body: SigningFlowRequest) -> APIResponse[SigningFlow]:
        """发起签署流程 (5.1, `startSigningFlow`: POST /v1/open/hospital/hospitals/templates/form/apply)

        Evidence: documented. Method, path, query access_token, header X-Signit-App-Id and every body
        field seen (no field marked required; mode AUTO seen, MANUAL chosen for the manual mode of 5.3).
        The response was not seen; its data (flowWsid, fileWsid, status) is chosen by this project.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SigningFlow]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_step_signing.start_signing_flow", {"body": body}, True
            ),
        )

    async def sign_or_fill_form(self, *, body: SigningFlowStepRequest) -> APIResponse[SigningFlow]:
        """发起签名或填写表单 (5.2, `signOrFillForm`: POST /v1/open/hospital/hospitals/templates/form/sign)

        Evidence: partial. POST and the path prefix /v1/op seen. Path chosen beside 5.1; body {flowWsid,
        signature spot and signer, form fields}; answers the flow.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SigningFlow]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_step_signing.sign_or_fill_form", {"body": body}, True
            ),
        )

    async def complete_signing_flow(
        self, *, body: SigningFlowCompleteRequest
    ) -> APIResponse[SigningFlow]:
        """完成签署流程(手动模式调用) (5.3, `completeSigningFlow`: POST
        /v1/open/hospital/hospitals/templates/form/complete)

        Evidence: inferred. Only title and POST known (the stored page stops at 'POST /'). Path chosen
        beside 5.1; body {flowWsid}; answers the finished flow; the signed PDF goes out with webhook
        7.2.

        Returns: the answer's `data` (SigningFlow).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[SigningFlow]",
            await self._caller.raw(
                "yiyiqian_client.api.pdf_step_signing.complete_signing_flow", {"body": body}, True
            ),
        )


class AsyncUserInfoResourceWithRawResponse:
    """6.用户信息查询: 3 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def get_user_handwritten_signature(
        self, *, user_job_id: str
    ) -> APIResponse[HandwrittenSignature]:
        """查询用户手写签名图片 (6.1, `getUserHandwrittenSignature`: GET
        /v1/open/hospital/hospital-users/handwritten-signature)

        Evidence: partial. GET and the path prefix /v1/open/hospital/ seen. Rest of the path chosen
        under hospital-users (as 9.1); looked up by userJobId; answers a PNG (base64).

        Returns: the answer's `data` (HandwrittenSignature).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[HandwrittenSignature]",
            await self._caller.raw(
                "yiyiqian_client.api.user_info.get_user_handwritten_signature",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    async def get_user_phone_shield_settings(
        self, *, user_job_id: str
    ) -> APIResponse[PhoneShieldSettings]:
        """查询指定用户的手机盾设置 (6.2, `getUserPhoneShieldSettings`: GET
        /v1/open/hospital/hospital-users/phone-shield-settings)

        Evidence: partial. GET and the path prefix /v1/open/hospita seen. Looked up by userJobId;
        answers whether the phone shield and its silent signing (静默签署, named in the Delphi sample page)
        are on.

        Returns: the answer's `data` (PhoneShieldSettings).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PhoneShieldSettings]",
            await self._caller.raw(
                "yiyiqian_client.api.user_info.get_user_phone_shield_settings",
                {"user_job_id": user_job_id},
                True,
            ),
        )

    async def batch_get_user_handwritten_signatures(
        self, *, body: HandwrittenSignaturesRequest
    ) -> APIResponse[list[HandwrittenSignature]]:
        """查询用户手写签名图片 (6.3, `batchGetUserHandwrittenSignatures`: POST
        /v1/open/hospital/hospital-users/handwritten-signatures)

        Evidence: partial. POST and the path prefix /v1/open/hospital seen; same title as 6.1. Taken as
        the batch variant with the job numbers in the body.

        Returns: the answer's `data` (list[HandwrittenSignature]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[HandwrittenSignature]]",
            await self._caller.raw(
                "yiyiqian_client.api.user_info.batch_get_user_handwritten_signatures",
                {"body": body},
                True,
            ),
        )


class AsyncPatientInfoResourceWithRawResponse:
    """8.患者信息查询: 1 operation."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def get_patient_signature_image(
        self, *, file_wsid: str
    ) -> APIResponse[list[SignatureImage]]:
        """获取患者签名图片 (8.1, `getPatientSignatureImage`: GET /v1/open/seal/third-person-seal/file-wsid)

        Evidence: partial. GET and the full path seen; the query section was cut. Query fileWsid chosen
        (the path names it); answers the patients' (out-of-hospital signers') images.

        Returns: the answer's `data` (list[SignatureImage]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[SignatureImage]]",
            await self._caller.raw(
                "yiyiqian_client.api.patient_info.get_patient_signature_image",
                {"file_wsid": file_wsid},
                True,
            ),
        )


class AsyncDataSyncResourceWithRawResponse:
    """9.数据同步: 1 operation."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def upsert_hospital_users(self, *, body: HospitalUsersRequest) -> APIResponse[PushResult]:
        """新增或更新系统账户数据 (9.1, `upsertHospitalUsers`: POST /v1/open/hospital/hospital-users/update-or-create)

        Evidence: partial. POST and the path prefix /v1/open/hospital/hospital-users/update- seen (page
        marked 测试中). Body {users[]} keyed by userJobId chosen; answers counts created and updated.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.data_sync.upsert_hospital_users", {"body": body}, True
            ),
        )


class AsyncArchiveSignatureResourceWithRawResponse:
    """10.归档签: 1 operation."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def archive_signature(
        self, *, body: ArchiveSignatureRequest
    ) -> APIResponse[FileSigningResult]:
        """无外观 (10, `archiveSignature`: POST /v1/open/hospital/hospitals/signature/archive)

        Evidence: partial. POST and the full path seen, with a query section (presumably access_token);
        body not seen. Body {document{base64}, customTagID} chosen; answers the signed PDF (invisible
        archive signature).

        Returns: the answer's `data` (FileSigningResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[FileSigningResult]",
            await self._caller.raw(
                "yiyiqian_client.api.archive_signature.archive_signature", {"body": body}, True
            ),
        )


class AsyncEmrBasicResourceWithRawResponse:
    """二、无纸化病案系统接口 / 1.基础接口: 11 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def push_departments(self, *, body: DepartmentsPushRequest) -> APIResponse[PushResult]:
        """三方系统-科室推送 (自定义结构) (二.1.1, `pushDepartments`: POST /collect/third/push-departments)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-departments chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of departments (科室); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_departments", {"body": body}, True
            ),
        )

    async def push_medical_staff(self, *, body: MedicalStaffPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送医护信息(自定义结构) (二.1.2, `pushMedicalStaff`: POST /collect/third/push-medical-staff)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-staff chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of doctors and nurses (医护); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_medical_staff", {"body": body}, True
            ),
        )

    async def push_home_pages(self, *, body: HomePagesPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送首页数据 (自定义结构) (二.1.3, `pushHomePages`: POST /collect/third/push-home-pages)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-home-pages chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of record front pages (病案首页); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_home_pages", {"body": body}, True
            ),
        )

    async def push_patients(self, *, body: PatientsPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送患者信息 (自定义结构) (二.1.4, `pushPatients`: POST /collect/third/push-patients)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-patients chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of patients (患者); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_patients", {"body": body}, True
            ),
        )

    async def push_icd_mappings(self, *, body: IcdMappingsPushRequest) -> APIResponse[PushResult]:
        """三方推送-医保ICD对照数据(自定义结构) (二.1.5, `pushIcdMappings`: POST /collect/third/push-icd-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-icd-mappings chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of ICD mappings (医保ICD对照); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_icd_mappings", {"body": body}, True
            ),
        )

    async def push_settlement_lists(
        self, *, body: SettlementListsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送医保结算清单信息 (二.1.6, `pushSettlementLists`: POST /collect/third/push-settlement-lists)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-settlement-lists chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of settlement lists (医保结算清单); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_settlement_lists", {"body": body}, True
            ),
        )

    async def push_medical_orders(
        self, *, body: MedicalOrdersPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送医嘱信息(自定义结构) (二.1.7, `pushMedicalOrders`: POST /collect/third/push-medical-orders)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-medical-orders chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of medical orders (医嘱); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_medical_orders", {"body": body}, True
            ),
        )

    async def push_order_item_mappings(
        self, *, body: OrderItemMappingsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送医嘱对照细目(药品,检查,检验) (二.1.8, `pushOrderItemMappings`: POST
        /collect/third/push-order-item-mappings)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-order-item-mappings chosen after the /collect/third/pu... prefix of 二.2.1;
        body {items[]} of order-item mappings (医嘱对照细目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_order_item_mappings", {"body": body}, True
            ),
        )

    async def push_charge_items(self, *, body: ChargeItemsPushRequest) -> APIResponse[PushResult]:
        """三方系统-推送患者收费项目 (二.1.9, `pushChargeItems`: POST /collect/third/push-charge-items)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-charge-items chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of charge items (收费项目); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_charge_items", {"body": body}, True
            ),
        )

    async def push_quality_control_results(
        self, *, body: QualityControlResultsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送质控结果 (二.1.10, `pushQualityControlResults`: POST /collect/third/push-qc-results)

        Evidence: inferred. POST seen in the docs' navigation; path not seen.
        /collect/third/push-qc-results chosen after the /collect/third/pu... prefix of 二.2.1; body
        {items[]} of quality-control results (质控结果); 自定义结构, so the hospital's own fields are allowed.

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_quality_control_results", {"body": body}, True
            ),
        )

    async def push_catalogue_results(
        self, *, body: CatalogueResultsPushRequest
    ) -> APIResponse[PushResult]:
        """三方系统-推送编目结果 (二.1.11, `pushCatalogueResults`: POST /collect/third/push-catalogue-results)

        Evidence: inferred. Listed in the newest docs only; neither method nor path seen. POST and
        /collect/third/push-catalogue-results chosen like its siblings; body {items[]} of cataloguing
        results (编目结果).

        Returns: the answer's `data` (PushResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[PushResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_basic.push_catalogue_results", {"body": body}, True
            ),
        )


class AsyncEmrArchiveResourceWithRawResponse:
    """二、无纸化病案系统接口 / 2.病案归档: 4 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def append_document(self, *, body: EmrDocument) -> APIResponse[EmrDocumentStored]:
        """三方系统-追加文档 (自定义结构) (二.2.1, `appendDocument`: POST /collect/third/push-document)

        Evidence: partial. POST and the path prefix /collect/third/pu seen. /collect/third/push-document
        chosen; body = one document of a patient's visit with the file as base64; answers the stored
        document's id.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[EmrDocumentStored]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_archive.append_document", {"body": body}, True
            ),
        )

    async def push_document_record(
        self,
        *,
        patient_id: str,
        admission_number: str | Unset = UNSET,
        document_no: str,
        document_type: str,
        title: str | Unset = UNSET,
    ) -> APIResponse[EmrDocumentStored]:
        """三方系统-推送文档记录(非文件) (二.2.2, `pushDocumentRecord`: GET /collect/third/push-document-record)

        Evidence: inferred. GET seen in the docs' navigation (kept although it pushes); path not seen.
        Path chosen beside 二.2.1; the record's fields travel as query parameters since a GET has no
        body.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[EmrDocumentStored]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_archive.push_document_record",
                {
                    "patient_id": patient_id,
                    "admission_number": admission_number,
                    "document_no": document_no,
                    "document_type": document_type,
                    "title": title,
                },
                True,
            ),
        )

    async def delete_document_file(
        self, *, body: DeleteDocumentFileRequest
    ) -> APIResponse[DeleteResult]:
        """三方系统-删除文件 (二.2.3, `deleteDocumentFile`: POST /document/bags/third/delete-file)

        Evidence: partial. POST and the path prefix /document/bags/third/ seen (a delete done with
        POST). Body {patientID, documentNo} chosen; answers how many files were deleted.

        Returns: the answer's `data` (DeleteResult).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[DeleteResult]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_archive.delete_document_file", {"body": body}, True
            ),
        )

    async def push_rephotographed_files(
        self, *, body: RephotographedFilesRequest
    ) -> APIResponse[EmrDocumentStored]:
        """三方系统-推送翻拍文件 (二.2.4, `pushRephotographedFiles`: POST /collect/third/push-rephotographed-files)

        Evidence: inferred. POST seen in the newest docs' navigation; path not seen. Path chosen under
        /collect/third/ like 二.2.1; body = images (base64) of paper pages of one document.

        Returns: the answer's `data` (EmrDocumentStored).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[EmrDocumentStored]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_archive.push_rephotographed_files", {"body": body}, True
            ),
        )


class AsyncEmrSharingResourceWithRawResponse:
    """二、无纸化病案系统接口 / 3.病案共享: 3 operations."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def query_patient_files(
        self, *, body: PatientFilesQuery
    ) -> APIResponse[list[PatientFile]]:
        """三方系统-获取患者文件 (二.3.1, `queryPatientFiles`: POST /document/open/query-patient-files)

        Evidence: partial. POST and the path prefix /document/open/query-patient-fi seen (a query done
        with POST). Body {patientID, admissionNumber?} chosen; answers the patient's documents without
        their content.

        Returns: the answer's `data` (list[PatientFile]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[PatientFile]]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_sharing.query_patient_files", {"body": body}, True
            ),
        )

    async def query_patient_file_groups(
        self, *, body: PatientFilesQuery
    ) -> APIResponse[list[PatientFileGroup]]:
        """三方系统-获取患者文件组 (二.3.2, `queryPatientFileGroups`: POST /document/open/query-patient-file-groups)

        Evidence: partial. POST and the path prefix /document/open/query-patient-f seen. Same body as
        二.3.1; answers the files grouped by document type.

        Returns: the answer's `data` (list[PatientFileGroup]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[PatientFileGroup]]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_sharing.query_patient_file_groups", {"body": body}, True
            ),
        )

    async def get_record_bag_detail(
        self, *, patient_id: str, admission_number: str | Unset = UNSET
    ) -> APIResponse[RecordBag]:
        """获取病案袋详细信息 (二.3.3, `getRecordBagDetail`: GET /document/bags/detail)

        Evidence: inferred. GET seen in the newer docs' navigation; path not seen. Path chosen under
        /document/bags/ (the 病案袋 term of 二.2.3); looked up by patientID and admissionNumber.

        Returns: the answer's `data` (RecordBag).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[RecordBag]",
            await self._caller.raw(
                "yiyiqian_client.api.emr_sharing.get_record_bag_detail",
                {"patient_id": patient_id, "admission_number": admission_number},
                True,
            ),
        )


class AsyncTestApiResourceWithRawResponse:
    """三,测试接口: 1 operation."""

    def __init__(self, caller: AsyncRawCaller) -> None:
        self._caller = caller

    async def search_signed_files(
        self, *, body: SignedFilesSearch
    ) -> APIResponse[list[FileSignatureRecord]]:
        """三,测试接口 > 搜索签署文件 (三, `searchSignedFiles`: POST /document/open/search-signed-files)

        Evidence: inferred. A test endpoint in the middle docs version only; neither method nor path
        seen. POST under /document/open/ chosen like the 二.3 queries; body = optional filters; answers
        the signing records that match.

        Returns: the answer's `data` (list[FileSignatureRecord]).
        Raises: yiyiqian.errors.APIError and its subclasses (BadRequestError, AuthenticationError,
        NotFoundError, ConflictError, RateLimitError, ServerError), TransportError, RequestTimeout,
        ResponseDecodeError.
        """
        return cast(
            "APIResponse[list[FileSignatureRecord]]",
            await self._caller.raw(
                "yiyiqian_client.api.test_api.search_signed_files", {"body": body}, True
            ),
        )


class YiyiqianWithRawResponse:
    """The same namespaces, each call returning an APIResponse (status, headers, code, raw bytes)."""

    ca_login: CaLoginResourceWithRawResponse
    data_signature: DataSignatureResourceWithRawResponse
    data_signature_v2: DataSignatureV2ResourceWithRawResponse
    pdf_signing: PdfSigningResourceWithRawResponse
    pdf_step_signing: PdfStepSigningResourceWithRawResponse
    user_info: UserInfoResourceWithRawResponse
    patient_info: PatientInfoResourceWithRawResponse
    data_sync: DataSyncResourceWithRawResponse
    archive_signature: ArchiveSignatureResourceWithRawResponse
    emr_basic: EmrBasicResourceWithRawResponse
    emr_archive: EmrArchiveResourceWithRawResponse
    emr_sharing: EmrSharingResourceWithRawResponse
    test_api: TestApiResourceWithRawResponse

    def __init__(self, caller: RawCaller) -> None:
        self.ca_login = CaLoginResourceWithRawResponse(caller)
        self.data_signature = DataSignatureResourceWithRawResponse(caller)
        self.data_signature_v2 = DataSignatureV2ResourceWithRawResponse(caller)
        self.pdf_signing = PdfSigningResourceWithRawResponse(caller)
        self.pdf_step_signing = PdfStepSigningResourceWithRawResponse(caller)
        self.user_info = UserInfoResourceWithRawResponse(caller)
        self.patient_info = PatientInfoResourceWithRawResponse(caller)
        self.data_sync = DataSyncResourceWithRawResponse(caller)
        self.archive_signature = ArchiveSignatureResourceWithRawResponse(caller)
        self.emr_basic = EmrBasicResourceWithRawResponse(caller)
        self.emr_archive = EmrArchiveResourceWithRawResponse(caller)
        self.emr_sharing = EmrSharingResourceWithRawResponse(caller)
        self.test_api = TestApiResourceWithRawResponse(caller)


class Yiyiqian(ClientBase):
    """The 医易签 API, sync: `client.<namespace>.<method>(...)` returns the typed `data`."""

    ca_login: CaLoginResource
    data_signature: DataSignatureResource
    data_signature_v2: DataSignatureV2Resource
    pdf_signing: PdfSigningResource
    pdf_step_signing: PdfStepSigningResource
    user_info: UserInfoResource
    patient_info: PatientInfoResource
    data_sync: DataSyncResource
    archive_signature: ArchiveSignatureResource
    emr_basic: EmrBasicResource
    emr_archive: EmrArchiveResource
    emr_sharing: EmrSharingResource
    test_api: TestApiResource

    def _bind(self, caller: Caller) -> None:
        self.ca_login = CaLoginResource(caller)
        self.data_signature = DataSignatureResource(caller)
        self.data_signature_v2 = DataSignatureV2Resource(caller)
        self.pdf_signing = PdfSigningResource(caller)
        self.pdf_step_signing = PdfStepSigningResource(caller)
        self.user_info = UserInfoResource(caller)
        self.patient_info = PatientInfoResource(caller)
        self.data_sync = DataSyncResource(caller)
        self.archive_signature = ArchiveSignatureResource(caller)
        self.emr_basic = EmrBasicResource(caller)
        self.emr_archive = EmrArchiveResource(caller)
        self.emr_sharing = EmrSharingResource(caller)
        self.test_api = TestApiResource(caller)

    @property
    def with_raw_response(self) -> YiyiqianWithRawResponse:
        """Namespaces whose calls return the whole answer: `.parse()` gives the `data`."""
        return YiyiqianWithRawResponse(RawCaller(self._client))


class AsyncYiyiqianWithRawResponse:
    """The same namespaces, each call returning an APIResponse (status, headers, code, raw bytes)."""

    ca_login: AsyncCaLoginResourceWithRawResponse
    data_signature: AsyncDataSignatureResourceWithRawResponse
    data_signature_v2: AsyncDataSignatureV2ResourceWithRawResponse
    pdf_signing: AsyncPdfSigningResourceWithRawResponse
    pdf_step_signing: AsyncPdfStepSigningResourceWithRawResponse
    user_info: AsyncUserInfoResourceWithRawResponse
    patient_info: AsyncPatientInfoResourceWithRawResponse
    data_sync: AsyncDataSyncResourceWithRawResponse
    archive_signature: AsyncArchiveSignatureResourceWithRawResponse
    emr_basic: AsyncEmrBasicResourceWithRawResponse
    emr_archive: AsyncEmrArchiveResourceWithRawResponse
    emr_sharing: AsyncEmrSharingResourceWithRawResponse
    test_api: AsyncTestApiResourceWithRawResponse

    def __init__(self, caller: AsyncRawCaller) -> None:
        self.ca_login = AsyncCaLoginResourceWithRawResponse(caller)
        self.data_signature = AsyncDataSignatureResourceWithRawResponse(caller)
        self.data_signature_v2 = AsyncDataSignatureV2ResourceWithRawResponse(caller)
        self.pdf_signing = AsyncPdfSigningResourceWithRawResponse(caller)
        self.pdf_step_signing = AsyncPdfStepSigningResourceWithRawResponse(caller)
        self.user_info = AsyncUserInfoResourceWithRawResponse(caller)
        self.patient_info = AsyncPatientInfoResourceWithRawResponse(caller)
        self.data_sync = AsyncDataSyncResourceWithRawResponse(caller)
        self.archive_signature = AsyncArchiveSignatureResourceWithRawResponse(caller)
        self.emr_basic = AsyncEmrBasicResourceWithRawResponse(caller)
        self.emr_archive = AsyncEmrArchiveResourceWithRawResponse(caller)
        self.emr_sharing = AsyncEmrSharingResourceWithRawResponse(caller)
        self.test_api = AsyncTestApiResourceWithRawResponse(caller)


class AsyncYiyiqian(AsyncClientBase):
    """The 医易签 API, async: `client.<namespace>.<method>(...)` returns the typed `data`."""

    ca_login: AsyncCaLoginResource
    data_signature: AsyncDataSignatureResource
    data_signature_v2: AsyncDataSignatureV2Resource
    pdf_signing: AsyncPdfSigningResource
    pdf_step_signing: AsyncPdfStepSigningResource
    user_info: AsyncUserInfoResource
    patient_info: AsyncPatientInfoResource
    data_sync: AsyncDataSyncResource
    archive_signature: AsyncArchiveSignatureResource
    emr_basic: AsyncEmrBasicResource
    emr_archive: AsyncEmrArchiveResource
    emr_sharing: AsyncEmrSharingResource
    test_api: AsyncTestApiResource

    def _bind(self, caller: AsyncCaller) -> None:
        self.ca_login = AsyncCaLoginResource(caller)
        self.data_signature = AsyncDataSignatureResource(caller)
        self.data_signature_v2 = AsyncDataSignatureV2Resource(caller)
        self.pdf_signing = AsyncPdfSigningResource(caller)
        self.pdf_step_signing = AsyncPdfStepSigningResource(caller)
        self.user_info = AsyncUserInfoResource(caller)
        self.patient_info = AsyncPatientInfoResource(caller)
        self.data_sync = AsyncDataSyncResource(caller)
        self.archive_signature = AsyncArchiveSignatureResource(caller)
        self.emr_basic = AsyncEmrBasicResource(caller)
        self.emr_archive = AsyncEmrArchiveResource(caller)
        self.emr_sharing = AsyncEmrSharingResource(caller)
        self.test_api = AsyncTestApiResource(caller)

    @property
    def with_raw_response(self) -> AsyncYiyiqianWithRawResponse:
        """Namespaces whose calls return the whole answer: `.parse()` gives the `data`."""
        return AsyncYiyiqianWithRawResponse(AsyncRawCaller(self._client))
