"""Pseudonymisation of personal records before they leave the hamlet (docs/bundle-format.md).

The sender keeps one random secret (32 bytes, never sent). For each recipient and bundle kind it
derives a pseudonym key::

    K = HKDF-SHA256(IKM=secret, salt=empty, info="sothon-pseudonym/1 " ‖ kind ‖ " " ‖ recipient code, L=32)

A record's pseudonymous id is the UUID made of the first 16 bytes of
HMAC-SHA256(K, type ‖ ":" ‖ id), with the version nibble set to 8 and the RFC 4122 variant bits. It is
stable (the recipient can update and delete the record, and count it over the years), cannot be turned
back into the real id without the secret, and differs between recipients, so two recipients cannot join
their data. Every reference to a pseudonymised record uses the same pseudonym. Identifying fields
(name, full date of birth, personal ID, phone, free text) are dropped; only what statistics need stays.

A record the sender chooses to send named (``named`` ids) keeps its real id and all its fields.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# What stays of each personal record type when pseudonymised, and which fields are references (to type).
KEEP: dict[str, frozenset[str]] = {
    "resident": frozenset({"household_id", "birth_year", "sex", "relation", "residence_type", "residence_from",
                           "residence_to", "status", "status_date"}),
    # Not the household's number: with a named list (documents sent on purpose) it would join pseudonyms to names.
    "household": frozenset({"head_id"}),
    "resident_event": frozenset({"resident_id", "household_id", "kind", "on_date"}),
}
REFERENCES: dict[str, dict[str, str]] = {
    "resident": {"household_id": "household"},
    "household": {"head_id": "resident"},
    "resident_event": {"resident_id": "resident", "household_id": "household"},
}
PERSONAL_TYPES = frozenset(KEEP)


def pseudonym_key(secret: bytes, *, recipient_code: str, kind: str) -> bytes:
    if len(secret) < 16:
        raise ValueError("the pseudonym secret must have at least 16 bytes")
    info = f"sothon-pseudonym/1 {kind} {recipient_code}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def pseudonym_id(key: bytes, record_type: str, record_id: str) -> str:
    digest = bytearray(hmac.new(key, f"{record_type}:{record_id.lower()}".encode(), hashlib.sha256).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x80  # version 8 (custom)
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    return str(uuid.UUID(bytes=bytes(digest)))


def pseudonymise(records: Iterable[Mapping[str, Any]], key: bytes, *,
                 named: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Upserts and tombstones with personal record types pseudonymised, except the ids in ``named``.
    Records of other types pass unchanged, except their references to a pseudonymised record."""
    named_ids = {i.lower() for i in named}

    def ref(record_type: str, value: Any) -> Any:
        if not isinstance(value, str) or value.lower() in named_ids:
            return value
        return pseudonym_id(key, record_type, value)

    out = []
    for rec in records:
        rec = dict(rec)
        rtype = rec.get("type")
        if rtype not in PERSONAL_TYPES or str(rec.get("id", "")).lower() in named_ids:
            if "fields" in rec and rtype in REFERENCES:
                fields = dict(rec["fields"])
                for field, target in REFERENCES[rtype].items():
                    if field in fields:
                        fields[field] = ref(target, fields[field])
                rec["fields"] = fields
            out.append(rec)
            continue
        rec["id"] = pseudonym_id(key, rtype, rec["id"])
        rec["pseudonymised"] = True
        if "fields" in rec:
            fields = {k: v for k, v in rec["fields"].items() if k in KEEP[rtype]}
            if rtype == "resident" and fields.get("birth_year") is None:
                birth = rec["fields"].get("birth_date")
                if isinstance(birth, str) and birth[:4].isdigit():
                    fields["birth_year"] = int(birth[:4])
            for field, target in REFERENCES[rtype].items():
                if field in fields:
                    fields[field] = ref(target, fields[field])
            rec["fields"] = fields
        out.append(rec)
    return out
