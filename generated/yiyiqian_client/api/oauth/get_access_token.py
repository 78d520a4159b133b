from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.grant_type import GrantType
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    client_id: str,
    client_secret: str,
    grant_type: GrantType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    json_grant_type: str = grant_type
    params["grant_type"] = json_grant_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/oauth/oauth/token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | OAuthError | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

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
) -> Response[AccessToken | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    grant_type: GrantType,
) -> Response[AccessToken | OAuthError]:
    """获取访问令牌

     OAuth 2.0 `client_credentials` grant. The answer is a bare token object, not the
    `{code, message, data}` envelope. Cache the token for `expires_in` seconds.

    Args:
        client_id (str):
        client_secret (str):
        grant_type (GrantType):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[AccessToken | OAuthError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    grant_type: GrantType,
) -> AccessToken | OAuthError | None:
    """获取访问令牌

     OAuth 2.0 `client_credentials` grant. The answer is a bare token object, not the
    `{code, message, data}` envelope. Cache the token for `expires_in` seconds.

    Args:
        client_id (str):
        client_secret (str):
        grant_type (GrantType):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        AccessToken | OAuthError
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    grant_type: GrantType,
) -> Response[AccessToken | OAuthError]:
    """获取访问令牌

     OAuth 2.0 `client_credentials` grant. The answer is a bare token object, not the
    `{code, message, data}` envelope. Cache the token for `expires_in` seconds.

    Args:
        client_id (str):
        client_secret (str):
        grant_type (GrantType):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[AccessToken | OAuthError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_secret=client_secret,
        grant_type=grant_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    client_secret: str,
    grant_type: GrantType,
) -> AccessToken | OAuthError | None:
    """获取访问令牌

     OAuth 2.0 `client_credentials` grant. The answer is a bare token object, not the
    `{code, message, data}` envelope. Cache the token for `expires_in` seconds.

    Args:
        client_id (str):
        client_secret (str):
        grant_type (GrantType):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        AccessToken | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
        )
    ).parsed
