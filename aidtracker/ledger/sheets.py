"""Columns of the ledger's data sheets and the values of one row, as exact Python values.

A row function returns ``str``, ``int``, ``Decimal``, ``date`` or ``None`` per column — never a
float; :class:`SheetOut` turns them into cells through :mod:`aidtracker.ledger.safe_cells`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from aidtracker.domain import Distribution, DistributionLine, LineItem, ShipmentDetail, Totals
from aidtracker.ledger.safe_cells import (
    INT_FORMAT,
    KG_FORMAT,
    MONEY_FORMAT,
    QTY_FORMAT,
    CellWriter,
)
from aidtracker.money import grams_to_kg, milli_to_decimal
from aidtracker.reference import crossings, currencies
from aidtracker.workflow import LineBalance


@dataclass(frozen=True, slots=True)
class Column:
    """One ledger column: bilingual header, cell kind, HXL hashtag, width."""

    uk: str
    en: str
    kind: str = "text"  # text | int | qty | kg | money | date
    hxl: str = ""
    width: int = 14

    @property
    def header(self) -> str:
        return f"{self.uk} / {self.en}"


C = Column
SHIPMENTS = (
    C("Номер", "Number", hxl="#activity+code", width=16),
    C("Статус", "Status", hxl="#status"),
    C("Місто-партнер", "Partner city", hxl="#loc+name+partner", width=18),
    C("Донор", "Donor", hxl="#org+donor", width=28),
    C("Отримувач", "Recipient", hxl="#org+recipient", width=28),
    C("Вид", "Kind", width=12),
    C("Пропозиція", "Pledged", "date", "#date+pledged", 12),
    C("Завантажено", "Loaded", "date", "#date+loaded", 12),
    C("Перетин кордону", "Crossed", "date", "#date+crossed", 12),
    C("Розмитнено", "Cleared", "date", "#date+cleared", 12),
    C("Отримано", "Delivered", "date", "#date+delivered", 12),
    C("Пункт пропуску", "Crossing", hxl="#loc+crossing", width=22),
    C("Код АСРГД", "AHARS code", hxl="#activity+ahars", width=16),
    C("Рядків", "Lines", "int", "#indicator+lines", 8),
    C("Місць", "Packages", "int", "#indicator+packages", 9),
    C("Нетто, кг", "Net kg", "kg", "#indicator+net_kg", 12),
    C("Брутто, кг", "Gross kg", "kg", "#indicator+gross_kg", 12),
    C("Вартість", "Value", "money", "#value", 14),
    C("Валюта", "Currency", hxl="#currency", width=9),
    C("Інші валюти", "Other currencies", width=18),
    C("Вартість, грн", "Value, UAH", "money", "#value+uah", 15),
    C("Звіт подано", "Report filed", "date", "#date+reported", 12),
    C("Примітки", "Notes", hxl="#description+notes", width=30),
)
ITEMS = (
    C("Відвантаження", "Shipment", hxl="#activity+code", width=16),
    C("Рядок", "Line", "int", "#meta+line", 7),
    C("Категорія", "Category", hxl="#item+type", width=16),
    C("Опис", "Description", hxl="#item+name", width=40),
    C("Опис англ.", "Description EN", hxl="#item+name+i_en", width=30),
    C("Код ГС", "HS code", hxl="#item+code+hs", width=10),
    C("Код УКТЗЕД / CN", "National code", hxl="#item+code+national", width=13),
    C("Од.", "Unit", hxl="#item+unit", width=7),
    C("Кількість", "Quantity", "qty", "#item+qty", 11),
    C("Місць", "Packages", "int", "#item+packages", 9),
    C("Нетто, кг", "Net kg", "kg", "#item+net_kg", 12),
    C("Брутто, кг", "Gross kg", "kg", "#item+gross_kg", 12),
    C("Ціна за од.", "Unit value", "money", "#value+unit", 13),
    C("Вартість", "Value", "money", "#value", 14),
    C("Валюта", "Currency", hxl="#currency", width=9),
    C("Стан", "Condition", width=9),
    C("Придатний до", "Expiry", "date", "#date+expiry", 12),
    C("Партія", "Lot", width=12),
    C("Серійні номери / VIN", "Serials / VINs", hxl="#item+serial", width=30),
    C("Отримано придатних", "Received good", "qty", "#item+qty+received", 12),
    C("Пошкоджено", "Damaged", "qty", "#item+qty+damaged", 11),
    C("Недостача", "Missing", "qty", "#item+qty+missing", 11),
    C("Розподілено", "Distributed", "qty", "#item+qty+distributed", 12),
    C("Списано", "Written off", "qty", "#item+qty+written_off", 11),
    C("Залишок", "On hand", "qty", "#item+qty+on_hand", 11),
    C("Вартість, грн", "Value, UAH", "money", "#value+uah", 15),
)
DISTRIBUTIONS = (
    C("Відвантаження", "Shipment", hxl="#activity+code", width=16),
    C("Акт №", "Act No.", hxl="#meta+act", width=14),
    C("Дата", "Date", "date", "#date", 12),
    C("Вид", "Kind", width=14),
    C("Набувач", "Acquirer", "text", "#org+acquirer", 36),
    C("Населений пункт", "Settlement", hxl="#loc+name", width=18),
    C("Рядок", "Line", "int", "#meta+line", 7),
    C("Товар", "Item", hxl="#item+name", width=40),
    C("Кількість", "Quantity", "qty", "#item+qty", 11),
    C("Од.", "Unit", hxl="#item+unit", width=7),
    C("Вартість", "Value", "money", "#value", 14),
    C("Валюта", "Currency", hxl="#currency", width=9),
)
_FORMATS = {"int": INT_FORMAT, "kg": KG_FORMAT, "money": MONEY_FORMAT}


def money(minor: int, currency: str) -> Decimal:
    """Minor units as an exact Decimal (unknown currencies are taken as 2 places)."""
    places = currencies().get(currency, 2)
    return Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def _crossing(code: str) -> str:
    known = crossings().get(code)
    return known.label if known else code


def shipment_values(d: ShipmentDetail, totals: Totals, uah_minor: int | None = None
                    ) -> list[object]:
    """One Shipments row; the main currency is the shipment's own, others listed as text."""
    s = d.shipment
    values = totals.value_by_currency
    main = s.currency if s.currency in values else next(iter(values), "")
    others = "; ".join(f"{money(v, c)} {c}" for c, v in values.items() if c != main)
    return [
        s.reference, str(s.status), d.partnership.partner_city, d.donor.display_name,
        d.recipient.display_name, s.kind, s.pledged_on, s.loaded_on, s.crossed_on,
        s.cleared_on, s.delivered_on, _crossing(s.crossing), s.ahars_code, totals.lines,
        totals.packages, grams_to_kg(totals.net_g), grams_to_kg(totals.gross_g),
        money(values[main], main) if main else None, main, others,
        money(uah_minor, "UAH") if uah_minor is not None else None, s.report_filed_on, s.notes,
    ]


def item_values(reference: str, line: LineItem, bal: LineBalance,
                uah_minor: int | None = None) -> list[object]:
    """One Items row: the line with its shipment reference, serials/VINs, books and UAH value."""
    received = line.received_good_milli is not None
    return [
        reference, line.line_no, line.category, line.description, line.description_en,
        line.hs_code, line.national_code, str(line.unit), milli_to_decimal(line.qty_milli),
        line.packages, grams_to_kg(line.net_g), grams_to_kg(line.gross_g),
        money(line.unit_value_minor, line.currency),
        money(line.total_value_minor, line.currency), line.currency, str(line.condition),
        line.expiry_date, line.lot, "; ".join(a.identifier for a in line.assets),
        *(milli_to_decimal(q) if received else None
          for q in (bal.good + bal.surplus, bal.damaged, bal.missing)),
        milli_to_decimal(bal.distributed),
        milli_to_decimal(bal.written_off + bal.damaged_written_off),
        milli_to_decimal(bal.on_hand) if received else None,
        money(uah_minor, "UAH") if uah_minor is not None else None,
    ]


def distribution_values(reference: str, dist: Distribution, dl: DistributionLine,
                        line: LineItem | None) -> list[object]:
    """One Distributions row; persons on issue statements are not named (privacy)."""
    value = None
    if line is not None and line.qty_milli:
        value = money((line.total_value_minor * dl.qty_milli * 2 + line.qty_milli)
                      // (2 * line.qty_milli), line.currency)
    return [
        reference, dist.act_no, dist.on, str(dist.kind), dist.acquirer_name, dist.settlement,
        dl.line_no, line.description if line else "", milli_to_decimal(dl.qty_milli),
        str(line.unit) if line else "", value, line.currency if line else "",
    ]


class SheetOut:
    """One streamed data sheet: styled frozen header, optional HXL row, autofilter at the end."""

    def __init__(self, writer: CellWriter, title: str, columns: Sequence[Column],
                 hxl: bool) -> None:
        # lazy: openpyxl loads only for Excel work, so start-up stays fast
        from openpyxl.utils import get_column_letter

        self.w, self.columns = writer, columns
        self.ws = writer.wb.create_sheet(title)
        self.letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        for letter, column in zip(self.letters, columns, strict=True):
            self.ws.column_dimensions[letter].width = column.width
        self.head = 2 if hxl else 1
        _print_setup(self.ws, self.head)  # before the first row: the sheet streams out
        self.ws.freeze_panes = f"B{self.head + 1}"
        self.ws.append([writer.header(self.ws, c.header) for c in columns])
        if hxl:
            self.ws.append([writer.text(self.ws, c.hxl) if c.hxl else None for c in columns])
        self.row = self.head
        self.rows = 0

    def add(self, values: Sequence[object]) -> None:
        """Append one row of exact values."""
        self.row += 1
        self.rows += 1
        self.ws.append([self._cell(i, c, v) for i, (c, v) in
                        enumerate(zip(self.columns, values, strict=True), start=1)])

    def _cell(self, col: int, column: Column, value: object) -> Any:
        if value is None or value == "":
            return None
        kind = column.kind
        if kind == "text":
            return self.w.text(self.ws, str(value), self.row, col)
        if kind == "date":
            assert isinstance(value, date)
            return self.w.day(self.ws, value)
        assert isinstance(value, int | Decimal)
        if kind == "qty":
            whole = isinstance(value, int) or value == value.to_integral_value()
            return self.w.number(self.ws, value, INT_FORMAT if whole else QTY_FORMAT)
        return self.w.number(self.ws, value, _FORMATS[kind])

    def finish(self) -> None:
        """Set the autofilter over the header (or HXL) row and every data row."""
        self.ws.auto_filter.ref = f"A{self.head}:{self.letters[-1]}{max(self.row, self.head)}"


def _print_setup(ws: Any, head: int) -> None:
    """What an accountant prints: landscape, one page wide, the header rows on every page,
    'page X of Y' in the footer, the sheet's name in the header."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{head}"
    ws.print_options.gridLines = True
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.right.text = "&D"
