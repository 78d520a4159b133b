"""Which server the contract suite tests: the bundled sandbox (default) or a staging server.

Staging is chosen by `--base-url URL` only (never by YIYIQIAN_BASE_URL), with YIYIQIAN_APP_ID
and YIYIQIAN_APP_SECRET in the environment. Either way the access token is fetched at run time
through the real OAuth endpoint and handed to schemathesis.toml through the environment.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

TOKEN_PATH = "/v1/oauth/oauth/token"


@dataclass
class Target:
    base_url: str
    app_id: str
    is_staging: bool
    app_secret: str = field(default="", repr=False)
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, repr=False)

    @property
    def name(self) -> str:
        if os.environ.get("YIYIQIAN_CONTRACT_TARGET_NAME"):
            return os.environ["YIYIQIAN_CONTRACT_TARGET_NAME"]
        return f"staging {self.base_url}" if self.is_staging else "the bundled sandbox"

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    def close(self) -> None:
        self._stack.close()


def fetch_token(base_url: str, app_id: str, app_secret: str) -> str:
    """The client_credentials token, from the same endpoint the client uses."""
    answer = httpx.get(
        base_url.rstrip("/") + TOKEN_PATH,
        timeout=30,
        params={"client_id": app_id, "client_secret": app_secret, "grant_type": "client_credentials"},
    )
    token = (
        answer.json().get("access_token")
        if answer.headers.get("content-type", "").startswith("application/json")
        else None
    )
    if answer.status_code != 200 or not token:
        raise RuntimeError(f"the token endpoint of {base_url} refused the credentials: HTTP {answer.status_code}")
    return str(token)


def open_target(base_url: str | None) -> Target:
    """Start (or point at) the server under test and put its credentials in the environment."""
    if base_url:
        app_id, app_secret = os.environ.get("YIYIQIAN_APP_ID"), os.environ.get("YIYIQIAN_APP_SECRET")
        if not app_id or not app_secret:
            raise RuntimeError("testing staging needs YIYIQIAN_APP_ID and YIYIQIAN_APP_SECRET in the environment")
        target = Target(base_url.rstrip("/"), app_id, is_staging=True, app_secret=app_secret)
    else:
        from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxConfig, serve_in_background

        stack = contextlib.ExitStack()
        state = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="yiyiqian-contract-")))
        config = SandboxConfig.from_env(
            state_dir=state, async_delay=0.05, auto_login_after=0.2, auto_provision_staff=True
        )
        url = stack.enter_context(serve_in_background(config)).url
        app_id, app_secret = DEFAULT_APP_ID, DEFAULT_APP_SECRET
        target = Target(url, app_id, is_staging=False, app_secret=app_secret, _stack=stack)
    os.environ["YIYIQIAN_APP_ID"] = app_id
    os.environ["YIYIQIAN_ACCESS_TOKEN"] = fetch_token(target.base_url, app_id, app_secret)
    return target
