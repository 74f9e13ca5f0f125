"""The register page, its dialogs, the import and the trash, driven as a person would (pytest-qt)."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app import i18n
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import BirthDate, Relation, ResidenceType, ResidentInput, ResidentStatus, Sex
from desktop_app.domain.vietnamese import name_sort_key
from desktop_app.gui.common import message_for
from desktop_app.gui.register import forms
from desktop_app.gui.register.history_dialog import HistoryDialog
from desktop_app.gui.register.page import RegisterPage
from desktop_app.gui.register.resident_dialog import ResidentDialog
from desktop_app.gui.register.residents_model import COLUMN, PAGE_SIZE, ResidentIdRole
from desktop_app.gui.register.trash_page import TrashPage
from desktop_app.services import demo, register
from desktop_app.services.register import ResidentFilter

HEADERS = ["Hộ số", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Quan hệ với chủ hộ"]


# --- helpers ---------------------------------------------------------------------------------------


def _fill_demo(app) -> None:
    with app.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=vn_today())
        uow.commit()


def _household_with(app, name: str, *, pid: str | None = None, number: str = "9001", sex=Sex.MALE, year=1980,
                    **kw) -> register.HouseholdView:
    with app.uow() as uow:
        h = register.add_household(uow, number=number, address="Xóm 9, Thôn Đông", head=ResidentInput(
            full_name=name, birth_date=BirthDate(year, 1, 5), sex=sex, personal_id=pid, **kw))
        uow.commit()
    return h


def _count(app, **kw) -> int:
    with app.uow() as uow:
        return register.count_residents(uow, ResidentFilter(**kw))


def _names(page: RegisterPage) -> list[str]:
    model = page.model
    return [model.index(i, COLUMN["full_name"]).data() for i in range(model.rowCount())]


@pytest.fixture
def page(qtbot, hamlet):
    _fill_demo(hamlet)
    p = RegisterPage(hamlet)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    with qtbot.waitSignal(p.ready, timeout=5000):
        p.show()
    return p


def _search(qtbot, page: RegisterPage, text: str) -> None:
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, text)
    qtbot.waitUntil(lambda: page.model.query == " ".join(text.split()), timeout=2000)


# --- the list --------------------------------------------------------------------------------------


def test_the_page_shows_the_first_rows_and_says_it_is_ready(qtbot, hamlet):
    _fill_demo(hamlet)
    p = RegisterPage(hamlet)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.ready, timeout=5000):
        p.show()
    total = _count(hamlet)
    assert p.model.rowCount() == PAGE_SIZE < total
    assert p.model.total() == total
    assert p.count_label.text() == i18n.tr("{count} people", count=i18n.format_number(total))
    assert "." in p.count_label.text()  # 1.795 in Vietnamese


def test_the_model_fetches_more_on_scroll_and_holds_only_what_was_fetched(qtbot, page):
    model = page.model
    assert model.loaded() == model.rowCount() == PAGE_SIZE
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.loaded() > PAGE_SIZE, timeout=2000)
    assert model.rowCount() == model.loaded() <= 3 * PAGE_SIZE
    assert model.loaded() % PAGE_SIZE == 0 and model.loaded() < model.total()


def test_the_list_is_in_vietnamese_order(page, hamlet):
    names = _names(page)
    assert names == sorted(names, key=name_sort_key)
    with hamlet.uow() as uow:
        assert names == [r.full_name for r in register.list_residents(uow, limit=PAGE_SIZE)]


def test_each_row_carries_the_resident_id(page, hamlet):
    with hamlet.uow() as uow:
        first = register.list_residents(uow, limit=1)[0]
    assert page.model.index(0, 3).data(ResidentIdRole) == first.id


def test_typing_without_diacritics_finds_the_person_first(qtbot, page, hamlet):
    h = _household_with(hamlet, "Nguyễn Văn Ấn", pid="040080123456")
    page.refresh()
    _search(qtbot, page, "nguyen van an")
    names = _names(page)
    assert "Nguyễn Văn Ấn" in names[:3]
    assert all(n.startswith("Nguyễn Văn") for n in names)
    assert page.detail.resident_id() == page.model.resident(0).id  # the best match is selected
    _search(qtbot, page, "nguyeenx vawn aans")  # Telex
    assert _names(page)[0] == "Nguyễn Văn Ấn"
    _search(qtbot, page, "040080123")
    assert _names(page) == ["Nguyễn Văn Ấn"]
    assert page.model.resident(0).household_id == h.id


def test_clearing_the_search_shows_the_whole_list_again(qtbot, page):
    _search(qtbot, page, "nguyen")
    page.search_edit.clear()
    qtbot.waitUntil(lambda: not page.model.is_searching(), timeout=2000)
    assert page.model.total() == _count(page.app)


def test_filters_narrow_the_list(qtbot, page, hamlet):
    page.sex_combo.setCurrentIndex(page.sex_combo.findData(Sex.FEMALE.value))
    assert page.model.total() == _count(hamlet, sex=Sex.FEMALE)
    page.residence_combo.setCurrentIndex(page.residence_combo.findData(ResidenceType.TEMPORARY.value))
    assert page.model.total() == _count(hamlet, sex=Sex.FEMALE, residence_type=ResidenceType.TEMPORARY)
    shown = [page.model.resident(i) for i in range(page.model.rowCount())]
    assert all(r.residence_type is ResidenceType.TEMPORARY for r in shown)


def test_temporary_residents_about_to_expire_are_highlighted_and_listed_by_the_reminder(qtbot, page, hamlet):
    with hamlet.uow() as uow:
        expiring = register.expiring_temporary_residents(uow, today=vn_today())
    assert expiring
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)  # looked up in a worker after the first page
    page.banner_button.click()
    assert page.model.expiring_only and page.model.total() == len(expiring)
    index = page.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole)
    page.banner_button.click()
    assert not page.model.expiring_only and page.model.total() == _count(hamlet)


# --- adding and editing people ---------------------------------------------------------------------


def test_an_invalid_personal_id_is_shown_in_vietnamese_and_nothing_is_written(qtbot, page, hamlet):
    page.select_resident(page.model.resident(0).id)
    before = _count(hamlet)
    dialog = page.add_person()
    dialog.form.name_edit.insert("Trần Văn Bình")
    qtbot.keyClicks(dialog.form.birth_edit, "1980")
    dialog.form.male_radio.setChecked(True)
    qtbot.keyClicks(dialog.form.personal_id_edit, "04008012345")  # 11 digits
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert i18n.language() == "vi"
    expected = message_for(ValidationError("personal_id_length", field="personal_id", value="04008012345",
                                           length=11))
    assert dialog.isVisible() and dialog.error_line.isVisible()
    assert expected in dialog.error_line.text()
    i18n.set_language("en")
    assert message_for(ValidationError("personal_id_length", value="04008012345", length=11)) != expected
    i18n.set_language("vi")
    assert dialog.focusWidget() is dialog.form.personal_id_edit
    assert _count(hamlet) == before


def test_a_year_alone_is_a_valid_date_of_birth_and_a_bad_date_names_its_field(qtbot, page, hamlet):
    page.select_resident(page.model.resident(0).id)
    dialog = page.add_person()
    dialog.form.name_edit.setText("Lê Thị Mơ")
    dialog.form.female_radio.setChecked(True)
    dialog.form.birth_edit.setText("31/02/1950")
    dialog.save()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.form.birth_edit
    assert "31/02/1950" in dialog.error_line.text()
    dialog.form.birth_edit.setText("1950")
    dialog.save()
    assert not dialog.isVisible()
    with hamlet.uow() as uow:
        added = register.get_resident(uow, dialog.resident_id)
    assert added.birth_date == BirthDate(1950) and added.full_name == "Lê Thị Mơ"


def test_a_valid_person_added_through_the_dialog_appears_in_the_list_and_is_selected(qtbot, page, hamlet):
    h = _household_with(hamlet, "Phạm Văn Chủ")
    page.refresh()
    page.select_resident(h.head_id)
    before = _count(hamlet)
    dialog = page.add_person()
    dialog.set_reason("birth")
    dialog.form.name_edit.insert("phạm thị bé")
    qtbot.keyClicks(dialog.form.birth_edit, "05/01/2024")
    dialog.form.female_radio.setChecked(True)
    qtbot.keyClicks(dialog.form.personal_id_edit, "040324123456")
    with qtbot.waitSignal(page.data_changed):
        dialog.save()
    assert _count(hamlet) == before + 1
    assert page.detail.details.resident.full_name == "Phạm Thị Bé"
    row = page.table.currentIndex().row()
    assert page.model.resident(row).full_name == "Phạm Thị Bé"
    assert [e.kind for e in page.detail.details.events] == ["birth"]
    assert len(page.detail.details.members) == 2


def test_a_new_household_is_created_with_its_head(qtbot, page, hamlet):
    with hamlet.uow() as uow:
        households = len(register.list_households(uow))
    dialog = page.new_household()
    assert dialog.number_edit.text() == str(households + 1)  # the next free number is proposed
    dialog.head_form.name_edit.setText("Đinh Thị Lan")
    dialog.head_form.female_radio.setChecked(True)
    dialog.address_edit.setText("Xóm 3, Thôn Đông")
    with qtbot.waitSignal(page.data_changed):
        dialog.save()
    d = page.detail.details
    assert d.resident.full_name == "Đinh Thị Lan" and d.resident.relation is Relation.HEAD
    assert d.household.number == str(households + 1) and d.household.address == "Xóm 3, Thôn Đông"


def test_a_household_number_in_use_is_refused_in_the_dialog_and_nothing_is_written(qtbot, page, hamlet):
    before = _count(hamlet)
    dialog = page.new_household()
    dialog.number_edit.setText("1")
    dialog.head_form.name_edit.setText("Bạch Văn Trùng")
    dialog.head_form.male_radio.setChecked(True)
    dialog.save()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.number_edit
    assert message_for(ValidationError("household_number_duplicate", value="1")) in dialog.error_line.text()
    assert _count(hamlet) == before
    dialog.reject()


def test_the_page_module_does_not_import_the_orm_so_the_window_starts_fast():
    code = ("import sys; import desktop_app.gui.register.page, desktop_app.gui.register.residents_model;"
            " print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_editing_a_person_is_in_their_change_history_with_readable_values(qtbot, page, hamlet):
    h = _household_with(hamlet, "Vũ Văn Sửa")
    page.refresh()
    page.select_resident(h.head_id)
    dialog = page.edit_person()
    assert dialog.form.name_edit.text() == "Vũ Văn Sửa"
    dialog.form.phone_edit.setText("0987654321")
    dialog.save()
    assert not dialog.isVisible()
    history = page.show_history()
    assert isinstance(history, HistoryDialog)
    texts = [history.table.item(0, j).text() for j in range(4)]
    assert texts[1] == hamlet.profile.name
    assert "— → 0987654321" in texts[3]
    history.reject()


def test_moving_a_person_to_another_household(qtbot, page, hamlet):
    source = _household_with(hamlet, "Hà Văn Đi", number="9001")
    with hamlet.uow() as uow:
        mover = register.add_resident(uow, household_id=source.id, data=ResidentInput(
            full_name="Hà Thị Chuyển", birth_date=BirthDate(2001), sex=Sex.FEMALE, relation=Relation.CHILD))
        uow.commit()
    target = _household_with(hamlet, "Mai Văn Đến", number="9002")
    page.refresh()
    page.select_resident(mover.id)
    dialog = page.move_person()
    dialog.find_edit.setText("9002")
    assert dialog.selected_household_id() == target.id
    with qtbot.waitSignal(page.data_changed):
        dialog.save()
    assert page.detail.details.household.id == target.id
    assert page.detail.details.events[-1].kind == "household_change"


def test_recording_a_death_removes_the_person_from_the_current_list(qtbot, page, hamlet):
    h = _household_with(hamlet, "Trịnh Văn Mất", year=1930)
    page.refresh()
    page.select_resident(h.head_id)
    before = page.model.total()
    dialog = page.record_leaving("death")
    with qtbot.waitSignal(page.data_changed):
        dialog.save()
    assert page.model.total() == before - 1
    assert page.model.row_of(h.head_id, fetch_up_to=10_000) == -1
    assert page.detail.details.resident.status is ResidentStatus.DEAD  # still shown, marked
    assert not page.actions_by_name["record_death"].isEnabled()
    page.former_check.setChecked(True)
    assert page.model.row_of(h.head_id, fetch_up_to=10_000) >= 0


# --- drafts ----------------------------------------------------------------------------------------


def test_what_was_typed_is_offered_back_after_a_crash_and_a_save_deletes_the_draft(qtbot, page, hamlet,
                                                                                    monkeypatch):
    monkeypatch.setattr(forms, "DRAFT_DELAY_MS", 50)
    h = _household_with(hamlet, "Lý Văn Nháp")
    page.refresh()
    page.select_resident(h.head_id)
    first = page.add_person()
    first.form.name_edit.insert("Lý Thị Nháp")
    folder = hamlet.data_dir / "drafts"
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.iterdir()), timeout=2000)
    first.drafts.stop()  # the crash: the dialog never closes properly
    first.hide()

    second = ResidentDialog(hamlet, household_id=h.id)
    qtbot.addWidget(second)
    assert second.banner.isVisibleTo(second) and second.form.name_edit.text() == ""
    second.banner.restore_button.click()
    assert second.form.name_edit.text() == "Lý Thị Nháp" and not second.banner.isVisibleTo(second)
    second.form.female_radio.setChecked(True)
    second.save()
    assert second.result() == second.DialogCode.Accepted
    third = ResidentDialog(hamlet, household_id=h.id)
    qtbot.addWidget(third)
    assert not third.banner.isVisibleTo(third)


# --- trash -----------------------------------------------------------------------------------------


def test_a_deleted_person_goes_to_the_trash_and_comes_back(qtbot, page, hamlet, monkeypatch):
    h = _household_with(hamlet, "Quách Văn Xóa", pid="040080654321")
    page.refresh()
    page.select_resident(h.head_id)
    before = _count(hamlet)
    monkeypatch.setattr(page, "_confirm", lambda *a: True)
    with qtbot.waitSignal(page.data_changed):
        page.actions_by_name["delete_person"].trigger()
    assert _count(hamlet) == before - 1
    trash = TrashPage(hamlet)
    qtbot.addWidget(trash)
    table = trash.people_table
    assert [table.item(i, 0).text() for i in range(table.rowCount())] == ["Quách Văn Xóa"]
    assert trash.people_table.item(0, 3).text()  # when it was deleted
    trash.select(h.head_id)
    with qtbot.waitSignal(trash.data_changed):
        trash.restore_button.click()
    assert _count(hamlet) == before and trash.people_table.rowCount() == 0


def test_restoring_someone_whose_id_is_now_taken_is_refused_with_a_message(qtbot, hamlet, monkeypatch):
    h = _household_with(hamlet, "Tạ Văn Cũ", pid="040080777777")
    with hamlet.uow() as uow:
        register.delete_resident(uow, h.head_id)
        register.add_household(uow, number="9100", address=None, head=ResidentInput(
            full_name="Tạ Văn Mới", birth_date=BirthDate(1980), sex=Sex.MALE, personal_id="040080777777"))
        uow.commit()
    shown = []
    monkeypatch.setattr("desktop_app.gui.register.trash_page.show_error",
                        lambda parent, exc, **kw: shown.append(exc))
    trash = TrashPage(hamlet)
    qtbot.addWidget(trash)
    trash.select(h.head_id)
    trash.restore_selected()
    assert [e.code for e in shown] == ["personal_id_duplicate"]
    assert trash.people_table.rowCount() == 1


# --- import ----------------------------------------------------------------------------------------


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD_ROWS = [
    ["801", "Nguyễn Văn Nhập", "05/01/1980", "Nam", "040080111111", "Chủ hộ"],
    ["801", "Trần Thị Nhập", "1982", "Nữ", "040182222222", "Vợ"],
    ["801", "Nguyễn Văn Con", "2010", "Nam", None, "Con"],
    ["802", "Lê Văn Mới", "1975", "Nam", None, "Chủ hộ"],
]


def _open_import(qtbot, page, path):
    dialog = page.import_file()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error_line.isVisible(), timeout=5000)
    return dialog


def test_the_import_previews_the_file_and_writes_nothing_until_confirmed_then_every_row(qtbot, page, hamlet,
                                                                                         tmp_path):
    path = _xlsx(tmp_path / "danh-sach.xlsx", GOOD_ROWS)
    before = _count(hamlet)
    dialog = _open_import(qtbot, page, path)
    assert [dialog.sheet.horizontalHeaderItem(j).text() for j in range(len(HEADERS))] == HEADERS
    assert [c.currentData() for c in dialog._combos] == ["household_no", "full_name", "birth_date", "sex",
                                                          "personal_id", "relation"]
    assert dialog.sheet.item(1, 1).text() == "Nguyễn Văn Nhập"
    counts = dialog.preview.counts()
    assert (counts["new"], counts["changed"], counts["unchanged"], counts["households_new"]) == (4, 0, 0, 2)
    assert dialog.import_button.isEnabled() and not dialog.errors_list.isVisible()
    assert _count(hamlet) == before  # nothing written yet
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.finished_counts["new"] == 4
    assert _count(hamlet) == before + 4
    _search(qtbot, page, "nguyen van nhap")
    assert _names(page)[0] == "Nguyễn Văn Nhập"


def test_a_file_with_a_bad_row_shows_the_row_error_and_cannot_be_imported(qtbot, page, hamlet, tmp_path):
    rows = [*GOOD_ROWS, ["803", "Đỗ Văn Sai", "1990", "Nam", "04009", "Chủ hộ"]]
    path = _xlsx(tmp_path / "co-loi.xlsx", rows)
    before = _count(hamlet)
    dialog = _open_import(qtbot, page, path)
    assert dialog.preview.errors and not dialog.import_button.isEnabled()
    items = [dialog.errors_list.item(i).text() for i in range(dialog.errors_list.count())]
    error = dialog.preview.errors[0][1]
    assert items == [i18n.tr("Row {row}: {message}", row=6, message=message_for(error))]
    assert dialog.errors_list.isVisible()
    dialog.import_now()  # refused while any row is wrong
    assert _count(hamlet) == before


def test_changing_a_column_needs_a_new_check_before_importing(qtbot, page, tmp_path):
    dialog = _open_import(qtbot, page, _xlsx(tmp_path / "ds.xlsx", GOOD_ROWS))
    assert dialog.import_button.isEnabled()
    dialog.set_field(3, None)  # "Giới tính" → skip: sex is required
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        dialog.check_button.click()
    assert dialog.preview is None and dialog.error_line.isVisible() and not dialog.import_button.isEnabled()


def test_export_writes_the_register_and_says_so(qtbot, page, hamlet, tmp_path):
    with qtbot.waitSignal(page.status_message, timeout=10_000) as signal:
        page.export_file(tmp_path / "xuat")
    assert (tmp_path / "xuat.xlsx").is_file() and "xuat.xlsx" in signal.args[0]
    with qtbot.waitSignal(page.status_message):
        page.save_template(tmp_path / "mau.xlsx")
    assert (tmp_path / "mau.xlsx").is_file()


# --- languages -------------------------------------------------------------------------------------


def test_switching_to_english_retranslates_the_headers_combos_and_buttons(qtbot, page):
    assert page.model.headerData(COLUMN["full_name"], Qt.Orientation.Horizontal) == "Họ và tên"
    i18n.set_language("en")
    page.retranslate_ui()
    assert page.model.headerData(COLUMN["full_name"], Qt.Orientation.Horizontal) == "Full name"
    assert page.model.headerData(COLUMN["residence_to"], Qt.Orientation.Horizontal) == "Until"
    assert page.sex_combo.itemText(1) == "Male"
    assert page.actions_by_name["new_household"].text() == "New household…"
    assert page.search_edit.placeholderText() == "Find by name or personal ID…"
    assert page.count_label.text().endswith("people") and "," in page.count_label.text()
    assert page.model.index(0, COLUMN["sex"]).data() in ("Male", "Female")


def test_a_hostile_spreadsheet_shows_the_limit_in_the_import_dialog_and_writes_nothing(qtbot, page, hamlet,
                                                                                        tmp_path):
    from tests import hostile_sheets

    path = hostile_sheets.wide_row(tmp_path / "rong.xlsx")
    before = _count(hamlet)
    dialog = _open_import(qtbot, page, path)
    assert dialog.preview is None and dialog.error_line.isVisible()
    assert "ZZ" in dialog.error_line.text() and "702" in dialog.error_line.text()
    assert not dialog.import_button.isEnabled()
    assert _count(hamlet) == before
