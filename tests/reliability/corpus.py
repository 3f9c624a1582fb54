"""T6's corpus of damaged or foreign files, built at test time, with the expected refusal."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

from aidtracker.store import SCHEMA_VERSION, create_database

# case → (error code, reason) expected from opening it; None: it opens (every row kept)
EXPECTED: dict[str, tuple[str, str] | None] = {
    "header_zeroed": ("database_refused", "not_a_database"),
    "zero_bytes": ("database_refused", "empty"),
    "truncated_half": ("database_refused", "corrupt"),
    "truncated_one_page": ("database_refused", "corrupt"),
    "flipped_data_page": ("database_refused", "corrupt"),
    "flipped_index_page": ("database_refused", "corrupt"),
    "xlsx_renamed": ("database_refused", "not_a_database"),
    "foreign_sqlite": ("database_refused", "foreign"),
    "newer_schema": ("database_refused", "newer_schema"),
    "hot_journal": None,
    "missing_path": ("storage", "missing"),
    "a_folder": ("database_refused", "not_a_database"),
}

_FILL = """
import os, sys
from aidtracker.store import open_database
db = open_database(sys.argv[1])
db.conn.execute("PRAGMA cache_size = 2")
db.conn.execute("BEGIN IMMEDIATE")
for i in range(400):
    db.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{i}", "v" * 500))
os._exit(0)  # dies inside the transaction: the journal stays hot
"""


ROWS: dict[str, int] = {}  # rows of the setting table in the good file (filled by build)


def _good(path: Path) -> Path:
    db = create_database(path)
    db.conn.execute("BEGIN IMMEDIATE")
    db.conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                        [(f"row{i}", "x" * 300) for i in range(300)])
    db.conn.execute("COMMIT")
    ROWS["setting"] = db.conn.execute("SELECT count(*) FROM setting").fetchone()[0]
    db.close()
    return path


def _flip(path: Path, table_or_index: str) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table_or_index,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    for i in range(start + 8, start + page_size, 5):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def build(folder: Path) -> dict[str, Path]:
    """Every case of :data:`EXPECTED` as a file (or path) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    template = _good(folder / "template.sqlite")
    cases: dict[str, Path] = {}
    for name in ("header_zeroed", "truncated_half", "truncated_one_page", "flipped_data_page",
                 "flipped_index_page", "newer_schema", "hot_journal"):
        cases[name] = folder / f"{name}.db"
        shutil.copyfile(template, cases[name])
    data = bytearray(template.read_bytes())
    data[:100] = bytes(100)
    cases["header_zeroed"].write_bytes(bytes(data))
    size = template.stat().st_size
    os.truncate(cases["truncated_half"], size // 2)
    os.truncate(cases["truncated_one_page"], 4096)
    _flip(cases["flipped_data_page"], "setting")
    _flip(cases["flipped_index_page"], "sqlite_autoindex_setting_1")
    conn = sqlite3.connect(cases["newer_schema"])
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    subprocess.run([sys.executable, "-c", _FILL, str(cases["hot_journal"])], check=True)
    assert Path(f"{cases['hot_journal']}-journal").exists()
    cases["zero_bytes"] = folder / "zero_bytes.db"
    cases["zero_bytes"].write_bytes(b"")
    cases["xlsx_renamed"] = folder / "xlsx_renamed.db"
    with zipfile.ZipFile(cases["xlsx_renamed"], "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    cases["foreign_sqlite"] = folder / "foreign_sqlite.db"
    other = sqlite3.connect(cases["foreign_sqlite"])
    other.execute("CREATE TABLE notes (x TEXT)")
    other.execute("INSERT INTO notes VALUES ('someone else')")
    other.commit()
    other.close()
    cases["missing_path"] = folder / "missing.db"
    cases["a_folder"] = folder / "a_folder.db"
    cases["a_folder"].mkdir()
    template.unlink()
    return cases


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes (to prove nothing changed or appeared)."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
