"""yiyiqian: the Python client for the 医易签 (Yiyiqian) medical e-signature open API.

    import yiyiqian
    from yiyiqian_client.api.ca_login import check_ca_login_task

    client = yiyiqian.connect("https://open.signit.cn", app_id="...", app_secret="...")
    answer = check_ca_login_task.sync(client=client, login_id="...")

`connect()` returns the generated `yiyiqian_client.Client`; every generated operation module
works with it, sync and async. Errors are raised from one tree: `yiyiqian.errors`.
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from ._auth import DEFAULT_REFRESH_COOLDOWN, DEFAULT_TOKEN_LIFETIME, DEFAULT_TOKEN_MARGIN, SignitAuth
from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._client import DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, auth_of, connect
from ._envelope import is_success_code
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
    "RetryPolicy",
    "SignitAuth",
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

if TYPE_CHECKING:
    from . import files, login, webhooks


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
