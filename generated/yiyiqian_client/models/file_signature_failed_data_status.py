from typing import Literal

FileSignatureFailedDataStatus = Literal["FAILED"]

FILE_SIGNATURE_FAILED_DATA_STATUS_VALUES: set[FileSignatureFailedDataStatus] = {
    "FAILED",
}


def check_file_signature_failed_data_status(value: str) -> FileSignatureFailedDataStatus:
    if value in FILE_SIGNATURE_FAILED_DATA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SIGNATURE_FAILED_DATA_STATUS_VALUES!r}"
    )
