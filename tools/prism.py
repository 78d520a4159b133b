"""Run the contract suite against Stoplight Prism: a mock of the spec that nobody here wrote.

    python tools/prism.py [pytest arguments...]      (what `nox -s contract-prism` runs)

Installs the pinned prism-cli with npm into .cache/prism (once), applies the non-ASCII fix
(Prism crashes when a validation message with non-ASCII text goes into its `sl-violations`
header: stoplightio/prism#1934), serves openapi/yiyiqian.yaml on 127.0.0.1 and runs
contract_tests against it in positive mode.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRISM = "@stoplight/prism-cli@5.14.2"
HOME = ROOT / ".cache" / "prism"
SERVER_JS = HOME / "node_modules" / "@stoplight" / "prism-http-server" / "dist" / "server.js"
CLI_JS = HOME / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
ORIGINAL = "reply.setHeader('sl-violations', value);"
PATCHED = (
    "reply.setHeader('sl-violations', value.replace(/[^\\x20-\\x7e]/g, "
    "(c) => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')));"
)


def install() -> None:
    if not CLI_JS.exists():
        HOME.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(HOME), PRISM], check=True
        )
    source = SERVER_JS.read_text()
    if PATCHED not in source:
        if ORIGINAL not in source:
            raise SystemExit(f"{SERVER_JS}: the line to patch was not found; check the pinned Prism version")
        SERVER_JS.write_text(source.replace(ORIGINAL, PATCHED))


def main(pytest_args: list[str]) -> int:
    from yiyiqian_sandbox import free_port

    install()
    port = free_port()
    prism = subprocess.Popen(
        ["node", str(CLI_JS), "mock", str(ROOT / "openapi" / "yiyiqian.yaml"), "-p", str(port), "-h", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if prism.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"Prism did not start: {prism.stderr.read().decode() if prism.stderr else ''}")
            time.sleep(0.2)
        # Prism checks that credentials are present, not what they are: the spec's examples do.
        env = {
            **os.environ,
            "YIYIQIAN_APP_ID": "1730975c5e7a62a2d7d93b07ae1",
            "YIYIQIAN_APP_SECRET": "sk34acd7f913696b965288f1aabbcf19ad",
            "YIYIQIAN_CONTRACT_REPORT": str(ROOT / "reports" / "contract-prism.md"),
            "YIYIQIAN_CONTRACT_TARGET_NAME": f"Stoplight Prism ({PRISM}, a mock of the spec)",
        }
        command = [
            sys.executable,
            "-m",
            "pytest",
            "contract_tests",
            "-p",
            "no:cacheprovider",
            "--base-url",
            f"http://127.0.0.1:{port}",
            "--contract-mode",
            "positive",
            "--rate-limit",
            "1000/s",
            # Prism 5.14.2 drops the connection on a binary multipart part (4.6's PDF upload).
            "--contract-exclude",
            "verifyUploadedFile",
            *pytest_args,
        ]
        return subprocess.run(command, cwd=ROOT, env=env).returncode
    finally:
        prism.terminate()
        prism.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
