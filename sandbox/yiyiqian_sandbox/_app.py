"""The sandbox as an ASGI app: this module only wires the parts together.

    app = create_app(SandboxConfig(...))     # an ASGI app (Starlette); app.state.sandbox is its Sandbox

Every operation of openapi/yiyiqian.yaml answers at its path (`_api`), the control calls under
/_sandbox (`_control`); around them, the body-size limit and fault injection.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._api import TOKEN_PATH, Api
from ._config import SandboxConfig
from ._control import control_routes
from ._faults import FaultMiddleware
from ._limits import BodyLimit
from ._routes import load_spec, routes
from ._state import Sandbox
from .handlers import resume_all, seed


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The sandbox as an ASGI app; `app.state.sandbox` is its Sandbox."""
    config = config or SandboxConfig.from_env()
    sandbox = Sandbox(config)
    seed(sandbox)
    spec = load_spec()
    operations = routes(spec)
    api = Api(sandbox, spec, operations)

    async def token(request: Request) -> Response:
        return api.issue_token(request.query_params)

    def api_route(path: str, method: str, operation_id: str) -> Route:
        async def endpoint(request: Request) -> Response:
            return await api.handle(request, operation_id)

        return Route(path, endpoint, methods=[method], name=operation_id)

    table = [Route(TOKEN_PATH, token, methods=["GET"], name="getAccessToken")]
    table += [api_route(r.path, r.method, r.operation_id) for r in operations if r.operation_id != "getAccessToken"]
    table += control_routes(sandbox, check_host=_is_loopback(config.host))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        sandbox.attach_loop()
        resume_all(sandbox)
        sandbox.webhooks.pump()  # deliveries a previous run left pending or retrying
        yield
        await sandbox.aclose()

    app = Starlette(routes=table, lifespan=lifespan)
    app.state.sandbox = sandbox
    app.add_middleware(FaultMiddleware, injector=sandbox.faults)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    return app
