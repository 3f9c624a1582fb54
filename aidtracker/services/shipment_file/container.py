"""The shipment file's container: a zip of ``manifest.json``, ``shipment.json`` and the
documents' PDFs, sealed.

The manifest lists every other member with its SHA-256 and size. The zip comment is the seal,
``AIDTRACKER-SEAL sha256:<hex>``: the SHA-256 of the whole file with those 64 hex digits read as
zeros, so one byte changed anywhere (a member, a header, the manifest, the seal) is detected.
Reading checks, in this order and before anything is parsed: the size, the seal, the members'
names (no folders, no ``..``, only the names this format uses), their count, declared sizes and
compression ratio, then reads each member bounded and compares it with the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aidtracker.errors import ShipmentFileRefused

FORMAT = "aidtracker-shipment"
VERSION = 1
MANIFEST = "manifest.json"
DATA = "shipment.json"
SEAL_PREFIX = b"AIDTRACKER-SEAL sha256:"
_ZERO = b"0" * 64

MAX_FILE = 256 * 1024 * 1024  # bytes on disk
MAX_MEMBERS = 2000
MAX_MEMBER = 64 * 1024 * 1024  # uncompressed, one member
MAX_TOTAL = 512 * 1024 * 1024  # uncompressed, all members
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_NAME = re.compile(r"(manifest\.json|shipment\.json|documents/[0-9a-f]{64}\.pdf)")
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class Opened:
    """A verified shipment file: its manifest, its data and its PDFs by SHA-256."""

    seal: str
    manifest: dict[str, Any]
    data: dict[str, Any]
    documents: dict[str, bytes]


def document_member(sha256: str) -> str:
    return f"documents/{sha256}.pdf"


def pack(manifest_head: dict[str, object], data: dict[str, object],
         documents: dict[str, bytes]) -> bytes:
    """The sealed zip: ``manifest_head`` completed with the members' hashes and sizes."""
    members: list[tuple[str, bytes]] = [(DATA, _json_bytes(data))]
    members += [(document_member(sha), documents[sha]) for sha in sorted(documents)]
    listed = [{"path": name, "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
              for name, body in members]
    manifest = {**manifest_head, "members": listed}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, body in [(MANIFEST, _json_bytes(manifest)), *members]:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".pdf") else \
                zipfile.ZIP_DEFLATED
            zf.writestr(info, body)
        zf.comment = SEAL_PREFIX + _ZERO
    raw = buffer.getvalue()
    digest = hashlib.sha256(raw).hexdigest().encode("ascii")
    return raw[:-64] + digest


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _refuse(path: Path, reason: str, detail: str = "") -> ShipmentFileRefused:
    return ShipmentFileRefused(path=str(path), reason=reason, detail=detail)


def read_sealed(path: Path) -> tuple[bytes, str]:
    """The file's bytes and seal, once its size and seal are right."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise _refuse(path, "too_big", f"{size} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise _refuse(path, "unreadable", exc.strerror or str(exc)) from exc
    if len(raw) > MAX_FILE:
        raise _refuse(path, "too_big", f"{len(raw)} bytes")
    if raw[-64 - len(SEAL_PREFIX):-64] != SEAL_PREFIX:
        raise _refuse(path, "not_shipment_file")
    seal = raw[-64:]
    if hashlib.sha256(raw[:-64] + _ZERO).hexdigest().encode("ascii") != seal:
        raise _refuse(path, "seal_mismatch")
    return raw, seal.decode("ascii")


def open_file(path: str | Path) -> Opened:
    """Read and verify a shipment file; refuses it whole (:class:`ShipmentFileRefused`)."""
    path = Path(path)
    raw, seal = read_sealed(path)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            bodies = _members(path, zf)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            OSError, RuntimeError) as exc:
        raise _refuse(path, "damaged", type(exc).__name__) from exc
    manifest = _json(path, MANIFEST, bodies)
    _check_format(path, manifest)
    _check_members(path, manifest, bodies)
    data = _json(path, DATA, bodies)
    documents = {name[len("documents/"):-4]: body for name, body in bodies.items()
                 if name.startswith("documents/")}
    return Opened(seal, manifest, data, documents)


def _members(path: Path, zf: zipfile.ZipFile) -> dict[str, bytes]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, "zip_bomb", f"{len(infos)} members")
    names = [i.filename for i in infos]
    for name in names:
        if not _NAME.fullmatch(name):
            raise _refuse(path, "unsafe_member", name[:80])
    if len(set(names)) != len(names):
        raise _refuse(path, "unsafe_member", "duplicate")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER or total > MAX_TOTAL or (
                info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise _refuse(path, "zip_bomb", info.filename)
    bodies: dict[str, bytes] = {}
    for info in infos:
        with zf.open(info) as fh:
            body = fh.read(info.file_size + 1)  # never more than declared (plus one to see)
        if len(body) != info.file_size:
            raise _refuse(path, "damaged", info.filename)
        bodies[info.filename] = body
    return bodies


def _json(path: Path, name: str, bodies: dict[str, bytes]) -> dict[str, Any]:
    if name not in bodies:
        raise _refuse(path, "not_shipment_file", name)
    try:
        value = json.loads(bodies[name].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _refuse(path, "damaged", name) from exc
    if not isinstance(value, dict):
        raise _refuse(path, "damaged", name)
    return value


def _check_format(path: Path, manifest: dict[str, object]) -> None:
    if manifest.get("format") != FORMAT:
        raise _refuse(path, "format", str(manifest.get("format"))[:40])
    if manifest.get("version") != VERSION:
        raise _refuse(path, "version", f"{str(manifest.get('version'))[:12]} (this program "
                      f"reads {VERSION})")


def _check_members(path: Path, manifest: dict[str, object], bodies: dict[str, bytes]) -> None:
    listed = manifest.get("members")
    if not isinstance(listed, list):
        raise _refuse(path, "damaged", MANIFEST)
    seen: set[str] = set()
    for entry in listed:
        if not isinstance(entry, dict) or str(entry.get("path")) not in bodies:
            raise _refuse(path, "hash_mismatch", str(entry)[:80])
        name = str(entry["path"])
        body = bodies[name]
        if entry.get("size") != len(body) or entry.get("sha256") != hashlib.sha256(
                body).hexdigest():
            raise _refuse(path, "hash_mismatch", name)
        seen.add(name)
    extra = set(bodies) - seen - {MANIFEST}
    if extra:
        raise _refuse(path, "hash_mismatch", sorted(extra)[0])
    for name, body in bodies.items():
        if name.startswith("documents/") and hashlib.sha256(body).hexdigest() != name[10:-4]:
            raise _refuse(path, "hash_mismatch", name)
