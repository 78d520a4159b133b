"""A client library for accessing 医易签 (Yiyiqian) open API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
