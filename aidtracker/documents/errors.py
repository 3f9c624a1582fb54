"""Errors of the document printer: a code and parameters, the UI and CLI word them."""

from __future__ import annotations

from aidtracker.errors import AidTrackerError


class UnprintableCharacters(AidTrackerError):
    """``field``, ``chars``, ``codepoints``: the embedded font cannot draw these characters.

    Raised before anything is rendered, so no document ever prints a box instead of a letter.
    ``field`` is a path into the shipment record such as ``lines.3.description``.
    """

    code = "unprintable_characters"


class DocumentNotApplicable(AidTrackerError):
    """``kind``, ``reason``: this document cannot be made for this shipment (yet).

    Reasons: ``no_lines``, ``no_vehicles``, ``no_distributions``, ``no_packages``,
    ``no_checklist``, ``not_cleared``, ``no_match`` (the selector names nothing).
    """

    code = "document_not_applicable"


class DocumentTooEarly(AidTrackerError):
    """``kind``, ``status``, ``needed``: the document records a step the shipment has not reached
    (a handover act before delivery); ``needed`` is the first state where it makes sense."""

    code = "document_too_early"


class DocumentAlreadyIssued(AidTrackerError):
    """``kind``, ``number``, ``scope``: an original of this kind is already valid for the scope.

    Reprint it as a copy, or supersede it with a reason; a second original never appears silently.
    """

    code = "document_already_issued"


class DocumentDateRefused(AidTrackerError):
    """``kind``, ``date``, ``reason`` (``before``/``after``/``future``), ``field``, ``other``: the
    legal date contradicts the record (a handover act dated before the delivery)."""

    code = "document_date_refused"


class DocumentDateMissing(AidTrackerError):
    """``kind``, ``field``: the record holds no date for the act and none was given."""

    code = "document_date_missing"


class StoredOriginalBroken(AidTrackerError):
    """``number``, ``reason`` (``missing``/``mismatch``/``legacy``), ``path``: the stored original
    cannot vouch for itself, so no copy is made."""

    code = "stored_original_broken"


class SupersedeRefused(AidTrackerError):
    """``number``, ``reason`` (``no_original``/``reason_required``): nothing to supersede."""

    code = "supersede_refused"
