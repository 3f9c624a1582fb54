"""The windowed shipments model: Qt's model checks, roles, pages by key, SQL sorting."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from aidtracker.services import listing
from aidtracker.services.listing import ShipmentQuery
from ui.models import shipment_table
from ui.models.shipment_table import ShipmentTableModel


@pytest.fixture
def db(demo_db):
    database = listing.connect_verified_later(demo_db)
    yield database
    database.close()


def _model(db, qtmodeltester=None) -> ShipmentTableModel:
    def page(query, after, offset, limit):
        return listing.list_page(db, query, after=after, offset=offset, limit=limit)

    model = ShipmentTableModel(page, lambda q: listing.count_shipments(db, q))
    model.set_query(ShipmentQuery())
    return model


def test_model_passes_qt_model_checks(qtmodeltester, db) -> None:
    model = _model(db)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_roles_give_text_objects_and_raw_sort_values(qapp, db) -> None:
    model = _model(db)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    row = model.data(model.index(0, 0), ShipmentTableModel.ObjectRole)
    assert row.reference == model.data(model.index(0, 0))
    assert model.data(model.index(0, 1)) == "Closed" or model.data(model.index(0, 1))
    gross = model.data(model.index(0, 8), ShipmentTableModel.SortRole)
    assert isinstance(gross, int)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"
    assert model.data(model.index(0, 7), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_pages_are_read_on_demand_and_continue_by_key(qapp, db, monkeypatch) -> None:
    monkeypatch.setattr(shipment_table, "PAGE_SIZE", 5)
    calls: list[tuple[object, int]] = []

    def page(query, after, offset, limit):
        calls.append((after, offset))
        return listing.list_page(db, query, after=after, offset=offset, limit=limit)

    model = ShipmentTableModel(page, lambda q: listing.count_shipments(db, q))
    model.set_query(ShipmentQuery(sort="reference", descending=False))
    assert calls == [] and model.rowCount() == 42
    refs = [model.data(model.index(r, 0)) for r in range(42)]
    assert refs == sorted(refs)
    assert calls[0] == (None, 0) and all(after is not None for after, _ in calls[1:])
    model.set_query(dataclasses.replace(model.query))
    calls.clear()
    model.data(model.index(40, 0))
    assert calls == [(None, 40)]  # a jump reads one page by offset, nothing before it


def test_update_row_refreshes_a_cached_row(qapp, db, qtbot) -> None:
    model = _model(db)
    row = model.row_at(3)
    changed = dataclasses.replace(row, crossing="Somewhere")
    with qtbot.waitSignal(model.dataChanged):
        assert model.update_row(changed)
    assert model.data(model.index(3, 5)) == "Somewhere"
    assert not model.update_row(dataclasses.replace(row, reference="NOT-CACHED"))
