"""Every ordinary mistake on the command line: one line on stderr, the documented exit code.

Each case runs the real `yiyiqian` entry point in a subprocess (as a shell would), against files
in a temporary folder, a hostile loopback server (tests/cli/hostile.py), a port held busy, a port
nobody listens on and a host name under `.invalid`. Exit codes are those of the README.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.hostile import ESCAPE, TOKEN, hostile_server
from tests.vectors import headers_of

SECRET = "sk5c0ffee5ec7e75c0ffee5ec7e75c0ff"
APP_ID = "5a9d0c3e1b7f4a2d8c6e0f1a2b3"
REFUSED, USAGE, NO_ANSWER, WEBHOOK = 1, 2, 3, 4


@dataclass(frozen=True)
class World:
    tmp: Path
    hostile: str
    busy_port: int
    refused: str
    vendor_id: str
    vendor_secret: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, reference_dir: Path) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("cli-mistakes")
    (tmp / "latin1.json").write_bytes('{"items": [{"patientName": "Zoë"}]}'.encode("latin-1"))
    (tmp / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp / "numbers.json").write_text('{"X-Signit-Date": 5}', encoding="utf-8")
    (tmp / "not-json.json").write_text("X-Signit-Date: today", encoding="utf-8")
    vector = json.loads((reference_dir / "webhook-vectors-sample.json").read_text(encoding="utf-8"))[0]
    (tmp / "vendor-headers.json").write_text(json.dumps(headers_of(vector)), encoding="utf-8")
    (tmp / "vendor-body.bin").write_bytes(vector["body"].encode())
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        refused_port = probe.getsockname()[1]
    with hostile_server() as hostile:
        refused = f"http://127.0.0.1:{refused_port}"
        yield World(tmp, hostile, busy.getsockname()[1], refused, vector["app_id"], vector["app_secret"])
    busy.close()


SHIELD = ("call", "getUserPhoneShieldSettings", "--param", "userJobId=job_wutao")
VERIFY = ("webhook", "verify", "--body", "{tmp}/vendor-body.bin")
VENDOR = ("--app-id", "{vendor_id}", "--app-secret", "{vendor_secret}")

# id, arguments ({tmp}, {hostile}, {busy_port}, {refused} filled in), exit code, words of the message
CASES = [
    ("data file missing", ("call", "pushPatients", "--data", "@{tmp}/missing.json"), USAGE, "No such file"),
    ("data file is a directory", ("call", "pushPatients", "--data", "@{tmp}"), USAGE, "Is a directory"),
    ("data file not UTF-8", ("call", "pushPatients", "--data", "@{tmp}/latin1.json"), USAGE, "not UTF-8"),
    ("data not JSON", ("call", "pushPatients", "--data", "{not json"), USAGE, "--data is not JSON"),
    ("data nested too deep", ("call", "pushPatients", "--data", "[" * 100_000), USAGE, "--data is not JSON"),
    ("data of the wrong shape", ("call", "pushPatients", "--data", '{"items": "x"}'), USAGE, "does not fit"),
    ("body missing", ("call", "pushPatients"), USAGE, "needs a body"),
    ("required parameter missing", ("call", "getUserPhoneShieldSettings"), USAGE, "needs --param userJobId"),
    ("unknown parameter", (*SHIELD, "--param", "nope=1"), USAGE, "has no parameter 'nope'"),
    ("parameter without =", ("call", "getUserPhoneShieldSettings", "--param", "userJobId"), USAGE, "name=value"),
    ("--file missing", ("call", "verifyUploadedFile"), USAGE, "give --file"),
    ("--file not found", ("call", "verifyUploadedFile", "--file", "{tmp}/nope.pdf"), USAGE, "No such file"),
    ("--file is a directory", ("call", "verifyUploadedFile", "--file", "{tmp}"), USAGE, "Is a directory"),
    ("unknown operation", ("call", "noSuchOperation"), USAGE, "no operation 'noSuchOperation'"),
    ("operation missing", ("call",), USAGE, "Missing argument"),
    ("unknown command", ("frobnicate",), USAGE, "No such command"),
    ("unknown option", ("call", "pushPatients", "--bogus"), USAGE, "No such option"),
    ("base URL unparseable", ("--base-url", "http://[::1", *SHIELD), USAGE, "not a valid URL"),
    ("base URL not http", ("--base-url", "ftp://files.invalid/", *SHIELD), USAGE, "not an http"),
    ("config file missing", ("--config", "{tmp}/none.toml", *SHIELD), USAGE, "config file not found"),
    ("headers not an object", (*VERIFY, "--headers", "{tmp}/list.json"), USAGE, "JSON object"),
    ("header values not strings", (*VERIFY, "--headers", "{tmp}/numbers.json"), USAGE, "JSON object"),
    ("headers not JSON", (*VERIFY, "--headers", "{tmp}/not-json.json"), USAGE, "is not JSON"),
    ("headers file missing", (*VERIFY, "--headers", "{tmp}/none.json"), USAGE, "No such file"),
    ("--headers not given", VERIFY, USAGE, "Missing option '--headers'"),
    ("webhook too old", (*VENDOR, *VERIFY, "--headers", "{tmp}/vendor-headers.json"), WEBHOOK, "date_out_of_tolerance"),
    (
        "webhook forged",
        ("--app-id", "{vendor_id}", *VERIFY, "--headers", "{tmp}/vendor-headers.json", "--ignore-date"),
        WEBHOOK,
        "signature_mismatch",
    ),
    ("serve port out of range", ("webhook", "serve", "--port", "99999"), USAGE, "--port must be from 0 to 65535"),
    ("serve port not a number", ("webhook", "serve", "--port", "http"), USAGE, "Invalid value for '--port'"),
    ("serve port in use", ("webhook", "serve", "--port", "{busy_port}"), USAGE, "Address already in use"),
    ("serve host unknown", ("webhook", "serve", "--host", "no-such-host.invalid"), USAGE, "cannot listen on"),
    ("unknown host", ("--base-url", "http://no-such-host.invalid", *SHIELD), NO_ANSWER, "TransportError"),
    ("connection refused", ("--base-url", "{refused}", *SHIELD), NO_ANSWER, "TransportError"),
    ("HTML 502", ("--base-url", "{hostile}/html502", *SHIELD), NO_ANSWER, "502"),
    ("non-JSON 200", ("--base-url", "{hostile}/text200", *SHIELD), NO_ANSWER, "Error"),
    ("truncated JSON", ("--base-url", "{hostile}/truncated", *SHIELD), NO_ANSWER, "Error"),
    ("redirect", ("--base-url", "{hostile}/redirect", *SHIELD), NO_ANSWER, "302"),
    ("platform error", ("--base-url", "{hostile}/refused", *SHIELD), REFUSED, "code 100400404"),
]


def run_cli(args: tuple[str, ...], world: World, **env: str) -> subprocess.CompletedProcess[str]:
    places = {
        "{tmp}": world.tmp,
        "{hostile}": world.hostile,
        "{busy_port}": world.busy_port,
        "{refused}": world.refused,
        "{vendor_id}": world.vendor_id,
        "{vendor_secret}": world.vendor_secret,
    }
    filled = []
    for arg in args:
        for place, value in places.items():
            arg = arg.replace(place, str(value))
        filled.append(arg)
    environment = {
        **os.environ,
        "YIYIQIAN_APP_ID": APP_ID,
        "YIYIQIAN_APP_SECRET": SECRET,
        "YIYIQIAN_CONFIG": str(world.tmp / "no-config.toml"),
        "YIYIQIAN_BASE_URL": world.refused,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", "from yiyiqian._cli import main; main()", *filled],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        cwd=world.tmp,
    )


@pytest.mark.parametrize(("args", "code", "words"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_mistake_gives_one_line_and_its_exit_code(world: World, args, code, words):
    result = run_cli(args, world)
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == code, result.stderr
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    for secret in (SECRET, TOKEN):
        assert secret not in result.stderr + result.stdout
    assert "\x1b" not in result.stderr + result.stdout and "\x07" not in result.stderr


def test_hostile_bodies_reach_the_terminal_escaped_and_without_the_token(world: World):
    result = run_cli(("--base-url", f"{world.hostile}/refused", *SHIELD), world)
    assert result.returncode == REFUSED
    assert "code 100400404" in result.stderr and "\\x1b]0;owned\\x07" in result.stderr
    assert ESCAPE not in result.stderr and TOKEN not in result.stderr


def test_an_unexpected_exception_is_one_line_naming_its_type(world: World, tmp_path: Path):
    # A plugin-free way to make the client itself fail: a sitecustomize that breaks connect().
    (tmp_path / "sitecustomize.py").write_text(
        "import yiyiqian\n"
        "def broken(*args, **kwargs):\n"
        "    raise ZeroDivisionError('boom " + SECRET + "')\n"
        "yiyiqian.connect = broken\n",
        encoding="utf-8",
    )
    pythonpath = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    result = run_cli(SHIELD, world, PYTHONPATH=pythonpath)
    assert result.returncode == 5
    assert result.stderr.splitlines() == ["internal error (please report it): ZeroDivisionError: boom ***"]


def test_the_exit_codes_are_the_documented_ones():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("never a traceback, with an exit code:") :][:700]
    for code, meaning in ((1, "the platform refused"), (2, "bad usage"), (3, "no usable answer"), (4, "a webhook")):
        assert f"{code} {meaning}" in table
    assert "5 internal error" in table and "130 cancelled" in table
