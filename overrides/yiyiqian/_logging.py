"""The `yiyiqian` logger, and the redaction every log line and error message goes through."""

from __future__ import annotations

import logging
import re
import os

import httpx

logger = logging.getLogger("yiyiqian")

# Query parameters whose values never leave the process in clear.
SECRET_PARAMS = frozenset({"access_token", "client_secret", "app_secret", "token"})
REDACTED = "***"


def redact_url(url: httpx.URL) -> str:
    """The URL with the values of secret query parameters replaced by ***."""
    if not url.query:
        return str(url)
    params = [(k, REDACTED if k.lower() in SECRET_PARAMS else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(query=None).copy_merge_params(params))


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
