"""Asynchronous data signing (2.1), with the result arriving on a verified webhook (7.1)."""

import asyncio

from _receiver import Receiver
from _settings import APP_ID, APP_SECRET, BASE_URL

import yiyiqian
from yiyiqian_client.models import DataSignatureBusiness, DataSignatureRequest


async def main() -> None:
    receiver = Receiver()
    client = yiyiqian.AsyncYiyiqian(BASE_URL, app_id=APP_ID, app_secret=APP_SECRET)
    accepted = await client.data_signature.create_data_signature(
        body=DataSignatureRequest(
            business=DataSignatureBusiness(patient_id="AA12345678", doctor_id="lidd", service_id="ORDER-7"),
            signing_data="医嘱: 一级护理",
        )
    )
    print("accepted", accepted.sign_wsid, accepted.sign_status)
    event = await asyncio.to_thread(receiver.wait_for, "dataSignatureCompleted", accepted.sign_wsid)
    print("webhook", event.name, "->", event.data.signature.sign_status)  # rawData decoded for you
    pulled = await client.data_signature.get_data_signature(sign_wsid=accepted.sign_wsid)
    assert pulled.signature.sign_value == event.data.signature.sign_value
    print("2.2 agrees with the webhook")


asyncio.run(main())
