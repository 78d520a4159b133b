"""Reading an answer's body within a size cap, counted after decompression.

httpx would decode gzip and deflate on its own, without a bound: a 1 MB gzip bomb becomes
gigabytes. Here the raw stream is decoded with zlib's `max_length`, so no step produces more than
the room left under the cap, and the first byte past it stops the read with ResponseDecodeError.
Peak memory stays near twice the cap (the buffer and the final bytes).
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from .errors import ResponseDecodeError

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB: a signed 20 MB PDF returned as base64 (27 MB) inside its JSON envelope fits twice over."""

ACCEPT_ENCODING = "gzip, deflate"  # what this module can decode within the cap


class TooLarge(Exception):
    pass


class BadEncoding(Exception):
    pass


class _Decoder:
    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise BadEncoding(f"unsupported Content-Encoding {content_encoding[:40]!r}")
        self._zlib: zlib._Decompress | None = None
        self._raw_deflate_allowed = False
        if codings:
            # 47 = 32 + 15: zlib or gzip header, detected; plain deflate is retried raw below.
            self._zlib = zlib.decompressobj(47 if codings[0] != "deflate" else zlib.MAX_WBITS)
            self._raw_deflate_allowed = codings[0] == "deflate"
        self.limit = limit
        self.buffer = bytearray()

    def _room(self) -> int:
        return self.limit - len(self.buffer) + 1  # one byte more than fits: enough to see the overflow

    def _add(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > self.limit:
            raise TooLarge

    def feed(self, raw: bytes) -> None:
        if self._zlib is None:
            self._add(raw)
            return
        try:
            data = self._zlib.decompress(raw, self._room())
            self._add(data)
            while self._zlib.unconsumed_tail:
                self._add(self._zlib.decompress(self._zlib.unconsumed_tail, self._room()))
        except zlib.error as exc:
            if self._raw_deflate_allowed and not self.buffer:
                self._raw_deflate_allowed = False
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self.feed(raw)
                return
            raise BadEncoding(f"the compressed body is corrupt ({exc})") from None
        self._raw_deflate_allowed = False

    def finish(self) -> bytes:
        if self._zlib is not None:
            try:
                self._add(self._zlib.flush())
            except zlib.error as exc:
                raise BadEncoding(f"the compressed body is corrupt ({exc})") from None
        return bytes(self.buffer)


def _error(response: httpx.Response, message: str) -> ResponseDecodeError:
    request = response.request
    return ResponseDecodeError(message, status_code=response.status_code, method=request.method, path=request.url.path)


def _decoder(response: httpx.Response, limit: int) -> _Decoder:
    declared = response.headers.get("content-length", "")
    if declared.strip().isdigit() and int(declared) > limit and not response.headers.get("content-encoding"):
        raise TooLarge
    return _Decoder(response.headers.get("content-encoding", ""), limit)


def _set_content(response: httpx.Response, content: bytes) -> None:
    # What httpx's own Response.read() leaves behind; the body is already decoded here.
    response._content = content


def _already_read(response: httpx.Response, limit: int) -> bool:
    """A response made in memory (httpx.MockTransport) arrives read and decoded."""
    if not response.is_stream_consumed:
        return False
    if len(response.content) > limit:
        raise TooLarge
    return True


def _consume(response: httpx.Response, limit: int, chunks: Iterator[bytes]) -> None:
    decoder = _decoder(response, limit)
    for chunk in chunks:
        decoder.feed(chunk)
    _set_content(response, decoder.finish())


def read_bounded(response: httpx.Response, limit: int) -> None:
    """Read and decode the body of a transport-level response; ResponseDecodeError past `limit`."""
    try:
        if _already_read(response, limit):
            return
        _consume(response, limit, response.iter_raw())
    except TooLarge:
        response.close()
        raise _error(response, f"the answer is larger than max_response_bytes ({limit} bytes)") from None
    except BadEncoding as exc:
        response.close()
        raise _error(response, str(exc)) from None


async def aread_bounded(response: httpx.Response, limit: int) -> None:
    """Async twin of read_bounded."""
    try:
        if _already_read(response, limit):
            return
        decoder = _decoder(response, limit)
        chunks: AsyncIterator[bytes] = response.aiter_raw()
        async for chunk in chunks:
            decoder.feed(chunk)
        _set_content(response, decoder.finish())
    except TooLarge:
        await response.aclose()
        raise _error(response, f"the answer is larger than max_response_bytes ({limit} bytes)") from None
    except BadEncoding as exc:
        await response.aclose()
        raise _error(response, str(exc)) from None
