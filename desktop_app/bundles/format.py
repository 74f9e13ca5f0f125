"""Sổ Thôn bundle format v1: names, canonical JSON and limits shared by the writer and the reader.

The specification is docs/bundle-format.md; the JSON Schemas are resources/schemas/*.schema.json.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from typing import Any

import orjson

FORMAT = "sothon-bundle"
VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})
EXTENSION = ".sothon"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNER = "signer.pem"
ROOT_FILES = (MANIFEST, SIGNATURE, SIGNER)

RECORDS = "data/records.json"
REPORT = "data/report.json"
DATA_FILES = (RECORDS, REPORT)
ENC_SUFFIX = ".enc"

KIND_GOVERNMENT = "government"
KIND_PARTY = "party"
PARTY_RECIPIENT_KIND = "party_committee"
PARTY_TYPE_PREFIX = "party_"  # record types of party records: never in a government bundle
PARTY_FIGURE_PREFIX = "party."  # report figures of the party: never in a government bundle

ENCRYPTION_SCHEME = "ecdh-p256-hkdf-sha256-aes-256-gcm"

# Every PDF under documents/ is described by exactly one record of these types (its kind, title, date,
# signer and the SHA-256 of the PDF itself); party_document only in party bundles.
DOCUMENT_TYPE = "document"
PARTY_DOCUMENT_TYPE = "party_document"
DOCUMENT_TYPES = frozenset({DOCUMENT_TYPE, PARTY_DOCUMENT_TYPE})

# documents/<name>.pdf: lower-case ASCII, digits, "-", "_", single dots; at most 100 characters after
# "documents/"; not a Windows device name. The same rule on every platform, so that no two names can
# collide on a case-insensitive file system and none can escape a folder when extracted.
_DOC_RE = re.compile(r"documents/([a-z0-9](?:[a-z0-9_-]|\.(?!\.)){0,95})\.pdf")
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))]
)
UNIT_CODE_RE = re.compile(r"[0-9]{2,5}(?:-[a-z0-9]+)*")


def is_document_name(name: str) -> bool:
    """True for ``documents/<safe name>.pdf`` (plaintext name, without ``.enc``)."""
    m = _DOC_RE.fullmatch(name)
    return bool(m) and m.group(1).split(".")[0] not in _WINDOWS_DEVICES


def is_payload_name(name: str, *, encrypted: bool) -> bool:
    """A name allowed in the zip besides the three root files (``.enc`` exactly when encrypted)."""
    if encrypted:
        if not name.endswith(ENC_SUFFIX):
            return False
        name = name[: -len(ENC_SUFFIX)]
    return name in DATA_FILES or is_document_name(name)


def document_reference_error(records: dict[str, Any], pdfs: dict[str, tuple[str | None, int]], *,
                             kind: str) -> tuple[str, str] | None:
    """The first broken link between document records and PDFs, as (error code, detail), or None.

    ``pdfs``: every ``documents/…pdf`` plaintext name in the bundle → (SHA-256 of its PDF bytes when known,
    else None; its size in bytes when known, else -1). Each document upsert has the bundle's own document type
    (``party_document`` in a party bundle, ``document`` otherwise) and names one present PDF
    (``bundle_document_missing``) with that hash and size (``bundle_document_mismatch``); each PDF is named by
    exactly one upsert (``bundle_document_unreferenced``, or ``bundle_document_mismatch`` when named twice)."""
    wanted = PARTY_DOCUMENT_TYPE if kind == KIND_PARTY else DOCUMENT_TYPE
    named: set[str] = set()
    for rec in records.get("upserts", ()):
        if rec.get("type") not in DOCUMENT_TYPES:
            continue
        if rec["type"] != wanted:
            return "bundle_document_mismatch", f"{rec['id']}: a {rec['type']} record in a {kind} bundle"
        try:  # the schema checks the shape; these must also be real dates and times
            dt.date.fromisoformat(rec["fields"]["issued_on"])
            dt.datetime.fromisoformat(rec["fields"]["signed_at"])
        except ValueError:
            return "bundle_schema_invalid", f"{rec['id']}: issued_on or signed_at is not a real date"
        name = rec["fields"]["file"]
        if name not in pdfs:
            return "bundle_document_missing", f"{rec['id']}: {name}"
        if name in named:
            return "bundle_document_mismatch", f"{name} is described twice"
        named.add(name)
        digest, size = pdfs[name]
        if digest is not None and digest != rec["fields"]["sha256"]:
            return "bundle_document_mismatch", f"{name}: SHA-256 {digest}, record says {rec['fields']['sha256']}"
        if size >= 0 and size != rec["fields"]["size"]:
            return "bundle_document_mismatch", f"{name}: {size} bytes, record says {rec['fields']['size']}"
    for rec in records.get("tombstones", ()):
        if rec.get("type") in DOCUMENT_TYPES and rec["type"] != wanted:
            return "bundle_document_mismatch", f"{rec['id']}: a {rec['type']} tombstone in a {kind} bundle"
    for name in sorted(pdfs):
        if name not in named:
            return "bundle_document_unreferenced", name
    return None


def plain_name(stored: str) -> str:
    return stored[: -len(ENC_SUFFIX)] if stored.endswith(ENC_SUFFIX) else stored


def bundle_file_name(sender_code: str, recipient_code: str, sequence: int, kind: str = KIND_GOVERNMENT) -> str:
    """``17380-thon-dong-to-17380-000001.sothon``; a party bundle says so (``…-to-17380-party-000001.sothon``),
    since its chain numbers from 1 too and may share the recipient's code."""
    infix = f"-{KIND_PARTY}" if kind == KIND_PARTY else ""
    return f"{sender_code}-to-{recipient_code}{infix}-{sequence:06d}{EXTENSION}"


def canonical_json(value: Any) -> bytes:
    """The canonical encoding of the manifest: keys sorted by code point, no insignificant whitespace,
    UTF-8 (non-ASCII characters as themselves, not ``\\u`` escapes), no floats, no trailing newline."""
    _no_floats(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def payload_json(value: Any) -> bytes:
    """Payload files use the same encoding (floats allowed in report figures)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _no_floats(value: Any) -> None:
    if isinstance(value, float):
        raise ValueError("floats are not allowed in canonical JSON")
    if isinstance(value, dict):
        for v in value.values():
            _no_floats(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _no_floats(v)


class DuplicateKey(ValueError):
    pass


def _pairs_no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # one C call per object; a duplicate shows as fewer keys than pairs
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _v in pairs:
            if k in seen:
                raise DuplicateKey(k)
            seen.add(k)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    """A JSON number with a fraction or an exponent, refused when beyond a double (``1e400`` would be
    infinity, which JSON cannot say, and which the fields written at the commune would turn into null)."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:40]} is beyond the range of a number")
    return value


def strict_loads(data: bytes) -> Any:
    """Parse UTF-8 JSON refusing duplicate keys, NaN/Infinity (spelled so, or a number beyond a double) and a
    byte-order mark (ValueError, RecursionError for absurd nesting).

    Bundles are written canonically (``payload_json``), and bytes that are exactly the canonical encoding of
    what they parse to can hold no duplicate key (the parser would keep one of the two, and the encoding of
    the result would be shorter), no NaN, no infinity and no byte-order mark (the fast parser refuses them).
    So the fast parser reads them, the result is encoded again and compared; anything else — another
    writer's whitespace, a float spelled another way, a duplicate key — is parsed again by the strict parser
    below, which decides. Either way the verdict and the value are the same."""
    try:
        value = orjson.loads(data)
        if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) == data:
            return value
    except (orjson.JSONDecodeError, orjson.JSONEncodeError, TypeError):
        pass
    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    if text.startswith("\ufeff"):
        raise ValueError("byte-order mark")
    return json.loads(text, object_pairs_hook=_pairs_no_duplicates, parse_constant=_no_constant,
                      parse_float=_finite)


MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What a reader accepts before it reads further (every check is on the declared and on the
    actual sizes). The defaults hold a hamlet-year with its PDFs many times over."""

    max_file_size: int = 512 * MiB  # the .sothon file on disk
    max_entries: int = 2000  # zip entries, root files included
    max_entry_size: int = 128 * MiB  # one entry, uncompressed
    max_total_size: int = 512 * MiB  # all entries, uncompressed
    max_ratio: int = 100  # uncompressed / compressed size of one entry …
    ratio_floor: int = 1 * MiB  # … checked for entries larger than this (small JSON compresses well)
    max_manifest_size: int = 4 * MiB
    max_signature_size: int = 256
    max_signer_size: int = 16 * 1024
    max_data_size: int = 64 * MiB  # data/*.json, uncompressed (a commune-sized hamlet is under 20 MiB)
    # An upper bound on the JSON objects and arrays in one data file, counted on the bytes before parsing:
    # parsing builds a Python object for each (≈ 200 bytes), so a file of "{}{}{}…" must not reach it.
    max_json_containers: int = 2_000_000
    max_name_length: int = 128
