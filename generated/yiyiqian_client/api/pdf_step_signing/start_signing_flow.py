from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.o_auth_error import OAuthError
from ...models.platform_error import PlatformError
from ...models.signing_flow_request import SigningFlowRequest
from ...models.start_signing_flow_response_200 import StartSigningFlowResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: SigningFlowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/open/hospital/hospitals/templates/form/apply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PlatformError | OAuthError | StartSigningFlowResponse200 | None:
    if response.status_code == 200:
        response_200 = StartSigningFlowResponse200.from_dict(response.json())

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
) -> Response[Envelope | PlatformError | OAuthError | StartSigningFlowResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SigningFlowRequest,
) -> Response[Envelope | PlatformError | OAuthError | StartSigningFlowResponse200]:
    """发起签署流程

     Starts a signing flow from a template built in advance by the vendor; signatures and form
    fields are then added step by step (5.2). With `mode` AUTO the flow completes by itself
    once every template signature is done; otherwise (or to finish early) call 5.3.

    Args:
        body (SigningFlowRequest): Body of 5.1 发起签署流程.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[Envelope | PlatformError | OAuthError | StartSigningFlowResponse200]
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
    body: SigningFlowRequest,
) -> Envelope | PlatformError | OAuthError | StartSigningFlowResponse200 | None:
    """发起签署流程

     Starts a signing flow from a template built in advance by the vendor; signatures and form
    fields are then added step by step (5.2). With `mode` AUTO the flow completes by itself
    once every template signature is done; otherwise (or to finish early) call 5.3.

    Args:
        body (SigningFlowRequest): Body of 5.1 发起签署流程.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Envelope | PlatformError | OAuthError | StartSigningFlowResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SigningFlowRequest,
) -> Response[Envelope | PlatformError | OAuthError | StartSigningFlowResponse200]:
    """发起签署流程

     Starts a signing flow from a template built in advance by the vendor; signatures and form
    fields are then added step by step (5.2). With `mode` AUTO the flow completes by itself
    once every template signature is done; otherwise (or to finish early) call 5.3.

    Args:
        body (SigningFlowRequest): Body of 5.1 发起签署流程.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[Envelope | PlatformError | OAuthError | StartSigningFlowResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SigningFlowRequest,
) -> Envelope | PlatformError | OAuthError | StartSigningFlowResponse200 | None:
    """发起签署流程

     Starts a signing flow from a template built in advance by the vendor; signatures and form
    fields are then added step by step (5.2). With `mode` AUTO the flow completes by itself
    once every template signature is done; otherwise (or to finish early) call 5.3.

    Args:
        body (SigningFlowRequest): Body of 5.1 发起签署流程.

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Envelope | PlatformError | OAuthError | StartSigningFlowResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
