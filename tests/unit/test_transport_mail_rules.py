"""The e-mail channel's rules without servers: passwords sealed like keys, the signed mail statement, the
settings' validation, and messages the commune cannot read taken for what they are."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop_app.domain.errors import SothonError
from desktop_app.services import credentials as cr
from desktop_app.services.transport import mail
from desktop_app.services.transport import protocol as p


def test_a_sealed_secret_opens_only_with_its_passphrase_and_its_purpose():
    blob = cr.Sealer("mật khẩu").seal_data("mk thư".encode(), credential_id="settings:truong.thon",
                                            purpose="smtp_password")
    assert "mk thư" not in blob and blob.startswith("sothon-key-1$")
    assert cr.Sealer("mật khẩu").open_data(blob, credential_id="settings:truong.thon",
                                           purpose="smtp_password") == "mk thư".encode()
    for passphrase, credential, purpose in (("sai", "settings:truong.thon", "smtp_password"),
                                            ("mật khẩu", "settings:khac", "smtp_password"),
                                            ("mật khẩu", "settings:truong.thon", "imap_password")):
        with pytest.raises(cr.SealError):
            cr.Sealer(passphrase).open_data(blob, credential_id=credential, purpose=purpose)
    with pytest.raises(cr.SealError):
        cr.Sealer("mật khẩu").open_data("not a sealed value", credential_id="x", purpose="y")


def test_the_mail_signature_covers_the_sender_the_file_and_the_reply_address():
    key = cr.new_key()
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Thôn Đông")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    sha = "a" * 64
    signature = p.sign_mail(key, "17380-thon-dong", sha, 1234, "thondong@gmail.com")
    assert p.check_mail([cert], "17380-thon-dong", sha, 1234, "thondong@gmail.com", signature)
    assert not p.check_mail([cert], "17380-thon-dong", sha, 1234, "ke.gian@gmail.com", signature)
    assert not p.check_mail([cert], "17380-thon-tay", sha, 1234, "thondong@gmail.com", signature)
    assert not p.check_mail([cert], "17380-thon-dong", "b" * 64, 1234, "thondong@gmail.com", signature)
    assert not p.check_mail([cert], "17380-thon-dong", sha, 1234, "thondong@gmail.com", "không phải base64!")
    assert not p.check_mail([], "17380-thon-dong", sha, 1234, "thondong@gmail.com", signature)


def _app():
    return SimpleNamespace(settings=SimpleNamespace(extra={}), profile=None,
                           default_profile_name=lambda: "truong.thon")


@pytest.mark.parametrize("key, value", [
    ("delivery_channel", "bồ câu"), ("mail_address", "thondong"), ("mail_address", "a b@c.vn"),
    ("mail_commune_address", "<x@y.vn>"), ("smtp_host", "smtp gmail.com"), ("smtp_port", "0"),
    ("imap_port", "65536"), ("smtp_security", "tls"), ("imap_security", "plain"), ("smtp_user", "có dấu cách"),
    ("imap_folder", 'IN"BOX'), ("imap_folder", "a\\b"),
])
def test_a_bad_mail_setting_is_refused_naming_the_key_and_nothing_is_kept(key, value):
    app = _app()
    with pytest.raises(SothonError) as err:
        mail.set_setting(app, key, value)
    assert err.value.code == "setting_invalid" and err.value.params["key"] == key
    assert app.settings.extra == {}


def test_good_mail_settings_are_kept_normalised_and_a_password_needs_an_open_profile():
    app = _app()
    assert mail.set_setting(app, "smtp_port", " 587 ") == 587
    assert mail.set_setting(app, "smtp_host", "smtp.gmail.com") == "smtp.gmail.com"
    assert mail.set_setting(app, "mail_address", "thondong@gmail.com") == "thondong@gmail.com"
    assert mail.get_setting(app, "delivery_channel") == "http"
    assert mail.set_setting(app, "smtp_host", "") is None and "smtp_host" not in app.settings.extra
    with pytest.raises(SothonError) as err:
        mail.set_setting(app, "smtp_password", "mk")
    assert err.value.code == "passphrase_required" and "smtp_password" not in app.settings.extra


def test_plain_connections_are_allowed_only_to_this_computer():
    app = _app()
    app.settings.extra.update(smtp_host="smtp.gmail.com", smtp_security="none")
    with pytest.raises(SothonError) as err:
        mail.account(app, "smtp")
    assert err.value.code == "mail_plain_not_local"
    for host in ("127.0.0.1", "localhost", "::1"):
        app.settings.extra["smtp_host"] = host
        assert mail.account(app, "smtp").port == 25


def test_messages_that_are_not_mail_or_carry_no_bundle_have_no_attachment():
    assert mail._attachments(mail._parse(b"\xff\xfe\x00 garbage"), mail.BUNDLE_SUFFIX, p.BUNDLE_TYPE) == []
    plain = b"From: a@b.vn\r\nTo: c@d.vn\r\nSubject: xin chao\r\n\r\nnoi dung\r\n"
    assert mail._attachments(mail._parse(plain), mail.BUNDLE_SUFFIX, p.BUNDLE_TYPE) == []
