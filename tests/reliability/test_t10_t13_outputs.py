"""T10 (hostile text through the ledger exporter never becomes a formula or an error) and T13
(attachment names never escape the managed folder or overwrite a file)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from battery import metric
from factories import make_header, make_line

from aidtracker.paths import attachments_dir
from aidtracker.services.attachments import add_attachment
from aidtracker.services.ledger import export_ledger_file
from aidtracker.services.shipments import create_shipment

HOSTILE = ["=1+2", '=HYPERLINK("http://x.invalid","a")', "+1", "-1", "@SUM(A1)", "\tTab",
           "\rCR", "\nLF", "#N/A", "#REF!", "'=x", "Зерно «Київ»", "emoji 🚚", "x" * 40_000,
           "a\x0bb"]


def test_formula_injection_through_the_exporter(db, seed, tmp_path: Path) -> None:
    for value in HOSTILE:
        create_shipment(db, make_header(seed, notes=value, consignee_address=value,
                                        driver_name=value, carrier=value),
                        [make_line(description=value, description_en=value, marks=value)],
                        actor="t10")
    out = tmp_path / "ledger.xlsx"
    export_ledger_file(db, out)
    import openpyxl

    formulas = errors = 0
    seen: set[str] = set()
    wb = openpyxl.load_workbook(out, data_only=False)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                formulas += cell.data_type == "f"
                errors += cell.data_type == "e"
                if isinstance(cell.value, str):  # _x000D_: OOXML's escape of CR, as Excel reads
                    seen.add(cell.value.replace("_x000D_", "\r"))
    with zipfile.ZipFile(out) as z:
        f_elements = sum(z.read(n).count(b"<f>") + z.read(n).count(b"<f ")
                         for n in z.namelist() if n.startswith("xl/worksheets/"))
    expected = {v for v in HOSTILE if len(v) < 32_000 and "\x0b" not in v}
    altered = len(expected - seen)
    metric("T10_formula_injection", values=len(HOSTILE), formula_cells_from_user_text=formulas,
           f_elements=f_elements, error_cells_from_user_text=errors, values_altered=altered)
    assert (formulas, f_elements, errors, altered) == (0, 0, 0, 0), expected - seen


NAMES = ["../../x.pdf", "/etc/passwd", "C:\\Windows\\x.pdf", "CON", "nul.txt", "a:b.pdf",
         "trailing. ", "x" * 300 + ".pdf", "e\u0301.pdf", "é.pdf", "Case.pdf", "case.pdf"]


def test_attachment_names_stay_inside(db, db_path: Path, seed, tmp_path: Path) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="t13")
    root = attachments_dir(db_path)
    escapes = overwrites = mismatched = 0
    stored: dict[Path, bytes] = {}
    for n, name in enumerate(NAMES):
        source = tmp_path / f"source{n}.pdf"
        source.write_bytes(f"%PDF- {n}".encode())
        att = add_attachment(db, db_path, ref, source, kind="photo", actor="t13", name=name)
        mismatched += not att.original_name
        for path in root.rglob("*"):
            if not path.resolve().is_relative_to(root.resolve()):
                escapes += 1
        for path, data in stored.items():
            overwrites += path.read_bytes() != data
        stored = {p: p.read_bytes() for p in root.iterdir() if p.is_file()}
    outside = {(root / name).resolve() for name in NAMES if len(name) < 200}
    outside |= {Path(name) for name in NAMES if len(name) < 200}
    escapes += sum(1 for p in outside if not p.is_relative_to(root.resolve()) and p.exists()
                   and p != Path("/etc/passwd"))
    metric("T13_attachment_paths", names=len(NAMES), escapes_from_root=escapes,
           overwrites=overwrites, names_lost=mismatched, stored_files=len(stored))
    assert (escapes, overwrites, mismatched) == (0, 0, 0) and len(stored) == len(NAMES)
