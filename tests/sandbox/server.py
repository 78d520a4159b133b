"""The sandbox on 127.0.0.1 for the tests (yiyiqian_sandbox.serve_in_background)."""

from yiyiqian_sandbox import BackgroundSandbox as RunningSandbox
from yiyiqian_sandbox import serve_in_background as running_sandbox

__all__ = ["RunningSandbox", "running_sandbox"]
