"""PDF helpers for the signing calls: `document: {base64}` in, signed PDFs out.

    body.document = yiyiqian.files.document_from_path("consent.pdf")      # small files
    accepted = yiyiqian.files.post_with_pdf(client.pdf_signing.apply_template_signing, body=body,
                                            path="big-scan.pdf")          # any size, streamed
    yiyiqian.files.save_document(event.data.signed_document, "signed.pdf")

`document_from_path` reads the file in blocks and keeps only the base64 text, but the JSON body
httpx then builds holds it twice more. `post_with_pdf` never holds the file: the request body
is streamed, base64 encoded block by block, around the JSON of the rest of the body, and the
answer is parsed by the operation's generated code. Decoding writes in blocks to a temporary
file beside the target and renames it, so a half-written PDF is never left behind.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, TypeVar, overload

import anyio
import httpx

import yiyiqian_client
from yiyiqian_client.models import Document
from yiyiqian_client.types import Unset

from .errors import ConfigurationError, UnexpectedResponseError

__all__ = ["apost_with_pdf", "document_from_bytes", "document_from_path", "post_with_pdf", "save_document"]

_BLOCK = 3 * 256 * 1024  # a multiple of 3: blocks encode without padding in the middle
_PDF_MAGIC = b"%PDF-"


class _HasBase64(Protocol):
    base64: str


class _Body(Protocol):
    """A generated request model (what `to_dict()` gives is sent, `document` filled from the file)."""

    def to_dict(self) -> dict[str, Any]: ...


T = TypeVar("T")


def _check_pdf(head: bytes, what: str) -> None:
    if not head.startswith(_PDF_MAGIC):
        raise ConfigurationError(f"{what} is not a PDF (it does not start with %PDF-)")


def document_from_path(path: str | os.PathLike[str]) -> Document:
    """A `Document` holding the file's base64, read block by block."""
    out = bytearray()
    with open(path, "rb") as f:
        block = f.read(_BLOCK)
        _check_pdf(block, str(path))
        while block:
            out += base64.b64encode(block)
            block = f.read(_BLOCK)
    return Document(base64=out.decode("ascii"))


def document_from_bytes(data: bytes) -> Document:
    _check_pdf(data[:5], "the data")
    return Document(base64=base64.b64encode(data).decode("ascii"))


def save_document(document: _HasBase64 | str, path: str | os.PathLike[str]) -> Path:
    """Write the PDF of a `Document` (or of a base64 string) to `path` atomically."""
    encoded = document if isinstance(document, str) else document.base64
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            step = _BLOCK // 3 * 4
            for start in range(0, len(encoded), step):
                f.write(base64.b64decode(encoded[start : start + step], validate=True))
        os.replace(tmp, target)
    except (binascii.Error, ValueError):
        os.unlink(tmp)
        raise ConfigurationError("the document is not valid base64") from None
    except BaseException:
        os.unlink(tmp)
        raise
    return target


class PdfJsonStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """`prefix` + the file as a JSON base64 string + `suffix`, read block by block, replayable."""

    replayable = True  # the retry transport and the token refresh may send it again

    def __init__(self, prefix: bytes, path: Path, suffix: bytes) -> None:
        self.prefix, self.path, self.suffix = prefix, path, suffix
        size = path.stat().st_size
        self.length = len(prefix) + 2 + 4 * ((size + 2) // 3) + len(suffix)

    def __iter__(self) -> Iterator[bytes]:
        yield self.prefix + b'"'
        with open(self.path, "rb") as f:
            while block := f.read(_BLOCK):
                yield base64.b64encode(block)
        yield b'"' + self.suffix

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.prefix + b'"'
        async with await anyio.open_file(self.path, "rb") as f:  # reads run in a worker thread
            while block := await f.read(_BLOCK):
                yield base64.b64encode(block)
        yield b'"' + self.suffix


def _streamed_request(
    operation: ModuleType, body: Any, path: str | os.PathLike[str], field: str
) -> tuple[dict[str, Any], PdfJsonStream]:
    source = Path(path)
    with open(source, "rb") as f:
        _check_pdf(f.read(len(_PDF_MAGIC)), str(source))
    kwargs: dict[str, Any] = operation._get_kwargs(body=body)
    payload = kwargs.pop("json", None)
    if not isinstance(payload, dict):
        raise ConfigurationError(f"{operation.__name__} does not send a JSON object body")
    marker = "\x00yiyiqian-file\x00"
    payload[field] = {**(payload.get(field) or {}), "base64": marker}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    prefix, _, suffix = text.partition(json.dumps(marker))
    stream = PdfJsonStream(prefix.encode(), source, suffix.encode())
    headers = {**kwargs.pop("headers", {}), "Content-Type": "application/json", "Content-Length": str(stream.length)}
    return {**kwargs, "headers": headers}, stream


def _parsed(operation: ModuleType, client: yiyiqian_client.Client, response: httpx.Response) -> Any:
    parsed = operation._build_response(client=client, response=response).parsed
    if parsed is None:
        raise UnexpectedResponseError(
            "no answer to parse",
            status_code=response.status_code,
            method=response.request.method,
            path=response.request.url.path,
        )
    return parsed


def _sdk_target(method: object) -> tuple[ModuleType, yiyiqian_client.Client] | None:
    """For a method of the SDK surface: its generated operation module and its connected client."""
    caller = getattr(getattr(method, "__self__", None), "_caller", None)
    if caller is None:
        return None
    from yiyiqian_routes import ROUTES

    from . import _sdk, _spec

    name = getattr(method, "__name__", "")
    for route in ROUTES:
        if _spec.snake(route.operation_id) == name:
            return _sdk._module(route.module), caller.client
    raise ConfigurationError(f"{name} is not an operation of the SDK")


@overload
def post_with_pdf(
    operation: Callable[..., T], *, body: _Body, path: str | os.PathLike[str], field: str = "document"
) -> T: ...


@overload
def post_with_pdf(
    operation: ModuleType,
    *,
    client: yiyiqian_client.Client,
    body: _Body,
    path: str | os.PathLike[str],
    field: str = "document",
) -> Any: ...


def post_with_pdf(
    operation: Callable[..., T] | ModuleType,
    *,
    client: yiyiqian_client.Client | None = None,
    body: _Body,
    path: str | os.PathLike[str],
    field: str = "document",
) -> Any:
    """Call an operation whose body carries `<field>: {base64}`, streaming the PDF at `path`.

    `operation` is a method of the SDK (`client.pdf_signing.apply_template_signing`): the answer
    is typed as that method returns it. The low-level form takes the generated module and the
    connected client (`post_with_pdf(apply_template_signing, client=client, ...)`) and returns
    what its `.sync()` returns. Retries and the token refresh replay the stream.
    """
    module, client = _resolve(operation, client)
    kwargs, stream = _streamed_request(module, body, path, field)
    http = client.get_httpx_client()
    request = http.build_request(**kwargs)
    request.stream = stream
    parsed = _parsed(module, client, http.send(request))
    return _answer(operation, parsed)


@overload
async def apost_with_pdf(
    operation: Callable[..., Awaitable[T]], *, body: _Body, path: str | os.PathLike[str], field: str = "document"
) -> T: ...


@overload
async def apost_with_pdf(
    operation: ModuleType,
    *,
    client: yiyiqian_client.Client,
    body: _Body,
    path: str | os.PathLike[str],
    field: str = "document",
) -> Any: ...


async def apost_with_pdf(
    operation: Callable[..., Awaitable[T]] | ModuleType,
    *,
    client: yiyiqian_client.Client | None = None,
    body: _Body,
    path: str | os.PathLike[str],
    field: str = "document",
) -> Any:
    """Async twin of post_with_pdf (the file is read in a worker thread, block by block)."""
    module, client = _resolve(operation, client)
    kwargs, stream = _streamed_request(module, body, path, field)
    http = client.get_async_httpx_client()
    request = http.build_request(**kwargs)
    request.stream = stream  # the same stream object serves httpx's sync and async sides
    parsed = _parsed(module, client, await http.send(request))
    return _answer(operation, parsed)


def _resolve(operation: object, client: yiyiqian_client.Client | None) -> tuple[ModuleType, yiyiqian_client.Client]:
    if isinstance(operation, ModuleType):
        if client is None:
            raise ConfigurationError("give client= with a generated operation module")
        return operation, client
    target = _sdk_target(operation)
    if target is None:
        raise ConfigurationError("operation must be a method of yiyiqian.Yiyiqian or a generated operation module")
    return target


def _answer(operation: object, parsed: Any) -> Any:
    """What the SDK method would have returned (its `data`), or the parsed answer (low level)."""
    if isinstance(operation, ModuleType):
        return parsed
    data = getattr(parsed, "data", parsed)
    return None if isinstance(data, Unset) else data
