"""The error tree: each error has a code and parameters, no prose.

The words live in :mod:`aidtracker.catalogue` (``error_text(error, lang)``); ``str(error)`` is
only ``code: params`` for logs and tracebacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aidtracker.domain import Problem


class AidTrackerError(Exception):
    """Base of every expected error. ``code`` selects the message; ``params`` fill it."""

    code = "error"

    def __init__(self, **params: object) -> None:
        super().__init__(f"{self.code}: {params}")
        self.params = params


class NotFound(AidTrackerError):
    """``entity``, ``key``."""

    code = "not_found"


class InvalidTransition(AidTrackerError):
    """``status``, ``event``, ``allowed``: the event is not possible from this state."""

    code = "invalid_transition"


class GuardFailed(AidTrackerError):
    """``event``, ``problems``: the transition is possible but its conditions are not met."""

    code = "guard_failed"

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(self.params.get("problems", ()))  # type: ignore[arg-type]


class EditConflict(AidTrackerError):
    """``entity``, ``key``, ``who``, ``when``: someone else saved first."""

    code = "edit_conflict"


class ShipmentLocked(AidTrackerError):
    """``reference``, ``status``: edits after delivery must be amendments with a reason."""

    code = "shipment_locked"


class WrongStatus(AidTrackerError):
    """``reference``, ``status``, ``action``, ``allowed``: the action needs another state
    (a receipt before clearance, a handover before delivery)."""

    code = "wrong_status"


class ValidationFailed(AidTrackerError):
    """``problems``: a tuple of :class:`Problem`; nothing was written."""

    code = "validation"

    def __init__(self, problems: tuple[Problem, ...] | list[Problem], **params: object) -> None:
        super().__init__(problems=tuple(problems), **params)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(self.params["problems"])  # type: ignore[arg-type]


class StorageError(AidTrackerError):
    """``reason``: full | locked | readonly | io | missing | exists; ``path``, ``detail``."""

    code = "storage"


class DatabaseRefused(AidTrackerError):
    """A file that is not ours, empty, damaged or too new: refused untouched.

    ``reason``: empty | foreign | corrupt | newer_schema | not_a_database | sqlite_too_old;
    ``path``, ``detail``.
    """

    code = "database_refused"


class BackupFailed(AidTrackerError):
    """``path``, ``reason``: a backup could not be made or did not verify."""

    code = "backup_failed"


class NameUnknown(NotFound):
    """``entity``, ``key``, ``candidates``: no party has that name; the closest names are given."""

    code = "name_unknown"


class NameAmbiguous(NotFound):
    """``entity``, ``key``, ``candidates``: several parties have that name; pick one of them."""

    code = "name_ambiguous"


class RestoreRefused(AidTrackerError):
    """``path``, ``reason`` (exists | in_use | same_file), ``detail`` (who has it open): a
    restore that would overwrite a file or take it from under someone else; nothing changed."""

    code = "restore_refused"


class FileActionFailed(AidTrackerError):
    """``action`` (export | pdf | attachment | backup | restore), ``path``, ``reason``
    (full | readonly | locked | missing | io | exists), ``detail``: writing a file failed; the
    previous file at ``path`` (if any) is unchanged."""

    code = "file_failed"


class AttributionRequired(AidTrackerError):
    """``reason`` (actor): who acts is missing (``value``); nothing is written."""

    code = "attribution"


class ShipmentFileRefused(AidTrackerError):
    """``path``, ``reason``, ``detail``: a shipment file (export-shipment / import-shipment) that
    is damaged, altered, unsafe, of another format or version, or cannot apply here; refused
    whole, nothing written. Reasons: see ``aidtracker.catalogue.shipment_file``."""

    code = "shipment_file_refused"
