"""The fault soak: mixed calls through the client against a sandbox that misbehaves on purpose.

    python -m bench.soak [--calls 2000] [--concurrency 20]     (`nox -s soak`)

Faults: 10 % 5xx, 5 % dropped connections, 3 % answers delayed beyond the client's read timeout,
2 % malformed bodies, every token expired every 200 calls. Invariants: no untyped exception, no
call running past the timeout-and-retries budget, and no signing job created twice (the sandbox
counts jobs per business tag; every signing call here uses a tag of its own).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import json
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import yiyiqian
from bench._server import control, sandbox_process
from yiyiqian_client.api.ca_login import check_ca_login_task, create_ca_login_task
from yiyiqian_client.api.data_signature import create_data_signature
from yiyiqian_client.api.data_signature_v2 import start_async_data_signature_v2
from yiyiqian_client.api.emr_basic import push_patients
from yiyiqian_client.api.pdf_signing import apply_template_signing
from yiyiqian_client.models import (
    CaLoginTaskRequest,
    DataSignatureBusiness,
    DataSignatureRequest,
    DataSignatureV2Request,
    Document,
    InHospitalSigner,
    ParticipantRequest,
    Patient,
    PatientsPushRequest,
    SigningData,
    TemplateApplyRequest,
)
from yiyiqian_sandbox import DEFAULT_APP_ID, DEFAULT_APP_SECRET
from yiyiqian_sandbox._pdf import template_pdf

ROOT = Path(__file__).resolve().parents[1]
# A PDF the sandbox can sign (it refuses unreadable ones with 400 since it checks them up front).
PDF = base64.b64encode(template_pdf("soak", ["patient A00034616"])).decode()


@dataclass(frozen=True)
class SoakSettings:
    calls: int = 2000
    concurrency: int = 20
    seed: int = 7
    read_timeout: float = 0.5
    max_retries: int = 2
    backoff_max: float = 0.4
    token_expiry_every: int = 200

    @property
    def budget_s(self) -> float:
        """The longest a call may take: every attempt of the call and of one token refresh timing out."""
        attempts = 3 * (self.max_retries + 1)  # the call, its one re-send after a refused token, the token call
        return attempts * (self.read_timeout + 0.5) + 3 * self.max_retries * self.backoff_max


def _faults(settings: SoakSettings) -> list[str]:
    return [
        "--fault-error-rate",
        "0.10",
        "--fault-drop-rate",
        "0.05",
        "--fault-malformed-rate",
        "0.02",
        "--fault-latency-rate",
        "0.03",
        "--fault-latency-ms",
        str(int(settings.read_timeout * 2400)),
        "--fault-token-expiry-every",
        str(settings.token_expiry_every),
        "--fault-seed",
        str(settings.seed),
        "--async-delay",
        "0.05",
    ]


class Mix:
    """The calls of the soak, picked at random; every signing call gets a business tag of its own."""

    def __init__(self, client: Any, seed: int) -> None:
        self.client = client
        self.random = random.Random(seed)
        self.serial = itertools.count(1)
        self.login_ids: list[str] = []
        self.tags: list[str] = []

    def _tag(self, kind: str) -> str:
        tag = f"soak-{kind}-{next(self.serial)}"
        self.tags.append(tag)
        return tag

    async def one(self) -> str:
        kind = self.random.choices(["login", "status", "sign-v1", "sign-v2", "pdf", "push"], [1, 2, 2, 2, 1, 2])[0]
        client = self.client
        if kind == "login" or (kind == "status" and not self.login_ids):
            answer = await create_ca_login_task.asyncio(client=client, body=CaLoginTaskRequest())
            self.login_ids.append(answer.data.login_id)
        elif kind == "status":
            await check_ca_login_task.asyncio(client=client, login_id=self.random.choice(self.login_ids))
        elif kind == "sign-v1":
            await create_data_signature.asyncio(
                client=client,
                body=DataSignatureRequest(
                    business=DataSignatureBusiness(doctor_id="job_wutao", service_id=self._tag("v1")),
                    signing_data="处方",
                ),
            )
        elif kind == "sign-v2":
            await start_async_data_signature_v2.asyncio(
                client=client,
                body=DataSignatureV2Request(
                    custom_tag=self._tag("v2"),
                    signing_data=SigningData(data="医嘱"),
                    participants=[ParticipantRequest(user_job_id="job_wutao")],
                ),
            )
        elif kind == "pdf":
            await apply_template_signing.asyncio(
                client=client,
                body=TemplateApplyRequest(
                    custom_tag_id=self._tag("pdf"),
                    document=Document(base64=PDF),
                    in_hospital_user_signer_infomation=[
                        InHospitalSigner(signer_key_name="医生签名", signer_user_job_id="job_wutao")
                    ],
                ),
            )
        else:
            await push_patients.asyncio(
                client=client,
                body=PatientsPushRequest(items=[Patient(patient_id=f"SOAK-{next(self.serial)}", patient_name="测试")]),
            )
        return kind


async def _run(url: str, settings: SoakSettings) -> dict[str, Any]:
    client = yiyiqian.connect(
        url,
        app_id=DEFAULT_APP_ID,
        app_secret=DEFAULT_APP_SECRET,
        timeout=httpx.Timeout(settings.read_timeout, connect=2.0),
        # Tokens are expired every few hundred calls, much sooner than any real platform does: the
        # cooldown that stops refresh storms on a persistent refusal would count them as one.
        refresh_cooldown=0.0,
        retry_policy=yiyiqian.RetryPolicy(
            max_retries=settings.max_retries, backoff_base=0.05, backoff_max=settings.backoff_max
        ),
    )
    mix = Mix(client, settings.seed)
    outcomes: Counter[str] = Counter()
    untyped: Counter[str] = Counter()
    durations: list[float] = []
    hung = 0
    gate = asyncio.Semaphore(settings.concurrency)

    async def call() -> None:
        nonlocal hung
        async with gate:
            started = time.monotonic()
            try:
                # A hard cap far past the budget, so that a hang is counted instead of stalling the soak.
                await asyncio.wait_for(mix.one(), timeout=settings.budget_s * 3)
                outcomes["success"] += 1
            except yiyiqian.YiyiqianError as error:
                outcomes[type(error).__name__] += 1
            except TimeoutError:
                hung += 1
            except Exception as error:
                untyped[f"{type(error).__module__}.{type(error).__name__}"] += 1
            elapsed = time.monotonic() - started
            durations.append(elapsed)
            if elapsed > settings.budget_s:
                hung += 1

    started = time.monotonic()
    await asyncio.gather(*(call() for _ in range(settings.calls)))
    wall = time.monotonic() - started
    token_requests = yiyiqian.auth_of(client).token_requests
    await client.get_async_httpx_client().aclose()
    return {
        "outcomes": outcomes,
        "untyped": untyped,
        "durations": durations,
        "hung": hung,
        "wall": wall,
        "token_requests": token_requests,
        "tags": mix.tags,
    }


def soak(settings: SoakSettings) -> dict[str, Any]:
    with sandbox_process(*_faults(settings)) as url:
        run = asyncio.run(_run(url, settings))
        control(url).set_faults()
        time.sleep(1.0)  # let the sandbox finish its asynchronous signing jobs
        stats = control(url).stats()
    jobs = stats["signingJobsByTag"]
    ours = {tag: jobs.get(tag, 0) for tag in run["tags"]}
    durations = sorted(run["durations"])
    typed = {k: v for k, v in run["outcomes"].items() if k != "success"}
    return {
        "calls": settings.calls,
        "concurrency": settings.concurrency,
        "successes": run["outcomes"]["success"],
        "typed_errors": dict(sorted(typed.items())),
        "untyped_exceptions": dict(run["untyped"]),
        "untyped_exception_count": sum(run["untyped"].values()),
        "hung_calls": run["hung"],
        "budget_s": round(settings.budget_s, 2),
        "token_requests": run["token_requests"],
        "forced_token_expiries": stats["counters"].get("forced_token_expiries", 0),
        "faults_injected": {k: v for k, v in stats["counters"].items() if k.startswith("faults_")},
        "signing_calls": len(run["tags"]),
        "signing_jobs_created": sum(ours.values()),
        "duplicate_side_effects": sum(1 for n in ours.values() if n > 1),
        "latency_p50_s": round(statistics.median(durations), 3),
        "latency_p99_s": round(durations[int(len(durations) * 0.99) - 1], 3),
        "latency_max_s": round(durations[-1], 3),
        "wall_s": round(run["wall"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "soak.json")
    args = parser.parse_args(argv)
    result = soak(SoakSettings(calls=args.calls, concurrency=args.concurrency, seed=args.seed))
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return (
        0 if not (result["untyped_exception_count"] or result["hung_calls"] or result["duplicate_side_effects"]) else 1
    )


if __name__ == "__main__":
    sys.exit(main())
