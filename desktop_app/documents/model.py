"""What a document says, as plain frozen data: the declarative definition ``layout`` renders.

A document kind (``documents.kinds``) is a function from plain data to a ``Document``; the layout
engine turns any ``Document`` into PDF bytes. The same definition, as canonical JSON, is what the
footer QR code's SHA-256 covers: ``content_hash(doc)`` changes exactly when what the page says changes.
Text is plain (no markup): the engine escapes it and applies the style each block names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal, Union

QR_SCHEME = "SOTHON"
QR_VERSION = 1

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class StateHeader:
    """Decree 30 header. Left: parent body over issuing body, with a short rule, then the number.
    Right: national title over the motto, with a rule, then the place-and-date line."""

    parent_body: str  # "UBND XÃ YÊN XUÂN"
    issuing_body: str  # "THÔN ĐÔNG"
    number: str | None  # "Số: 05/BB-TĐ" (formatted by ``texts.document_number``) or None for none
    date_line: str | None  # "Yên Xuân, ngày 05 tháng 01 năm 2026"


@dataclass(frozen=True)
class PartyHeader:
    """Guide 36 header. Left: parent party organisation over the cell, "*", the number.
    Right: "ĐẢNG CỘNG SẢN VIỆT NAM" underlined, then the date line."""

    parent_committee: str  # "ĐẢNG BỘ XÃ YÊN XUÂN"
    cell: str  # "CHI BỘ THÔN ĐÔNG"
    number: str | None  # "Số 07-BB/CB"
    date_line: str | None


Header = Union[StateHeader, PartyHeader]


@dataclass(frozen=True)
class Heading:
    """A section heading in the body: bold, flush left ("I. THỜI GIAN, ĐỊA ĐIỂM")."""

    text: str


@dataclass(frozen=True)
class Para:
    """A body paragraph: justified with a first-line indent unless told otherwise.

    ``lead`` is set in bold before the text ("Chủ trì: " + name); ``italic`` for notes.
    """

    text: str
    lead: str | None = None
    indent: bool = True
    align: Align = "justify"
    italic: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative share of the table's width
    align: Align = "left"


@dataclass(frozen=True)
class Table:
    """Rows of plain strings; the header row repeats on every page and long cells wrap.

    ``group_rows`` holds the indexes of rows that are group captions (spanning every column, bold).
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    group_rows: tuple[int, ...] = ()
    empty_text: str = "(Không có)"
    row_height_mm: float | None = None  # a minimum, e.g. room to sign in a sign-in sheet


SIGNER = "signer"  # ``Signer.anchor`` of the block the signing profile's electronic signature goes in
COSIGNER = "cosigner"  # … and of the second signer's block on a form with two (minutes: the secretary)


@dataclass(frozen=True)
class Signer:
    title: str  # "CHỦ TRÌ", "BÍ THƯ", "TRƯỞNG THÔN" — set in caps bold
    name: str | None  # set in bold under the space left for the signature; None leaves a blank
    on_behalf: str | None = None  # "T/M CHI BỘ", above the title
    # The electronic signature that goes in this block's space: "signer" for the profile that signs and
    # keeps the document (its stamp is placed there); None for a signature by hand.
    anchor: str | None = None
    hint: str | None = None  # under the title instead of the layout's "(Ký, ghi rõ họ tên)"


@dataclass(frozen=True)
class Signatures:
    """One to four signature blocks side by side; ``recipients`` ("Nơi nhận") sits at the left.

    With several signers the first is at the left (for minutes: the secretary) and the last at the
    right (the chair). With one signer and recipients, the signer takes the right half.
    """

    signers: tuple[Signer, ...]
    recipients: tuple[str, ...] = ()
    date_line: str | None = None  # a second date line above the signers (lists signed after the header)


@dataclass(frozen=True)
class Spacer:
    height_mm: float


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Title:
    """A title in the middle of a document (an annex): caps bold, centred, with an optional subject."""

    text: str
    subject: str | None = None


Block = Union[Heading, Para, Table, Signatures, Spacer, PageBreak, Title]


@dataclass(frozen=True)
class Document:
    kind: str
    header: Header
    title: str
    subject: str | None = None
    blocks: tuple[Block, ...] = ()
    landscape: bool = False
    author: str | None = None  # PDF metadata only


# --- canonical JSON and the QR payload ---------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """JSON-ready form: dataclasses become objects tagged with their type; dates become ISO strings;
    strings are NFC. The tag keeps, e.g., a Heading and a Para with the same text apart."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_plain(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if hasattr(value, "value") and isinstance(getattr(value, "value"), str):  # str enums
        return value.value
    return value


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys, no insignificant whitespace, non-ASCII kept as is."""
    return json.dumps(to_plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def content_hash(doc: Document) -> str:
    """SHA-256 (hex) of the document definition's canonical JSON: what the page says."""
    return hashlib.sha256(canonical_json(doc)).hexdigest()


def qr_payload(doc_id: str, digest: str) -> str:
    """"SOTHON:1:<DOCUMENT UUID>:<SHA256 HEX>" (110 characters).

    Upper case on purpose: every character is then in the QR code's alphanumeric set, which packs
    5.5 bits a character instead of 8, so the code stays small (version 5, 37 × 37 modules, at level M).
    UUIDs and hex digests are case-insensitive; ``parse_qr_payload`` gives them back in lower case.
    """
    return f"{QR_SCHEME}:{QR_VERSION}:{doc_id.upper()}:{digest.upper()}"


def parse_qr_payload(text: str) -> tuple[str, str] | None:
    """(document uuid, sha256 hex) from a QR payload, or None when it is not one of ours."""
    parts = text.strip().upper().split(":")
    if len(parts) != 4 or parts[0] != QR_SCHEME or parts[1] != str(QR_VERSION):
        return None
    doc_id, digest = parts[2].lower(), parts[3].lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        return None
    return doc_id, digest
