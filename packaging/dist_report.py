"""Print the size of the built folder, its biggest files and what dominates it (``make dist``).

    python packaging/dist_report.py [dist/AidTracker] [--limit-mb 250] [--top 10]

Exits 1 when the folder is over the limit (the acceptance bound for a USB stick copy).
Plain Python, so it runs on Windows too.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

MB = 1024 * 1024
#: (label, test on the path relative to the folder, "/"-separated, lower case); first match wins.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ICU (Qt's Unicode data)", ("icu",)),
    ("Qt libraries and plugins",
     ("pyside6/qt/", "pyside6/plugins/", "qt6", "pyside6/translations")),
    ("PySide6 bindings", ("pyside6/", "shiboken6/")),
    ("Python runtime and stdlib", ("libpython", "python3", "lib-dynload/", "base_library.zip")),
    ("Pillow", ("pil/", "pillow")),
    ("AidTracker resources", ("resources/",)),
    ("executable (bootloader + Python code)", ("aidtracker",)),
)


def _group(relative: str) -> str:
    key = relative.lower()
    for label, needles in GROUPS:
        if any(n in key for n in needles):
            return label
    return "other system libraries"


def report(folder: Path, top: int) -> int:
    """Print the report; the folder's size in bytes."""
    files = [(p.stat().st_size, p.relative_to(folder).as_posix())
             for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(size for size, _ in files)
    print(f"{folder}: {total / MB:.1f} MB in {len(files)} files")
    print(f"biggest {top} files:")
    for size, name in sorted(files, reverse=True)[:top]:
        print(f"  {size / MB:7.1f} MB  {name}")
    groups: Counter[str] = Counter()
    for size, name in files:
        groups[_group(name)] += size
    print("by part:")
    for label, size in groups.most_common():
        print(f"  {size / MB:7.1f} MB  {100 * size / total:4.1f} %  {label}")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("dist") / "AidTracker")
    parser.add_argument("--limit-mb", type=float, default=250)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"dist_report: no folder {args.folder}", file=sys.stderr)
        return 1
    total = report(args.folder, args.top)
    if total > args.limit_mb * MB:
        print(f"dist_report: {total / MB:.1f} MB is over the {args.limit_mb:g} MB limit",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
