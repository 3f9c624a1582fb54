"""The shipment file between two offices, driven through the CLI as users would: export from
KYV, import into a new donor-side office (MUC), re-import, a newer export, altered and hostile
files, and the way back (receipt and distribution onto the donor's copy)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from aidtracker.cli.main import main
from aidtracker.services.shipment_file.container import FORMAT, SEAL_PREFIX, pack
from aidtracker.services.shipment_file.schema import build_schema

DOCS = Path(__file__).resolve().parents[3] / "docs"
# What show --json must keep equal on both sides (events are each office's own history).
LOCAL_ONLY = ("reference", "version", "events")


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main(["--actor", "tester", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys: pytest.CaptureFixture[str], db: Path, ref: str) -> dict[str, Any]:
    code, out, _ = run(capsys, "show", ref, "--json", "--db", db)
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return {k: v for k, v in data.items() if k not in LOCAL_ONLY}


def dump(db: Path) -> list[str]:
    """Every row of every table except the sessions and backups bookkeeping."""
    con = sqlite3.connect(db)
    try:
        return [s for s in con.iterdump() if "INSERT INTO \"session\"" not in s
                and "INSERT INTO \"backup_log\"" not in s]
    finally:
        con.close()


@pytest.fixture
def offices(tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]
            ) -> tuple[Path, Path]:
    kyv = tmp_path / "kyv.db"
    shutil.copy(demo_template, kyv)
    muc = tmp_path / "muc.db"
    assert run(capsys, "new", "--db", muc, "--office", "MUC", "--side", "donor")[0] == 0
    return kyv, muc


def test_export_import_same_record_and_documents(offices: tuple[Path, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    kyv, muc = offices
    pdf = tmp_path / "d6.pdf"
    assert run(capsys, "print", "handover", "KYV-2026-0001", "-o", pdf, "--db", kyv)[0] == 0
    out = tmp_path / "s1.aidship"
    assert run(capsys, "export-shipment", "KYV-2026-0001", out, "--db", kyv)[0] == 0

    with zipfile.ZipFile(out) as zf:  # read as any program would
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == FORMAT and manifest["office"] == {
            "code": "KYV", "side": "recipient"}
        for m in manifest["members"]:
            body = zf.read(m["path"])
            assert (hashlib.sha256(body).hexdigest(), len(body)) == (m["sha256"], m["size"])
        data = json.loads(zf.read("shipment.json"))
        stored = zf.read(data["documents"][0]["file"])
    assert stored == pdf.read_bytes()  # the original, byte for byte
    schema = json.loads((DOCS / "shipment-file.schema.json").read_text(encoding="utf-8"))
    assert schema == build_schema()  # the docs copy is current
    jsonschema.validate(data, schema)
    assert data["shipment"]["uuid"] == manifest["shipment"]["uuid"]

    code, text, _ = run(capsys, "import-shipment", out, "--db", muc)
    assert code == 0 and "City of Munich" in text
    reference = text.split()[-1]
    assert reference.startswith("MUC-")
    assert show(capsys, muc, reference) == show(capsys, kyv, "KYV-2026-0001")
    con = sqlite3.connect(muc)
    received = con.execute("SELECT office, number, sha256 FROM received_document").fetchall()
    con.close()
    assert received == [("KYV", data["documents"][0]["number"],
                         hashlib.sha256(pdf.read_bytes()).hexdigest())]

    code, text, _ = run(capsys, "received-documents", reference, "--db", muc, "--json")
    assert code == 0 and [(d["number"], d["intact"]) for d in json.loads(text)] == [
        (data["documents"][0]["number"], True)]

    before = dump(muc)
    code, text, _ = run(capsys, "import-shipment", out, "--db", muc)
    assert code == 0 and text.split()[-1] == reference and "nothing to change" in text
    assert dump(muc) == before


def test_newer_export_updates_never_duplicates(offices: tuple[Path, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    kyv, muc = offices
    first, second = tmp_path / "a.aidship", tmp_path / "b.aidship"
    run(capsys, "export-shipment", "KYV-2026-0006", first, "--db", kyv)
    reference = run(capsys, "import-shipment", first, "--db", muc)[1].split()[-1]
    assert run(capsys, "edit", "KYV-2026-0006", "--db", kyv, "--set",
               "route=Warszawa – Rava-Ruska – Kyiv")[0] == 0
    assert run(capsys, "line", "add", "KYV-2026-0006", "--db", kyv, "--description",
               "Термоковдри", "--quantity", "12.5", "--unit", "kg", "--set",
               "category=shelter.bedding", "--set", "hs_code=630140", "--set", "gross_kg=13",
               "--set", "net_kg=12.5", "--set", "unit_value=4.20")[0] == 0
    run(capsys, "export-shipment", "KYV-2026-0006", second, "--db", kyv)
    code, text, _ = run(capsys, "import-shipment", second, "--db", muc)
    assert code == 0 and text.split()[-1] == reference
    assert "Route: " in text and "→ Warszawa – Rava-Ruska – Kyiv" in text
    assert "added" in text
    assert show(capsys, muc, reference) == show(capsys, kyv, "KYV-2026-0006")
    code, out, _ = run(capsys, "shipments", "--json", "--db", muc)
    assert len(json.loads(out)) == 1
    code, _, err = run(capsys, "import-shipment", first, "--db", muc)  # the older file
    assert code == 2 and "newer" in err


def _sealed(raw: bytes) -> bytes:
    digest = hashlib.sha256(raw[:-64] + b"0" * 64).hexdigest().encode()
    return raw[:-64] + digest


def _hostile(name: str, body: bytes, *others: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, content in (*others, (name, body)):
            zf.writestr(member, content)
        zf.comment = SEAL_PREFIX + b"0" * 64
    return _sealed(buffer.getvalue())


def test_altered_or_hostile_files_refused_whole(offices: tuple[Path, Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    kyv, muc = offices
    good = tmp_path / "good.aidship"
    run(capsys, "export-shipment", "KYV-2026-0005", good, "--db", kyv)
    raw = good.read_bytes()
    before = dump(muc)
    bad = tmp_path / "bad.aidship"
    data = json.loads(zipfile.ZipFile(good).read("shipment.json"))
    cases: list[tuple[bytes, str]] = [
        (raw[:p] + bytes([raw[p] ^ 0x01]) + raw[p + 1:], "seal")
        for p in (0, 40, len(raw) // 3, len(raw) // 2, len(raw) - 100, len(raw) - 1)]
    manifest = zipfile.ZipFile(good).read("manifest.json")
    edited = json.dumps({**data, "origin_office": "XYZ"}).encode()  # re-sealed, not re-listed
    cases += [
        (_hostile("shipment.json", edited, ("manifest.json", manifest)), "SHA-256"),
        (_sealed(pack({"format": FORMAT, "version": 2}, data, {})), "version"),
        (_sealed(pack({"format": "other", "version": 1}, data, {})), "format"),
        (_hostile("../../etc/x.json", b"{}"), "member"),
        (_hostile("shipment.json", b" " * (40 * 1024 * 1024)), "unpacks"),
        (b"PK\x03\x04 not a zip", "not an AidTracker shipment file"),
    ]
    for body, words in cases:
        bad.write_bytes(body)
        code, out, err = run(capsys, "import-shipment", bad, "--db", muc)
        assert (code, out) == (2, ""), words
        assert len(err.strip().splitlines()) == 1 and words in err, err
    assert dump(muc) == before


def test_receipt_and_distribution_come_back_to_the_donor(
        offices: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    kyv, muc = offices
    sent, back = tmp_path / "sent.aidship", tmp_path / "back.aidship"
    run(capsys, "export-shipment", "KYV-2026-0002", sent, "--db", kyv)
    reference = run(capsys, "import-shipment", sent, "--db", muc)[1].split()[-1]
    for line in (1, 2, 3):
        code, _, err = run(capsys, "receive", "KYV-2026-0002", "--db", kyv, "--line", line,
                           "--good", {1: "1200", 2: "800", 3: "20"}[line])
        assert code == 0, err
    code, _, err = run(capsys, "advance", "KYV-2026-0002", "delivered", "--db", kyv, "--set",
                       "handover_act_no=D6-77", "--set", f"delivered_on={date.today()}")
    assert code == 0, err
    code, act, err = run(capsys, "distribute", "KYV-2026-0002", "--db", kyv, "--to",
                         "Kyiv City Emergency Hospital", "--line", "1", "--quantity", "400")
    assert code == 0, err
    run(capsys, "export-shipment", "KYV-2026-0002", back, "--db", kyv)
    code, text, _ = run(capsys, "import-shipment", back, "--db", muc)
    assert code == 0 and act.strip() in text and text.split()[-1] == reference
    donor, recipient = show(capsys, muc, reference), show(capsys, kyv, "KYV-2026-0002")
    assert donor["distributions"] == recipient["distributions"]
    assert "Kyiv City Emergency Hospital" in donor["distributions"][0]["acquirer"]["name"]
    assert donor["items"] == recipient["items"]  # received, distributed, on hand
    # The donor's file going back to the recipient changes nothing the recipient records.
    mine = tmp_path / "muc.aidship"
    run(capsys, "export-shipment", reference, mine, "--db", muc)
    before = dump(kyv)
    code, text, _ = run(capsys, "import-shipment", mine, "--db", kyv)
    assert code == 0 and "nothing to change" in text and text.split()[-1] == "KYV-2026-0002"
    assert dump(kyv) == before


def test_well_formed_but_wrong_data_refused_whole(offices: tuple[Path, Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Sealed and listed correctly, valid JSON, but the records cannot hold it."""
    kyv, muc = offices
    good = tmp_path / "good.aidship"
    run(capsys, "export-shipment", "KYV-2026-0001", good, "--db", kyv)
    data = json.loads(zipfile.ZipFile(good).read("shipment.json"))
    head = {"format": FORMAT, "version": 1, "exported_at": "2026-12-01T00:00:00+00:00",
            "office": {"code": "KYV", "side": "recipient"},
            "shipment": {"uuid": data["shipment"]["uuid"], "reference": "KYV-2026-0001"}}

    def altered(change: Any) -> dict[str, Any]:
        copy = json.loads(json.dumps(data))
        change(copy)
        copy["documents"] = []
        return copy

    cases = [
        altered(lambda d: d["lines"][0].update(quantity="0")),
        altered(lambda d: d["lines"][0].update(expiry_date="2026-13-45")),
        altered(lambda d: d["lines"][0].update(currency="XYZ")),
        altered(lambda d: d["lines"][0].update(unit_value="1.005")),
        altered(lambda d: d.update(donor="p99")),
        altered(lambda d: d["loads"][0]["lines"][0].update(line=77)),
        altered(lambda d: d["lines"].append(d["lines"][0])),
        altered(lambda d: d["shipment"].update(planned_loading="2026-02-30")),
        altered(lambda d: d["lines"][0].update(extra="x")),
    ]
    before = dump(muc)
    bad = tmp_path / "bad.aidship"
    for case in cases:
        bad.write_bytes(pack(head, case, {}))
        code, out, err = run(capsys, "import-shipment", bad, "--db", muc)
        assert (code, out) == (2, "") and "does not follow the format" in err, err
    assert dump(muc) == before


def test_donor_made_shipment_both_ways(demo_template: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The donor office made the shipment: its newer file updates the recipient's copy but
    never its receipt; the recipient's file brings the receipt back and never blanks what
    the donor's copy holds."""
    munich, kyiv = tmp_path / "munich.db", tmp_path / "kyiv.db"
    shutil.copy(demo_template, munich)  # a donor office's database of its own
    con = sqlite3.connect(munich)
    with con:
        con.execute("UPDATE setting SET value = 'MUC' WHERE key = 'office_code'")
        con.execute("UPDATE setting SET value = 'donor' WHERE key = 'office_side'")
        con.execute("UPDATE shipment SET uuid = lower(hex(randomblob(4)) || '-' ||"
                    " hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' ||"
                    " substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
    con.close()
    run(capsys, "new", "--db", kyiv, "--office", "KYV")
    files = [tmp_path / f"{n}.aidship" for n in "abc"]
    run(capsys, "export-shipment", "KYV-2026-0002", files[0], "--db", munich)
    here = run(capsys, "import-shipment", files[0], "--db", kyiv)[1].split()[-1]
    assert run(capsys, "receive", here, "--db", kyiv, "--line", "1", "--good", "1200")[0] == 0
    run(capsys, "edit", "KYV-2026-0002", "--db", munich, "--set", "route=München – Medyka – Kyiv")
    run(capsys, "export-shipment", "KYV-2026-0002", files[1], "--db", munich)
    code, text, _ = run(capsys, "import-shipment", files[1], "--db", kyiv)
    assert code == 0 and "München – Medyka – Kyiv" in text
    received = show(capsys, kyiv, here)["items"][0]["received"]
    assert received["good"] == "1200"  # the donor's file never overwrites the receipt
    donor_before = show(capsys, munich, "KYV-2026-0002")
    run(capsys, "export-shipment", here, files[2], "--db", kyiv)
    code, text, _ = run(capsys, "import-shipment", files[2], "--db", munich)
    assert code == 0 and "line 1 received" in text
    donor = show(capsys, munich, "KYV-2026-0002")
    assert donor["items"][0]["received"] == received
    assert donor["ahars"] == donor_before["ahars"]  # blanks of the recipient erase nothing
    assert donor["dates"] == donor_before["dates"]


def test_rates_travel_but_never_replace_the_importers_own(
        offices: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    kyv, muc = offices
    sent = tmp_path / "sent.aidship"
    run(capsys, "export-shipment", "KYV-2026-0001", sent, "--db", kyv)
    with zipfile.ZipFile(sent) as zf:
        rates = json.loads(zf.read("shipment.json"))["rates"]
    sender = show(capsys, kyv, "KYV-2026-0001")
    assert [(r["currency"], r["date"], r["rate"]) for r in rates] == [
        (sender["rate"]["currency"], sender["rate"]["date"], sender["rate"]["rate"])]
    own = str(Decimal(rates[0]["rate"]) + 1)
    code, _, err = run(capsys, "rates", "add", "--db", muc, "--currency", rates[0]["currency"],
                       "--date", rates[0]["date"], "--rate", own)
    assert code == 0, err
    reference = run(capsys, "import-shipment", sent, "--db", muc)[1].split()[-1]
    mine = show(capsys, muc, reference)
    assert mine["rate"]["rate"] == own and mine["rate"]["source"] != rates[0]["source"]
    assert mine["totals"]["value_uah"] != sender["totals"]["value_uah"]
