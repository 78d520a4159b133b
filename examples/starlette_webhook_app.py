"""A webhook endpoint in a Starlette app (FastAPI works the same way): verify, parse, answer 200.

Run it, and it serves on 127.0.0.1:9100, subscribes itself to the sandbox, triggers one event,
and stops once that event has arrived.
"""

import asyncio
import threading

import uvicorn
from _settings import APP_ID, APP_SECRET, BASE_URL, CONTROL_TOKEN
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import yiyiqian
from yiyiqian_client.models import QualityControlResult, QualityControlResultsPushRequest
from yiyiqian_sandbox import SandboxControl

nonces = yiyiqian.webhooks.NonceCache()  # refuse replayed deliveries (600 s: twice the date window)
received = threading.Event()


async def hook(request: Request) -> Response:
    body = await request.body()  # the raw bytes: never verify a re-serialised body
    try:
        event = yiyiqian.webhooks.construct_event(
            request.headers, body, app_id=APP_ID, app_secret=APP_SECRET, nonce_cache=nonces
        )
    except yiyiqian.errors.WebhookError as error:
        return Response(str(error), status_code=401)
    match event:
        case yiyiqian.webhooks.EmrQualityControlChanged(data=data) if data is not None:
            print("quality control:", data.patient_id, data.score)
        case _:
            print("received", event.name, event.data)
    received.set()
    return Response(status_code=200)


app = Starlette(routes=[Route("/hooks/yiyiqian", hook, methods=["POST"])])


async def main() -> None:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=9100, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
    await asyncio.to_thread(SandboxControl(BASE_URL, CONTROL_TOKEN).subscribe, "http://127.0.0.1:9100/hooks/yiyiqian")
    client = yiyiqian.AsyncYiyiqian(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
    await client.emr_basic.push_quality_control_results(
        body=QualityControlResultsPushRequest(
            items=[QualityControlResult(patient_id="EX-QC-1", admission_number="ZY-1", score=95.0, level="甲")]
        ),
    )
    await asyncio.to_thread(received.wait, 30)
    server.should_exit = True
    await serving
    assert received.is_set(), "no delivery arrived"


asyncio.run(main())
