"""Transport by e-mail against a post office on loopback (aiosmtpd for SMTP, a small IMAP server of the tests):
the hamlet sends its bundles as attachments, the commune fetches them into the import and answers with the
receipt, the hamlet reads the receipt and the bundle is acknowledged; a message read twice, or the same bundle
mailed twice, imports once; mail that is not a bundle, altered, or from a stranger is quarantined and nothing is
imported."""

from __future__ import annotations

import hashlib
import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop_app.bootstrap import open_app
from desktop_app.domain.errors import SothonError
from desktop_app.services import enrolment, exchange, identity
from desktop_app.services.transport import channels, mail, sender
from desktop_app.services.transport import protocol as p
from desktop_app.services.transport.sender import Backoff
from tests.conftest import PASSPHRASE, dump_tables
from tests.integration.mail_support import ImapServer, PostOffice, SmtpServer, free_port
from tests.integration.test_exchange import _cli
from tests.integration.transport_support import add_household, export, imported_count

QUICK = Backoff(base=0.0, cap=0.0)
HAMLET_ADDR, COMMUNE_ADDR = "thondong@hamlet.test", "vanphong@xa.test"


@pytest.fixture
def office():
    post = PostOffice()
    post.account("thondong", "mk-thon", HAMLET_ADDR)
    post.account("vanphong", "mk-xa", COMMUNE_ADDR)
    smtp = SmtpServer(post).start()
    imap = ImapServer(post).start()
    post.smtp_port, post.imap_port = smtp.port, imap.port
    yield post
    smtp.stop()
    imap.stop()


def _account(app, post, user, password, own, commune=None):
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", str(post.smtp_port)), ("smtp_security", "none"),
                       ("smtp_user", user), ("smtp_password", password), ("imap_host", "127.0.0.1"),
                       ("imap_port", str(post.imap_port)), ("imap_security", "none"), ("imap_user", user),
                       ("imap_password", password), ("mail_address", own)):
        channels.set_setting(app, key, value)
    if commune:
        channels.set_setting(app, "mail_commune_address", commune)
        channels.set_setting(app, "delivery_channel", "email")


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path, office):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    _account(hamlet, office, "thondong", "mk-thon", HAMLET_ADDR, COMMUNE_ADDR)
    _account(commune, office, "vanphong", "mk-xa", COMMUNE_ADDR)
    return hamlet, commune


def _states(app):
    return {r["sequence"]: r["state"] for r in sender.outbox(app)}


def test_bundles_go_by_mail_are_imported_once_and_come_back_acknowledged(pair, office, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    one = export(hamlet, tmp_path)
    add_household(hamlet, "2", "Trần Thị Hai")
    two = export(hamlet, tmp_path)

    result = channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert result["channel"] == "email" and result["reachable"] is True
    assert _states(hamlet) == {1: "delivered", 2: "delivered"}
    box = office.box(COMMUNE_ADDR)
    assert len(box) == 2
    assert p.H_SIGNATURE.encode() in box[0].data and b"vnd.sothon-bundle" in box[0].data

    fetched = mail.fetch_mail(commune)
    assert [(m["status"], m["sequence"], m["reply"]) for m in fetched["messages"]] == [
        ("imported", 1, "sent"), ("imported", 2, "sent")]
    assert imported_count(commune) == 2
    # Read again: nothing new, nothing imported twice, no second answer.
    before = dump_tables(commune.db_path)
    again = mail.fetch_mail(commune)
    assert again["messages"] == [] and dump_tables(commune.db_path) == before
    assert len(office.box(HAMLET_ADDR)) == 2

    # The hamlet's next round reads the receipts from its mailbox.
    result = channels.send_pending(hamlet, backoff=QUICK)
    assert [r["status"] for r in result["receipts"]] == ["applied", "applied"]
    assert _states(hamlet) == {1: "acknowledged", 2: "acknowledged"}
    assert one["sha256"] != two["sha256"]
    assert all(r["delivery"]["error"] is None for r in sender.outbox(hamlet))


def test_the_same_bundle_mailed_twice_imports_once_and_is_answered_with_the_same_receipt(pair, office, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    office.deliver(COMMUNE_ADDR, office.box(COMMUNE_ADDR)[0].data)  # the hamlet (or a relay) sent it again
    fetched = mail.fetch_mail(commune)
    assert [m["status"] for m in fetched["messages"]] == ["imported", "already_imported"]
    assert imported_count(commune) == 1
    answers = office.box(HAMLET_ADDR)
    receipts = [a.data.split(b"\r\n\r\n", 1)[1] for a in answers]
    assert len(answers) == 2
    result = channels.send_pending(hamlet, backoff=QUICK)
    assert [r["status"] for r in result["receipts"]] == ["applied", "applied"]
    assert _states(hamlet) == {1: "acknowledged"} and receipts


def test_an_unreachable_smtp_server_leaves_the_bundle_waiting_then_it_goes(pair, office, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    port = office.smtp_port
    channels.set_setting(hamlet, "smtp_port", str(free_port()))
    result = channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert result["reachable"] is False and result["error"] == "mail_unreachable"
    row = sender.outbox(hamlet)[0]
    assert (row["state"], row["shown_state"], row["delivery"]["error"]) == ("pending", sender.WAITING,
                                                                             "mail_unreachable")
    office.smtp_down = True  # up, but refusing for now (451): still waiting
    channels.set_setting(hamlet, "smtp_port", str(port))
    result = channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert sender.outbox(hamlet)[0]["delivery"]["error"] == "mail_refused"
    assert sender.outbox(hamlet)[0]["state"] == "pending"
    office.smtp_down = False
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert _states(hamlet) == {1: "delivered"}
    assert [m["status"] for m in mail.fetch_mail(commune)["messages"]] == ["imported"]


def test_a_receipt_whose_answer_could_not_be_sent_goes_at_the_next_fetch(pair, office, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    office.smtp_down = True
    fetched = mail.fetch_mail(commune)
    assert [(m["status"], m["reply"]) for m in fetched["messages"]] == [("imported", "pending")]
    assert fetched["reply_error"]["error"] == "mail_refused" and office.box(HAMLET_ADDR) == []
    office.smtp_down = False
    again = mail.fetch_mail(commune)
    assert again["messages"] == [] and [r["reply"] for r in again["replies"]] == ["sent"]
    assert len(office.box(HAMLET_ADDR)) == 1
    assert mail.fetch_mail(commune)["replies"] == []
    channels.send_pending(hamlet, backoff=QUICK)
    assert _states(hamlet) == {1: "acknowledged"}


def _forged(**headers) -> bytes:
    message = EmailMessage()
    message["From"] = "someone@else.test"
    message["To"] = COMMUNE_ADDR
    message["Subject"] = "Gói dữ liệu"
    for name, value in headers.pop("headers", {}).items():
        message[name] = value
    message.set_content("xin gửi")
    if "attachment" in headers:
        message.add_attachment(headers["attachment"], maintype="application", subtype="vnd.sothon-bundle",
                               filename="17380-thon-dong_17380_000001.sothon")
    return bytes(message)


def test_mail_that_is_not_a_bundle_altered_or_from_a_stranger_is_quarantined_and_nothing_imported(
        pair, office, tmp_path, commune):
    hamlet, _ = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    real = Path(export(hamlet, tmp_path)["bundle"]).read_bytes()
    sha = hashlib.sha256(real).hexdigest()
    stranger_key = identity.session_signing_identity(commune).key  # a key not enrolled for the hamlet
    headers = {p.H_MAIL_BUNDLE: "1", p.H_SENDER: "17380-thon-dong", p.H_SHA256: sha, p.H_REPLY_TO: "x@else.test",
               p.H_SIGNATURE: p.sign_mail(stranger_key, "17380-thon-dong", sha, len(real), "x@else.test")}
    hamlet_key = identity.session_signing_identity(hamlet).key
    garbage = b"PK\x03\x04 not a bundle at all" * 10
    garbage_sha = hashlib.sha256(garbage).hexdigest()
    signed_garbage = {**headers, p.H_SHA256: garbage_sha, p.H_REPLY_TO: HAMLET_ADDR,
                      p.H_SIGNATURE: p.sign_mail(hamlet_key, "17380-thon-dong", garbage_sha, len(garbage),
                                                 HAMLET_ADDR)}
    office.deliver(COMMUNE_ADDR, _forged())  # an ordinary message
    office.deliver(COMMUNE_ADDR, b"\xff\xfe garbage \x00 not a mail")
    office.deliver(COMMUNE_ADDR, _forged(attachment=real))  # the hamlet's file, without Sổ Thôn's headers
    office.deliver(COMMUNE_ADDR, _forged(attachment=real, headers=headers))  # signed by a stranger
    office.deliver(COMMUNE_ADDR, _forged(attachment=real + b"x", headers={**headers}))  # altered on the way
    office.deliver(COMMUNE_ADDR, _forged(attachment=garbage, headers=signed_garbage))  # the hamlet's, garbage
    before = dump_tables(commune.db_path)
    fetched = mail.fetch_mail(commune)
    got = [(m["status"], m["error"]) for m in fetched["messages"]]
    assert got == [("quarantined", "mail_not_bundle"), ("quarantined", "mail_not_bundle"),
                   ("quarantined", "mail_headers_missing"), ("quarantined", "mail_sender_untrusted"),
                   ("quarantined", "mail_attachment_altered"), ("rejected", "bundle_truncated")]
    assert all(m["message"] for m in fetched["messages"])
    assert imported_count(commune) == 0
    quarantine = Path(commune.data_dir) / "quarantine"
    reasons = [json.loads(f.read_text(encoding="utf-8"))["error"] for f in quarantine.glob("*.reason.json")]
    assert sorted(reasons) == sorted(e for _s, e in got)
    assert office.box("x@else.test") == [] and office.box(HAMLET_ADDR) == []  # no answer to anyone
    after = dump_tables(commune.db_path)
    assert {t: rows for t, rows in after.items() if t != "mail_messages"} == \
        {t: rows for t, rows in before.items() if t != "mail_messages"}
    assert mail.fetch_mail(commune)["messages"] == []  # each reported once


def test_settings_seal_the_passwords_and_refuse_bad_values(pair, office, tmp_path):
    hamlet, _ = pair
    text = (Path(hamlet.data_dir) / "settings.json").read_text(encoding="utf-8")
    assert "mk-thon" not in text and "sothon-key-1$" in text
    assert channels.get_setting(hamlet, "smtp_password") == "sealed"
    for key, value, in (("smtp_port", "99999"), ("smtp_security", "tls"), ("mail_address", "không phải thư"),
                        ("delivery_channel", "pigeon"), ("imap_folder", 'IN"BOX'), ("smtp_host", "a b")):
        with pytest.raises(SothonError) as err:
            channels.set_setting(hamlet, key, value)
        assert err.value.code == "setting_invalid" and err.value.params["key"] == key
    channels.set_setting(hamlet, "smtp_host", "smtp.example.org")  # a plain connection to another computer: refused
    with pytest.raises(SothonError) as err:
        channels.send_pending(hamlet, force=True)
    assert err.value.code == "mail_plain_not_local"
    hamlet.settings.extra["smtp_password"]["sealed"] = hamlet.settings.extra["imap_password"]["sealed"]
    with pytest.raises(SothonError) as err:  # moved from another key: it does not open
        mail.account(hamlet, "smtp")
    assert err.value.code == "mail_password_unreadable"


def test_fetch_mail_send_and_settings_on_the_command_line(hamlet, commune, commune_pem, tmp_path, office, capsys,
                                                          monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    h, c = str(hamlet.data_dir), str(commune.data_dir)
    hamlet.close()
    commune.close()
    for data, user, password, own in ((h, "thondong", "mk-thon", HAMLET_ADDR), (c, "vanphong", "mk-xa", COMMUNE_ADDR)):
        for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", str(office.smtp_port)),
                           ("smtp_security", "none"), ("smtp_user", user), ("imap_host", "127.0.0.1"),
                           ("imap_port", str(office.imap_port)), ("imap_security", "none"), ("imap_user", user),
                           ("mail_address", own)):
            assert _cli(capsys, "--data-dir", data, "settings", "set", key, value, "--json")[0] == 0
        for key in ("smtp_password", "imap_password"):  # from the standard input, never on the command line
            monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
            assert _cli(capsys, "--data-dir", data, "settings", "set", key, "-", "--json") == \
                (0, {"key": key, "value": "sealed"})
    code, doc = _cli(capsys, "--data-dir", h, "settings", "set", "smtp_security", "plain", "--json")
    assert code == 1 and doc["error"] == "setting_invalid"
    assert _cli(capsys, "--data-dir", h, "settings", "set", "mail_commune_address", COMMUNE_ADDR, "--json")[0] == 0
    assert _cli(capsys, "--data-dir", h, "settings", "set", "delivery_channel", "email", "--json")[0] == 0
    assert _cli(capsys, "--data-dir", h, "settings", "get", "delivery_channel", "--json") == \
        (0, {"key": "delivery_channel", "value": "email"})

    code, doc = _cli(capsys, "--data-dir", h, "send", "--now", "--json")
    assert code == 0 and doc["channel"] == "email" and [b["state"] for b in doc["bundles"]] == ["delivered"]
    code, doc = _cli(capsys, "--data-dir", c, "fetch-mail", "--json")
    assert code == 0 and [(m["status"], m["reply"]) for m in doc["messages"]] == [("imported", "sent")]
    code, doc = _cli(capsys, "--data-dir", h, "fetch-mail", "--json")
    assert code == 0 and [(r["status"], r["state"]) for r in doc["receipts"]] == [("applied", "acknowledged")]
    code, doc = _cli(capsys, "--data-dir", h, "send", "--json")
    assert code == 0 and [b["state"] for b in doc["bundles"]] == []

    # The SMTP server down: the bundle waits, exit 0 (a state, not an error).
    app = open_app(Path(h))
    app.unlock(app.default_profile_name(), PASSPHRASE)
    add_household(app, "2", "Trần Thị Hai")
    export(app, tmp_path)
    app.close()
    assert _cli(capsys, "--data-dir", h, "settings", "set", "smtp_port", str(free_port()), "--json")[0] == 0
    code, doc = _cli(capsys, "--data-dir", h, "send", "--now", "--json")
    assert code == 0 and doc["reachable"] is False and doc["bundles"][0]["shown_state"] == sender.WAITING
    # The commune's mailbox unreachable: an error with its message, exit 1.
    assert _cli(capsys, "--data-dir", c, "settings", "set", "imap_port", str(free_port()), "--json")[0] == 0
    code, doc = _cli(capsys, "--data-dir", c, "fetch-mail", "--json")
    assert code == 1 and doc["error"] == "mail_unreachable" and doc["message"]


def test_starttls_checks_the_servers_certificate_before_the_bundle_goes(pair, office, tmp_path):
    from tests.integration.mail_support import StartTlsSmtpServer, self_signed

    hamlet, _ = pair
    cert, key = self_signed(tmp_path)
    server = StartTlsSmtpServer(office, cert, key).start()
    try:
        channels.set_setting(hamlet, "smtp_port", str(server.port))
        channels.set_setting(hamlet, "smtp_security", "starttls")
        channels.set_setting(hamlet, "smtp_user", "")  # no login: this server has no accounts
        add_household(hamlet, "1", "Nguyễn Văn Một")
        export(hamlet, tmp_path)
        # The system's authorities do not know this certificate: nothing is sent, the bundle waits.
        result = channels.send_pending(hamlet, force=True, backoff=QUICK)
        assert result["error"] == "mail_certificate_untrusted" and office.box(COMMUNE_ADDR) == []
        assert _states(hamlet) == {1: "pending"}

        channels.set_setting(hamlet, "mail_ca_file", cert)  # the server's certificate, trusted besides the system's
        result = channels.send_pending(hamlet, force=True, backoff=QUICK)
        assert result["reachable"] is True and _states(hamlet) == {1: "delivered"}
        assert len(office.box(COMMUNE_ADDR)) == 1
    finally:
        server.stop()


def test_two_bundles_in_one_message_and_a_message_too_large_are_quarantined_unread(pair, office, tmp_path,
                                                                                   monkeypatch):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    real = Path(export(hamlet, tmp_path)["bundle"]).read_bytes()
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = HAMLET_ADDR, COMMUNE_ADDR, "hai gói"
    message.set_content("hai gói")
    for n in (1, 2):
        message.add_attachment(real, maintype="application", subtype="vnd.sothon-bundle", filename=f"{n}.sothon")
    two = bytes(message)
    office.deliver(COMMUNE_ADDR, two)
    office.deliver(COMMUNE_ADDR, b"Subject: to\r\n\r\n" + b"x" * (len(two) + 10_000))
    monkeypatch.setattr(mail, "MAX_BUNDLE_MAIL", len(two) + 100)  # the second is over the limit: never fetched
    before = dump_tables(commune.db_path)
    fetched = mail.fetch_mail(commune)
    assert [(m["status"], m["error"]) for m in fetched["messages"]] == [
        ("quarantined", "mail_bundle_many"), ("quarantined", "mail_too_large")]
    after = dump_tables(commune.db_path)
    assert {t: r for t, r in after.items() if t != "mail_messages"} == \
        {t: r for t, r in before.items() if t != "mail_messages"}
    assert imported_count(commune) == 0 and office.box(HAMLET_ADDR) == []
    reasons = sorted(json.loads(f.read_text(encoding="utf-8"))["error"]
                     for f in (Path(commune.data_dir) / "quarantine").glob("*.reason.json"))
    assert reasons == ["mail_bundle_many", "mail_too_large"]


# --- IMAP over TLS --------------------------------------------------------------------------------------------


def _mailed_bundle(pair, tmp_path) -> None:
    hamlet, _ = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert _states(hamlet) == {1: "delivered"}


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_the_commune_fetches_over_tls_when_the_certificate_is_trusted(pair, office, tmp_path, security):
    from tests.integration.mail_support import self_signed

    hamlet, commune = pair
    cert, key = self_signed(tmp_path)
    server = ImapServer(office, **{"tls" if security == "ssl" else "starttls": (cert, key)}).start()
    try:
        _mailed_bundle(pair, tmp_path)
        for app in (hamlet, commune):
            channels.set_setting(app, "imap_port", str(server.port))
            channels.set_setting(app, "imap_security", security)
        for app in (hamlet, commune):  # the certificate trusted besides the system's authorities
            channels.set_setting(app, "mail_ca_file", cert)
        fetched = mail.fetch_mail(commune)
        assert [(m["status"], m["reply"]) for m in fetched["messages"]] == [("imported", "sent")]
        assert imported_count(commune) == 1
        # The hamlet reads its receipt over the same kind of connection.
        result = channels.send_pending(hamlet, backoff=QUICK)
        assert result["receipts_error"] is None and [r["status"] for r in result["receipts"]] == ["applied"]
        assert _states(hamlet) == {1: "acknowledged"}
        assert server.logins_over_tls == 2  # both passwords went encrypted, never in clear
    finally:
        server.stop()


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_an_untrusted_certificate_or_another_name_is_refused_before_the_password_goes(pair, office, tmp_path,
                                                                                     security):
    from desktop_app.messages import render
    from tests.integration.mail_support import self_signed

    hamlet, commune = pair
    cert, key = self_signed(tmp_path)
    other_cert, other_key = self_signed(tmp_path, "mail.other.test")
    mode = "tls" if security == "ssl" else "starttls"
    good = ImapServer(office, **{mode: (cert, key)}).start()
    other = ImapServer(office, **{mode: (other_cert, other_key)}).start()
    try:
        _mailed_bundle(pair, tmp_path)
        channels.set_setting(commune, "imap_security", security)
        before = dump_tables(commune.db_path)

        # The system's authorities do not know the test's self-signed certificate.
        channels.set_setting(commune, "imap_port", str(good.port))
        with pytest.raises(SothonError) as err:
            mail.fetch_mail(commune)
        assert err.value.code == "mail_certificate_untrusted"
        text = render(err.value)
        assert "không tin cậy" in text and "tự ký" in text and f"127.0.0.1:{good.port}" in text

        # Trusted, but made out to another name than the server connected to.
        channels.set_setting(commune, "mail_ca_file", other_cert)
        channels.set_setting(commune, "imap_port", str(other.port))
        with pytest.raises(SothonError) as err:
            mail.fetch_mail(commune)
        assert err.value.code == "mail_certificate_name_mismatch"
        text = render(err.value)
        assert "imap_host" in text and "tên khác" in text

        assert good.logins_over_tls == other.logins_over_tls == 0
        assert dump_tables(commune.db_path) == before and imported_count(commune) == 0
        assert len(office.box(COMMUNE_ADDR)) == 1  # the bundle's message waits in the mailbox

        # At the hamlet the mailbox refused is reported and the round goes on.
        channels.set_setting(hamlet, "imap_port", str(other.port))
        channels.set_setting(hamlet, "imap_security", security)
        channels.set_setting(hamlet, "mail_ca_file", other_cert)
        result = channels.send_pending(hamlet, backoff=QUICK)
        assert result["receipts_error"]["error"] == "mail_certificate_name_mismatch"
        assert result["receipts_error"]["message"] and _states(hamlet) == {1: "delivered"}
    finally:
        good.stop()
        other.stop()


def test_starttls_asked_of_a_server_without_it_and_plain_imap_to_another_computer_are_refused(pair, office,
                                                                                           tmp_path):
    from desktop_app.messages import render

    _hamlet, commune = pair
    _mailed_bundle(pair, tmp_path)
    before = dump_tables(commune.db_path)
    channels.set_setting(commune, "imap_security", "starttls")  # the office's server speaks in clear only
    with pytest.raises(SothonError) as err:
        mail.fetch_mail(commune)
    assert err.value.code == "mail_starttls_unsupported" and "imap_security" in render(err.value)
    assert "STARTTLS" in render(err.value) and "mã hoá" in render(err.value)
    channels.set_setting(commune, "imap_security", "none")
    channels.set_setting(commune, "imap_host", "imap.example.org")
    with pytest.raises(SothonError) as err:
        mail.fetch_mail(commune)
    assert err.value.code == "mail_plain_not_local" and err.value.params["key"] == "imap_security"
    assert dump_tables(commune.db_path) == before


# --- a bundle whose receipt never comes is mailed again --------------------------------------------------------


def _advance(monkeypatch, days: float) -> None:
    """The hamlet's clock ``days`` later (the rounds and the outbox read the time through ``utcnow``)."""
    import datetime as dt

    from desktop_app.storage import models

    later = models.utcnow() + dt.timedelta(days=days)
    monkeypatch.setattr(mail, "utcnow", lambda: later)
    monkeypatch.setattr(sender, "utcnow", lambda: later)


def _receipt_attachments(office, address) -> list[bytes]:
    out = []
    for stored in office.box(address):
        message = mail._parse(stored.data)
        out += [data for _name, data in mail._attachments(message, mail.RECEIPT_SUFFIX, p.RECEIPT_TYPE)]
    return out


def _mail_one(pair, tmp_path):
    """The hamlet's first bundle, mailed to the commune: (hamlet, commune)."""
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    return hamlet, commune


def test_a_bundle_whose_message_was_lost_is_mailed_again_after_the_days_and_imported_once(pair, office, tmp_path,
                                                                                          monkeypatch):
    hamlet, commune = _mail_one(pair, tmp_path)
    assert _states(hamlet) == {1: "delivered"} and mail.resend_days(hamlet) == 3
    office.boxes[COMMUNE_ADDR].clear()  # the message never reached the commune

    # Before the days are over nothing goes again, not even with "Gửi ngay".
    _advance(monkeypatch, 2.9)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert office.box(COMMUNE_ADDR) == [] and sender.outbox(hamlet)[0]["shown_state"] == "delivered"

    # Three days without a receipt: shown as such, then mailed again at the next round.
    _advance(monkeypatch, 3.1)
    row = sender.outbox(hamlet)[0]
    assert (row["state"], row["shown_state"], row["resend_days"]) == ("delivered", sender.RESEND_DUE, 3)
    result = channels.send_pending(hamlet, backoff=QUICK)
    assert result["reachable"] is True and len(office.box(COMMUNE_ADDR)) == 1
    row = sender.outbox(hamlet)[0]
    assert (row["state"], row["shown_state"], row["delivery"]["resends"]) == ("delivered", "delivered", 1)
    assert row["delivery"]["resent_at"] is not None
    channels.send_pending(hamlet, force=True, backoff=QUICK)  # the wait starts over: not mailed a third time
    assert len(office.box(COMMUNE_ADDR)) == 1

    assert [m["status"] for m in mail.fetch_mail(commune)["messages"]] == ["imported"]
    assert imported_count(commune) == 1
    channels.send_pending(hamlet, backoff=QUICK)
    assert _states(hamlet) == {1: "acknowledged"}


def test_a_bundle_whose_receipt_was_lost_is_answered_again_with_the_same_receipt(pair, office, tmp_path,
                                                                                monkeypatch):
    hamlet, commune = _mail_one(pair, tmp_path)
    assert [m["status"] for m in mail.fetch_mail(commune)["messages"]] == ["imported"]
    (first_receipt,) = _receipt_attachments(office, HAMLET_ADDR)
    office.boxes[HAMLET_ADDR].clear()  # the receipt's answer was lost on the way back
    commune_before = dump_tables(commune.db_path)

    _advance(monkeypatch, 4)
    office.smtp_down = True  # the first try to mail it again fails: still to be sent again, with why
    result = channels.send_pending(hamlet, backoff=QUICK)
    row = sender.outbox(hamlet)[0]
    assert result["receipts"] == [] and row["state"] == "delivered"
    assert row["shown_state"] == sender.RESEND_DUE and row["delivery"]["error"] == "mail_refused"
    assert row["delivery"]["message"] and row["delivery"]["resends"] == 0
    office.smtp_down = False
    channels.send_pending(hamlet, force=True, backoff=QUICK)  # "Gửi ngay": whatever the back-off
    assert len(office.box(COMMUNE_ADDR)) == 2 and sender.outbox(hamlet)[0]["delivery"]["resends"] == 1

    fetched = mail.fetch_mail(commune)
    assert [(m["status"], m["reply"]) for m in fetched["messages"]] == [("already_imported", "sent")]
    assert imported_count(commune) == 1
    after = dump_tables(commune.db_path)
    assert {t: r for t, r in after.items() if t != "mail_messages"} == \
        {t: r for t, r in commune_before.items() if t != "mail_messages"}
    assert _receipt_attachments(office, HAMLET_ADDR) == [first_receipt]  # the same signed receipt, byte for byte
    result = channels.send_pending(hamlet, backoff=QUICK)
    assert [r["status"] for r in result["receipts"]] == ["applied"]
    assert _states(hamlet) == {1: "acknowledged"}
    assert sender.outbox(hamlet)[0]["shown_state"] == "acknowledged"


def test_the_resend_days_are_a_setting_and_zero_never_resends(pair, office, tmp_path, monkeypatch):
    hamlet, _commune = pair
    assert channels.get_setting(hamlet, "mail_resend_days") == 3
    for bad in ("-1", "ba", "61", "2.5"):
        with pytest.raises(SothonError) as err:
            channels.set_setting(hamlet, "mail_resend_days", bad)
        assert err.value.code == "setting_invalid" and err.value.params["key"] == "mail_resend_days"
    assert channels.get_setting(hamlet, "mail_resend_days") == 3
    assert channels.set_setting(hamlet, "mail_resend_days", "0") == 0
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    _advance(monkeypatch, 30)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert len(office.box(COMMUNE_ADDR)) == 1 and sender.outbox(hamlet)[0]["shown_state"] == "delivered"
    channels.set_setting(hamlet, "mail_resend_days", "7")
    channels.send_pending(hamlet, backoff=QUICK)
    assert len(office.box(COMMUNE_ADDR)) == 2
    assert channels.set_setting(hamlet, "mail_resend_days", "") == 3  # cleared: the default again


def test_the_certificate_file_setting_refuses_what_is_not_a_certificate(pair, office, tmp_path):
    from desktop_app.messages import render
    from tests.integration.mail_support import self_signed

    hamlet, commune = pair
    cert, _key = self_signed(tmp_path)
    junk = tmp_path / "junk.pem"
    junk.write_text("không phải chứng thư", encoding="utf-8")
    settings = Path(commune.data_dir) / "settings.json"
    before = settings.read_bytes()
    for bad in (str(junk), str(tmp_path / "missing.crt"), str(tmp_path)):
        with pytest.raises(SothonError) as err:
            channels.set_setting(commune, "mail_ca_file", bad)
        assert err.value.code == "setting_invalid" and err.value.params["key"] == "mail_ca_file"
        assert "tệp chứng thư" in render(err.value)
    assert settings.read_bytes() == before
    assert channels.set_setting(commune, "mail_ca_file", cert) == str(Path(cert).resolve())
    assert channels.get_setting(commune, "mail_ca_file") == str(Path(cert).resolve())
    # The file removed after it was set: the fetch says which setting to correct, nothing is read.
    Path(cert).unlink()
    channels.set_setting(commune, "imap_security", "ssl")
    with pytest.raises(SothonError) as err:
        mail.fetch_mail(commune)
    assert err.value.code == "setting_invalid" and err.value.params["key"] == "mail_ca_file"
    assert channels.set_setting(commune, "mail_ca_file", "") is None
