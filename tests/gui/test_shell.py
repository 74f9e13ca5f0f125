"""The window's shell: first-run wizard, sign-in, main window, language and text size, start-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard

from desktop_app import config, i18n
from desktop_app.bootstrap import open_app
from desktop_app.domain.errors import AuthError
from desktop_app.gui import style
from desktop_app.i18n import tr
from desktop_app.messages import render
from desktop_app.services import views
from tests.conftest import PASSPHRASE, make_hamlet


@pytest.fixture(autouse=True)
def _normal_text_size():
    yield
    style.apply_text_scale(1.0)


# --- the first-run wizard -------------------------------------------------------------------------


def _type(widget, text):
    """Type ``text`` as keystrokes (QTest.keyClicks accepts Latin-1 only; Vietnamese needs more)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _drive_to_passphrase(qtbot, wizard):
    assert wizard.currentId() == wizard.ROLE and wizard.role_page.hamlet_radio.isChecked()
    _next(qtbot, wizard)
    place = wizard.place_page
    qtbot.keyClicks(place.provinces.search, "nghe an")  # no accents typed: still found
    assert place.provinces.proxy.rowCount() == 1
    assert place.provinces.select_code("40")
    qtbot.keyClicks(place.communes.search, "yen xuan")
    assert place.communes.select_code("17380")
    assert place.isComplete()
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.UNIT
    _type(wizard.unit_page.name_edit, "Thôn Đông")
    assert wizard.unit_page.code_edit.text() == "17380-thon-dong"
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.HEAD
    _type(wizard.head_page.name_edit, "nguyễn văn trưởng")
    qtbot.keyClicks(wizard.head_page.phone_edit, "0912 345 678")
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.PASSPHRASE


def _unit_and_profiles(app):
    with app.reader() as conn:
        return views.own_unit(conn), views.profiles(conn)


def test_the_wizard_sets_up_the_hamlet_and_the_heads_profile_on_an_empty_directory(qtbot, tmp_path):
    from desktop_app.gui.wizard import FirstRunWizard

    app = open_app(tmp_path / "data")
    wizard = FirstRunWizard(app)
    qtbot.addWidget(wizard)
    wizard.show()
    _drive_to_passphrase(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.second, PASSPHRASE)
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.SUMMARY
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    unit, profiles = _unit_and_profiles(app)
    assert (unit.code, unit.name, unit.commune_code, unit.province_code) == ("17380-thon-dong", "Thôn Đông",
                                                                             "17380", "40")
    assert [(p.name, p.display_name, p.phone) for p in profiles] == [
        ("nguyen.van.truong", "Nguyễn Văn Trưởng", "0912345678")]
    assert app.profile is not None and app.profile.name == "nguyen.van.truong"
    assert config.Settings.load(app.data_dir).default_profile == "nguyen.van.truong"
    app.close()


def test_the_wizard_refuses_a_too_short_passphrase_on_its_page_and_writes_nothing(qtbot, tmp_path):
    from desktop_app.gui.wizard import FirstRunWizard

    app = open_app(tmp_path / "data")
    wizard = FirstRunWizard(app)
    qtbot.addWidget(wizard)
    wizard.show()
    _drive_to_passphrase(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.first, "abc")
    qtbot.keyClicks(wizard.passphrase_page.second, "abc")
    _next(qtbot, wizard)

    error = wizard.passphrase_page.error_label
    assert wizard.currentId() == wizard.PASSPHRASE
    assert error.isVisible() and "6" in error.text()
    assert _unit_and_profiles(app) == (None, [])
    assert config.Settings.load(app.data_dir).default_profile is None
    app.close()


def test_the_wizard_sets_up_a_commune_without_asking_for_a_hamlet(qtbot, tmp_path):
    from desktop_app.gui.wizard import FirstRunWizard

    app = open_app(tmp_path / "data")
    wizard = FirstRunWizard(app)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.commune_radio.setChecked(True)
    _next(qtbot, wizard)
    wizard.place_page.provinces.select_code("40")
    wizard.place_page.communes.select_code("17380")
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.HEAD
    _type(wizard.head_page.name_edit, "Lê Thị Cán Bộ")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.second, PASSPHRASE)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    unit, profiles = _unit_and_profiles(app)
    assert (unit.code, unit.name, unit.kind.value) == ("17380", "Xã Yên Xuân", "commune")
    assert [p.role.value for p in profiles] == ["commune_officer"]
    app.close()


# --- signing in -----------------------------------------------------------------------------------


def test_the_login_dialog_refuses_a_wrong_passphrase_with_a_visible_message(qtbot, hamlet):
    from desktop_app.gui.login import LoginDialog

    hamlet.profile = None
    dialog = LoginDialog(hamlet)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "sai-mat-khau")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert dialog.result() != LoginDialog.DialogCode.Accepted and hamlet.profile is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == render(AuthError("passphrase_wrong", profile="nguyen.van.truong"))

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == LoginDialog.DialogCode.Accepted and hamlet.profile.name == "nguyen.van.truong"


# --- the main window ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, hamlet):
    from desktop_app.gui.main_window import MainWindow

    w = MainWindow(hamlet)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_the_main_window_opens_a_hamlet_on_the_dashboard_with_the_units_name_and_counts(qtbot, window):
    from desktop_app.gui.security.dashboard import DashboardPage

    assert window.current_area() == "dashboard" == window.area_keys()[0]
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    assert window.windowTitle() == "Sổ Thôn — Thôn Đông"
    assert set(window.pages) == {"dashboard"}  # the other pages wait for their first visit
    assert "17380-thon-dong" in window.unit_label.text()
    assert window.profile_label.text() == "Nguyễn Văn Trưởng"
    qtbot.waitUntil(lambda: window.counts_label.text() != "", timeout=5000)

    window.actions_by_key["area:settings"].trigger()
    assert window.current_area() == "settings" and set(window.pages) == {"dashboard", "settings"}
    window.actions_by_key["find"].trigger()  # the register's actions still find the register
    assert window.current_area() == "register"


def test_a_communes_window_opens_on_the_overview_and_a_hamlets_on_the_dashboard(qtbot, commune, hamlet):
    from desktop_app.gui.commune.overview_page import OverviewPage
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.security.dashboard import DashboardPage

    w = MainWindow(commune)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000):  # the overview says so once it shows its figures
        w.show()
    assert w.current_area() == "overview" and "dashboard" not in w.area_keys()
    assert isinstance(w.stack.currentWidget(), OverviewPage) and set(w.pages) == {"overview"}
    assert w.nav.currentItem().text() == tr("Commune overview")
    h = MainWindow(hamlet)
    qtbot.addWidget(h)
    assert h.current_area() == "dashboard" and isinstance(h.stack.currentWidget(), DashboardPage)
    assert set(h.pages) == {"dashboard"}


def test_switching_the_language_retranslates_the_menus_and_back_without_restart(window, monkeypatch):
    # Until translators reach the window's texts, give two of them a Vietnamese text for this test.
    vietnamese = i18n._load("vi")
    for source, text in (("&File", "&Tệp"), ("Settings", "Cài đặt")):
        if source not in vietnamese:
            monkeypatch.setitem(vietnamese, source, text)
    settings = window.show_area("settings")

    window.language_actions["en"].trigger()
    assert i18n.language() == "en" and window.file_menu.title() == "&File"
    assert settings.heading.text() == "Settings" and settings.language.currentData() == "en"
    assert config.Settings.load(window.app.data_dir).language == "en"

    window.language_actions["vi"].trigger()
    assert i18n.language() == "vi" and window.file_menu.title() == vietnamese["&File"]
    settings_item = window.nav.item(window.area_keys().index("settings"))
    assert settings.heading.text() == settings_item.text() == vietnamese["Settings"]
    assert config.Settings.load(window.app.data_dir).language == "vi"


def test_text_size_steps_scale_the_application_font_and_are_remembered(window):
    base = style.base_font().pointSizeF()
    window.actions_by_key["larger"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.1, abs=0.06)
    assert config.Settings.load(window.app.data_dir).text_scale == pytest.approx(1.1)
    heading = window.unit_heading.font().pointSizeF()
    assert heading == pytest.approx(QApplication.font().pointSizeF() * 1.2, abs=0.1)  # headings follow

    for _ in range(20):
        window.actions_by_key["larger"].trigger()
    assert window.app.settings.text_scale == style.MAX_SCALE

    window.actions_by_key["normal"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert window.app.settings.text_scale == 1.0


# --- start-up -------------------------------------------------------------------------------------


def test_run_opens_the_window_and_exits_with_zero_once_the_first_page_is_ready(
        tmp_path, monkeypatch, qapp):
    from desktop_app.gui.app import run

    make_hamlet(tmp_path / "data").close()
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    assert run(data_dir=str(tmp_path / "data"), lang=None, profile=None, exit_when_ready=True) == 0


def test_run_with_exit_when_ready_and_a_wrong_passphrase_exits_with_one_without_waiting(
        tmp_path, monkeypatch, qapp, capsys):
    from desktop_app.gui.app import run

    make_hamlet(tmp_path / "data").close()
    monkeypatch.setenv("SOTHON_PASSPHRASE", "sai-mat-khau")
    assert run(data_dir=str(tmp_path / "data"), lang="en", profile=None, exit_when_ready=True) == 1
    assert "wrong" in capsys.readouterr().err


# --- settings and backups -------------------------------------------------------------------------


def test_the_settings_page_changes_the_passphrase_and_refuses_a_wrong_current_one(qtbot, hamlet):
    from desktop_app.gui.settings.page import SettingsPage

    page = SettingsPage(hamlet)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.old_passphrase, "sai-mat-khau")
    qtbot.keyClicks(page.new_passphrase, "mat-khau-moi")
    qtbot.keyClicks(page.repeat_passphrase, "mat-khau-moi")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert page.change_message.isVisible()
    assert page.change_message.text() == render(AuthError("passphrase_wrong", profile="nguyen.van.truong"))

    page.old_passphrase.clear()
    qtbot.keyClicks(page.old_passphrase, PASSPHRASE)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert page.old_passphrase.text() == "" and page.change_message.isVisible()
    assert hamlet.unlock("nguyen.van.truong", "mat-khau-moi").name == "nguyen.van.truong"


def test_a_restore_from_the_backup_page_reopens_the_data_and_asks_for_the_passphrase_again(
        qtbot, tmp_path, monkeypatch):
    from desktop_app.domain.people import BirthDate, ResidentInput, Sex
    from desktop_app.gui.app import Shell
    from desktop_app.gui.login import LoginDialog
    from desktop_app.services import register

    make_hamlet(tmp_path / "data").close()
    shell = Shell(QApplication.instance(), open_app(tmp_path / "data"), profile=None, exit_when_ready=False)
    signed_in = []

    def sign_in(dialog):  # the person types the passphrase and presses Open
        dialog.passphrase.setText(PASSPHRASE)
        dialog.try_open()
        signed_in.append(dialog.app.profile.name)
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    assert shell.start() is None and signed_in == ["nguyen.van.truong"]
    window = shell.window
    page = window.show_area("backups")
    qtbot.waitUntil(lambda: window.counts_label.text() != "", timeout=5000)
    page.back_up_now()
    qtbot.waitUntil(lambda: any(p.name.startswith("manual-") for p in page.backup_files()), timeout=5000)
    backup = next(p for p in page.backup_files() if p.name.startswith("manual-"))
    # The file appears before the page's "done" callback refreshes the table: wait for that too.
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == len(page.backup_files()), timeout=5000)
    with shell.app.uow() as uow:  # a household entered after the backup
        register.add_household(uow, number="1", address=None, head=ResidentInput(
            full_name="Nguyễn Văn Ấn", birth_date=BirthDate(1980, 3, 4), sex=Sex.MALE))
        uow.commit()

    assert page.restore(backup, confirm=False)

    assert shell.window is not None and shell.window is not window
    assert signed_in == ["nguyen.van.truong", "nguyen.van.truong"]
    with shell.app.reader() as conn:
        assert views.count_residents(conn) == 0
    assert any(p.name.startswith("before-restore-") for p in shell.app.backups_dir.iterdir())
    shell.close()


def test_run_explains_a_damaged_database_in_a_message_box_and_exits_with_one(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.app import run

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sothon.db").write_bytes(b"this is not a database" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    assert run(data_dir=str(tmp_path / "data"), lang="en", profile=None, exit_when_ready=False) == 1
    assert len(shown) == 1 and "damaged" in shown[0]


def test_the_head_adds_a_mediator_from_the_settings_page_and_a_bad_passphrase_writes_nothing(qtbot, hamlet):
    from desktop_app.gui.settings.profiles_box import AddProfileDialog, ProfilesBox

    box = ProfilesBox(hamlet)
    qtbot.addWidget(box)
    assert box.add_button.isEnabled() and box.list.count() == 1
    dialog = box.add_profile()
    assert isinstance(dialog, AddProfileDialog)
    dialog.name_edit.setText("Trần Thị Hòa")
    dialog.passphrase.setText("abc")
    dialog.repeat.setText("abc")
    dialog.save()
    assert dialog.isVisible() and "6" in dialog.message.text()
    assert len(hamlet.profiles()) == 1
    dialog.passphrase.setText("hoa-giai-123")
    dialog.repeat.setText("hoa-giai-123")
    dialog.save()
    assert not dialog.isVisible()
    assert [p.name for p in hamlet.profiles()] == [hamlet.profile.name, "tran.thi.hoa"]
    assert box.list.count() == 2 and "tran.thi.hoa" in box.message.text()
