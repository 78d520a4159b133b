"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .app_info import AppInfo
    from .append_document_response_200 import AppendDocumentResponse200
    from .apply_template_signing_response_200 import ApplyTemplateSigningResponse200
    from .apply_template_signing_sync_response_200 import ApplyTemplateSigningSyncResponse200
    from .archive_signature_request import ArchiveSignatureRequest
    from .archive_signature_response_200 import ArchiveSignatureResponse200
    from .batch_get_user_handwritten_signatures_response_200 import BatchGetUserHandwrittenSignaturesResponse200
    from .ca_login_completed_data import CaLoginCompletedData
    from .ca_login_completed_event import CaLoginCompletedEvent
    from .ca_login_result import CaLoginResult
    from .ca_login_task import CaLoginTask
    from .ca_login_task_request import CaLoginTaskRequest
    from .catalogue_result import CatalogueResult
    from .catalogue_results_push_request import CatalogueResultsPushRequest
    from .cert_info import CertInfo
    from .charge_item import ChargeItem
    from .charge_items_push_request import ChargeItemsPushRequest
    from .check_ca_login_task_response_200 import CheckCaLoginTaskResponse200
    from .complete_signing_flow_response_200 import CompleteSigningFlowResponse200
    from .create_ca_login_task_response_200 import CreateCaLoginTaskResponse200
    from .create_data_signature_response_200 import CreateDataSignatureResponse200
    from .data_signature_accepted import DataSignatureAccepted
    from .data_signature_business import DataSignatureBusiness
    from .data_signature_completed_event import DataSignatureCompletedEvent
    from .data_signature_request import DataSignatureRequest
    from .data_signature_request_append_timestamp import DataSignatureRequestAppendTimestamp
    from .data_signature_v1 import DataSignatureV1
    from .data_signature_v1_result import DataSignatureV1Result
    from .data_signature_v2_completed_data import DataSignatureV2CompletedData
    from .data_signature_v2_completed_event import DataSignatureV2CompletedEvent
    from .data_signature_v2_execute_request import DataSignatureV2ExecuteRequest
    from .data_signature_v2_record import DataSignatureV2Record
    from .data_signature_v2_request import DataSignatureV2Request
    from .data_signature_verify_request import DataSignatureVerifyRequest
    from .delete_document_file_request import DeleteDocumentFileRequest
    from .delete_document_file_response_200 import DeleteDocumentFileResponse200
    from .delete_result import DeleteResult
    from .department import Department
    from .departments_push_request import DepartmentsPushRequest
    from .document import Document
    from .emr_document import EmrDocument
    from .emr_document_status_change import EmrDocumentStatusChange
    from .emr_document_status_changed_event import EmrDocumentStatusChangedEvent
    from .emr_document_stored import EmrDocumentStored
    from .emr_quality_control_change import EmrQualityControlChange
    from .emr_quality_control_changed_event import EmrQualityControlChangedEvent
    from .envelope import Envelope
    from .execute_data_signature_v2_response_200 import ExecuteDataSignatureV2Response200
    from .execute_file_signature_response_200 import ExecuteFileSignatureResponse200
    from .file_execute_sign_request import FileExecuteSignRequest
    from .file_signature_completed_data import FileSignatureCompletedData
    from .file_signature_completed_event import FileSignatureCompletedEvent
    from .file_signature_failed_data import FileSignatureFailedData
    from .file_signature_failed_data_status import FileSignatureFailedDataStatus
    from .file_signature_failed_event import FileSignatureFailedEvent
    from .file_signature_record import FileSignatureRecord
    from .file_signing_accepted import FileSigningAccepted
    from .file_signing_result import FileSigningResult
    from .file_upload_verify_request import FileUploadVerifyRequest
    from .file_verification import FileVerification
    from .file_verify_by_id_request import FileVerifyByIdRequest
    from .get_data_signature_response_200 import GetDataSignatureResponse200
    from .get_data_signature_v2_result_response_200 import GetDataSignatureV2ResultResponse200
    from .get_file_signature_images_response_200 import GetFileSignatureImagesResponse200
    from .get_patient_signature_image_response_200 import GetPatientSignatureImageResponse200
    from .get_record_bag_detail_response_200 import GetRecordBagDetailResponse200
    from .get_user_handwritten_signature_response_200 import GetUserHandwrittenSignatureResponse200
    from .get_user_phone_shield_settings_response_200 import GetUserPhoneShieldSettingsResponse200
    from .grant_type import GrantType
    from .handwritten_signature import HandwrittenSignature
    from .handwritten_signatures_request import HandwrittenSignaturesRequest
    from .home_page import HomePage
    from .home_page_items import HomePageItems
    from .home_pages_push_request import HomePagesPushRequest
    from .hospital_department import HospitalDepartment
    from .hospital_user import HospitalUser
    from .hospital_users_request import HospitalUsersRequest
    from .icd_mapping import IcdMapping
    from .icd_mappings_push_request import IcdMappingsPushRequest
    from .in_hospital_signer import InHospitalSigner
    from .list_file_signature_records_response_200 import ListFileSignatureRecordsResponse200
    from .login_certificate import LoginCertificate
    from .login_session import LoginSession
    from .login_user_info import LoginUserInfo
    from .manual_sign_data_response_200 import ManualSignDataResponse200
    from .medical_order import MedicalOrder
    from .medical_orders_push_request import MedicalOrdersPushRequest
    from .medical_staff import MedicalStaff
    from .medical_staff_push_request import MedicalStaffPushRequest
    from .o_auth_error import OAuthError
    from .order_item_category import OrderItemCategory
    from .order_item_mapping import OrderItemMapping
    from .order_item_mappings_push_request import OrderItemMappingsPushRequest
    from .out_hospital_signer import OutHospitalSigner
    from .participant import Participant
    from .participant_request import ParticipantRequest
    from .patient import Patient
    from .patient_file import PatientFile
    from .patient_file_group import PatientFileGroup
    from .patient_files_query import PatientFilesQuery
    from .patient_info import PatientInfo
    from .patients_push_request import PatientsPushRequest
    from .pdf_signature_check import PdfSignatureCheck
    from .phone_shield_settings import PhoneShieldSettings
    from .platform_error import PlatformError
    from .push_catalogue_results_response_200 import PushCatalogueResultsResponse200
    from .push_charge_items_response_200 import PushChargeItemsResponse200
    from .push_departments_response_200 import PushDepartmentsResponse200
    from .push_document_record_response_200 import PushDocumentRecordResponse200
    from .push_home_pages_response_200 import PushHomePagesResponse200
    from .push_icd_mappings_response_200 import PushIcdMappingsResponse200
    from .push_medical_orders_response_200 import PushMedicalOrdersResponse200
    from .push_medical_staff_response_200 import PushMedicalStaffResponse200
    from .push_order_item_mappings_response_200 import PushOrderItemMappingsResponse200
    from .push_patients_response_200 import PushPatientsResponse200
    from .push_quality_control_results_response_200 import PushQualityControlResultsResponse200
    from .push_rephotographed_files_response_200 import PushRephotographedFilesResponse200
    from .push_result import PushResult
    from .push_settlement_lists_response_200 import PushSettlementListsResponse200
    from .quality_control_result import QualityControlResult
    from .quality_control_results_push_request import QualityControlResultsPushRequest
    from .query_patient_file_groups_response_200 import QueryPatientFileGroupsResponse200
    from .query_patient_files_response_200 import QueryPatientFilesResponse200
    from .quick_sign_data_response_200 import QuickSignDataResponse200
    from .record_bag import RecordBag
    from .rephotographed_files_request import RephotographedFilesRequest
    from .revoke_file_signature_record_response_200 import RevokeFileSignatureRecordResponse200
    from .revoke_signature_record_request import RevokeSignatureRecordRequest
    from .search_signed_files_response_200 import SearchSignedFilesResponse200
    from .sender import Sender
    from .settlement_list import SettlementList
    from .settlement_lists_push_request import SettlementListsPushRequest
    from .sign_or_fill_form_response_200 import SignOrFillFormResponse200
    from .signature_image import SignatureImage
    from .signature_verification import SignatureVerification
    from .signed_data import SignedData
    from .signed_files_search import SignedFilesSearch
    from .signing_data import SigningData
    from .signing_flow import SigningFlow
    from .signing_flow_complete_request import SigningFlowCompleteRequest
    from .signing_flow_mode import SigningFlowMode
    from .signing_flow_request import SigningFlowRequest
    from .signing_flow_step_request import SigningFlowStepRequest
    from .signing_flow_step_request_form_fields import SigningFlowStepRequestFormFields
    from .signit_platform_event import SignitPlatformEvent
    from .signit_platform_event_data import SignitPlatformEventData
    from .start_async_data_signature_v2_response_200 import StartAsyncDataSignatureV2Response200
    from .start_signing_flow_response_200 import StartSigningFlowResponse200
    from .start_sync_data_signature_v2_response_200 import StartSyncDataSignatureV2Response200
    from .template_apply_request import TemplateApplyRequest
    from .template_ref import TemplateRef
    from .template_signing_common import TemplateSigningCommon
    from .timestamp_info import TimestampInfo
    from .upsert_hospital_users_response_200 import UpsertHospitalUsersResponse200
    from .verify_data_signature_response_200 import VerifyDataSignatureResponse200
    from .verify_file_by_id_response_200 import VerifyFileByIdResponse200
    from .verify_uploaded_file_response_200 import VerifyUploadedFileResponse200
    from .webhook_event_base import WebhookEventBase
    from .webhook_target import WebhookTarget

_MODULES = {
    'AccessToken': 'access_token',
    'AppInfo': 'app_info',
    'AppendDocumentResponse200': 'append_document_response_200',
    'ApplyTemplateSigningResponse200': 'apply_template_signing_response_200',
    'ApplyTemplateSigningSyncResponse200': 'apply_template_signing_sync_response_200',
    'ArchiveSignatureRequest': 'archive_signature_request',
    'ArchiveSignatureResponse200': 'archive_signature_response_200',
    'BatchGetUserHandwrittenSignaturesResponse200': 'batch_get_user_handwritten_signatures_response_200',
    'CaLoginCompletedData': 'ca_login_completed_data',
    'CaLoginCompletedEvent': 'ca_login_completed_event',
    'CaLoginResult': 'ca_login_result',
    'CaLoginTask': 'ca_login_task',
    'CaLoginTaskRequest': 'ca_login_task_request',
    'CatalogueResult': 'catalogue_result',
    'CatalogueResultsPushRequest': 'catalogue_results_push_request',
    'CertInfo': 'cert_info',
    'ChargeItem': 'charge_item',
    'ChargeItemsPushRequest': 'charge_items_push_request',
    'CheckCaLoginTaskResponse200': 'check_ca_login_task_response_200',
    'CompleteSigningFlowResponse200': 'complete_signing_flow_response_200',
    'CreateCaLoginTaskResponse200': 'create_ca_login_task_response_200',
    'CreateDataSignatureResponse200': 'create_data_signature_response_200',
    'DataSignatureAccepted': 'data_signature_accepted',
    'DataSignatureBusiness': 'data_signature_business',
    'DataSignatureCompletedEvent': 'data_signature_completed_event',
    'DataSignatureRequest': 'data_signature_request',
    'DataSignatureRequestAppendTimestamp': 'data_signature_request_append_timestamp',
    'DataSignatureV1': 'data_signature_v1',
    'DataSignatureV1Result': 'data_signature_v1_result',
    'DataSignatureV2CompletedData': 'data_signature_v2_completed_data',
    'DataSignatureV2CompletedEvent': 'data_signature_v2_completed_event',
    'DataSignatureV2ExecuteRequest': 'data_signature_v2_execute_request',
    'DataSignatureV2Record': 'data_signature_v2_record',
    'DataSignatureV2Request': 'data_signature_v2_request',
    'DataSignatureVerifyRequest': 'data_signature_verify_request',
    'DeleteDocumentFileRequest': 'delete_document_file_request',
    'DeleteDocumentFileResponse200': 'delete_document_file_response_200',
    'DeleteResult': 'delete_result',
    'Department': 'department',
    'DepartmentsPushRequest': 'departments_push_request',
    'Document': 'document',
    'EmrDocument': 'emr_document',
    'EmrDocumentStatusChange': 'emr_document_status_change',
    'EmrDocumentStatusChangedEvent': 'emr_document_status_changed_event',
    'EmrDocumentStored': 'emr_document_stored',
    'EmrQualityControlChange': 'emr_quality_control_change',
    'EmrQualityControlChangedEvent': 'emr_quality_control_changed_event',
    'Envelope': 'envelope',
    'ExecuteDataSignatureV2Response200': 'execute_data_signature_v2_response_200',
    'ExecuteFileSignatureResponse200': 'execute_file_signature_response_200',
    'FileExecuteSignRequest': 'file_execute_sign_request',
    'FileSignatureCompletedData': 'file_signature_completed_data',
    'FileSignatureCompletedEvent': 'file_signature_completed_event',
    'FileSignatureFailedData': 'file_signature_failed_data',
    'FileSignatureFailedDataStatus': 'file_signature_failed_data_status',
    'FileSignatureFailedEvent': 'file_signature_failed_event',
    'FileSignatureRecord': 'file_signature_record',
    'FileSigningAccepted': 'file_signing_accepted',
    'FileSigningResult': 'file_signing_result',
    'FileUploadVerifyRequest': 'file_upload_verify_request',
    'FileVerification': 'file_verification',
    'FileVerifyByIdRequest': 'file_verify_by_id_request',
    'GetDataSignatureResponse200': 'get_data_signature_response_200',
    'GetDataSignatureV2ResultResponse200': 'get_data_signature_v2_result_response_200',
    'GetFileSignatureImagesResponse200': 'get_file_signature_images_response_200',
    'GetPatientSignatureImageResponse200': 'get_patient_signature_image_response_200',
    'GetRecordBagDetailResponse200': 'get_record_bag_detail_response_200',
    'GetUserHandwrittenSignatureResponse200': 'get_user_handwritten_signature_response_200',
    'GetUserPhoneShieldSettingsResponse200': 'get_user_phone_shield_settings_response_200',
    'GrantType': 'grant_type',
    'HandwrittenSignature': 'handwritten_signature',
    'HandwrittenSignaturesRequest': 'handwritten_signatures_request',
    'HomePage': 'home_page',
    'HomePageItems': 'home_page_items',
    'HomePagesPushRequest': 'home_pages_push_request',
    'HospitalDepartment': 'hospital_department',
    'HospitalUser': 'hospital_user',
    'HospitalUsersRequest': 'hospital_users_request',
    'IcdMapping': 'icd_mapping',
    'IcdMappingsPushRequest': 'icd_mappings_push_request',
    'InHospitalSigner': 'in_hospital_signer',
    'ListFileSignatureRecordsResponse200': 'list_file_signature_records_response_200',
    'LoginCertificate': 'login_certificate',
    'LoginSession': 'login_session',
    'LoginUserInfo': 'login_user_info',
    'ManualSignDataResponse200': 'manual_sign_data_response_200',
    'MedicalOrder': 'medical_order',
    'MedicalOrdersPushRequest': 'medical_orders_push_request',
    'MedicalStaff': 'medical_staff',
    'MedicalStaffPushRequest': 'medical_staff_push_request',
    'OAuthError': 'o_auth_error',
    'OrderItemCategory': 'order_item_category',
    'OrderItemMapping': 'order_item_mapping',
    'OrderItemMappingsPushRequest': 'order_item_mappings_push_request',
    'OutHospitalSigner': 'out_hospital_signer',
    'Participant': 'participant',
    'ParticipantRequest': 'participant_request',
    'Patient': 'patient',
    'PatientFile': 'patient_file',
    'PatientFileGroup': 'patient_file_group',
    'PatientFilesQuery': 'patient_files_query',
    'PatientInfo': 'patient_info',
    'PatientsPushRequest': 'patients_push_request',
    'PdfSignatureCheck': 'pdf_signature_check',
    'PhoneShieldSettings': 'phone_shield_settings',
    'PlatformError': 'platform_error',
    'PushCatalogueResultsResponse200': 'push_catalogue_results_response_200',
    'PushChargeItemsResponse200': 'push_charge_items_response_200',
    'PushDepartmentsResponse200': 'push_departments_response_200',
    'PushDocumentRecordResponse200': 'push_document_record_response_200',
    'PushHomePagesResponse200': 'push_home_pages_response_200',
    'PushIcdMappingsResponse200': 'push_icd_mappings_response_200',
    'PushMedicalOrdersResponse200': 'push_medical_orders_response_200',
    'PushMedicalStaffResponse200': 'push_medical_staff_response_200',
    'PushOrderItemMappingsResponse200': 'push_order_item_mappings_response_200',
    'PushPatientsResponse200': 'push_patients_response_200',
    'PushQualityControlResultsResponse200': 'push_quality_control_results_response_200',
    'PushRephotographedFilesResponse200': 'push_rephotographed_files_response_200',
    'PushResult': 'push_result',
    'PushSettlementListsResponse200': 'push_settlement_lists_response_200',
    'QualityControlResult': 'quality_control_result',
    'QualityControlResultsPushRequest': 'quality_control_results_push_request',
    'QueryPatientFileGroupsResponse200': 'query_patient_file_groups_response_200',
    'QueryPatientFilesResponse200': 'query_patient_files_response_200',
    'QuickSignDataResponse200': 'quick_sign_data_response_200',
    'RecordBag': 'record_bag',
    'RephotographedFilesRequest': 'rephotographed_files_request',
    'RevokeFileSignatureRecordResponse200': 'revoke_file_signature_record_response_200',
    'RevokeSignatureRecordRequest': 'revoke_signature_record_request',
    'SearchSignedFilesResponse200': 'search_signed_files_response_200',
    'Sender': 'sender',
    'SettlementList': 'settlement_list',
    'SettlementListsPushRequest': 'settlement_lists_push_request',
    'SignOrFillFormResponse200': 'sign_or_fill_form_response_200',
    'SignatureImage': 'signature_image',
    'SignatureVerification': 'signature_verification',
    'SignedData': 'signed_data',
    'SignedFilesSearch': 'signed_files_search',
    'SigningData': 'signing_data',
    'SigningFlow': 'signing_flow',
    'SigningFlowCompleteRequest': 'signing_flow_complete_request',
    'SigningFlowMode': 'signing_flow_mode',
    'SigningFlowRequest': 'signing_flow_request',
    'SigningFlowStepRequest': 'signing_flow_step_request',
    'SigningFlowStepRequestFormFields': 'signing_flow_step_request_form_fields',
    'SignitPlatformEvent': 'signit_platform_event',
    'SignitPlatformEventData': 'signit_platform_event_data',
    'StartAsyncDataSignatureV2Response200': 'start_async_data_signature_v2_response_200',
    'StartSigningFlowResponse200': 'start_signing_flow_response_200',
    'StartSyncDataSignatureV2Response200': 'start_sync_data_signature_v2_response_200',
    'TemplateApplyRequest': 'template_apply_request',
    'TemplateRef': 'template_ref',
    'TemplateSigningCommon': 'template_signing_common',
    'TimestampInfo': 'timestamp_info',
    'UpsertHospitalUsersResponse200': 'upsert_hospital_users_response_200',
    'VerifyDataSignatureResponse200': 'verify_data_signature_response_200',
    'VerifyFileByIdResponse200': 'verify_file_by_id_response_200',
    'VerifyUploadedFileResponse200': 'verify_uploaded_file_response_200',
    'WebhookEventBase': 'webhook_event_base',
    'WebhookTarget': 'webhook_target',
}

__all__ = (
    'AccessToken',
    'AppInfo',
    'AppendDocumentResponse200',
    'ApplyTemplateSigningResponse200',
    'ApplyTemplateSigningSyncResponse200',
    'ArchiveSignatureRequest',
    'ArchiveSignatureResponse200',
    'BatchGetUserHandwrittenSignaturesResponse200',
    'CaLoginCompletedData',
    'CaLoginCompletedEvent',
    'CaLoginResult',
    'CaLoginTask',
    'CaLoginTaskRequest',
    'CatalogueResult',
    'CatalogueResultsPushRequest',
    'CertInfo',
    'ChargeItem',
    'ChargeItemsPushRequest',
    'CheckCaLoginTaskResponse200',
    'CompleteSigningFlowResponse200',
    'CreateCaLoginTaskResponse200',
    'CreateDataSignatureResponse200',
    'DataSignatureAccepted',
    'DataSignatureBusiness',
    'DataSignatureCompletedEvent',
    'DataSignatureRequest',
    'DataSignatureRequestAppendTimestamp',
    'DataSignatureV1',
    'DataSignatureV1Result',
    'DataSignatureV2CompletedData',
    'DataSignatureV2CompletedEvent',
    'DataSignatureV2ExecuteRequest',
    'DataSignatureV2Record',
    'DataSignatureV2Request',
    'DataSignatureVerifyRequest',
    'DeleteDocumentFileRequest',
    'DeleteDocumentFileResponse200',
    'DeleteResult',
    'Department',
    'DepartmentsPushRequest',
    'Document',
    'EmrDocument',
    'EmrDocumentStatusChange',
    'EmrDocumentStatusChangedEvent',
    'EmrDocumentStored',
    'EmrQualityControlChange',
    'EmrQualityControlChangedEvent',
    'Envelope',
    'ExecuteDataSignatureV2Response200',
    'ExecuteFileSignatureResponse200',
    'FileExecuteSignRequest',
    'FileSignatureCompletedData',
    'FileSignatureCompletedEvent',
    'FileSignatureFailedData',
    'FileSignatureFailedDataStatus',
    'FileSignatureFailedEvent',
    'FileSignatureRecord',
    'FileSigningAccepted',
    'FileSigningResult',
    'FileUploadVerifyRequest',
    'FileVerification',
    'FileVerifyByIdRequest',
    'GetDataSignatureResponse200',
    'GetDataSignatureV2ResultResponse200',
    'GetFileSignatureImagesResponse200',
    'GetPatientSignatureImageResponse200',
    'GetRecordBagDetailResponse200',
    'GetUserHandwrittenSignatureResponse200',
    'GetUserPhoneShieldSettingsResponse200',
    'GrantType',
    'HandwrittenSignature',
    'HandwrittenSignaturesRequest',
    'HomePage',
    'HomePageItems',
    'HomePagesPushRequest',
    'HospitalDepartment',
    'HospitalUser',
    'HospitalUsersRequest',
    'IcdMapping',
    'IcdMappingsPushRequest',
    'InHospitalSigner',
    'ListFileSignatureRecordsResponse200',
    'LoginCertificate',
    'LoginSession',
    'LoginUserInfo',
    'ManualSignDataResponse200',
    'MedicalOrder',
    'MedicalOrdersPushRequest',
    'MedicalStaff',
    'MedicalStaffPushRequest',
    'OAuthError',
    'OrderItemCategory',
    'OrderItemMapping',
    'OrderItemMappingsPushRequest',
    'OutHospitalSigner',
    'Participant',
    'ParticipantRequest',
    'Patient',
    'PatientFile',
    'PatientFileGroup',
    'PatientFilesQuery',
    'PatientInfo',
    'PatientsPushRequest',
    'PdfSignatureCheck',
    'PhoneShieldSettings',
    'PlatformError',
    'PushCatalogueResultsResponse200',
    'PushChargeItemsResponse200',
    'PushDepartmentsResponse200',
    'PushDocumentRecordResponse200',
    'PushHomePagesResponse200',
    'PushIcdMappingsResponse200',
    'PushMedicalOrdersResponse200',
    'PushMedicalStaffResponse200',
    'PushOrderItemMappingsResponse200',
    'PushPatientsResponse200',
    'PushQualityControlResultsResponse200',
    'PushRephotographedFilesResponse200',
    'PushResult',
    'PushSettlementListsResponse200',
    'QualityControlResult',
    'QualityControlResultsPushRequest',
    'QueryPatientFileGroupsResponse200',
    'QueryPatientFilesResponse200',
    'QuickSignDataResponse200',
    'RecordBag',
    'RephotographedFilesRequest',
    'RevokeFileSignatureRecordResponse200',
    'RevokeSignatureRecordRequest',
    'SearchSignedFilesResponse200',
    'Sender',
    'SettlementList',
    'SettlementListsPushRequest',
    'SignOrFillFormResponse200',
    'SignatureImage',
    'SignatureVerification',
    'SignedData',
    'SignedFilesSearch',
    'SigningData',
    'SigningFlow',
    'SigningFlowCompleteRequest',
    'SigningFlowMode',
    'SigningFlowRequest',
    'SigningFlowStepRequest',
    'SigningFlowStepRequestFormFields',
    'SignitPlatformEvent',
    'SignitPlatformEventData',
    'StartAsyncDataSignatureV2Response200',
    'StartSigningFlowResponse200',
    'StartSyncDataSignatureV2Response200',
    'TemplateApplyRequest',
    'TemplateRef',
    'TemplateSigningCommon',
    'TimestampInfo',
    'UpsertHospitalUsersResponse200',
    'VerifyDataSignatureResponse200',
    'VerifyFileByIdResponse200',
    'VerifyUploadedFileResponse200',
    'WebhookEventBase',
    'WebhookTarget',
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
