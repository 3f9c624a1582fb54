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
