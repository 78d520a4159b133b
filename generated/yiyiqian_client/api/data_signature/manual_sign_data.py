from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_signature_request import DataSignatureRequest
from ...models.envelope import Envelope
from ...models.manual_sign_data_response_200 import ManualSignDataResponse200
from ...models.o_auth_error import OAuthError
from ...models.platform_error import PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: DataSignatureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/open/hospital/hospitals/data-signatures/manual-sign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PlatformError | ManualSignDataResponse200 | OAuthError | None:
    if response.status_code == 200:
        response_200 = ManualSignDataResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> Envelope | PlatformError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = Envelope.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = PlatformError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | PlatformError | ManualSignDataResponse200 | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSignatureRequest,
) -> Response[Envelope | PlatformError | ManualSignDataResponse200 | OAuthError]:
    """数据手动签名

    Args:
        body (DataSignatureRequest): Inferred from webhook 7.1. The doctor (business.doctorId)
            signs signingData.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[Envelope | PlatformError | ManualSignDataResponse200 | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DataSignatureRequest,
) -> Envelope | PlatformError | ManualSignDataResponse200 | OAuthError | None:
    """数据手动签名

    Args:
        body (DataSignatureRequest): Inferred from webhook 7.1. The doctor (business.doctorId)
            signs signingData.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Envelope | PlatformError | ManualSignDataResponse200 | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSignatureRequest,
) -> Response[Envelope | PlatformError | ManualSignDataResponse200 | OAuthError]:
    """数据手动签名

    Args:
        body (DataSignatureRequest): Inferred from webhook 7.1. The doctor (business.doctorId)
            signs signingData.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[Envelope | PlatformError | ManualSignDataResponse200 | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataSignatureRequest,
) -> Envelope | PlatformError | ManualSignDataResponse200 | OAuthError | None:
    """数据手动签名

    Args:
        body (DataSignatureRequest): Inferred from webhook 7.1. The doctor (business.doctorId)
            signs signingData.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Envelope | PlatformError | ManualSignDataResponse200 | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
