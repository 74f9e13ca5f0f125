"""The commune overview shows each hamlet's yearly safety assessment as its newest bundle reports it: the totals
line counts passed, not passed and without a result; the hamlet's name in the figures says its result."""

from __future__ import annotations

from desktop_app.gui.commune.overview_page import OverviewPage
from desktop_app.i18n import tr
from desktop_app.services import enrolment, exchange, identity
from tests.integration.test_commune_assessments import YEAR, _decide, _send
from tests.integration.test_commune_report import make_hamlet_named


def test_the_overview_counts_the_hamlets_assessments(qtbot, hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    west = make_hamlet_named(tmp_path / "west", "Thôn Tây")
    enrolment.enrol(commune, identity.export_cert(west, tmp_path / "tay.pem"))
    west.close()
    _decide(hamlet, fail_last=True)
    _send(hamlet, commune, tmp_path, "one")

    overview = OverviewPage(commune)
    qtbot.addWidget(overview)
    overview.resize(1366, 768)
    with qtbot.waitSignal(overview.shown, timeout=10_000):
        overview.refresh()
    assert tr("<b>Safety assessment (“An toàn về an ninh, trật tự”):</b> {passed} hamlets passed, {failed} not"
              " passed, {none} without a result yet.", passed=0, failed=1, none=1) in overview.totals.text()
    names = {overview.figures_table.item(r, 0).text(): overview.figures_table.item(r, 0).toolTip()
             for r in range(overview.figures_table.rowCount())}
    assert names["Thôn Đông"] == tr("Safety assessment {year}: not passed.", year=YEAR)
    assert names["Thôn Tây"] == tr("No safety assessment result reported yet.")


def test_the_communes_status_bar_counts_the_hamlets_records(qtbot, hamlet, commune, commune_pem, tmp_path):
    """A commune keeps no register of its own: the status bar counts the residents and households received."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services import commune_overview as ov

    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    _decide(hamlet, fail_last=False)
    from tests.integration.test_commune_import import _add_household

    _add_household(hamlet, "1", "Nguyễn Văn An", "Lê Thị Bình")
    _add_household(hamlet, "2", "Trần Văn Cường")
    _send(hamlet, commune, tmp_path, "one")
    window = MainWindow(commune)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.counts_label.text() != "", timeout=5000)
    with commune.uow() as uow:
        (mine,) = ov.by_unit(uow).values()
    assert (mine["residents"], mine["households"]) == (3, 2)
    assert window.counts_label.text() == tr("{residents} residents · {households} households in the hamlets'"
                                            " records", residents=3, households=2)


def test_ready_comes_also_when_the_figures_arrive_after_the_window_was_painted(qtbot, commune, monkeypatch):
    """On a busy computer the first read can end after the first paint; with no hamlet yet the figures change
    nothing on screen, and the window must still say it is ready (it said nothing: a start-up never ended)."""
    import time

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services import commune_overview as ov

    real = ov.overview

    def slow(*args, **kwargs):
        time.sleep(0.8)
        return real(*args, **kwargs)

    monkeypatch.setattr(ov, "overview", slow)
    window = MainWindow(commune)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # painted, figures still being read
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    assert window.current_area() == "overview"
