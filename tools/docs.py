"""The rendered API reference (Redocly CLI build-docs) and its check in a real browser.

    python tools/docs.py build            # docs/api/index.html (loads Redoc from its CDN when opened)
    python tools/docs.py build --check    # fail when docs/api/index.html is stale
    python tools/docs.py browser-check    # headless Chromium renders every operation; screenshot

The browser check builds a self-contained page (Redoc inlined: the machine has no internet),
opens it with Playwright in Debian's chromium, and asserts that Redoc rendered a link to every
operation and webhook of the spec. The screenshot goes to reports/docs-screenshot.png.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "yiyiqian.yaml"
PAGE = ROOT / "docs" / "api" / "index.html"
SCREENSHOT = ROOT / "reports" / "docs-screenshot.png"
REDOCLY = "@redocly/cli@2.77.0"
PLAYWRIGHT = "playwright-core@1.64.1"
BROWSER_HOME = ROOT / ".cache" / "docs-browser"


SAMPLES = ROOT / "generated" / "yiyiqian_sdk" / "code_samples.json"


def spec_with_samples(target: Path) -> Path:
    """A copy of the spec whose operations carry their generated Python snippet (`x-codeSamples`)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") in samples:
                source = samples[operation["operationId"]]
                operation["x-codeSamples"] = [{"lang": "Python", "label": "yiyiqian", "source": source}]
    target.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def build(out: Path, *, inline: bool = False) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        spec = spec_with_samples(Path(tmp) / "yiyiqian.yaml")
        command = ["npx", "--yes", REDOCLY, "build-docs", str(spec), "-o", str(out)]
        subprocess.run([*command, "--inlineBundle"] if inline else command, check=True, capture_output=True)


def expected_links() -> dict[str, str]:
    """operationId -> the link Redoc renders for it (#/<first tag>/<operationid in lower case>)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    items = list(spec["paths"].values()) + list(spec.get("webhooks", {}).values())
    return {
        op["operationId"]: f"#/{op['tags'][0]}/{op['operationId'].lower()}"
        for item in items
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def browser_check() -> int:
    if not (BROWSER_HOME / "node_modules" / "playwright-core").exists():
        BROWSER_HOME.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(BROWSER_HOME), PLAYWRIGHT],
            check=True,
        )
    script = BROWSER_HOME / "docs_check.mjs"  # beside its node_modules, so that the import resolves
    script.write_text((ROOT / "tools" / "docs_check.mjs").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "index.html"
        build(page, inline=True)
        SCREENSHOT.parent.mkdir(exist_ok=True)
        done = subprocess.run(
            ["node", str(script), str(page), str(SCREENSHOT)], capture_output=True, text=True, timeout=180
        )
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    rendered = json.loads(done.stdout.strip().splitlines()[-1])
    links = set(rendered["links"])
    expected = expected_links()
    missing = sorted(op for op, link in expected.items() if link not in links)
    print(
        f"rendered in Chromium: {len(expected) - len(missing)} / {len(expected)} operations and webhooks; "
        f"page errors: {len(rendered['errors'])}; screenshot: {SCREENSHOT.relative_to(ROOT)}"
    )
    if missing or rendered["errors"]:
        print(f"missing: {missing}\nerrors: {rendered['errors']}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["build", "browser-check"])
    parser.add_argument("--check", action="store_true", help="with build: fail when the page is stale")
    args = parser.parse_args(argv)
    if args.action == "browser-check":
        return browser_check()
    if not args.check:
        build(PAGE)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "index.html"
        build(fresh)
        if not PAGE.exists() or not filecmp.cmp(fresh, PAGE, shallow=False):
            print("docs/api/index.html is stale: run `nox -s docs`", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
