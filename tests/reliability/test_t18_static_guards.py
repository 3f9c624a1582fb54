"""T18: static guards over the source (AST), so the rules of RELIABILITY.md cannot erode."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from battery import ROOT, metric

CORE = ROOT / "aidtracker"
UI = ROOT / "ui"
DRAW = {"drawString", "drawRightString", "drawCentredString", "drawText"}


def _files(*roots: Path) -> Iterator[tuple[Path, ast.Module]]:
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    yield from (n for n in ast.walk(tree) if isinstance(n, ast.Call))


def _in_unit_of_work(tree: ast.Module, call: ast.Call) -> bool:
    """Whether ``call`` sits inside ``with unit_of_work(…)`` (or ``BEGIN IMMEDIATE`` code)."""
    return any(
        isinstance(node, ast.With) and any(
            isinstance(i.context_expr, ast.Call)
            and _name(i.context_expr.func).endswith("unit_of_work") for i in node.items)
        and any(c is call for c in _calls(node))
        for node in ast.walk(tree))


def violations() -> list[str]:
    found: list[str] = []
    for path, tree in _files(CORE, UI):
        rel = str(path.relative_to(ROOT))
        found += _call_violations(rel, tree) + _node_violations(rel, tree)
        text = path.read_text(encoding="utf-8")
        if "QSqlDatabase" in text or "QSQLITE" in text:
            found.append(f"{rel}: QtSql on the ledger file")
    return found


def _call_violations(rel: str, tree: ast.Module) -> list[str]:
    found: list[str] = []
    for call in _calls(tree):
        name = _name(call.func)
        last = name.rsplit(".", 1)[-1]
        if name == "sqlite3.connect" and rel != "aidtracker/store/connection.py":
            found.append(f"{rel}:{call.lineno} sqlite3.connect outside the factory")
        if name.startswith("shutil.copy") and rel.startswith("aidtracker/store"):
            found.append(f"{rel}:{call.lineno} shutil copy in the store")
        if last == "Paragraph" and rel != "aidtracker/documents/text.py":
            found.append(f"{rel}:{call.lineno} Paragraph( outside para_text's module")
        if last in DRAW and rel.startswith("aidtracker/documents") and not (
                len(call.args) >= 3 and isinstance(call.args[2], ast.Call)
                and _name(call.args[2].func).endswith("line_text")):
            found.append(f"{rel}:{call.lineno} {last} without line_text()")
        if last == "insert_all" and not _in_unit_of_work(tree, call):
            found.append(f"{rel}:{call.lineno} insert_all outside a unit of work")
        if name == "os.fork":
            found.append(f"{rel}:{call.lineno} os.fork")
        if any(k.arg == "recreate" for k in call.keywords):
            found.append(f"{rel}:{call.lineno} recreate=")
    return found


def _node_violations(rel: str, tree: ast.Module) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and rel != "aidtracker/ledger/safe_cells.py"
                and rel.startswith("aidtracker/ledger") and any(
                    isinstance(t, ast.Attribute) and t.attr == "value" for t in node.targets)):
            found.append(f"{rel}:{node.lineno} cell .value = outside the export helper")
        if (isinstance(node, ast.ExceptHandler) and rel.startswith("aidtracker/importer")
                and (node.type is None or _name(node.type) in ("Exception", "BaseException"))
                and not any(isinstance(n, ast.Raise) for n in ast.walk(node))):
            found.append(f"{rel}:{node.lineno} broad except in the importer that routes "
                         "nothing")
    return found


def test_static_guards() -> None:
    found = violations()
    metric("T18_static_guards", files=sum(1 for _ in _files(CORE, UI)),
           guard_violations=len(found))
    assert found == []


def test_the_guards_can_fail(tmp_path: Path) -> None:
    """Each guard finds its planted violation (a test that cannot fail proves nothing)."""
    bad = ast.parse("import sqlite3\nsqlite3.connect('x')\ncanv.drawString(0, 0, name)\n")
    calls = {_name(c.func) for c in _calls(bad)}
    assert {"sqlite3.connect", "canv.drawString"} <= calls
    good = ast.parse("with unit_of_work(db):\n    db['t'].insert_all(rows)\n")
    call = next(c for c in _calls(good) if _name(c.func).endswith("insert_all"))
    assert _in_unit_of_work(good, call)
    loose = ast.parse("db['t'].insert_all(rows)\n")
    assert not _in_unit_of_work(loose, next(_calls(loose)))
