"""One module per section of the vendor's docs; each operation is a function registered by its id.

Heavy handlers (signatures, PDFs) and every call with a large body run in a worker thread;
a light call with a small body is answered on the event loop (a thread hop costs more than it).
"""

from __future__ import annotations

from .._state import Sandbox
from . import data, emr, files, login, users  # noqa: F401 - emr registers its operations by import
from ._registry import REGISTRY, Registered

__all__ = ["REGISTRY", "Registered", "resume_all", "seed"]


def seed(sandbox: Sandbox) -> None:
    """The staff every sandbox knows from its first start."""
    users.seed(sandbox)


def resume_all(sandbox: Sandbox) -> None:
    """Restart the background work a previous run left unfinished (called at start-up)."""
    for module in (data, files, login):
        module.resume(sandbox)
