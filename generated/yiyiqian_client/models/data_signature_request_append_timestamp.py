from typing import Literal

DataSignatureRequestAppendTimestamp = Literal[0, 1]

DATA_SIGNATURE_REQUEST_APPEND_TIMESTAMP_VALUES: set[DataSignatureRequestAppendTimestamp] = {
    0,
    1,
}


def check_data_signature_request_append_timestamp(
    value: int,
) -> DataSignatureRequestAppendTimestamp:
    if value in DATA_SIGNATURE_REQUEST_APPEND_TIMESTAMP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_SIGNATURE_REQUEST_APPEND_TIMESTAMP_VALUES!r}"
    )
