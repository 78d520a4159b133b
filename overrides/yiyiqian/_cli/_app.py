"""The commands. Exit codes: 0 done, 1 the platform refused (APIError), 2 bad usage or settings,
3 no usable answer (network, timeout, undecodable body), 4 a webhook failed verification,
130 cancelled with Ctrl-C."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

import yiyiqian

from .. import _spec
from ..errors import APIError, LoginTimeout, WebhookError, YiyiqianError
from . import _invoke, _settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="医易签 (Yiyiqian) from the command line. Without settings it talks to a local sandbox.",
)
webhook_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Verify or receive signed webhooks.")
app.add_typer(webhook_app, name="webhook")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

BaseUrl = Annotated[str | None, typer.Option("--base-url", help="API base URL (env YIYIQIAN_BASE_URL)")]
AppId = Annotated[str | None, typer.Option("--app-id", help="app id (env YIYIQIAN_APP_ID)")]
AppSecret = Annotated[str | None, typer.Option("--app-secret", help="app secret (env YIYIQIAN_APP_SECRET)")]
ConfigPath = Annotated[Path | None, typer.Option("--config", help="TOML config file (env YIYIQIAN_CONFIG)")]


_SETTINGS_OPTIONS: dict[str, Any] = {}  # the global options of this invocation


@app.callback()
def main(
    base_url: BaseUrl = None, app_id: AppId = None, app_secret: AppSecret = None, config: ConfigPath = None
) -> None:
    _SETTINGS_OPTIONS.clear()
    _SETTINGS_OPTIONS.update(base_url=base_url, app_id=app_id, app_secret=app_secret, config=config)


def _fail(code: int, message: str) -> NoReturn:
    err.print(message, markup=False, highlight=False)
    raise typer.Exit(code)


def _settings_now() -> _settings.Settings:
    try:
        return _settings.resolve(**_SETTINGS_OPTIONS)
    except _settings.SettingsError as exc:
        _fail(2, f"error: {exc}")


def _client() -> Any:
    settings = _settings_now()
    try:
        return yiyiqian.connect(settings.base_url, app_id=settings.app_id, app_secret=settings.app_secret)
    except yiyiqian.errors.ConfigurationError as exc:
        _fail(2, f"error: {exc}")


def _report(error: YiyiqianError) -> NoReturn:
    if isinstance(error, APIError):
        _fail(1, f"error: {type(error).__name__}: code {error.code}: {error.message}")
    _fail(3, f"error: {type(error).__name__}: {error}")


@app.command()
def ops(
    evidence: Annotated[str | None, typer.Option(help="only this level: documented, partial, inferred")] = None,
) -> None:
    """List the operations of the spec: toc, operationId, method, path, evidence.

    Example: yiyiqian ops --evidence documented
    """
    spec = _spec.load_spec()
    for operation in _spec.operations().values():
        raw = spec["paths"][operation.path][operation.method.lower()]
        if evidence and raw.get("x-evidence") != evidence:
            continue
        out.print(
            f"{operation.toc or '-':8} {operation.operation_id:36} {operation.method:5} {operation.path:58} "
            f"{raw.get('x-evidence', '')}",
            markup=False,
            highlight=False,
        )


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
    client = _client()
    try:
        result = _invoke.invoke(
            client, operation_id, params=_invoke.parse_params(param or []), data=_invoke.load_data(data), file=file
        )
    except _invoke.UsageProblem as exc:
        _fail(2, f"error: {exc}")
    except YiyiqianError as error:
        _report(error)
    out.print_json(json.dumps(result, ensure_ascii=False)) if result is not None else out.print("null")


@app.command()
def login(
    timeout: Annotated[float, typer.Option(help="seconds to wait for the scan")] = 300.0,
    interval: Annotated[float, typer.Option(help="polling period, seconds (the vendor recommends 5)")] = 5.0,
) -> None:
    """Log a doctor in with the CA QR code: show the code, wait for the scan, print who logged in.

    Example: yiyiqian login --timeout 120
    """
    import segno

    client = _client()
    try:
        task = yiyiqian.login.start(client)
        out.print(f"login task {task.login_id}; scan this QR code with the phone shield app:", highlight=False)
        segno.make(task.qr_content, error="m").terminal(out=sys.stdout, compact=True)
        sys.stdout.flush()
        started = time.monotonic()
        with err.status("waiting for the scan and the confirmation (Ctrl-C to cancel)..."):
            result = yiyiqian.login.wait(client, task.login_id, interval=interval, timeout=timeout)
    except KeyboardInterrupt:
        _fail(130, "cancelled")
    except LoginTimeout as error:
        _fail(3, f"error: {error}")
    except YiyiqianError as error:
        _report(error)
    user, cert = result.user_info, result.certificate
    out.print(
        f"logged in after {time.monotonic() - started:.1f} s: {_invoke.unset_to_none(user.name)} "
        f"({_invoke.unset_to_none(user.user_job_id)})",
        highlight=False,
    )
    out.print(
        f"certificate: {_invoke.unset_to_none(cert.subject)}\n  issuer: {_invoke.unset_to_none(cert.issuer)}"
        f"\n  serial: {_invoke.unset_to_none(cert.serial_number)}",
        highlight=False,
    )


@webhook_app.command("verify")
def webhook_verify(
    headers: Annotated[Path, typer.Option(help="JSON object of the request headers")],
    body: Annotated[Path, typer.Option(help="the raw body, byte for byte")],
    method: Annotated[str, typer.Option(help="the request method")] = "POST",
    tolerance: Annotated[float | None, typer.Option(help="refuse an X-Signit-Date further from now (s)")] = None,
) -> None:
    """Verify one delivery saved to files, then print its event.

    Example: yiyiqian webhook verify --headers headers.json --body body.bin
    """
    settings = _settings_now()
    try:
        header_map = json.loads(headers.read_text(encoding="utf-8"))
        raw = body.read_bytes()
    except (OSError, ValueError) as exc:
        _fail(2, f"error: {exc}")
    try:
        yiyiqian.webhooks.verify(
            header_map, raw, app_id=settings.app_id, app_secret=settings.app_secret, method=method, tolerance=tolerance
        )
        event = yiyiqian.webhooks.parse(raw)
    except WebhookError as error:
        _fail(4, f"not verified: {error}")
    out.print(f"verified: {event.name}", highlight=False)


@webhook_app.command("serve")
def webhook_serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 9000,
    max_events: Annotated[int | None, typer.Option(help="stop after this many verified events")] = None,
) -> None:
    """Receive deliveries, verify each one and print its event (handy during integration).

    Example: yiyiqian webhook serve --port 9000   (then: yiyiqian-sandbox --webhook-url http://127.0.0.1:9000/)
    """
    from ._webhook_server import make_server

    settings = _settings_now()
    server = make_server(
        host,
        port,
        app_id=settings.app_id,
        app_secret=settings.app_secret,
        report=lambda line: out.print(line, markup=False, highlight=False),
        max_events=max_events,
    )
    out.print(f"listening on http://{host}:{server.server_address[1]}/ (Ctrl-C to stop)", highlight=False)
    try:
        while not server.shutdown_requested:  # type: ignore[attr-defined]
            server.handle_request()
    except KeyboardInterrupt:
        _fail(130, "stopped")
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
        _fail(2, "error: the sandbox needs its extra: pip install 'yiyiqian[sandbox]'")
    raise typer.Exit(sandbox_main(list(ctx.args)))
