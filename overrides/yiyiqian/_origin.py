"""Whose request is it: the base URL's origin (scheme, host, port) is the only one trusted."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _key(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme)


@dataclass(frozen=True)
class Origin:
    """The origin of the base URL: credentials go to it and nowhere else."""

    url: httpx.URL

    def owns(self, url: httpx.URL) -> bool:
        return _key(url) == _key(self.url)
