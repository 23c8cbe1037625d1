"""The package layout keeps the data path one-way: no import circles, no lower layer importing a higher one.

The layer order is written here once, bottom first. Packages on one floor do not import
each other; a module may import its own package and anything on a lower floor. Every
import counts, at the top of a module or inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

LAYERS: list[tuple[str, ...]] = [
    ("crawler.core", "crawler.settings"),  # text, dates, URLs, items, registry, errors, clock
    ("crawler.archive",),  # schema, migrations, the store
    ("crawler.extract", "crawler.wayback"),  # HTML -> fields; web-archive CDX and listing progress
    ("crawler.classify",),  # relevance, topics, units, duplicates, retagging
    ("crawler.mirror",),  # the offline portal mirror
    ("crawler.crawl", "crawler.publish"),  # running crawls; serving the archive
    ("spiders",),  # one spider module per CMS platform
    ("crawler.distributed",),  # many workers, one archiver
    ("crawler.cli",),  # wires the layers together
]
PACKAGES = ("crawler", "spiders")


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if "sites" not in path.relative_to(root).parts:
                found[module_name(path, root)] = path
    return found


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules `name` imports (a `from P import m` naming a submodule counts as P.m)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        for target in targets:
            # The module itself, or the nearest enclosing project module (a name inside it).
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    modules = project_modules(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def layer_of(module: str) -> tuple[int, str]:
    """(floor, package) of a module; a module of no listed package is an error."""
    for floor, packages in enumerate(LAYERS):
        for package in packages:
            if module == package or module.startswith(package + "."):
                return floor, package
    if module == "crawler":
        return -1, "crawler"
    raise AssertionError(f"{module} belongs to no layer: add its package to LAYERS in tests/test_layers.py")


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, targets in sorted(graph.items()):
        floor, package = layer_of(module)
        for target in sorted(targets):
            target_floor, target_package = layer_of(target)
            if target_package == package:
                continue
            if target_floor >= floor:
                where = "a higher" if target_floor > floor else "a sibling"
                wrong.append(f"{module} (floor {floor}) imports {target}, {where} layer (floor {target_floor})")
    return wrong


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each a circle of imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_project_has_no_import_circles() -> None:
    assert circles(import_graph(ROOT)) == []


def test_no_layer_imports_a_higher_one() -> None:
    assert upward_imports(import_graph(ROOT)) == []


def test_crawler_has_few_entries_at_its_top() -> None:
    entries = [p.name for p in (ROOT / "crawler").iterdir() if p.name != "__pycache__"]
    assert len(entries) <= 12, sorted(entries)


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# A small tree shaped like the project's, to show the checks fail when they should.
SMALL_TREE = {
    "crawler/__init__.py": "",
    "crawler/core/__init__.py": "",
    "crawler/core/text.py": "def fold(s): return s\n",
    "crawler/archive/__init__.py": "",
    "crawler/archive/store.py": "from crawler.core.text import fold\n",
    "crawler/crawl/__init__.py": "",
    "crawler/crawl/pipelines.py": "from crawler.archive import store\n",
    "crawler/crawl/capture.py": "import crawler.core.text\n",
    "spiders/__init__.py": "",
}


def test_a_clean_tree_passes_both_checks(tmp_path: Path) -> None:
    write(tmp_path, SMALL_TREE)
    graph = import_graph(tmp_path)
    assert graph["crawler.crawl.pipelines"] == {"crawler.archive.store"}
    assert graph["crawler.archive.store"] == {"crawler.core.text"}
    assert circles(graph) == [] and upward_imports(graph) == []


def test_a_circle_is_found_even_through_an_import_inside_a_function(tmp_path: Path) -> None:
    write(tmp_path, {**SMALL_TREE, "crawler/crawl/capture.py": (
        "from crawler.crawl.pipelines import x\n"), "crawler/crawl/pipelines.py": (
        "def f():\n    from crawler.crawl import capture\n")})
    assert circles(import_graph(tmp_path)) == [["crawler.crawl.capture", "crawler.crawl.pipelines"]]


def test_a_lower_layer_importing_a_higher_one_is_found(tmp_path: Path) -> None:
    write(tmp_path, {**SMALL_TREE, "crawler/archive/store.py": "from crawler.crawl.pipelines import x\n"})
    [wrong] = upward_imports(import_graph(tmp_path))
    assert wrong.startswith("crawler.archive.store (floor 1) imports crawler.crawl.pipelines, a higher layer")


def test_a_module_of_no_layer_is_named(tmp_path: Path) -> None:
    write(tmp_path, {**SMALL_TREE, "crawler/extras/__init__.py": "from crawler.core import text\n"})
    with pytest.raises(AssertionError, match=r"crawler\.extras belongs to no layer"):
        upward_imports(import_graph(tmp_path))
