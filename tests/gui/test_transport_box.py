"""The settings page's "sending to the commune" box: a hamlet chooses e-mail and fills in its mail account,
saved together with the password sealed; a bad value shows its message and changes nothing; the commune sees
only what it needs to receive by e-mail."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop_app.i18n import tr
from desktop_app.services.transport import channels
from tests.conftest import PASSPHRASE


def _page(qtbot, app):
    from desktop_app.gui.settings.page import SettingsPage

    page = SettingsPage(app)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    return page


def _fill(box, **values):
    for key, value in values.items():
        box.edits[key].setText(value)


def test_a_hamlet_chooses_e_mail_and_saves_its_account_with_the_password_sealed(qtbot, hamlet):
    page = _page(qtbot, hamlet)
    box = page.transport_box
    assert box.title() and box.form.isRowVisible(box.edits["inbox_url"])
    box.channel.setCurrentIndex(box.channel.findData("email"))
    assert not box.form.isRowVisible(box.edits["inbox_url"])
    _fill(box, mail_address="thondong@gmail.com", mail_commune_address="vanphong@xa.gov.vn",
          smtp_host="smtp.gmail.com", smtp_port="587", smtp_user="thondong@gmail.com", smtp_password="mk bí mật")
    box.save()
    assert box.message.text() and "bí mật" not in (Path(hamlet.data_dir) / "settings.json").read_text("utf-8")
    assert channels.channel(hamlet) == "email" and channels.configured(hamlet)
    assert channels.get_setting(hamlet, "smtp_port") == 587
    assert channels.get_setting(hamlet, "smtp_password") == "sealed"
    assert box.edits["smtp_password"].text() == "" and box.edits["smtp_password"].placeholderText()
    from desktop_app.services.transport import mail

    assert mail.account(hamlet, "smtp").password == "mk bí mật"
    hamlet.change_passphrase(PASSPHRASE, "mat-khau-moi")  # sealed again with the new passphrase
    assert mail.account(hamlet, "smtp").password == "mk bí mật"
    if os.environ.get("SOTHON_SHOTS"):
        box.grab().save(os.path.join(os.environ["SOTHON_SHOTS"], "transport_box_hamlet.png"))


def test_a_bad_value_shows_its_message_and_nothing_is_saved(qtbot, hamlet):
    page = _page(qtbot, hamlet)
    box = page.transport_box
    before = json.loads((Path(hamlet.data_dir) / "settings.json").read_text("utf-8")) \
        if (Path(hamlet.data_dir) / "settings.json").exists() else None
    box.channel.setCurrentIndex(box.channel.findData("email"))
    _fill(box, mail_address="thondong@gmail.com", smtp_host="smtp.gmail.com", smtp_port="70000")
    box.save()
    assert "smtp_port" in box.message.text()
    # Named as on the form, with what is expected in the window's language, and the cursor in the field.
    assert box.message.text().startswith(f"{tr('Sending mail (SMTP)')} – {tr('Port:').rstrip(':')}: ")
    assert tr("a port number from 1 to 65535") in box.message.text()
    assert box.edits["smtp_port"].hasFocus() or not box.isActiveWindow()
    after = json.loads((Path(hamlet.data_dir) / "settings.json").read_text("utf-8")) \
        if (Path(hamlet.data_dir) / "settings.json").exists() else None
    assert (after or {}).get("extra", {}) == (before or {}).get("extra", {})
    assert channels.channel(hamlet) == "http"


def test_the_commune_sees_the_mailbox_it_reads_and_no_inbox_address(qtbot, commune):
    page = _page(qtbot, commune)
    box = page.transport_box
    assert "inbox_url" not in box.labels and "delivery_channel" not in box.labels
    assert "mail_commune_address" not in box.labels and "imap_host" in box.labels
    _fill(box, mail_address="vanphong@xa.gov.vn", imap_host="imap.xa.gov.vn", imap_user="vanphong",
          imap_password="mk-xa", smtp_host="smtp.xa.gov.vn")
    box.save()
    assert channels.get_setting(commune, "imap_host") == "imap.xa.gov.vn"
    assert channels.get_setting(commune, "imap_password") == "sealed"
    if os.environ.get("SOTHON_SHOTS"):
        box.grab().save(os.path.join(os.environ["SOTHON_SHOTS"], "transport_box_commune.png"))
