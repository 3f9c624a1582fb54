"""Printed documents D1–D12 and package labels (DOMAIN.md §7), as PDF through ReportLab.

Public API::

    ctx = DocumentContext(detail, "handover", lang="uk-en", doc_number="CV-2026-0042/D6-1",
                          issued_on=date(2026, 2, 5))
    check_document(ctx)                       # DocumentNotApplicable / UnprintableCharacters
    result = render_document(ctx, "act.pdf")  # RenderResult(pages, sha256)

Importing this package does not import ReportLab (start-up time); rendering does.
Documents are built first (pure ``build_<kind>(ctx) -> list[Flowable]``), then rendered to a
temporary file that replaces ``out_path`` only when complete.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from functools import cache

from aidtracker.documents import policy
from aidtracker.documents.applicability import why_not
from aidtracker.documents.context import (
    KIND_CODES,
    KINDS,
    LANGS,
    DocumentContext,
    Office,
    RenderResult,
)
from aidtracker.documents.errors import DocumentNotApplicable, UnprintableCharacters
from aidtracker.domain import ShipmentDetail
from aidtracker.errors import AidTrackerError

__all__ = [
    "KINDS",
    "KIND_CODES",
    "LANGS",
    "DocumentContext",
    "DocumentNotApplicable",
    "Office",
    "RenderResult",
    "UnprintableCharacters",
    "applicable_kinds",
    "check_document",
    "policy",
    "render_document",
    "render_pdf",
    "user_strings",
    "why_not",
]


def applicable_kinds(detail: ShipmentDetail) -> tuple[str, ...]:
    """The kinds that can be issued for ``detail`` now, in its state (for a Print menu; no
    ReportLab). Kinds issued per vehicle or act need a selector when there are several."""
    out = []
    for kind in KINDS:
        if why_not(detail, kind) is not None:
            continue
        try:
            policy.check_state(detail, kind)
            policy.check_transport(detail, kind)
        except AidTrackerError:
            continue
        out.append(kind)
    return tuple(out)


#: Parts of the record that only some kinds print (everything else may reach every kind).
_ONLY_IN: dict[str, frozenset[str]] = {
    "attachments": frozenset({"handover", "vehicle-sheet"}),
    "checklist": frozenset({"checklist"}),
    "distributions": frozenset({"distribution", "report"}),
}
#: Parts and shipment fields no document prints.
_NEVER = frozenset({"events", "deadlines", "partnership"})
_NEVER_SHIPMENT = frozenset({"notes", "hold_reason", "cancel_reason", "updated_by"})


def user_strings(ctx: DocumentContext) -> Iterator[tuple[str, str]]:
    """Every free-text string a document of ``ctx`` may print, with its field path.

    Parts the kind never prints are left out, so a file name in an alphabet the font lacks
    does not block a CMR (it still blocks the handover act, which lists attachments).
    """
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.fonts import record_strings

    detail = ctx.detail
    for f in dataclasses.fields(detail):
        if f.name in _NEVER or ctx.kind not in _ONLY_IN.get(f.name, frozenset({ctx.kind})):
            continue
        for path, text in record_strings(getattr(detail, f.name), f.name):
            if not (f.name == "shipment" and path.rsplit(".", 1)[-1] in _NEVER_SHIPMENT):
                yield path, text
    yield from record_strings(ctx.issuer, "office")
    yield "doc_number", ctx.doc_number
    if ctx.copy_of:
        yield "copy_of", ctx.copy_of


@cache
def _template_strings(lang: str) -> tuple[tuple[str, str], ...]:
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.context import LANG_PARTS

    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.texts import template

    return tuple(
        (f"template.{code}.{key}", value)
        for code in LANG_PARTS[lang]
        for key, value in template(code).items()
    )


def check_document(ctx: DocumentContext) -> None:
    """Everything that can be known before rendering.

    Raises:
        DocumentNotApplicable: the kind cannot be made for this shipment (yet).
        UnprintableCharacters: a string holds characters the embedded font cannot draw.
    """
    reason = why_not(ctx.detail, ctx.kind, ctx.selector)
    if reason:
        raise DocumentNotApplicable(kind=ctx.kind, reason=reason)
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.fonts import check_printable

    check_printable(user_strings(ctx))
    check_printable(_template_strings(ctx.lang))


def render_document(ctx: DocumentContext, out_path: str | os.PathLike[str]) -> RenderResult:
    """Check, build and write the document; an existing ``out_path`` is replaced only on success.

    Raises:
        DocumentNotApplicable, UnprintableCharacters: before anything is written.
        aidtracker.errors.StorageError: the file could not be written (nothing was changed).
    """
    check_document(ctx)
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.registry import render

    return render(ctx, out_path)


def render_pdf(ctx: DocumentContext) -> tuple[bytes, int]:
    """Check and build the document in memory: its PDF bytes and page count (nothing written).

    Raises:
        DocumentNotApplicable, UnprintableCharacters: before anything is built.
    """
    check_document(ctx)
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.registry import render_bytes

    return render_bytes(ctx)
