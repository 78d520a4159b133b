"""One module per section of the vendor's docs; each operation is a function registered here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._app import Call

Handler = Callable[["Call"], Any]


@dataclass(frozen=True)
class Registered:
    function: Handler
    heavy: bool  # runs in a worker thread (PDF work, many signatures)


REGISTRY: dict[str, Registered] = {}


def operation(operation_id: str, *, heavy: bool = False) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        if operation_id in REGISTRY:
            raise ValueError(f"{operation_id} registered twice")
        REGISTRY[operation_id] = Registered(function, heavy)
        return function

    return register


def load_all() -> dict[str, Registered]:
    from . import data, emr, files, login, users  # noqa: F401 - registration by import

    return REGISTRY


def resume_all(sandbox: Any) -> None:
    """Restart the background work a previous run left unfinished (called at startup)."""
    from . import data, files, login

    for module in (data, files, login):
        module.resume(sandbox)
