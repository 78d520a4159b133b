"""The `yiyiqian` command line (typer): login, call, ops, webhook verify/serve, sandbox.

Needs the `cli` extra: pip install "yiyiqian[cli]".
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(argv: Sequence[str] | None = None) -> int:
    """The command on `argv` (default: sys.argv[1:]); returns its exit code, see _app's docstring."""
    try:
        from ._app import run as run_app
    except ImportError as exc:  # typer, rich or segno missing
        print(
            f"the yiyiqian command needs its extra: pip install 'yiyiqian[cli]' ({exc.name} missing)", file=sys.stderr
        )
        return 2
    return run_app(argv)


def main() -> None:
    sys.exit(run())
