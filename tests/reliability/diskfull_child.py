"""T5's child: runs where the disk fills up and prints one JSON result on stdout.

``python diskfull_child.py DIR tmpfs`` (DIR is a small tmpfs: a filler file takes the space) or
``python diskfull_child.py DIR fsize`` (a soft RLIMIT_FSIZE makes writes fail, SIGXFSZ ignored).
Then: saves until the disk is full, exports over a good export, makes a backup, prints a PDF
over a good one; then frees the space and saves again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import resource
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from aidtracker.catalogue import error_text, words
from aidtracker.cli.soak import seed
from aidtracker.domain import LineItem, Shipment, Status, Unit
from aidtracker.errors import AidTrackerError
from aidtracker.services.documents import issue_document
from aidtracker.services.ledger import export_ledger_file
from aidtracker.services.maintenance import backup
from aidtracker.services.shipments import create_shipment
from aidtracker.store import open_database
from aidtracker.store.backup import verify_backup

HEADER = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=1, donor_id=1,
                  recipient_id=2)
LINES = [LineItem(id=None, line_no=0, category="hygiene", description=f"Мило {i} " + "x" * 300,
                  qty_milli=1000, unit=Unit.PCS, currency="EUR", unit_value_minor=100,
                  gross_g=500) for i in range(5)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@contextlib.contextmanager
def no_space(folder: Path, mode: str, limit: int, room: int = 0) -> Iterator[None]:
    """Make writes fail: fill the tmpfs but ``room`` bytes, or lower the file-size limit to
    ``limit`` bytes."""
    filler = folder / "filler"
    if mode == "tmpfs":
        with open(filler, "wb", buffering=0) as fh:
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * 4096)
            fh.truncate(max(0, filler.stat().st_size - room))
        yield
        filler.unlink()
    else:
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def attempt(fn: Callable[[], object]) -> tuple[bool, str, str]:
    """(failed, the message the user gets, crash) for one action."""
    try:
        fn()
    except AidTrackerError as exc:
        return True, error_text(exc, "en", label=words("en")), ""
    except Exception as exc:
        return True, "", f"{type(exc).__name__}: {exc}"
    return False, "", ""


def main(folder: Path, mode: str) -> dict[str, object]:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    db_path, export, pdf = folder / "aid.db", folder / "ledger.xlsx", folder / "act.pdf"
    seed(db_path)
    db = open_database(db_path)
    acked = [create_shipment(db, HEADER, LINES, actor="t5") for _ in range(3)]
    export_ledger_file(db, export)
    issue_document(db, acked[0], "checklist", pdf, actor="t5")
    before = {"export": digest(export), "pdf": digest(pdf)}
    result: dict[str, object] = {"mode": mode}
    crashes: list[str] = []
    size = db_path.stat().st_size
    with no_space(folder, mode, size + 16_384):
        failed, message = False, ""
        for _ in range(3000):
            try:
                acked.append(create_shipment(db, HEADER, LINES, actor="t5"))
            except AidTrackerError as exc:
                failed, message = True, error_text(exc, "en", label=words("en"))
                break
        result["save_refused"], result["save_message"] = failed, message
    with no_space(folder, mode, 2048):
        failed, message, crash = attempt(lambda: export_ledger_file(db, export))
        result["export_refused"], result["export_message"] = failed, message
        crashes += [crash] if crash else []
        failed, message, crash = attempt(lambda: backup(db, folder / "copy.db"))
        result["backup_refused"], result["backup_message"] = failed, message
        crashes += [crash] if crash else []
    with no_space(folder, mode, 48_000, room=48_000):  # room for the journal, not the PDF
        failed, message, crash = attempt(
            lambda: issue_document(db, acked[0], "checklist", pdf, actor="t5",
                                   supersede="T5: printed again while the disk is full"))
        result["pdf_refused"], result["pdf_message"] = failed, message
        crashes += [crash] if crash else []
    result["crashes"] = crashes
    copy = folder / "copy.db"
    partial_valid = False
    if copy.exists():
        with contextlib.suppress(AidTrackerError):
            verify_backup(copy)
            partial_valid = True
    result["backup_file_left"] = copy.exists()
    result["partial_backup_left_as_valid"] = partial_valid and not result["backup_refused"]
    result["previous_export_intact"] = digest(export) == before["export"]
    result["previous_pdf_intact"] = digest(pdf) == before["pdf"]
    result["litter"] = sorted(p.name for p in folder.iterdir()
                              if p.name.startswith(".") and p.name != ".home")
    acked.append(create_shipment(db, HEADER, LINES, actor="t5"))  # space is back: saving works
    db.close()
    check = open_database(db_path)
    try:
        refs = {r[0] for r in check.conn.execute("SELECT reference FROM shipment")}
        result["integrity"] = check.conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()
    result["acked"] = len(acked)
    result["committed_rows_lost"] = sum(1 for ref in acked if ref not in refs)
    return result


if __name__ == "__main__":
    os.environ["AIDTRACKER_HOME"] = str(Path(sys.argv[1]) / ".home")
    try:
        print(json.dumps(main(Path(sys.argv[1]), sys.argv[2]), ensure_ascii=False))
    except OSError as exc:
        import traceback
        traceback.print_exc()
        print(json.dumps({"setup_failed": errno.errorcode.get(exc.errno or 0, str(exc))}))
