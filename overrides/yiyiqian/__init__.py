"""yiyiqian: the Python client for the 医易签 (Yiyiqian) medical e-signature open API.

    import yiyiqian

    client = yiyiqian.Yiyiqian("https://open.signit.cn", app_id="...", app_secret="...")
    result = client.ca_login.check_ca_login_task(login_id="...")   # CaLoginResult | None

`Yiyiqian` / `AsyncYiyiqian` (generated from the spec, in `yiyiqian_sdk`) have one namespace per
section of the vendor's docs. The low-level path stays: `connect()` returns the generated
`yiyiqian_client.Client` for the operation modules of `yiyiqian_client.api`. Errors are raised
from one tree: `yiyiqian.errors`.
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from ._auth import DEFAULT_REFRESH_COOLDOWN, DEFAULT_TOKEN_LIFETIME, DEFAULT_TOKEN_MARGIN, SignitAuth
from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._client import DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, auth_of, connect
from ._envelope import is_success_code
from ._sdk import APIResponse
from ._transport import RetryPolicy
from .errors import APIError, YiyiqianError

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_REFRESH_COOLDOWN",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOKEN_LIFETIME",
    "DEFAULT_TOKEN_MARGIN",
    "APIError",
    "APIResponse",
    "AsyncYiyiqian",
    "RetryPolicy",
    "SignitAuth",
    "Yiyiqian",
    "YiyiqianError",
    "__version__",
    "auth_of",
    "connect",
    "errors",
    "files",
    "is_success_code",
    "login",
    "webhooks",
]

# files, login and webhooks import the generated models (pydantic, attrs): they load on first use,
# so that `import yiyiqian` stays cheap for code that only calls the API.
_LAZY = frozenset({"files", "login", "webhooks"})
# The generated surface builds on this package: it is loaded on first use, never at import time,
# so that the layering stays one-way (the core never imports the surface).
_SURFACE = frozenset({"Yiyiqian", "AsyncYiyiqian"})

if TYPE_CHECKING:
    from yiyiqian_sdk import AsyncYiyiqian, Yiyiqian

    from . import files, login, webhooks


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return importlib.import_module(f"{__name__}.{name}")
    if name in _SURFACE:
        return getattr(importlib.import_module("yiyiqian_sdk"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
