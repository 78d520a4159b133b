"""Where the examples find the API: YIYIQIAN_BASE_URL / _APP_ID / _APP_SECRET, or a local sandbox.

Against a sandbox, YIYIQIAN_SANDBOX_CONTROL_TOKEN lets them subscribe their webhook receivers.
"""

import os

BASE_URL = os.environ.get("YIYIQIAN_BASE_URL", "http://127.0.0.1:8765")
APP_ID = os.environ.get("YIYIQIAN_APP_ID", "5a9d0c3e1b7f4a2d8c6e0f1a2b3")
APP_SECRET = os.environ.get("YIYIQIAN_APP_SECRET", "sk7e3f9a1c5b2d4e6f8a0b1c2d3e4f5a6b")
# The sandbox's control token (printed by `yiyiqian-sandbox` at start-up): for its /_sandbox calls only.
CONTROL_TOKEN = os.environ.get("YIYIQIAN_SANDBOX_CONTROL_TOKEN", "")
