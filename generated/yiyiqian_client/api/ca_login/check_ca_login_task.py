from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_ca_login_task_response_200 import CheckCaLoginTaskResponse200
from ...models.envelope import Envelope
from ...models.o_auth_error import OAuthError
from ...models.platform_error import PlatformError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appId"] = app_id

    params["loginId"] = login_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/open/users/sso/check-ca-login-task",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError | None:
    if response.status_code == 200:
        response_200 = CheckCaLoginTaskResponse200.from_dict(response.json())

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
) -> Response[CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> Response[CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError]:
    """查询扫码登陆任务的状态信息

     查询登录任务的状态信息,判断用户是否进行扫码登录 (recommended polling period: every 5 s).
    `data` is present only once the user has scanned and logged in; before that the answer
    is `{"code": "100100000", "message": "操作成功"}` without `data`.

    Args:
        app_id (str | Unset):
        login_id (str | Unset):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        login_id=login_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError | None:
    """查询扫码登陆任务的状态信息

     查询登录任务的状态信息,判断用户是否进行扫码登录 (recommended polling period: every 5 s).
    `data` is present only once the user has scanned and logged in; before that the answer
    is `{"code": "100100000", "message": "操作成功"}` without `data`.

    Args:
        app_id (str | Unset):
        login_id (str | Unset):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        login_id=login_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> Response[CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError]:
    """查询扫码登陆任务的状态信息

     查询登录任务的状态信息,判断用户是否进行扫码登录 (recommended polling period: every 5 s).
    `data` is present only once the user has scanned and logged in; before that the answer
    is `{"code": "100100000", "message": "操作成功"}` without `data`.

    Args:
        app_id (str | Unset):
        login_id (str | Unset):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        Response[CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        login_id=login_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    login_id: str | Unset = UNSET,
) -> CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError | None:
    """查询扫码登陆任务的状态信息

     查询登录任务的状态信息,判断用户是否进行扫码登录 (recommended polling period: every 5 s).
    `data` is present only once the user has scanned and logged in; before that the answer
    is `{"code": "100100000", "message": "操作成功"}` without `data`.

    Args:
        app_id (str | Unset):
        login_id (str | Unset):

    Raises:
        yiyiqian.errors.YiyiqianError: with a client from yiyiqian.connect(), every failure, typed
            (APIError and its subclasses for error answers, TransportError, RequestTimeout,
            ResponseDecodeError); see yiyiqian.errors.

    Returns:
        CheckCaLoginTaskResponse200 | Envelope | PlatformError | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            login_id=login_id,
        )
    ).parsed
