"""T12: markup and glyph injection through every text field prints literally in every kind of
document, with no link, action or image that came from user text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from battery import metric

from aidtracker.documents import KINDS, DocumentContext, render_document
from tests.core.documents.doc_factories import images_and_actions, make_detail, page_texts, squash
from tests.core.documents.poison import evil_for, poison

TOKEN = re.compile(r"QX(\d{3})QX")


def test_t12_every_field_in_every_kind(tmp_path: Path) -> None:
    counter = [0]
    detail = poison(make_detail(), counter)
    failures: list[str] = []
    mismatches: list[str] = []
    boxes = links = 0
    printed: set[str] = set()
    for kind in KINDS:
        out = tmp_path / f"{kind}.pdf"
        try:
            render_document(DocumentContext(detail, kind, issued_on=date(2026, 2, 5),  # type: ignore[arg-type]
                                            doc_number="CV-2026-0042/T-1"), out)
        except Exception as exc:  # counted, then asserted: a build failure is a finding
            failures.append(f"{kind}: {type(exc).__name__}")
            continue
        text = squash(" ".join(page_texts(out)))
        links += len(images_and_actions(out))
        boxes += sum(text.count(ch) for ch in ("\ufffd", "■", "\x00"))
        for match in TOKEN.finditer(text):
            printed.add(match.group(1))
            expected = squash(evil_for(int(match.group(1))))
            if text[match.end(): match.end() + len(expected)] != expected:
                mismatches.append(f"{kind}: field {match.group(1)}")
    metric("T12_pdf_markup", build_failures=len(failures), text_mismatches=len(mismatches),
           missing_glyph_boxes=boxes, links_or_images_from_user_text=links,
           printed_fields=len(printed), poisoned_fields=counter[0], kinds=len(KINDS))
    assert failures == [] and mismatches == [] and boxes == 0 and links == 0
    assert len(printed) >= 60
