"""A scripted stand-in for the platform's HTTP side, for httpx.MockTransport.

It speaks the real conventions (OAuth token endpoint, access_token in the query, the app id
header, the {code, message, data} envelope) so that the client code under test runs unchanged;
each test scripts the answers it needs and reads back what the client sent.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

APP_ID = "1730975c5e7a62a2d7d93b07ae1"
APP_SECRET = "sk34acd7f913696b965288f1aabbcf19ad"
BASE_URL = "https://platform.test"
OK = "100100000"

Answer = httpx.Response | Callable[[httpx.Request], httpx.Response] | Exception


def envelope(data: Any = None, *, code: str = OK, message: str = "操作成功", status: int = 200) -> httpx.Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        body["data"] = data
    return httpx.Response(status, json=body)


@dataclass
class ScriptedPlatform:
    expires_in: int | None = 7200
    token_delay: float = 0.0
    token_answer: Callable[[], httpx.Response] | None = None
    routes: dict[tuple[str, str], list[Answer]] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    def script(self, method: str, path: str, *answers: Answer) -> None:
        """Answers given in turn; the last one repeats."""
        self.routes[(method, path)] = list(answers)

    def _issue_token(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        if params.get("client_id") != APP_ID or params.get("client_secret") != APP_SECRET:
            return httpx.Response(401, json={"error": "invalid_client", "error_description": "Bad client credentials"})
        if self.token_answer is not None:
            return self.token_answer()
        with self._lock:
            token = f"token-{next(self._counter)}-3e9dec5f"
            self.tokens.append(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "bearer", "scope": "read"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(200, json=body)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:  # a snapshot: the auth flow re-sends the same Request object
            self.requests.append(
                httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
            )
            answers = self.routes.get((request.method, request.url.path))
            if not answers:
                return httpx.Response(404, json={"error": "not_found"})
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        # A fresh copy each time: httpx binds a response's stream to the client that read it.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/oauth/oauth/token"):
            if self.token_delay:
                time.sleep(self.token_delay)
            return self._issue_token(request)
        return self._answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/oauth/oauth/token"):
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return self._issue_token(request)
        return self._answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle_async)
