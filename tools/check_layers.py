"""The layering of the client, checked in `nox -s lint`.

    yiyiqian_sdk (generated surface) -> yiyiqian core (hand-written) -> yiyiqian_routes, yiyiqian_client

The core never imports the surface: no module of `overrides/yiyiqian` imports `yiyiqian_sdk`,
except the command line (`yiyiqian._cli`, an application that uses the surface) and the
package's `__init__`, which hands the surface out lazily (inside `__getattr__` or under
TYPE_CHECKING, never when it is imported). The surface reaches the core only through
`yiyiqian._sdk`; the route table imports nothing of ours. Module-level imports between these
packages form no circle.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {
    "yiyiqian": ROOT / "overrides" / "yiyiqian",
    "yiyiqian_sdk": ROOT / "generated" / "yiyiqian_sdk",
    "yiyiqian_routes": ROOT / "generated" / "yiyiqian_routes",
}


def _module_name(package: str, path: Path) -> str:
    parts = path.relative_to(PACKAGES[package]).with_suffix("").parts
    return ".".join([package, *[p for p in parts if p != "__init__"]])


def _imports(path: Path, module: str, *, top_level_only: bool) -> set[str]:
    """Absolute names imported by a file (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.add(prefix)
            found |= {f"{prefix}.{alias.name}" for alias in node.names}
    return found


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def problems() -> list[str]:
    found: list[str] = []
    graph: dict[str, set[str]] = {}
    for package, folder in PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            module = _module_name(package, path)
            everywhere = _imports(path, module, top_level_only=False)
            top_level = _imports(path, module, top_level_only=True)
            graph[module] = {n for n in top_level if _top(n) in PACKAGES}
            if module.startswith("yiyiqian._cli"):
                continue  # the command line is an application on top of the surface, not the core
            if package == "yiyiqian":
                sdk = {n for n in (top_level if module == "yiyiqian" else everywhere) if _top(n) == "yiyiqian_sdk"}
                if sdk:
                    found.append(f"{module} imports the generated surface: {sorted(sdk)}")
            elif package == "yiyiqian_sdk":
                core = {n for n in everywhere if _top(n) == "yiyiqian" and not n.startswith("yiyiqian._sdk")}
                if core:
                    found.append(f"{module} reaches the core other than through yiyiqian._sdk: {sorted(core)}")
            elif {n for n in everywhere if _top(n) in ("yiyiqian", "yiyiqian_sdk")}:
                found.append(f"{module} (the route table) imports our code")
    found += [f"import circle through package {c[0]}" for c in _circles(graph)]
    return found


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Circles between the packages, from their modules' top-level imports."""
    edges: dict[str, set[str]] = {}
    for module, targets in graph.items():
        edges.setdefault(_top(module), set()).update(_top(t) for t in targets if _top(t) != _top(module))
    circles = []
    for start in sorted(edges):
        trail, frontier = [start], sorted(edges[start])
        seen = set()
        while frontier:
            node = frontier.pop()
            if node == start:
                circles.append([*trail, start])
                break
            if node not in seen:
                seen.add(node)
                frontier.extend(sorted(edges.get(node, ())))
    return circles


def main() -> int:
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    print(f"layers: {'ok' if not found else f'{len(found)} problem(s)'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
