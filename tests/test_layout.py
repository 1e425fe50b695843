"""The package's layout is its data flow: no import circles, and each folder imports only the folders below it.

Every import counts, at module level or inside a function (a lazy import is still a dependency); imports under
`if TYPE_CHECKING:` do not run and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "diffsrc"

# Lowest first. A module may import modules of its own layer or of layers below it, never above.
LAYERS = [
    {"errors", "settings", "fileio", "workers", "wording", "data", "display", "rx", "arrays"},
    {"text"},
    {"load"},
    {"document"},
    {"pair"},
    {"report"},
    {"corpus", "index"},
    {"evaluate"},
    {"cli", "__main__", "__init__"},
]


def _module_name(path: Path) -> str:
    parts = ["diffsrc", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(module: str, path: Path) -> set[str]:
    """The package modules `module` imports (resolved; `from . import x` counts x when it is a module)."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("diffsrc"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("diffsrc"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    # A module's own package __init__ runs first anyway; importing it is not an edge.
    return {m for m in found if m in MODULES and m != module and not module.startswith(m + ".")}


GRAPH = {module: _imports(module, path) for module, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_the_package_has_no_import_circle():
    assert _cycles(GRAPH) == []


def test_the_circle_finder_finds_a_lazy_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    pytest.fail(f"{module}: its folder is in no layer of tests/test_layout.py; place it in the data flow")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_imports_only_its_own_layer_or_below(module):
    upward = sorted(m for m in GRAPH[module] if _layer(m) > _layer(module))
    assert upward == [], f"{module} imports from a later stage: {upward}"


def _rebinds_itself(node: ast.Assign) -> bool:
    """Whether an assignment reads the name it binds (`_WORDS = _WORDS | {...}`): an extension, not a second home."""
    targets = {t.id for t in node.targets if isinstance(t, ast.Name)}
    return any(isinstance(n, ast.Name) and n.id in targets for n in ast.walk(node.value))


def test_no_module_binds_a_name_twice():
    # A merge once gave facts.py two `_MOVED` sets: the second, another rule's, silently replaced the first for the
    # rule defined above it, which reads the name when it runs. Each module-level name has one home.
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign) and not _rebinds_itself(node):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            else:
                continue
            twice += [f"{path.relative_to(PACKAGE.parent)}: {name}" for name in names if name in seen]
            seen.update(names)
    assert not twice
