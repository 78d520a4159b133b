"""The import graph of sandbox/yiyiqian_sandbox: no circle, and no import of the client's private modules.

Stdlib only, so that `nox -s lint` can run it without the test tools:

    python tests/sandbox/import_graph.py      # exit 1 and the problems when there are any

Imports inside functions count (hiding a circle there is still a circle); imports under
`if TYPE_CHECKING:` do not, as they never run.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = "yiyiqian_sandbox"
ROOT = Path(__file__).resolve().parents[2] / "sandbox" / PACKAGE


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports (absolute names), outside `if TYPE_CHECKING:` blocks."""
    modules = {module_name(p) for p in ROOT.rglob("*.py")}
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = {f"{target}.{alias.name}" for alias in node.names} & modules
            # `from . import _ids` imports the submodule; `from ._core import X` the module itself
            found.update(submodules or {target})
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    return {name: {i for i in imports_of(path) if i in modules and i != name} for name, path in modules.items()}


def private_client_imports() -> list[str]:
    """`yiyiqian._anything` imported from the sandbox."""
    return sorted(
        f"{module_name(p)} imports {i}"
        for p in ROOT.rglob("*.py")
        for i in imports_of(p)
        if i.startswith("yiyiqian.") and any(part.startswith("_") for part in i.split(".")[1:])
    )


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                strong(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(edges):
        if node not in index:
            strong(node)
    return found


def problems() -> list[str]:
    edges = graph()
    return [f"import circle: {' <-> '.join(c)}" for c in cycles(edges)] + private_client_imports()


if __name__ == "__main__":
    found = problems()
    for problem in found:
        print(problem)
    print(f"{PACKAGE}: {len(graph())} modules, {len(found)} import problems")
    sys.exit(1 if found else 0)
