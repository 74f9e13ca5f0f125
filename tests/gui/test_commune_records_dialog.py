"""The commune's read-only drill-down into a hamlet's records as received: a tab per record type filled when
first shown, the codes in words, a search without diacritics, and a received document saved as it came."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.domain.clock import vn_today
from desktop_app.gui.commune.records_dialog import ReceivedRecordsDialog
from desktop_app.i18n import tr
from desktop_app.services import commune_import, demo, enrolment, exchange, identity
from tests.conftest import keep_signed

CODE = "17380-thon-dong"
SHOTS = os.environ.get("SOTHON_SHOTS")  # a folder to save the dialog's tabs to, for looking at them


@pytest.fixture
def received(hamlet, commune, commune_pem, tmp_path):
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=3, force=False, today=vn_today())
        uow.commit()
    keep_signed(hamlet, "household_list")
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", named=True)["bundle"]
    (result,) = commune_import.import_files(commune, [bundle], receipts_dir=tmp_path / "usb")
    assert result["status"] == "imported", result
    return commune


def test_each_tab_fills_when_shown_with_the_codes_in_words(qtbot, received):
    dialog = ReceivedRecordsDialog(received, CODE, "Thôn Đông")
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    residents = dialog.by_type["resident"]
    assert residents.loaded and not dialog.by_type["meeting"].loaded  # only what is looked at is read
    model = residents.model
    assert model.rowCount() > 1000
    headers = [model.headerData(c, Qt_Horizontal()) for c in range(model.columnCount())]
    assert headers[1] == tr("Full name")
    assert model.index(0, 1).data() and "_" not in model.index(0, 5).data()  # "Thường trú", not "permanent"
    events = dialog.tab("security_event")
    assert events.loaded and events.model.rowCount() > 0
    assert all("_" not in events.model.index(r, 1).data() for r in range(events.model.rowCount()))
    if SHOTS:
        for record_type in ("resident", "household", "mediation_case", "meeting", "security_event", "document"):
            dialog.tab(record_type)
            dialog.grab().save(str(Path(SHOTS) / f"received-{record_type}.png"))


def test_the_search_ignores_diacritics_and_says_how_many_are_shown(qtbot, received):
    dialog = ReceivedRecordsDialog(received, CODE, "Thôn Đông")
    qtbot.addWidget(dialog)
    residents = dialog.by_type["resident"]
    name = residents.model.index(0, 1).data()
    from desktop_app.domain.vietnamese import fold

    residents.search.setText(fold(name))
    shown = residents.proxy.rowCount()
    assert 1 <= shown < residents.model.rowCount()
    assert all(fold(name) in fold(residents.proxy.index(r, 1).data()) for r in range(shown))
    assert residents.note.text().startswith(tr("{shown} of {n} records received.", shown=shown,
                                               n=residents.model.rowCount())[:3])


def test_a_received_document_is_saved_as_it_came(qtbot, received, tmp_path):
    dialog = ReceivedRecordsDialog(received, CODE, "Thôn Đông", first="document")
    qtbot.addWidget(dialog)
    docs = dialog.by_type["document"]
    assert docs.model.rowCount() == 1 and not docs.save_button.isEnabled()
    docs.view.selectRow(0)
    assert docs.save_button.isEnabled()
    path = docs.save_copy(str(tmp_path / "danh-sach"))
    assert path == tmp_path / "danh-sach.pdf" and path.read_bytes().startswith(b"%PDF")
    assert str(path) in docs.note.text()


def test_a_hamlet_that_sent_nothing_shows_empty_tabs_that_say_so(qtbot, commune, hamlet, tmp_path):
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    dialog = ReceivedRecordsDialog(commune, CODE, "Thôn Đông")
    qtbot.addWidget(dialog)
    assert dialog.by_type["resident"].model.rowCount() == 0
    assert dialog.by_type["resident"].note.text() == tr("Nothing of this kind was received from this hamlet.")


def Qt_Horizontal():  # noqa: N802 — reads as the Qt constant it is
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
