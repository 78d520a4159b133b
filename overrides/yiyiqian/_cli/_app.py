"""The commands, and `run()`, the entry that turns every failure into one line and an exit code.

Exit codes (the README lists them too):
  0   done
  1   the platform refused the request (an API error answer: 4xx, or an error code)
  2   bad usage or settings: options, files, base URL, an address that cannot be listened on
  3   no usable answer: network, timeout, a 5xx, a body that is not the promised JSON, a redirect
  4   a webhook failed verification
  5   internal error: a bug in yiyiqian (the message names the exception type: please report it)
  130 cancelled with Ctrl-C
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

import yiyiqian
from yiyiqian_routes import ROUTES

from ..errors import APIError, ConfigurationError, LoginTimeout, ServerError, WebhookError, YiyiqianError
from . import _invoke, _settings
from ._safe import printable, safe_json, scrub

EXIT_REFUSED, EXIT_USAGE, EXIT_NO_ANSWER, EXIT_WEBHOOK, EXIT_INTERNAL, EXIT_CANCELLED = 1, 2, 3, 4, 5, 130

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="医易签 (Yiyiqian) from the command line. Without settings it talks to a local sandbox.",
)
webhook_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Verify or receive signed webhooks.")
app.add_typer(webhook_app, name="webhook")

BaseUrl = Annotated[str | None, typer.Option("--base-url", help="API base URL (env YIYIQIAN_BASE_URL)")]
AppId = Annotated[str | None, typer.Option("--app-id", help="app id (env YIYIQIAN_APP_ID)")]
AppSecret = Annotated[str | None, typer.Option("--app-secret", help="app secret (env YIYIQIAN_APP_SECRET)")]
ConfigPath = Annotated[Path | None, typer.Option("--config", help="TOML config file (env YIYIQIAN_CONFIG)")]


_SETTINGS_OPTIONS: dict[str, Any] = {}  # the global options of this invocation
_SECRETS: list[str] = []  # never printed: replaced by *** in any message
_PRINT_LOCK = threading.Lock()


@app.callback()
def main(
    base_url: BaseUrl = None, app_id: AppId = None, app_secret: AppSecret = None, config: ConfigPath = None
) -> None:
    _SETTINGS_OPTIONS.clear()
    _SETTINGS_OPTIONS.update(base_url=base_url, app_id=app_id, app_secret=app_secret, config=config)
    if app_secret:
        _SECRETS.append(app_secret)


def _say(text: str) -> None:
    """One block of output on stdout (already escaped by the caller where it holds untrusted text)."""
    with _PRINT_LOCK:
        print(text, flush=True)


def _complain(message: str) -> None:
    """One line on stderr: escaped for the terminal, without secrets."""
    with _PRINT_LOCK:
        print(printable(scrub(message, tuple(_SECRETS)), 1000), file=sys.stderr, flush=True)


def _fail(code: int, message: str) -> NoReturn:
    _complain(message)
    raise typer.Exit(code)


def _settings_now() -> _settings.Settings:
    try:
        settings = _settings.resolve(**_SETTINGS_OPTIONS)
    except _settings.SettingsError as exc:
        _fail(EXIT_USAGE, f"error: {exc}")
    _SECRETS.append(settings.app_secret)
    return settings


def _client() -> Any:
    settings = _settings_now()
    try:
        return yiyiqian.connect(settings.base_url, app_id=settings.app_id, app_secret=settings.app_secret)
    except ConfigurationError as exc:
        _fail(EXIT_USAGE, f"error: {exc}")


def _report(error: YiyiqianError) -> NoReturn:
    name = type(error).__name__
    if isinstance(error, WebhookError):
        _fail(EXIT_WEBHOOK, f"not verified: {error}")
    if isinstance(error, ConfigurationError):
        _fail(EXIT_USAGE, f"error: {error}")
    status = getattr(error, "status_code", None)
    server_side = isinstance(error, ServerError) or (isinstance(status, int) and status >= 500)
    if isinstance(error, APIError) and not server_side:
        code, message = getattr(error, "code", None), getattr(error, "message", str(error))
        _fail(EXIT_REFUSED, f"error: {name}: code {code}: {message}")
    _fail(EXIT_NO_ANSWER, f"error: {name}: {error}")


def _check_range(option: str, value: float | None, low: float, high: float = math.inf) -> None:
    if value is not None and not (math.isfinite(value) and low <= value <= high):
        bound = f"from {low:g} to {high:g}" if math.isfinite(high) else f"at least {low:g}"
        _fail(EXIT_USAGE, f"error: {option} must be {bound}, not {value:g}")


def _read_file(path: Path, option: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        _fail(EXIT_USAGE, f"error: {option}: cannot read {printable(path, 200)}: {exc.strerror or type(exc).__name__}")


@app.command()
def ops(
    evidence: Annotated[str | None, typer.Option(help="only this level: documented, partial, inferred")] = None,
) -> None:
    """List the operations of the spec: toc, operationId, method, path, evidence.

    Example: yiyiqian ops --evidence documented
    """
    lines = []
    for route in ROUTES:
        if evidence and route.evidence != evidence:
            continue
        lines.append(f"{route.toc or '-':8} {route.operation_id:36} {route.method:5} {route.path:58} {route.evidence}")
    _say("\n".join(lines))


@app.command()
def call(
    operation_id: Annotated[str, typer.Argument(help="an operationId, see `yiyiqian ops`")],
    data: Annotated[str | None, typer.Option("--data", "-d", help="JSON body, or @file.json")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="query parameter name=value")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="file to upload (4.6)")] = None,
) -> None:
    """Call any operation and print the `data` of its answer as JSON.

    Example: yiyiqian call checkCaLoginTask --param loginId=4d5750e4-798e-40f8-ab84-b8efd48ed101-764341
    """
    try:
        params, body = _invoke.parse_params(param or []), _invoke.load_data(data)
        _invoke.find(operation_id)
    except _invoke.UsageProblem as exc:
        _fail(EXIT_USAGE, f"error: {exc}")
    client = _client()
    try:
        result = _invoke.invoke(client, operation_id, params=params, data=body, file=file)
    except KeyboardInterrupt:
        _fail(EXIT_CANCELLED, "cancelled (the platform may have received the call)")
    except _invoke.UsageProblem as exc:
        _fail(EXIT_USAGE, f"error: {exc}")
    except YiyiqianError as error:
        _report(error)
    _say(safe_json(result))


@app.command()
def login(
    timeout: Annotated[float, typer.Option(help="seconds to wait for the scan")] = 300.0,
    interval: Annotated[float, typer.Option(help="polling period, seconds (the vendor recommends 5)")] = 5.0,
) -> None:
    """Log a doctor in with the CA QR code: show the code, wait for the scan, print who logged in.

    Example: yiyiqian login --timeout 120
    """
    import segno
    from rich.console import Console

    _check_range("--timeout", timeout, 0)
    _check_range("--interval", interval, 0.01)
    client = _client()
    try:
        task = yiyiqian.login.start(client)
        _say(f"login task {printable(task.login_id, 100)}; scan this QR code with the phone shield app:")
        segno.make(task.qr_content, error="m").terminal(out=sys.stdout, compact=True)
        sys.stdout.flush()
        started = time.monotonic()
        with Console(stderr=True).status("waiting for the scan and the confirmation (Ctrl-C to cancel)..."):
            result = yiyiqian.login.wait(client, task.login_id, interval=interval, timeout=timeout)
    except KeyboardInterrupt:
        _fail(EXIT_CANCELLED, "cancelled")
    except LoginTimeout as error:
        _fail(EXIT_NO_ANSWER, f"error: {error}")
    except YiyiqianError as error:
        _report(error)
    user, cert = result.user_info, result.certificate

    def shown(value: Any) -> str:
        return printable(_invoke.unset_to_none(value), 200)

    _say(f"logged in after {time.monotonic() - started:.1f} s: {shown(user.name)} ({shown(user.user_job_id)})")
    _say(f"certificate: {shown(cert.subject)}\n  issuer: {shown(cert.issuer)}\n  serial: {shown(cert.serial_number)}")


def _header_file(path: Path) -> dict[str, str]:
    raw = _read_file(path, "--headers")
    try:
        headers = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        _fail(EXIT_USAGE, f"error: --headers: {printable(path, 200)} is not UTF-8 text")
    except (ValueError, RecursionError):
        _fail(EXIT_USAGE, f"error: --headers: {printable(path, 200)} is not JSON")
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        _fail(EXIT_USAGE, "error: --headers must hold a JSON object of header names to string values")
    return headers


@webhook_app.command("verify")
def webhook_verify(
    headers: Annotated[Path, typer.Option(help="JSON object of the request headers")],
    body: Annotated[Path, typer.Option(help="the raw body, byte for byte")],
    method: Annotated[str, typer.Option(help="the request method")] = "POST",
    tolerance: Annotated[float, typer.Option(help="refuse an X-Signit-Date further from now (s)")] = 300.0,
    ignore_date: Annotated[
        bool, typer.Option("--ignore-date", help="do not check X-Signit-Date (old captures)")
    ] = False,
) -> None:
    """Verify one delivery saved to files, then print its event.

    Example: yiyiqian webhook verify --headers headers.json --body body.bin
    """
    _check_range("--tolerance", tolerance, 1)
    settings = _settings_now()
    header_map = _header_file(headers)
    raw = _read_file(body, "--body")
    try:
        event = yiyiqian.webhooks.construct_event(
            header_map,
            raw,
            app_id=settings.app_id,
            app_secret=settings.app_secret,
            method=method,
            tolerance=None if ignore_date else tolerance,
        )
    except YiyiqianError as error:
        _report(error)
    _say(f"verified: {printable(event.name, 100)}")


@webhook_app.command("serve")
def webhook_serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on (0: any free port)")] = 9000,
    max_events: Annotated[int | None, typer.Option(help="stop after this many verified events")] = None,
    tolerance: Annotated[float, typer.Option(help="refuse an X-Signit-Date further from now (s)")] = 300.0,
    max_body_bytes: Annotated[int, typer.Option(help="larger bodies get 413 (default 32 MiB)")] = 32 * 1024 * 1024,
    max_connections: Annotated[int, typer.Option(help="requests handled at once; more get 503")] = 8,
    read_timeout: Annotated[float, typer.Option(help="seconds a client has to send its whole request")] = 10.0,
) -> None:
    """Receive deliveries, verify each one (date, signature, replay) and print its event.

    Example: yiyiqian webhook serve --port 9000   (then: yiyiqian-sandbox --webhook-url http://127.0.0.1:9000/)
    """
    from ._webhook_server import ReceiverSettings, make_server

    _check_range("--port", port, 0, 65535)
    _check_range("--max-events", max_events, 1)
    _check_range("--tolerance", tolerance, 1)
    _check_range("--max-body-bytes", max_body_bytes, 0)
    _check_range("--max-connections", max_connections, 1, 1024)
    _check_range("--read-timeout", read_timeout, 0.01)
    settings = _settings_now()
    receiver = ReceiverSettings(
        app_id=settings.app_id,
        app_secret=settings.app_secret,
        tolerance=tolerance,
        max_body_bytes=max_body_bytes,
        max_connections=max_connections,
        read_timeout=read_timeout,
        max_events=max_events,
    )
    where = f"{printable(host, 100)}:{port}"
    try:
        server = make_server(host, port, receiver, report=_say)
    except (OSError, OverflowError, UnicodeError) as exc:  # taken, unknown host, not allowed, ...
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__} {exc}"
        _fail(EXIT_USAGE, f"error: cannot listen on {where}: {reason}")
    _say(f"listening on http://{printable(host, 100)}:{server.server_address[1]}/ (Ctrl-C to stop)")
    try:
        server.serve()
    except KeyboardInterrupt:
        _fail(EXIT_CANCELLED, "stopped")
    finally:
        server.server_close()


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True}, add_help_option=False)
def sandbox(ctx: typer.Context) -> None:
    """Start the sandbox (same as `python -m yiyiqian_sandbox`; its options pass through).

    Example: yiyiqian sandbox --port 8765 --webhook-url http://127.0.0.1:9000/
    """
    try:
        from yiyiqian_sandbox.__main__ import main as sandbox_main
    except ImportError:
        _fail(EXIT_USAGE, "error: the sandbox needs its extra: pip install 'yiyiqian[sandbox]'")
    raise typer.Exit(sandbox_main(list(ctx.args)))


def _secrets_in(argv: Sequence[str]) -> list[str]:
    found = [os.environ.get("YIYIQIAN_APP_SECRET", "")]
    for i, arg in enumerate(argv):
        if arg == "--app-secret" and i + 1 < len(argv):
            found.append(argv[i + 1])
        elif arg.startswith("--app-secret="):
            found.append(arg.partition("=")[2])
    return [secret for secret in found if secret]


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line on `argv`; the exit code. Nothing escapes as a traceback."""
    args = list(sys.argv[1:] if argv is None else argv)
    _SECRETS[:] = _secrets_in(args)
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="yiyiqian", standalone_mode=False)
    except (KeyboardInterrupt, typer.Abort):
        _complain("cancelled")
        return EXIT_CANCELLED
    except SystemExit as exc:  # a sys.exit() below us (the sandbox's argparse)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except Exception as exc:
        return _click_failure(exc)
    return result if isinstance(result, int) else 0


def _click_failure(exc: Exception) -> int:
    """Usage errors of the option parser as one line; anything else is a bug, named in one line.

    Matched by class name: typer raises click's exceptions, from its own copy of click in recent
    releases and from click itself in older ones.
    """
    kinds = {cls.__name__ for cls in type(exc).__mro__}
    click_exc: Any = exc  # one of click's exceptions, whichever copy of click raised it
    if "NoArgsIsHelpError" in kinds:  # `yiyiqian` alone: the help text, as click prints it
        click_exc.show()
        return EXIT_USAGE
    if "Abort" in kinds:
        _complain("cancelled")
        return EXIT_CANCELLED
    if "Exit" in kinds and isinstance(getattr(exc, "exit_code", None), int):
        return int(click_exc.exit_code)
    if "ClickException" in kinds:
        message = click_exc.format_message()
        if "UsageError" in kinds:
            context = getattr(exc, "ctx", None)
            where = getattr(context, "command_path", None) or "yiyiqian"
            _complain(f"error: {message} (see {where} --help)")
            return EXIT_USAGE
        _complain(f"error: {message}")
        code = getattr(exc, "exit_code", EXIT_USAGE)
        return code if isinstance(code, int) else EXIT_USAGE
    # a bug: one line naming it, never a traceback (and never a secret)
    _complain(f"internal error (please report it): {type(exc).__name__}: {printable(exc, 300)}")
    return EXIT_INTERNAL
