"""ShipmentDetail fixtures for the document tests, built straight from domain.py dataclasses.

``make_detail()`` is a delivered Lublin → Khmelnytskyi shipment with Cyrillic descriptions, two
ambulances with VINs, a diesel generator with its serial, medicines with expiry and batch, goods
in two currencies (EUR and PLN), a receipt discrepancy, an act and two issue statements.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal

from aidtracker.domain import (
    Asset,
    AssetKind,
    Attachment,
    ChecklistItem,
    ChecklistRule,
    CheckState,
    Condition,
    Deadline,
    DeadlineState,
    Distribution,
    DistributionKind,
    DistributionLine,
    LineItem,
    Organisation,
    OrgKind,
    Partnership,
    Severity,
    Shipment,
    ShipmentDetail,
    Status,
    Unit,
    WriteOff,
    WriteOffLine,
    WriteOffReason,
)

T0 = datetime(2026, 2, 5, 10, 30, tzinfo=UTC)
VINS = ("ZZD0AMB2026000001", "ZZD0AMB2026000002")
SERIAL = "GEN-30-000123"

DONOR = Organisation(
    id=1,
    kind=OrgKind.CITY_AUTHORITY,
    name_en="City of Lublin",
    name_uk="Місто Люблін",
    name_native="Miasto Lublin",
    country="PL",
    address="Plac Króla Władysława Łokietka 1",
    settlement="Lublin",
    eori="PL946257581100000",
    national_reg_no="NIP 946-25-75-811",
    signatory_name="Jan Kowalski",
    signatory_position="Zastępca Prezydenta Miasta / Deputy Mayor",
    phone="+48 81 466 10 00",
    email="pomoc@lublin.example",
)
RECIPIENT = Organisation(
    id=2,
    kind=OrgKind.CITY_AUTHORITY,
    name_en="Khmelnytskyi City Council",
    name_uk="Хмельницька міська рада",
    country="UA",
    address="вул. Героїв Майдану, 3",
    settlement="Хмельницький",
    edrpou="99000011",
    ahars_recipient_no="DEMO-R-000123",
    signatory_name="Олена Петренко",
    signatory_position="Заступниця міського голови / Deputy Mayor",
    phone="+380 382 000 000",
)


def ambulances() -> LineItem:
    assets = tuple(
        Asset(
            id=10 + i,
            kind=AssetKind.VEHICLE,
            vin=vin,
            make="Mercedes-Benz",
            model="Sprinter 316 CDI",
            year=2017,
            body_type="ambulance",
            plates=f"HH-AB {1234 + i}",
            export_plate_valid_until=date(2026, 3, 15),
            odometer_km=182_000 + 1000 * i,
        )
        for i, vin in enumerate(VINS)
    )
    return LineItem(
        id=1, line_no=1, category="veh.ambulance",
        description="Автомобіль швидкої медичної допомоги Mercedes-Benz Sprinter 316 CDI",
        description_en="Ambulance Mercedes-Benz Sprinter 316 CDI",
        qty_milli=2000, unit=Unit.PCS, currency="EUR", unit_value_minor=2_450_000,
        hs_code="870332", national_code="87033219", net_g=6_200_000, gross_g=7_000_000,
        condition=Condition.USED, wear_pct=35, assets=assets, received_good_milli=2000,
    )  # fmt: skip


def generator() -> LineItem:
    asset = Asset(
        id=20,
        kind=AssetKind.EQUIPMENT,
        serial_no=SERIAL,
        make="Pramac",
        model="GSW30P",
        rating_kva=Decimal("30"),
    )
    return LineItem(
        id=2, line_no=2, category="energy.genset_diesel",
        description="Дизельний генератор 30 кВА", description_en="Diesel generator set 30 kVA",
        qty_milli=1000, unit=Unit.PCS, currency="EUR", unit_value_minor=850_000,
        hs_code="850211", packages=1, marks="CV-2026-0042 1/39", net_g=620_000,
        gross_g=700_000, assets=(asset,), received_good_milli=1000,
    )  # fmt: skip


def medicines() -> LineItem:
    return LineItem(
        id=3, line_no=3, category="med.medicine",
        description="Парацетамол 500 мг, таблетки № 20",
        description_en="Paracetamol 500 mg, 20 tablets",
        qty_milli=120_000, unit=Unit.PACK, currency="EUR", unit_value_minor=350,
        hs_code="300490", packages=4, net_g=48_000, gross_g=55_500,
        expiry_date=date(2027, 6, 30), lot="P-2291", received_good_milli=120_000,
    )  # fmt: skip


def blankets() -> LineItem:
    return LineItem(
        id=4, line_no=4, category="shelter.bedding",
        description="Ковдри вовняні 150×200 см", description_en="Wool blankets 150×200 cm",
        qty_milli=800_000, unit=Unit.PCS, currency="PLN", unit_value_minor=4_500,
        hs_code="630120", national_code="63012090", packages=16, net_g=1_100_000,
        gross_g=1_200_000, received_good_milli=790_000, received_damaged_milli=6_000,
        received_missing_milli=4_000,
    )  # fmt: skip


def food() -> LineItem:
    return LineItem(
        id=5, line_no=5, category="food",
        description="Продуктові набори тривалого зберігання",
        description_en="Long-life food parcels",
        qty_milli=450_000, unit=Unit.PCS, currency="PLN", unit_value_minor=15_000,
        hs_code="210690", packages=18, net_g=4_500_000, gross_g=4_950_000,
        expiry_date=date(2026, 12, 31), received_good_milli=450_000,
    )  # fmt: skip


def base_lines() -> tuple[LineItem, ...]:
    return (ambulances(), generator(), medicines(), blankets(), food())


def many_lines(n: int) -> tuple[LineItem, ...]:
    """``n`` ordinary lines with Cyrillic descriptions (for long tables and the benchmark)."""
    cats = [("hygiene", "Засоби гігієни: мило, зубна паста", "Hygiene kits"),
            ("clothing.new", "Куртки зимові чоловічі, синтетичні", "Men's winter jackets"),
            ("med.consumable", "Бинти стерильні 7 м × 14 см", "Sterile bandages"),
            ("food", "Консерви мʼясні, 325 г", "Canned meat 325 g")]  # fmt: skip
    out = []
    for i in range(1, n + 1):
        cat, uk, en = cats[i % len(cats)]
        out.append(LineItem(
            id=i, line_no=i, category=cat, description=f"{uk} (партія {i})",
            description_en=f"{en} (lot {i})", qty_milli=1000 * (i % 50 + 1), unit=Unit.PCS,
            currency="EUR" if i % 3 else "PLN", unit_value_minor=1000 + i, hs_code="961900",
            packages=1, net_g=90 if i == 7 else 1000 * i + i % 7, gross_g=1100 * i + i % 9,
        ))  # fmt: skip
    return tuple(out)


def make_shipment(**overrides: object) -> Shipment:
    values: dict[str, object] = dict(
        id=42, reference="CV-2026-0042", status=Status.DISTRIBUTING, partnership_id=1,
        donor_id=1, recipient_id=2, currency="EUR",
        consignee_address="Склад КП «Хмельницьктеплоенерго», вул. Шевченка, 12, Хмельницький",
        crossing="Korczowa-Krakovets", carrier="PHU Trans-Lub Sp. z o.o.", truck_plate="LU12345",
        trailer_plate="LU9876P", driver_name="Piotr Nowak", driver_phone="+48 600 100 200",
        planned_loading=date(2026, 1, 28), loaded_on=date(2026, 1, 29),
        consent_date=date(2026, 1, 20), consent_signer="Олена Петренко",
        cleared_on=date(2026, 2, 3), clearance_ref="UA400000/2026/000042",
        delivered_on=date(2026, 2, 5), ahars_code="DEMO-AHARS-7K2Q-91",
        ahars_created_on=date(2026, 1, 15), declaration_no="DEMO-DECL-000042",
        declaration_created_on=date(2026, 1, 25), export_mrn="26PLDEMO000000042",
        cmr_no="CMR-DEMO-0042", council_decision="№ XLII/512/2026 від 15.01.2026",
    )  # fmt: skip
    values.update(overrides)
    return Shipment(**values)  # type: ignore[arg-type]


def checklist() -> tuple[ChecklistItem, ...]:
    def rule(rid: str, uk: str, en: str, severity: Severity) -> ChecklistRule:
        return ChecklistRule(
            id=rid,
            trigger="always",
            item_en=en,
            item_uk=uk,
            owner="recipient",
            when="before ready",
            severity=severity,
        )

    return (
        ChecklistItem(
            rule(
                "CL-B01",
                "Письмова згода отримувача",
                "Recipient's written consent",
                Severity.BLOCKING,
            ),
            CheckState.DONE,
            by="o.petrenko",
            at=T0,
        ),
        ChecklistItem(
            rule(
                "CL-V03",
                "Експортні номери дійсні до перетину кордону",
                "Export plates valid until the crossing",
                Severity.WARNING,
            )
        ),
        ChecklistItem(
            rule(
                "CL-M03",
                "Дозвіл на рецептурні препарати",
                "Permit for Rx medicines",
                Severity.BLOCKING,
            ),
            CheckState.OVERRIDDEN,
            by="o.petrenko",
            at=T0,
            note="Лише безрецептурні препарати / OTC only",
        ),
    )


def distributions() -> tuple[Distribution, ...]:
    return (
        Distribution(id=1, act_no="CV-ROZ-2026-0311", on=date(2026, 2, 10),
                     kind=DistributionKind.ACT, acquirer_id=9,
                     person_name="КНП «Хмельницька міська лікарня»", settlement="Хмельницький",
                     lines=(DistributionLine(3, 60_000), DistributionLine(4, 200_000)),
                     actor="operator7"),
        Distribution(id=2, act_no="CV-ROZ-2026-0312", on=date(2026, 2, 11),
                     kind=DistributionKind.ISSUE_STATEMENT, acquirer_id=None,
                     person_name="Іваненко Марія Петрівна", settlement="Старокостянтинів",
                     lines=(DistributionLine(5, 1000), DistributionLine(4, 2000))),
        Distribution(id=3, act_no="CV-ROZ-2026-0312", on=date(2026, 2, 11),
                     kind=DistributionKind.ISSUE_STATEMENT, acquirer_id=None,
                     person_name="Ґудзь Євген Їжакович", settlement="Старокостянтинів",
                     lines=(DistributionLine(5, 1000),)),
    )  # fmt: skip


def write_offs() -> tuple[WriteOff, ...]:
    return (WriteOff(id=1, act_no="CV-SPS-2026-0007", on=date(2026, 2, 12),
                     reason=WriteOffReason.DAMAGED, lines=(WriteOffLine(4, 3_000, 3_000),),
                     note="Коробки намокли під час розвантаження",
                     commission="Олена Петренко, Іван Коваль, Марія Шевчук"),)


def make_detail(
    lines: tuple[LineItem, ...] | None = None,
    *,
    donor: Organisation = DONOR,
    recipient: Organisation = RECIPIENT,
    with_distributions: bool = True,
    with_checklist: bool = True,
    **shipment: object,
) -> ShipmentDetail:
    return ShipmentDetail(
        shipment=make_shipment(**shipment),
        partnership=Partnership(id=1, own_city="Хмельницький", partner_city="Lublin",
                                partner_country="PL", partner_city_uk="Люблін",
                                doc_language="pl"),
        donor=donor,
        recipient=recipient,
        lines=base_lines() if lines is None else lines,
        events=(),
        checklist=checklist() if with_checklist else (),
        deadlines=(Deadline(kind="report", due=date(2026, 5, 4), state=DeadlineState.OK,
                            days_left=88),),
        attachments=(Attachment(id=1, kind="photo", sha256="0" * 64,
                                original_name="ambulance_1.jpg", size=123_456, added_at=T0,
                                added_by="o.petrenko"),),
        distributions=distributions() if with_distributions else (),
        write_offs=write_offs() if with_distributions else (),
    )  # fmt: skip


def replace_texts(detail: ShipmentDetail, text: str) -> ShipmentDetail:
    """The detail with ``text`` appended to every printed free-text field (T12)."""

    def tag(value: str) -> str:
        return f"{value} {text}" if value else text

    lines = tuple(
        dataclasses.replace(
            line, description=tag(line.description), description_en=tag(line.description_en),
            marks=tag(line.marks), lot=tag(line.lot),
            assets=tuple(dataclasses.replace(a, make=tag(a.make), model=tag(a.model))
                         for a in line.assets),
        )
        for line in detail.lines
    )  # fmt: skip
    orgs = {
        name: dataclasses.replace(getattr(detail, name), name_uk=tag(getattr(detail, name).name_uk),
                                  name_en=tag(getattr(detail, name).name_en),
                                  address=tag(getattr(detail, name).address))
        for name in ("donor", "recipient")
    }  # fmt: skip
    ship = dataclasses.replace(
        detail.shipment,
        driver_name=tag(detail.shipment.driver_name),
        consignee_address=tag(detail.shipment.consignee_address),
    )
    dists = tuple(
        dataclasses.replace(d, person_name=tag(d.person_name), settlement=tag(d.settlement))
        for d in detail.distributions
    )
    items = tuple(dataclasses.replace(i, note=tag(i.note)) for i in detail.checklist)
    offs = tuple(dataclasses.replace(w, note=tag(w.note), commission=tag(w.commission))
                 for w in detail.write_offs)
    return dataclasses.replace(detail, lines=lines, shipment=ship, distributions=dists,
                               checklist=items, write_offs=offs, **orgs)  # fmt: skip


# PDF read-back helpers ---------------------------------------------------------------------

STANDARD_14 = frozenset({
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
})  # fmt: skip


def page_texts(path: object) -> list[str]:
    """Extracted text of every page, no-break spaces turned into spaces."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return [(p.extract_text() or "").replace("\u00a0", " ") for p in reader.pages]


def squash(text: str) -> str:
    """Text without any whitespace (compare across line wraps)."""
    return "".join(text.split())


def font_problems(path: object) -> list[str]:
    """Fonts that are not embedded TrueType subsets, or standard-14 names, on any page."""
    from pypdf import PdfReader

    problems = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for name, ref in fonts.items():
            font = ref.get_object()
            base = str(font.get("/BaseFont", "")).lstrip("/")
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if base.split("+")[-1] in STANDARD_14 or "/FontFile2" not in descriptor:
                problems.append(f"page {number} {name} {base}")
    return problems


def images_and_actions(path: object) -> list[str]:
    """Image XObjects, link annotations and URI/Launch actions anywhere in the PDF."""
    from pypdf import PdfReader

    found = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        resources = page.get("/Resources") or {}
        for name, ref in (resources.get("/XObject") or {}).items():
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(f"page {number} image {name}")
        if page.get("/Annots"):
            found.append(f"page {number} annotations")
    raw = _read(path)
    for marker in (b"/URI", b"/Launch", b"/JavaScript", b"/EmbeddedFile"):
        if marker in raw:
            found.append(marker.decode())
    return found


def _read(path: object) -> bytes:
    with open(str(path), "rb") as fh:
        return fh.read()
