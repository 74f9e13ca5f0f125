"""E-mail in the window, against the tests' post office on loopback (aiosmtpd and the small IMAP server): the
commune's "Lấy thư" on its received-bundles page — disabled with the reason until a mailbox is set up, then
fetching in the background with progress and listing what came of each message — and the hamlet's outbox
reading the commune's receipts from its mailbox."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.exchange.inbox_page import InboxPage
from desktop_app.gui.exchange.mail_box import (
    ATTENTION_COLOUR,
    ATTENTION_STYLE,
    COL_DETAILS,
    COL_HAMLET,
    COL_NUMBER,
    COL_RECEIPT,
    COL_RESULT,
)
from desktop_app.gui.exchange.page import COL_STATE, ExchangePage, created_text
from desktop_app.gui.style import ERROR_COLOUR, OK_COLOUR
from desktop_app.i18n import tr
from desktop_app.services.transport import channels
from tests.conftest import dump_tables
from tests.integration import test_transport_mail as mail_tests
from tests.integration.test_transport_mail import COMMUNE_ADDR, HAMLET_ADDR, QUICK, _forged
from tests.integration.transport_support import add_household, export, free_port, imported_count

WAIT_MS = 20_000
office, pair = mail_tests.office, mail_tests.pair  # the post office on loopback and the two units using it


def _cells(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_fetch_mail_is_disabled_with_the_reason_until_a_mailbox_is_set_up(qtbot, commune):
    page = InboxPage(commune)
    qtbot.addWidget(page)
    box = page.mail_box
    assert not box.fetch_button.isEnabled() and box.fetch() is False
    hint = box.state_hint.text()
    assert tr("the IMAP server") in hint and "imap_host" not in hint and tr("Receiving bundles by e-mail") in hint
    assert box.fetch_button.toolTip() and not box.table.isVisibleTo(page)


def test_the_commune_fetches_mail_in_the_background_and_sees_each_message(qtbot, pair, office, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    office.deliver(COMMUNE_ADDR, office.box(COMMUNE_ADDR)[0].data)  # the same bundle mailed again
    office.deliver(COMMUNE_ADDR, _forged())  # an ordinary message, not a bundle

    page = InboxPage(commune)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    box = page.mail_box
    assert box.fetch_button.isEnabled() and "127.0.0.1" in box.state_hint.text()
    with qtbot.waitSignal(page.data_changed, timeout=WAIT_MS), \
            qtbot.waitSignal(box.fetched, timeout=WAIT_MS) as done:
        qtbot.mouseClick(box.fetch_button, Qt.MouseButton.LeftButton)
        # The window goes on while the mailbox is read: the button waits, the progress shows.
        assert box.running and not box.fetch_button.isEnabled() and box.progress.isVisibleTo(page)
    result = done.args[0]
    assert [m["status"] for m in result["messages"]] == ["imported", "already_imported", "quarantined"]
    assert not box.running and box.fetch_button.isEnabled() and not box.progress.isVisibleTo(page)
    assert imported_count(commune) == 1
    # Newest first: what came of each message, in the officer's words.
    table = box.table
    assert table.rowCount() == 3
    assert _cells(table, COL_RESULT) == [tr("Set aside"), tr("Already imported"), tr("Imported")]
    assert _cells(table, COL_HAMLET)[1:] == ["Thôn Đông", "Thôn Đông"]
    assert _cells(table, COL_NUMBER) == ["—", "1", "1"]
    assert _cells(table, COL_RECEIPT) == [tr("—"), tr("Sent by e-mail"), tr("Sent by e-mail")]
    details = _cells(table, COL_DETAILS)
    assert "quarantine" in details[0] or "cách ly" in details[0]
    assert details[0] == result["messages"][2]["message"]
    assert details[1] == tr("This bundle was imported before: nothing changed, the same receipt is sent again.")
    assert table.item(0, COL_RESULT).foreground().color().name() == ATTENTION_COLOUR
    assert table.item(2, COL_RESULT).foreground().color().name() == OK_COLOUR
    assert tr("{count} imported", count="1") in box.result_label.text()
    assert box.result_label.styleSheet() == ATTENTION_STYLE  # a message was set aside: something to look at
    assert len(office.box(HAMLET_ADDR)) == 2  # both bundle mails answered with the (same) receipt

    # Fetched again: nothing new; the list, read from the database, stays.
    before = dump_tables(commune.db_path)
    with qtbot.waitSignal(box.fetched, timeout=WAIT_MS):
        assert box.fetch()
    assert box.result_label.text() == tr("No new message in the mailbox.")
    assert OK_COLOUR in box.result_label.styleSheet()
    assert dump_tables(commune.db_path) == before and box.table.rowCount() == 3

    # A new page (the window opened again) lists the same messages.
    again = InboxPage(commune)
    qtbot.addWidget(again)
    assert _cells(again.mail_box.table, COL_RESULT) == _cells(table, COL_RESULT)


def test_an_unreachable_mailbox_is_said_on_the_page_and_nothing_changes(qtbot, pair, office):
    _hamlet, commune = pair
    channels.set_setting(commune, "imap_port", str(free_port()))
    page = InboxPage(commune)
    qtbot.addWidget(page)
    before = dump_tables(commune.db_path)
    with qtbot.waitSignal(page.mail_box.fetched, timeout=WAIT_MS) as done:
        assert page.mail_box.fetch()
    assert getattr(done.args[0], "code", None) == "mail_unreachable"
    label = page.mail_box.result_label
    assert "127.0.0.1" in label.text() and ERROR_COLOUR in label.styleSheet()
    assert tr("the server refused the connection: check the port") in label.text()  # why, in words
    assert page.mail_box.fetch_button.isEnabled() and dump_tables(commune.db_path) == before


def test_the_hamlet_reads_the_communes_receipts_from_its_outbox(qtbot, pair, office, tmp_path):
    from desktop_app.services.transport import mail

    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    page = ExchangePage(hamlet)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    button = page.mail_receipts_button
    assert button.isVisibleTo(page) and button.isEnabled()
    assert page.table.item(0, COL_STATE).text() == tr("Delivered, awaiting the receipt")

    with qtbot.waitSignal(page.mail_read, timeout=WAIT_MS):  # the commune has not answered yet
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.receipt_label.text() == tr(
        "No new receipt in the mailbox yet. The commune answers when it has fetched its mail.")

    mail.fetch_mail(commune)
    with qtbot.waitSignal(page.data_changed, timeout=WAIT_MS), qtbot.waitSignal(page.mail_read, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.table.item(0, COL_STATE).text() == tr("Received by the commune")
    assert tr("bundle {sequence}: {state}", sequence=1, state=tr("Received by the commune")) in \
        page.receipt_label.text()
    assert not button.isEnabled()  # nothing awaits a receipt now

    # Without a mailbox the button is not there.
    channels.set_setting(hamlet, "imap_host", "")
    page.refresh()
    assert not button.isVisibleTo(page)


def test_the_outbox_shows_a_bundle_without_receipt_to_be_sent_again_and_then_sent_again(qtbot, pair, office,
                                                                                        tmp_path, monkeypatch):
    from tests.integration.test_transport_mail import _advance

    hamlet, _commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    _advance(monkeypatch, 3.5)
    office.smtp_down = True
    channels.send_pending(hamlet, backoff=QUICK)  # the resend refused for now: it waits, with why
    page = ExchangePage(hamlet)
    qtbot.addWidget(page)
    item = page.table.item(0, COL_STATE)
    assert item.text() == tr("No receipt after {days} days: to be sent again", days=3)
    assert "451" in item.toolTip()  # what the mail server answered
    office.smtp_down = False
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    page.refresh()
    resent_at = page.entries[0]["delivery"]["resent_at"]
    assert page.table.item(0, COL_STATE).text() == tr("Sent again on {date}, awaiting the receipt",
                                                      date=created_text(resent_at))
    assert len(office.box(COMMUNE_ADDR)) == 2


def test_a_wrong_password_is_not_waiting_for_network_and_the_outbox_says_what_to_correct(qtbot, pair, office,
                                                                                         tmp_path):
    hamlet, _commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    export(hamlet, tmp_path)
    add_household(hamlet, "2", "Trần Thị Hai")
    export(hamlet, tmp_path)
    channels.set_setting(hamlet, "smtp_password", "sai-mat-khau")
    result = channels.send_pending(hamlet, force=True, backoff=QUICK)
    assert result["error"] == "mail_login_failed"
    page = ExchangePage(hamlet)
    qtbot.addWidget(page)
    page.show()
    assert page.table.item(0, COL_STATE).text() == tr("Not sent: check the sending settings")
    page.select_sequence(1)
    text = page.delivery_label.text()
    assert page.delivery_label.isVisibleTo(page) and "smtp_user, smtp_password" in text
    assert tr("Correct it in Settings → Sending to the commune, then press Send now.") in text
    from desktop_app.gui.exchange.delivery import DeliveryIndicator, DeliveryWorker

    worker = DeliveryWorker(hamlet)
    indicator = DeliveryIndicator(worker)
    qtbot.addWidget(indicator)
    worker.refresh_counts()  # the status bar does not say "waiting for network" either
    assert indicator.text() == tr("{count} bundles not sent: check the sending settings", count="2")
    # The network down instead: waiting, and when the next try is.
    channels.set_setting(hamlet, "smtp_password", "mk-thon")
    channels.set_setting(hamlet, "smtp_port", str(free_port()))
    channels.send_pending(hamlet, force=True, backoff=QUICK)
    page.refresh()
    page.select_sequence(2)
    assert page.table.item(0, COL_STATE).text() == tr("Waiting for network")
    assert "127.0.0.1" in page.delivery_label.text()
    assert tr("Sổ Thôn tries again by itself from {when}; Send now tries at once.",
              when=created_text(page.selected()["delivery"]["next_attempt_at"])) in page.delivery_label.text()
