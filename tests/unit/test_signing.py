"""PDF signatures, pure: a small PDF made here, a key and certificate made here, no database.

The properties are checked on the PDFs themselves: pyHanko's validation, poppler's ``pdfsig``,
``pdffonts`` (every font embedded; no Courier or Helvetica) and ``pdftotext`` (the stamp's Vietnamese).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest

from desktop_app.documents import signing
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import credentials as cr
from desktop_app.services.views import ProfileInfo, UnitInfo

UNIT = UnitInfo("17380-thon-dong", "Thôn Đông", UnitKind.HAMLET, "40", "Nghệ An", "17380", "Xã Yên Xuân")
HEAD = ProfileInfo("p-head", "nguyen.van.truong", "Nguyễn Văn Trưởng", Role.HAMLET_HEAD, None)
SIGNED_AT = dt.datetime(2026, 11, 28, 7, 5, tzinfo=dt.UTC)  # 14:05 in Viet Nam
PAYLOAD = "SOTHON:1:0F8FAD5B-D9CB-469F-A165-70867728950E:" + "AB" * 32
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


@pytest.fixture(scope="module")
def font() -> Path:
    """A static TTF with every Vietnamese letter: DejaVu Serif when the system has it (fast), else the
    documents' own font (made once and cached by ``fonts``)."""
    if DEJAVU.is_file():
        return DEJAVU
    from desktop_app.documents import fonts

    return fonts.ensure_fonts(prefer_system=False).regular


@pytest.fixture(scope="module")
def identity():
    key = cr.new_key()
    return key, cr.signing_certificate(key, HEAD, UNIT)


def make_pdf(font: Path, *, pages: int = 3, title: str = "Bien ban hop thon", payload: str | None = PAYLOAD,
             ) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    name = "TestSerif"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font)))
    buf = BytesIO()
    # initialFontName: otherwise reportlab names Helvetica on every page, unembedded.
    c = canvas.Canvas(buf, pagesize=A4, initialFontName=name, initialFontSize=13)
    c.setTitle(title)
    if payload:
        c.setKeywords(payload)
    for i in range(pages):
        c.setFont(name, 13)
        c.drawString(100, 760, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        c.drawString(100, 740, f"Trang {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def signed(font, identity) -> bytes:
    key, cert = identity
    return signing.sign_pdf(make_pdf(font), key=key, certificate=cert, font=font, signed_at=SIGNED_AT)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def _run(tool: str, pdf: bytes, tmp_path: Path, *args: str) -> str:
    f = tmp_path / "f.pdf"
    f.write_bytes(pdf)
    return subprocess.run([_tool(tool), *args, str(f), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, check=False).stdout


# --- signing and validating --------------------------------------------------------------------------


def test_a_signed_pdf_validates_with_pyhanko(signed, identity):
    _, cert = identity
    result = signing.verify_pdf(signed)
    assert result.valid and result.error is None
    assert result.intact and result.covers_whole_document
    assert result.signer == "Nguyễn Văn Trưởng"
    assert result.signed_at == SIGNED_AT
    assert result.signed_at.utcoffset() == dt.timedelta(hours=7)
    assert result.trusted is None
    assert result.signer_fingerprint == cr.fingerprint(cert)
    (sig,) = result.signatures
    assert (sig.field, sig.signer_title, sig.signer_unit, sig.signer_unit_code) == (
        "ChuKy1", "Trưởng thôn", "Thôn Đông", "17380-thon-dong")


def test_trust_is_checked_only_against_the_certificates_given(signed, identity):
    _, cert = identity
    assert signing.verify_pdf(signed, [cert]).trusted is True
    other_key = cr.new_key()
    other = signing.verify_pdf(signed, [cr.signing_certificate(other_key, HEAD, UNIT)])
    assert (other.valid, other.trusted, other.error) == (False, False, "signer_untrusted")


def test_the_signature_is_pades_with_sha256(signed):
    from pyhanko.pdf_utils.reader import PdfFileReader

    (emb,) = PdfFileReader(BytesIO(signed)).embedded_regular_signatures
    assert emb.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert emb.md_algorithm == "sha256"


def test_pdfsig_says_the_signature_is_valid(signed, tmp_path):
    out = _run("pdfsig", signed, tmp_path)
    assert "Signature is Valid." in out
    assert "Total document signed" in out
    assert "Nguyễn Văn Trưởng" in out


# --- the stamp ---------------------------------------------------------------------------------------


def test_the_stamp_is_in_vietnamese_on_the_last_page(signed, tmp_path):
    last = _run("pdftotext", signed, tmp_path, "-f", "3", "-l", "3")
    assert "Ký bởi: Nguyễn Văn Trưởng - Trưởng thôn, Thôn Đông" in last  # a hyphen (issue 9), not an em dash
    assert "Thời gian: 28/11/2026 14:05 (UTC+7)" in last
    first = _run("pdftotext", signed, tmp_path, "-f", "1", "-l", "1")
    assert "Ký bởi" not in first


def test_every_font_is_embedded_and_neither_courier_nor_helvetica_appears(signed, tmp_path):
    out = _run("pdffonts", signed, tmp_path)
    rows = out.splitlines()[2:]
    assert len(rows) >= 2  # the page's font and the stamp's
    for row in rows:
        assert "Courier" not in row and "Helvetica" not in row, row
    # Columns: name type [type] encoding emb sub uni object ID; "emb" is the fifth field from the end.
    assert all(row.split()[-5] == "yes" for row in rows), out
    assert any("Identity-H" in row for row in rows)  # pyHanko's CID font for the stamp


def test_the_stamp_sits_in_the_bottom_margin_left_of_the_footer_qr():
    a4 = signing.default_stamp_box(595.28, 841.89)
    x1, y1, x2, y2 = a4
    mm = 72 / 25.4
    # Inside the printable area (10 mm from the edge) and below the text (the bottom margin is 25 mm).
    assert x1 == pytest.approx(30 * mm, abs=0.01) and y1 >= 10 * mm and y2 <= 25 * mm
    assert x2 <= 595.28 - 80 * mm  # the QR (16 mm at the right margin) and its caption
    landscape = signing.default_stamp_box(841.89, 595.28)
    assert landscape[2] - landscape[0] == pytest.approx(88 * mm, abs=0.01)


def test_a_very_long_name_wraps_instead_of_overflowing(font):
    key = cr.new_key()
    name = "Nguyễn Thị Phương Thảo Hoàng Lan Anh Ngọc Bích Tuyết Mai"
    long_head = ProfileInfo("p", "x", name, Role.MEDIATOR, None)
    cert = cr.signing_certificate(key, long_head, UNIT)
    # X.509 allows 64 bytes of common name: cut at a word, marked; the stamp still shows the whole name.
    common_name = cr.subject_parts(cert).common_name
    assert common_name.endswith("…") and len(common_name.encode()) <= 64
    assert long_head.display_name.startswith(common_name[:-1])
    lines = signing.stamp_lines(cert, SIGNED_AT, signer_name=long_head.display_name)
    assert len(lines) >= 3 and all(len(line) <= 64 for line in lines)
    assert "Ngọc Bích Tuyết Mai" in " ".join(lines)
    out = signing.sign_pdf(make_pdf(font, pages=1), key=key, certificate=cert, font=font,
                           signer_name=long_head.display_name)
    assert signing.verify_pdf(out).valid


def test_a_reduced_stamp_font_is_made_once_and_used(font, identity, tmp_path):
    key, cert = identity
    out = signing.sign_pdf(make_pdf(font, pages=1), key=key, certificate=cert, font=font, font_cache=tmp_path)
    made = list(tmp_path.glob("stamp-*.ttf"))
    assert len(made) == 1 and made[0].stat().st_size < font.stat().st_size
    assert signing.stamp_font(font, tmp_path) == made[0]
    assert signing.verify_pdf(out).valid


# --- tampering ---------------------------------------------------------------------------------------


def _signed_range_end(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    (emb,) = PdfFileReader(BytesIO(pdf)).embedded_regular_signatures
    return emb.byte_range[1]  # [0, end) is the first signed range


def test_a_flipped_byte_in_the_signed_range_makes_it_invalid(signed, tmp_path):
    at = signed.index(b"Bien ban hop thon")
    assert at < _signed_range_end(signed)
    tampered = signed[:at] + b"Bien ban hup thon" + signed[at + len(b"Bien ban hop thon"):]
    result = signing.verify_pdf(tampered)
    assert (result.valid, result.intact, result.error) == (False, False, "signature_invalid")
    out = _run("pdfsig", tampered, tmp_path)
    assert "Signature is Valid." not in out


def _append_page_content(pdf: bytes) -> bytes:
    """An incremental update after the signature that draws over page 1 (a forger's edit)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(BytesIO(pdf))
    stream = generic.StreamObject(stream_data=b"0 0 1 rg 100 600 200 50 re f")
    w.add_stream_to_page(0, w.add_object(stream))
    out = BytesIO()
    w.write(out)
    return out.getvalue()


def test_an_incremental_update_after_signing_makes_it_invalid(signed, tmp_path):
    tampered = _append_page_content(signed)
    assert tampered.startswith(signed)
    result = signing.verify_pdf(tampered)
    assert result.intact  # the signed bytes themselves are untouched ...
    assert (result.valid, result.covers_whole_document, result.error) == (False, False, "signature_altered")
    out = _run("pdfsig", tampered, tmp_path)
    assert "Not total document signed" in out  # ... and pdfsig flags what was appended after them


def test_a_second_signature_keeps_the_first_valid(signed, font, identity):
    key = cr.new_key()
    officer = ProfileInfo("p-o", "can.bo", "Trần Thị Cán Bộ", Role.COMMUNE_OFFICER, None)
    commune = UnitInfo("17380", "Xã Yên Xuân", UnitKind.COMMUNE, "40", "Nghệ An", "17380", "Xã Yên Xuân")
    cert = cr.signing_certificate(key, officer, commune)
    both = signing.sign_pdf(signed, key=key, certificate=cert, font=font,
                            signed_at=SIGNED_AT + dt.timedelta(days=1))
    result = signing.verify_pdf(both)
    assert result.valid, result
    assert [s.field for s in result.signatures] == ["ChuKy1", "ChuKy2"]
    assert result.signer == "Nguyễn Văn Trưởng"  # the document's author
    assert [s.signer for s in result.signatures] == ["Nguyễn Văn Trưởng", "Trần Thị Cán Bộ"]
    assert not result.signatures[0].covers_whole_document and result.covers_whole_document


# --- the QR payload ----------------------------------------------------------------------------------


def test_the_qr_payload_matches_when_the_metadata_is_the_signed_one(signed):
    result = signing.verify_pdf(signed)
    assert (result.qr_matches, result.qr_payload) == (True, PAYLOAD)
    assert signing.verify_pdf(signed, expected_qr=PAYLOAD.lower()).qr_matches is True
    assert signing.verify_pdf(signed, expected_qr=PAYLOAD[:-1] + "C").qr_matches is False


def test_a_payload_changed_after_signing_does_not_match(signed):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(BytesIO(signed))
    info = w.trailer["/Info"].get_object()
    info["/Keywords"] = generic.TextStringObject(PAYLOAD[:-2] + "CD")
    w.update_container(info)
    out = BytesIO()
    w.write(out)
    assert signing.verify_pdf(out.getvalue()).qr_matches is False


def test_without_a_payload_qr_matches_is_null(font, identity):
    key, cert = identity
    out = signing.sign_pdf(make_pdf(font, pages=1, payload=None), key=key, certificate=cert, font=font)
    result = signing.verify_pdf(out)
    assert result.valid and result.qr_matches is None


# --- bad input ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"not a pdf", b"%PDF-1.4\n%%EOF\n"])
def test_what_is_not_a_pdf_is_refused_with_a_code(data, font, identity):
    key, cert = identity
    with pytest.raises(SothonError) as exc:
        signing.sign_pdf(data, key=key, certificate=cert, font=font)
    assert exc.value.code == "pdf_unreadable"
    assert signing.verify_pdf(data).error == "pdf_unreadable"


def test_an_unsigned_pdf_is_not_valid(font):
    result = signing.verify_pdf(make_pdf(font, pages=1))
    assert (result.valid, result.error, result.signatures) == (False, "signature_missing", [])


def test_an_unsigned_field_painted_over_the_page_after_signing_is_reported_as_altered(signed):
    """A new signature field is 'form filling' to pyHanko, yet its appearance can cover the signed page."""
    from io import BytesIO

    from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, FloatObject, StreamObject, pdf_name
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    w = IncrementalPdfFileWriter(BytesIO(signed), strict=False)
    fields.append_signature_field(w, fields.SigFieldSpec(sig_field_name="ChuKy9", on_page=0, box=(50, 50, 500, 700)))
    for name, _value, ref in fields.enumerate_sig_fields(w, filled_status=None):
        if name == "ChuKy9":
            field = ref.get_object()
            cover = StreamObject({pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
                                  pdf_name("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(450),
                                                                  FloatObject(650)])},
                                 stream_data=b"1 1 1 rg 0 0 450 650 re f")
            field["/AP"] = DictionaryObject({pdf_name("/N"): w.add_object(cover)})
            w.update_container(field)
    out = BytesIO()
    w.write(out)
    result = signing.verify_pdf(out.getvalue())
    assert result.valid is False and result.error == "signature_altered"
