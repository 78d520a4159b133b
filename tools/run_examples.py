"""Run every script of examples/ against a sandbox started here (what `nox -s examples` does).

python tools/run_examples.py [name ...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxConfig, serve_in_background

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def main(names: list[str]) -> int:
    scripts = (
        [EXAMPLES / f"{n}.py" for n in names]
        if names
        else sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))
    )
    failed = []
    config = SandboxConfig(auto_login_after=2.0, async_delay=0.2, webhook_backoff=0.2, webhook_attempts=2)
    with serve_in_background(config) as server:
        env = {
            **os.environ,
            "YIYIQIAN_BASE_URL": server.url,
            "YIYIQIAN_APP_ID": DEFAULT_APP_ID,
            "YIYIQIAN_APP_SECRET": DEFAULT_APP_SECRET,
            "YIYIQIAN_SANDBOX_CONTROL_TOKEN": server.control_token,
        }
        for script in scripts:
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, script.name], cwd=EXAMPLES, env=env, capture_output=True, text=True, timeout=180
            )
            status = "ok" if done.returncode == 0 else f"FAILED ({done.returncode})"
            print(f"--- {script.name}: {status} in {time.monotonic() - started:.1f} s")
            print(done.stdout.rstrip())
            if done.returncode != 0:
                print(done.stderr.rstrip(), file=sys.stderr)
                failed.append(script.name)
    print(f"{len(scripts) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
