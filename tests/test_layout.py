"""The tree is the architecture (issue 9): no import cycles, small modules, a short top level.

The layers themselves are import-linter contracts in ``pyproject.toml`` (run by ``make test``).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("aidtracker", "ui", "tests", "bench", "packaging", "scripts")
MAX_LINES = 500
MAX_TOP_LEVEL_MODULES = 12
# Heavy libraries imported inside functions so the window and the CLI start fast.
LAZY_MARK = "lazy:"


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), imports in functions included."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in graph.find_modules_directly_imported_by(module):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_counting_imports_inside_functions() -> None:
    graph = grimp.build_graph("aidtracker", "ui", cache_dir=None)
    assert _cycles(graph) == []


def test_a_short_top_level_in_the_core() -> None:
    modules = sorted(p.name for p in (ROOT / "aidtracker").glob("*.py"))
    assert len(modules) <= MAX_TOP_LEVEL_MODULES, modules


def test_no_source_file_over_the_limit() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for folder in SOURCE_DIRS
        for p in (ROOT / folder).rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def _imports_in_functions(path: Path) -> list[ast.stmt]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for func in ast.walk(tree)
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(func)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]


def _explained(lines: list[str], at: int) -> bool:
    """The import at ``lines[at]`` or the run of imports and comments just above names a reason."""
    while at >= 0:
        text = lines[at].strip()
        if LAZY_MARK in text:
            return True
        if not text.startswith(("#", "from ", "import ", ")")) and not text.endswith((",", "(")):
            return False
        at -= 1
    return False


def test_every_import_inside_a_function_says_why() -> None:
    """A lazy import is kept only to start fast and says so (``# lazy: …``) on or above its line."""
    unexplained = []
    for folder in ("aidtracker", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            lines = path.read_text(encoding="utf-8").splitlines()
            for node in _imports_in_functions(path):
                if not _explained(lines, node.lineno - 1):
                    unexplained.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert unexplained == []
