"""The operation registry: each handler module registers its functions here by operationId."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._state import Call

Handler = Callable[[Call], Any]


@dataclass(frozen=True)
class Registered:
    function: Handler
    heavy: bool  # crypto or PDF work: always in a worker thread, never on the event loop


REGISTRY: dict[str, Registered] = {}


def operation(operation_id: str, *, heavy: bool = False) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        if operation_id in REGISTRY:
            raise ValueError(f"{operation_id} registered twice")
        REGISTRY[operation_id] = Registered(function, heavy)
        return function

    return register
