"""Attachments: scans, photos and signed acts copied into the managed folder beside the database.

A file is stored under its SHA-256 (plus a lower-case extension from an allow-list, so the
operating system knows how to open it), written to a temporary file, flushed to disk and linked
into place — an existing file is never overwritten. The name the user gave is metadata only
(RELIABILITY.md R10, T13). The record is written in one transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import re
import unicodedata
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import Attachment, Problem
from aidtracker.errors import FileActionFailed, NotFound, StorageError, ValidationFailed
from aidtracker.paths import attachments_dir, fsync_dir
from aidtracker.store import audit, unit_of_work
from aidtracker.store import shipments as repo
from aidtracker.store.connection import classify_os_error

KINDS = ("donation_letter", "signed_act", "photo", "cmr", "export_declaration", "ahars",
         "registration", "licence", "certificate", "invoice", "power_of_attorney", "other")
EXTENSIONS = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".webp",
                        ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".txt", ".eml",
                        ".msg", ".zip"})
MAX_BYTES = 200 * 2**20
MAX_NAME = 200
_SHA = re.compile(r"[0-9a-f]{64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WINDOWS_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\..*)?", re.IGNORECASE)
_WINDOWS_BAD = re.compile(r'[<>:"/\\|?*]')
_CHUNK = 1 << 20


def display_name(name: str) -> str:
    """The user's file name as harmless metadata: last path part, NFC, no control characters,
    at most 200 characters ('../../x' → 'x', 'C:\\Windows\\a.pdf' → 'a.pdf')."""
    last = re.split(r"[/\\]", name)[-1]
    clean = _CONTROL.sub("", unicodedata.normalize("NFC", last)).strip()
    if len(clean) > MAX_NAME:
        stem, ext = os.path.splitext(clean)
        clean = stem[: MAX_NAME - len(ext)] + ext
    return clean or "attachment"


def is_portable_name(name: str) -> bool:
    """True when ``name`` is a file name every system accepts (no Windows device names,
    reserved characters, trailing dot or space, path parts or control characters)."""
    return bool(
        name and name not in (".", "..") and len(name) <= 255
        and not _WINDOWS_BAD.search(name) and not _CONTROL.search(name)
        and not _WINDOWS_RESERVED.fullmatch(name) and not name.endswith((".", " "))
    )


def _extension(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    return ext if ext in EXTENSIONS else ""


def stored_name(attachment: Attachment) -> str:
    """'<sha256><.ext>' — the only name a stored file ever has."""
    if not _SHA.fullmatch(attachment.sha256):
        raise ValidationFailed([_problem("sha256", "format", attachment.sha256, "64 hex digits")])
    return attachment.sha256 + _extension(attachment.original_name)


def stored_path(db_path: Path, attachment: Attachment) -> Path:
    """The stored file of ``attachment``, to open it; inside the managed folder or refused.

    Raises:
        NotFound: the file is missing. StorageError: it is not a plain file inside the folder.
    """
    root = attachments_dir(Path(db_path))
    path = root / stored_name(attachment)
    if path.is_symlink() or not path.resolve().is_relative_to(root.resolve()):
        raise StorageError(path=str(path), reason="io", detail="not a file of the managed folder")
    if not path.is_file():
        raise NotFound(entity="attachment", key=attachment.original_name)
    return path


def add_attachment(
    db: Database, db_path: Path, reference: str, source: Path, *, kind: str, actor: str,
    name: str | None = None, note: str = "", publish: bool = False,
) -> Attachment:
    """Copy ``source`` into the managed folder and record it on shipment ``reference``.

    Raises:
        ValidationFailed: unknown kind, not a file, or larger than 200 MiB.
        ``publish`` marks a photo for publication at once (see :func:`set_published`).
        NotFound: no such shipment. FileActionFailed: the copy cannot be written (disk full,
        no permission). StorageError: the folder is a link or holds a foreign file.
    """
    source = Path(source)
    if publish:
        _check_publishable(kind, name or source.name)
    if kind not in KINDS:
        raise ValidationFailed([_problem("kind", "unknown_choice", kind, ", ".join(KINDS))])
    if not source.is_file():
        raise ValidationFailed([_problem("file", "required", str(source), "a file")])
    if source.stat().st_size > MAX_BYTES:
        raise ValidationFailed([_problem("file", "too_long", source.name, str(MAX_BYTES))])
    original = display_name(name or source.name)
    repo.get_shipment(db, reference)  # NotFound before any copying
    digest, size, created = _store_copy(source, attachments_dir(Path(db_path)), original)
    record = Attachment(id=None, kind=kind, sha256=digest, original_name=original, size=size,
                        added_at=audit.now(), added_by=actor, note=note.strip(),
                        published=publish)
    try:
        with unit_of_work(db):
            shipment = repo.get_shipment(db, reference)
            new_id = repo.insert_attachment(db, int(shipment.id or 0), record)
    except BaseException:
        if created is not None:
            with contextlib.suppress(OSError):
                created.unlink()
        raise
    return Attachment(new_id, kind, digest, original, size, record.added_at, actor, record.note,
                      publish)


def _store_copy(source: Path, root: Path, original: str) -> tuple[str, int, Path | None]:
    """Copy to a temp file while hashing, fsync, link to the final name; never overwrite.

    Returns the digest, the size and the final path when this call created it (None when an
    identical file was already stored).
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
        if root.is_symlink():
            raise StorageError(path=str(root), reason="io", detail="the folder is a link")
        temp = root / f".incoming-{os.getpid()}-{os.urandom(6).hex()}"
        digest, size = _copy_hashing(source, temp)
        try:
            final = root / (digest + _extension(original))
            try:
                os.link(temp, final)
            except FileExistsError:
                if final.is_symlink() or not final.is_file():
                    raise StorageError(path=str(final), reason="exists", detail="") from None
                return digest, size, None
            fsync_dir(root)
            return digest, size, final
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    except OSError as exc:  # name the attachment and the cause, not the database
        raise FileActionFailed(action="attachment", path=str(source),
                               reason=classify_os_error(exc), detail=exc.strerror or "") from exc


def _copy_hashing(source: Path, temp: Path) -> tuple[str, int]:
    sha = hashlib.sha256()
    size = 0
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(_CHUNK):
            sha.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return sha.hexdigest(), size


def list_attachments(db: Database, reference: str) -> tuple[Attachment, ...]:
    shipment = repo.get_shipment(db, reference)
    return repo.get_attachments(db, int(shipment.id or 0))


def _problem(field: str, rule: str, value: object, expected: str) -> Problem:
    return Problem(field=field, rule=rule,
                   params={"value": value, "expected": expected, "allowed": expected,
                           "max": expected})


def attachment_by_id(db: Database, reference: str, attachment_id: int) -> Attachment:
    for a in list_attachments(db, reference):
        if a.id == attachment_id:
            return a
    raise NotFound(entity="attachment", key=attachment_id)


#: Images the donor's report can embed (ReportLab reads these through Pillow).
PUBLISHABLE = frozenset({".jpg", ".jpeg", ".png"})


def _check_publishable(kind: str, name: str) -> None:
    if kind != "photo" or _extension(name) not in PUBLISHABLE:
        raise ValidationFailed([_problem("publish", "unknown_choice", name,
                                         "a photo (.jpg, .jpeg, .png)")])


def set_published(db: Database, reference: str, attachment_id: int, *, publish: bool,
                  actor: str) -> Attachment:
    """Mark a photo of shipment ``reference`` for publication in the donor's report (or take
    the mark away); recorded in the audit trail.

    Raises:
        NotFound: no such shipment or attachment. ValidationFailed: not a JPEG/PNG photo.
    """
    with unit_of_work(db):
        found = attachment_by_id(db, reference, attachment_id)
        if publish:
            _check_publishable(found.kind, found.original_name)
        db.conn.execute("UPDATE attachment SET published = ? WHERE id = ?",
                        (int(publish), attachment_id))
        audit.record(db, actor=actor, entity="attachment", entity_id=found.sha256,
                     action="publish" if publish else "unpublish",
                     before={"published": found.published}, after={"published": publish})
    return dataclasses.replace(found, published=publish)
