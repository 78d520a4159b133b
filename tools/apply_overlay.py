"""Apply an OpenAPI Overlay 1.0 document (e.g. reports/spec-proposals.overlay.yaml) to the spec.

    python tools/apply_overlay.py reports/spec-proposals.overlay.yaml                 # in place
    python tools/apply_overlay.py OVERLAY --spec openapi/yiyiqian.yaml --output copy.yaml

Actions run in order: `remove: true` deletes the target, `update` merges into it (mappings key by
key, recursively; lists are appended), as the Overlay 1.0 specification says. Targets are the
JSONPath subset the proposals use: `$`, `.name` and `['name']` segments, no wildcards or
filters (an unsupported target is an error, never a silent no-op). With ruamel.yaml installed
the spec keeps its comments and layout, so `git diff` shows only what the overlay changed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEGMENT = re.compile(r"\.([A-Za-z_][\w-]*)|\['([^']*)'\]")


class OverlayError(ValueError):
    pass


def parse_target(target: str) -> list[str]:
    if not target.startswith("$"):
        raise OverlayError(f"target must start with $: {target}")
    parts, position = [], 1
    while position < len(target):
        match = SEGMENT.match(target, position)
        if match is None:
            raise OverlayError(f"unsupported JSONPath at {target[position:]!r} in {target}")
        parts.append(match.group(1) if match.group(1) is not None else match.group(2))
        position = match.end()
    return parts


def _walk(document: Any, parts: list[str], target: str) -> Any:
    node = document
    for part in parts:
        if not isinstance(node, dict) or part not in node:
            raise OverlayError(f"target not found: {target}")
        node = node[part]
    return node


def _merge(node: Any, update: Any) -> Any:
    if isinstance(node, dict) and isinstance(update, dict):
        for key, value in update.items():
            node[key] = _merge(node[key], value) if key in node else value
        return node
    if isinstance(node, list) and isinstance(update, list):
        node.extend(update)
        return node
    return update


def apply(document: Any, overlay: dict[str, Any]) -> Any:
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document")
    for action in overlay.get("actions", []):
        target = action["target"]
        parts = parse_target(target)
        if action.get("remove"):
            parent = _walk(document, parts[:-1], target)
            if not isinstance(parent, dict) or parts[-1] not in parent:
                raise OverlayError(f"target not found: {target}")
            del parent[parts[-1]]
        elif "update" in action:
            if parts:
                parent = _walk(document, parts[:-1], target)
                parent[parts[-1]] = _merge(_walk(document, parts, target), action["update"])
            else:
                document = _merge(document, action["update"])
    return document


def _yaml_io() -> tuple[Any, Any]:
    """(load, dump) functions: ruamel's round trip when installed, PyYAML otherwise."""
    try:
        from ruamel.yaml import YAML
    except ImportError:

        def dump_plain(data: Any, path: Path) -> None:
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")

        return (lambda path: yaml.safe_load(path.read_text(encoding="utf-8"))), dump_plain
    round_trip = YAML()
    round_trip.width = 120
    round_trip.preserve_quotes = True

    def dump(data: Any, path: Path) -> None:
        with path.open("w", encoding="utf-8") as handle:
            round_trip.dump(data, handle)

    return (lambda path: round_trip.load(path.read_text(encoding="utf-8"))), dump


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("overlay", type=Path)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "yiyiqian.yaml")
    parser.add_argument("--output", type=Path, default=None, help="where to write (default: the spec, in place)")
    args = parser.parse_args(argv)
    load, dump = _yaml_io()
    try:
        overlay = yaml.safe_load(args.overlay.read_text(encoding="utf-8"))
        document = apply(load(args.spec), overlay)
    except (OSError, OverlayError, KeyError, yaml.YAMLError) as error:
        print(f"apply_overlay: {error}", file=sys.stderr)
        return 1
    output = args.output or args.spec
    dump(document, output)
    print(f"applied {len(overlay.get('actions', []))} actions of {args.overlay} -> {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
