"""The README cannot lie: its Python blocks run against a sandbox, its shell lines are checked.

Python blocks run in order in one namespace (as a reader would paste them), in a folder holding
the `consent.pdf` they mention. Shell lines name nox sessions, pip extras and command options:
each one must exist (running `nox -s contract` inside the tests would run the suite twice; CI
runs those sessions itself).
"""

from __future__ import annotations

import asyncio
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest

import yiyiqian
from tests.sandbox.server import running_sandbox
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET, SandboxConfig
from yiyiqian_sandbox._pdf import template_pdf

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.S)


def test_the_readme_has_runnable_blocks():
    languages = [language for language, _ in BLOCKS]
    assert languages.count("python") >= 2 and languages.count("bash") >= 4
    assert set(languages) <= {"python", "bash"}


def test_the_python_blocks_run_against_a_sandbox(tmp_path, monkeypatch, capsys):
    (tmp_path / "consent.pdf").write_bytes(template_pdf("consent", ["README example"]))
    with running_sandbox(SandboxConfig(state_dir=tmp_path / "state", auto_login_after=None)) as server:
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("YIYIQIAN_BASE_URL", server.url)
        namespace: dict[str, object] = {"__name__": "readme"}
        for language, code in BLOCKS:
            if language == "python":
                exec(compile(code, "README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "WSID_FILE_" in printed and "SIGNING" in printed
    # The webhook block defined an app: a delivery signed as the platform signs goes through it,
    # a forged one does not.
    app = namespace["app"]
    body = (
        b'{"event":"dataSignatureCompleted","target":{"destination":"http://his/hook"},'
        b'"rawData":"{\\"signature\\":{\\"signStatus\\":\\"SIGNED\\"}}","needCallBack":false}'
    )
    headers = {
        "Content-Type": "application/json",
        "X-Signit-Nonce": "n" * 24,
        "X-Signit-Date": yiyiqian.webhooks.format_java_date(),  # now: the receiver refuses stale dates
    }
    headers["X-Signit-Signature"] = yiyiqian.webhooks.sign(
        headers, body, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET
    )

    async def deliver(content: bytes) -> int:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://his") as http:
            return (await http.post("/hooks/yiyiqian", content=content, headers=headers)).status_code

    assert asyncio.run(deliver(body)) == 200
    assert asyncio.run(deliver(body)) == 400  # the same nonce again: a replay
    headers["X-Signit-Nonce"] = "m" * 24
    assert asyncio.run(deliver(body.replace(b"his", b"evil"))) == 400
    headers["X-Signit-Date"] = "Thu Apr 25 19:47:33 CST 2019"  # authentic but stale
    headers["X-Signit-Signature"] = yiyiqian.webhooks.sign(
        headers, body, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET
    )
    assert asyncio.run(deliver(body)) == 400


def _shell_lines() -> list[list[str]]:
    lines = []
    for language, code in BLOCKS:
        if language == "bash":
            for line in code.splitlines():
                line = line.split("  #")[0].strip()
                if line:
                    lines.extend(shlex.split(part) for part in line.split("&&"))
    return lines


def _nox_sessions() -> set[str]:
    source = (ROOT / "noxfile.py").read_text()
    named = set(re.findall(r'@nox\.session\(name="([\w-]+)"\)', source))
    plain = set(re.findall(r"@nox\.session\n(?:@[^\n]*\n)*def (\w+)", source))
    return named | plain


def _help(command: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", "from yiyiqian._cli import main; main()", *command[1:], "--help"]
        if command[0] == "yiyiqian"
        else [sys.executable, "-m", "yiyiqian_sandbox", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("words", _shell_lines(), ids=lambda words: " ".join(words)[:60])
def test_each_shell_line_names_what_exists(words):
    program = words[0]
    if program == "nox":
        session = words[words.index("-s") + 1]
        assert session in _nox_sessions(), session
    elif program in ("pip", "python3") and "install" in words:
        pins = dict(re.findall(r'"([\w-]+)==([\w.]+)"', (ROOT / ".ci" / "run").read_text()))
        extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
        for requirement in words[words.index("install") + 1 :]:
            if "==" in requirement:
                name, version = requirement.split("==")
                assert pins.get(name) == version, f"{requirement} differs from .ci/run"
            elif requirement.startswith(".["):
                assert set(requirement[2:-1].split(",")) <= set(extras), requirement
    elif program in ("yiyiqian", "yiyiqian-sandbox"):
        subcommand = [
            w
            for w in words[1:3]
            if not w.startswith("-") and w in ("ops", "login", "call", "webhook", "serve", "verify", "sandbox")
        ]
        text = _help(["yiyiqian", *subcommand] if program == "yiyiqian" else ["yiyiqian-sandbox"])
        for option in (w.split("=")[0] for w in words if w.startswith("--")):
            assert option in text, f"{option} is not an option of {' '.join(words[:3])}"
    elif program.startswith("YIYIQIAN_"):  # env assignments before a command
        rest = [w for w in words if "=" not in w or w.startswith("--")]
        test_each_shell_line_names_what_exists(rest)
    else:
        raise AssertionError(f"a shell line this test does not know how to check: {words}")
