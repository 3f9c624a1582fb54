"""What a document is printed from: the shipment record, the kind, the language and the number.

Plain dataclasses without ReportLab, so the CLI and the UI can import them at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from aidtracker.domain import Organisation, ShipmentDetail

#: CLI names of the document kinds, in DOMAIN.md §7.2 order, with their D-numbers.
KIND_CODES: dict[str, str] = {
    "donation": "D1",
    "specification": "D2",
    "cmr": "D3",
    "export-sheet": "D4",
    "vehicle-sheet": "D5",
    "handover": "D6",
    "vehicle-handover": "D7",
    "distribution": "D8",
    "writeoff": "D9",
    "report": "D10",
    "driver-letter": "D11",
    "checklist": "D12",
    "labels": "LBL",
}
KINDS: tuple[str, ...] = tuple(KIND_CODES)

#: Whose paper each kind is (DOMAIN.md §7.2): the donor's letterhead, place and signatory, or the
#: recipient's; ``office`` kinds belong to whichever side the office profile says we are.
KIND_SIDE: dict[str, str] = {
    "donation": "donor", "specification": "donor", "cmr": "donor", "export-sheet": "donor",
    "vehicle-sheet": "donor", "driver-letter": "donor", "labels": "donor",
    "handover": "recipient", "vehicle-handover": "recipient", "distribution": "recipient",
    "writeoff": "recipient",
    "report": "recipient", "checklist": "office",
}  # fmt: skip
SIDES = ("recipient", "donor")

#: Language variants: Ukrainian first, then the second language (DOMAIN.md §7.1).
LANG_PARTS: dict[str, tuple[str, ...]] = {
    "uk-en": ("uk", "en"),
    "uk": ("uk",),
    "en": ("en",),
    "uk-pl": ("uk", "pl"),
    "uk-de": ("uk", "de"),
}
LANGS: tuple[str, ...] = tuple(LANG_PARTS)


@dataclass(frozen=True, slots=True)
class Office:
    """The issuing office printed in every header."""

    name_uk: str
    name_en: str
    address: str = ""
    place: str = ""
    name_native: str = ""

    @classmethod
    def from_organisation(cls, org: Organisation) -> Office:
        return cls(
            name_uk=org.name_uk or org.name_en,
            name_en=org.name_en or org.name_uk,
            address=", ".join(p for p in (org.address, org.settlement) if p),
            place=org.settlement,
            name_native=org.name_native,
        )


@dataclass(frozen=True)
class DocumentContext:
    """Everything one printed document is made from.

    ``issued_on`` is the document's legal date (the date of the act it records, DOMAIN.md §7.2);
    ``office`` defaults to the party whose paper the kind is (:data:`KIND_SIDE`). ``selector``
    optionally narrows a multi-part document: a VIN or serial for ``vehicle-sheet`` and
    ``vehicle-handover``, an act number for ``distribution``.
    """

    detail: ShipmentDetail
    kind: str
    lang: str = "uk-en"
    doc_number: str = ""
    issued_on: date = field(default_factory=date.today)
    copy_of: str | None = None
    office: Office | None = None
    selector: str | None = None
    #: The day it is printed (footer only, marked as such); ``issued_on`` is the legal date.
    printed_on: date | None = None
    #: The number of the original this one replaces (printed under the number).
    supersedes: str | None = None
    #: Which side the office profile says we are (``recipient`` or ``donor``).
    office_side: str = "recipient"

    def __post_init__(self) -> None:
        if self.kind not in KIND_CODES:
            raise ValueError(f"unknown document kind {self.kind!r}; expected one of {KINDS}")
        if self.lang not in LANG_PARTS:
            raise ValueError(f"unknown language variant {self.lang!r}; expected one of {LANGS}")
        if self.office is None:
            object.__setattr__(self, "office", Office.from_organisation(self.issuing_party))

    @property
    def side(self) -> str:
        """``donor`` or ``recipient``: whose paper this document is."""
        side = KIND_SIDE.get(self.kind, "office")
        return self.office_side if side == "office" else side

    @property
    def issuing_party(self) -> Organisation:
        """The organisation whose letterhead, place and signatory the document carries."""
        return self.detail.donor if self.side == "donor" else self.detail.recipient

    @property
    def issuer(self) -> Office:
        """The issuing office (never None after construction)."""
        return self.office or Office.from_organisation(self.issuing_party)

    @property
    def langs(self) -> tuple[str, ...]:
        return LANG_PARTS[self.lang]

    @property
    def code(self) -> str:
        """The D-number of the kind (``D6``)."""
        return KIND_CODES[self.kind]


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What a render produced: page count and the SHA-256 (hex) of the PDF bytes."""

    pages: int
    sha256: str
