"""Command line: `python -m yiyiqian_sandbox` / `yiyiqian-sandbox`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ._config import DEFAULT_APP_ID, Faults, SandboxConfig


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="yiyiqian-sandbox",
        description="A local 医易签 server with real signatures and signed webhooks.",
        epilog="Example: yiyiqian-sandbox --port 8765 --webhook-url http://127.0.0.1:9000/hook",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--app-id", help=f"test app id (env YIYIQIAN_SANDBOX_APP_ID; default {DEFAULT_APP_ID})")
    parser.add_argument("--app-secret", help="its secret (env YIYIQIAN_SANDBOX_APP_SECRET)")
    parser.add_argument("--state-dir", type=Path, help="where SQLite and the PKI live (default: a new temp dir)")
    parser.add_argument(
        "--webhook-url",
        action="append",
        dest="webhook_urls",
        help="subscriber URL, repeatable (env YIYIQIAN_SANDBOX_WEBHOOK_URLS, comma-separated)",
    )
    parser.add_argument("--token-ttl", type=int, help="expires_in of issued tokens, seconds (default 7200)")
    parser.add_argument(
        "--auto-login-after",
        type=float,
        help="seconds after which a QR login confirms by itself (default 3; <0: never)",
    )
    parser.add_argument("--async-delay", type=float, help="seconds before async signing completes (default 0.2)")
    parser.add_argument("--fault-latency-ms", type=float, default=0.0)
    parser.add_argument("--fault-latency-rate", type=float, default=0.0)
    parser.add_argument("--fault-error-rate", type=float, default=0.0)
    parser.add_argument("--fault-drop-rate", type=float, default=0.0)
    parser.add_argument("--fault-malformed-rate", type=float, default=0.0)
    parser.add_argument("--fault-token-expiry-every", type=int, default=0)
    parser.add_argument("--fault-seed", type=int, default=0)
    parser.add_argument(
        "--control-token",
        help="secret of the /_sandbox control calls, header X-Sandbox-Control-Token "
        "(env YIYIQIAN_SANDBOX_CONTROL_TOKEN; default: random, printed at start-up)",
    )
    parser.add_argument(
        "--max-body-mb", type=float, help="request bodies above this are refused with 413 (default 32: a 20 MB PDF)"
    )
    parser.add_argument("--validate-responses", action="store_true", help="check every answer against the spec")
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(argv)


def config_from(args: argparse.Namespace) -> SandboxConfig:
    auto_login = args.auto_login_after
    config = SandboxConfig.from_env(
        app_id=args.app_id,
        app_secret=args.app_secret,
        state_dir=args.state_dir,
        token_ttl=args.token_ttl,
        async_delay=args.async_delay,
        validate_responses=args.validate_responses or None,
        webhook_urls=args.webhook_urls,
        control_token=args.control_token,
        host=args.host,
        max_body_bytes=int(args.max_body_mb * 1024 * 1024) if args.max_body_mb else None,
        faults=Faults(
            latency_ms=args.fault_latency_ms,
            latency_rate=args.fault_latency_rate,
            error_rate=args.fault_error_rate,
            drop_rate=args.fault_drop_rate,
            malformed_rate=args.fault_malformed_rate,
            token_expiry_every=args.fault_token_expiry_every,
            seed=args.fault_seed,
        ),
    )
    if auto_login is not None:
        config.auto_login_after = None if auto_login < 0 else auto_login
    return config


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    from ._app import create_app

    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    config = config_from(args)
    app = create_app(config)
    print(
        f"yiyiqian sandbox on http://{args.host}:{args.port}  app id {config.app_id}  state {config.state_dir}",
        file=sys.stderr,
    )
    if not config.control_token:  # a token the user chose is theirs; a random one must be shown to be usable
        print(f"control token (X-Sandbox-Control-Token): {app.state.sandbox.control_token}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level.lower(), access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
