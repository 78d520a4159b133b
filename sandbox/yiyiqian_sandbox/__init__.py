"""yiyiqian_sandbox: a local, stateful 医易签 server built from openapi/yiyiqian.yaml.

    python -m yiyiqian_sandbox --port 8765          # or the console script yiyiqian-sandbox
    app = yiyiqian_sandbox.create_app(SandboxConfig(...))   # in-process ASGI app for tests

Default test credentials: app id DEFAULT_APP_ID, secret DEFAULT_APP_SECRET (a sandbox only).
Control calls (/_sandbox) need the sandbox's control token: `SandboxControl(url, token)`, or
`server.control` of serve_in_background().
"""

from ._app import create_app
from ._background import BackgroundSandbox, free_port, serve_in_background
from ._config import DEFAULT_APP_ID, DEFAULT_APP_SECRET, Faults, SandboxConfig
from ._state import Sandbox
from .control import ControlCallError, SandboxControl

__all__ = [
    "DEFAULT_APP_ID",
    "DEFAULT_APP_SECRET",
    "BackgroundSandbox",
    "ControlCallError",
    "Faults",
    "Sandbox",
    "SandboxConfig",
    "SandboxControl",
    "create_app",
    "free_port",
    "serve_in_background",
]
