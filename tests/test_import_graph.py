"""No two modules of the package import each other, directly or through others.

The graph is built from the source (an AST walk over every module), counting every
import that runs: at the top of a module or inside a function, and the ``__init__`` of
each package entered from outside. A cycle means that neither module can be
understood, tested or changed without the other; a function-level import only hides it
from Python, not from the reader. Imports under ``if TYPE_CHECKING:`` never run (they
name a type for mypy) and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "sahel_events"


def module_name(path: Path) -> str:
    """The dotted name of the module at ``path`` (a package is its ``__init__``)."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(p): p for p in sorted((SRC / PACKAGE).rglob("*.py"))}


def resolve(importer: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute name of what ``from ... import`` names, relative or not."""
    if node.level == 0:
        return node.module or ""
    base = importer.split(".")
    # A module's level-1 import is relative to its package; a package's, to itself.
    keep = len(base) - node.level + (1 if is_package else 0)
    stem = base[:keep]
    return ".".join(stem + ([node.module] if node.module else []))


def _is_type_checking(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def executed_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` except the bodies of ``if TYPE_CHECKING:`` blocks."""
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))
    return out


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of the package that the module ``name`` imports, anywhere it runs."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in executed_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = resolve(name, is_package, node)
            # `from pkg import mod` imports the submodule pkg.mod when there is one.
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
            ]
        for target in targets:
            # `import a.b.c` loads a.b.c; name the deepest module of ours it reaches.
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
                found |= outer_packages(target, name, known)
    return found


def outer_packages(target: str, importer: str, known: set[str]) -> set[str]:
    """The packages whose ``__init__`` importing ``target`` runs, seen from ``importer``.

    Importing ``a.b.c`` from outside ``a.b`` first runs ``a/__init__`` and
    ``a/b/__init__``; from inside ``a.b`` those already ran (the usual case of a package
    whose ``__init__`` re-exports its submodules), so they are not edges.
    """
    parts = target.split(".")
    out = set()
    for n in range(1, len(parts)):
        package = ".".join(parts[:n])
        inside = importer == package or importer.startswith(package + ".")
        if package in known and not inside:
            out.add(package)
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of the package it imports."""
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_function_level_and_relative_imports() -> None:
    graph = import_graph()
    # commands.preannotate imports preannotate.run inside its functions, relatively.
    assert "sahel_events.preannotate.run" in graph["sahel_events.commands.preannotate"]
    assert "sahel_events.errors" in graph["sahel_events.codebook"]
    assert len(graph) > 80


def test_imports_for_the_type_checker_only_are_left_out() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import a\nelse:\n    import b\n"
        "def f():\n    import c\n"
    )
    names = {a.name for n in executed_nodes(tree) if isinstance(n, ast.Import) for a in n.names}
    assert names == {"b", "c"}


def test_a_cycle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def stage_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph between the package's top-level parts (``sahel_events.preannotate`` for
    every module under it), without the root package itself."""

    def part(name: str) -> str:
        return ".".join(name.split(".")[:2])

    out: dict[str, set[str]] = {}
    for source, targets in graph.items():
        for target in targets:
            if part(source) != part(target) and target != PACKAGE:
                out.setdefault(part(source), set()).add(part(target))
    return out


def test_no_two_modules_import_each_other() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles (break each by moving what both need): " + "; ".join(
        " <-> ".join(c) for c in found
    )


def test_no_two_stages_import_each_other() -> None:
    # e.g. gazetteer -> preannotate.text while preannotate.entities -> gazetteer: no two
    # modules form a cycle, yet neither part can be read without the other.
    found = cycles(stage_graph(import_graph()))
    assert not found, "cycles between parts of the package: " + "; ".join(
        " <-> ".join(c) for c in found
    )
