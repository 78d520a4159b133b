from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.o_auth_error import OAuthError
from ...models.patient_files_query import PatientFilesQuery
from ...models.platform_error import PlatformError
from ...models.query_patient_files_response_200 import QueryPatientFilesResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: PatientFilesQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/document/open/query-patient-files",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200 | None:
    if response.status_code == 200:
        response_200 = QueryPatientFilesResponse200.from_dict(response.json())

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
) -> Response[Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PatientFilesQuery,
) -> Response[Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200]:
    """三方系统-获取患者文件

    Args:
        body (PatientFilesQuery):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200]
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
    body: PatientFilesQuery,
) -> Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200 | None:
    """三方系统-获取患者文件

    Args:
        body (PatientFilesQuery):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PatientFilesQuery,
) -> Response[Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200]:
    """三方系统-获取患者文件

    Args:
        body (PatientFilesQuery):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PatientFilesQuery,
) -> Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200 | None:
    """三方系统-获取患者文件

    Args:
        body (PatientFilesQuery):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Envelope | PlatformError | OAuthError | QueryPatientFilesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
