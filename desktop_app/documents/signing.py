"""PAdES signatures on our PDFs, with a visible stamp in Vietnamese, and their verification. Pure: bytes in,
bytes out; no database.

Signing (``sign_pdf``): pyHanko's ``PdfSigner``, PAdES baseline B (``/ETSI.CAdES.detached``), SHA-256,
as an incremental update, so the document's own bytes are left untouched. The stamp reads
"Ký bởi: <name> - <title>, <unit>" over "Thời gian: dd/mm/yyyy HH:MM (UTC+7)", taken from the
signer's certificate (CN, title, O) and the signing time in Vietnam's time zone; its font is the TTF
handed in (``fonts.ensure_fonts().regular``), embedded as a subset through pyHanko's
``GlyphAccumulatorFactory`` — pyHanko's default, Courier, is never used. The stamp goes at the bottom
of the last page, in the bottom margin left of the footer's QR code, unless a box is given — for our
documents, the signer's space for the signature, beside the block it belongs to (``stamp_box_in``).

Verification (``verify_pdf``): pyHanko's validation of every signature, plus the document's QR
payload ("SOTHON:1:<uuid>:<sha256 hex>") read from the PDF's metadata (the footer's QR code is a
drawing; the layout engine writes the same text into the document information dictionary's
/Keywords).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.domain import clock
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import SothonError

MM = 72 / 25.4
STAMP_WIDTH = 88 * MM
STAMP_HEIGHT = 13 * MM
STAMP_FONT_SIZE = 8
# Decree 30 margins: bottom 20–25 mm, left 30–35 mm. The layout engine (``layout._PageDecor``) puts the
# QR code at the bottom right (16 mm, right margin) with its caption to its left, about 80 mm from the
# page's right edge in all. The stamp sits in the bottom margin from the left margin, clear of both.
STAMP_LEFT = 30 * MM
STAMP_BOTTOM = 10 * MM  # inside the printable area, like the QR code (``layout.QR_EDGE``)
FOOTER_RESERVED = 82 * MM
STAMP_LEADING = STAMP_FONT_SIZE + 2
STAMP_PADDING = 5  # points, left and right (``SimpleBoxLayoutRule`` margins below)

QR_PREFIX = "SOTHON:1:"
QR_RE = re.compile(r"SOTHON:1:[0-9a-fA-F-]{36}:[0-9a-fA-F]{64}")
# Where the layout engine records the QR payload besides drawing it (document information dictionary).
QR_INFO_KEYS = ("/Keywords", "/Subject")

FIELD_PREFIX = "ChuKy"
# Room for the CMS container as hex: an ECDSA P-256 signature with its certificate and signed attributes
# is about 1.5 kB of DER; 8 kB of hex leaves room for a longer certificate.
_RESERVED_BYTES = 8192


# --- signing ------------------------------------------------------------------------------------------


def _first(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def signer_line(cert: x509.Certificate, name: str | None = None) -> str:
    """"Nguyễn Văn Trưởng - Trưởng thôn, Thôn Đông" from the certificate's CN (or ``name``), title and O (a
    hyphen, as in the documents' signature roles, not an em dash)."""
    name = name or _first(cert, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    title, unit = _first(cert, NameOID.TITLE), _first(cert, NameOID.ORGANIZATION_NAME)
    role = ", ".join(p for p in (title, unit) if p)
    return f"{name} - {role}" if role else name


def wrap_width(box_width: float) -> int:
    """How many characters of stamp text a line of a box ``box_width`` points wide holds (a little over half an em
    each in a serif face)."""
    return max(24, int((box_width - 2 * STAMP_PADDING) / (STAMP_FONT_SIZE * 0.56)))


def stamp_lines(cert: x509.Certificate, signed_at: dt.datetime, *,
                signer_name: str | None = None, width: int = 64) -> list[str]:
    """The stamp's text, wrapped at ``width`` characters so that a very long name stays readable instead of
    shrinking to dust."""
    local = signed_at.astimezone(VN_TZ)
    first = f"Ký bởi: {signer_line(cert, signer_name)}"
    lines = textwrap.wrap(first, width=width, subsequent_indent="   ") or ["Ký bởi:"]
    lines.append(f"Thời gian: {local:%d/%m/%Y %H:%M} (UTC+7)")
    return [unicodedata.normalize("NFC", line) for line in lines]


def stamp_box_in(space: tuple[float, float, float, float], cert: x509.Certificate, signed_at: dt.datetime, *,
                 signer_name: str | None = None) -> tuple[float, float, float, float]:
    """The stamp's box inside a signer's space for the signature (x1, y1, x2, y2 in points): as wide as the
    space allows (at most ``STAMP_WIDTH``), as tall as its lines, centred."""
    x1, y1, x2, y2 = space
    width = min(x2 - x1 - 4, STAMP_WIDTH)
    lines = stamp_lines(cert, signed_at, signer_name=signer_name, width=wrap_width(width))
    height = min(len(lines) * STAMP_LEADING + 20, y2 - y1)  # pyHanko's text box adds about a line and margins
    left, bottom = x1 + (x2 - x1 - width) / 2, y1 + (y2 - y1 - height) / 2
    return (round(left, 2), round(bottom, 2), round(left + width, 2), round(bottom + height, 2))


def default_stamp_box(page_width: float, page_height: float) -> tuple[float, float, float, float]:
    """(x1, y1, x2, y2) in points: the bottom margin, from the left margin, left of the footer's QR code."""
    x1 = STAMP_LEFT
    x2 = x1 + max(min(STAMP_WIDTH, page_width - STAMP_LEFT - FOOTER_RESERVED), 40 * MM)
    return (round(x1, 2), round(STAMP_BOTTOM, 2), round(x2, 2), round(STAMP_BOTTOM + STAMP_HEIGHT, 2))


# The characters a stamp font keeps: ASCII, Latin-1 and Latin Extended-A/B (names of every ethnic group
# written in Latin letters), combining marks, Vietnamese (Latin Extended Additional), punctuation, ₫.
_STAMP_RANGES = ((0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x2010, 0x2027),
                 (0x2030, 0x203A), (0x20AB, 0x20AB))
_STAMP_RECIPE = 1


def _stamp_chars() -> str:
    return "".join(chr(c) for lo, hi in _STAMP_RANGES for c in range(lo, hi + 1))


def _stamp_covers(text: str) -> bool:
    return all(any(lo <= ord(ch) <= hi for lo, hi in _STAMP_RANGES) for ch in text if ch != "\n")


def stamp_font(source: Path, cache_dir: Path) -> Path:
    """A reduced copy of ``source`` for stamps (the characters above, no layout tables), cached on disk.

    pyHanko subsets the stamp's font while keeping every glyph id, so a full Noto Serif costs ≈ 200 ms
    per signature; the reduced copy (≈ 30 kB) costs ≈ 20 ms. Made once (≈ 250 ms) per font file, keyed
    by the file's path, size and modification time; written under a temporary name and moved into place.
    """
    import os
    import tempfile

    from fontTools import subset
    from fontTools.ttLib import TTFont

    source = Path(source)
    st = source.stat()
    key = hashlib.sha256(
        f"{source.resolve()}|{st.st_size}|{st.st_mtime_ns}|{_STAMP_RECIPE}".encode()
    ).hexdigest()[:16]
    target = Path(cache_dir) / f"stamp-{source.stem}-{key}.ttf"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GPOS", "GDEF", "GSUB"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    with TTFont(source) as font:
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(text=_stamp_chars())
        subsetter.subset(font)
        fd, tmp = tempfile.mkstemp(prefix=".stamp-", suffix=".tmp", dir=target.parent)
        os.close(fd)
        try:
            font.save(tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return target


def _asn1_cert(cert: x509.Certificate):  # noqa: ANN202 — asn1crypto.x509.Certificate
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _load_cert(cert: x509.Certificate | bytes | str) -> x509.Certificate:
    if isinstance(cert, x509.Certificate):
        return cert
    data = cert.encode("ascii") if isinstance(cert, str) else cert
    if data.lstrip().startswith(b"-----"):
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def _page_size(writer: Any, page_index: int) -> tuple[float, float]:
    page_ref, _ = writer.find_page_for_modification(page_index)
    node = page_ref.get_object()
    while node is not None:
        box = node.get("/CropBox") or node.get("/MediaBox")
        if box is not None:
            x1, y1, x2, y2 = (float(v) for v in box)
            return abs(x2 - x1), abs(y2 - y1)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return 595.28, 841.89  # A4


def _page_count(writer: Any) -> int:
    return int(writer.root["/Pages"]["/Count"])


def _existing_field_names(reader: Any) -> set[str]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return {name for name, _value, _ref in enumerate_sig_fields(reader, filled_status=None)}


def _pdf_signer_class():  # noqa: ANN202
    from pyhanko.sign import signers

    class _TimedPdfSigner(signers.PdfSigner):
        """A ``PdfSigner`` whose signing time is the one shown on the stamp, to the second."""

        signing_time: dt.datetime | None = None

        def init_signing_session(self, pdf_out, existing_fields_only=False):  # noqa: ANN001, ANN202
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            if self.signing_time is not None:
                session.system_time = self.signing_time
            return session

    return _TimedPdfSigner


def sign_pdf(
    pdf: bytes,
    *,
    key: ec.EllipticCurvePrivateKey,
    certificate: x509.Certificate | bytes | str,
    font: Path | str,
    font_cache: Path | None = None,
    chain: tuple[x509.Certificate, ...] = (),
    signed_at: dt.datetime | None = None,
    page: int = -1,
    box: tuple[float, float, float, float] | None = None,
    reason: str | None = None,
    signer_name: str | None = None,
) -> bytes:
    """The PDF with one more signature (an incremental update), stamped on ``page`` (default: the last).

    ``box`` is (x1, y1, x2, y2) in points from the page's lower-left corner; by default the bottom
    margin (``default_stamp_box``). ``font`` is the stamp's TrueType file; with ``font_cache``, a reduced
    copy made there is used instead whenever it has every character of the stamp (``stamp_font``).
    ``signer_name`` shows on the stamp instead of the certificate's CN (which X.509 limits to 64 bytes).
    Raises ``pdf_unreadable`` for input pyHanko cannot read and
    ``pdf_sign_failed`` when it refuses to sign (a certified document that forbids changes, say).
    """
    from asn1crypto import keys as asn1_keys
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = _load_cert(certificate)
    signed_at = (signed_at or clock.now()).astimezone(VN_TZ).replace(microsecond=0)
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
        pages = _page_count(writer)
        if pages < 1:
            raise PdfError("no pages")
        taken = _existing_field_names(writer.prev)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise SothonError("pdf_unreadable", detail=str(exc)) from exc
    page_index = page if page >= 0 else pages + page
    if not 0 <= page_index < pages:
        raise ValueError(f"page {page} of a {pages}-page document")  # a caller's mistake, not the user's
    if box is None:
        try:
            box = default_stamp_box(*_page_size(writer, page_index))
        except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise SothonError("pdf_unreadable", detail=str(exc)) from exc
    n = len(taken) + 1
    while f"{FIELD_PREFIX}{n}" in taken:
        n += 1
    field_name = f"{FIELD_PREFIX}{n}"

    lines = stamp_lines(cert, signed_at, signer_name=signer_name, width=wrap_width(box[2] - box[0]))
    if font_cache is not None and _stamp_covers("".join(lines)):
        try:
            font = stamp_font(Path(font), font_cache)
        except OSError:  # an unwritable cache only costs time
            pass
    style = TextStampStyle(
        stamp_text="\n".join(f"%(line{i})s" for i in range(len(lines))),
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(font), font_size=STAMP_FONT_SIZE),
            font_size=STAMP_FONT_SIZE,
            leading=STAMP_LEADING,
            text_color=(0.05, 0.15, 0.45),
        ),
        border_width=1,
        border_color=(0.05, 0.15, 0.45),
        background=None,
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=STAMP_PADDING, right=STAMP_PADDING, top=3, bottom=3),
            # Never shrunk: the stamp is read on paper, so its text stays at STAMP_FONT_SIZE (8 pt); the box
            # is made to fit its lines (``stamp_box_in``, ``wrap_width``).
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        ),
    )
    signer = signers.SimpleSigner(
        signing_cert=_asn1_cert(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
        ),
        cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(c) for c in (cert, *chain)]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=_first(cert, NameOID.COMMON_NAME),
        location=_first(cert, NameOID.ORGANIZATION_NAME),
        reason=reason,
    )
    pdf_signer = _pdf_signer_class()(
        meta, signer, stamp_style=style,
        new_field_spec=fields.SigFieldSpec(sig_field_name=field_name, on_page=page_index, box=box),
    )
    pdf_signer.signing_time = signed_at
    try:
        out = pdf_signer.sign_pdf(
            writer,
            # A fixed reservation (hex, so twice the DER size) spares pyHanko a dummy signature to measure.
            bytes_reserved=_RESERVED_BYTES + 4096 * len(chain),
            appearance_text_params={f"line{i}": t for i, t in enumerate(lines)},
        )
    except SigningError as exc:
        raise SothonError("pdf_sign_failed", detail=str(exc)) from exc
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SothonError("pdf_unreadable", detail=str(exc)) from exc
    return out.getvalue()


# --- verifying ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureReport:
    """One signature in a PDF."""

    field: str
    signer: str | None  # the certificate's CN
    signer_title: str | None
    signer_unit: str | None  # O
    signer_unit_code: str | None  # OU
    signer_fingerprint: str | None  # SHA-256 of the DER certificate, hex
    signed_at: dt.datetime | None
    intact: bool  # the signed bytes hash to the signed digest and the signature verifies
    covers_whole_document: bool  # nothing was appended after it
    modification: str | None  # none | lta_updates | form_filling | annotations | other (pyHanko's levels)
    trusted: bool | None  # None when no trusted certificates were given
    valid: bool
    error: str | None


@dataclass(frozen=True)
class VerifyResult:
    """``valid``: every signature is intact, the document was not changed after it (beyond adding further
    signatures), and — when trusted certificates were given — its signer is among them."""

    valid: bool
    signer: str | None = None
    signed_at: dt.datetime | None = None
    intact: bool = False
    covers_whole_document: bool = False
    qr_matches: bool | None = None
    error: str | None = None
    trusted: bool | None = None
    signer_fingerprint: str | None = None
    qr_payload: str | None = None
    signatures: list[SignatureReport] = field(default_factory=list)


def _qr_in_info(info: Any) -> str | None:
    if info is None:
        return None
    try:
        info = info.get_object()
        for k in QR_INFO_KEYS:
            value = info.get(k)
            if value is None:
                continue
            m = QR_RE.search(str(value))
            if m:
                return m.group(0).upper()
    except Exception:  # noqa: BLE001 — a damaged info dictionary just has no payload
        return None
    return None


def qr_payload_of(pdf: bytes) -> str | None:
    """The document's QR payload as recorded in its metadata (latest revision), or None."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        return _qr_in_info(reader.trailer_view.get("/Info"))
    except Exception:  # noqa: BLE001
        return None


class _QuietUntrustedChain(logging.Filter):
    """pyHanko logs a WARNING with a traceback for every certificate it cannot chain to a trusted root,
    which is every self-signed hamlet certificate: expected, and reported in ``trusted``. Keep it in the
    log at DEBUG level, without the traceback, so it never reaches a terminal."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and str(record.msg).startswith("Validation error"):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            record.exc_info = record.exc_text = None
        return True


_quiet = _QuietUntrustedChain()


class _QuietDiffAnalysis(logging.Filter):
    """pyHanko logs each modification it cannot explain with a full traceback; the verdict already says
    ``signature_altered``, so the detail goes to DEBUG without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            record.exc_info = record.exc_text = None
        return True


_quiet_diff = _QuietDiffAnalysis()


def _quiet_pyhanko() -> None:
    log = logging.getLogger("pyhanko.sign.validation.generic_cms")
    if _quiet not in log.filters:
        log.addFilter(_quiet)
    for name in ("pyhanko.sign.diff_analysis", "pyhanko.sign.diff_analysis.policies"):
        diff_log = logging.getLogger(name)
        if _quiet_diff not in diff_log.filters:
            diff_log.addFilter(_quiet_diff)


def _modification_name(status: Any) -> str | None:
    level = getattr(status, "modification_level", None)
    return level.name.lower() if level is not None else None


def _report(emb: Any, status: Any, *, trust_given: bool, is_last: bool) -> SignatureReport:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cert = x509.load_der_x509_certificate(emb.signer_cert.dump())
    intact = bool(status.intact and status.valid)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # What may follow a signature: nothing, or archival (LTA) updates. Form filling — which is how a second
    # signature is added — is accepted only before a later signature; after the last one it could be a new,
    # unsigned field whose appearance paints over the page, which pyHanko rates as mere form filling.
    allowed = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES) + (
        () if is_last else (ModificationLevel.FORM_FILLING,))
    unchanged = whole or (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level in allowed
        and status.docmdp_ok is not False
    )
    trusted = bool(status.trusted) if trust_given else None
    if not intact:
        error = "signature_invalid"
    elif not unchanged:
        error = "signature_altered"
    elif trusted is False:
        error = "signer_untrusted"
    else:
        error = None
    signed_at = emb.self_reported_timestamp
    return SignatureReport(
        field=emb.field_name,
        signer=_first(cert, NameOID.COMMON_NAME),
        signer_title=_first(cert, NameOID.TITLE),
        signer_unit=_first(cert, NameOID.ORGANIZATION_NAME),
        signer_unit_code=_first(cert, NameOID.ORGANIZATIONAL_UNIT_NAME),
        signer_fingerprint=hashlib.sha256(emb.signer_cert.dump()).hexdigest(),
        signed_at=signed_at.astimezone(VN_TZ) if signed_at else None,
        intact=intact,
        covers_whole_document=whole,
        modification=_modification_name(status),
        trusted=trusted,
        valid=error is None,
        error=error,
    )


def _failed_report(emb: Any, error: str) -> SignatureReport:
    try:
        der = emb.signer_cert.dump()
        signer = _first(x509.load_der_x509_certificate(der), NameOID.COMMON_NAME)
        fingerprint = hashlib.sha256(der).hexdigest()
    except Exception:  # noqa: BLE001 — no readable certificate: report the signature without a name
        signer = fingerprint = None
    return SignatureReport(field=str(getattr(emb, "field_name", "")), signer=signer, signer_title=None,
                           signer_unit=None, signer_unit_code=None, signer_fingerprint=fingerprint,
                           signed_at=None, intact=False, covers_whole_document=False, modification=None,
                           trusted=None, valid=False, error=error)


def verify_pdf(
    pdf: bytes,
    trusted_certs: Iterable[x509.Certificate | bytes | str] | None = None,
    *,
    expected_qr: str | None = None,
) -> VerifyResult:
    """Validate every signature in ``pdf`` with pyHanko; never raises for a bad file (see ``error``).

    Top-level ``signer``/``signed_at`` are the first signature's (the document's author); ``valid``
    holds for all of them. ``qr_matches``: None when the document records no QR payload; True when
    the payload recorded in the first signature's signed revision is still the document's (and equals
    ``expected_qr`` when given); False otherwise. Errors: ``pdf_unreadable``, ``signature_missing``,
    ``signature_invalid`` (the signed bytes or the signature do not verify), ``signature_altered``
    (changed after signing), ``signer_untrusted`` (only with ``trusted_certs``).
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_regular_signatures)
        current_qr = _qr_in_info(reader.trailer_view.get("/Info"))
    except Exception:  # noqa: BLE001 — anything pyHanko cannot parse is simply unreadable
        return VerifyResult(valid=False, error="pdf_unreadable")
    if not embedded:
        return VerifyResult(valid=False, error="signature_missing", qr_payload=current_qr,
                            qr_matches=None if current_qr is None else False)

    _quiet_pyhanko()
    trust = [_asn1_cert(_load_cert(c)) for c in (trusted_certs or [])]
    trust_given = trusted_certs is not None
    reports = []
    for emb in embedded:
        # Empty trust roots (not None: that would load the system's store); nothing is fetched online.
        context = ValidationContext(trust_roots=trust, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(emb, signer_validation_context=context)
        except Exception:  # noqa: BLE001 — a malformed signature container is an invalid signature
            reports.append(_failed_report(emb, "signature_invalid"))
            continue
        reports.append(_report(emb, status, trust_given=trust_given, is_last=emb is embedded[-1]))

    first = reports[0]
    signed_qr = None
    try:
        # The information dictionary as it was when the first signature was made (pyHanko counts a later
        # metadata update as harmless, so the payload must be compared revision against revision).
        from pyhanko.pdf_utils import generic

        hist = reader.get_historical_resolver(embedded[0].signed_revision)
        raw = hist.trailer_view.raw_get("/Info")
        info = hist.get_object(raw.reference) if isinstance(raw, generic.IndirectObject) else raw
        signed_qr = _qr_in_info(info)
    except Exception:  # noqa: BLE001
        signed_qr = None
    if signed_qr is None and current_qr is None:
        qr_matches = None
    else:
        qr_matches = (signed_qr is not None and signed_qr == current_qr and first.intact
                      and (expected_qr is None or expected_qr.strip().upper() == signed_qr))
    error = next((r.error for r in reports if r.error), None)
    return VerifyResult(
        valid=error is None,
        signer=first.signer,
        signed_at=first.signed_at,
        intact=all(r.intact for r in reports),
        covers_whole_document=reports[-1].covers_whole_document,
        qr_matches=qr_matches,
        error=error,
        trusted=None if not trust_given else all(bool(r.trusted) for r in reports),
        signer_fingerprint=first.signer_fingerprint,
        qr_payload=signed_qr or current_qr,
        signatures=reports,
    )
