"""Proxies and TLS (issue 10, item 9): a real CONNECT proxy and an HTTPS server from a test CA.

Hospital networks usually reach the platform through a forward proxy. The environment's proxy
settings and an explicit `proxy=` must go through the retry transport, with the configured CA
bundle and client certificate; `trust_env=False` ignores the environment.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import yiyiqian
from tests.client.hostile import (
    APP_ID,
    APP_SECRET,
    OK,
    ConnectProxy,
    HostileServer,
    envelope,
    nginx_page,
    servers,
    unused_port_url,
)
from yiyiqian.errors import ConfigurationError, TransportError, YiyiqianError
from yiyiqian_client.api.ca_login import check_ca_login_task

trustme = pytest.importorskip("trustme")

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="module")
def ca() -> Any:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_bundle(ca: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture(scope="module")
def client_pem(ca: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A client certificate and its key, from the same CA, in one PEM file."""
    path = tmp_path_factory.mktemp("tls") / "client.pem"
    ca.issue_cert("hospital-client.test").private_key_and_cert_chain_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture(autouse=True)
def clean_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def https_server(ca: Any, *behaviours: Any, require_client_cert: bool = False) -> HostileServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    if require_client_cert:
        context.verify_mode = ssl.CERT_REQUIRED
        ca.configure_trust(context)
    return HostileServer(*behaviours, ssl_context=context)


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    with ConnectProxy() as running:
        yield running


def connect(server: HostileServer, ca_bundle: str, **options: Any) -> Any:
    options.setdefault("retry_policy", yiyiqian.RetryPolicy(max_retries=2, backoff_base=0.0))
    return yiyiqian.connect(server.url, app_id=APP_ID, app_secret=APP_SECRET, verify=ca_bundle, timeout=5.0, **options)


def status(client: Any, mode: str) -> Any:
    if mode == "async":
        return asyncio.run(check_ca_login_task.asyncio(client=client, login_id="LOGIN-1"))
    return check_ca_login_task.sync(client=client, login_id="LOGIN-1")


def tunnelled_to(server: HostileServer, proxy: ConnectProxy) -> bool:
    """Every request the server saw came through one of the proxy's tunnels."""
    return (
        bool(proxy.tunnels)
        and set(proxy.tunnels) == {f"127.0.0.1:{server.port}"}
        and (len(proxy.tunnels) >= len(server.received()) > 0)
    )


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_https_proxy_from_the_environment_is_used(ca, ca_bundle, proxy, monkeypatch, mode):
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    server = https_server(ca, envelope())
    with servers(server):
        assert status(connect(server, ca_bundle), mode).code == OK
    assert tunnelled_to(server, proxy)
    assert len(server.token_requests) == 1  # the token request goes through the proxy too


@MODES
def test_no_proxy_goes_direct(ca, ca_bundle, proxy, monkeypatch, mode):
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server = https_server(ca, envelope())
    with servers(server):
        assert status(connect(server, ca_bundle), mode).code == OK
    assert proxy.tunnels == []


@MODES
def test_an_explicit_proxy_option_is_used(ca, ca_bundle, proxy, mode):
    server = https_server(ca, envelope())
    with servers(server):
        assert status(connect(server, ca_bundle, proxy=proxy.url), mode).code == OK
    assert tunnelled_to(server, proxy)


@MODES
def test_trust_env_false_ignores_the_environment(ca, ca_bundle, proxy, monkeypatch, mode):
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    server = https_server(ca, envelope())
    with servers(server):
        assert status(connect(server, ca_bundle, trust_env=False), mode).code == OK
    assert proxy.tunnels == []


@MODES
def test_retries_apply_through_the_proxy(ca, ca_bundle, proxy, monkeypatch, mode):
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    server = https_server(ca, envelope(code="100503503", status=503), envelope())
    with servers(server):
        assert status(connect(server, ca_bundle), mode).code == OK
    assert len(server.api_requests) == 2
    assert tunnelled_to(server, proxy)


@MODES
def test_typed_errors_apply_through_the_proxy(ca, ca_bundle, proxy, mode):
    import yiyiqian.errors

    server = https_server(ca, nginx_page(404))
    with servers(server), pytest.raises(YiyiqianError) as caught:
        status(connect(server, ca_bundle, proxy=proxy.url), mode)
    assert type(caught.value).__name__ == "NotFoundError"
    assert isinstance(caught.value, yiyiqian.errors.APIError)
    assert tunnelled_to(server, proxy)


@MODES
def test_a_dead_proxy_is_a_transport_error(ca, ca_bundle, mode):
    server = https_server(ca, envelope())
    with servers(server), pytest.raises(TransportError):
        status(connect(server, ca_bundle, proxy=unused_port_url()), mode)
    assert server.received() == []


def test_a_proxy_given_through_httpx_args_keeps_retries_and_the_ca_bundle(ca, ca_bundle, proxy):
    """Either refused at construction (use `proxy=`), or it goes through the retry transport."""
    server = https_server(ca, envelope(code="100503503", status=503), envelope())
    with servers(server):
        try:
            client = connect(server, ca_bundle, httpx_args={"proxy": proxy.url})
        except ConfigurationError:
            return
        assert status(client, "sync").code == OK
    assert len(server.api_requests) == 2
    assert tunnelled_to(server, proxy)


@MODES
def test_the_client_certificate_is_presented(ca, ca_bundle, client_pem, mode):
    server = https_server(ca, envelope(), require_client_cert=True)
    with servers(server):
        assert status(connect(server, ca_bundle, cert=client_pem), mode).code == OK
    assert server.peer_certs, "the server saw a client certificate"
    subject_alt_names = [value for cert in server.peer_certs for _, value in cert.get("subjectAltName", ())]
    assert "hospital-client.test" in subject_alt_names


@MODES
def test_the_client_certificate_goes_through_the_proxy_too(ca, ca_bundle, client_pem, proxy, mode):
    server = https_server(ca, envelope(), require_client_cert=True)
    with servers(server):
        assert status(connect(server, ca_bundle, cert=client_pem, proxy=proxy.url), mode).code == OK
    assert server.peer_certs and tunnelled_to(server, proxy)


def test_without_the_client_certificate_the_server_refuses(ca, ca_bundle):
    server = https_server(ca, envelope(), require_client_cert=True)
    with servers(server), pytest.raises(TransportError):
        status(connect(server, ca_bundle), "sync")


def test_a_server_from_another_ca_is_refused(ca_bundle, proxy):
    other_ca = trustme.CA()
    server = https_server(other_ca, envelope())
    with servers(server), pytest.raises(TransportError):
        status(connect(server, ca_bundle, proxy=proxy.url), "sync")
    assert server.api_requests == []


def test_the_ca_bundle_path_is_a_file(ca_bundle):
    assert Path(ca_bundle).read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
