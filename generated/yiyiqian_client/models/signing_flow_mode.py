from typing import Literal

SigningFlowMode = Literal["AUTO", "MANUAL"]

SIGNING_FLOW_MODE_VALUES: set[SigningFlowMode] = {
    "AUTO",
    "MANUAL",
}


def check_signing_flow_mode(value: str) -> SigningFlowMode:
    if value in SIGNING_FLOW_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGNING_FLOW_MODE_VALUES!r}")
