"""A whole shipment from the command line alone on a new database (issue 11's acceptance):
parties, lines with VINs and expiry dates, two loads, NBU rates, every step to 'reported' with
documents; ``show --json`` balances at every step and its UAH values are exact. Refusals write
nothing."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from aidtracker.cli.main import main
from aidtracker.services.formats import mrn_check_character

TODAY = date.today()


def day(n: int) -> str:
    """A date ``n`` days into the shipment's life, which ends two days before today."""
    return (TODAY - timedelta(days=20 - n)).isoformat()


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *argv: str, code: int = 0) -> str:
        got = main([*argv, "--db", str(self.db)])
        out, err = self.capsys.readouterr()
        assert got == code, (argv, out, err)
        if code == 2:
            assert len(err.strip().splitlines()) == 1 and not out, err
            return err
        return out.strip()

    def show(self, ref: str) -> dict:  # type: ignore[type-arg]
        data: dict = json.loads(self(*["show", ref, "--json"]))  # type: ignore[type-arg]
        assert_balanced(data)
        return data

    def refused(self, *argv: str) -> str:
        before = hashlib.sha256(self.db.read_bytes()).hexdigest()
        err = self(*argv, code=2)
        assert hashlib.sha256(self.db.read_bytes()).hexdigest() == before, argv
        return err


def assert_balanced(data: dict) -> None:  # type: ignore[type-arg]
    """shipped ≥ good + damaged + missing; good + surplus = distributed + written off + on hand;
    UAH = quantity × unit value × rate, half-up per line; total = sum of lines."""
    rate = Decimal(data["rate"]["rate"]) if data["rate"] else None
    total = Decimal(0)
    for item in data["items"]:
        r = {k: Decimal(v) for k, v in item["received"].items() if k != "on"}
        assert r["good"] + r["damaged"] + r["missing"] <= Decimal(item["quantity"])
        assert r["good"] + r["surplus"] == (Decimal(item["distributed"]) + Decimal(
            item["written_off"]) + Decimal(item["on_hand"]))
        assert Decimal(item["damaged_written_off"]) <= r["damaged"]
        if rate is None:
            assert item["value_uah"] is None
            continue
        exact = Decimal(item["quantity"]) * Decimal(item["unit_value"]) * rate
        assert Decimal(item["value_uah"]) == exact.quantize(Decimal("0.01"), ROUND_HALF_UP)
        total += Decimal(item["value_uah"])
    if rate is not None:
        assert Decimal(data["totals"]["value_uah"]) == total
    loads = {}
    for load in data["loads"]:
        for share in load["lines"]:
            loads[share["line"]] = loads.get(share["line"], 0) + Decimal(share["quantity"])
    assert loads == {i["line"]: Decimal(i["quantity"]) for i in data["items"]}


def nbu_file(tmp_path: Path) -> Path:
    on = (TODAY - timedelta(days=14)).strftime("%d.%m.%Y")
    path = tmp_path / "nbu.json"
    path.write_text(json.dumps([
        {"r030": 985, "txt": "Злотий", "rate": 11.6235, "cc": "PLN", "exchangedate": on},
        {"r030": 978, "txt": "Євро", "rate": 48.7512, "cc": "EUR", "exchangedate": on},
        {"r030": 959, "txt": "Золото", "rate": 170000.12, "cc": "XAU", "exchangedate": on},
    ], ensure_ascii=False), encoding="utf-8")
    return path


VINS = ("WF0XXXTTGXKA00001", "WF0XXXTTGXKA00002")


def test_a_whole_shipment_from_the_command_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.db"
    assert main(["new", "--db", str(db), "--office", "KYV"]) == 0
    cli = Cli(db, capsys)
    capsys.readouterr()
    cli("party", "add", "partner", "--name", "Lublin", "--country", "PL", "--city", "Kyiv")
    cli("party", "add", "donor", "--name", "City of Lublin", "--country", "PL")
    cli("party", "add", "recipient", "--name", "Kyiv City Council", "--edrpou", "00022527",
        "--city", "Kyiv")
    cli("party", "add", "acquirer", "--name", "Kyiv Hospital 1", "--edrpou", "01993457",
        "--city", "Kyiv")
    kinds = {(p["kind"], p["name"]) for p in json.loads(cli("party", "list", "--json"))}
    assert ("acquirer", "Kyiv Hospital 1") in kinds and ("partner", "Lublin") in kinds
    ref = cli("shipment", "new", "--partner", "Lublin", "--donor", "City of Lublin",
              "--recipient", "Kyiv City Council", "--currency", "PLN",
              "--set", f"planned_loading={day(5)}")
    assert cli("line", "add", ref, "--description", "Ambulance Ford Transit", "--quantity", "2",
               "--unit", "pcs", "--set", "category=veh.ambulance", "--set", "hs_code=870332",
               "--set", "unit_value=100000.50", "--set", f"serials={','.join(VINS)}",
               "--set", "gross_kg=3000", "--set", "net_kg=2800") == "1"
    assert cli("line", "add", ref, "--description", "Bandages, sterile", "--quantity", "450",
               "--unit", "pcs", "--set", "category=med.consumable", "--set", "hs_code=300590",
               "--set", "unit_value=1.33", "--set", "expiry_date=2029-01-31",
               "--set", "gross_kg=50", "--set", "net_kg=45") == "2"
    assert cli("load", "add", ref, "--set", "mode=self_propelled", "--set", "driver=Ivan Petrenko",
               "--set", "truck_plate=wf 0001 aa") == "2"
    cli("load", "assign", ref, "2", "--line", "1", "--quantity", "1")
    data = cli.show(ref)
    assert [ld["number"] for ld in data["loads"]] == [1, 2]
    assert data["loads"][1]["truck_plate"] == "WF0001AA"
    assert data["items"][0]["load"] == [{"load": 1, "quantity": "1"}, {"load": 2, "quantity": "1"}]
    assert data["items"][0]["serial_loads"] == [{"serial": VINS[0], "load": 1},
                                                {"serial": VINS[1], "load": 2}]
    cli.refused("load", "assign", ref, "2", "--line", "1", "--quantity", "1",
                "--serial", VINS[0], "--serial", VINS[1])  # two VINs, one vehicle
    cli("load", "assign", ref, "2", "--line", "1", "--serial", VINS[0])
    data = cli.show(ref)
    assert [ld["lines"][0]["serials"] for ld in data["loads"]] == [[VINS[1]], [VINS[0]]]

    assert "skipped XAU" in cli("rates", "import", str(nbu_file(tmp_path)))
    cli.refused("edit", ref, "--set", "export_mrn=BAD")
    cli.refused("edit", ref, "--set", f"pledged_on={(TODAY + timedelta(days=1)).isoformat()}")
    mrn17 = f"{TODAY.year % 100:02d}PL3010000012345"
    mrn = mrn17 + mrn_check_character(mrn17)
    steps = [
        ("pledged", [f"pledged_on={day(0)}"]),
        ("accepted", [f"consent_date={day(1)}", "consent_signer=V. Klitschko"]),
        ("preparing", []),
        ("ready", ["ahars_code=UA-2026-004211", f"ahars_created_on={day(3)}",
                   f"planned_crossing={day(7)}"]),
        ("dispatched", [f"loaded_on={day(6)}", "cmr_no=CMR-1", "export_route=electronic",
                        f"export_mrn={mrn}"]),
        ("at_border", ["crossing=Medyka-Shehyni", f"crossed_on={day(7)}"]),
        ("cleared", [f"cleared_on={day(8)}", "clearance_ref=UA209000/2026/1"]),
    ]
    b01 = next(i for i in cli.show(ref)["checklist"] if i["rule"] == "CL-B01")
    assert b01["auto"] and b01["state"] == "open"  # no AHARS registration No. recorded yet
    cli.refused("tick", ref, "CL-B01")  # the record proves it, or nobody can tick it
    cli("party", "edit", "Kyiv City Council", "--set", "ahars_recipient_no=R-00123")
    data = cli.show(ref)
    assert data["recipient"]["ahars_recipient_no"] == "R-00123"
    assert next(i for i in data["checklist"] if i["rule"] == "CL-B01")["state"] == "done"
    for status, fields in steps:
        _tick_blockers(cli, ref)
        cli("advance", ref, status, *[a for f in fields for a in ("--set", f)])
        cli.show(ref)
        if status == "pledged":
            _print(cli, tmp_path, ref, "donation")
        if status == "ready":
            _print(cli, tmp_path, ref, "specification")  # the whole shipment
            _print(cli, tmp_path, ref, "specification", "--select", "load:2")  # load 2 of 2
        if status == "dispatched":
            _print(cli, tmp_path, ref, "cmr")
            _print(cli, tmp_path, ref, "driver-letter")
    data = cli.show(ref)
    assert data["rate"] == {"currency": "PLN", "date": day(6), "rate": "11.6235",
                            "source": "NBU"}
    assert data["items"][0]["value_uah"] == "2324711.62"  # 200 001.00 × 11.6235
    assert data["items"][1]["value_uah"] == "6956.66"  # 598.50 × 11.6235 = 6956.664…

    assert "450 pcs were shipped" in cli.refused("receive", ref, "--line", "2", "--good", "999",
                                                 "--date", day(9))
    cli.refused("receive", ref, "--line", "2", "--good", "440", "--damaged", "10",
                "--missing", "10", "--date", day(9))
    cli.refused("receive", ref, "--line", "2", "--good", "430", "--date", day(7))  # < clearance
    cli("receive", ref, "--line", "1", "--good", "2", "--date", day(9))
    cli("receive", ref, "--line", "2", "--good", "430", "--damaged", "10", "--missing", "10",
        "--date", day(9))
    _tick_blockers(cli, ref)
    cli("advance", ref, "delivered", "--set", f"delivered_on={day(9)}",
        "--set", "handover_act_no=D6-1")
    _print(cli, tmp_path, ref, "handover")
    _same_hryvnias(cli.show(ref), tmp_path / "handover.pdf")

    cli.refused("distribute", ref, "--to", "Kyiv Hospital 1", "--line", "2", "--quantity", "431",
                "--date", day(10))
    cli.refused("distribute", ref, "--to", "Kyiv Hospital 1", "--line", "2", "--quantity", "10",
                "--date", day(8))
    cli.refused("distribute", ref, "--to", "Kyiv Hospital 1", "--line", "2", "--quantity", "10",
                "--date", (TODAY + timedelta(days=1)).isoformat())
    act = cli("distribute", ref, "--to", "Kyiv Hospital 1", "--line", "1", "--quantity", "2",
              "--serial", VINS[0], "--serial", VINS[1], "--date", day(10))
    assert act == f"KYV-ROZ-{day(10)[:4]}-0001"
    cli("distribute", ref, "--to", "01993457", "--line", "2", "--quantity", "400",
        "--date", day(10))
    cli.refused("line", "void", ref, "1", "--reason", "typo")
    cli("advance", ref, "distributing")
    _print(cli, tmp_path, ref, "distribution", "--select", act)
    expired = cli("write-off", ref, "--line", "2", "--quantity", "30", "--reason", "expired",
                  "--date", day(11), "--commission", "O. Koval, I. Shevchenko")
    assert "not written off" in cli.refused("advance", ref, "distributed")
    cli.refused("write-off", ref, "--line", "2", "--quantity", "11", "--reason", "damaged",
                "--date", day(11))
    damaged = cli("write-off", ref, "--line", "2", "--quantity", "10", "--reason", "damaged",
                  "--date", day(11), "--note", "crushed in transit")
    _print(cli, tmp_path, ref, "writeoff", "--select", damaged)
    _reverse_and_redo(cli, ref, act, expired)
    cli("advance", ref, "distributed")
    cli.refused("advance", ref, "reported", "--set", f"report_filed_on={day(10)}",
                "--set", "report_ref=R-1")  # before the write-off act
    cli("advance", ref, "reported", "--set", f"report_filed_on={day(12)}",
        "--set", "report_ref=R-1")
    _print(cli, tmp_path, ref, "report")
    data = cli.show(ref)
    _same_hryvnias(data, tmp_path / "report.pdf")
    assert data["status"] == "reported"
    bandages = data["items"][1]
    assert (bandages["distributed"], bandages["written_off"], bandages["damaged_written_off"],
            bandages["on_hand"]) == ("400", "30", "10", "0")
    in_force = [d for d in data["distributions"] if d["reversed"] is None]
    assert in_force[0]["acquirer"] == {"name": "Kyiv Hospital 1", "edrpou": "01993457"}
    assert next(d for d in in_force if d["lines"][0]["line"] == 1)["lines"][0]["serials"] == list(
        VINS)
    assert sorted(w["reason"] for w in data["write_offs"] if w["reversed"] is None) == [
        "damaged", "expired"]
    assert data["totals"]["value_uah"] == "2331668.28"
    cli.refused("act", "reverse", ref, in_force[0]["act_no"], "--reason", "late")  # reported

    other = cli("shipment", "new", "--partner", "Lublin", "--donor", "City of Lublin",
                "--recipient", "00022527")
    cli.refused("line", "add", other, "--description", "Ambulance", "--quantity", "1",
                "--unit", "pcs", "--set", "category=veh.ambulance", "--set", f"serials={VINS[0]}")


def _tick_blockers(cli: Cli, ref: str) -> None:
    data = json.loads(cli("show", ref, "--json"))
    rules = [item["rule"] for item in data["checklist"] if item["state"] == "open"
             and item["severity"] == "blocking" and not item["auto"]]
    if rules:
        cli("tick", ref, *rules)  # several at once


def _reverse_and_redo(cli: Cli, ref: str, ambulances: str, expired: str) -> None:
    """Reverse the expired write-off and the ambulances' act (printed: its D8 becomes void),
    then redo them: the goods were back on hand, new acts get new numbers."""
    assert cli("act", "reverse", ref, expired, "--reason", "counted twice") == (
        f"{expired} reversed")
    data = cli.show(ref)
    gone = next(w for w in data["write_offs"] if w["act_no"] == expired)
    assert gone["reversed"]["reason"] == "counted twice" and gone["reversed"]["by"]
    assert (data["items"][1]["written_off"], data["items"][1]["on_hand"]) == ("0", "30")
    cli.refused("act", "reverse", ref, expired, "--reason", "again")
    assert "not written off" not in cli.refused("advance", ref, "distributed")
    out = cli("act", "reverse", ref, ambulances, "--reason", "wrong hospital")
    assert out.startswith(f"{ambulances} reversed; {ref}/D8-") and out.endswith(" void")
    register = json.loads(cli("documents", ref, "--json"))
    d8 = next(r for r in register if r["kind"] == "distribution")
    assert (d8["status"], d8["scope"]) == ("void", f"act:{ambulances}")
    data = cli.show(ref)
    assert data["status"] == "distributing" and data["items"][0]["on_hand"] == "2"
    again = cli("write-off", ref, "--line", "2", "--quantity", "30", "--reason", "expired",
                "--date", day(11))
    redo = cli("distribute", ref, "--to", "Kyiv Hospital 1", "--line", "1", "--quantity", "2",
               "--serial", VINS[0], "--serial", VINS[1], "--date", day(11))
    assert len({again, expired, redo, ambulances}) == 4  # numbers are never issued twice


def _same_hryvnias(data: dict, pdf: Path) -> None:  # type: ignore[type-arg]
    """The printed act/worksheet carries show --json's UAH per line, total and rate."""
    from pypdf import PdfReader

    text = " ".join(" ".join((p.extract_text() or "").replace("\u00a0", " ").split())
                    for p in PdfReader(str(pdf)).pages)

    def uah(value: str) -> str:
        whole, frac = value.split(".")
        return f"{int(whole):,}".replace(",", " ") + f",{frac} UAH"

    for item in data["items"]:
        assert uah(item["value_uah"]) in text, (pdf.name, item["line"])
    assert uah(data["totals"]["value_uah"]) in text
    rate = data["rate"]
    day = date.fromisoformat(rate["date"]).strftime("%d.%m.%Y")
    assert f"1 {rate['currency']} = {rate['rate'].replace('.', ',')} UAH" in text and day in text


def _print(cli: Cli, tmp_path: Path, ref: str, kind: str, *extra: str) -> None:
    out = tmp_path / f"{kind}{''.join(extra).replace(':', '')}.pdf"
    cli("print", kind, ref, "-o", str(out), *extra)
    assert out.read_bytes().startswith(b"%PDF")
