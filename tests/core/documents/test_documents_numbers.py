"""Exact numbers on paper: weights as stored, totals the sums of the printed lines, line numbers
and serials that never wrap into columns (issue 10)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from doc_factories import make_detail, many_lines, page_texts

from aidtracker.documents import DocumentContext, fmt, render_document
from aidtracker.documents.goods import asset_lines
from aidtracker.documents.specification import spec_columns
from aidtracker.documents.texts import texts_for
from aidtracker.domain import Asset, AssetKind


def _decimal(printed: str) -> Decimal:
    return Decimal(printed.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def test_kg_keeps_the_stored_precision() -> None:
    assert [fmt.kg(g) for g in (90, 1, 100, 1050, 1_200_000, 1_234_567)] == [
        "0,09", "0,001", "0,1", "1,05", "1\u00a0200,0", "1\u00a0234,567"]
    assert fmt.kg(1_234_567, 0) == "1\u00a0235"


def test_a_thousand_lines_add_up_as_printed(tmp_path: Path) -> None:
    detail = make_detail(many_lines(1000))
    t = texts_for("uk-en")
    columns = {c.key: c for c in spec_columns(t, detail.lines)}
    printed_net = [columns["col.net"].cell(line) for line in detail.lines]
    printed_gross = [columns["col.gross"].cell(line) for line in detail.lines]
    assert "0,09" in printed_net
    path = tmp_path / "spec.pdf"
    render_document(DocumentContext(detail, "specification", doc_number="X"), path)
    flat = " ".join(page_texts(path)).replace("\u00a0", " ")
    for net, gross in ((sum(map(_decimal, printed_net)), sum(map(_decimal, printed_gross))),):
        assert fmt.kg(detail.totals.net_g).replace("\u00a0", " ") in flat
        assert _decimal(fmt.kg(detail.totals.net_g)) == net
        assert _decimal(fmt.kg(detail.totals.gross_g)) == gross
    cells = set(flat.split("\n"))
    assert "0,09" in cells
    assert "1000" in cells  # the line number whole on one line, never "100" over "0"


def test_serials_print_as_one_comma_separated_run() -> None:
    t = texts_for("uk-en")
    assets = [Asset(id=None, kind=AssetKind.EQUIPMENT, serial_no=f"INV-{n:03d}", make="Atlas",
                    model="QAS 30") for n in range(1, 61)]
    (line,) = asset_lines(t, assets)
    assert line.startswith("Серійний № / Serial No. (60): INV-001, INV-002") or "(60): " in line
    assert line.count("INV-") == 60 and "\n" not in line and line.endswith("Atlas QAS 30")
    one = dataclasses.replace(assets[0], serial_no="X-1", make="Honda", model="EU22i")
    assert len(asset_lines(t, [*assets[:2], one])) == 2
