"""The settings page's "signing on the head's behalf" box: the head allows a deputy and ends it; a refusal
shows in the dialog and writes nothing; the deputy sees the grant but cannot change it."""

from __future__ import annotations

from PySide6.QtCore import QDate

from desktop_app.domain.clock import vn_today
from desktop_app.domain.units import Role
from desktop_app.services import delegation, profiles
from tests.conftest import PASSPHRASE, dump_tables

DEPUTY = "pho.thon"


def _add_deputy(app) -> None:
    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name=DEPUTY, display_name="Lê Thị Phó",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()


def _page(qtbot, app):
    from desktop_app.gui.settings.page import SettingsPage

    page = SettingsPage(app)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.refresh()
    return page


def test_the_head_allows_a_deputy_and_ends_the_permission(qtbot, hamlet, tmp_path):
    _add_deputy(hamlet)
    page = _page(qtbot, hamlet)
    box = page.delegation_box
    assert box.allow_button.isEnabled() and not box.revoke_button.isEnabled()
    dialog = box.allow()
    assert dialog.profile.currentData() == DEPUTY  # the head is not offered
    dialog.title_edit.setText("Phó trưởng thôn")
    dialog.from_edit.setDate(QDate(vn_today()))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [granted] = delegation.list_delegations(hamlet)
    assert (granted.profile_name, granted.title, granted.valid_until) == (DEPUTY, "PHÓ TRƯỞNG THÔN", None)
    assert "Lê Thị Phó" in box.list.item(0).text() and "PHÓ TRƯỞNG THÔN" in box.list.item(0).text()
    page.grab().save(str(tmp_path / "delegation.png"))
    box.list.setCurrentRow(0)
    assert box.revoke_button.isEnabled()
    box.revoke()
    [ended] = delegation.list_delegations(hamlet)
    assert ended.revoked_on == vn_today()
    assert not box.revoke_button.isEnabled() or box.list.currentItem() is None


def test_a_grant_without_a_title_is_refused_in_the_dialog_and_writes_nothing(qtbot, hamlet):
    _add_deputy(hamlet)
    page = _page(qtbot, hamlet)
    before = dump_tables(hamlet.db_path)
    dialog = page.delegation_box.allow()
    dialog.title_edit.setText("  ")
    dialog.save()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "Phó trưởng thôn" in dialog.message.text() or "title" in dialog.message.text().lower()
    assert dump_tables(hamlet.db_path) == before


def test_the_deputy_sees_the_permission_but_cannot_change_it(qtbot, hamlet):
    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        page = _page(qtbot, hamlet)
        box = page.delegation_box
        assert "Lê Thị Phó" in box.list.item(0).text()
        box.list.setCurrentRow(0)
        assert not box.allow_button.isEnabled() and not box.revoke_button.isEnabled()
    finally:
        hamlet.unlock(head, PASSPHRASE)


def test_the_deputys_preview_on_the_documents_page_prints_the_block_it_will_sign(qtbot, hamlet, tmp_path):
    import subprocess

    from PySide6.QtCore import Qt

    from desktop_app.gui.documents.page import DocumentsPage

    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        page = DocumentsPage(hamlet)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.select_kind("household_list")
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.rendered is not None and not page._working, timeout=15_000)
        path = tmp_path / "preview.pdf"
        path.write_bytes(page.rendered.pdf)
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        block = text[text.rindex("KT. TRƯỞNG THÔN"):]
        assert "PHÓ TRƯỞNG THÔN" in block and "Lê Thị Phó" in block and "Nguyễn Văn Trưởng" not in block
    finally:
        hamlet.unlock(head, PASSPHRASE)
