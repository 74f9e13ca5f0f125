"""The documents page and the unit's key on the settings page, driven as a person would (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from desktop_app import i18n
from desktop_app.domain.clock import vn_today
from desktop_app.gui.common import fingerprint_lines
from desktop_app.gui.documents.issued_list import sent_state_text
from desktop_app.gui.documents.page import DocumentsPage, print_document
from desktop_app.gui.qr import qr_modules
from desktop_app.gui.settings.identity_box import IdentityBox, parse_subject
from desktop_app.services import archive, demo, identity
from desktop_app.services.archive import IssuedView
from desktop_app.services.documents import KINDS
from desktop_app.services.signatures import trusted_for, verify_pdf_file
from desktop_app.storage.models import IssuedDocument
from tests.conftest import keep_signed, keep_signed_by_party_secretary

WAIT_MS = 15_000


def _fill_demo(app) -> None:
    with app.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=1, force=False, today=vn_today())
        uow.commit()


@pytest.fixture
def page(qtbot, hamlet):
    _fill_demo(hamlet)
    page = DocumentsPage(hamlet)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.households.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def _create(qtbot, page, kind: str) -> None:
    page.select_kind(kind)
    before = page.rendered
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rendered is not None and page.rendered is not before and not page._working,
                    timeout=WAIT_MS)


def _save_to(monkeypatch, page, path) -> list[str]:
    asked = []

    def fake_save(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(path), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    return asked


def test_the_page_lists_every_kind_of_document_by_its_title_and_in_english(page):
    texts = [page.kinds.item(row).text() for row in range(page.kinds.count())]
    assert len(texts) == len([k for k in KINDS.values() if not k.commune])  # the commune's report: commune only
    assert "Danh sách hộ gia đình" in texts and "Biên bản họp thôn" in texts
    i18n.set_language("en")
    page.retranslate_ui()
    english = [page.kinds.item(row).text() for row in range(page.kinds.count())]
    assert "Household list" in english and "Voter list" in english
    assert page.create_button.text() == "&Create document"


def test_each_kind_offers_only_the_options_it_takes(page):
    page.select_kind("voter_list")
    assert page.options.isRowVisible(page.date_edit) and not page.options.isRowVisible(page.year_spin)
    assert page.date_edit.displayFormat() == "dd/MM/yyyy" and page.date_edit.date().toPython() == vn_today()
    page.select_kind("longevity_list")
    assert page.options.isRowVisible(page.year_spin) and page.year_spin.value() == vn_today().year
    assert not page.options.isRowVisible(page.households)
    page.select_kind("household_card")
    assert page.options.isRowVisible(page.households)


def test_nothing_rendered_shows_a_hint_and_no_document_buttons(page):
    assert page.preview.currentWidget() is page.empty_hint and page.empty_hint.text()
    assert not page.sign_button.isEnabled() and not page.save_button.isEnabled()
    assert not page.print_button.isEnabled()


def test_creating_the_household_list_shows_its_pages_in_the_preview(qtbot, page):
    _create(qtbot, page, "household_list")
    assert page.preview.currentWidget() is page.pdf_view
    assert page.document.status() == QPdfDocument.Status.Ready and page.document.pageCount() >= 1
    assert page.document.pagePointSize(0).width() > page.document.pagePointSize(0).height()  # landscape
    assert page.sign_button.isEnabled() and page.save_button.isEnabled() and page.print_button.isEnabled()
    assert page.state_label.text() == i18n.tr("Not signed yet.")
    page.zoom(2.0)
    assert page.pdf_view.zoomFactor() > 0.5
    page.fit_width()


def test_a_signed_document_saved_as_a_file_verifies_as_valid(qtbot, page, hamlet, monkeypatch, tmp_path):
    _create(qtbot, page, "household_list")
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rendered.signed_at is not None and not page._working, timeout=WAIT_MS)
    assert hamlet.profile.display_name in page.state_label.text()
    assert not page.sign_button.isEnabled()  # one signature per document
    target = tmp_path / "out" / "ky"
    _save_to(monkeypatch, page, target)
    saved = page.save_as()
    assert saved == target.with_name("ky.pdf") and saved.read_bytes().startswith(b"%PDF")
    result = verify_pdf_file(saved, trusted_for(hamlet))
    assert result["valid"] and result["trusted"] and result["qr_matches"]
    assert result["signer"] == hamlet.profile.display_name

    page.verify_file(saved)
    qtbot.waitUntil(lambda: page.verify_dialog is not None, timeout=WAIT_MS)
    dialog = page.verify_dialog
    assert dialog.headline.text() == i18n.tr("The signature is valid.")
    assert dialog.rows["signer"].text().startswith(hamlet.profile.display_name)
    assert "reason" not in dialog.rows
    dialog.close()


def test_save_as_writes_the_unsigned_pdf_under_a_name_from_the_kind_and_date(qtbot, page, monkeypatch,
                                                                             tmp_path):
    _create(qtbot, page, "household_list")
    asked = _save_to(monkeypatch, page, tmp_path / "list.pdf")
    assert page.save_as() == tmp_path / "list.pdf"
    assert asked[0].endswith(f"danh-sach-ho-gia-dinh-{vn_today().isoformat()}.pdf")
    assert (tmp_path / "list.pdf").read_bytes() == page.rendered.pdf

    page.verify_file(tmp_path / "list.pdf")  # no signature: said so in words
    qtbot.waitUntil(lambda: page.verify_dialog is not None, timeout=WAIT_MS)
    assert page.verify_dialog.headline.text() == i18n.tr("The signature is not valid.")
    assert page.verify_dialog.rows["reason"].text() == i18n.tr("The PDF has no signature.")
    page.verify_dialog.close()


def test_the_household_sheet_needs_a_household_and_renders_the_one_chosen(qtbot, page):
    page.select_kind("household_card")
    picker = page.households
    first = picker.household_id()
    assert first and page.create_button.isEnabled()
    picker.search.setText("zzzz khong co")
    assert picker.proxy.rowCount() == 0 and picker.household_id() == ""
    assert not page.create_button.isEnabled()
    last = picker._households[-1]
    picker.search.setText(last.number)
    assert picker.choose(last.id) and picker.household_id() == last.id
    assert page.create_button.isEnabled()
    _create(qtbot, page, "household_card")
    assert page.rendered.household == last.number and page.document.pageCount() >= 1
    assert f"-{last.number}-" in page.default_file_name()


def _sign(qtbot, page) -> None:
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rendered.signed_at is not None and not page._working, timeout=WAIT_MS)


def _keep(app, kind: str) -> str:
    """A document signed and kept without the page (as the command line does), by the profile whose role
    signs it: its id."""
    if kind == "party_cell_minutes":
        return keep_signed_by_party_secretary(app, kind, on=dt.date(2026, 11, 20))[1].id
    return keep_signed(app, kind, on=dt.date(2026, 11, 20))[1].id


def _issued_texts(page) -> list[str]:
    return [page.issued.list.item(row).text() for row in range(page.issued.list.count())]


def test_signing_keeps_the_document_in_the_list_of_signed_documents(qtbot, page, hamlet):
    assert page.issued.count() == 0 and page.issued.empty_hint.isVisibleTo(page.issued)
    _create(qtbot, page, "hamlet_meeting_minutes")
    changed = []
    page.data_changed.connect(lambda: changed.append(True))
    statuses: list[str] = []
    page.status_message.connect(statuses.append)
    _sign(qtbot, page)

    (kept,) = archive.list_documents(hamlet)
    assert kept.kind == "hamlet_meeting_minutes" and kept.signer == hamlet.profile.display_name
    assert kept.issued_on == vn_today().isoformat() and kept.sent_state == archive.NOT_SENT
    assert page.rendered.issued_id == kept.id
    assert archive.get(hamlet, kept.id)[1] == page.rendered.pdf  # the preview shows the kept copy
    assert changed == [True]
    assert statuses[-1] == i18n.tr("The document was signed and kept in the list of signed documents. It names"
                                   " residents: it goes to the commune when you include the signed documents that"
                                   " name residents in a bundle.")
    assert page.message.text() == statuses[-1]
    assert kept.number == "01/BB-TĐ"  # the first minutes kept this year
    assert _issued_texts(page) == [i18n.tr("{date} · No. {number} · {title}", date=f"{vn_today():%d/%m/%Y}",
                                           number="01/BB-TĐ", title="Biên bản họp thôn") + "\n"
                                   f"{i18n.tr('Signed by {name}', name=hamlet.profile.display_name)}\n"
                                   f"{i18n.tr('Not sent yet: goes in a bundle that includes documents naming residents')}"]
    assert page.issued.selected_id() == kept.id and not page.issued.empty_hint.isVisibleTo(page.issued)
    assert page.tabs.tabText(1) == i18n.tr("Si&gned ({count})", count=1)


def test_a_signed_household_sheet_is_kept_with_its_household(qtbot, page, hamlet):
    page.select_kind("household_card")
    chosen = page.households._households[2]
    assert page.households.choose(chosen.id)
    _create(qtbot, page, "household_card")
    _sign(qtbot, page)
    (kept,) = archive.list_documents(hamlet)
    assert kept.record_label == chosen.number and kept.personal
    with hamlet.uow() as uow:
        assert uow.session.get(IssuedDocument, kept.id).record_id == chosen.id
    assert page.message.text() == i18n.tr(
        "The document was signed and kept in the list of signed documents. It names residents: it goes to the"
        " commune when you include the signed documents that name residents in a bundle.")
    title = i18n.tr("{title}, household {number}", title="Phiếu thông tin hộ gia đình", number=chosen.number)
    assert _issued_texts(page)[0].startswith(i18n.tr("{date} · No. {number} · {title}",
                                                     date=f"{vn_today():%d/%m/%Y}", number="01/PH-TĐ",
                                                     title=title) + "\n")
    assert _issued_texts(page)[0].endswith(i18n.tr("Not sent yet: goes in a bundle that includes documents naming"
                                                   " residents"))


def test_a_kept_document_opens_in_the_preview_already_signed(qtbot, page, hamlet):
    doc_id = _keep(hamlet, "party_cell_minutes")
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        page.refresh()
    assert page.issued.count() == 1 and page.issued.select(doc_id)
    assert _issued_texts(page)[0].endswith(i18n.tr("Not sent to the party committee yet"))
    page.tabs.setCurrentWidget(page.issued_tab)
    qtbot.mouseClick(page.issued.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rendered is not None and not page._working, timeout=WAIT_MS)

    assert page.rendered.issued_id == doc_id and page.rendered.pdf == archive.get(hamlet, doc_id)[1]
    assert page.preview.currentWidget() is page.pdf_view and page.document.pageCount() >= 1
    assert not page.sign_button.isEnabled()  # already signed
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert "Trần Văn Bí Thư" in page.state_label.text()  # the party cell secretary signed it
    assert page.caption.text().startswith("Biên bản sinh hoạt chi bộ — 20/11/2026")


def test_double_clicking_a_kept_document_opens_it(qtbot, page, hamlet):
    first, second = _keep(hamlet, "hamlet_meeting_minutes"), _keep(hamlet, "party_cell_minutes")
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        page.refresh()
    assert [v.id for v in page.issued.views] == [second, first]  # newest first
    page.tabs.setCurrentWidget(page.issued_tab)
    view = page.issued.list
    point = view.visualItemRect(view.item(1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: page.rendered is not None and not page._working, timeout=WAIT_MS)
    assert page.rendered.issued_id == first and page.rendered.kind == "hamlet_meeting_minutes"


def test_save_a_copy_writes_the_kept_signed_pdf(qtbot, page, hamlet, monkeypatch, tmp_path):
    doc_id = _keep(hamlet, "hamlet_meeting_minutes")
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        page.refresh()
    page.issued.select(doc_id)
    asked = _save_to(monkeypatch, page, tmp_path / "copy")
    saved = page.issued.save_copy()
    view, pdf = archive.get(hamlet, doc_id)
    assert asked[0].endswith(view.file_name)
    assert saved == tmp_path / "copy.pdf" and saved.read_bytes() == pdf
    assert verify_pdf_file(saved, trusted_for(hamlet))["valid"]


def test_a_kept_document_moves_to_the_trash_and_back(qtbot, page, hamlet, monkeypatch):
    doc_id = _keep(hamlet, "hamlet_meeting_minutes")
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        page.refresh()
    page.issued.select(doc_id)
    monkeypatch.setattr(page.issued, "confirm_delete", lambda _view: False)
    page.issued.move_to_trash()  # the person said no
    assert [v.id for v in archive.list_documents(hamlet)] == [doc_id]

    monkeypatch.setattr(page.issued, "confirm_delete", lambda _view: True)
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.issued.trash_button, Qt.MouseButton.LeftButton)
    assert archive.list_documents(hamlet) == [] and page.issued.list.count() == 0
    assert page.tabs.tabText(1) == i18n.tr("Si&gned")
    assert not page.issued.restore_button.isVisibleTo(page.issued)

    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        page.issued.show_deleted.setChecked(True)
    assert page.issued.list.count() == 1 and page.issued.select(doc_id)
    assert _issued_texts(page)[0].endswith(i18n.tr("In the trash"))
    assert page.issued.restore_button.isEnabled() and not page.issued.trash_button.isEnabled()
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.issued.restore_button, Qt.MouseButton.LeftButton)
    assert [v.id for v in archive.list_documents(hamlet)] == [doc_id]
    assert not page.issued.views[0].deleted and page.issued.trash_button.isEnabled()


def test_the_signed_list_says_where_each_document_is_on_its_way():
    base = dict(id="x", kind="hamlet_meeting_minutes", title="BIÊN BẢN HỌP THÔN", issued_on="2026-11-20", year=None,
                record_label=None, party=False, personal=False, file_name="a.pdf", size=1, sha256="0",
                signer="A", signer_fingerprint=None, signed_at="2026-11-20T08:00:00+07:00", deleted=False)
    i18n.set_language("en")
    texts = {state: sent_state_text(IssuedView(**base, sent_state=state, sent_sequence=3)) for state in
             ("not_sent", "pending", "sent", "acknowledged", "rejected")}
    assert texts == {"not_sent": "Not sent yet", "pending": "In bundle 3, not sent yet",
                     "sent": "Sent to the commune in bundle 3", "acknowledged": "Received by the commune",
                     "rejected": "Bundle 3 was rejected by the commune; the next one carries it again"}
    party = IssuedView(**{**base, "party": True}, sent_state="acknowledged", sent_sequence=1)
    assert sent_state_text(party) == "Received by the party committee"


def test_printing_paints_every_page_onto_the_printer(qtbot, page, tmp_path):
    _create(qtbot, page, "household_list")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(page.document, printer) == page.document.pageCount()
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == page.document.pageCount()


def test_the_main_window_has_the_documents_area_and_the_verify_action(qtbot, hamlet):
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(hamlet)
    qtbot.addWidget(window)
    assert "documents" in window.area_keys() and "verify_pdf" in window.actions_by_key
    assert isinstance(window.show_area("documents"), DocumentsPage)


# --- the unit's key on the settings page ----------------------------------------------------------


def test_the_qr_code_and_the_subject_are_read_correctly():
    modules = qr_modules("0FA7 D97A")
    assert len(modules) >= 21 and all(len(row) == len(modules) for row in modules)
    assert modules[0][:7] == [True] * 7  # a finder pattern
    assert parse_subject(r"CN=Nguyễn Văn A,title=Trưởng thôn,O=Thôn Đông\, Xã B") == {
        "CN": "Nguyễn Văn A", "title": "Trưởng thôn", "O": "Thôn Đông, Xã B"}
    assert fingerprint_lines(" ".join(["ABCD"] * 16)).count("\n") == 1


def test_the_identity_box_shows_the_units_fingerprint_and_replaces_the_key(qtbot, hamlet, monkeypatch, tmp_path):
    box = IdentityBox(hamlet)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: box.identity is not None, timeout=WAIT_MS)
    shown = identity.identity_show(hamlet)
    assert box.values["fingerprint"].text().split() == shown["fingerprint"].split()
    assert not box.qr.pixmap().isNull()
    assert "Nguyễn Văn Trưởng" in box.values["holder"].text() and "17380-thon-dong" in box.values["unit"].text()
    assert box.replace_button.isEnabled()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "cert"), ""))
    assert box.export_certificate() == tmp_path / "cert.pem"
    assert (tmp_path / "cert.pem").read_text().count("BEGIN CERTIFICATE") == 2

    old = shown["fingerprint"]
    monkeypatch.setattr(box, "confirm_replace", lambda: True)
    box.replace_key()
    qtbot.waitUntil(lambda: box.identity["fingerprint"] != old, timeout=WAIT_MS)
    assert identity.identity_show(hamlet)["fingerprint"] == box.identity["fingerprint"]
    assert box.values["fingerprint"].text().split() == box.identity["fingerprint"].split()
    from desktop_app.services.documents import render
    from desktop_app.services.signatures import sign_pdf_bytes

    signed = tmp_path / "after.pdf"
    signed.write_bytes(sign_pdf_bytes(hamlet, render(hamlet, "household_list")))
    result = verify_pdf_file(signed, trusted_for(hamlet))  # the session signs with the new key at once
    assert result["valid"] and result["signer_fingerprint"] == box.identity["fingerprint"]


def test_the_settings_page_holds_the_identity_box(qtbot, hamlet):
    from desktop_app.gui.settings.page import SettingsPage

    page = SettingsPage(hamlet)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.identity_box.identity is not None, timeout=WAIT_MS)
    assert page.identity_box.title() == i18n.tr("The unit's signing key")


def test_the_voter_list_takes_its_own_date_apart_from_the_election_day(qtbot, page, hamlet):
    from PySide6.QtCore import QDate

    page.select_kind("voter_list")
    assert page.issued_edit.isVisibleTo(page) and page.area_edit.isVisibleTo(page)
    election_day = vn_today() + dt.timedelta(days=60)  # an election to come: the list is dated today
    page.date_edit.setDate(QDate(election_day.year, election_day.month, election_day.day))
    page.election_name_edit.setText("Bầu cử bổ sung đại biểu Hội đồng nhân dân xã")
    page.area_edit.setText("Khu vực bỏ phiếu số 2")
    _create(qtbot, page, "voter_list")
    assert page.rendered.election.day == election_day and page.rendered.date == vn_today()
    _sign(qtbot, page)
    (kept,) = archive.list_documents(hamlet)
    assert kept.issued_on == vn_today().isoformat() and kept.number == "01/DS-TĐ"
    page.select_kind("household_list")
    assert not page.issued_edit.isVisibleTo(page)


def test_the_chair_names_the_secretary_who_then_co_signs_from_the_list(qtbot, page, hamlet, monkeypatch):
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles
    from tests.conftest import PASSPHRASE

    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="thu.ky", display_name="Phạm Thị Thư Ký",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    page.select_kind("voter_list")
    assert not page.cosigner_combo.isVisibleTo(page)  # a list has one signer
    _create(qtbot, page, "hamlet_meeting_minutes")
    assert page.cosigner_combo.isVisibleTo(page)
    page.cosigner_combo.setCurrentIndex(page.cosigner_combo.findData("thu.ky"))
    _sign(qtbot, page)
    (kept,) = archive.list_documents(hamlet)
    assert kept.cosigner == "Phạm Thị Thư Ký" and kept.cosigned_at is None
    assert i18n.tr("awaits the signature of {cosigner}", cosigner="Phạm Thị Thư Ký") in _issued_texts(page)[0]

    # The chair may not add the secretary's signature: refused with a message naming the secretary.
    shown = []
    monkeypatch.setattr("desktop_app.gui.documents.issued_list.show_error",
                        lambda _parent, exc, **_kw: shown.append(exc))
    page.issued.select(kept.id)
    assert page.issued.cosign_button.isVisibleTo(page.issued)
    assert not page.issued.cosign() and shown[0].code == "document_cosigner_wrong"
    assert archive.list_documents(hamlet)[0].cosigned_at is None

    hamlet.unlock("thu.ky", PASSPHRASE)
    with qtbot.waitSignal(page.issued.loaded, timeout=WAIT_MS):
        assert page.issued.cosign()
    (kept,) = archive.list_documents(hamlet)
    assert kept.cosigned_at is not None
    assert _issued_texts(page)[0].splitlines()[1] == i18n.tr(
        "Signed by {name} and {cosigner}", name="Nguyễn Văn Trưởng", cosigner="Phạm Thị Thư Ký")
    assert not page.issued.cosign_button.isVisibleTo(page.issued)


def test_a_mediation_paper_is_made_for_a_case_chosen_among_those_with_its_outcome(qtbot, page, hamlet):
    from desktop_app.domain.mediation import CaseStatus
    from desktop_app.services import mediation

    with hamlet.uow() as uow:
        successful = {r.id for r in mediation.list_cases(uow, status=CaseStatus.SUCCESSFUL)}
    page.select_kind("mediation_agreement")
    assert page.options.isRowVisible(page.case_combo) and not page.options.isRowVisible(page.households)
    offered = {page.case_combo.itemData(i) for i in range(page.case_combo.count())}
    assert offered == successful and offered
    assert page.case_combo.currentText().startswith(i18n.tr("Case {number}: {type}", number="", type="")[:4])
    _create(qtbot, page, "mediation_agreement")
    assert page.rendered.record_id == page.case_combo.currentData()
    assert page.document.pageCount() >= 1
    page.select_kind("voter_list")
    assert not page.options.isRowVisible(page.case_combo)


def test_a_meetings_paper_is_made_for_a_meeting_the_profile_may_see_and_dated_by_it(qtbot, page, hamlet):
    from desktop_app.domain.units import Role
    from desktop_app.services import meetings, profiles
    from tests.conftest import PASSPHRASE

    with hamlet.uow() as uow:
        town = [r for r in meetings.list_meetings(uow, viewer=hamlet.profile) if not r.party]
    page.select_kind("meeting_invitation")
    assert page.options.isRowVisible(page.meeting_combo) and not page.options.isRowVisible(page.case_combo)
    assert [page.meeting_combo.itemData(i) for i in range(page.meeting_combo.count())] == [r.id for r in town]
    assert page.date_edit.date().toPython() == min(town[0].date, vn_today())  # never after the meeting
    _create(qtbot, page, "meeting_invitation")
    assert page.rendered.record_id == town[0].id and page.rendered.kind == "meeting_invitation"
    # the minutes are made from a stored meeting of their body too (the sample only when there is none)
    page.select_kind("hamlet_meeting_minutes")
    hamlet_ids = [r.id for r in town if r.body.value == "hamlet"]
    assert [page.meeting_combo.itemData(i) for i in range(page.meeting_combo.count())] == hamlet_ids
    _create(qtbot, page, "hamlet_meeting_minutes")
    assert page.rendered.record_id == hamlet_ids[0]
    # the party cell's meetings are offered to the party cell secretary only
    page.select_kind("party_cell_resolution")
    assert page.meeting_combo.count() == 0 and not page.create_button.isEnabled()
    assert page.kind_hint.isVisibleTo(page)
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    hamlet.unlock("bi.thu", PASSPHRASE)
    page.select_kind("party_cell_invitation")
    with hamlet.uow() as uow:
        cell = [r for r in meetings.list_meetings(uow, viewer=hamlet.profile) if r.party]
    assert page.meeting_combo.count() == len(cell) > 0 and page.create_button.isEnabled()
    _create(qtbot, page, "party_cell_invitation")
    assert page.rendered.record_id == cell[0].id and page.document.pageCount() >= 2  # the members' annex


def test_the_security_report_is_made_for_the_month_quarter_or_year_of_its_date(qtbot, page, tmp_path):
    """A hamlet head makes the quarterly (or yearly) report from the window, not only the monthly one: the
    period chosen is the report's record, printed in its title and kept with it when signed."""
    import subprocess

    from desktop_app.documents.texts import period_words
    from desktop_app.gui.documents.page import period_code

    page.select_kind("security_report")
    assert page.options.isRowVisible(page.period_combo) and page.period_combo.currentData() == "month"
    page.select_kind("household_list")
    assert not page.options.isRowVisible(page.period_combo)
    last_quarter_end = dt.date(vn_today().year, ((vn_today().month - 1) // 3) * 3 + 1, 1) \
        - dt.timedelta(days=1)
    page.select_kind("security_report")
    page.set_report_period("quarter", last_quarter_end)
    _create(qtbot, page, "security_report")
    code = period_code("quarter", last_quarter_end)
    assert page.rendered.record_id == code and "-Q" in code
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(page.rendered.pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert period_words(code).lower() in text.lower()
    assert period_code("year", last_quarter_end) == str(last_quarter_end.year)
    assert period_code("month", dt.date(2026, 7, 31)) == "2026-07"
    _sign(qtbot, page)
    kept = archive.list_documents(page.app)[0]
    assert (kept.kind, kept.record_label) == ("security_report", code)
