"""The `yiyiqian` logger, and the redaction every log line and error message goes through."""

from __future__ import annotations

import logging
import os
import re

logger = logging.getLogger("yiyiqian")
logger.addHandler(logging.NullHandler())  # a library prints nothing unless the application configures logging

REDACTED = "***"


def configure_from_env() -> None:
    """`YIYIQIAN_LOG=debug|info|warning` turns logging on without code."""
    level_name = os.environ.get("YIYIQIAN_LOG", "").strip().upper()
    if not level_name:
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    if not any(getattr(h, "_yiyiqian_env", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._yiyiqian_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


_SECRET_IN_TEXT = re.compile(r"(?i)\b(access_token|client_secret|app_secret)=[^&\s\"']*")


def scrub(text: str) -> str:
    """Text with the values of `access_token=...`-style pairs replaced by ***."""
    return _SECRET_IN_TEXT.sub(lambda m: f"{m.group(1)}={REDACTED}", text)


class Secrets:
    """The secrets of one client (app secret, recent access tokens), to cut out of any text.

    Servers echo tokens back in error messages; `scrub` removes both the `access_token=...` pairs
    and every known secret value, wherever it appears.
    """

    _KEEP_TOKENS = 4

    def __init__(self, *values: str | None) -> None:
        self._fixed = tuple(v for v in values if v)
        self._tokens: tuple[str, ...] = ()

    def add_token(self, token: str) -> None:
        if token and token not in self._tokens:
            self._tokens = (token, *self._tokens)[: self._KEEP_TOKENS]

    def _values(self) -> tuple[str, ...]:
        return self._tokens + self._fixed

    def text(self, text: str) -> str:
        for value in self._values():
            if value in text:
                text = text.replace(value, REDACTED)
        return scrub(text)

    def bytes(self, data: bytes) -> bytes:
        for value in self._values():
            encoded = value.encode("utf-8", "surrogatepass")
            if encoded in data:
                data = data.replace(encoded, REDACTED.encode())
        return _SECRET_IN_BYTES.sub(lambda m: m.group(1) + b"=" + REDACTED.encode(), data)

    def __repr__(self) -> str:
        return f"Secrets(<{len(self._values())} values>)"


_SECRET_IN_BYTES = re.compile(rb"(?i)\b(access_token|client_secret|app_secret)=[^&\s\"']*")


class _ScrubFilter(logging.Filter):
    """Rewrites a record so its message carries no secret (httpx logs full URLs at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_SCRUB = _ScrubFilter()


def protect_library_logs() -> None:
    """Scrub secrets from the records of httpx and httpcore, which log request URLs."""
    for name in ("httpx", "httpcore", "yiyiqian"):
        library_logger = logging.getLogger(name)
        if _SCRUB not in library_logger.filters:
            library_logger.addFilter(_SCRUB)
