"""Many threads making their first call at once in a fresh process all get their answer.

The surface imports an operation's module on its first call; a thread must never see a module
that another thread is still importing (found under load: AttributeError on a half-run module).
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys, threading, time, httpx, yiyiqian

TARGET = "yiyiqian_client.api.data_signature.get_data_signature"

class SlowLoader:  # the operation module takes 0.2 s to run, as on a loaded machine
    def __init__(self, inner):
        self.inner = inner
    def create_module(self, spec):
        return self.inner.create_module(spec)
    def exec_module(self, module):
        time.sleep(0.2)
        self.inner.exec_module(module)

class SlowFinder:
    def find_spec(self, name, path, target=None):
        if name != TARGET:
            return None
        for finder in sys.meta_path:
            spec = None if finder is self else finder.find_spec(name, path, target)
            if spec is not None:
                spec.loader = SlowLoader(spec.loader)
                return spec
        return None

sys.meta_path.insert(0, SlowFinder())

def answer(request):
    if request.url.path.endswith("/oauth/token"):
        return httpx.Response(200, json={"access_token": "t-1", "expires_in": 7200})
    return httpx.Response(200, json={"code": "100100000", "message": "ok",
                                     "data": {"signWsid": "WSID_DSIG_1", "signStatus": "SIGNED"}})

transport = httpx.MockTransport(answer)
client = yiyiqian.Yiyiqian("https://platform.test", app_id="a" * 27, app_secret="s",
                           httpx_args={"transport": transport})
barrier, failures = threading.Barrier(24), []

def first_call(late):
    barrier.wait()
    if late:  # arrive while the first importer is still running the module
        time.sleep(0.1)
    try:
        client.data_signature.get_data_signature(sign_wsid="WSID_DSIG_1")
    except BaseException as exc:
        failures.append(repr(exc))

threads = [threading.Thread(target=first_call, args=(i % 2,)) for i in range(24)]
for t in threads: t.start()
for t in threads: t.join()
print(len(failures), failures[:1])
"""


def test_concurrent_first_calls_in_a_fresh_process():
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True)
        assert done.stdout.startswith("0 "), done.stdout + done.stderr
