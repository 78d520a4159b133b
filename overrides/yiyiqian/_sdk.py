"""The hand-written core under the generated SDK surface (`yiyiqian_sdk`).

The generated namespaces only name, type and document the operations; every call comes here:
`Caller.call` runs the generated low-level module on the connected client (auth, retries,
deadline, typed errors, lenient parsing) and hands back the answer's `data`. `RawCaller.raw`
returns the whole answer instead. `ClientBase` / `AsyncClientBase` own the connection and the
options; the generated `Yiyiqian` / `AsyncYiyiqian` add the namespaces.

This module never imports the generated surface: the layering is one-way.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import Any, Generic, Self, TypedDict, TypeVar, Unpack

import httpx

import yiyiqian_client
from yiyiqian_client.types import Unset

from ._client import ConnectedClient, connect
from .errors import ConfigurationError

T = TypeVar("T")

_REQUEST_ID_HEADERS = ("x-request-id", "x-trace-id", "x-b3-traceid", "x-ca-request-id")


class ConnectOptions(TypedDict, total=False):
    """The keyword options of `yiyiqian.connect()`, accepted by the SDK clients as well."""

    access_token: str | None
    timeout: float | httpx.Timeout
    max_retries: int
    verify: Any
    cert: Any
    proxy: str | None
    trust_env: bool
    token_margin: float
    refresh_cooldown: float
    retry_policy: Any
    max_response_bytes: int
    strict: bool
    httpx_args: Any


def _data(parsed: Any, required: bool) -> Any:
    """The `data` of a parsed answer: None where it may be absent and is, the whole answer if it has none."""
    if not hasattr(parsed, "data"):
        return parsed
    data = parsed.data
    return None if isinstance(data, Unset) else data


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """The whole answer of a call: HTTP status and headers, envelope code and message, raw bytes."""

    status_code: int
    headers: httpx.Headers
    code: str
    message: str
    content: bytes
    _parsed: Any
    _data_required: bool

    @property
    def request_id(self) -> str | None:
        """A request id from the answer's headers, when the platform or a gateway sent one."""
        return next((self.headers[h] for h in _REQUEST_ID_HEADERS if h in self.headers), None)

    def parse(self) -> T:
        """The answer's `data`, typed as the method that made the call returns it."""
        data: T = _data(self._parsed, self._data_required)
        return data

    def __repr__(self) -> str:  # the content may hold patient data: not shown
        return f"APIResponse(status_code={self.status_code}, code={self.code!r}, {len(self.content)} bytes)"


def _response(detailed: Any, required: bool) -> APIResponse[Any]:
    parsed = detailed.parsed
    return APIResponse(
        status_code=int(detailed.status_code),
        headers=httpx.Headers(detailed.headers),
        code=str(getattr(parsed, "code", "")),
        message=str(getattr(parsed, "message", "") or ""),
        content=detailed.content,
        _parsed=parsed,
        _data_required=required,
    )


def _module(name: str) -> ModuleType:
    """A generated operation module, imported on its first call (a fresh process loads few).

    Always through importlib: when several threads make their first call at once, sys.modules
    already holds the module while its first importer is still running it; import_module waits.
    """
    return importlib.import_module(name)


class Caller:
    """Runs a generated operation module on the connected client, sync."""

    def __init__(self, client: ConnectedClient) -> None:
        self.client = client

    def call(self, operation: str, kwargs: dict[str, Any], data_required: bool) -> Any:
        return _data(_module(operation).sync_detailed(client=self.client, **kwargs).parsed, data_required)


class RawCaller(Caller):
    def raw(self, operation: str, kwargs: dict[str, Any], data_required: bool) -> APIResponse[Any]:
        return _response(_module(operation).sync_detailed(client=self.client, **kwargs), data_required)


class AsyncCaller:
    """Runs a generated operation module on the connected client, async."""

    def __init__(self, client: ConnectedClient) -> None:
        self.client = client

    async def call(self, operation: str, kwargs: dict[str, Any], data_required: bool) -> Any:
        detailed = await _module(operation).asyncio_detailed(client=self.client, **kwargs)
        return _data(detailed.parsed, data_required)


class AsyncRawCaller(AsyncCaller):
    async def raw(self, operation: str, kwargs: dict[str, Any], data_required: bool) -> APIResponse[Any]:
        return _response(await _module(operation).asyncio_detailed(client=self.client, **kwargs), data_required)


def _connected(base_url: str, app_id: str, app_secret: str | None, options: ConnectOptions) -> ConnectedClient:
    client = connect(base_url, app_id=app_id, app_secret=app_secret, **options)
    if not isinstance(client, ConnectedClient):  # pragma: no cover - connect() always makes one
        raise ConfigurationError("connect() did not return a connected client")
    return client


class _Base:
    _client: ConnectedClient

    def _bind_caller(self) -> None:
        raise NotImplementedError

    @classmethod
    def _wrap(cls, client: ConnectedClient) -> Self:
        self = cls.__new__(cls)
        self._client = client
        self._bind_caller()
        return self

    @property
    def low_level(self) -> yiyiqian_client.Client:
        """The generated client underneath, for the operation modules of `yiyiqian_client.api`."""
        return self._client

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A copy with other limits that shares the connection pool and the token; the original is untouched."""
        return self._wrap(self._client.with_options(timeout=timeout, max_retries=max_retries))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client._base_url!r})"


class ClientBase(_Base):
    """What the generated `Yiyiqian` builds on: the connection, its options, its lifetime."""

    def __init__(self, base_url: str, *, app_id: str, app_secret: str | None = None, **options: Unpack[ConnectOptions]):
        self._client = _connected(base_url, app_id, app_secret, options)
        self._bind_caller()

    def _bind_caller(self) -> None:
        self._bind(Caller(self._client))

    def _bind(self, caller: Caller) -> None:  # the generated class adds its namespaces here
        raise NotImplementedError

    def close(self) -> None:
        """Close the connections (a copy from with_options leaves the shared pool open)."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncClientBase(_Base):
    """What the generated `AsyncYiyiqian` builds on; use it from one event loop at a time."""

    def __init__(self, base_url: str, *, app_id: str, app_secret: str | None = None, **options: Unpack[ConnectOptions]):
        self._client = _connected(base_url, app_id, app_secret, options)
        self._bind_caller()

    def _bind_caller(self) -> None:
        self._bind(AsyncCaller(self._client))

    def _bind(self, caller: AsyncCaller) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
