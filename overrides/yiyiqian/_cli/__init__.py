"""The `yiyiqian` command line (typer): login, call, ops, webhook verify/serve, sandbox.

Needs the `cli` extra: pip install "yiyiqian[cli]".
"""

from __future__ import annotations


def main() -> None:
    try:
        from ._app import app
    except ImportError as exc:  # typer, rich or segno missing
        message = f"the yiyiqian command needs its extra: pip install 'yiyiqian[cli]' ({exc.name} missing)"
        raise SystemExit(message) from None
    app()
