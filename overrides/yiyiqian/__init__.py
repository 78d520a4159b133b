"""yiyiqian: the Python client for the 医易签 (Yiyiqian) medical e-signature open API."""

__version__ = "0.1.0"
