"""Figures of the typed SDK surface: per-call overhead and the cold first call, against raw httpx."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from typing import Any

import yiyiqian
from bench.measures import _logged_in_task, per_call_ratio, raw_login_status
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET


def sdk_overhead_sync(url: str, *, rounds: int, calls: int) -> dict[str, Any]:
    """1.2 through `yiyiqian.Yiyiqian` vs plain httpx, alternating rounds."""
    sdk = yiyiqian.Yiyiqian(url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET)
    login_id = _logged_in_task(sdk.low_level)
    ours = lambda: sdk.ca_login.check_ca_login_task(login_id=login_id)  # noqa: E731
    return per_call_ratio(raw_login_status(url, login_id), ours, rounds=rounds, calls=calls)


# Both fresh processes fetch a token and make one 1.2 call; only the way they do it differs.
_RAW = """
import httpx, sys
url, app_id, secret, login_id = sys.argv[1:]
with httpx.Client(base_url=url) as http:
    token = http.get("/v1/oauth/oauth/token", params={"client_id": app_id, "client_secret": secret,
                     "grant_type": "client_credentials"}).json()["access_token"]
    http.get("/v1/open/users/sso/check-ca-login-task", params={"access_token": token, "loginId": login_id},
             headers={"X-Signit-App-Id": app_id}).json()
"""
_SDK = """
import sys, yiyiqian
url, app_id, secret, login_id = sys.argv[1:]
with yiyiqian.Yiyiqian(url, app_id=app_id, app_secret=secret) as sdk:
    sdk.ca_login.check_ca_login_task(login_id=login_id)
"""


def _process_seconds(code: str, *args: str) -> float:
    # As an installed package runs: with its bytecode cached. This machine sets
    # PYTHONDONTWRITEBYTECODE, and the editable install would otherwise compile every module of the
    # project in every fresh process while httpx, installed with its bytecode, would not.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, timeout=120, env=env)
    return time.perf_counter() - started


def cold_first_call(url: str, *, rounds: int) -> dict[str, Any]:
    """A fresh process: import + token + the first 1.2 call, SDK vs raw httpx (medians of `rounds`)."""
    login_id = _logged_in_task(yiyiqian.connect(url, app_id=DEFAULT_APP_ID, app_secret=DEFAULT_APP_SECRET))
    args = (url, DEFAULT_APP_ID, DEFAULT_APP_SECRET, login_id)
    _process_seconds(_RAW, *args), _process_seconds(_SDK, *args)  # warm the OS file cache
    raw_s, sdk_s = [], []
    for _ in range(rounds):
        raw_s.append(_process_seconds(_RAW, *args))
        sdk_s.append(_process_seconds(_SDK, *args))
    raw_median, sdk_median = statistics.median(raw_s), statistics.median(sdk_s)
    return {
        "raw_s": round(raw_median, 3),
        "yiyiqian_s": round(sdk_median, 3),
        "ratio": round(sdk_median / raw_median, 3),
        "rounds": rounds,
    }
