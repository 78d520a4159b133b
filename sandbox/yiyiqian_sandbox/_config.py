"""Sandbox settings: flags, environment variables and their documented defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

CONTRACT_FAULTS = ("", "rename-field", "undocumented-status", "server-error")
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024  # a 20 MB PDF as base64 in JSON (about 27 MB) fits

# Documented test credentials: an app id in the platform's format (27 lowercase hex) and its
# secret ('sk' + 32 hex). They open nothing but a sandbox.
DEFAULT_APP_ID = "5a9d0c3e1b7f4a2d8c6e0f1a2b3"
DEFAULT_APP_SECRET = "sk7e3f9a1c5b2d4e6f8a0b1c2d3e4f5a6b"


@dataclass
class Faults:
    """Fault injection for reliability tests. Rates are probabilities per vendor-API call."""

    latency_ms: float = 0.0  # added to the calls picked by latency_rate
    latency_rate: float = 0.0
    error_rate: float = 0.0  # answer HTTP 500/502/503 with an error envelope or an HTML page
    drop_rate: float = 0.0  # start the answer, then drop the connection
    malformed_rate: float = 0.0  # answer 200 with an HTML page or truncated JSON
    token_expiry_every: int = 0  # every N calls, every issued token expires
    seed: int = 0
    # Contract faults, for proving that the contract suite can fail (env YIYIQIAN_SANDBOX_CONTRACT_FAULT):
    # "rename-field" (the envelope's `code` becomes `errorCode`), "undocumented-status" (HTTP 202 instead of
    # 200), "server-error" (HTTP 500 whenever the JSON body holds an empty string).
    contract_fault: str = ""

    def any(self) -> bool:
        return bool(
            self.latency_rate or self.error_rate or self.drop_rate or self.malformed_rate or self.token_expiry_every
        )


@dataclass
class SandboxConfig:
    app_id: str = DEFAULT_APP_ID
    app_secret: str = DEFAULT_APP_SECRET
    state_dir: Path | None = None  # None: a new temporary directory
    token_ttl: int = 7200  # expires_in of issued tokens, seconds
    auto_login_after: float | None = (
        3.0  # a QR login task is scanned and confirmed after this; None: control calls only
    )
    async_delay: float = 0.2  # asynchronous signing completes after this many seconds
    webhook_urls: list[str] = field(default_factory=list)
    webhook_attempts: int = 5  # deliveries are tried this often, with backoff 0.5 s, 1 s, 2 s...
    webhook_backoff: float = 0.5
    validate_responses: bool = False  # check every answer against the spec (tests turn it on)
    # Unknown staff job numbers become users on first use instead of a 400: lets a fuzzer reach
    # the signing flows (the contract suite turns it on); off, they must be pushed with 9.1 first.
    auto_provision_staff: bool = False
    faults: Faults = field(default_factory=Faults)
    # The secret of the /_sandbox control calls (header X-Sandbox-Control-Token); None: a random
    # one, printed at start-up and exposed by serve_in_background().
    control_token: str | None = None
    # Where the server listens. On a loopback address, control calls with another Host are refused
    # (a DNS-rebinding page); started on another address on purpose, any Host is served.
    host: str = "127.0.0.1"
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger request bodies are refused with 413

    @classmethod
    def from_env(cls, **overrides: object) -> SandboxConfig:
        """Defaults, then YIYIQIAN_SANDBOX_* environment variables, then explicit overrides."""
        config = cls()
        env = os.environ
        if env.get("YIYIQIAN_SANDBOX_APP_ID"):
            config.app_id = env["YIYIQIAN_SANDBOX_APP_ID"]
        if env.get("YIYIQIAN_SANDBOX_APP_SECRET"):
            config.app_secret = env["YIYIQIAN_SANDBOX_APP_SECRET"]
        if env.get("YIYIQIAN_SANDBOX_WEBHOOK_URLS"):
            config.webhook_urls = [u.strip() for u in env["YIYIQIAN_SANDBOX_WEBHOOK_URLS"].split(",") if u.strip()]
        if env.get("YIYIQIAN_SANDBOX_STATE_DIR"):
            config.state_dir = Path(env["YIYIQIAN_SANDBOX_STATE_DIR"])
        if env.get("YIYIQIAN_SANDBOX_CONTROL_TOKEN"):
            config.control_token = env["YIYIQIAN_SANDBOX_CONTROL_TOKEN"]
        if env.get("YIYIQIAN_SANDBOX_CONTRACT_FAULT"):
            config.faults.contract_fault = env["YIYIQIAN_SANDBOX_CONTRACT_FAULT"]
        for key, value in overrides.items():
            if value is not None:
                setattr(config, key, value)
        return config
