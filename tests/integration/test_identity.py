"""Identity: keys and certificates in a real data directory, sealed with the profile's passphrase."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.services import credentials as cr
from desktop_app.services import identity, signatures
from desktop_app.services.profiles import add_profile, change_passphrase
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "mat-khau-moi-2026"
WITH_DOCUMENTS_FONT = {"test_sign_and_verify_a_file_as_the_acting_profile"}
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _db_bytes(app) -> bytes:
    """Everything SQLite has on disk for this database: the file and its write-ahead log."""
    data = b""
    for suffix in ("", "-wal"):
        p = Path(str(app.db_path) + suffix)
        if p.exists():
            data += p.read_bytes()
    return data


def _rows(app, sql: str, *params) -> list[tuple]:
    with app.reader() as conn:
        return conn.execute(sql, params).fetchall()


def _make_keys(app) -> list[identity.CredentialView]:
    with app.uow() as uow:
        made = identity.ensure_identity(uow, app.profile, PASSPHRASE)
        uow.commit()
    return made


def _key_usage(cert: x509.Certificate) -> x509.KeyUsage:
    ext = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ext.critical
    return ext.value


# --- keys and certificates ---------------------------------------------------------------------------


def test_the_head_gets_a_signing_and_an_encryption_key(hamlet):
    made = _make_keys(hamlet)
    assert [v.purpose for v in made] == ["signing", "encryption"]
    signing_cert = cr.load_cert(made[0].certificate_pem)

    assert isinstance(signing_cert.public_key(), ec.EllipticCurvePublicKey)
    assert signing_cert.public_key().curve.name == "secp256r1"
    assert signing_cert.issuer == signing_cert.subject  # self-signed ...
    signing_cert.verify_directly_issued_by(signing_cert)  # ... by its own key
    usage = _key_usage(signing_cert)
    assert usage.digital_signature and usage.content_commitment and not usage.key_agreement
    parts = cr.subject_parts(signing_cert)
    assert (parts.common_name, parts.title, parts.organization, parts.unit_code) == (
        "Nguyễn Văn Trưởng", "Trưởng thôn", "Thôn Đông", "17380-thon-dong")
    assert signing_cert.subject.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)[0].value == "VN"
    years = (signing_cert.not_valid_after_utc - signing_cert.not_valid_before_utc).days / 365.25
    assert 9.9 < years < 10.1

    # Ensuring again makes nothing new.
    assert [v.id for v in _make_keys(hamlet)] == [v.id for v in made]


def test_the_encryption_certificate_is_issued_by_the_signing_key_for_key_agreement_only(hamlet):
    signing_view, enc_view = _make_keys(hamlet)
    signing_cert = cr.load_cert(signing_view.certificate_pem)
    enc_cert = cr.load_cert(enc_view.certificate_pem)
    assert enc_cert.issuer == signing_cert.subject
    enc_cert.verify_directly_issued_by(signing_cert)
    usage = _key_usage(enc_cert)
    assert usage.key_agreement
    assert not (usage.digital_signature or usage.content_commitment or usage.key_cert_sign)
    assert cr.check_encryption_cert(signing_cert, enc_cert)
    assert not cr.check_encryption_cert(enc_cert, signing_cert)
    # The private key is an ECDH key on the same curve, matching the certificate.
    with hamlet.reader() as conn:
        key = identity.open_encryption_key(conn, hamlet.profile, PASSPHRASE)
    assert key.public_key().public_numbers() == enc_cert.public_key().public_numbers()
    peer = ec.generate_private_key(ec.SECP256R1())
    assert key.exchange(ec.ECDH(), peer.public_key()) == peer.exchange(ec.ECDH(), enc_cert.public_key())


def test_show_identity_gives_the_unit_certificate_fingerprint_subject_and_expiry(hamlet):
    shown = identity.identity_show(hamlet)  # makes the keys on first use
    assert set(shown) == {"fingerprint", "subject", "not_after"}
    with hamlet.reader() as conn:
        (signing_view,) = identity.list_credentials(conn, purpose="signing")
    cert = cr.load_cert(signing_view.certificate_pem)
    digest = cert.fingerprint(cert.signature_hash_algorithm).hex()
    assert shown["fingerprint"].replace(" ", "").lower() == digest
    assert len(shown["fingerprint"].split()) == 16  # sixteen groups of four hex digits
    assert shown["subject"].startswith(
        "CN=Nguyễn Văn Trưởng,title=Trưởng thôn,OU=17380-thon-dong,O=Thôn Đông")
    assert dt.datetime.fromisoformat(shown["not_after"]) == cert.not_valid_after_utc
    json.dumps(shown)


def test_private_keys_are_encrypted_at_rest(hamlet):
    signing_view, _ = _make_keys(hamlet)
    raw = _db_bytes(hamlet)
    assert b"BEGIN CERTIFICATE" in raw  # the certificates are there, in the clear ...
    for marker in (b"BEGIN PRIVATE KEY", b"BEGIN EC PRIVATE KEY", b"BEGIN ENCRYPTED PRIVATE KEY"):
        assert marker not in raw
    with hamlet.reader() as conn:
        opened = identity.open_signing_key(conn, hamlet.profile, PASSPHRASE)
        enc_key = identity.open_encryption_key(conn, hamlet.profile, PASSPHRASE)
    for key in (opened.key, enc_key):  # ... the private keys are not, in any encoding
        der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        scalar = key.private_numbers().private_value.to_bytes(32, "big")
        assert der not in raw and scalar not in raw
    [(sealed,)] = _rows(hamlet, "SELECT private_key_encrypted FROM credentials WHERE id = ?", signing_view.id)
    assert sealed.startswith("sothon-key-1$")


def test_a_wrong_passphrase_is_refused_with_a_code(hamlet):
    _make_keys(hamlet)
    with hamlet.reader() as conn, pytest.raises(SothonError) as exc:
        identity.open_signing_key(conn, hamlet.profile, "khong-dung-roi")
    assert (exc.value.code, exc.value.params) == ("passphrase_wrong", {"profile": hamlet.profile.name})


def test_keys_are_not_made_with_a_wrong_passphrase(hamlet):
    with hamlet.uow() as uow, pytest.raises(SothonError) as exc:
        identity.ensure_identity(uow, hamlet.profile, "khong-dung-roi")
    assert exc.value.code == "passphrase_wrong"
    assert _rows(hamlet, "SELECT count(*) FROM credentials") == [(0,)]
    with hamlet.reader() as conn, pytest.raises(SothonError) as exc:
        identity.show_identity(conn)
    assert exc.value.code == "identity_missing"


def test_changing_the_passphrase_reseals_the_keys(hamlet):
    made = _make_keys(hamlet)
    before = dict(_rows(hamlet, "SELECT id, private_key_encrypted FROM credentials"))
    with hamlet.reader() as conn:
        key_before = identity.open_signing_key(conn, hamlet.profile, PASSPHRASE).key
    with hamlet.uow() as uow:  # the service the command line calls
        change_passphrase(uow, name=hamlet.profile.name, old=PASSPHRASE, new=NEW_PASSPHRASE)
        uow.commit()
    after = dict(_rows(hamlet, "SELECT id, private_key_encrypted FROM credentials"))
    assert after.keys() == before.keys() == {v.id for v in made}
    assert all(after[i] != before[i] for i in after)
    with hamlet.reader() as conn:
        with pytest.raises(SothonError) as exc:
            identity.open_signing_key(conn, hamlet.profile, PASSPHRASE)
        assert exc.value.code == "passphrase_wrong"
        key_after = identity.open_signing_key(conn, hamlet.profile, NEW_PASSPHRASE).key
        identity.open_encryption_key(conn, hamlet.profile, NEW_PASSPHRASE)
    assert key_after.private_numbers() == key_before.private_numbers()


def test_a_failed_passphrase_change_leaves_the_keys_as_they_were(hamlet):
    _make_keys(hamlet)
    before = _rows(hamlet, "SELECT id, private_key_encrypted FROM credentials ORDER BY id")
    with hamlet.uow() as uow, pytest.raises(SothonError):
        change_passphrase(uow, name=hamlet.profile.name, old="khong-dung-roi", new=NEW_PASSPHRASE)
    assert _rows(hamlet, "SELECT id, private_key_encrypted FROM credentials ORDER BY id") == before


def test_the_session_keeps_working_after_the_app_changes_the_passphrase(hamlet, tmp_path):
    identity.session_signing_identity(hamlet)
    hamlet.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    hamlet.session_keys.clear()  # as after a new sign-in: the key must open with the new passphrase
    assert identity.session_signing_identity(hamlet).key is not None
    assert hamlet.session_passphrase() == NEW_PASSPHRASE


def test_replacing_the_key_keeps_the_old_certificate_retired(hamlet, pdf):
    old_signing, old_enc = _make_keys(hamlet)
    old_signed = signatures.sign_pdf_bytes(hamlet, pdf)
    with hamlet.uow() as uow:
        new = identity.replace_key(uow, hamlet.profile, PASSPHRASE)
        uow.commit()
    hamlet.session_keys.clear()
    assert [v.purpose for v in new] == ["signing", "encryption"]
    assert {v.fingerprint_sha256 for v in new}.isdisjoint({old_signing.fingerprint_sha256,
                                                          old_enc.fingerprint_sha256})
    with hamlet.reader() as conn:
        views = {v.id: v for v in identity.list_credentials(conn)}
        assert views[old_signing.id].retired_at is not None and views[old_enc.id].retired_at is not None
        assert all(views[v.id].current for v in new)
        assert identity.show_identity(conn).fingerprint == new[0].fingerprint
        trust = identity.known_certificates(conn)
    assert len(trust) == 2
    # The new encryption certificate is vouched for by the new signing key.
    new_signing, new_enc = (cr.load_cert(v.certificate_pem) for v in new)
    assert cr.check_encryption_cert(new_signing, new_enc)
    # A document signed with the old key still verifies against this copy's certificates.
    from desktop_app.documents.signing import verify_pdf

    assert verify_pdf(old_signed, trust).valid
    new_signed = signatures.sign_pdf_bytes(hamlet, pdf)
    result = verify_pdf(new_signed, trust)
    assert result.valid and result.signer_fingerprint == new[0].fingerprint_sha256
    with pytest.raises(SothonError), hamlet.uow() as uow:  # replacing needs the passphrase too
        identity.replace_key(uow, hamlet.profile, "khong-dung-roi")


def test_export_writes_the_signing_then_the_encryption_certificate(hamlet, tmp_path):
    out = identity.export_cert(hamlet, tmp_path / "out" / "thon-dong.pem")
    first, second = x509.load_pem_x509_certificates(out.read_bytes())
    assert _key_usage(first).content_commitment and _key_usage(second).key_agreement
    assert cr.check_encryption_cert(first, second)
    assert identity.identity_show(hamlet)["fingerprint"] == cr.group_fingerprint(cr.fingerprint(first))


def test_another_profile_gets_its_own_signing_key_but_not_the_units(hamlet):
    _make_keys(hamlet)
    with hamlet.uow() as uow:
        mediator = add_profile(uow, acting=hamlet.profile, name=None, display_name="Lê Thị Hòa Giải",
                               role=Role.MEDIATOR, phone=None, passphrase="hoa-giai-123")
        uow.commit()
    with hamlet.uow() as uow:
        made = identity.ensure_identity(uow, mediator, "hoa-giai-123")
        uow.commit()
    assert [v.purpose for v in made] == ["signing"]
    assert cr.subject_parts(cr.load_cert(made[0].certificate_pem)).title == "Hòa giải viên"
    with hamlet.reader() as conn:
        assert identity.unit_key_holder(conn) == hamlet.profile.id
        assert "Nguyễn Văn Trưởng" in identity.show_identity(conn).subject
        assert "Lê Thị Hòa Giải" in identity.show_identity(conn, profile_id=mediator.id).subject


def test_the_audit_log_holds_no_key_material(hamlet):
    _make_keys(hamlet)
    with hamlet.uow() as uow:
        identity.replace_key(uow, hamlet.profile, PASSPHRASE)
        uow.commit()
    hamlet.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    entries = _rows(hamlet, "SELECT action, changes FROM audit_log WHERE record_type = 'credentials'")
    assert {a for a, _ in entries} == {"create", "retire", "reseal"}
    text = " ".join(c for _, c in entries)
    sealed = [s for (s,) in _rows(hamlet, "SELECT private_key_encrypted FROM credentials")]
    pems = [p for (p,) in _rows(hamlet, "SELECT certificate_pem FROM credentials")]
    assert "BEGIN" not in text and "sothon-key-1" not in text
    for value in sealed + pems:
        pem = value.startswith("-----")
        body = "".join(value.splitlines()[1:-1])[:40] if pem else value.split("$")[-1][:40]
        assert body not in text
    for _, changes in entries:
        for key in ("private_key_encrypted", "certificate_pem"):
            if key in json.loads(changes):
                assert json.loads(changes)[key][1] == "***"


# --- signing files as the acting profile ------------------------------------------------------------


@pytest.fixture
def pdf() -> bytes:
    from tests.unit.test_signing import make_pdf

    return make_pdf(DEJAVU if DEJAVU.is_file() else _documents_font(), pages=3)


def _documents_font() -> Path:
    from desktop_app.documents import fonts

    return fonts.ensure_fonts().regular


@pytest.fixture(autouse=True)
def _quick_stamp_font(request, monkeypatch, tmp_path_factory):
    """Stamp with DejaVu Serif where the system has it, so that only the tests in ``WITH_DOCUMENTS_FONT``
    wait for the documents' own font (made once per machine and cached by ``fonts``)."""
    if request.node.name in WITH_DOCUMENTS_FONT or not DEJAVU.is_file():
        return
    cache = tmp_path_factory.getbasetemp() / "stamp-fonts"
    monkeypatch.setattr(signatures, "stamp_font", lambda: (DEJAVU, cache))


def test_sign_and_verify_a_file_as_the_acting_profile(hamlet, pdf, tmp_path):
    source = tmp_path / "bien-ban.pdf"
    source.write_bytes(pdf)
    done = signatures.sign_pdf_file(hamlet, source)
    out = Path(done["path"])
    assert out == tmp_path / "bien-ban-signed.pdf" and source.read_bytes() == pdf
    assert done["signer"] == "Nguyễn Văn Trưởng"
    assert dt.datetime.fromisoformat(done["signed_at"]).utcoffset() == dt.timedelta(hours=7)

    pem = identity.export_cert(hamlet, tmp_path / "unit.pem")
    report = signatures.verify_pdf_file(out, trust=pem)
    assert {k: report[k] for k in ("valid", "signer", "signed_at", "qr_matches")} == {
        "valid": True, "signer": "Nguyễn Văn Trưởng", "signed_at": done["signed_at"], "qr_matches": True}
    assert report["trusted"] is True and report["reason"] is None
    shown = identity.identity_show(hamlet)["fingerprint"]
    assert report["signer_fingerprint"] == done["fingerprint"] == shown
    json.dumps(report)
    assert signatures.verify_pdf_file(out)["trusted"] is None

    # The key was opened once for the session and kept.
    cached = hamlet.session_keys[(hamlet.profile.id, "signing")]
    signatures.sign_pdf_file(hamlet, out, out)  # a second signature, in place
    assert hamlet.session_keys[(hamlet.profile.id, "signing")] is cached
    again = signatures.verify_pdf_file(out, trust=pem)
    assert again["valid"] and len(again["signatures"]) == 2


def test_verifying_reports_problems_as_codes(hamlet, pdf, tmp_path):
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(pdf)
    assert signatures.verify_pdf_file(unsigned)["reason"] == "signature_missing"
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    assert signatures.verify_pdf_file(junk)["reason"] == "pdf_unreadable"
    with pytest.raises(SothonError) as exc:
        signatures.verify_pdf_file(tmp_path / "missing.pdf")
    assert exc.value.code == "file_not_found"
    with pytest.raises(SothonError) as exc:
        signatures.verify_pdf_file(unsigned, trust=b"not a certificate")
    assert exc.value.code == "certificate_unreadable"
    with pytest.raises(SothonError) as exc:
        signatures.sign_pdf_file(hamlet, junk)
    assert exc.value.code == "pdf_unreadable"
    assert not (tmp_path / "junk-signed.pdf").exists()


def test_signing_needs_an_unlocked_session(hamlet, pdf, tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(pdf)
    hamlet.lock()
    with pytest.raises(SothonError) as exc:
        signatures.sign_pdf_file(hamlet, source)
    assert exc.value.code == "passphrase_required"
    hamlet.unlock(None, PASSPHRASE)
    assert signatures.sign_pdf_file(hamlet, source)["signer"] == "Nguyễn Văn Trưởng"


def test_the_keys_survive_reopening_the_data_directory(hamlet, pdf, tmp_path):
    from desktop_app.bootstrap import open_app

    shown = identity.identity_show(hamlet)
    data_dir = hamlet.data_dir
    hamlet.close()
    again = open_app(data_dir)
    try:
        again.unlock(None, PASSPHRASE)
        assert identity.identity_show(again) == shown
        signed = signatures.sign_pdf_bytes(again, pdf)
        from desktop_app.documents.signing import verify_pdf

        assert verify_pdf(signed).valid
    finally:
        again.close()
