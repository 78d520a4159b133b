"""Where the command line finds its base URL and credentials: flags, then env, then a config file.

The config file is TOML (`--config PATH`, $YIYIQIAN_CONFIG, or ~/.config/yiyiqian/config.toml):

    base_url = "https://open.signit.cn"
    app_id = "1730975c5e7a62a2d7d93b07ae1"
    app_secret = "sk..."

Without any of them the command talks to a local sandbox with its test credentials.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import httpx

from ._safe import printable

SANDBOX_URL = "http://127.0.0.1:8765"
SANDBOX_APP_ID = "5a9d0c3e1b7f4a2d8c6e0f1a2b3"
SANDBOX_APP_SECRET = "sk7e3f9a1c5b2d4e6f8a0b1c2d3e4f5a6b"
DEFAULT_CONFIG = Path.home() / ".config" / "yiyiqian" / "config.toml"


@dataclass(frozen=True)
class Settings:
    base_url: str
    app_id: str
    app_secret: str

    def __repr__(self) -> str:  # the secret never shows, not even in a traceback
        return f"Settings(base_url={self.base_url!r}, app_id={self.app_id!r}, app_secret=***)"


class SettingsError(ValueError):
    pass


def resolve(*, base_url: str | None, app_id: str | None, app_secret: str | None, config: Path | None) -> Settings:
    path = config or (Path(os.environ["YIYIQIAN_CONFIG"]) if os.environ.get("YIYIQIAN_CONFIG") else DEFAULT_CONFIG)
    from_file: dict[str, object] = {}
    if config is not None and not path.is_file():
        raise SettingsError(f"config file not found: {printable(path, 200)}")
    if path.is_file():
        try:
            from_file = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{printable(path, 200)} is not valid TOML: {printable(exc, 200)}") from None
        except OSError as exc:
            raise SettingsError(f"cannot read {printable(path, 200)}: {exc.strerror or type(exc).__name__}") from None

    def pick(flag: str | None, env: str, key: str, default: str) -> str:
        value = flag or os.environ.get(env) or from_file.get(key) or default
        return str(value)

    return Settings(
        base_url=_checked_url(pick(base_url, "YIYIQIAN_BASE_URL", "base_url", SANDBOX_URL)),
        app_id=pick(app_id, "YIYIQIAN_APP_ID", "app_id", SANDBOX_APP_ID),
        app_secret=pick(app_secret, "YIYIQIAN_APP_SECRET", "app_secret", SANDBOX_APP_SECRET),
    )


def _checked_url(url: str) -> str:
    """`url` when it is an absolute http(s) URL with a host; SettingsError otherwise."""
    shown = printable(re.sub(r"//[^/@]*@", "//***@", url), 120)  # no user:password in the message
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise SettingsError(f"base URL {shown} is not a valid URL ({printable(exc, 80)})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise SettingsError(f"base URL {shown} is not an http:// or https:// URL with a host")
    return url
